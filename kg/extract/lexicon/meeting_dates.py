"""Words of a meeting's date: days told from another ('three days later'), the article's own
day, dates too vague to resolve, and how far back a day may be carried.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it."""

from __future__ import annotations

# A paragraph opening with a weekday and a dash, colon or comma ("Tuesday – X was in
# Kyiv.", "On Monday, ..."): the day of the meetings told in it that give none of their own.
WEEKDAY_LEAD = r"^\s*(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*[-–—:,]"
# Times of the article's own day ("my visits this morning"): a journey then is of that day.
SAME_DAY_WORDS = frozenset(["today", "this morning", "this afternoon", "this evening", "tonight"])
# A day told from the date before it ("three days later", "the next day", "a week
# earlier"): the words of the distance, and those of its direction, in days.
RELATIVE_DAY_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
RELATIVE_DAY_DIRECTIONS = {"later": 1, "after": 1, "next": 1, "following": 1, "earlier": -1,
                           "before": -1, "previous": -1, "same": 0}  # fmt: skip
RELATIVE_DAY_COUNTS = {"a": 1, "an": 1, "the": 1, "that": 1, "one": 1, "two": 2, "three": 3,
                       "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                       "ten": 10}  # fmt: skip
# Units shorter than a day ("hours later", "two hours earlier", "minutes after"): with a
# direction and less than a day's count, the day told before.
SAME_DAY_UNITS = frozenset(["hour", "hours", "minute", "minutes"])
HOURS_IN_DAY = 24
# Words right before "day" by which it is the day told before ("later that day", "earlier
# the same day", "later in the day").
SAME_DAY_MARKS = frozenset(["that", "same", "in the"])
# Verbs by which a meeting noun, their subject, happens ("the call took place on Monday",
# "the talks, held on Tuesday, lasted three hours", "the meeting began on Friday"): a date
# on the verb is the meeting's own.
OCCURRING_VERBS = frozenset(
    """take happen occur hold last begin start open end conclude close resume come""".split()
)  # fmt: skip
# Verbs by which a meeting noun, their subject, begins ("the four-day meeting, which began
# on June 10", "the talks opened on Monday"): a meeting of several days is dated by its
# first, even when told before by the day it ended.
BEGINNING_VERBS = frozenset(["begin", "start", "open", "kick", "commence"])
# Relative adverbs of a clause told at a journey's place ("flew to X on Monday, where he
# met Y"): the meeting is of the journey's day.
PLACE_RELATIVES = frozenset(["where"])
# How far back (in tokens) the date a relative day is told from may stand.
RELATIVE_DAY_REACH = 150
# Words of a date too vague to resolve ("last month", "in December", "earlier this year",
# "in 2019"): on the meeting's own verb, they say the day is not told, whatever other
# date the sentence gives ("said on Tuesday that he met X last month").
VAGUE_DATE_WORDS = frozenset(
    """last earlier this past previous recently month week year weekend ago spring summer
    autumn fall winter""".split()
)  # fmt: skip
# Words that put a meeting at another time than the sentence before ("He had met Y
# before", "He previously met Y"): no day carried over.
OTHER_TIME_WORDS = frozenset(
    """before previously earlier once already ago since recently formerly never ever""".split()
)  # fmt: skip
# How many sentences back the day of the person holding a meeting told with no time may be
# found, over sentences with no date ("X said in Riga on Wednesday ... X said ...
# Speaking at a news conference with Y, X added").
DATED_SENTENCE_REACH = 3
# Words that put a date before or after a meeting, not on it ("since ... on 24 February").
NOT_MEETING_DATE_WORDS = frozenset(["since", "until", "till", "before", "after", "ago"])
# Verbs of arriving: "Kishida arrived in Kyiv on Tuesday" dates the visit just reported.
ARRIVAL_VERBS = frozenset(["arrive"])
# Prepositions by which a meeting noun is the way a verb of meeting was done ("spoke
# separately by phone with A and B on Friday"): the verb's date is the noun's.
MANNER_PREPOSITIONS = frozenset(["by", "over", "via"])
# Words of an expected arrival or event told in the past of reported speech ("was due in X
# on Thursday", "was expected in X on Friday"): the day is still to come, not the one before.
EXPECTED_WORDS = frozenset(["due", "expected"])
