"""Titles and honorifics the model or the name rules took for a name.

A title phrase ("Managing Director", "Chief Executive Officer", "Consul General", "Leader of
Opposition") names an office, never who holds it: the person in apposition to it or named
beside it is who acts, or, unnamed, the body or state the office serves (rules elsewhere
resolve those). The remit a title's "for" opens ("a Commissioner for | Political Affairs")
is no body either. A run of honorifics ("Datuk Seri", "Tan Sri") tagged as a person right
before the person's own name is no person: it leads that name.

Invariants: only words of the lexicon tables decide (kg.extract.lexicon.actors
TITLE_PHRASE_HEADS, TITLE_PHRASE_QUALIFIERS, TITLE_PHRASE_PREPOSITIONS, TITLE_PHRASE_REMITS,
TITLE_REMIT_HEADS, HONORIFIC_WORDS; a remit is read after a title's "for" only); a phrase with
any other word (a name, an organisation's word) is no title phrase; nothing here reads the
article beyond the entity and its parse.
"""

from __future__ import annotations

from kg.extract.lexicon import actors as lx


def _word(word: str) -> str:
    return word.lower().strip(".,'’\"“”")


def title_phrase(words: list[str]) -> bool:
    """Whether words are a title alone ("Managing Director", "Group Chief Executive Officer",
    "Consul General", "Leader of Opposition"): a title noun last before any preposition,
    only qualifiers before it, and after "of" only words that keep it an office."""
    words = [w for w in (_word(w) for w in words) if w]
    while words and words[0] == "the":
        words = words[1:]
    cut = next((n for n, w in enumerate(words) if w in lx.TITLE_PHRASE_PREPOSITIONS), len(words))
    title, rest = words[:cut], words[cut:]
    if not title or title[-1] not in lx.TITLE_PHRASE_HEADS:
        return False
    if not all(w in lx.TITLE_PHRASE_QUALIFIERS or w in lx.TITLE_PHRASE_HEADS for w in title):
        return False
    if len(title) == 1 and not rest:
        return False  # one word ("General", "Leader") may be a name or an office's alone
    return not rest or (rest[0] == "of" and all(w in lx.TITLE_PHRASE_REMITS for w in rest[1:]))


def title_remit(ent) -> bool:
    """'a Commissioner for | Political Affairs': a name the model tagged right after the
    "for" of a title, ending in a word of a field of work (the office's remit, no body
    that acts)."""
    root = ent.root
    if ent[-1].lower_ not in lx.TITLE_REMIT_HEADS:
        return False  # ('a spokesman for | X': the body the title serves)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "for" or prep.i != ent.start - 1:
        return False
    if ent[0].lower_ == "the":
        return False  # ('Minister for the Interior' names no remit kept apart)
    title = prep.head
    return title.i < prep.i and title.pos_ in ("NOUN", "PROPN") and _title_noun(title.text)


def _title_noun(text: str) -> bool:
    """A title's noun, hyphenated parts too ("Under-Secretary-General")."""
    parts = [p for p in _word(text).split("-") if p]
    return bool(parts) and parts[-1] in lx.TITLE_PHRASE_HEADS


def honorifics_alone(ent, following) -> bool:
    """'Datuk Seri | A B': a person entity of honorifics alone right before a person's name
    (the honorifics lead it; ``following`` is the entity after, or None)."""
    words = [_word(w) for w in ent.text.split()]
    return (
        ent.label_ == "PERSON"
        and following is not None
        and following.label_ == "PERSON"
        and following.start == ent.end
        and all(w in lx.HONORIFIC_WORDS for w in words)
    )


def without_honorifics_alone(ents: list) -> list:
    """The entities less each run of honorifics tagged as a person before a person's name."""
    return [
        e
        for n, e in enumerate(ents)
        if not honorifics_alone(e, ents[n + 1] if n + 1 < len(ents) else None)
    ]
