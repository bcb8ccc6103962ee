"""Counts given of a force: 'officials put the number of X troops near Y at 130,000', 'the
number of Z soldiers in W is estimated at 5,000', 'the number of troops in V has risen to
9,000'. The force is where its own phrase (or the verb's) places it, as many as the count
says; the count may be a range (its lower bound, as the gold takes it)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.deployments.facts import deployment_of
from kg.extract.deployments.places import location_of, of_object
from kg.extract.deployments.sizes import to_int
from kg.extract.lexicon import deployments as dlx


def counted_presence(doc, article, actors, force):
    """The deployment of a force whose number a verb gives, placed, or None."""
    counted = _count_of(force)
    if counted is None:
        return None
    verb, number = counted
    size = to_int(" ".join(t.text for t in number.subtree))
    if size is None:
        return None
    # "the number of X troops in Y": the parser hangs the place on the force, the noun
    # of number or the verb
    location = (
        location_of(force, force, places_only=True)
        or location_of(force.head.head, force, places_only=True)
        or location_of(verb, force, places_only=True)
    )
    if location is None:
        return None  # "the number of troops has risen to 900,000": a strength, no place
    deployment = deployment_of(doc, article, actors, verb, force, location)
    if deployment is None:
        return None
    return replace(deployment, size=size, size_text=None)


def _count_of(force):
    """(the verb, its number) of 'put the number of <force> at N', 'the number of <force>
    is estimated at N', 'has risen to N', 'stands at N', 'is N'."""
    if force.dep_ != "pobj" or force.head.lower_ != "of":
        return None
    noun = force.head.head
    if noun.lemma_.lower() not in dlx.COUNT_NOUNS or getattr(of_object(noun), "i", None) != force.i:
        return None
    verb = noun.head
    if noun.dep_ == "dobj" or (noun.dep_ == "nsubjpass" and verb.lemma_ in dlx.ESTIMATING_VERBS):
        if verb.lemma_ not in dlx.ESTIMATING_VERBS:
            return None
        # "estimates the number ... at N": the parser may hang "at N" on the noun
        return _number_after(verb, dlx.COUNT_PREPOSITIONS) or _number_after(
            noun, dlx.COUNT_PREPOSITIONS, verb
        )
    if noun.dep_ != "nsubj":
        return None
    if verb.lemma_ == "be":
        # "the number of X troops in Y is about 9,000"
        number = next((c for c in verb.children if c.dep_ == "attr" and c.like_num), None)
        return (verb, number) if number is not None else None
    if verb.lemma_ in dlx.COUNT_CHANGE_VERBS:
        return _number_after(verb, dlx.COUNT_PREPOSITIONS)
    return None


def _number_after(head, prepositions, verb=None):
    """The verb and the number of 'at N' or 'to N' on the head (the verb, unless given)."""
    verb = verb if verb is not None else head
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in prepositions:
            continue
        for number in prep.children:
            if number.dep_ == "pobj" and (number.like_num or number.pos_ == "NUM"):
                return verb, number
    return None
