"""Others present at a meeting told by its verb: 'A met B in C, with D and E also in
attendance', 'A met B on Monday, with D also present'. Those the absolute "with" clause
names are at the same meeting: one meeting of all, not a talk of A with each.

Invariants: only a clause on the meeting verb itself whose word says presence: the
adjective "present" (mlx.PRESENCE_ADJECTIVES; not the verb of 'to present the plan', not
the noun of 'at present') or "in attendance" (mlx.ATTENDANCE_NOUNS as the object of "in"),
introduced by "with" (a preposition or a marker just before the clause, or a "with" of the
verb whose phrase the clause follows); the phrases returned are that clause's subjects and
their conjuncts, or, with none, the people that "with" of the verb names.
"""

from __future__ import annotations

from kg.extract.common import conjunct_chain
from kg.extract.lexicon import meetings as mlx

# The roles of "present" as an adjective on the verb ('with D also present').
_PRESENCE_DEPS = frozenset(["acomp", "advcl", "amod"])


def in_attendance(verb) -> list:
    """The subjects of a "with ... also present/in attendance" clause on the verb."""
    if verb.pos_ != "VERB":
        return []
    found = []
    for child in verb.children:
        if not _says_presence(child) or not _with_before(verb, child):
            continue
        subjects = [c for c in child.children if c.dep_ == "nsubj"]
        for subject in subjects:
            found += [subject, *conjunct_chain(subject)]
        if not subjects:
            # "with A and B also in attendance", the people hung on a "with" of the verb
            found += _people_with(verb, child)
    return found


def _says_presence(child) -> bool:
    """'present' as an adjective (the tagger may call it a verb, but then it has no object
    and no "to"), or 'in attendance'."""
    if child.lower_ in mlx.PRESENCE_ADJECTIVES:
        if child.dep_ not in _PRESENCE_DEPS:
            return False
        return child.pos_ == "ADJ" or not any(c.dep_ in ("dobj", "aux") for c in child.children)
    return (
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(c.dep_ == "pobj" and c.lower_ in mlx.ATTENDANCE_NOUNS for c in child.children)
    )


def _people_with(verb, clause) -> list:
    """The people a "with" of the verb, just before the clause of presence, names (its
    object, their conjuncts and the names set beside them)."""
    found = []
    for prep in _withs_before(verb, clause):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for member in [obj, *conjunct_chain(obj)]:
                found += [
                    t
                    for t in [member, *(c for c in member.children if c.dep_ == "appos")]
                    if t.ent_type_ == "PERSON"
                ]
    return found


def _withs_before(verb, clause) -> list:
    """The "with" prepositions of the verb before the clause with no other phrase of the
    verb between them."""
    return [
        prep
        for prep in verb.children
        if prep.dep_ == "prep"
        and prep.lower_ == "with"
        and prep.i < clause.i
        and not any(prep.i < t.i < clause.i and t.dep_ == "prep" for t in verb.children)
    ]


def _with_before(verb, clause) -> bool:
    """'with D also present': a "with" (marker, or a preposition the parser hung the rest
    under) opens the clause, after the verb; or the clause follows the phrase of a "with"
    of the verb ('with D and E also in attendance')."""
    start = min(t.i for t in clause.subtree)
    doc = verb.doc
    if any(doc[i].lower_ == "with" for i in range(max(verb.i + 1, start - 1), start + 1)):
        return True
    return any(
        all(doc[i].pos_ == "ADV" for i in range(max(t.i for t in prep.subtree) + 1, start))
        for prep in _withs_before(verb, clause)
    )
