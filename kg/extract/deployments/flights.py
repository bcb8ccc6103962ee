"""Craft in flight: 'Zambian drones were circling over the valley', 'X drones were seen
flying near Y', 'drones hovering above Z'. A drone is a force only at work (its own flight
over or near a place, or its flight that a verb of sighting reports); a drone named
anywhere else (delivered, built, fired, shot down) stays what the qualifier tables make it.
Invariant: a munition's flight is a strike (``facts``), and a drone that strikes is none."""

from __future__ import annotations

from kg.extract.lexicon import deployment_activity as alx
from kg.extract.lexicon import deployment_places as plx


def flying_craft(token) -> bool:
    """Whether a craft noun of no force of its own ('drones') flies: the subject of a verb
    of flight, or the passive subject of a verb of sighting whose participle is one ('were
    detected flying close to X')."""
    if token.lower_ not in alx.FLYING_CRAFT_NOUNS or token.pos_ != "NOUN":
        return False
    verb = token.head
    if token.dep_ == "nsubj" and verb.lemma_ in alx.KEEPING_VERBS:
        return any(c.dep_ == "xcomp" and _flight(c, kept=True) for c in verb.children)
    if token.dep_ == "nsubj":
        return _flight(verb)
    if token.dep_ == "nsubjpass" and verb.lemma_ in alx.FLIGHT_SIGHTING_VERBS:
        return any(c.dep_ in ("xcomp", "advcl", "ccomp") and _flight(c) for c in verb.children)
    return False


def _flight(verb, kept: bool = False) -> bool:
    """A verb of flight in its own right (not an infinitive of purpose: 'to fly', unless
    ``kept``: 'continued to fly'): hovering, circling or patrolling anywhere, flying only
    over or about a place, not toward a goal."""
    if verb.pos_ != "VERB" or verb.lemma_ not in alx.FLIGHT_VERBS:
        return False
    if not kept and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.lemma_ != "fly":
        return True  # ("drones patrolled the border", "hovered over X")
    if any(c.dep_ == "prep" and c.lower_ in alx.OVERFLIGHT_PREPOSITIONS for c in verb.children):
        return True
    # "flying close to X" (not "flew to X", a goal): the preposition on an adverb of nearness
    near = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in plx.APPROACH_ADVERBS]
    return any(g.dep_ == "prep" for c in near for g in c.children)
