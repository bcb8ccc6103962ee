"""Presence places: where a verb of holding, watching, seizing, controlling, visiting, operating,
engaging or hosting puts the force it tells of ('took control of X', 'stationed at home in Y',
'within 30 km of Z', 'X hosts 4,000 Y troops'), as the text names it. The general place
finders are in places.py."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import sentence_of
from kg.extract.deployments.place_wording import comma_free_phrase, place_phrase
from kg.extract.deployments.places import (
    definite,
    distance_phrase,
    is_infinitive,
    is_place,
    location_of,
    of_object,
    place_of_prep,
    undated,
)
from kg.extract.lexicon import deployment_places as plx
from kg.extract.lexicon import deployments as dlx
from kg.gazetteer import gazetteer


def held_place(verb, attempted: bool = False):
    """'Ukrainian troops are holding the town': the place a force holds or besieges (an
    infinitive only when tried: 'to defend their country' is what a force is for)."""
    if verb.lemma_ not in lx.HOLD_PLACE_VERBS or (is_infinitive(verb) and not attempted):
        return None
    for place in verb.children:
        if place.dep_ == "dobj" and is_place(place) and definite(place):
            return comma_free_phrase(place)
    return None


def watched_place(verb):
    """'X drones are monitoring the border', 'aircraft were watching movements in the
    desert': the place a force keeps watch on, where it is (not an infinitive, what a force
    is for; nor a passive: what is watched is not the watcher)."""
    if verb.lemma_ not in dlx.WATCH_VERBS or is_infinitive(verb):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    for watched in verb.children:
        if watched.dep_ != "dobj":
            continue
        if is_place(watched) and definite(watched):
            return comma_free_phrase(watched)
        if watched.lower_ in dlx.WATCHED_NOUNS:
            # the parser hangs the place on the noun or on the verb
            for prep in (*watched.children, *verb.children):
                place = place_of_prep(prep) if prep.i > watched.i else None
                if place is not None:
                    return place
    return None


def seized_place(verb):
    """'the rebels seized the town', 'troops took control of the airport': the place a force
    took, where it now is (in the active voice; an infinitive says only what it is for)."""
    seizing = verb.lemma_ in dlx.SEIZE_VERBS or verb.lower_ in dlx.SEIZED_FORMS
    if not seizing or is_infinitive(verb):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "the town was seized by X" says who took it, not that X is there
    for taken in verb.children:
        # "recaptured X": the parser may take a name it does not know for an adverb
        named = taken.dep_ in ("advmod", "npadvmod") and taken.pos_ == "PROPN"
        if taken.dep_ != "dobj" and not (named and taken.i > verb.i):
            continue
        if taken.lemma_.lower() in dlx.POSITION_NOUNS:
            # "took (up) positions in X, around Y": where the positions are
            place = location_of(taken, taken, places_only=True) or location_of(
                verb, verb, places_only=True
            )
            if place is not None:
                return place
        if taken.lemma_.lower() in lx.CONTROL_NOUNS:
            # "took control of X": the parser hangs "of X" on the noun or on the verb
            found = of_object(taken) or of_object(verb)
            if found is not None and is_place(found) and definite(found):
                return place_phrase(found)
        # "took the town" (not "took prisoners", nor "gained ground": no place one can name)
        elif _taken_place(taken) and definite(taken) and taken.lemma_.lower() != "ground":
            return place_phrase(taken)
    return None


def _taken_place(token) -> bool:
    """A place, or a name the model took for a nationality that is no state's demonym
    ('recaptured Omdurman')."""
    if is_place(token):
        return True
    named = token.pos_ == "PROPN" and token.ent_type_ == "NORP"
    return named and gazetteer().country_of_demonym(token.text) is None


def controlled_place(force):
    """'the depot, which is under the control of Syrian forces': the force holds
    the subject of the verb its control hangs on. Returns that verb and the place."""
    holder = force.head
    if force.dep_ != "pobj" or holder.lower_ not in ("of", "by"):
        return None
    noun = holder.head
    if holder.dep_ == "agent" and noun.lemma_ in lx.HOLD_PLACE_VERBS:
        # "Donbas, which is now controlled by Russian forces"
        verb = noun
    else:
        # "under the control of Ukrainian forces"
        if noun.lemma_.lower() not in lx.CONTROL_NOUNS or noun.dep_ != "pobj":
            return None
        if noun.head.lower_ != "under" or noun.head.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = noun.head.head
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        # "which is under ...": the place is the noun the clause describes
        if subject.tag_ in ("WDT", "WP", "IN") and verb.dep_ == "relcl":
            place = verb.head
            if is_place(place) and definite(place):
                text = place.doc[place.left_edge.i : verb.left_edge.i].text
                return verb, text.strip(" ,")
            return None
        if is_place(subject) and definite(subject):
            return verb, place_phrase(subject)
    # "Crimea, occupied by Russian forces": the place the participle describes
    place = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and is_place(place) and definite(place):
        return verb, place.doc[place.left_edge.i : verb.left_edge.i].text.strip(" ,")
    return None


def home_place(force):
    """'the port of X retained its status as the headquarters of Y's fleet', 'X, home to
    Y's fleet', 'X is home to Z's base': the place a force has its home at. Returns the
    home noun and the place."""
    prep = force.head
    if force.dep_ != "pobj" or prep.lower_ not in ("of", "to"):
        return None
    home = prep.head
    if prep.lower_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "home":
        home = prep.doc[prep.i - 1]  # "annexed in 2014 and home to": "to" hung on the verb
    if home.lemma_.lower() not in dlx.HOME_NOUNS or home.pos_ not in ("NOUN", "ADV"):
        return None
    place = None
    if home.dep_ == "appos":  # "X, home to the fleet"
        place = home.head
    elif home.dep_ in ("attr", "advmod") or (home.dep_ == "pobj" and home.head.lower_ == "as"):
        # "X is home to the fleet", "X retained its status as the headquarters of the fleet"
        verb = home.head if home.dep_ in ("attr", "advmod") else home.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "its status as ..."
            verb = verb.head
        place = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if place is None or not is_place(place):
        place = _set_off_from(home)
    if place is None or not is_place(place) or not definite(place):
        return None
    return home, place_phrase(place)


def _set_off_from(word):
    """'the port of X, home to ...', 'the peninsula, annexed in 2014 and home to ...': the
    noun phrase just before the comma that sets off the phrase of the word, whatever head
    the parser gave that phrase."""
    start = sentence_of(word).start
    comma = next((t for t in reversed(word.doc[start : word.i]) if t.text == ","), None)
    if comma is None or comma.i == 0 or comma.i < word.i - 8:
        return None
    place = word.doc[comma.i - 1]
    # "the port of X": the phrase's head, not the name in its "of"
    while place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.pos_ == "NOUN":
        place = place.head.head
    return place if place.pos_ in ("NOUN", "PROPN") else None


def operated_place(force):
    """'the blockade of X's ports by Y's navy', 'the siege of the city by Z forces': the
    place of the operation the force is the agent of. Returns the operation noun and the
    place (the parser hangs 'by' on the operation or on its place)."""
    agent = force.head
    if force.dep_ != "pobj" or agent.lower_ != "by":
        return None
    above = agent.head
    if above.dep_ == "pobj" and above.head.lower_ == "of":
        above = above.head.head
    if above.lemma_.lower() not in lx.CONTROL_NOUNS or above.pos_ != "NOUN":
        return None
    for prep in above.children:
        if prep.dep_ == "prep" and prep.lower_ in lx.OPERATION_PREPOSITIONS:
            for place in prep.children:
                if place.dep_ == "pobj" and is_place(place) and definite(place):
                    # "ports by the navy": the place ends before its agent
                    return above, place_phrase(place)
    return None


def visited_place(verb):
    """'visited the border to meet X troops', 'went to the front to thank Y soldiers': the
    place of the visit whose purpose is to meet the force (the verb's object)."""
    visit = verb.head
    if verb.lemma_ not in dlx.GREETING_VERBS or verb.dep_ not in ("advcl", "xcomp"):
        return None
    if visit.lemma_ not in dlx.VISIT_VERBS or visit.i > verb.i:
        return None
    for child in visit.children:
        if child.dep_ == "dobj" and is_place(child) and definite(child):
            # "toured the border near X": the parser hangs the place's qualifier on the verb
            after = [
                c
                for c in visit.children
                if c.dep_ == "prep" and c.i == child.right_edge.i + 1
                if c.lower_ in lx.PLACE_QUALIFIERS
            ]
            if after:
                return child.doc[child.left_edge.i : after[0].right_edge.i + 1].text
            return place_phrase(child)
        if child.dep_ == "prep" and child.lower_ in ("to", "in", "at"):
            for place in child.children:
                if place.dep_ == "pobj" and is_place(place) and definite(place):
                    return place_phrase(place)
    return None


def state_place(verb):
    """'troops are trapped in the depot', 'soldiers are dug in near X': the place of
    the state the force is in, on the verb's complement."""
    for complement in verb.children:
        if (
            complement.dep_ in ("acomp", "oprd")
            and complement.lemma_ not in lx.NOT_DEPLOYMENT_VERBS
        ):
            for prep in complement.children:
                place = place_of_prep(prep)
                if place is not None:
                    return place
    return None


def distance_place(verb):
    """'Russian forces were about 20 kilometers from X': a force said to be a distance from a
    place is there; the place is the whole phrase, distance and all."""
    if verb.lemma_ != "be":
        return None
    phrase = distance_phrase(verb)
    if phrase is not None:
        return phrase
    for distance in verb.children:
        if distance.dep_ != "attr" or distance.lemma_.lower() not in plx.DISTANCE_NOUNS:
            continue
        if not any(c.dep_ == "nummod" or c.like_num for c in distance.children):
            continue  # "miles from home" gives no place
        # "from X" on the distance, or on the verb where the parser may hang it
        after = [c for c in verb.children if c.i > distance.i]
        for prep in [*distance.children, *after]:
            if prep.dep_ != "prep" or prep.lower_ not in plx.DISTANCE_PREPOSITIONS:
                continue
            if prep.i != distance.right_edge.i + 1 and prep.head.i != distance.i:
                continue  # only the place right after the distance
            objects = [o for o in prep.children if o.dep_ == "pobj" and is_place(o)]
            if objects:
                end = objects[0].right_edge.i
                return verb.doc[distance.left_edge.i : end + 1].text
    return None


def operation_place(verb):
    """'Russian forces continue their siege of X': the place of the force's operation."""
    if verb.lemma_ in lx.NOT_DEPLOYMENT_VERBS:
        return None
    for operation in verb.children:
        if operation.dep_ == "dobj" and operation.lemma_.lower() in lx.OPERATION_NOUNS:
            for prep in operation.children:
                if prep.lower_ in lx.OPERATION_PREPOSITIONS:
                    place = place_of_prep(prep)
                    if place is not None:
                        return place
    return None


def engaged_place(force):
    """'X soldiers on patrol near Y', 'Z troops during an operation in W', '... during
    exercises in V': the place of the operation a force is said to be on."""
    for prep in force.children:
        if prep.dep_ != "prep" or prep.lower_ not in dlx.ENGAGED_PREPOSITIONS:
            continue
        for operation in prep.children:
            if operation.dep_ != "pobj" or operation.lemma_.lower() not in dlx.ENGAGEMENT_NOUNS:
                continue
            for inner in operation.children:
                place = place_of_prep(inner) if inner.lower_ != "of" else None
                if place is not None:
                    return prep, undated(place)
    return None


def host_place(top):
    """'Djibouti hosts 4,000 X troops', 'the outpost, which houses 350 Y personnel', 'the
    bases hosting Z forces', 'Poland is home to 10,000 W troops': the place whose guests the
    force is, the subject of a verb of hosting (or the noun its clause describes), when it is
    a place named or determined (a state named as host is its ground, not the force's
    owner); 'facilities hosting X troops' names none."""
    verb = top.head
    if top.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ in plx.HOME_NOUNS:
        home = verb.head
        # "X is home to ...", "the camp, home to ..."
        hosts = [c for c in home.head.children if c.dep_ == "nsubj"] if home.dep_ == "attr" else []
        host = hosts[0] if hosts else (home.head if home.dep_ == "appos" else None)
    elif top.dep_ == "dobj" and verb.lemma_ in plx.HOSTING_VERBS and verb.pos_ == "VERB":
        if any(c.dep_ == "neg" for c in verb.children) or is_infinitive(verb):
            return None
        host = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if host is None or host.tag_ in ("WDT", "WP"):
            # "the outpost, which houses ...", "bases hosting ...": the noun described
            host = verb.head if verb.dep_ in ("relcl", "acl") else None
    else:
        return None
    if host is None or host.i == top.i or host.pos_ == "PRON" or not is_place(host):
        return None
    # ("attacks on facilities hosting X troops": no place the text names)
    named = host.pos_ == "PROPN" or host.ent_type_ in ("GPE", "LOC", "FAC")
    marked = [c for c in host.children if c.dep_ in ("det", "poss")]
    if not named and not (marked and definite(host)):
        return None
    return place_phrase(host)
