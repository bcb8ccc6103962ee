"""Words of meetings to come: the verbs and nouns by which a meeting is only sought, arranged
or talked of (proposed), the phrases that leave a meeting's date open, and the time words
that fix a time or do not.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it."""

from __future__ import annotations

# Verbs whose object is a meeting only sought ("requested a meeting with X", "seeks talks
# with Y"): proposed, whatever their tense.
SEEKING_VERBS = frozenset(["request", "seek", "propose", "suggest", "demand", "want"])
# Verbs of arranging a meeting: proposed while the arranging goes on ("working to arrange a
# meeting", "a call to be arranged", "talks are being organised"), not once done (nor
# "prepare": "spoke by phone to prepare the meeting" is of a meeting told already).
ARRANGING_VERBS = frozenset(["arrange", "organise", "organize", "broker"])
# Verbs with the preposition of a meeting sought ("asked for a meeting", "pushed for talks",
# "agreed in principle to talks").
SEEKING_PHRASAL_VERBS = frozenset(
    [
        ("ask", "for"),
        ("call", "for"),
        ("push", "for"),
        ("press", "for"),
        ("appeal", "for"),
        ("hope", "for"),
        ("lobby", "for"),
        ("agree", "to"),
    ]
)
# Nouns with the preposition of a meeting only talked of or hoped for ("talk of a
# summit", "a date for talks", "the prospect of talks", "a request for a call").
PROSPECT_NOUN_PHRASES = frozenset(
    [
        ("talk", "of"),
        ("speculation", "about"),
        ("speculation", "of"),
        ("prospect", "of"),
        ("possibility", "of"),
        ("idea", "of"),
        ("chance", "of"),
        ("hope", "for"),
        ("hope", "of"),
        ("request", "for"),
        ("proposal", "for"),
        ("date", "for"),
        ("push", "for"),
        ("bid", "for"),
    ]
)
# Adjectives by which a meeting's verb says only how likely it is ("a meeting with X is
# possible", "talks remain unlikely").
LIKELIHOOD_ADJECTIVES = frozenset(["possible", "unlikely", "uncertain", "unclear", "doubtful"])
# Words of a time expression that leave the time open ("later this year", "in the coming
# months", "at some point in the future", "soon", "the annual meeting").
UNFIXED_TIME_WORDS = (
    "year",
    "months",
    "future",
    "soon",
    "annual",
    "weekly",
    "monthly",
    "daily",
    "point",
    "eventually",
)
# Words of a time expression that fix its day, week or month ("next month", "later this week", "in
# the coming days", "on Thursday"; a number: "on March 10", "in two weeks"), not a month
# alone ("in March").
FIXING_TIME_WORDS = frozenset(
    """next this coming tomorrow tonight monday tuesday wednesday thursday friday saturday
    sunday weekend""".split()
)  # fmt: skip
# Prepositions of a span a meeting is to be held within, which fixes no time ("meet again
# within three months").
SPAN_PREPOSITIONS = frozenset(["within"])
# Words of a time gone by ("last week", "two days ago"): no time of a meeting to come.
PAST_TIME_WORDS = frozenset(["last", "ago", "earlier", "yesterday", "previous", "past"])
# Phrases by which a sentence says the time of a meeting to come is open ("though no
# date was given", "officials would not give a date"): with no time of its own, the
# meeting is proposed, not scheduled.
OPEN_DATE_PHRASES = (
    "no date",
    "no dates",
    "not give a date",
    "not set a date",
    "without a date",
    "date has not been",
    "date had not been",
    "date has yet to",
    "date is yet to",
)
# Verbs by which a plan is said to be still open when negated ("the trip has not been
# confirmed"), and what their subject must be for the open plan to be the meeting's: the
# meeting word itself, a word of a meeting or journey, its date, or "it"; "the toll has
# not been confirmed" leaves a meeting in the same sentence as it was.
UNSETTLED_VERBS = frozenset(["confirm", "finalise", "finalize"])
UNSETTLED_PLAN_SUBJECTS = frozenset(
    ["meeting", "talks", "summit", "visit", "trip", "call", "date", "it", "plan", "plans"]
)
