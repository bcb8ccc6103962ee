"""Words of a meeting's mode and status: the cues that fix them, the verbs and auxiliaries of
a meeting to come, wished for or cancelled, and the clauses of other events whose words are not
the meeting's.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it."""

from __future__ import annotations

# Words in the sentence that fix the mode, strongest first.
MODE_CUES = (
    (
        "video",
        (
            "videoconference",
            "video conference",
            "video call",
            "video link",
            "virtual",
            "virtually",
            "video-conference",
            "by video",
            "videolink",
            "zoom",
            # "held talks via video conferencing", "a video summit", "met via video"
            "video conferencing",
            "videoconferencing",
            "video-conferencing",
            "via video",
            "video summit",
            "video meeting",
            "video talks",
            "video conversation",
            "video chat",
        ),
    ),
    # a call paid on someone is a visit ("paid a courtesy call on the president")
    (
        "in_person",
        ("courtesy call", "courtesy calls", "paid a call", "pay a call", "paying a call"),
    ),
    ("phone", ("phone", "telephone", "call", "phoned", "calls", "telephoned")),
    # weaker than the cues above ("online" may be said of something else), stronger than
    # the place words below ("an online summit")
    ("video", ("online",)),
    (
        "in_person",
        (
            "in person",
            "visit",
            "visited",
            "visits",
            "visiting",
            "summit",
            "hosted",
            "traveled to",
            "travelled to",
            "flew to",
            "arrived in",
            # "during a trip to X, ... held talks with Y"; "also in town was X, who met Y"
            "trip to",
            "in town",
            "in-person",
            "face-to-face",
            "alongside",
            "personal meeting",
            # a meeting on the sidelines of a gathering is had there
            "on the sidelines",
            "on the sideline",
            "on the margins of",
            "on the margin of",
            "met in",
            "meet in",
            # a handshake is only had in person
            "handshake",
            "shook hands",
            "shaking hands",
            "shook his hand",
            "shaking his hand",
            "shook her hand",
            "shaking her hand",
        ),
    ),
)
# Mode cues that are also words of degree ("virtually impossible"): cues only on the
# meeting word or the verb it hangs on ("met virtually", "a summit held virtually").
ATTACHED_MODE_CUES = frozenset(["virtually"])
# Verbs (lemmas) among the cues that are also verbs of naming ("what he calls his peace
# missions"): cues only as the meeting word or the verb it hangs on ("X called Y").
ATTACHED_MODE_VERBS = frozenset(["call"])
# Words that fix the status, strongest first.
STATUS_CUES = (
    (
        "cancelled",
        (
            "cancel",
            "cancelled",
            "canceled",
            "called off",
            "postpone",
            "postponed",
            "scrapped",
            # "the visit ... was on hold for now": not to take place as planned
            "on hold",
        ),
    ),
    (
        "proposed",
        (
            "propose",
            "proposed",
            "requested",
            "called for",
            "invite",
            "invited",
            "offer",
            "offered",
            # "ready to meet X", "was ready to host talks between A and B": offered (not
            # "ready to resume talks", said of talks stalled, whose parties are not told)
            "ready to meet",
            "prepared to meet",
            "willing to meet",
            "ready to host",
            "prepared to host",
            "willing to host",
            "ready to hold",
            "prepared to hold",
            "willing to hold",
            # "said he was open to talks with X": a willingness, not talks held
            "open to",
            "could meet",
            "possible",
            "possibility",
            "potential",
            "being prepared",
            "preparing",
            "would like",
            "want to meet",
            "suggested",
            "plan to",
            "plans to",
            "planning to",
            "planned",
            # "were supposed to meet": planned, whether or not it took place
            "supposed to",
            # "hopes to meet X soon", "is considering a visit to X": wished for, not fixed
            "hope to",
            "hopes to",
            "hoping to",
            "considering a visit",
            "considering a trip",
            "considering a meeting",
            "considering talks",
            "considering visiting",
            "considering meeting",
            # "look forward to meeting X shortly": wished for
            "look forward to",
            "looks forward to",
            "looking forward to",
            "looked forward to",
            # "a visit by an X delegation was under consideration": talked of, not fixed
            "under consideration",
        ),
    ),
    (
        "scheduled",
        (
            "scheduled",
            "will meet",
            "will hold",
            "will speak",
            "will travel",
            "is to",
            "are to",
            "set to",
            "due to",
            "expected to",
            # "is expected in Brussels on Friday for talks", "is due in Beijing for talks"
            # (the words the talks hang on: "expected ... for talks")
            "expected for",
            "due for",
            "soon",
            "tomorrow",
            "next week",
            "upcoming",
            "to be held",
            "will visit",
            "will host",
            # "talks are set for Friday", "are slated to meet"
            "set for",
            "slated",
        ),
    ),
)
# Words whose infinitive is a meeting tried and not had ("was unable to meet X", "failed to
# meet X"): cancelled.
NOT_MANAGED_WORDS = frozenset(["unable", "fail"])
# Verbs of talking over a plan whose passive subject is a meeting ("a visit by an X
# delegation had been discussed", "talks were considered"): proposed, not held.
TALKED_OF_VERBS = frozenset(["discuss", "consider", "debate", "mull"])
# Prepositional phrases on the verb a meeting hangs on that tell its status: the cues of
# STATUS_CUES a preposition of these opens, "the visit was on hold for now" (cancelled),
# "was under consideration" (proposed), as (preposition, object) pairs.
STATUS_PREPOSITIONS = frozenset(["on", "under"])
STATUS_PREP_PHRASES = frozenset(
    (words[0], words[1])
    for _, cues in STATUS_CUES
    for words in (cue.split() for cue in cues)
    if len(words) == 2 and words[0] in STATUS_PREPOSITIONS
)
# Verbs (and verbs with a particle) that cancel a meeting named as their object ("called
# the trip off", "the visit was scrapped"): a meeting to come told in their sentence is
# cancelled.
CANCELLING_VERBS = frozenset(["cancel", "postpone", "scrap", "shelve", "abandon"])
CANCELLING_PHRASAL_VERBS = frozenset([("call", "off"), ("put", "off")])
# Proposed-status cues that become "scheduled" when the meeting has a date: a plan
# announced with its day ("plans to hold the summit on August 23").
PLAN_CUES = ("plan to", "plans to", "planned", "planning")
# Verbs whose infinitive is a meeting to come ("agreed to meet again", "agreed to discuss it
# at a meeting"), not one held ("met and agreed to reopen the border", "agreed to a
# ceasefire during talks").
AGREEING_VERBS = frozenset(["agree", "consent", "undertake"])
# Status cues that hold anywhere in a meeting's sentence: words about when an event takes
# place, whereas the cues above ("plan to", "possible") may be about anything in it.
SENTENCE_STATUS_CUES = (
    ("cancelled", ("cancelled", "canceled", "called off", "postponed")),
    ("scheduled", ("scheduled", "to be held", "set for", "slated")),
    # "preparations are under way for a meeting": planned, with no time said
    # "a summit agreed in principle", "accepted a meeting in principle": no more yet
    ("proposed", ("preparations", "being prepared", "in preparation", "in principle")),
)
# Statuses of a meeting not (yet) held whose mode only a cue or a visit word tells: "a
# meeting between A and B is being prepared" says nothing of how it will be held.
UNSTATED_MODE_STATUSES = frozenset(["proposed"])
# Times that announce no time: a meeting "expected later this year" or "at some point" is
# planned without a date, proposed (GUIDELINES: scheduled is announced with a time).
VAGUE_FUTURE_TIMES = (
    "later this year",
    "later in the year",
    "in the coming months",
    "in the coming weeks",
    "at some point",
    "in the future",
    "at a later date",
    "eventually",
)
# Verbs of wishing, trying or urging whose infinitive is a meeting not (yet) fixed ("wants
# to meet X", "has asked to meet X", "sought to meet", "tried to call X", "urged A and B to
# meet"): proposed.
WISHING_VERBS = frozenset(
    """want wish seek try attempt ask aim intend hope request push press offer propose
    suggest urge encourage""".split()
)  # fmt: skip
# Of those, verbs by which one urges others to meet ("urged A and B to meet"): those urged
# are the sides, not the one who urges.
URGING_VERBS = frozenset(["urge", "encourage"])
# The modal of a future told in the past ("said he would meet X on Friday"): a meeting to
# come, unless a condition or "have" makes it one that did not happen ("would have met").
FUTURE_IN_PAST_AUXILIARIES = frozenset(["would", "'d", "’d"])
# The contraction that is "had" before a past participle ("she'd had calls", "he'd met X"),
# and "would" before a bare verb ("she'd meet X").
CONTRACTED_HAD = frozenset(["'d", "’d"])
# Auxiliaries of the present progressive ("is meeting X on Friday"): with a day of its own
# other than the article's, a meeting to come.
PRESENT_AUXILIARIES = frozenset(["is", "are", "am", "'s", "'re", "'m"])
# Modals by which a meeting is only possible ("the two can meet", "might meet"): proposed.
POSSIBILITY_MODALS = frozenset(["can", "could", "may", "might"])
# Auxiliaries that put a verb in the future.
FUTURE_AUXILIARIES = frozenset(["will", "shall", "'ll", "wo"])
# Auxiliaries of a time to come, of now or of a past told ("would"): a verb joined by "and"
# with one of its own, after a verb without, tells of a later event ("raised it during a
# call on Monday and would discuss it with X next week").
LATER_CONJUNCT_AUXILIARIES = FUTURE_AUXILIARIES | frozenset(["would"])
# Words that make a meeting an earlier one than that just reported ("the two leaders last
# met in 2022", "their previous meeting"): on a verb (advmod) or on a noun (amod).
EARLIER_MEETING_ADVERBS = frozenset(["last", "previously", "earlier", "once"])
EARLIER_MEETING_ADJECTIVES = frozenset(["previous", "last", "earlier", "prior"])
# Of those, the ones that make a meeting noun one held before whatever the clause's tense
# ("the meeting would follow an earlier round held in Rome"; "the last round" may be one to
# come: "the last round will be held in May").
HELD_BEFORE_ADJECTIVES = frozenset(["previous", "earlier", "prior"])
# Clauses of a meeting's sentence about something else (a relative clause on a person, a
# clause after "days after", another verb joined by "and", what one said): their words tell
# nothing of the meeting's mode or status ("X, who will visit India next month, spoke with
# Y on Monday"; "met X on Monday and later phoned Y").
OTHER_EVENT_CLAUSES = frozenset(["relcl", "acl", "advcl", "conj", "ccomp", "parataxis"])
# Prepositions (and adverbs heading "of") that place another event before or after the
# meeting ("spoke with X ahead of a summit in Y", "after his call for a ceasefire"), or
# give what was talked about ("talked with X about the visit of troops"): that event's
# words are not the meeting's.
OTHER_EVENT_PREPOSITIONS = frozenset(
    """after before ahead since following until till prior about regarding concerning
    despite""".split()
)  # fmt: skip
# Verbs whose direct object is what was talked about ("discussed the upcoming summit with
# X"): a meeting word there is the topic, not how or when the talk was held.
TOPIC_VERBS = frozenset(["discuss", "debate", "review"])
# Verbs of raising a matter with someone ("raised the issue with X during a call",
# "will discuss the situation with X at a meeting"): the one it is raised with was at the
# meeting the verb's place phrase names.
RAISED_WITH_VERBS = TOPIC_VERBS | frozenset(["raise", "broach"])
# A spell on the phone in the sentence before a talk of the same person ("spent the day on
# the phone. He said he had spoken with X", "has been working the phones. He spoke to X"),
# and the verbs of such a talk, told with no way of their own: by phone.
PHONE_SPELL_CUES = frozenset(
    ["on the phone", "the phones", "phone calls", "telephone calls", "phone conversations",
     "telephone conversations", "calls with"]
)  # fmt: skip
TALKING_VERBS = frozenset(["speak", "talk"])
