"""A body that spoke just before, named again by the word its name closes on: "Bolivia's
Eastern Naval District said its boats had sailed ... The district's press office added ...". The
name the first sentence gives may be one the actor rules made of the owner and the body
('Bolivia Eastern Naval District') when its subject was read, with no mention of it in the
text to find it by; the speech verb that named it is what points back.

Invariants: only a noun for a body (``SPOKEN_BODY_HEADS``: 'the command', 'the zone', 'the
district', ...) points back, to a speech verb's subject outside quotations in the same
sentence or the ``BODY_SPOKE_BACK`` sentences before, read (with no antecedents of its own)
as exactly one Organization or Group whose name (or an alias) closes on the noun
(``name_closes_on``); the nearest such subject wins. Anything else is None."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.organisations import name_closes_on
from kg.extract.common import sentences_back_start
from kg.extract.lexicon import statement_bodies as lxb
from kg.extract.statements.named_bodies import BODY_TYPES
from kg.gazetteer import fold

# How many sentences back a body's own speech may be pointed to by its noun alone.
BODY_SPOKE_BACK = 2


def body_that_spoke(actors, noun, speakers_of) -> str | None:
    """The Organization or Group that was last a speech verb's subject, shortly before
    ``noun``, whose name closes on it ('the district': 'Bolivia Eastern Naval District'),
    else None. ``speakers_of(verb)`` gives a verb's subject actors and must not point back
    itself (the caller reads subjects without antecedents)."""
    lemma = noun.lemma_.lower()
    wanted = fold(lemma)
    if lemma not in lxb.SPOKEN_BODY_HEADS or not wanted:
        return None
    doc = noun.doc
    start = sentences_back_start(noun, BODY_SPOKE_BACK)
    for verb in reversed(doc[start : noun.i]):
        if verb.lemma_ not in lx.SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if actors.in_quote(verb.idx):
            continue  # (a verb someone quoted is no one's speech here)
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        keys = speakers_of(verb)
        if len(keys) != 1 or actors.records[keys[0]].type not in BODY_TYPES:
            continue
        if name_closes_on(actors.records[keys[0]], [wanted]):
            return keys[0]
    return None
