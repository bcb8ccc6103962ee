"""Places: where a trigger or a present force puts a force, as the text names it ('near
the city of X'), whether a noun is a place one can name, and how far a place's wording runs
past where the parser closed it ('at campuses across the country', 'into X in northeastern
Y': the GUIDELINES word a location as the article does, lightly trimmed). Where a place's
phrase ends inside what the parser gave it (a comma, a time, what is said of it) is in
place_wording.py, which imports nothing from here. What a verb of presence itself places
(held, seized, visited ...) is in presence_places.py."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import entity_at, heads
from kg.extract.deployments.origins import origin_phrase
from kg.extract.deployments.place_wording import comma_free_phrase, is_body, is_time, place_phrase
from kg.extract.deployments.relatives import antecedent
from kg.extract.deployments.site_places import site_phrase
from kg.extract.lexicon import deployment_owners as olx
from kg.extract.lexicon import deployment_places as plx
from kg.extract.lexicon import deployments as dlx
from kg.gazetteer import gazetteer


def cordoned_site(verb) -> str | None:
    """'police cordoned off the party's offices', 'the palace was surrounded by troops',
    'the square, sealed off by riot police': the place a force closes off."""
    # ("the campus, cordoned off by police, ...": the parser may make the passive active)
    passive = any(c.dep_ == "agent" for c in verb.children)
    objects = ("dobj", "nsubjpass", "nsubj") if passive else ("dobj", "nsubjpass")
    sites = [c for c in verb.children if c.dep_ in objects]
    # "cordoned off the building": the parser may take the particle for a preposition
    sites += [g for c in verb.children if c.lower_ == "off" for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        sites.append(verb.head)
    # "the State Lodge, which was ringed by soldiers": the noun the relative stands for
    sites = [antecedent(site) for site in sites]
    for site in sites:
        named = is_place(site) or site.lemma_.lower() in dlx.CORDONED_SITES
        if named and definite(site):
            return place_phrase(site)
    return None


def is_infinitive(verb) -> bool:
    """'to defend their country' says what a force is for, not where it is."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def distance_phrase(verb):
    """'10 miles outside X' (the distance modifies the preposition), 'within 3 km of X' (the
    distance is its object): the phrase from the distance to the place."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        places = [o for o in prep.children if o.dep_ == "pobj" and is_place(o)]
        measures = [c for c in prep.children if c.dep_ == "npadvmod" and _measured(c)]
        if places and measures and prep.lower_ in plx.DISTANCE_PREPOSITIONS:
            return verb.doc[measures[0].left_edge.i : places[0].right_edge.i + 1].text
        if prep.lower_ in plx.WITHIN_PREPOSITIONS:
            for distance in prep.children:
                if distance.dep_ != "pobj" or not _measured(distance):
                    continue
                for inner in distance.children:
                    if inner.dep_ == "prep" and inner.lower_ in plx.DISTANCE_PREPOSITIONS:
                        found = [o for o in inner.children if o.dep_ == "pobj" and is_place(o)]
                        if found:
                            return verb.doc[prep.i : found[0].right_edge.i + 1].text
    return None


def _measured(token) -> bool:
    """A distance with its number: '20 kilometers' (not 'miles from home')."""
    return token.lemma_.lower() in plx.DISTANCE_NOUNS and any(
        c.dep_ == "nummod" or c.like_num for c in token.children
    )


def undated(place: str) -> str:
    """'Jenin, June 3, 2024' (a caption's place and date): the place."""
    parts = place.split(", ")
    for n, part in enumerate(parts[1:], start=1):
        first = part.split()[0].lower() if part.split() else ""
        if first in lx.MONTHS or first[:1].isdigit():
            return ", ".join(parts[:n])
    return place


def place_of_prep(prep):
    """The definite place a preposition names, or None."""
    if prep.dep_ not in ("prep", "dative") or prep.lower_ not in (*lx.LOCATION_PREPOSITIONS, "of"):
        return None
    if prep.lower_ in ("from", "to"):
        return None
    for pobj in prep.children:
        if pobj.dep_ == "pobj" and is_place(pobj) and definite(pobj):
            text = place_phrase(pobj)
            if prep.lower_ in lx.NEARBY_PREPOSITIONS | lx.OUTSIDE_PREPOSITIONS:
                text = f"{prep.text} {text}"
            return text
    return None


def definite(place) -> bool:
    """'a city that forms part of the route' is no place one can name; 'the city', 'X'
    are."""
    if place.pos_ == "PROPN" or place.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if any(t.pos_ == "PROPN" for t in place.subtree):
        return True
    determiners = [c for c in place.children if c.dep_ in ("det", "poss")]
    if not determiners:
        # a bare singular is a headline's ("advance on corridor city") unless a state's
        # name or demonym makes it one ("on Ukrainian soil")
        return place.tag_ != "NN" or any(c.ent_type_ in ("NORP", "GPE") for c in place.children)
    return not any(c.lower_ in lx.INDEFINITE_DETERMINERS for c in determiners)


def of_object(token):
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _counted_in(force):
    """The amount a force is counted in ('thousands' of 'tens of thousands of troops'),
    or None."""
    if force.dep_ != "pobj" or force.head.lower_ != "of":
        return None
    amount = force.head.head
    counted = amount.like_num or amount.ent_type_ == "CARDINAL" or amount.lemma_ in lx.NUMBER_SCALES
    return amount if counted and amount.i < force.i else None


def _conjoined_places(prep, places_only) -> str:
    """'at the air base and at a naval facility in the port of X', 'in Y and along the road
    to Z', 'in the zone and on the summit of W': the places (or parts of a place) of
    prepositions coordinated with the one that gave the place are part of its wording (one
    location, as the guidelines word it)."""
    out = ""
    for conj in prep.children:
        if conj.dep_ != "conj" or conj.pos_ != "ADP" or conj.lower_ not in lx.LOCATION_PREPOSITIONS:
            continue
        cc = [c for c in prep.children if c.dep_ == "cc" and c.i < conj.i]
        place = next((c for c in conj.children if c.dep_ == "pobj"), None)
        if not cc or place is None or not _place_or_part(place) or conj.lower_ == "from":
            continue
        phrase = place_phrase(place) if places_only else comma_free_phrase(place)
        out += f" {cc[-1].text} {conj.text} {phrase}"
    return out


def _place_or_part(token) -> bool:
    """'on the summit of X', 'at the foot of Y': a place, or a part of one named by its
    "of" place (after a place given first, the second preposition's object is one too)."""
    if is_place(token):
        return True
    whole = of_object(token) if token.pos_ == "NOUN" else None
    return whole is not None and is_place(whole) and definite(whole)


def _goal_of(head):
    """The preposition of where a move goes ('to Y', 'into Z') that a word governs, or None."""
    return next(
        (c for c in head.children if c.dep_ == "prep" and c.lower_ in dlx.MOVE_GOAL_PREPOSITIONS),
        None,
    )


def _goes_to(head) -> bool:
    """Whether a verb of moving (or the force it moves) names where the move goes."""
    return _goal_of(head) is not None


def _unit_made_of(force):
    """The unit a force makes up ('a squadron' of 'a squadron of armoured vehicles'), or
    None."""
    if force.dep_ != "pobj" or force.head.lower_ != "of":
        return None
    unit = force.head.head
    if unit.pos_ != "NOUN" or unit.i > force.i:
        return None
    return unit if unit.lower_ in lx.FORCE_NOUNS or unit.lower_ in dlx.GROUPING_NOUNS else None


def location_of(trigger, force, places_only: bool = False) -> str | None:
    # "stormed the city of X", "crossed the border": the object is where the force went
    if trigger.lemma_ in lx.PLACE_OBJECT_VERBS:
        for child in trigger.children:
            # ("will join the USS X": a ship joined is no place)
            if child.dep_ == "dobj" and is_place(child) and child.i != force.i:
                return comma_free_phrase(child)
    if trigger.lemma_ in dlx.CORDON_VERBS | dlx.VISITING_VERBS:
        site = cordoned_site(trigger)
        if site is not None:
            return site
    stranded = _stranded_place(trigger)
    if stranded is not None:
        return stranded
    # "moved troops to within 30 km of the border": the distance and its place
    for head in [trigger, *(c for c in trigger.children if c.lower_ == "to" and c.dep_ == "prep")]:
        if trigger.pos_ == "VERB" and (near := distance_phrase(head)) is not None:
            return near
    holders = [trigger, force]
    if force.dep_ == "conj" and force.head.i == trigger.i:
        # "stationed tanks in X and 2,000 troops near Y": a force the parser makes a
        # conjunct of the verb has its own place first
        holders = [force, trigger]
    if trigger.tag_ == "VBG" and trigger.dep_ in ("compound", "amod") and trigger.head.i == force.i:
        # "denied massing troops near X": the parser hangs the place on the verb above
        holders.append(force.head)
    amount = _counted_in(force)
    if amount is not None:
        # "massed tens of thousands of troops on the border": the parser hangs the place on
        # the amount
        holders.append(amount)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        # "boosting its presence in Okinawa": the parser often hangs the place on the verb
        holders.append(trigger.head)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.lower_ in lx.DEPLOYMENT_NOUNS:
        # "led to the dispatch of a mission to X": or on the verb above the preposition
        holders.append(trigger.head.head)
    # "recruited to fight its war in X", "would join the war in Y": the war's place is
    # where the force fights
    holders += [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_ in lx.WAR_WORDS]
    # "sent 12 aircraft and four warships around X": the parser hangs a place the listed
    # forces share on the last of them
    first = force  # "with 600 soldiers and 28 armoured vehicles": the list's first
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    added = first.dep_ == "pobj" and first.head.lower_ in dlx.REINFORCING_PREPOSITIONS
    if added and first.head.head.i == trigger.i and trigger.lemma_ in dlx.REINFORCING_VERBS:
        # "reinforce its mission in X with soldiers": where the reinforced one is, or the
        # place itself ("reinforced the town with 300 troops")
        for reinforced in (c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")):
            # "key areas have been reinforced with artillery": the passive subject
            passive = reinforced.dep_ == "nsubjpass" and reinforced.tag_ == "NNS"
            # ("the Army's Second Division has been reinforced": a unit is no place)
            body = is_body(reinforced)
            if is_place(reinforced) and not body and (definite(reinforced) or passive):
                return comma_free_phrase(reinforced)
            if body and (based := _based_place(reinforced)) is not None:
                return based  # "the X Division, based in Y, was reinforced with ...": Y
            holders.append(reinforced)
    # "a squadron of Bayraktar drones at the airport": the place may hang on what the unit
    # is made of
    made_of = of_object(force) if force.i != trigger.i else None
    if made_of is not None:
        holders.append(made_of)
    # "jets flew sorties over X": or on what a force flies or sails
    if trigger.lemma_ in lx.ADVANCE_VERBS:
        flown = [c for c in trigger.children if c.dep_ == "dobj" and c.lower_ in dlx.SORTIE_NOUNS]
        holders += flown
    # "2,000 troops, mostly special forces, in X": or on the force's appositive
    if force.i != trigger.i:
        holders += [c for c in force.children if c.dep_ == "appos" and c.i > force.i]
    # "stationed a squadron of armoured vehicles in X": or on the unit the force makes up
    unit = _unit_made_of(force)
    if unit is not None and unit.i != trigger.i:
        holders.append(unit)
    if force.i != trigger.i:
        # ("a battalion of marines and a squadron of jets to X": or on the unit's conjunct,
        # or what that one is made of)
        for base in [force] if unit is None else [force, unit]:
            for c in base.children:
                if c.dep_ == "conj" and c.i > force.i and c.pos_ == "NOUN":
                    holders += [c] if base.i == force.i else [c, *filter(None, [of_object(c)])]
    for head in holders:
        preps = _preps(head, partners=head.i == trigger.i and head.lemma_ in lx.ADVANCE_VERBS)
        if head.pos_ == "VERB":
            # "In X, troops have moved into the buffer zone": a fronted place sets the scene,
            # the move's own goes after it
            preps.sort(key=lambda c: c.i < head.i)
            # "advanced from X to Y": a move's place is where it goes, not where it left
            preps.sort(key=lambda c: c.lower_ == "from")
        for child in preps:
            # "a base in the port of X, in the region of Y": the place the comma's phrase
            # lies in is the outer one; the force's is the inner, right before it
            child = _inner_place(child, head) or child
            outside = _outside_place(child) if head.i in (trigger.i, force.i) else None
            if outside is not None:
                return outside
            if child.dep_ == "advmod" and child.lower_ in plx.COMPASS_WORDS:
                # "advancing south from X towards Y": where the heading goes
                child = next(
                    (
                        t
                        for t in child.subtree
                        if t.dep_ == "prep" and t.lower_ in dlx.MOVE_GOAL_PREPOSITIONS
                    ),
                    child,
                )
            if child.lower_ not in lx.LOCATION_PREPOSITIONS or origin_phrase(head, child):
                continue  # ("contingents from X and Y": whose they are, not where)
            if child.lower_ == "from" and trigger.pos_ == "VERB":
                # "moved troops from X to Y": the move's goal, not its start, wherever the
                # parser hangs the goal (on the verb, the force or the "from")
                goal = _goal_of(child)
                if goal is not None:
                    child = goal
                elif _goes_to(trigger) or _goes_to(head):
                    continue
                elif trigger.lemma_ in dlx.ORIGIN_LEAVING_VERBS or _sets_out(trigger):
                    # "troops advanced from X", "were sent from Y": where a move started,
                    # which it has left (a craft flying "from a base" is based there)
                    continue
            if child.lower_ in ("off", "away") and head.lemma_ in dlx.KEEP_AWAY_VERBS:
                continue  # "soldiers stay off its streets": they are not there
            if head.i == trigger.head.head.i and trigger.dep_ == "pobj" and child.i < trigger.i:
                continue  # a place before the deployment noun is the verb's own

            objects = [c for c in child.children if c.dep_ == "pobj"]
            shared = _shared_object(child) if not objects else None
            if shared is not None:
                # "troops in and around X": prepositions that share one place
                objects = [shared]
            participle = _participle_place(child)
            if not objects and participle is not None:
                return participle
            if objects and is_time(objects[0]):
                # "flew near Alaska Wednesday": the parser makes the place a compound of
                # the weekday after it
                objects = _place_before_time(objects[0])
            if not objects:
                continue
            if child.head.lower_ in plx.APPROACH_ADVERBS and not is_place(objects[0]):
                continue  # "troops massed close to each other": near no place
            if places_only and not is_place(objects[0]):
                continue
            if is_body(objects[0]):
                continue  # "add 20,000 conscripts to the armed forces": a body, no place
            # a present force "from X" came from X ("troops returned home from Mali"),
            # unless one tries to drive it from there ("to dislodge the forces from occupied
            # areas"; "were driven from X" have left)
            if places_only and child.lower_ == "from" and not _being_expelled(head):
                continue
            if places_only and not definite(objects[0]):
                continue
            if objects[0].lemma_.lower() in lx.DIRECTION_HEADS:
                # "advance in the direction of X": X, wherever the parser hung "of X"
                found = of_object(objects[0]) or of_object(head)
                if found is not None and (found.pos_ == "PROPN" or is_place(found)):
                    return comma_free_phrase(found)
                continue  # "from multiple directions" names no place
            named = named_operation_place(objects[0])
            if named is not None:
                # "take part in Operation X in northern Y": the operation's place
                objects = [named]
            if objects[0].lemma_.lower() in lx.NOT_LOCATION_HEADS:
                # "to the defence of Estonia": the place is the state defended
                place = of_object(objects[0])
                if place is not None and place.ent_type_ == "GPE":
                    return place.text
                continue
            # "to the zone, called for talks": not what a comma sets off
            text = comma_free_phrase(objects[0])
            last = objects[0].right_edge.i + 1
            after = force.doc[last] if last < len(force.doc) else None
            if objects[0].lemma_ == "border" and after is not None and after.lower_ == "with":
                # "to the border with X": the parser hangs "with X" on the verb
                text = force.doc[objects[0].left_edge.i : after.right_edge.i + 1].text
            if places_only:  # a present force: "in the factory under fire" is the factory
                text = place_phrase(objects[0])
            text += (
                extent(objects[0])
                or situation(child, objects[0])
                or bearing(objects[0])
                or arrangement(child, objects[0])
            )
            if shared is not None:
                text = f"{child.doc[child.i : shared.head.i + 1].text} {text}"
            elif child.lower_ in lx.NEARBY_PREPOSITIONS:
                text = f"{child.text} {text}"
            elif child.head.lower_ in plx.APPROACH_ADVERBS and child.dep_ == "prep":
                text = f"{child.head.text} {child.text} {text}"  # "closer to the border"
            return text + ("" if shared is not None else _conjoined_places(child, places_only))
    # "sent troops to Tarija on Tuesday": the parser may read "to Tarija" as an
    # infinitive whose verb is the place's name
    for clause in trigger.children:
        named = clause.pos_ == "PROPN" and clause.dep_ in ("advcl", "xcomp")
        if (
            named
            and is_place(clause)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        ):
            tokens = [t for t in clause.subtree if t.i > clause.left_edge.i]
            return clause.doc[tokens[0].i : clause.i + 1].text if tokens else clause.text
    # "sent to fight in Ukraine": the place of the purpose clause
    for clause in trigger.children:
        purpose = clause.dep_ in ("advcl", "xcomp") and clause.pos_ == "VERB"
        # "mobilised reservists as it set its sights on X": a clause with a subject or a
        # conjunction of its own is another event, not the force's purpose ("caught using
        # phones while fighting in X" is where the force is)
        purpose = purpose and not any(
            c.dep_ == "nsubj" or (c.dep_ == "mark" and c.lower_ not in dlx.DURING_MARKS)
            for c in clause.children
        )
        # "allowed X forces to use missiles to attack targets in Y": Y is the target's place
        if purpose and clause.i > trigger.i and clause.lemma_ not in dlx.TARGETING_VERBS:
            found = guarded_place(clause) or location_of(clause, clause, places_only)
            if found is not None:
                return found
    # "sent paratroopers to guard the crossing": the parser may hang the purpose on the force
    for clause in force.children:
        if clause.dep_ in ("relcl", "acl") and is_infinitive(clause) and clause.i > trigger.i:
            found = guarded_place(clause)
            if found is not None:
                return found
    # "Estonia, where Britain has 1,700 personnel deployed"
    for node in (trigger, *heads(trigger, 2)):
        where = node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children)
        site = site_phrase(node.head) if where else None
        if site is not None:
            return site  # "the Russian base in X, where ..."
        if where and node.head.ent_type_ in ("GPE", "LOC", "FAC"):
            # "the Central African Republic, where ...": the whole name
            entity = entity_at(node.doc, node.head.i)
            return entity.text if entity is not None else node.head.text
        # "the town, where Ukrainian troops are dug in"
        if where and is_place(node.head) and definite(node.head):
            return comma_free_phrase(node.head)
    # "was moving additional units north": a heading alone, for a force a verb moves
    if trigger.pos_ == "VERB" and trigger.lemma_ in lx.DEPLOYMENT_VERBS and force.dep_ == "dobj":
        for child in trigger.children:
            if (
                child.dep_ == "advmod"
                and child.lower_ in plx.COMPASS_WORDS
                and not list(child.children)
            ):
                return child.text
    # "200 more soldiers arrived there": a place the text points back to, as printed
    # (GUIDELINES: the article's wording)
    if trigger.pos_ == "VERB":
        for child in trigger.children:
            if child.dep_ == "advmod" and child.lower_ in olx.POINTING_PLACE_ADVERBS:
                return child.text
    return None


def _shared_object(prep):
    """'in and around X': the object of the preposition coordinated with one that has none
    of its own, which both place."""
    for conj in prep.children:
        if conj.dep_ == "conj" and conj.pos_ == "ADP" and conj.lower_ in lx.LOCATION_PREPOSITIONS:
            return next((c for c in conj.children if c.dep_ == "pobj"), None)
    return None


def guarded_place(clause) -> str | None:
    """'sent reinforcements to defend X', 'dispatched police to guard the border
    crossing': the place a force is sent to guard is where it goes ('to protect civilians'
    names no place)."""
    if clause.lemma_ not in dlx.GUARDING_VERBS:
        return None
    for place in clause.children:
        # ("to defend Bakhmut": the parser may take a town's name for an adverb)
        named = place.pos_ == "PROPN" or place.ent_type_ in ("GPE", "LOC", "FAC")
        taken = place.dep_ == "dobj" or (place.dep_ == "advmod" and named)
        if taken and is_place(place) and definite(place):
            return comma_free_phrase(place)
    return None


def _outside_place(prep):
    """'stationed weapons outside of X', 'deployed troops outside Y': where a trigger puts a
    force outside a named place, worded with the preposition."""
    if prep.lower_ in plx.COMPASS_WORDS:
        return compass_place(prep)  # "deployed troops north of X"
    if prep.lower_ not in lx.OUTSIDE_PREPOSITIONS:
        return None
    if any(c.dep_ in ("npadvmod", "advmod", "nummod") for c in prep.children):
        return None  # "10 miles outside X": a distance, which distance_place words whole
    place = next((c for c in prep.children if c.dep_ == "pobj"), None) or of_object(prep)
    if place is None or not is_place(place) or is_time(place):
        return None
    return place.doc[prep.i : place.right_edge.i + 1].text


def compass_place(word) -> str | None:
    """'deployed troops north of X', 'attacks northwest of X and near Y': a compass word the
    parser makes an adverb, with its place and the places coordinated with it, worded
    whole."""
    if word.dep_ != "advmod" or word.lower_ not in plx.COMPASS_WORDS:
        return None
    of = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"]
    places = [p for c in of for p in c.children if p.dep_ == "pobj" and is_place(p)]
    if not places or is_time(places[0]):
        return None
    end = max(word.right_edge.i, places[0].right_edge.i)
    # "20 km north of X": a distance on the compass word is part of the wording
    return word.doc[word.left_edge.i : end + 1].text.rstrip(" ,.")


def _participle_place(prep):
    """'to neighbouring Belarus', read as a preposition whose verb is 'neighbouring': the
    participle and the place it governs."""
    for pcomp in prep.children:
        if pcomp.dep_ != "pcomp" or pcomp.lower_ not in plx.PLACE_PARTICIPLES:
            continue
        for place in pcomp.children:
            if place.dep_ == "dobj" and is_place(place):
                return place.doc[pcomp.i : place.right_edge.i + 1].text
    return None


def _stranded_place(verb):
    """'jets flew over X': the parser may make X the verb's object and leave the preposition
    just before it without one; the place is the preposition's."""
    for place in verb.children:
        if place.dep_ != "dobj" or not is_place(place) or place.left_edge.i == 0:
            continue
        prep = place.doc[place.left_edge.i - 1]
        bare = prep.head.i == verb.i and not any(c.dep_ == "pobj" for c in prep.children)
        if bare and prep.pos_ == "ADP" and prep.lower_ in lx.LOCATION_PREPOSITIONS:
            text = comma_free_phrase(place)
            return f"{prep.text} {text}" if prep.lower_ in lx.NEARBY_PREPOSITIONS else text
    return None


def _place_before_time(time) -> list:
    """'near X Wednesday', 'in Y last week': the named place the parser ran into the time
    after it, or nothing."""
    names = [c for c in time.children if c.dep_ == "compound" and c.i < time.i]
    if names and names[-1].ent_type_ in ("GPE", "LOC", "FAC") and not is_time(names[-1]):
        return [names[-1]]
    return []


def _being_expelled(verb) -> bool:
    return verb.lemma_ in dlx.EXPEL_VERBS and verb.tag_ not in ("VBD", "VBN")


_PLACE_ADVERBS = plx.RETURN_ADVERBS | plx.APPROACH_ADVERBS


def _preps(head, partners: bool):
    """Prepositions on a head, and those the parser hung on a partner instead: in 'fight
    with Russia in Ukraine' the place is the fight's, not Russia's."""
    out = []
    for child in head.children:
        # "sent marines to the region": the parser often makes the "to" of a move a dative,
        # and "flew over X" an adverb with an object
        adverb = child.dep_ == "advmod" and (
            child.pos_ == "ADP"
            or child.lower_ in lx.OUTSIDE_PREPOSITIONS  # "outside of X"
            or child.lower_ in plx.COMPASS_WORDS  # "north of X"
        )
        # ("pushing the forces back to their positions" is an expulsion: the place is left)
        if (
            child.dep_ in ("advmod", "amod")
            and child.lower_ in _PLACE_ADVERBS
            and head.lemma_ not in dlx.EXPEL_VERBS
            # ("seized the port of X, close to Y": set off by a comma, it places the port)
            and not (
                child.lower_ in plx.APPROACH_ADVERBS and child.i and child.nbor(-1).text == ","
            )
        ):
            # "sent the carrier back to X", "moved forces closer to the border"
            out += [c for c in child.children if c.dep_ == "prep"]
            continue
        if child.dep_ not in ("prep", "dative") and not adverb:
            continue
        out.append(child)
        if partners and child.lower_ in lx.PARTNER_PREPOSITIONS:
            for pobj in child.children:
                out += [c for c in pobj.children if c.dep_ == "prep"]
    return out


def named_operation_place(name):
    """'Operation X in northern Y', 'the Stabilization Mission in Z': a named operation or
    mission is no place, the place of its 'in' phrase is; None for any other word."""
    named = any(c.dep_ == "compound" and c.lower_ in lx.OPERATION_NOUNS for c in name.children)
    # "troops to the UN Mission in X (ABC)": a mission's name is no place, its "in" place is
    named = named or name.lower_ in plx.MISSION_NAME_HEADS
    if name.pos_ != "PROPN" or not named:
        return None
    for prep in name.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "inside", "across"):
            found = [o for o in prep.children if o.dep_ == "pobj" and is_place(o)]
            if found:
                return found[0]
    return None


