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
# A state's executive office named without its state ('the presidential palace said',
# 'according to the Presidency'): head nouns, and the one modifier a head needs ('palace'
# and 'office' only as 'presidential'; 'presidency' alone).
STATE_OFFICE_HEADS = {"presidency": frozenset(), "palace": frozenset(["presidential"])}
STATE_OFFICE_HEADS["office"] = STATE_OFFICE_HEADS["palace"]
# Unnamed people of such an office ('a spokesman for the presidential office', 'a source in
# the presidency'), and the prepositions placing them there.
STATE_OFFICE_PEOPLE = frozenset("official spokesman spokeswoman spokesperson source aide".split())
STATE_OFFICE_PREPOSITIONS = frozenset(["for", "in", "at", "from", "of"])
# Unnamed people of a ministry named by that word alone ('a ministry official said',
# 'a ministry spokeswoman said', 'according to ministry sources'): the ministry that spoke
# or was named last before them (GUIDELINES: unnamed officials of a named body speak for it).
MINISTRY_WORDS = frozenset(["ministry"])
MINISTRY_PEOPLE = frozenset("official spokesman spokeswoman spokesperson source".split())
