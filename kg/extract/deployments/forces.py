"""Forces: the force nouns a trigger moves or places ('tens of thousands of soldiers' ->
soldiers), the forces listed with them, and a force's name."""

from __future__ import annotations

from itertools import pairwise

from kg.extract import lexicon as lx
from kg.extract.common import entity_at
from kg.extract.deployments.compositions import members
from kg.extract.deployments.designations import designated_kit
from kg.extract.deployments.flights import flying_craft
from kg.extract.deployments.group_owners import group_compound, group_name_tokens
from kg.extract.deployments.owners import its_owner
from kg.extract.deployments.patrols import owned_patrol, stepped_up_patrol
from kg.extract.deployments.places import guarded_place, is_infinitive, location_of, of_object
from kg.extract.deployments.ships import ship_prefix
from kg.extract.deployments.sizes import strength_word
from kg.extract.deployments.sources import armed_body
from kg.extract.lexicon import deployment_forces as flx
from kg.extract.lexicon import deployment_places as plx
from kg.extract.lexicon import deployments as dlx
from kg.gazetteer import gazetteer


def _is_force(token) -> bool:
    """A force noun, or one that is a force only with its qualifier ('nuclear weapons')."""
    if token.lower_ in flx.COLLECTIVE_FORCE_NOUNS:
        # "a contingent of journalists" is none
        made_of = of_object(token)  # ("a contingent of 800" is one of people)
        return made_of is None or _is_force(made_of) or made_of.pos_ == "NUM"
    if token.lower_ in lx.FORCE_NOUNS or designated_aircraft(token) or prefixed_vessel(token):
        return True
    if designated_kit(token) or owned_patrol(token):
        return True  # "S-400 launchers", "two Il-76 transports", "a KFOR patrol"
    # "the patrol vessel HMS X": the kind before a prefixed ship's name
    kind = _named_ship_kind(token.head) if token.dep_ == "compound" else None
    if kind is not None and kind.i == token.i:
        return True
    if token.lower_ in flx.MEMBER_NOUNS:
        # "members of the X mission" (not "members of parliament")
        body = of_object(token)
        if body is not None and (body.lower_ in flx.OWNING_BODIES or _is_force(body)):
            return True
    qualifiers = lx.QUALIFIED_FORCE_NOUNS.get(token.lower_)
    if token.lower_ in flx.SITE_NOUNS and any(
        t.ent_type_ in ("NORP", "GPE") for t in _qualifying_words(token)
    ):
        return True  # "a Russian base", "the U.S. bases in X": a state's base is its force's
    # "the amphibious assault ship USS X transited Y": a ship a navy's prefix names after it
    named = (c for c in token.children if c.dep_ == "appos" and c.left_edge.i == token.i + 1)
    if token.lower_ in flx.NAMED_VESSEL_NOUNS and any(prefixed_vessel(c) for c in named):
        return True
    listed = flx.LISTED_PERSONNEL_NOUNS | flx.LISTED_MATERIEL_NOUNS
    if token.lower_ in listed and _listed_with_force(token):
        return True
    if stepped_up_patrol(token):
        return True  # "X increased patrols along the border"
    if flying_craft(token):
        return True  # "X drones were circling over the valley"
    return bool(qualifiers) and any(t.lower_ in qualifiers for t in _qualifying_words(token))


def _listed_with_force(token) -> bool:
    """'60 officers and equipment', 'soldiers and advisers': a noun listed with a force
    noun (either first) is one of the same force."""
    listed = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        listed.append(token.head)
        # "barges, floating barriers and air defence systems": the list's other members
        listed += [c for c in token.head.children if c.dep_ == "conj" and c.i != token.i]
    return any(t.lower_ in lx.FORCE_NOUNS or _qualified(t) for t in listed)


def _qualified(token) -> bool:
    """A noun that is a force by its qualifier ('air defence systems')."""
    qualifiers = lx.QUALIFIED_FORCE_NOUNS.get(token.lower_)
    return bool(qualifiers) and any(t.lower_ in qualifiers for t in _qualifying_words(token))