def is_place(token) -> bool:
    if token.lemma_.lower() in lx.PLACE_HEADS or token.lower_ in lx.PLACE_HEADS:
        return True
    # "Zulia state", "the Baltic states": a unit of a country with its proper name
    if token.lower_ in plx.NAMED_PLACE_HEADS and any(
        c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in token.children
    ):
        return True
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    # "the Armenian side of the frontier", "both sides of the line": a side of a place
    if token.lower_ in dlx.SIDE_NOUNS:
        whole = of_object(token)
        if whole is not None and whole.lower_ not in dlx.SIDE_NOUNS and is_place(whole):
            return True
    # "the northern state of X", "the republic of Y": a division named by its "of" name
    if token.lower_ in dlx.OF_NAMED_PLACE_HEADS and token.pos_ == "NOUN":
        named = of_object(token)
        if named is not None and named.pos_ == "PROPN" and named.ent_type_ != "NORP":
            return True
    # the model often tags a small town as an organisation or a person, or not as a name
    named = token.pos_ == "PROPN" or (token.ent_type_ != "" and token.text[:1].isupper())
    entered = token.dep_ == "dobj" and token.head.lemma_ in lx.PLACE_OBJECT_VERBS
    if named and token.ent_type_ == "NORP" and (token.dep_ == "pobj" or entered):
        # "troops in Aleppo", "troops entered Kidal" the model took for a nationality: a
        # name after a preposition or a verb of entry that is no state's demonym is a place
        return gazetteer().country_of_demonym(token.text) is None
    return named and token.ent_type_ not in _NOT_PLACE_ENTITIES


