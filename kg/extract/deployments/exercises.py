"""Forces an exercise involves: 'X held drills in the Y strait involving fast-attack boats,
drones and missiles', 'the exercises, in the Z region, involve armoured units and
helicopters'. The forces are where the exercise is held, under the state (or its service)
that holds it; an exercise named without a place places no one, and the list is one entry
(GUIDELINES: one entry per mention of actor, size and location)."""

from __future__ import annotations

from kg.extract.deployments.facts import deployment_of
from kg.extract.deployments.forces import force_under
from kg.extract.deployments.operations import operating_place
from kg.extract.deployments.passes import co_subjects
from kg.extract.deployments.places import location_of
from kg.extract.lexicon import deployments as dlx


def exercise_forces(doc, article, actors, verb, covered):
    """The deployment of the forces a verb of involving gives an exercise (none or one);
    the force it takes joins ``covered``."""
    if verb.pos_ != "VERB" or verb.lemma_ not in dlx.INVOLVING_VERBS:
        return []
    exercise, holder = _exercise_of(verb)
    if exercise is None:
        return []
    listed = next((c for c in verb.children if c.dep_ == "dobj" and force_under(c)), None)
    if listed is None:
        return []
    force = force_under(listed)
    # the list is one entry; one already placed (by "combat drones deployed in X") is its own
    if any(t.i in covered for t in listed.subtree):
        return []
    deployment = exercise_deployment(doc, article, actors, exercise, holder, verb, force)
    if deployment is None:
        return []
    covered.update(t.i for t in listed.subtree)
    # "the navy held drills involving X": the service holds the exercise, it is not placed
    if holder is not None:
        covered.update(c.i for c in holder.children if c.dep_ == "nsubj")
    # "X and Y held joint exercises in Z involving ...": each holder's forces are there
    joint = co_subjects(actors, holder, force, deployment) if holder is not None else []
    return [deployment, *joint]


def exercise_deployment(doc, article, actors, exercise, holder, verb, force):
    """The deployment of a force in an exercise: placed where the exercise is, triggered by
    the verb that holds it (else ``verb``); None where no place or deployment is told."""
    location = exercise_place(exercise, holder, force)
    if location is None:
        return None
    trigger = holder if holder is not None else verb
    return deployment_of(doc, article, actors, trigger, force, location)


def exercise_place(exercise, holder, fallback):
    """Where an exercise is held: "drills in the X strait", "held exercises near Y", else
    where ``fallback`` (its force, or the exercise itself) is placed ("forces deployed in Z");
    None when the text places it nowhere."""
    location = operating_place(exercise)
    if location is None and holder is not None:
        location = location_of(holder, exercise, places_only=True)
    if location is None:
        location = location_of(fallback, fallback, places_only=True)
    return location


def _exercise_of(verb):
    """The exercise a verb of involving says what is in, and the verb that holds it: 'held
    drills involving X' (the participle on the drills or, set off by a comma, on the verb),
    'the exercises involve X'; (None, None) when the verb says it of no exercise."""
    head = verb.head
    if verb.dep_ == "acl" and _is_exercise(head):
        holder = head.head if head.dep_ == "dobj" else None
        return head, holder
    if verb.dep_ in ("advcl", "xcomp", "conj") and head.pos_ in ("VERB", "AUX"):
        exercise = next((c for c in head.children if c.dep_ == "dobj" and _is_exercise(c)), None)
        if exercise is not None:
            return exercise, head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and _is_exercise(subject):
        return subject, None
    return None, None


def _is_exercise(token) -> bool:
    return token.lemma_.lower() in dlx.EXERCISE_NOUNS or token.lower_ in dlx.EXERCISE_NOUNS
