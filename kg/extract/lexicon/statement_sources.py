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
# Heads of a body's proper name that may hold a place's or a person's name among its words
# ('the Lisbon Institute of Trade Studies', 'the Kano County Board of Elections'): named in
# capitals, such a phrase is the body (GUIDELINES: named bodies and think tanks are their
# own organisation), not the state of the city or the person its name holds.
PROPER_BODY_HEADS = frozenset(
    """
    institute institution centre center council bureau agency commission chamber
    foundation observatory society association federation academy university board
    """.split()
)  # fmt: skip
# Words of a body's proper name that may stay in lower case ('Institute of Trade Studies').
PROPER_NAME_LINKS = frozenset(["of", "for", "on", "and", "the", "&"])
# One unnamed source inside an office ('according to an aide in his office'), and the
# prepositions placing it there.
OFFICE_SOURCE_NOUNS = frozenset(["source", "official", "aide"])
OFFICE_SOURCE_PREPOSITIONS = frozenset(["in", "at", "from", "within"])