_NOT_PLACE_ENTITIES = ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT")


def prep_place(prep, worded) -> str | None:
    """The definite place a preposition's object names, with the preposition kept when it is
    one of ``worded`` ('near X', 'northwest of Y' say where; 'in Z' is Z)."""
    for place in prep.children:
        if place.dep_ == "pobj" and is_place(place) and definite(place):
            text = place_phrase(place)
            return f"{prep.text} {text}" if prep.lower_ in worded else text
    return None


def extent(place) -> str:
    """'fanned out at campuses across the country', 'forces in X including those in Y':
    the extent right after a place, wherever the parser hangs it, is part of the place's
    wording."""
    doc, after = place.doc, place.right_edge.i + 1
    if after < len(doc) and doc[after].text == "," and after + 1 < len(doc):
        after += 1
    prep = doc[after] if after < len(doc) else None
    if prep is None or prep.lower_ not in plx.EXTENT_PREPOSITIONS or prep.dep_ != "prep":
        return ""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or (prep.lower_ != "including" and not is_place(pobj)):
        return ""
    # "into the region, including the X carrier group": a force listed, no place
    if pobj.lower_ in lx.FORCE_NOUNS or pobj.lower_ in lx.QUALIFIED_FORCE_NOUNS:
        return ""
    # "the Bering Strait that separates X from Y": what a clause says of it is no wording
    clauses = [c.left_edge.i for c in pobj.rights if c.dep_ in ("relcl", "acl")]
    end = min([*clauses, pobj.right_edge.i + 1])
    return place.right_edge.whitespace_ + doc[place.right_edge.i + 1 : end].text.rstrip(" ,")


