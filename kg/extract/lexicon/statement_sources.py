"""Words of the sources a statement is attributed to ('according to ...')."""

from __future__ import annotations

# Participles by whose agent a document is read, not written ('a draft agenda seen by X',
# 'a memo obtained by X', 'documents reviewed by X'): the agent is the outlet or reader
# that saw it, never who speaks in it.
READER_PARTICIPLES = frozenset(["see", "obtain", "review", "examine", "read", "view", "consult"])
# A person's entourage the text does not name ('an adviser to X', 'aides to X', 'a
# spokesman for X'): they speak for the state X acts for; the prepositions naming X.
ENTOURAGE_ROLES = frozenset(
    ["adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson"]
)
ENTOURAGE_PREPOSITIONS = frozenset(["to", "for"])
