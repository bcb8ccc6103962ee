"""Craft keeping watch: a ship or aircraft that shadows, tracks or monitors another, or
shoots one down, operates where it does so (GUIDELINES: forces operating in a
place are deployments there), whether it is the verb's subject ('two X frigates shadowed the
Y ships near Z') or the agent of its passive ('the Y frigate has been shadowed by X vessels',
'the drones were shot down by X aircraft over Z'). The place is the verb's, else the
watching craft's own, else the watched craft's; else none is given. Read by ``presence``
(the reading) and ``facts`` (a craft that shoots another down is not thereby only
striking)."""

from __future__ import annotations

from kg.extract.common import has_particle
from kg.extract.deployments.places import is_place, location_of
from kg.extract.deployments.ships import prefix_state
from kg.extract.lexicon import deployments as dlx


def _craft(force) -> bool:
    """A ship or aircraft, by its noun or its navy's prefix ('HMAS X')."""
    return force.lower_ in dlx.CRAFT_NOUNS or prefix_state(force) is not None


def _watched_place(token) -> bool:
    """'the border', 'the X Strait': a place watched, not a craft (a ship's name the model
    tags as no place, or with its kind: 'the frigate X')."""
    if _names_craft(token):
        return False
    named = token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "LOC", "FAC")
    return named or (token.pos_ == "NOUN" and is_place(token))


def _names_craft(token) -> bool:
    """'the X frigate Y': a ship's name with its kind, which the model may take for a place."""
    return any(_craft(t) for t in token.subtree)


def _watching_verb(verb) -> bool:
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_ in dlx.WATCHING_VERBS:
        return True
    return verb.lemma_ in dlx.DOWNING_VERBS and has_particle(verb, dlx.DOWNING_VERBS[verb.lemma_])


def _watcher_verb(force):
    """The watching verb whose subject or passive agent the craft is (a later conjunct of
    listed craft through the first: 'the frigate X and the tanker Y have been shadowing'), or
    None."""
    top = force
    while top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ in ("NOUN", "PROPN"):
        top = top.head
    if top.dep_ == "nsubj" and _watching_verb(top.head):
        verb = top.head
        # ("the bombers were tracked": a passive watches the subject, it does not watch)
        if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return verb
        return None
    by = top.head
    # "shot down by X jets and by Y aircraft": the second agent is the first's conjunct
    while by.dep_ == "conj" and by.head.i != by.i and by.head.lower_ == "by":
        by = by.head
    if top.dep_ == "pobj" and by.dep_ == "agent" and _watching_verb(by.head):
        # ("the border is monitored by X warships": a place watched from anywhere says
        # nothing of where the watcher is)
        watched = [c for c in by.head.children if c.dep_ == "nsubjpass"]
        if not any(_watched_place(w) for w in watched):
            return by.head
    return None


def watching_place(force):
    """(verb, place or None) for a craft that watches or downs another, or None."""
    if not _craft(force):
        return None
    verb = _watcher_verb(force)
    if verb is None:
        return None
    # ("shot down by X aircraft over Y": the place may hang on the craft)
    place = location_of(verb, verb, places_only=True) or location_of(force, force, True)
    for watched in verb.children:
        if place is None and watched.dep_ in ("dobj", "nsubjpass"):
            place = location_of(watched, watched, places_only=True)
    return verb, place


def downing_craft(verb, force) -> bool:
    """'X jets shot down two drones over Y': the craft that downs another is not striking
    only but where it flies (the downed one is a loss)."""
    if not _craft(force):
        return False
    watcher = _watcher_verb(force)
    return watcher is not None and verb.i == watcher.i