def bearing(place) -> str:
    """'sent troops to positions east of the river', 'stationed in several towns north of
    X': a compass word right after a place a common noun names, with the place it is
    reckoned from, says where the place lies, wherever the parser hangs it (often on the
    verb); '' when none does."""
    doc, after = place.doc, place.right_edge.i + 1
    if place.pos_ == "PROPN" or doc[place.right_edge.i].is_punct:
        return ""  # "to X, south of Y": a named place; what a comma sets off is said of it
    if after >= len(doc) or doc[after].lower_ not in plx.COMPASS_WORDS:
        return ""
    word = doc[after]
    if word.head.i == place.i or word.left_edge.i != after:
        return ""  # hung on the place itself, its phrase already holds it
    wording = compass_place(word)
    return f"{place.right_edge.whitespace_}{wording}" if wording else ""


def situation(prep, place) -> str:
    """'moved battalions into X in northeastern Y', 'ships in the zone just outside Z's
    waters': a phrase right after the place, hung beside it on the same word, that says
    where the place lies (a definite place after a preposition of SITUATING_PREPOSITIONS);
    '' when none does ('to X in May', 'in X in a show of force', 'in X and Y')."""
    doc, after = place.doc, place.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc):
        return ""
    nxt = doc[after]
    # "just outside": the adverb that sharpens the preposition comes first
    if nxt.dep_ == "advmod" and nxt.lower_ in dlx.SITUATING_ADVERBS and nxt.head.i == after + 1:
        nxt = nxt.head
    if nxt.dep_ != "prep" or nxt.head.i != prep.head.i or nxt.left_edge.i != after:
        return ""
    if nxt.lower_ not in dlx.SITUATING_PREPOSITIONS:
        return ""
    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if pobj is None or not is_place(pobj) or not definite(pobj) or is_time(pobj):
        return ""
    if is_body(pobj) or pobj.lemma_.lower() in lx.NOT_LOCATION_HEADS:
        return ""
    lead = doc[place.right_edge.i + 1 : pobj.left_edge.i].text
    return f"{place.right_edge.whitespace_}{lead} {comma_free_phrase(pobj)}"


