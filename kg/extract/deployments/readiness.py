"""Forces readied for a place: 'placed 2,000 troops on standby for the Middle East', 'has
put its 2nd Brigade on prepare-to-deploy orders for Europe'. The place they are readied
for is where they may go, a possible move (GUIDELINES: standby is possible)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.deployments.facts import deployment_of
from kg.extract.deployments.forces import force_under
from kg.extract.deployments.place_wording import place_phrase
from kg.extract.deployments.places import (
    definite,
    is_infinitive,
    is_place,
    location_of,
)
from kg.extract.lexicon import deployments as dlx


def readied_for_place(doc, article, actors, verb, covered) -> list:
    """The deployments of the forces a verb of readying puts on alert for a place."""
    if verb.lemma_ not in dlx.READYING_VERBS or verb.pos_ != "VERB":
        return []
    location = _readied_place(verb)
    if location is None:
        return []
    out = []
    for obj in verb.children:
        force = force_under(obj) if obj.dep_ == "dobj" else None
        if force is None or force.i in covered:
            continue
        deployment = deployment_of(doc, article, actors, verb, force, location)
        if deployment is not None:
            covered.add(force.i)
            out.append(replace(deployment, modality="possible"))
    return out


def _readied_place(verb) -> str | None:
    """'on standby for X', 'on prepare-to-deploy orders for X', 'on standby to deploy to
    X': the place of the "for", or of the move, on the state of readiness."""
    for state in _states(verb):
        # "on standby to deploy to X": the parser hangs the move on the state or the verb
        for purpose in [*state.children, *(c for c in verb.children if c.i > state.i)]:
            if purpose.dep_ == "prep" and purpose.lower_ == "for":
                for place in purpose.children:
                    if place.dep_ == "pobj" and is_place(place) and definite(place):
                        return place_phrase(place)
            moving = purpose.lemma_ in lx.DEPLOYMENT_VERBS or purpose.lemma_ in lx.ADVANCE_VERBS
            if purpose.dep_ in ("advcl", "acl", "xcomp") and is_infinitive(purpose) and moving:
                found = location_of(purpose, purpose, places_only=True)
                if found is not None:
                    return found
    return None


def _states(verb):
    """The states of readiness on a verb: the object of its "on" ('on standby'), or the
    word the parser took for an adverb ('on standby to deploy')."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "on":
            yield from (
                s
                for s in child.children
                if s.dep_ == "pobj" and s.lemma_.lower() in dlx.READINESS_NOUNS
            )
        elif child.dep_ in ("advcl", "dep", "advmod") and child.lower_ in dlx.READINESS_NOUNS:
            yield child