def _police_staying(noun) -> bool:
    top = noun
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.i != top.i:
        top = top.head.head  # "hundreds of Kenyan police officers"
    staying = top.dep_ == "nsubj" and top.head.lemma_ in flx.STAYING_VERBS
    return staying and any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in noun.children
    )


def designated_aircraft(token) -> bool:
    """'F-16s', 'Su-35s': aircraft named in the plural by their designation."""
    prefix, dash, rest = token.text.partition("-")
    return (
        dash == "-"
        and prefix.lower() in flx.DESIGNATION_PREFIXES
        and rest.endswith("s")
        and rest[:1].isdigit()
        and rest[:-1].rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ").isdigit()
    )


def prefixed_vessel(token) -> bool:
    """'USS Mason', 'HMS Diamond', 'INS Vikrant': a ship its navy's prefix names (the last
    word of the name, not the prefix itself)."""
    if token.pos_ != "PROPN" or token.dep_ == "compound":
        return False
    # "the frigate TCG X": the kind before the name is the force
    kinds = [c for c in token.children if c.lower_ in flx.NAMED_VESSEL_NOUNS]
    return not kinds and any(ship_prefix(c) for c in token.children)


def _named_ship_kind(name):
    """'the patrol vessel HMS X', 'the frigate Y': the kind word before a ship's name (a
    warship's kind; any vessel's with a navy's prefix), or None."""
    if name.pos_ != "PROPN":
        return None
    # a warship's kind names a warship without a prefix ('the frigate Esmeralda'); a
    # 'vessel' or 'carrier' only with one ('the carrier Lufthansa' is an airline) or a
    # warship's qualifier ('the patrol vessel Valour')
    prefixed = any(c.text in flx.SHIP_PREFIXES for c in name.children)
    for kind in (c for c in name.children if c.dep_ == "compound"):
        if kind.lower_ in flx.VESSEL_NOUNS or (prefixed and kind.lower_ in flx.NAMED_VESSEL_NOUNS):
            return kind
        qualified = any(q.lower_ in flx.WARSHIP_QUALIFIERS for q in kind.children)
        if qualified and kind.lower_ in flx.NAMED_VESSEL_NOUNS:
            return kind
    return None


def _qualifying_words(token):
    """The words that qualify a noun: its modifiers, and in a name before it ('the
    Multinational Security Support mission') the name's own words."""
    for child in token.children:
        if child.dep_ in ("amod", "compound"):
            yield child
        elif child.dep_ == "nmod" and child.pos_ == "PROPN":
            yield from (t for t in child.subtree if t.pos_ == "PROPN")


def stands_alone(token) -> bool:
    """A force noun that heads its own force phrase: not the "battalion" of "battalion
    tactical groups" nor the "squadrons" of "squadrons of fighters"."""
    if not _is_force(token):
        return False
    if token.lower_ in flx.POLICE_NOUNS:
        # police are a force only under a movement verb, or a state's where they stay
        # abroad: "Kenyan police officers remain in Haiti"
        return _police_staying(token)
    if token.dep_ in ("compound", "nmod") and _is_force(token.head):
        return False
    # "stationed jets at the X air base": a base a force is at is a place
    site = token.lower_ in flx.SITE_NOUNS and token.dep_ == "pobj"
    if site and token.head.lower_ in flx.SITE_PREPOSITIONS:
        return False
    # "a checkpoint on the road leading to the X air base": where a road runs is a place
    if site and token.head.head.dep_ == "acl" and token.head.head.head.pos_ == "NOUN":
        return False
    # "the carrier USS X", "a destroyer, the USS Y,": the ship's name is the same ship
    if token.dep_ == "appos" and prefixed_vessel(token) and _is_force(token.head):
        return False
    # "the army" of "the 25th Brigade of the army" only says whose the brigade is
    if token.dep_ == "pobj" and token.head.lower_ == "of" and named_unit(token.head.head):
        return False
    deeper = of_object(token)
    return deeper is None or not _is_force(deeper) or named_unit(token)


