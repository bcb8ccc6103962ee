"""Presence without a movement verb: a force that a state's name modifies (or that is said
to be loyal to one or to belong to it), placed by a preposition, a clause ('troops who hold
the town'), the control it has of a place or a ground operation it carries out there (each
place of coordinated verbs: 'made gains around X and attacked across Y'; each state's force
of a coordinated subject: 'X troops and Y troops are patrolling Z'); each side of fighting
between two forces; and a state's people named by a plural demonym in combat. Patrols a
verb steps up (``patrols``) and a peace mission's strength (``missions``, placed nowhere but
where the mission serves) are held forces too; a craft that shadows, tracks or downs another
operates where it does (``watchers``), and troops an actor's official visits or meets are
that actor's side's where they are ("the X army chief visited troops in Y")."""

from __future__ import annotations

from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.common import sentence_of
from kg.extract.deployments.facts import deployment_of, sighted_craft, trained_there
from kg.extract.deployments.forces import group_or_unit, people_of_state, stands_alone, step_taken
from kg.extract.deployments.group_owners import group_by_form, group_compound
from kg.extract.deployments.missions import held_by_mission, mission_holder
from kg.extract.deployments.operations import (
    entered_place,
    exercise_joined_at,
    fought_between,
    operated_at,
)
from kg.extract.deployments.origins import listed_contingents, origin_owners
from kg.extract.deployments.owners import (
    its_owner,
    named_formation,
    owner_by_allegiance,
)
from kg.extract.deployments.patrols import (
    patrol_top,
    patrolling_subject,
    stepped_up_patrol,
    stepping_up_clause,
)
from kg.extract.deployments.places import is_infinitive, location_of
from kg.extract.deployments.presence_places import (
    controlled_place,
    distance_place,
    engaged_place,
    held_place,
    home_place,
    host_place,
    operated_place,
    operation_place,
    seized_place,
    state_place,
    visited_place,
    watched_place,
)
from kg.extract.deployments.ships import prefix_state
from kg.extract.deployments.watchers import watching_place
from kg.extract.lexicon import deployment_moves as mlx
from kg.extract.lexicon import deployment_places as plx
from kg.extract.lexicon import deployments as dlx
from kg.gazetteer import gazetteer


def presence_of(doc, article, actors, force, carried=None):
    """A force that a state's name or demonym modifies (or, ``carried``, one the sentence
    before names so: 'the bombers'), placed somewhere by a preposition on it or on the
    verb it is the subject or object of; a peace mission's total drawn from several states
    is the mission's (``missions``)."""
    deployment = _presence(doc, article, actors, force, carried)
    if deployment is None or not origin_owners(actors, force):
        return deployment
    holder = mission_holder(actors, _shared_top(actors, force))
    return deployment if holder is None else replace(deployment, actor=actors.use(holder))


