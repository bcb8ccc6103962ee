"""Exercises held in a place: 'China held live-fire drills in the X Strait', 'Russian naval
exercises are planned within Y's waters'. The exercise is the forces of the state that holds
it (the subject of a verb of holding, or the state its modifier names) operating there
(GUIDELINES: forces operating in a place are deployments there). Only with a place, and not
where the sentence already gives a force of the exercise (``exercises``: the forces an
exercise involves; a service that holds it: ``services``)."""

from __future__ import annotations

from kg.extract.common import sentence_of
from kg.extract.deployments.exercises import exercise_deployment
from kg.extract.lexicon import deployments as dlx


def held_exercise(doc, article, actors, token, covered):
    """The deployment an exercise noun names (none or one); it joins ``covered``."""
    # ("drills", "exercises": the plural of forces at work; "the X exercise involved a
    # simulated attack" names an event)
    if token.tag_ != "NNS" or token.lemma_.lower() not in dlx.EXERCISE_NOUNS:
        return []
    if token.i in covered:
        return []
    holder = token.head if token.dep_ in ("dobj", "nsubjpass") else None
    if holder is not None and holder.lemma_ not in dlx.EXERCISE_HOLDING_VERBS:
        holder = None
    owned = any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and actors.key_at(c) for c in token.children
    )
    subjects = [c for c in holder.children if c.dep_ == "nsubj"] if holder is not None else []
    if not owned and not any(actors.key_at(s) for s in subjects):
        return []
    # a force already found in the sentence is the exercise's: "X troops held drills in Y"
    sentence = sentence_of(token)
    if any(sentence.start <= i < sentence.end for i in covered):
        return []
    deployment = exercise_deployment(doc, article, actors, token, holder, token, token)
    if deployment is None:
        return []
    covered.add(token.i)
    return [deployment]
