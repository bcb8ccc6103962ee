"""Title bearers: a name in apposition to a title or role subject that the model took for an
organisation's is the bearer's, a person, and the bearer speaks.

"Head of the X city administration A B said", "the top US spy chief, DNI A B, told ...",
"The Commission chairperson, A B C, hailed ...": the parser hangs the name on the title in
apposition and the model tags it an organisation; the name is a person's (its record is
retyped a Person, so that a 'he' after it points back to it) and the speaker is that person
(GUIDELINES: a named person speaks), not the state or body the title belongs to.

Invariants: only a subject that is a title or role word with no entity of its own; only a
name in apposition after it, tagged an organisation, of two or three proper nouns, whose
record has a person's shape by :meth:`PersonMentions.person_taken_for_body` (the one test of
that shape, shared with a name a pronoun points back to); anything else returns None and
leaves the subject and the record as they were.
"""

from __future__ import annotations

from kg.extract.lexicon import actors as lx


def bearer_taken_for_body(actors, subject) -> str | None:
    """The person a title or role subject names that the model tagged an organisation
    ('Head of X, A B, said', 'Head of X A B said'), retyped a Person; or None."""
    for name in _titled_names(subject):
        key = actors.key_at(name)
        if key is None:
            continue
        words = [
            t for t in name.subtree if t.i == name.i or (t.i < name.i and t.dep_ == "compound")
        ]
        if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" for t in words):
            continue
        # (retyped when the article's actors were read: a Person by now)
        if actors.records[key].type == "Person" or actors.person_taken_for_body(key):
            return key
    return None


def _titled_names(subject) -> list:
    """The names tagged an organisation that bear a subject's title: in apposition after a
    title or role word with no entity of its own ('Head of X, A B, said'), or the subject
    itself when the parser hung the title before it on the name ('Head of X A B said' with
    A B the subject)."""
    if not subject.ent_type_ and subject.lower_ in lx.TITLE_OR_ROLE_WORDS:
        return [
            c
            for c in subject.children
            if c.dep_ == "appos" and c.ent_type_ == "ORG" and c.i > subject.i
        ]
    titled = any(
        c.dep_ in ("nmod", "compound")
        and c.i < subject.i
        and not c.ent_type_
        and c.lower_ in lx.TITLE_OR_ROLE_WORDS
        for c in subject.children
    )
    return [subject] if subject.ent_type_ == "ORG" and subject.pos_ == "PROPN" and titled else []


def title_bearers_taken_for_bodies(actors, doc) -> None:
    """Retype a Person each name the model took for an organisation's that bears the title
    a subject names (``bearer_taken_for_body``)."""
    for token in doc:
        if token.dep_ in ("nsubj", "nsubjpass"):
            bearer_taken_for_body(actors, token)