def _presence(doc, article, actors, force, carried):
    # "Iraq has troops in Kuwait", "X has thousands of fighters in Y": a force the
    # subject holds is the subject's
    # "the X army has increased patrols around Y": one fact, the patrols'
    if patrolling_subject(force):
        return None
    top = _shared_top(actors, force)
    held = top.dep_ == "dobj" and top.head.lemma_ in lx.HOLD_VERBS
    # "X stepped up patrols along Y", "increased the number of patrols near Z"
    stepped = stepped_up_patrol(force)
    if stepped:
        held, top = True, patrol_top(force)
    # "UNXYZ, which numbers 1,100 peacekeepers": a peace mission's strength
    mission_held = held_by_mission(actors, top)
    held = held or mission_held
    if (
        not held
        and carried is None
        and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod") and actors.key_at(c)
            for c in _modifiers(force)
        )
        and not any(its_owner(actors, c) for c in force.children)
        and group_compound(force) is None
        and not _sent_from(actors, force)
        and owner_by_allegiance(actors, force) is None
        # "the destroyer USS X was operating in Y": a navy's prefix names the ship's state
        and prefix_state(force) is None
        # "the X army chief visited troops in Y": the visitor's side's troops
        and not _visited_by_actor(actors, force)
    ):
        return None
    controlled = (
        controlled_place(force)
        or operated_place(force)
        or _owned_home(actors, force)
        or fought_between(force)  # "fighting between X troops and Y fighters in Z"
        or engaged_place(force)  # "X soldiers on patrol near Y"
        # "X frigates shadowed the Y ships near Z", "was shadowed by X vessels"
        or watching_place(force)
    )
    if controlled is not None:
        verb, location = controlled
        return deployment_of(doc, article, actors, verb, force, location, carried=carried)
    # "Ukrainian soldiers fighting near X say ...", "Russian troops who hold the town"
    placed = clause_place(force)
    if placed is not None:
        clause, location = placed
        return deployment_of(doc, article, actors, clause, force, location, carried=carried)
    head = top.head if top.dep_ in ("nsubj", "dobj", "nsubjpass") else force
    # "X has since increased patrols along Y" (the verb misread as the patrols' participle)
    head = (stepped and stepping_up_clause(force)) or head
    # "the rebels seized the town": a force is where it took
    seized = seized_place(head) if top.dep_ == "nsubj" else None
    if seized is not None:
        return deployment_of(doc, article, actors, head, force, seized, carried=carried)
    # "a battalion of X marines was observed exercising near Y" (a verb of seeing, though
    # "observe" is also one of saying)
    seen = _seen_doing_place(head) if top.dep_ in ("nsubj", "nsubjpass") else None
    if seen is not None:
        return deployment_of(doc, article, actors, head, force, seen, carried=carried)
    # ("X maintains troops in Y": a verb of saying that holds a force says nothing)
    if head.lemma_ in lx.SPEECH_VERBS and not held:
        return None
    if head.lemma_ in lx.NOT_DEPLOYMENT_VERBS and not (
        sighted_craft(head, force) or trained_there(head, force)
    ):
        return None
    # "the army moved to dismiss two commanders in X": a step taken places no one
    if step_taken(head):
        return None
    # with no movement verb, only a place makes it a deployment: "Russian forces bombed
    # civilians in Irpin" places them, "inflicted horror on civilians" does not
    location = location_of(head, force, places_only=True)
    if location is None and top.i != force.i:
        # "thousands of fighters in the valley": the place may hang on the amount
        location = location_of(head, top, places_only=True)
    if location is None and top.dep_ == "nsubj":
        location = verb_place(head)
    if location is None and top.dep_ == "dobj":
        # "visited the border to meet X troops"
        location = visited_place(head)
    if location is None:
        # "Djibouti hosts X troops", "the base, home to Y personnel"
        location = host_place(top)
    if location is None and head.i == force.i:
        # "the X patrol vessel Y in the Z Sea" (a caption): the place hangs on the ship's name
        named = [c for c in force.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if force.dep_ == "compound" and force.head.pos_ == "PROPN":
            named = [force.head]  # ("the X patrol vessel Y": the parser may head it on Y)
        location = location_of(named[0], named[0], places_only=True) if named else None
    if location is None and listed_contingents(actors, force):
        return deployment_of(doc, article, actors, head, force, carried=carried)
    # "UNXYZ, which has about 3,000 troops": a peace mission's strength, where it serves
    if location is None and mission_held:
        return deployment_of(doc, article, actors, head, force, carried=carried)
    if location is None:
        return None
    # stepped-up patrols: the verb that steps them up is the move (its subject their owner,
    # its mood theirs), wherever the place hangs
    trigger = head if stepped else _placing(head, force)
    return deployment_of(doc, article, actors, trigger, force, location, carried=carried)


def _visited_by_actor(actors, force) -> bool:
    """'The X army chief visited troops in Y', 'Z met soldiers at the front': a force that an
    actor's official or state visits, greets or inspects (the verb's object)."""
    top = _amount_top(force)
    verb = top.head
    verbs = dlx.VISIT_VERBS | dlx.GREETING_VERBS
    if top.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ not in verbs:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(actors.key_at(t) for s in subjects for t in s.subtree)


def _modifiers(force):
    """A force's modifiers, and those of its compounds ('a Chinese carrier group')."""
    compounds = [c for c in force.children if c.dep_ == "compound"]
    return [*force.children, *(g for c in compounds for g in c.children)]


def subject_place(force):
    """'About 100,000 X troops are defending the border': the verb a force (or the amount
    it is counted in) is the subject of and the place that verb's operation or hold puts it
    at, or None."""
    top = _amount_top(force)
    if top.dep_ != "nsubj" or top.head.lemma_ in lx.SPEECH_VERBS:
        return None
    location = verb_place(top.head)
    return (top.head, location) if location is not None else None


def verb_place(verb):
    """Where a verb puts the force that is its subject with no place phrase of its own: the
    state it is in, the place it operates at, holds or is a distance from."""
    location = (
        state_place(verb)
        or operation_place(verb)
        or held_place(verb)
        or watched_place(verb)  # "X drones are monitoring the border"
        or distance_place(verb)
    )
    # "X forces conducted ground attacks near Y", "made gains around Z"
    location = location or operated_at(verb) or exercise_joined_at(verb)
    if location is None and verb.lemma_ in lx.ATTEMPT_VERBS:
        # "the Russian army is trying to encircle the city"
        for clause in verb.children:
            if clause.dep_ == "xcomp" and location is None:
                location = (
                    operation_place(clause)
                    or held_place(clause, attempted=True)
                    or operated_at(clause)  # "continued to conduct attacks near X"
                )
    return location or _adjunct_operation_place(verb)


def _adjunct_operation_place(verb):
    """'X's navy has modernised, testing missiles and conducting drills in Y': the place of
    an operation a participle set off after the verb says the subject carries out."""
    # (the parser may hang the participle under a preposition: "in recent years testing")
    clauses = [c for c in verb.children if c.dep_ == "advcl"] + [
        p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pcomp"
    ]
    for clause in clauses:
        for doing in (clause, *(c for c in clause.children if c.dep_ == "conj")):
            place = operated_at(doing) if _participle(doing) else None
            if place is not None:
                return place
    return None


def _participle(token) -> bool:
    return token.tag_ == "VBG" or (token.pos_ in ("VERB", "NOUN") and token.lower_.endswith("ing"))


def conjoined_presences(doc, article, actors, force, found) -> list:
    """'X forces made gains around Y and continued to conduct attacks across Z': each verb
    coordinated with the one the force is the subject of, sharing that subject, puts the
    force at its own place (one deployment per place; ``found`` is the first one, if any)."""
    top = _amount_top(force)
    if top.dep_ != "nsubj" or (found is None and not _owned(actors, force)):
        return []
    out, seen = [], {found.location} if found is not None else set()
    for verb in _shared_subject_verbs(top.head):
        if verb.lemma_ in lx.SPEECH_VERBS:
            continue
        location = verb_place(verb) or seized_place(verb) or _moved_place(verb)
        if location is None or location in seen:
            continue
        deployment = deployment_of(doc, article, actors, verb, force, location)
        if deployment is not None:
            seen.add(location)
            out.append(deployment)
    return out


def fighting_people(doc, article, actors, noun):
    """'the Russians are fighting battles in X', 'Ukrainians continue to defend the city':
    a state's people named by a plural demonym are its forces where they carry out a
    ground operation or hold a place; a people anywhere else ('Russians fled to X') is
    not a force."""
    if noun.dep_ != "nsubj":
        return None
    state = people_of_state(noun)
    if state is None:
        return None
    # the state's own record: a people of a state the article names as no actor is no one's
    owner = actors.key_at(noun) or next(
        (key for key, record in actors.records.items() if record.name == state), None
    )
    if owner is None:
        return None
    verb = noun.head
    if verb.lemma_ in lx.NOT_DEPLOYMENT_VERBS or verb.lemma_ in lx.SPEECH_VERBS:
        return None
    location = _operated_or_held(verb)
    if location is None and verb.lemma_ in lx.ATTEMPT_VERBS:
        # "Ukrainians continue to defend the city"
        clauses = [c for c in verb.children if c.dep_ == "xcomp"]
        location = next((p for c in clauses if (p := _operated_or_held(c, True))), None)
    if location is None:
        return None
    location = _named_earlier(noun, location)
    return deployment_of(doc, article, actors, verb, noun, location, carried=owner)


def group_in_place(doc, article, actors, noun):
    """'The RSF is fighting in Khartoum', 'Al-Shabaab holds towns near X', 'Wagner is
    operating in Y': an armed group named as the subject of a verb of presence or ground
    operation is its own force there (GUIDELINES: a group is an actor, and forces operating
    in a place are deployed there); a group that speaks, strikes or is acted on is not."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    key = actors.key_at(noun)
    listed = key is not None and group_or_unit(actors, key)
    name = bare = None
    if not listed:
        # an unlisted name, or one the model typed wrongly, that has a group's form ('the
        # National Liberation Army', 'JNIM'), only in combat: "operates in" is also said
        # of companies
        name = group_by_form(actors, noun)
        bare = name is None
        if bare:
            name = group_by_form(actors, noun, bare=True)
        if name is None:
            return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or is_infinitive(verb):
        return None
    verbs = [verb]
    if verb.lemma_ in lx.ATTEMPT_VERBS:
        # "the RSF continues to hold the city"
        verbs += [c for c in verb.children if c.dep_ == "xcomp"]
    for each in verbs:
        # "the RSF entered X", "the group crossed the border": a group's own entry (a bare
        # name, or a body's with a group's form, 'NATO', only in combat)
        body = key is not None and actors.records[key].type == "Organization"
        entered = entered_place(each) if listed or not (bare or body) else None
        if entered is None and each.lemma_ not in (
            dlx.GROUP_PRESENCE_VERBS if listed else dlx.GROUP_COMBAT_VERBS
        ):
            continue
        location = (
            entered
            or _operated_or_held(each, attempted=each.i != verb.i)
            or location_of(each, each, places_only=True)
        )
        if location is None:
            continue
        if bare and not _named_place(noun, location):
            continue  # "Arsenal is fighting in the Premier League": a bare name, no place
        # only now the name is taken for a group's (the record's type changes with it)
        owner = key if listed else actors.group_named(name)
        found = deployment_of(doc, article, actors, each, noun, location, carried=owner)
        # the owner search may climb to a speaker ('X is fighting in Y, the army said'): the
        # group named as the subject is the actor, unless it is a state's unit ('the X
        # Brigade has been redeployed along Y'), which deploys for the state found for it
        if found and not named_formation(actors, owner):
            found = replace(found, actor=actors.use(owner))
        return found and replace(found, force=name_as_written(noun))
    return None


def _named_place(token, location: str) -> bool:
    """Whether a place the sentence gives is named as one ('the Amhara region', 'Gao'),
    not merely a phrase after 'in' ('the Premier League'): a place the model or the
    gazetteer knows, or a name before a word for a place."""
    if any(
        ent.label_ in ("GPE", "LOC", "NORP") and ent.text in location
        for ent in sentence_of(token).ents
    ):
        return True
    words = location.split()
    if words and words[-1].lower() in plx.PLACE_HEADS and any(w[:1].isupper() for w in words):
        return True
    return any(gazetteer().lookup(w) is not None for w in words if w[:1].isupper())


def name_as_written(noun) -> str:
    """The group's name as the article writes it ('Al-Shabaab', 'the Houthis' as
    'Houthis'): the force is the group itself."""
    for ent in noun.doc.ents:
        if ent.start <= noun.i < ent.end:
            words = [t for t in ent if t.lower_ != "the"]
            return noun.doc[words[0].i : words[-1].i + 1].text if words else noun.text
    return noun.text


def _doc_span(token) -> str:
    """A proper name with the compound words before it ('Sieverne Tonenke')."""
    first = min([token.i, *(c.i for c in token.children if c.dep_ == "compound")])
    return token.doc[first : token.i + 1].text


def _country_name(name: str) -> bool:
    """Whether a place name is a country's (a country is no town the sentence names)."""
    entry = gazetteer().lookup(name)
    return entry is not None and entry.type == "Country"


