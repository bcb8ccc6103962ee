"""Forces operating in a place: a force that is the subject of a verb whose object is a
ground operation it carries out ('X forces conducted ground attacks near Y', 'made gains
around Z', 'are fighting fierce battles in W', 'launched an offensive to retake V') is
where the operation is. A strike from afar ('missile attacks on X') places no one."""

from __future__ import annotations

from kg.extract.deployments.place_wording import place_phrase
from kg.extract.deployments.places import (
    compass_place,
    definite,
    is_infinitive,
    is_place,
    location_of,
    prep_place,
)
from kg.extract.lexicon import deployment_places as plx
from kg.extract.lexicon import deployments as dlx


def operated_at(verb) -> str | None:
    """The place of the ground operation a verb's object names ('conducted ground attacks
    northwest of X', 'made gains around Y'), or None. Only a finite verb: 'to conduct
    attacks' says what a force is for."""
    if is_infinitive(verb) and verb.dep_ != "xcomp":
        return None
    for operation in verb.children:
        if operation.dep_ != "dobj" or not _ground_operation(operation):
            continue
        # the parser hangs the place on the operation or on the verb
        for holder in (operation, verb):
            place = operating_place(holder)
            if place is not None:
                return place
        place = _purpose_place(operation, verb) or _foe_place(operation) or _foe_place(verb)
        if place is not None:
            return place
    return None


def _foe_place(holder) -> str | None:
    """'continued operations against the rebels in the X region': where the foe a ground
    operation is against is, the parser hanging the place on the foe (the "against" hangs
    on the operation or on its verb)."""
    for prep in holder.children:
        if prep.dep_ == "prep" and prep.lower_ in dlx.FOE_PREPOSITIONS:
            for foe in prep.children:
                place = operating_place(foe) if foe.dep_ == "pobj" else None
                if place is not None:
                    return place
    return None


def entered_place(verb) -> str | None:
    """'pushed into X', 'entered Y', 'redeployed to Z': the place a verb of entry takes its
    subject to, or None; a verb that moves an object moves the object, not its subject
    ('moved hostages to W')."""
    if verb.lemma_ not in dlx.ENTRY_VERBS:
        return None
    # "to push into X" says what a force is for, unless a verb of trying governs it
    if is_infinitive(verb) and verb.dep_ != "xcomp":
        return None
    if verb.lemma_ in dlx.OBJECT_MOVING_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return None
    # "moved to dismiss X", "pushed back against Y": a step taken, not ground entered
    if any(c.dep_ == "xcomp" for c in verb.children):
        return None
    if any(
        (c.dep_ == "prt" and c.lower_ not in dlx.ENTRY_PARTICLES)
        or (c.dep_ == "advmod" and c.lower_ in dlx.BACKWARD_WORDS)
        for c in verb.children
    ):
        return None
    # "crossed a red line": a line one may not cross is no place
    if any(c.dep_ == "dobj" and _figurative_line(c) for c in verb.children):
        return None
    return location_of(verb, verb, places_only=True)


def _figurative_line(noun) -> bool:
    return noun.lemma_.lower() in dlx.LINE_NOUNS and any(
        c.lower_ in dlx.FIGURATIVE_LINE_WORDS for c in noun.children
    )


def exercise_joined_at(verb) -> str | None:
    """'30,000 X troops are taking part in exercises in Y', 'participated in drills near Z':
    the place of the exercise a force takes part in."""
    if not takes_part(verb, dlx.PARTAKING_VERBS_BUT_JOIN):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for exercise in prep.children:
            if exercise.dep_ == "pobj" and exercise.lemma_.lower() in dlx.OPERATION_OBJECTS:
                place = operating_place(exercise)
                if place is not None:
                    return place
    return None


def takes_part(verb, verbs=dlx.PARTAKING_VERBS) -> bool:
    """Whether a verb is one of ``verbs`` of taking part ('participated', 'joined'), 'take'
    only with its 'part' ('took part'; 'took the drills' is none)."""
    if verb.lemma_ not in verbs:
        return False
    return verb.lemma_ != "take" or any(c.lower_ == "part" for c in verb.children)


def _ground_operation(noun) -> bool:
    """An operation a force carries out on the ground ('ground attacks', 'gains'), not a
    strike from afar ('missile attacks', 'air raids')."""
    lemma = noun.lemma_.lower()
    if lemma not in dlx.OPERATION_OBJECTS and noun.lower_ not in dlx.OPERATION_OBJECTS:
        return False
    if lemma in dlx.STRIKE_LIKE_OBJECTS:
        modifiers = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")]
        return not any(m in dlx.STANDOFF_MODIFIERS for m in modifiers)
    return True


def operating_place(holder) -> str | None:
    """A place a preposition or a compass word on the holder names: 'around X', 'in the Y
    region', 'northwest of Z and near W' (worded whole)."""
    for child in holder.children:
        if child.dep_ == "advmod" and child.lower_ in plx.COMPASS_WORDS:
            place = compass_place(child)
            if place is not None:
                return place
        if child.dep_ != "prep" or child.lower_ not in dlx.OPERATING_PREPOSITIONS:
            continue
        place = prep_place(child, dlx.WORDED_PREPOSITIONS)
        if place is not None:
            return place
    return None


def _purpose_place(operation, verb) -> str | None:
    """'launched an offensive to retake X': the place the operation is to take, on the
    operation or, as the parser often hangs it, on the verb."""
    clauses = [c for n in (operation, verb) for c in n.children if c.dep_ in _PURPOSE_DEPS]
    for clause in clauses:
        if clause.lemma_ not in dlx.TAKING_VERBS or not is_infinitive(clause):
            continue
        for place in clause.children:
            named = place.pos_ == "PROPN" and place.dep_ in ("advmod", "npadvmod")
            if (place.dep_ == "dobj" or named) and is_place(place) and definite(place):
                return place_phrase(place)
    return None


_PURPOSE_DEPS = ("acl", "relcl", "xcomp", "advcl")


def fought_between(force):
    """'heavy fighting between X troops and Y fighters continued in Z', 'clashes between
    X and Y near W': a side of the fighting is where it is. Returns the combat noun and
    the place, or None."""
    side = force
    while side.dep_ == "conj":  # "between X troops and Y fighters": the second side
        side = side.head
    between = side.head
    if side.dep_ != "pobj" or between.lower_ != "between":
        return None
    combat = between.head
    if combat.pos_ == "VERB":  # "clashes erupted between ...": the parser hangs it on the verb
        combat = next((c for c in combat.children if c.dep_ == "nsubj"), combat)
    if combat.lemma_.lower() not in dlx.COMBAT_NOUNS and combat.lower_ not in dlx.COMBAT_NOUNS:
        return None
    # the place on the fighting, or on a side ("between X troops and Y troops near Z")
    sides = [side, *(c for c in side.children if c.dep_ == "conj")]
    place = operating_place(combat) or next(
        (p for p in map(operating_place, sides) if p is not None), None
    )
    # "fighting between ... continued in Z", "clashes erupted between ... near W": the
    # parser hangs the place, or the "between", on the verb the fighting is subject of
    verb = combat.head if combat.dep_ in ("nsubj", "nsubjpass") else None
    if place is None and verb is not None:
        place = operating_place(verb)
    return (combat, place) if place is not None else None
