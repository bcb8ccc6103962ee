"""A body that spoke just before, named again by the word its name closes on: "Norway's
Northern Command said on Monday that ... The command's press office said ...", "Chile's
Southern Naval Zone said ... The zone added ...". The name the first sentence gives may be
one the actor rules made of the owner and the body ('Norway Northern Command') when its
subject was read, with no mention of it in the text to find it by; the speech verb that
named it is what points back.

Invariants: only a speech verb's subject in the same sentence or the ``BODY_SPOKE_BACK``
sentences before, read as exactly one Organization or Group, whose name (or an alias) ends
with the noun; the nearest such subject wins. Anything else is None."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import sentences_back_start
from kg.gazetteer import fold

# How many sentences back a body's own speech may be pointed to by its noun alone.
BODY_SPOKE_BACK = 2


def body_that_spoke(actors, noun, speakers_of) -> str | None:
    """The Organization or Group that was last a speech verb's subject, shortly before
    ``noun``, whose name ends with it ('the fleet': 'Russia Pacific Fleet'), else None.
    ``speakers_of(verb)`` gives a verb's subject actors."""
    wanted = fold(noun.lemma_)
    if not wanted:
        return None
    doc = noun.doc
    busy = doc.user_data.setdefault("kg_body_spoke_busy", set())
    if busy:
        return None  # (asked while reading another subject back: no chains of them)
    busy.add(noun.i)
    try:
        return _nearest_body(actors, noun, wanted, speakers_of)
    finally:
        busy.discard(noun.i)


def _nearest_body(actors, noun, wanted: str, speakers_of) -> str | None:
    doc = noun.doc
    start = sentences_back_start(noun, BODY_SPOKE_BACK)
    for verb in reversed(doc[start : noun.i]):
        if verb.lemma_ not in lx.SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        keys = speakers_of(verb)
        if len(keys) != 1:
            continue
        record = actors.records[keys[0]]
        if record.type not in ("Organization", "Group"):
            continue
        names = [fold(n).split() for n in (record.name, *record.aliases)]
        if any(words[-1:] == [wanted] for words in names):
            return keys[0]
    return None
