"""Bodies named in capitals whose name holds a place or a person ('according to the Lisbon
Institute of Trade Studies', 'the Kano County Board of Elections said'): the model often
tags only the city or the person inside the name, which would make the body's words its
state's or that person's. A phrase headed by a word for a body (lexicon
``statement_sources.PROPER_BODY_HEADS``), every word of it capitalised but the linking ones,
is the body itself, an organisation of its own (GUIDELINES: named bodies and think tanks)."""

from __future__ import annotations

from kg.extract.lexicon import statement_sources as lxsrc


def body_over_its_words(actors, noun, found: str | None) -> str | None:
    """The body a capitalised phrase headed by ``noun`` names, when the actor ``found`` for
    it is only a state or a person named by one of its words; else ``found``."""
    if found is None or actors.records[found].type not in ("Country", "Person"):
        return found
    words = _name_words(noun)
    if not words:
        return found
    keys = {k for t in words if t.i != noun.i and (k := actors.key_at(t))}
    if not keys or any(actors.records[k].type in ("Organization", "Group") for k in keys):
        return found  # the actor is no word of the name, or the model named a body in it
    doc = noun.doc
    return actors.organisation_named(doc[words[0].i : words[-1].i + 1].text)


def _name_words(noun) -> list:
    """The words of a body's proper name headed by a noun, if it is one: the head a body
    word in capitals, its modifiers before and its 'of'/'for' phrases after all capitalised
    (linking words aside), at least three words; else none."""
    if noun.lemma_.lower() not in lxsrc.PROPER_BODY_HEADS or not noun.text[:1].isupper():
        return []
    before = [
        t
        for c in noun.children
        if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod")
        for t in c.subtree
    ]
    after = [
        t
        for c in noun.children
        if c.i > noun.i and c.dep_ == "prep" and c.lower_ in lxsrc.PROPER_NAME_LINKS
        for t in c.subtree
    ]
    words = sorted([*before, noun, *after], key=lambda t: t.i)
    if len(words) < 3 or words[-1].i - words[0].i + 1 != len(words):
        return []
    if not all(
        t.text[:1].isupper() or t.lower_ in lxsrc.PROPER_NAME_LINKS or t.is_punct for t in words
    ):
        return []
    return words