def arrangement(prep, shape) -> str:
    """'deployed tanks "in a semicircle" around X's border', 'in a line along the river':
    an object that is no place (the force's arrangement) with a place phrase right after
    it, hung beside it on the same word (the parser's quotes or a comma between), is worded
    with that phrase, which says where the arrangement lies; '' when none does."""
    if is_place(shape) or is_time(shape):
        return ""
    doc, after = shape.doc, shape.right_edge.i + 1
    while after < len(doc) and doc[after].is_punct and doc[after].text not in ".;:()":
        after += 1
    if after >= len(doc):
        return ""
    nxt = doc[after]
    if nxt.dep_ != "prep" or nxt.head.i != prep.head.i or nxt.lower_ == prep.lower_:
        return ""
    if nxt.lower_ not in plx.ARRANGED_AROUND_PREPOSITIONS:
        return ""
    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if pobj is None or not is_place(pobj) or is_body(pobj):
        return ""
    return shape.right_edge.whitespace_ + doc[shape.right_edge.i + 1 : pobj.right_edge.i + 1].text


def _sets_out(verb) -> bool:
    """'would fly out from bases near X', 'set off from Y': a verb with a particle of
    leaving moves away from its "from" place, which is where the move started."""
    return any(
        c.dep_ in ("prt", "advmod") and c.lower_ in plx.LEAVING_PARTICLES and c.i > verb.i
        for c in verb.children
    )


