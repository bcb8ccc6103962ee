"""Words shared by every extractor: quotation marks, dates, and lines of site furniture.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# Opening and closing marks. Scraped text mixes and reverses them, so pairing is by order.
QUOTE_MARKS = '"“”„‟«»'
SINGLE_QUOTE_MARKS = "‘’‚‛"

# Conjunctions of a condition ("would send troops if ...", "would meet X if ..."): what
# they govern has not happened.
CONDITION_MARKS = frozenset(["if", "unless"])
# The tags of a relative pronoun standing for its antecedent ("who", "which", "that").
RELATIVE_TAGS = frozenset(["WP", "WDT"])
# The possessive pronouns of a state, body or group, one or several ("the group said its
# delegation had met X", "X, in its daily update, said": X's update); a person's are "his"
# and "her" (statements.PERSON_POSSESSIVES), one body's alone "its"
# (statements.SINGLE_BODY_POSSESSIVES).
BODY_POSSESSIVES = frozenset(["its", "their"])


# ---------------------------------------------------------------- dates
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
# Words that put a weekday in the week after the article's date or before it ("next
# Monday", "last Friday"), found anywhere in the date's phrase.
NEXT_WEEKDAY = "next"
LAST_WEEKDAY = "last"

# ---------------------------------------------------------------- clutter
# Lines that are site furniture, not article text.
CLUTTER_PATTERNS = (
    r"^home\s*»",
    r"^leave a comment$",
    r"^this site uses akismet",
    r"^read more",
    r"^related:",
    r"^(photo|image|picture|credit):",
    r"^share this",
    r"^advertisement$",
    r"^subscribe",
    r"^sign up",
    r"^click here",
    r"newsletter promotion",
    r"^(privacy (notice|policy)|terms of (service|use))",
    # a box of related stories: their headlines and teasers, repeated across an outlet's pages
    r"^other topics of interest\b",
    r"^read also\b",
    r"^watch:",
)

# ---------------------------------------------------------------- line openers
# The dashes that close a dateline or a live blog's timestamp before a line's first
# sentence ("CITY, 3 May (Agency) – ...", "10:42 GMT — ..."); "--" is the typewriter's one.
OPENER_DASHES = ("—", "–", "--", "-")
# Marks that end the sentence a line opener starts (kg.line_openers).
SENTENCE_ENDS = frozenset([".", "!", "?"])
# Time zones a live blog's timestamp names ("09:15 GMT —"): a clock's word, never an actor.
TIME_ZONES = frozenset(
    """
    gmt utc bst cet cest eet eest wet west msk ist pkt jst kst hkt sgt aest aedt nzst nzdt
    est edt cst cdt mst mdt pst pdt ast art brt clt eat cat wat sast irst gst trt
    """.split()
)  # fmt: skip
# At most this many characters before a dateline's dash ("PORT-AU-PRINCE, Haiti, 12 March
# (Agency)"): a longer run before a dash is a sentence's own aside.
DATELINE_MAX_CHARS = 70