def _named_earlier(noun, location: str) -> str:
    """'Despite attacks around X, its defenders continue to defend the city': a bare 'the
    city' is the one place the sentence names before it; with none or several, the wording
    stays."""
    words = location.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in plx.SETTLEMENT_NOUNS:
        return location
    # a country is no town its people defend ("Russia attacked X; Ukrainians defend the
    # city"); the parser's entity label for a town is unreliable, so a proper name a
    # preposition of place governs ("around X", "in Y") is a place
    names = {
        _doc_span(t)
        for t in sentence_of(noun)
        if t.i < noun.i
        and t.dep_ == "pobj"
        and t.pos_ == "PROPN"
        and t.head.lower_ in plx.LOCATION_PREPOSITIONS | plx.AROUND_PREPOSITIONS
        and not _country_name(t.text)
    }
    return names.pop() if len(names) == 1 else location


def _operated_or_held(verb, attempted: bool = False):
    """The place a verb's ground operation is at or that it holds ('fighting battles in
    X', 'defend the city'), not merely where its subject is."""
    return (
        operation_place(verb)
        or operated_at(verb)
        or held_place(verb, attempted=attempted)
        or seized_place(verb)
    )


def _moved_place(verb):
    """Where a verb of movement takes its subject ('and advanced toward X'), or one it
    keeps on doing ('and continued to advance toward X')."""
    verbs = [verb]
    if verb.lemma_ in lx.ATTEMPT_VERBS:
        verbs += [c for c in verb.children if c.dep_ == "xcomp"]
    for each in verbs:
        if each.lemma_ in lx.ADVANCE_VERBS:
            location = location_of(each, each, places_only=True)
            if location is not None:
                return location
    return None


