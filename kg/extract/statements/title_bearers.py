"""Title bearers: a name in apposition to a title or role subject that the model took for an
organisation's is the bearer's, and the bearer speaks.

"Head of the X city administration A B said", "the top US spy chief, DNI A B, told ...":
the parser hangs the name on the title in apposition and the model tags it an
organisation; the speaker is that name (GUIDELINES: a named person speaks), not the state
the title belongs to.

Invariants: only a subject that is a title or role word with no entity of its own; only a
name in apposition after it, tagged an organisation and resolved to one, of two or three
proper nouns whose last two are title-cased words of letters (no acronym) and none an
organisation's word; anything else returns None and leaves the subject as it was.
"""

from __future__ import annotations

from kg.extract import lexicon as lx


def bearer_taken_for_body(actors, subject) -> str | None:
    """The name in apposition to a title or role subject that the model tagged an
    organisation ('Head of X A B said'), when it is shaped like a person's name; or None."""
    if subject.ent_type_ or subject.lower_ not in lx.TITLE_OR_ROLE_WORDS:
        return None
    for child in subject.children:
        if child.dep_ != "appos" or child.ent_type_ != "ORG" or child.i <= subject.i:
            continue
        key = actors.key_at(child)
        if key is None or actors.records[key].type != "Organization":
            continue
        words = [t for t in child.subtree if t.i <= child.i and t.dep_ in ("compound", "appos")]
        if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" for t in words):
            continue
        last_two = [t.text for t in words[-2:]]
        if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in last_two):
            continue
        if any(t.lower_ in lx.ORGANISATION_WORDS for t in words):
            continue
        return key
    return None
