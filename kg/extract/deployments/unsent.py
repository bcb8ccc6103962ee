"""Agentless passive moves: a force a passive verb of moving moves with no one named as
mover ('reinforcements had been sent to the area', 'two battalions were moved to Y') is
the forces of the one state the text names as actor from the sentences just before it to
the force ('X's army said rebels attacked the base. A spokesman said reinforcements had
been sent to the area': X's). The state may be named by itself, its people's demonym, a
body or an official acting for it; a state named only as a place ('to X', 'the border
with Y'), a source that only reports, and a second state in that stretch leave the force
unowned.

Functions of the parse and the article's actors only; ``discourse`` takes the owner from a
deployment found before, this one from the states named before.
"""

from __future__ import annotations

from kg.extract.common import sentence_of
from kg.extract.deployments.discourse import demonym_state, side_of, window_start
from kg.extract.deployments.places import is_place
from kg.extract.deployments.sources import in_place_phrase, only_a_source
from kg.extract.lexicon import deployment_owners as olx


def agentless_move(trigger, force) -> bool:
    """Whether a verb of moving is a passive whose subject is the force (or the unit or
    amount the force is counted in) and that names no agent ('were sent', 'had been
    moved')."""
    top = force
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.i != top.i:
        top = top.head.head  # "two battalions of troops were moved": the unit
    if top.dep_ != "nsubjpass" or top.head.i != trigger.i or trigger.pos_ != "VERB":
        return False
    return not any(c.dep_ == "agent" for c in trigger.children)


def named_state_before(actors, force) -> str | None:
    """The one state named as actor (not as a place, not as a source only) from the start
    of the force's paragraph or the sentences just before it to the end of the force's
    sentence, or None when none or several are."""
    if force.lower_ in olx.FOREIGN_FORCE_NOUNS:
        return None  # "rebels", "militants": no state's own force
    doc = force.doc
    sentence = sentence_of(force)
    start = window_start(doc, sentence)
    keys, names = {}, set()
    for token in doc[: sentence.end]:
        if token.idx < start or in_place_phrase(token) or _of_a_place(token):
            continue
        key = actors.key_at(token)
        if key is None:
            # "Malian troops repelled ...": a state named by its people's demonym
            names.add(demonym_state(token))
            continue
        if only_a_source(actors, token, key):
            continue
        side = side_of(actors, key)
        if side is not None and actors.records[side].type == "Country":
            keys[actors.records[side].name] = side
            names.add(actors.records[side].name)
    names.discard(None)
    return keys.get(names.pop()) if len(names) == 1 else None


def _of_a_place(token) -> bool:
    """A word of what a place noun's preposition names ('the border with X', 'the side
    of Y'): a state named there is part of a place, no actor."""
    for node in [token, *token.ancestors]:
        if node.dep_ == "pobj" and node.head.head.pos_ == "NOUN" and is_place(node.head.head):
            return True
    return False