def _shared_subject_verbs(verb):
    """The verbs coordinated with a verb that have no subject of their own: in 'X forces
    took A and advanced on B', 'advanced'; a clause with its own subject says something
    about another."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
            continue
        yield conj
        yield from _shared_subject_verbs(conj)


def _owned(actors, force) -> bool:
    """A force a state's or group's name or demonym modifies ('Russian forces')."""
    return any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and actors.key_at(c) for c in force.children
    )


def _owned_home(actors, force):
    """The home of a force whose own modifier names a state or armed group ('Russia's
    fleet'); the place is not its owner ('X is the headquarters of the fleet')."""
    owners = [actors.key_at(c) for c in force.children if c.dep_ in ("poss", "amod", "compound")]
    if not any(k and actors.records[k].type in ("Country", "Group") for k in owners):
        return None
    return home_place(force)


def _placing(head, force):
    """The word that places a present force: the verb when its own phrase names the
    place, else the preposition on the force ('Nor did X fighters in Y distinguish
    themselves': the force is in Y whatever the verb's mood)."""
    if head.i == force.i or location_of(head, head, places_only=True) is not None:
        return head
    own = [c for c in force.children if c.dep_ == "prep" and c.lower_ in lx.LOCATION_PREPOSITIONS]
    return own[0] if own else head


def clause_place(force):
    """The clause on a force that places it ('bombers flying near X', 'troops who hold the
    town') and the place, or None."""
    for clause in _presence_clauses(force):
        if is_infinitive(clause):
            continue
        location = location_of(clause, clause, places_only=True) or held_place(clause)
        if location is not None:
            return clause, location
    return None


def _presence_clauses(force):
    """The clauses on a force that say where it is: 'soldiers fighting near X', 'troops
    who remain in Y', and a presence clause marked 'while' inside another clause on it
    ('soldiers caught using phones while fighting in Z')."""
    for clause in force.children:
        if clause.dep_ not in ("acl", "relcl"):
            continue
        if clause.lemma_ in lx.PRESENCE_CLAUSE_VERBS:
            yield clause
        # the parser hangs the 'while' clause on the clause or on its complement
        inner = [
            *clause.children,
            *(g for c in clause.children if c.dep_ == "xcomp" for g in c.children),
        ]
        for verb in inner:
            if (
                verb.dep_ == "advcl"
                and verb.lemma_ in lx.PRESENCE_CLAUSE_VERBS
                and any(c.dep_ == "mark" and c.lower_ in dlx.DURING_MARKS for c in verb.children)
            ):
                yield verb


def _shared_top(actors, force):
    """'X troops and Y troops are defending the border': a later conjunct whose owner the
    first one's modifiers do not name shares the first one's place in the clause (each
    state's force is where the clause puts them both); otherwise its own phrase."""
    top = _amount_top(force)
    first = top
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in _NOUNS:
        first = _amount_top(first.head)
    # (a clause's subject or object only)
    if first.i == top.i or first.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return top
    # ("delegations from X's army and Y's forces returned to Z": people sent from a force)
    if first.pos_ == "NOUN" and not stands_alone(first) and _sent_from_body(first):
        return top
    mine = _owner_keys(actors, force)
    return first if mine and not mine <= _owner_keys(actors, first) else top


_NOUNS = ("NOUN", "PROPN")


def _sent_from_body(noun) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)