def _based_place(unit):
    """'the Second Division and the X Task Force, based in Y': where a participle set off
    after a unit (or the last of the units listed) puts it; None when none does."""
    units = [unit, *(c for c in unit.children if c.dep_ == "conj")]
    for each in units:
        for acl in each.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_ in lx.DEPLOYMENT_VERBS:
                found = location_of(acl, acl, places_only=True)
                if found is not None:
                    return found
    return None


def _inner_place(prep, head):
    """'to establish a base in the port of X, in the occupied region of Y': the parser hangs
    the outer place ('in Y', set off by a comma) on the verb and the inner ('in X') on the
    force before it; the inner prepositional phrase, or None."""
    doc = prep.doc
    if prep.i < 2 or doc[prep.i - 1].text != "," or prep.lower_ not in plx.NESTING_PREPOSITIONS:
        return None
    end = doc[prep.i - 2]
    ending = [
        t
        for t in end.ancestors
        if t.dep_ == "prep" and t.right_edge.i == end.i and t.lower_ in plx.NESTING_PREPOSITIONS
    ]
    inner = ending[-1] if ending else None
    if inner is None or inner.head.i == head.i or head.i not in [a.i for a in inner.ancestors]:
        return None
    objects = [c for c in inner.children if c.dep_ == "pobj"]
    return inner if objects and is_place(objects[0]) and definite(objects[0]) else None
