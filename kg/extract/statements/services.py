"""Armed services named before a bare institution noun: "In a brief statement, the IDF
said ... The military said ..." gives the named service, not its state.

Invariants: only a noun of ``ARMED_SERVICE_NAME_PHRASES`` standing alone ('the military',
not 'the Gabonese military'); only an organisation (an armed group is no state's service)
whose names, or the gazetteer's for it, hold a phrase of that noun's service; only one
that was a subject by its name (not 'an IDF soldier'), outside quotation marks, in the
sentence of the noun or the one before it (a paragraph break between them allowed, as after
a heading); the last such one."""

from __future__ import annotations

import re

from kg.extract.common import sentences_back_start
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.subjects import subject_tokens
from kg.gazetteer import gazetteer


def named_service_before(actors, noun) -> str | None:
    """The armed service a bare 'the military' or 'the army' points back to, or None."""
    phrases = lxs.ARMED_SERVICE_NAME_PHRASES.get(noun.lower_)
    if phrases is None:
        return None
    doc = noun.doc
    start = sentences_back_start(noun, 1)
    found = None
    for token in doc[start : noun.i]:
        if token.dep_ not in ("nsubj", "nsubjpass") or actors.in_quote(token.idx):
            continue
        if token.pos_ != "PROPN":
            continue  # ('an IDF soldier was killed, the army said': a soldier, no service)
        key = actors.resolve(subject_tokens(token), before=token.i + 1)
        if key and _service_of(actors, key, phrases):
            found = key
    return found


def _service_of(actors, key: str, phrases) -> bool:
    """Whether an organisation's names are those of an armed service of that kind."""
    record = actors.records[key]
    if record.type != "Organization":
        return False
    entry = gazetteer().lookup(record.name)
    names = [record.name, *record.aliases, *(entry.aliases if entry is not None else ())]
    if entry is not None:
        names.append(entry.name)
    text = " " + " ".join(re.findall(r"[a-z]+", " ".join(names).lower())) + " "
    return any(f" {phrase} " in text for phrase in phrases)