def named_unit(token) -> bool:
    """'the 25th Brigade', 'its 7th Regiment': a unit its ordinal names (no size), whose
    'of the Armenian army' says whose it is, not what it is made of."""
    if not _is_force(token):
        return False
    # "the Third Army" (a lowercase "the first contingent" to arrive is no unit's name)
    return any(
        (c.ent_type_ == "ORDINAL" and not c.is_lower)
        or (c.text[:1].isdigit() and c.lower_[-2:] in _ORDINAL_ENDS)
        for c in token.subtree
        if c.i < token.i and c.dep_ in ("amod", "nummod", "compound")
    )


_ORDINAL_ENDS = ("st", "nd", "rd", "th")


def step_taken(verb) -> bool:
    """'the army moved to dismiss two commanders': a verb of moving with an infinitive is a
    step taken, not ground covered ('troops moved to encircle the city' do move)."""
    return verb.lemma_ in dlx.STEP_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_ not in dlx.GROUND_AIMS for c in verb.children
    )


def force_of_verb(verb):
    if step_taken(verb) and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    # "reinforce its mission in X with 500 soldiers": the soldiers are moved, the mission
    # only says where
    candidates = added_forces(verb) if _first_force(added_forces(verb)) is not None else []
    candidates = candidates or [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "has flown in reinforcements to X": the parser may read the particle as a preposition
    # whose object is the force (only with where the move goes)
    goal = any(c.dep_ == "prep" and c.lower_ in dlx.MOVE_GOAL_PREPOSITIONS for c in verb.children)
    candidates += [
        g
        for c in verb.children
        if goal and c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in dlx.MISREAD_PARTICLES
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if verb.dep_ == "relcl" or _participle_clause(verb):
        # "troops that Russia sent", "weapons stationed in Belarus": the force is the
        # noun the clause describes
        candidates.append(verb.head)
    if _gerund_read_as_modifier(verb):
        # "denied massing troops near X": the parser may make the gerund a modifier of
        # the force it governs
        candidates.append(verb.head)
    if verb.dep_ in ("xcomp", "acl", "relcl") or not candidates:
        # "troops continue to be sent": the force is the subject of the verb it hangs on
        candidates += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.lemma_ in lx.SELF_MOVING_VERBS or _raised_object(verb):
        candidates += [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "xcomp" and verb.lemma_ in lx.SELF_MOVING_VERBS:
        # "ordered troops to deploy to X": the one ordered moves itself
        candidates += [c for c in verb.head.children if c.dep_ == "dobj"]
    force = _first_force(candidates)
    if force is not None:
        return force
    # "sent the frigate X to the strait": a ship's name after its kind
    for candidate in candidates:
        if candidate.pos_ == "PROPN":
            for child in candidate.children:
                if child.dep_ in ("compound", "amod") and child.lower_ in flx.NAMED_VESSEL_NOUNS:
                    return child
    # "Mexico deployed the National Guard to the border": a named service a verb moves
    for candidate in candidates:
        if candidate.pos_ == "PROPN" and candidate.lower_ in flx.SERVICE_HEADS:
            return candidate
    for candidate in candidates:
        arms = placed_arms(verb, candidate)
        if arms is not None:
            return arms
    # "will not send Americans to fight in X": whoever a verb sends to fight or serve
    # somewhere is a force, whatever noun names them
    if any(_fighting_purpose(c) for c in verb.children):
        for candidate in candidates:
            # "thousands of young men": the people the amount counts
            if _is_amount(candidate) and of_object(candidate) is not None:
                candidate = of_object(candidate)
            if _people(candidate):
                return candidate
    # "will not send Americans to X": a state's people a verb sends to a place are its force
    for candidate in candidates:
        if _demonym_people(candidate) and location_of(verb, candidate, places_only=True):
            return candidate
    # "accumulates a large artillery feature": a noun that a force noun qualifies
    for candidate in candidates:
        if candidate.pos_ == "NOUN" and any(
            c.dep_ == "compound" and _is_force(c) for c in candidate.children
        ):
            return candidate
    return None


def added_forces(verb) -> list:
    """'reinforce its mission in X with 500 more soldiers': the objects of "with" that a
    reinforcing verb adds."""
    if verb.lemma_ not in dlx.REINFORCING_VERBS:
        return []
    return [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in dlx.REINFORCING_PREPOSITIONS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _participle_clause(verb) -> bool:
    """'weapons stationed in X', 'the frigate X, deployed to Y, ...': a past participle on a
    noun (which the tagger may take for a past tense when no subject precedes it)."""
    if verb.dep_ != "acl":
        return False
    return verb.tag_ == "VBN" or (
        verb.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _gerund_read_as_modifier(verb) -> bool:
    return verb.tag_ == "VBG" and verb.dep_ in ("compound", "amod") and verb.head.i > verb.i


def _fighting_purpose(clause) -> bool:
    """'to fight in X', 'to serve on the front': a purpose infinitive of fighting."""
    purpose = clause.dep_ in ("xcomp", "advcl") and is_infinitive(clause)
    return purpose and clause.lemma_ in dlx.FIGHTING_PURPOSE_VERBS


def _people(noun) -> bool:
    """A plural noun of people ('Americans', 'young men'), not a pronoun nor a state's or
    body's name."""
    named_body = noun.ent_type_ in ("GPE", "ORG", "FAC", "LOC")
    return noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NNS", "NNPS") and not named_body


def _demonym_people(noun) -> bool:
    return noun.dep_ == "dobj" and people_of_state(noun) is not None


def people_of_state(noun) -> str | None:
    """'Americans', 'Germans': the state whose people a plural demonym names (whatever the
    model tagged it), or None."""
    if not noun.text[:1].isupper() or not noun.lower_.endswith("s"):
        return None
    entry = gazetteer().country_of_demonym(noun.text[:-1])
    return entry.name if entry is not None else None


def _raised_object(verb) -> bool:
    """'to find fighters to send to the front': the parser makes the force the subject of an
    infinitive that has no object of its own, but it is what is sent."""
    return is_infinitive(verb) and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def opened_front(noun):
    """'Russia opened a new front in the X region': the front a side opens at a place is
    its forces there (not 'a new front in the trade war')."""
    if noun.lemma_.lower() not in dlx.FRONT_NOUNS or noun.dep_ != "dobj":
        return None
    if noun.head.lemma_ not in dlx.OPENING_VERBS:
        return None
    if location_of(noun, noun, places_only=True) is None:
        return None
    # "X rebels opened a new front near Y": the force that opened it, if named
    force = _first_force(c for c in noun.head.children if c.dep_ == "nsubj")
    return noun if force is None else force


def called_up(trigger, force) -> bool:
    """'Russia will mobilise 60,000 reservists': reserves a verb of recruiting raises, which
    without a place is a call-up, not a move."""
    return trigger.lemma_ in dlx.RECRUIT_VERBS and force.lower_ in dlx.RESERVE_FORCES


def recruited(verb):
    """'X has recruited 15,000 men to fight its war in Y', 'foreigners were enlisted to serve
    in Z': the people a verb of recruiting raises for the fighting its infinitive names,
    whatever noun names them (not a pronoun nor a name of a state or body)."""
    if verb.lemma_ not in dlx.FIGHTING_PURPOSE_VERBS or not is_infinitive(verb):
        return None
    raiser = verb.head
    if raiser.lemma_ not in dlx.RECRUIT_VERBS or verb.dep_ not in ("xcomp", "ccomp", "advcl"):
        return None
    if raiser.dep_ == "advcl" and is_infinitive(raiser):
        return None  # "To lure men to fight in X, the state pays ...": an aim, not a move
    people = [c for c in verb.children if c.dep_ == "nsubj"]
    people += [c for c in raiser.children if c.dep_ in ("dobj", "nsubjpass")]
    for noun in people:
        # "thousands of Afghans": the people the amount counts
        if _is_amount(noun) and of_object(noun) is not None:
            noun = of_object(noun)
        named_body = noun.ent_type_ in ("GPE", "ORG", "FAC", "LOC")
        if noun.pos_ in ("NOUN", "PROPN") and not named_body and not _is_amount(noun):
            return _descend_to_force(noun) or noun
    return None


def _is_amount(token) -> bool:
    return token.like_num or token.lower_ in lx.NUMBER_SCALES or token.lower_ in _AMOUNT_WORDS


_AMOUNT_WORDS = frozenset(["thousands", "hundreds", "tens", "dozens", "millions"])


def sent_people(trigger, noun) -> bool:
    """'deployed 3,000 volunteers to the north', 'instructors arrived in X': people no force
    noun names are a force when a movement verb takes them to a place."""
    if noun.lower_ not in flx.SENT_PEOPLE_NOUNS:
        return False
    if noun.lower_ in flx.RESERVE_NOUNS and not _reserve_troops(noun):
        return False  # "moved its gold reserves to X"
    moving = trigger.lemma_ in lx.DEPLOYMENT_VERBS or trigger.lemma_ in lx.ADVANCE_VERBS
    moving = moving or trigger.lemma_.lower() in lx.DEPLOYMENT_NOUNS
    return moving and location_of(trigger, noun, places_only=True) is not None


def _reserve_troops(noun) -> bool:
    """'moved reserves to X', 'fresh reserves', 'army reserves' are troops; 'gold reserves',
    'reserves of foreign currency', 'the central bank's reserves' are a stock
    (``RESERVE_STOCK_WORDS``)."""
    before = noun.doc[noun.left_edge.i : noun.i]
    if any(t.lower_ in flx.RESERVE_STOCK_WORDS for t in before):
        return False
    # "grain reserves", "lithium reserves": a noun before them names what is stocked
    stocked = (
        t
        for t in before
        if t.pos_ == "NOUN" and t.dep_ in ("compound", "nmod", "amod") and t.head.i == noun.i
    )
    if any(t.lower_ not in flx.RESERVE_FORCE_WORDS for t in stocked):
        return False
    # "reserves of foreign currency" ("reserves of infantry" are the infantry's own force)
    stock = of_object(noun)
    return stock is None or stock.lower_ in lx.FORCE_NOUNS


def placed_arms(trigger, noun):
    """'the deployment of those weapons to X', 'deployed new weapons systems near Y': arms
    that a word of stationing places somewhere are a force, qualified or not."""
    if sent_people(trigger, noun):
        return noun
    if trigger.lemma_.lower() not in flx.STATIONING_WORDS:
        return None
    # "weapons", "weapons systems" ("the arrival of weapons systems" is a delivery)
    arms = noun.lower_ in flx.PLACED_ARMS_NOUNS or any(
        c.dep_ == "compound" and c.lower_ in flx.PLACED_ARMS_NOUNS for c in noun.children
    )
    if not arms:
        return None
    return noun if location_of(trigger, noun, places_only=True) is not None else None


def held_presence(actors, noun):
    """'Wagner has had a presence in the Central African Republic': a state or armed
    group that holds a presence somewhere has forces there (a company's does not)."""
    if noun.lemma_.lower() != "presence" or noun.dep_ != "dobj" or _civil(noun):
        return None
    if noun.head.lemma_ not in lx.HOLD_VERBS or location_of(noun, noun, places_only=True) is None:
        return None
    for child in noun.head.children:
        if child.dep_ == "nsubj":
            key = actors.resolve(list(child.subtree), before=child.i + 1)
            if key and actors.records[key].type in ("Country", "Group"):
                return noun
    return None


def owned_presence(actors, noun):
    """'Russia has relied on its presence in X', 'the state's presence in Y': a state's,
    armed group's, alliance's or mission's own presence at a place is its forces there (not
    its 'economic presence', nor a company's)."""
    # ("the X presence", "a Y presence": a state's name or demonym that qualifies it)
    named = [c for c in noun.children if c.dep_ in ("amod", "compound") and actors.key_at(c)]
    if noun.lemma_.lower() != "presence" or _civil(noun, named):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"] + named
    keys = [actors.key_at(c) or its_owner(actors, c) for c in owners]
    # ("NATO has increased its presence in X": an alliance's or a mission's too)
    if not any(
        k and (actors.records[k].type in ("Country", "Group") or armed_body(actors, k))
        for k in keys
    ):
        return None
    return noun if location_of(noun, noun, places_only=True) is not None else None


def own_deployment(noun):
    """'the Indian deployment in the Maldives', 'X announced more intense deployments in
    Y': a deployment noun with no force of its own, placed, is the force (its owner is its
    modifier or its verb's subject, found as any force's)."""
    if noun.lemma_.lower() not in flx.SELF_FORCE_NOUNS or noun.pos_ != "NOUN":
        return None
    if of_object(noun) is not None:
        return None  # "the deployment of 5G networks": of something that is no force
    return noun if location_of(noun, noun, places_only=True) is not None else None


def _civil(presence, named=()) -> bool:
    """'its economic presence', 'a diplomatic presence': a kind of presence that is no
    force's (``named``: modifiers that name its owner, no kind)."""
    owners = {c.i for c in named}
    return any(
        c.dep_ == "amod" and c.lower_ not in lx.PRESENCE_KINDS and c.i not in owners
        for c in presence.children
    )


def force_of_advance(verb):
    """The force that moves itself: 'Russian troops stormed the city', 'forced its troops
    to fight in Ukraine'. Only with a place, since 'forces fought back' places nothing."""
    candidates = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.lemma_ in dlx.CORDON_VERBS | dlx.VISITING_VERBS:
        # "the square was sealed off by riot police": the agent closes the place off; "X
        # was visited by a frigate": the agent is at the place
        candidates += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    if verb.dep_ == "xcomp" and not candidates:
        candidates = [c for c in verb.head.children if c.dep_ == "dobj"]
        # "called for peacekeepers to patrol the line": the one asked for does it
        candidates += [
            pobj
            for prep in verb.head.children
            if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i < verb.i
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        # "Russian troops are trying to advance toward X": the subject of the attempt;
        # "police officers are expected to arrive in Y": the passive one's
        candidates = candidates or [
            c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
        ]
    for candidate in candidates:
        force = _descend_to_force(candidate)
        if force is None and sent_people(verb, candidate):
            force = candidate
        if force is None and candidate.lemma_.lower() in lx.ADVANCING_BODIES:
            force = candidate
        if force is not None and (location_of(verb, force) is not None or _joins_war(verb)):
            return force
    return recruited_to_place(verb)


def ordered_to_place(verb):
    """'ordered a second carrier to the Arabian Sea', 'ordered 3,000 troops to X', 'the
    carrier was ordered into the Gulf of Y': the force an order sends to a place ("to" only
    after an object: 'ordered troops in X to hold' sends none)."""
    for obj in verb.children:
        # "the carrier group had been ordered into the Gulf of X": the passive subject
        force = _descend_to_force(obj) if obj.dep_ in ("dobj", "nsubjpass") else None
        if force is None:
            continue
        # ("ordered a destroyer, the USS X, to Y": the parser may hang "to" on the force)
        heads = [*verb.children, *force.children]
        goals = {"to"} if obj.dep_ == "dobj" else dlx.MOVE_GOAL_PREPOSITIONS
        sent = any(c.dep_ in ("prep", "dative") and c.lower_ in goals for c in heads)
        if sent and location_of(verb, force, places_only=True) is not None:
            return force
    return None


def ordered_to_guard(verb):
    """'ordered immediate reinforcements to defend X', 'tasked troops with ...': the force
    commanded to guard a place (the parser hangs the purpose on the verb or the force)."""
    for obj in verb.children:
        force = _descend_to_force(obj) if obj.dep_ == "dobj" else None
        if force is None:
            continue
        clauses = [c for c in verb.children if c.dep_ in ("xcomp", "advcl")]
        clauses += [c for c in force.children if c.dep_ in ("relcl", "acl")]
        if any(is_infinitive(c) and guarded_place(c) for c in clauses):
            return force
    return None


def recruited_to_place(verb):
    """The people recruited to fight or serve somewhere: only with that place."""
    force = recruited(verb)
    if force is not None and location_of(verb, force, places_only=True) is not None:
        return force
    return None


def contributed_people(verb):
    """'Rwanda provided 1,000 troops to the UN mission in X', 'the group supplied
    mercenaries to Y': people (never arms, which are a delivery) a verb of providing puts
    at a place, only with that place."""
    # "provided the X armed forces with aid": the forces receive, they are not sent
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return None
    for force in verb.children:
        if force.dep_ not in ("dobj", "nsubjpass") or force.lower_ not in dlx.PERSONNEL_NOUNS:
            continue
        heads = [*verb.children, *force.children]
        if not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in heads):
            continue
        if _is_force(force) and location_of(verb, force) is not None:
            return force
    return None


def _joins_war(verb) -> bool:
    """'troops would join the war': into a war, if to no named place."""
    if verb.lemma_ not in lx.JOINING_WAR_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lx.WAR_WORDS for c in verb.children)


def force_of_noun(noun):
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                force = _descend_to_force(pobj)
                if force is not None:
                    return force
        if child.dep_ in ("compound", "amod") and _is_force(child):
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                arms = placed_arms(noun, pobj)
                if arms is not None:
                    return arms
    # "the US military presence in Europe": the presence is the force
    if any(c.dep_ in ("compound", "amod") and c.lower_ in lx.PRESENCE_KINDS for c in noun.children):
        return noun
    return _readied_force(noun)


def _readied_force(noun):
    """'put 600 soldiers on alert for a possible deployment to X': the force readied for
    the deployment is the object of the verb its purpose hangs on."""
    purpose = noun.head
    if noun.dep_ != "pobj" or purpose.lower_ not in dlx.PURPOSE_PREPOSITIONS:
        return None
    return _first_force(c for c in purpose.head.children if c.dep_ == "dobj")


def counted_item(force) -> bool:
    """Whether a listed force is an item counted on its own: 'a squadron of jets', 'two
    frigates' (not the bare 'armoured vehicles' of 'troops and armoured vehicles')."""
    top = force
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.i != top.i:
        top = top.head.head
    return any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in plx.INDEFINITE_DETERMINERS)
        for node in {top.i: top, force.i: force}.values()
        for c in node.children
    )


def coordinated_forces(trigger, force):
    """Forces listed alongside the first one, under the same trigger."""
    tops = [force]
    while tops[-1].dep_ == "pobj" and tops[-1].head.head not in (trigger, tops[-1]):
        tops.append(tops[-1].head.head)  # climb "a brigade of troops" to the list item
    items = []
    for top in tops:
        items += [c for c in top.children if c.dep_ in ("conj", "appos")]
    items += [c for c in trigger.children if c.dep_ == "appos"]
    items += added_forces(trigger)
    items += included_forces(trigger, tops)
    # "members of the X mission and police from Y": the parser may hang the second force
    # on the members' body
    body = of_object(force) if force.lower_ in flx.MEMBER_NOUNS else None
    if body is not None:
        items += [c for c in body.children if c.dep_ == "conj" and _is_force(c)]
    # "a destroyer, the USS X,": a ship's name set beside its kind is no second force
    items = [i for i in items if not (i.dep_ == "appos" and prefixed_vessel(i))]
    out = []
    while items:
        item = items.pop(0)
        found = _descend_to_force(item)
        if found is not None and found.i != force.i and found not in out:
            out.append(found)
        items += [c for c in item.children if c.dep_ == "conj"]
    return out


def included_forces(trigger, tops) -> list:
    """'moved naval firepower into the region, including the X carrier group': what an
    'including' on the trigger or on the force lists is part of the same force."""
    return [
        pobj
        for holder in (trigger, *tops)
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in dlx.PART_OF_TOTAL_WORDS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _first_force(candidates):
    """The force the first candidate that leads to one leads to."""
    for candidate in candidates:
        force = _descend_to_force(candidate)
        if force is not None:
            return force
    return None


def _descend_to_force(token):
    """'tens of thousands of soldiers' -> soldiers; 'a brigade of 3,000 troops' -> troops."""
    for _ in range(4):
        if named_unit(token):
            return token
        if _named_ship_kind(token) is not None:
            return _named_ship_kind(token)
        # "the mission, made up of soldiers from X and Y": the members are deployed
        if members(token, _is_force) is not None:
            return members(token, _is_force)
        if _is_force(token):
            deeper = of_object(token)
            if deeper is not None and _is_force(deeper):
                return deeper
            return token
        carried = _carried(token)
        if carried is not None:
            return carried
        nxt = None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                nxt = next((c for c in child.children if c.dep_ == "pobj"), None)
        if nxt is None:
            return None
        token = nxt
    return None


def _carried(token):
    """'a convoy carrying 300 fighters', 'vehicles transporting troops': the force a
    participle of carrying takes, which its carrier brings where it goes."""
    for clause in token.children:
        if clause.dep_ != "acl" or clause.lemma_ not in flx.CARRYING_VERBS:
            continue
        for taken in clause.children:
            if taken.dep_ == "dobj" and (_is_force(taken) or of_object(taken) is not None):
                found = _descend_to_force(taken)
                if found is not None:
                    return found
    return None


def _group_name(actors, token) -> bool:
    key = actors.key_at(token)
    return key is not None and group_or_unit(actors, key)


def group_or_unit(actors, key) -> bool:
    """Whether an actor is a force by its own name: an armed group, or a unit whose name
    ends with a formation's word ('the Jaeger Brigade', an organisation of its state)."""
    record = actors.records[key]
    if record.type == "Group":
        return True
    words = record.name.lower().split()
    return record.type == "Organization" and bool(words) and words[-1] in flx.UNIT_HEADS


def force_text(force, actors=None) -> str:
    grouped = actors is not None and _group_name(actors, force)
    own = entity_at(force.doc, force.i) if grouped else None
    if own is not None and own.end == force.i + 1:
        # 'The Karen National Liberation Army is fighting': the force's word ends the
        # group's own name, which is the force as written
        return " ".join(t.text for t in own if t.dep_ != "det")
    # "M23 fighters": an armed group's name is its owner, not its force's kind (an "RAF
    # Typhoon squadron" keeps its kind)
    group_named = {t.i for t in group_name_tokens(force)} if group_compound(force) else set()
    words = [
        c
        for c in force.lefts
        if c.dep_ in ("compound", "amod")
        and c.ent_type_ not in ("NORP", "GPE")
        and not (actors is not None and _group_name(actors, c))
        and c.i not in group_named
    ]
    # "a 2,500-strong force": the strength is the size, not the force's kind
    words = [
        w
        for w in words
        if w.lower_ not in lx.FORCE_FILLERS
        and not strength_word(w)
        and w.tag_ != "VBN"
        and not _gerund_read_as_modifier(w)  # "massing troops": the move, not the kind
    ]
    # "coast guard cutters", "air defence systems": a noun modifier keeps the noun that
    # makes one word with it ("guard cutters" is no kind)
    words += [
        t
        for w in words
        for t in w.lefts
        if t.dep_ == "compound"
        and t.i == w.i - 1
        and w.pos_ == "NOUN"
        and t.pos_ in ("NOUN", "PROPN")
        and not t.ent_type_  # ("the UN peacekeeping force": a name says whose, not what)
    ]
    # "air-defence systems": a hyphened modifier keeps the words joined to it
    words += [
        t
        for w in words
        for t in w.subtree
        if t.i != w.i
        and (t.text == "-" or (t.dep_ in ("compound", "amod") and t.nbor(1).text == "-"))
    ]
    # "anti-aircraft batteries": adjacent words keep the text's own spacing
    seq = sorted({w.i: w for w in [*words, force]}.values(), key=lambda t: t.i)
    text = "".join(a.text + (a.whitespace_ if b.i == a.i + 1 else " ") for a, b in pairwise(seq))
    return (text + force.text).lower()


def force_under(token):
    """The force a phrase names ('tens of thousands of soldiers' -> soldiers), or None."""
    return _descend_to_force(token)
