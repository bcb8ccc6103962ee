"""Needs met: 'the landlocked state's wish for a corridor to the coast could be met', 'the
demands were not met', 'to meet the conditions': "meet" said of a need, demand or
condition (its object, or the subject of its passive) is no meeting of anyone.

Invariants: only the verb "meet" (mlx.NEED_MEETING_VERBS); only a common noun of the fixed
set of needs (mlx.NEED_NOUNS) as its object or passive subject; nothing else of the clause
is read.
"""

from __future__ import annotations

from kg.extract.lexicon import meetings as mlx


def need_met(verb) -> bool:
    """Whether the verb "meet" is said of a need, demand or condition."""
    if verb.pos_ != "VERB" or verb.lemma_ not in mlx.NEED_MEETING_VERBS:
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() in mlx.NEED_NOUNS
        for c in verb.children
    )