def _owner_keys(actors, force) -> set:
    return {
        actors.key_at(c)
        for c in _modifiers(force)
        if c.dep_ in ("amod", "compound", "poss", "nmod") and actors.key_at(c)
    }


def _amount_top(force):
    """The phrase an amount puts a force in: 'thousands of fighters' is the object of 'has'
    in 'X has thousands of fighters in Y'."""
    top = force
    while (
        top.dep_ == "pobj"
        and top.head.lower_ == "of"
        and (_amount(top.head.head) or _made_up_unit(top.head.head, top))
    ):
        top = top.head.head
    return top


def _seen_doing_place(verb):
    """'(troops) were observed exercising near X', 'were seen digging in along Y': the place
    of what a verb of seeing sees the force doing (not a withdrawal: 'seen leaving X')."""
    if verb.lemma_ not in mlx.PERCEPTION_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp", "ccomp") or clause.tag_ != "VBG":
            continue
        if clause.lemma_ in lx.NOT_DEPLOYMENT_VERBS or any(
            c.dep_ == "mark" for c in clause.children
        ):
            continue
        location = location_of(clause, clause, places_only=True)
        if location is not None:
            return location
    return None


def _made_up_unit(unit, force) -> bool:
    """'a battalion' of 'a battalion of X marines was spotted near Y', 'columns' of 'columns
    of X tanks': the unit or group a force makes up, which the verb governs."""
    return (
        unit.pos_ == "NOUN"
        and unit.i < force.i
        and (unit.lower_ in lx.FORCE_NOUNS or unit.lower_ in dlx.GROUPING_NOUNS)
    )


def _amount(token) -> bool:
    """'thousands', 'tens', 'dozens', '3,000', 'a handful' (not 'the progress' of troops)."""
    return (
        token.like_num
        or token.ent_type_ == "CARDINAL"
        or token.lower_ in lx.NUMBER_SCALES
        or token.lemma_.lower() in mlx.QUANTITY_NOUNS
    )


def _sent_from(actors, force) -> bool:
    """'mercenaries from the X Group', 'troops from Chad': the state or group they came
    from."""
    return any(
        child.dep_ == "prep" and child.lower_ == "from" and actors.key_at(pobj)
        for child in force.children
        for pobj in child.children
        if pobj.dep_ == "pobj"
    )
