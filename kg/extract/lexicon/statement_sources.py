"""Words of the sources a statement is attributed to ('according to ...')."""

from __future__ import annotations

# Participles by whose agent a document is read, not written ('a draft agenda seen by X',
# 'a memo obtained by X', 'documents reviewed by X'): the agent is the outlet or reader
# that saw it, never who speaks in it.
READER_PARTICIPLES = frozenset(["see", "obtain", "review", "examine", "read", "view", "consult"])
