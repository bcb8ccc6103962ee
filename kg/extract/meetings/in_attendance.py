"""Others present at a meeting told by its verb: 'A met B in C, with D and E also in
attendance', 'A met B on Monday, with D also present'. Those the absolute "with" clause
names are at the same meeting: one meeting of all, not a talk of A with each.

Invariants: only a clause on the meeting verb itself whose word says presence
(mlx.PRESENCE_WORDS: "present", or "in attendance"), introduced by "with" (a preposition
or a marker); the phrases returned are that clause's subjects and their conjuncts, or,
with none, the people a "with" of the verb just before the clause names.
"""

from __future__ import annotations

from kg.extract.common import conjunct_chain
from kg.extract.lexicon import meetings as mlx


def in_attendance(verb) -> list:
    """The subjects of a "with ... also present/in attendance" clause on the verb."""
    if verb.pos_ != "VERB":
        return []
    found = []
    for child in verb.children:
        words = [child, *(c for c in child.children if c.dep_ == "pobj")]
        if not any(w.lower_ in mlx.PRESENCE_WORDS for w in words):
            continue
        subjects = [c for c in child.children if c.dep_ == "nsubj"]
        if subjects and _with_before(verb, child):
            for subject in subjects:
                found += [subject, *conjunct_chain(subject)]
        elif not subjects:
            # "with A and B also in attendance", the people hung on a "with" of the verb
            found += _people_with(verb, child)
    return found


def _people_with(verb, clause) -> list:
    """The people a "with" of the verb, just before the clause of presence, names (its
    object, their conjuncts and the names set beside them)."""
    found = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i > clause.i:
            continue
        if any(
            t.i > prep.i and t.i < clause.i and t.dep_ == "prep" and t.head.i == verb.i
            for t in verb.children
        ):
            continue  # another phrase of the verb between them
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for member in [obj, *conjunct_chain(obj)]:
                found += [
                    t
                    for t in [member, *(c for c in member.children if c.dep_ == "appos")]
                    if t.ent_type_ == "PERSON"
                ]
    return found


def _with_before(verb, clause) -> bool:
    """'with D also present': a "with" (marker, or a preposition the parser hung the rest
    under) opens the clause, after the verb."""
    start = min(t.i for t in clause.subtree)
    doc = verb.doc
    return any(doc[i].lower_ == "with" for i in range(max(verb.i + 1, start - 1), start + 1))
