"""Words of meetings: triggers and the people who take part (the words of a meeting's mode
and status are in ``meeting_modes``, those of its date in ``meeting_dates``).

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# Trigger words (lemmas or lower-case tokens) and the mode they imply ("" = not stated).
MEETING_TRIGGERS = {
    "meet": "",
    "meeting": "",
    "talks": "",
    "talk": "",
    "summit": "in_person",
    "visit": "in_person",
    "host": "in_person",
    "receive": "in_person",
    "welcome": "in_person",
    "greet": "in_person",
    "trip": "in_person",
    "tour": "in_person",
    # a joint news conference or appearance is held side by side
    "conference": "in_person",
    "briefing": "in_person",
    "appearance": "in_person",
    "fundraiser": "in_person",
    "rally": "in_person",
    "appear": "in_person",
    # two people who signed a text together met to sign it (kg.extract.meetings.signings)
    "sign": "in_person",
    "ink": "in_person",
    # a journey to a state is a visit there, however it is told ("will travel to X")
    "travel": "in_person",
    "arrive": "in_person",
    "sit": "in_person",
    "call": "phone",
    "phone": "phone",
    "phoned": "phone",
    "telephone": "phone",
    "conversation": "",
    "videoconference": "video",
    "video-conference": "video",
    "videocall": "video",
    "speak": "",
    "reach": "",
    "discuss": "",
    # "the foreign ministers of A, B and C gathered in Berlin": met there
    "gather": "in_person",
    "convene": "in_person",
    # "huddled with his advisers", "conferred with X": met, no way told
    "huddle": "",
    "confer": "",
    "tell": "",
    "shake": "in_person",
    # an envoy summoned to a foreign ministry is met there
    "summon": "in_person",
    # "X is due in Kyiv on Monday", "is expected in Moscow": a visit to come
    "due": "in_person",
    "expect": "in_person",
    # "invited X to Berlin": a visit proposed (kg.extract.meetings.invitations)
    "invite": "in_person",
    "negotiation": "",
    "negotiations": "",
    "negotiate": "",
}
# Verbs (lemmas) that report a meeting; some only with the words the extractor checks for
# each ("called X", not "called for"; "spoke with X", not "spoke out").
MEETING_VERBS = frozenset(
    """
    meet host visit phone telephone speak call talk hold attend discuss receive welcome greet
    address huddle confer summon gather convene negotiate
    """.split()
)  # fmt: skip
# Nouns (lemmas or lower-case tokens) that report a meeting.
MEETING_NOUNS = frozenset(
    """
    trip meeting talks summit visit call conversation videoconference video-conference
    negotiations phone telephone tour
    """.split()
)  # fmt: skip
# Nouns that are a meeting only as what is held ("held their 2+2 dialogue", "held
# consultations"), not alone ("called for dialogue").
HELD_MEETING_NOUNS = frozenset(["dialogue", "consultations", "consultation"])
# Verbs whose passive subject is the one who comes to a meeting ("X is expected in Beirut for
# talks with Y", "X was invited to Kyiv for talks with Y").
AWAITED_VERBS = frozenset(["expect", "invite"])
# Words by which one is awaited at a place, and a meeting they are there "for" is to come
# ("is expected in Beirut next week for talks", "is due in Kyiv for talks").
AWAITED_PRESENCE_WORDS = frozenset(["expect", "due"])
# The prepositions of the place one is awaited in ("is due in Kyiv").
AWAITED_PLACE_PREPOSITIONS = frozenset(["in"])
# Verbs of coming together: a meeting of the several their subject names, when it names
# no thing gathered ("ministers of A, B and C gathered in Warsaw", not "gathered troops").
GATHERING_VERBS = frozenset(["gather", "convene"])
# Meeting nouns that are conducted by those who take part in them, whatever the verb ("US
# and Russian officials wrapped up talks", "began negotiations").
CONDUCTED_MEETING_NOUNS = frozenset(["talks", "negotiations", "consultations"])
# Nouns of a state, which with a pair word ("both countries") stand for the two just named.
STATE_NOUNS = frozenset(["country", "nation", "state", "government"])
# Verbs of receiving a guest: a meeting only when the one received is a person ("received
# Lukashenko", not "received weapons").
RECEIVING_VERBS = frozenset(["receive", "welcome", "greet"])
# Whom a receiving verb receives as a guest though no name is given: "received his Turkish
# counterpart", "welcomed a visiting minister" (not "received weapons", "received a call").
RECEIVED_ROLE_NOUNS = frozenset(
    """counterpart counterparts minister ministers president premier chancellor leader
    leaders official officials lawmakers legislators senators congressmen parliamentarians
    diplomat diplomats""".split()
)
# Words under "speak" that make it a conversation with someone ("spoke by phone", "spoke
# with X"), not a speech.
SPEAKING_WITH_WORDS = frozenset(["phone", "telephone", "with"])
# Verbs of taking part in a meeting named by their object ("attended a Nato summit",
# "addressed the G7 summit"): the organisation whose meeting it is takes part.
ATTENDING_VERBS = frozenset(["attend", "address"])
# Nouns of a plan that, with "no", say a meeting will not take place ("had no plans to meet").
PLAN_NOUNS = frozenset(["plans", "plan", "intention"])
# Prepositions by which a journey only dates another meeting ("after his trip to Moscow"),
# and those by which it frames one, unless it names its own place ("met X in a surprise
# trip", not "during a trip to Russia").
DATING_PREPOSITIONS = frozenset(["after", "before"])
FRAMING_PREPOSITIONS = frozenset(["in", "on", "during"])
# Verbs of a clause that add people to a meeting just mentioned ("also involving X, the
# visit ...").
JOINING_VERBS = frozenset(["involve", "include", "join"])
# Verbs whose "by" names those at a meeting ("a summit attended by A, B and C", "a call
# joined by D", "A spoke with B, joined by C"): they take part.
ATTENDED_BY_VERBS = frozenset(["attend", "join"])
# Prepositions of the way a party joined from afar ("joined by X via videoconference",
# "by video link", "over a video call"): the way names both sides through the verb.
REMOTE_WAY_PREPOSITIONS = frozenset(["via", "by", "over"])
# The modes of a meeting held at a distance: no meeting one attends in person.
REMOTE_MODES = frozenset(["phone", "video"])
# Verbs which, with "together", name those a meeting gathered ("the talks, hosted by C,
# brought together A and B", "a meeting bringing together A, B and C", "brought A and B
# together"): they take part, as those a summit is attended by do.
BRINGING_TOGETHER_VERBS = frozenset(["bring"])
# Nouns of an occasion that is a meeting in person of those it is "attended by" when it
# names two people or more ("the ceremony in Riga, attended by A and B", "the parade
# brought together A and B"): a joint appearance (GUIDELINES). One named guest, or none, is
# no meeting ("a ceremony attended by the minister and senior officers"). ("round" is left
# out: "an earlier round attended by A and B" is often of states told elsewhere, and one
# of people whose state the article leaves untold takes the place of that one.)
ATTENDED_OCCASION_NOUNS = frozenset(
    ["ceremony", "parade", "funeral", "inauguration", "commemoration", "reception"]
)
# Adjectives by which one was at a meeting just reported ("X was also present at the
# meeting"), and the prepositions of the meeting after them: X takes part in it, as one who
# attended or joined it does ("X also attended the talks").
PRESENCE_ADJECTIVES = frozenset(["present"])
PRESENCE_PREPOSITIONS = frozenset(["at", "for", "during"])
# How many sentences back the meeting such a presence points to may have been mentioned
# last (a quotation of several sentences may stand between).
PRESENCE_REACH_SENTENCES = 6
# Nouns of presence after "in" in an absolute "with" clause on a meeting verb ("met B, with
# C and D in attendance"; its adjective is one of PRESENCE_ADJECTIVES, "with C also
# present"): C and D were at the meeting.
ATTENDANCE_NOUNS = frozenset(["attendance"])
# Nouns of a meeting one attends in person ("X attended the talks"): not a call told just
# before.
ATTENDED_IN_PERSON_NOUNS = frozenset(["talks", "talk", "meeting", "summit", "negotiations"])
# Verbs of a clause on a meeting noun that name its parties ("negotiations involving A, B
# and C"): their objects take part.
INVOLVING_VERBS = frozenset(["involve"])
# Verbs of a relative clause on a meeting noun by which its subject had the meeting ("the
# conversation he had with X", "the talks that A held with B"): its subject and the one its
# "with" names take part.
HAVING_VERBS = frozenset(["have", "hold", "conduct"])
# Nouns of the manner of meeting after "in" ("meeting in person with X"), on which the parser
# may hang the "with" of those met, as on a place.
MANNER_NOUNS = frozenset(["person"])
# Plural subject pronouns of a clause told of a pair ("A and B said they would meet C"):
# the pair named as the subject of the verb above.
PLURAL_SUBJECT_PRONOUNS = frozenset(["they"])
# Dependencies by which a clause hangs on the verb whose subject a pronoun in it may stand
# for ("said they would", "stating that they", "at first stating that they").
REPORTED_CLAUSE_DEPS = frozenset(["ccomp", "advcl", "xcomp", "conj", "pcomp", "prep"])
# Words by which several people met at once ("met A and B together"), not one by one.
TOGETHER_WORDS = frozenset(["together", "jointly"])
# Numbers of a pair: "the two leaders" are the pair just named.
PAIR_WORDS = frozenset(["two", "both"])
# Words that make a side noun the three states named last ("the three countries").
TRIO_WORDS = frozenset(["three"])
# Nouns a pair word makes the two sides of a meeting ("both sides", "the two countries",
# "the two neighbours", "officials from both countries"): the two states named last before.
PAIR_SIDE_NOUNS = frozenset(
    ["side", "country", "nation", "state", "government", "neighbour", "neighbor", "party"]
)
# How many sentences back those two states may be named, and how many verbs up from a
# meeting word its subject may be ("both sides moved to de-escalate, holding a meeting").
PAIR_REACH_SENTENCES = 3
# Nouns a pair word makes two people ("the two leaders last met in June", "both presidents
# held talks in Rome"): the two people the article named last before, else their states.
PAIR_PERSON_NOUNS = frozenset(["leader", "president", "premier", "minister", "chancellor"])
# Prepositions by which a pair of people appears beside another ("at a joint news
# conference alongside the two leaders, C said").
COMPANION_PREPOSITIONS = frozenset(["alongside", "with", "beside"])
# "A and B resumed high-level contacts": contacts of the joint subject of a verb that holds
# them ("contacts between" capitals is often of a body seated in one, and one side's
# "contacts with X" a channel kept open: both left out).
CONTACT_NOUNS = frozenset(["contacts"])
CONTACT_VERBS = frozenset(["resume", "hold", "maintain", "restore", "establish", "have"])
# Verbs that are a meeting only with those the verb's "with" names ("has been negotiating
# with X", not "negotiated a deal").
WITH_ONLY_VERBS = frozenset(["negotiate"])
# Nouns of a state's government that its seat names ("the new government in Damascus", "the
# authorities in Bamako": that state; "the junta", with no state of its own, the state whose
# junta the article names elsewhere), and the prepositions of the seat.
GOVERNMENT_NOUNS = frozenset(
    ["government", "authority", "authorities", "administration", "regime", "junta"]
)
SEAT_PREPOSITIONS = frozenset(["in"])
# Prepositions of a meeting noun that name its sides ("talks between the two countries"),
# and the pair nouns there that are states ("between the two sides" may be of a state and
# a rebel force, or of a mutiny).
BETWEEN_PREPOSITIONS = frozenset(["between"])
STATE_PAIR_NOUNS = frozenset(["country", "nation", "state", "government", "neighbour", "neighbor"])
# The preposition of the people a meeting noun is of ("a meeting of the two armies' chiefs").
OF_PREPOSITIONS = frozenset(["of"])
# Conjunctions the parser may split two coordinated sides at ("India | and | China held"),
# and the kinds of name the first one, a sentence of its own, may be.
SPLIT_CONJUNCTIONS = frozenset(["and"])
SPLIT_NAME_TYPES = frozenset(["GPE", "PERSON", "ORG", "NORP"])
# Conjunctions the parser may split two coordinated sides at ("India | and | China held").
SPLIT_CONJUNCTIONS = frozenset(["and"])
# Nouns of a state's forces a pair word makes the two states whose people meet ("a meeting
# of the two armies' chiefs of staff"), on the "of" of a meeting noun only.
PAIR_ARMY_NOUNS = frozenset(["army", "military"])
PAIR_SUBJECT_CLIMB = 4
# Meeting words that, with no cue, mean a meeting in person ("met", "the meeting").
IN_PERSON_MEETINGS = frozenset(["meet", "meeting"])
# Talks: in person, with no cue, when people hold them; talks between states alone may be
# held any way, over any time.
TALKS_WORDS = frozenset(["talks", "talk"])
# Meeting nouns plural in form only: "talks" is one meeting, "meetings" are several.
PLURAL_ONLY_MEETINGS = frozenset(["talks"])
# Verbs by which one asks another to a meeting ("A invited B to visit C"): the one asked
# is the visitor, the one asking the host.
INVITING_VERBS = frozenset(["invite", "ask"])
# Verbs by which a third party hosts or brokers a meeting of others ("talks between A and
# B, mediated by C"): the one named by "by" takes part.
MEDIATING_VERBS = frozenset(
    ["mediate", "broker", "host", "facilitate", "chair", "moderate", "organise", "organize"]
)
# Of those, verbs by which a state gives the place or brokers ("Qatar hosted talks between
# A and B", "talks brokered by C and D"): it takes part (as the blind probes' annotators
# read GUIDELINES), but a meeting word naming only it names none of the sides.
VENUE_VERBS = frozenset(["host", "broker", "mediate", "facilitate"])
# Of those, verbs whose coordinated subjects host a meeting told by its noun ("A and B have
# hosted talks"): its hosts, no meeting of theirs.
CO_HOSTING_VERBS = frozenset(["host"])
# Of those, verbs that may stand with no meeting named, the one just told being meant
# ("A met B in Kunming on Friday. C's envoy, D, mediated."): their subject takes part.
MEDIATING_ALONE_VERBS = frozenset(["mediate", "broker", "facilitate"])
# Prepositions of the place a meeting is held in ("held talks in Cairo"): one held in a
# named place is held in person.
MEETING_PLACE_PREPOSITIONS = frozenset(["in", "at"])
# Nouns of a place a meeting may be held in without naming it ("talks in the Chadian
# capital"): held in person there.
PLACE_NOUNS = frozenset(["capital", "city", "town", "port", "resort", "palace", "residence"])
# Relative adverbs of a clause on a visit's place ("visited Rome, where he met X"): the
# clause's pronoun is the visitor.
WHERE_WORDS = frozenset(["where"])
# Meeting verbs that are also said of places that join ("the town where the borders of A, B
# and C meet", "the area where the three countries meet"): in a "where" clause in the
# simple present, with no one met named, a junction of places (or a habit), no meeting.
JUNCTION_VERBS = frozenset(["meet"])
# Verbs of meeting also said of a need, demand or condition that is satisfied ("the demands
# were met", "to meet the conditions"): no meeting of anyone then.
NEED_MEETING_VERBS = frozenset(["meet"])
# Needs, demands and conditions that are "met" ("the desire could be met", "to meet the
# conditions"): no meeting of anyone.
NEED_NOUNS = frozenset(
    """
    desire demand need condition requirement target goal criterion expectation deadline
    obligation standard request wish aspiration threshold quota
    """.split()
)  # fmt: skip
SIMPLE_PRESENT_TAGS = frozenset(["VBP", "VBZ"])
# Meeting nouns in a sense that is no meeting, told by a compound before them or a
# preposition after them ("the roll call vote", "Biden's call for reforms", "calls for
# talks"), and an organisation's own staff meetings (GUIDELINES: internal meetings without
# named participants are none: "an all-White House staff call"): noun -> (compounds,
# prepositions).
_STAFF_WORDS = frozenset(["staff", "all-staff", "all-hands", "team"])
OTHER_SENSES = {
    "call": (
        # ("a port call": a ship's stay in port)
        frozenset(["roll", "curtain", "wake-up", "judgment", "judgement", "port"]) | _STAFF_WORDS,
        frozenset(["for"]),
    ),
    "meeting": (_STAFF_WORDS, frozenset()),
}
# Coordinators of addition ("met A in Doha, as well as B", "met with A, as well as with
# B"), which the parser leaves as a "cc" with its first words as adverbs, and the
# dependencies of what it adds: those also met.
ADDITIVE_CONJUNCTIONS = frozenset(["as well as"])
ADDED_DEPS = frozenset(["npadvmod", "dobj", "conj", "appos", "pobj"])
# Prepositions of a title's object ("the chairman of X", "the special representative for
# the X dialogue"), on which the parser may hang the name set out after the title.
TITLE_OBJECT_PREPOSITIONS = frozenset(["of", "from", "for", "to"])
# Plurals of an organisation's members or their heads ("a summit of G7 leaders", "the
# leaders of G7 nations"): they stand for the organisation named before them.
MEMBER_NOUNS = frozenset(["nation", "country", "state", "member", "ally", "leader", "head"])
# Subject pronouns of one person ("she had calls with X"): never the person met, named as
# the object of the meeting verb or of its "with".
SUBJECT_PERSON_PRONOUNS = frozenset(["he", "she"])
MET_DEPS = frozenset(["dobj", "pobj"])
# The marks of a possessive ("Harris' aide", "Harris’ aide", "Biden's aide").
POSSESSIVE_MARKS = frozenset(["'", "’", "'s", "’s"])
# Meeting nouns that also name a device, which is what they name with a possessor ("my
# phone hasn't rung", "his phone was tapped"; a call is "his phone call").
DEVICE_NOUNS = frozenset(["phone", "telephone"])
# The press, as those a meeting noun is "with" ("a call with journalists", "talks with
# reporters"): a briefing, not a meeting.
PRESS_NOUNS = frozenset(
    """journalist journalists reporter reporters press media correspondent correspondents
    newsmen""".split()
)
# Verbs of what one calls a person to tell or offer them ("called X to offer him the post",
# "to congratulate him"): a phone call, unlike a call to act ("called Congress to act").
CALL_PURPOSE_VERBS = frozenset(
    """discuss offer congratulate thank inform brief express convey reassure update
    apologise apologize wish condole invite share""".split()
)
# Verbs of going on doing something: a meeting verb under them is a habit, no one meeting
# ("he would continue to call me in the weeks ahead", "they keep talking").
HABIT_VERBS = frozenset(["continue", "keep"])
# Pronouns of the one called to be told something ("called me to share his condolences",
# "called him to congratulate him"): a person phoned, whom the sentences around name.
CALLED_PRONOUNS = frozenset(["me", "him", "her", "us"])
# Parts of a day a date may qualify ("on Sunday evening"): the date is the meeting's.
PARTS_OF_DAY = frozenset(["morning", "afternoon", "evening", "night"])
# A weekday said to be of the week before the article's ("on Tuesday last week").
WEEK_BEFORE = r"\blast week\b|\bthe week before\b|\bthe previous week\b"
# Verbs with a particle that report a meeting with the person their "with" names ("sat
# down with X"): verb -> particle.
PHRASAL_MEETING_VERBS = {"sit": "down"}
# Verbs whose "to" names the one spoken with ("spoke to X", "will talk to X soon").
SPEAKING_TO_VERBS = frozenset(["speak", "talk"])
# Verbs with a particle whose "to" names a person contacted ("reached out to X"): a talk in
# no stated way. verb -> particle.
REACHING_OUT_VERBS = {"reach": "out"}
# Negations of a meeting verb ("has not spoken to X", "never met"), or determiners of a
# meeting noun ("no talks took place"): no meeting.
MEETING_NEGATIONS = frozenset(["not", "n't", "never", "no"])
# Verbs by which a meeting takes place ("the meeting did not take place"): negated, no meeting.
TAKING_PLACE = frozenset(["take", "happen", "occur", "go", "proceed", "materialise", "materialize"])
# Words by which a meeting told in the perfect was had more than once or at no one time
# ("has met X many times", "has often spoken with X", "has previously met X").
REPEATED_MEETING_WORDS = frozenset(
    """
    times often repeatedly regularly frequently before ever never last previously earlier once
    """.split()
)  # fmt: skip
# Prepositions of a meeting gerund done before the clause's act ("left after meeting X",
# "began his visit by meeting X"): the meeting is of the clause's time.
AFTER_WORDS = frozenset(["after", "by", "following", "before"])
# Prepositions by which "call" is a call paid on someone ("called on President X at his
# palace"), a visit; and those that make it a demand made of them ("called on X for calm").
CALLED_ON_PREPOSITIONS = frozenset(["on", "upon"])
DEMAND_PREPOSITIONS = frozenset(["for", "over", "about"])
# Meeting nouns whose "on" names the one visited ("paid a courtesy call on X").
PAID_CALL_NOUNS = frozenset(["call"])
# Particles that make "call" no phone call ("called off the trip", "called out X").
NOT_CALL_PARTICLES = frozenset(["off", "out"])
# Prepositions of what one speaks of ("was asked about talks with X"), and the verbs whose
# "on" is one too ("commented on the negotiations with X"): a meeting spoken of there is not
# one the speaker held.
TOPIC_PREPOSITIONS = frozenset(["about", "regarding", "concerning"])
ON_TOPIC_VERBS = frozenset(["comment", "remark", "report", "reflect", "elaborate", "focus"])
# Verbs of getting through to the one called ("called X but did not reach him", "X did not
# answer"): negated after a call, the call was never held.
REACHING_VERBS = frozenset(["reach", "answer", "connect", "return"])
# Words over a meeting trigger that say it does not take place ("refused to meet").
MEETING_REFUSALS = frozenset(["refuse", "refusal", "decline", "reject", "rule", "snub"])
# Words on a meeting word that make it a later meeting than the one just reported
# ("further meetings", "another call", "meet again").
FURTHER_MEETING_WORDS = frozenset(["further", "another", "again", "next", "second", "follow-up"])
# Determiners and possessives by which a meeting noun names a meeting already reported ("the
# call", "their meeting"), not a new one ("a phone call", "another call").
DEFINITE_DETERMINERS = frozenset(["the", "this", "that", "these", "those", "their", "its"])
# Rounds of talks ("the third round of talks between A and B", "several rounds of
# negotiation"): the noun of a round, and the nouns of what a round is of (with "of"). Each
# round told by its ordinal is a meeting of its own; a round that names no one is one of the
# talks told before in the article, however far back.
ROUND_NOUNS = frozenset(["round"])
# Spans of time a meeting noun fills when told by them ("concluded two days of talks",
# "after hours of negotiations"): its verb's subject holds the talks, as with a round.
SPAN_OF_MEETING_NOUNS = frozenset(["day", "hour"])
ROUND_OF_NOUNS = frozenset(
    """talks talk negotiations negotiation consultations consultation dialogue discussions
    discussion meetings""".split()
)  # fmt: skip
# Sittings that are a meeting when they are of a body of several states named in a list
# ("a session of the Parliamentary Assembly of A and B"), not of one state's or the UN's.
SESSION_NOUNS = frozenset(["session"])
# Words that make a bare round or session ("the next session", "another round") a later
# sitting of the talks told before, a meeting of their sides of its own.
NEXT_SITTING_WORDS = frozenset(["next", "another", "second", "third", "follow-up", "further"])
# Participles by which a later sitting is told as planned ("a third round planned for
# September was postponed"), not as of something else.
PLANNED_SITTING_PARTICIPLES = frozenset(["plan", "schedule", "set", "slate", "expect"])
# Prepositions of a later sitting's own place or time ("the next round in Santiago").
SITTING_PLACE_PREPOSITIONS = frozenset(["in", "at", "on"])
# Ordinals of the first sitting: "the first session" is of the talks told, no later one.
FIRST_ORDINALS = frozenset(["first", "1st", "opening", "inaugural"])
# Ordinals of a round the model may not tag as such.
ROUND_ORDINALS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    next latest final""".split()
)  # fmt: skip
# The round that is the talks begun ("talks began in X; the first round ended ..."): one
# with this ordinal and talks told before with none are one meeting.
OPENING_ORDINALS = frozenset(["first", "1st"])
# Ordinals of a round told relative to the talks of the moment ("the next round of
# meetings"), whoever's they are: no round of the meeting just told by that alone.
RELATIVE_ROUND_ORDINALS = frozenset(["next", "latest", "final"])
# Verbs (lemmas) that tell a meeting as an event of its own: one of the pair just named with
# another status than their meeting is another meeting ("met in 2019 ... were supposed to
# meet this month"), unlike a verb whose status may come from a meeting it speaks of
# ("discussed the war, with further meetings scheduled").
EVENT_VERBS = frozenset(["meet", "visit", "speak", "talk", "call", "phone", "host", "travel"])
# Prepositions by which a meeting names one held before it ("their first meeting since
# the Geneva summit", "the first talks since X's visit to Y"): an earlier meeting of the
# same people.
SINCE_PREPOSITIONS = frozenset(["since"])
# Plural pronouns: a meeting of a group the sentence does not name.
PLURAL_POSSESSIVES = frozenset(["their", "our"])
# Heads of state or government: a title of these with a state and no name is the one
# person of that state named before with such a title ("the new Polish prime minister").
LEADER_TITLES = frozenset(["leader", "president", "premier", "minister", "chancellor"])
# Words that make a title with a leader's word in it no head of state or government's
# ("foreign minister", "vice president"): its bearer is not "the German leader".
SUBORDINATE_TITLE_WORDS = frozenset(
    """vice deputy foreign defence defense interior finance economy trade justice health
    education energy agriculture culture transport""".split()
)  # fmt: skip
# The leader's word that is one only after another ("prime minister", not "minister").
QUALIFIED_LEADER_TITLES = {"minister": frozenset(["prime", "first"])}
# People met who do not act for the state that describes them ("met Ukrainian soldiers",
# "met a Ukrainian actor"): the state does not take part.
NOT_REPRESENTATIVE_PEOPLE = frozenset(
    """soldier troop serviceman servicemen actor actress artist athlete rabbi priest
    child student refugee veteran journalist reporter worker resident family survivor
    victim businessman entrepreneur volunteer civilian pupil fan""".split()
)
# Kin of a person ("met Gershkovich's parents", "the family of X"): they are met, not the
# person whose kin they are.
KIN_NOUNS = frozenset(
    """parent parents family families wife husband widow widower son daughter mother father
    brother sister relative relatives child children kin""".split()
)  # fmt: skip
# Spouses ("a call joined by his wife"): the one person of the article who bears the
# surname of the one whose spouse it is.
SPOUSE_NOUNS = frozenset(["wife", "husband"])
# Nouns and verbs of a visit: the place visited stands for its host.
# Public events that are a meeting only when held jointly ("a joint news conference", "a
# press conference with X", "their joint appearance"): noun -> the words one must be
# qualified by (none: any).
JOINT_EVENT_NOUNS = {
    "conference": frozenset(["news", "press"]),
    "briefing": frozenset(["news", "press"]),
    "appearance": frozenset(),
    # campaign events held with another ("a joint fundraiser with X", "a rally with X")
    "fundraiser": frozenset(),
    "rally": frozenset(),
}
# Of those, events that are a meeting when held over a line ("a video conference with X",
# "a telephone conference"), and the words that say so.
REMOTE_EVENT_NOUNS = frozenset(["conference"])
REMOTE_WORDS = frozenset(["video", "phone", "telephone", "audio", "virtual", "online"])
# Prepositions by which such an event frames what is done at it ("spoke at a joint press
# conference on Monday": the day is the event's).
EVENT_PREPOSITIONS = frozenset(["at", "during", "in"])
# Pronouns of one person met ("during a call with him"): the one the verb above addresses.
OBJECT_PRONOUNS_OF_PEOPLE = frozenset(["him", "her"])
# Modifiers that make such an event a joint one.
JOINT_WORDS = frozenset(["joint"])
# Verbs of appearing in public together ("A appeared with B in Dhaka", "appeared alongside
# B at a rally"): a joint appearance with the person these prepositions name.
JOINT_APPEARING_VERBS = frozenset(["appear"])
# Verbs of a joint appearance only with "alongside" ("speaking alongside X, Y said", "stood
# alongside X"): side by side, in person ("spoke with X" is a conversation of its own).
SIDE_BY_SIDE_VERBS = frozenset(["speak", "stand", "tell", "say"])
SIDE_BY_SIDE_PREPOSITIONS = frozenset(["alongside"])
# Verbs of an occasion attended, which with "together with X" (or "alongside X") are a
# joint appearance with X ("attended a ceremony together with X", "unveiled the memorial
# together with X", "watched the drill alongside X"), and the adverb that says so.
JOINT_ATTENDING_VERBS = frozenset(
    ["attend", "unveil", "inaugurate", "open", "lay", "watch", "tour", "observe"]
)
TOGETHER_WORDS = frozenset(["together", "jointly"])
# Verbs of greeting by the hand, with the noun they take ("A and B shook hands", "shook hands
# with B"): met in person.
HANDSHAKE_VERBS = {"shake": "hand"}
# Verbs of calling an envoy in: a state or its ministry meets the envoy it summons ("Seoul
# summoned Japan's ambassador"), not anyone it summons ("summoned his officers").
SUMMONING_VERBS = frozenset(["summon"])
# Verbs that summon with their particle ("called in the ambassador", "was called in to the
# ministry"): verb -> particle.
PHRASAL_SUMMONING_VERBS = {"call": "in"}
# Nouns of a foreign state's envoy: the one summoned, or the state an unnamed one stands for.
ENVOY_NOUNS = frozenset(
    """
    ambassador ambassadors envoy envoys diplomat diplomats chargé charge attaché attache
    consul representative
    """.split()
)  # fmt: skip
# Words by which a summit only frames another event in time ("after this week's summit",
# "ahead of a Nato summit", "on the sidelines of the summit"): prepositions, and the nouns
# whose "of" takes the summit.
FRAMING_SUMMIT_PREPOSITIONS = frozenset(["after", "before", "during", "since", "until"])
FRAMING_SUMMIT_NOUNS = frozenset(["ahead", "sidelines", "margins", "margin", "eve", "run-up"])
# Verbs of telling someone something, a conversation when both are people of the article
# ("Modi told Putin last September that ...", not "told reporters", "told CNN").
TELLING_VERBS = frozenset(["tell"])
# Nouns of a message sent, not a conversation, by which one tells another ("told Biden in a
# letter", "told him in a post on X").
WRITTEN_CHANNEL_NOUNS = frozenset(
    "letter letters post message tweet email e-mail note statement op-ed article memo".split()
)
# Nouns of one who asks questions for an outlet ("told ITV News correspondent A B", "told
# CNN's anchor"): telling them is an interview, not a conversation between the two.
MEDIA_ROLE_NOUNS = frozenset(
    """
    correspondent correspondents anchor anchors host presenter reporter reporters journalist
    journalists interviewer editor columnist moderator broadcaster podcaster
    """.split()
)  # fmt: skip
# Nouns of a news outlet, whose name is set out after them ("told the Lebanese news site
# A", "the daily B reported"): the outlet a speaker tells, never one met.
MEDIA_OUTLET_NOUNS = frozenset(
    """
    newspaper newspapers daily weekly paper site website portal magazine tabloid broadcaster
    channel radio television tv outlet
    """.split()
)  # fmt: skip
# Nouns of an interview or broadcast in which one tells the asker ("told A in an interview",
# "told B on a podcast").
INTERVIEW_NOUNS = frozenset(
    "interview interviews podcast program programme show broadcast episode".split()
)
# Nouns of a contest of candidates before an audience ("if A and B meet for a debate", "a
# debate hosted by a network"): those on its stage do not meet (GUIDELINES: not counted).
DEBATE_NOUNS = frozenset(["debate", "debates", "hustings"])
# Prepositions by which a meeting word is placed in an interview or a debate ("spoke with
# A during an interview", "hosted B on his podcast", "meet in the debate").
ON_AIR_PREPOSITIONS = frozenset(["on", "in", "during", "for", "at"])
# Nouns of the office an envoy is summoned to, which meets them there.
SUMMONING_PLACE_NOUNS = frozenset(["ministry", "office", "department"])
JOINT_APPEARING_PREPOSITIONS = frozenset(["with", "alongside"])
VISIT_WORDS = frozenset(["visit", "trip", "tour"])
# Nouns of a journey through several states ("a tour of X, Y and Z"): one's own with an
# office only (a band's tour is no visit).
TOUR_NOUNS = frozenset(["tour"])
# Prepositions of a journey's destination ("a visit to X"), and for a tour also "of".
DESTINATION_PREPOSITIONS = frozenset(["to"])
TOUR_PREPOSITIONS = frozenset(["of"])
# A journey's stops ("a visit to the region, with stops in X and Y"): the noun, the
# preposition that hangs it on the journey, and that of its places.
STOP_NOUNS = frozenset(["stop", "stopover", "leg"])
STOP_PREPOSITIONS = frozenset(["with", "including"])
STOP_PLACE_PREPOSITIONS = frozenset(["in", "at"])
# Verbs of a journey: "arrived in Moscow for a state visit" is a visit to Russia.
JOURNEY_VERBS = frozenset(["arrive", "travel", "fly", "go", "come", "head", "land"])
# Nouns for the people who speak for a side in talks ("the US and Ukrainian parties").
SIDE_NOUNS = frozenset(["party", "side", "negotiator", "team", "delegation", "representative"])
# A group sent to talks, named by where it is from or who leads it ("a delegation of US
# lawmakers led by X", "a visiting delegation from Japan's ruling party").
DELEGATION_NOUNS = frozenset(["delegation", "team", "mission"])
# People who act for their states at talks, named by coordinated adjectives ("talks with
# Egyptian and Qatari mediators", "Serbian and Kosovar negotiators"): each state in turn.
REPRESENTING_NOUNS = frozenset(["mediator", "negotiator", "lawmaker", "legislator", "envoy"])
DELEGATION_PREPOSITIONS = frozenset(["of", "from"])
LEADING_VERBS = frozenset(["lead", "head"])
# A title that is only "the one of the same rank in another state": unnamed, it names no
# person but that state ("his Chinese counterpart" -> China).
COUNTERPART_NOUNS = frozenset(["counterpart"])
# Possessives that stand for a state or body named before ("its minister").
OWNER_PRONOUNS = frozenset(["its"])
# Nouns of being asked to come: "received an invitation to visit X" is a visit proposed
# to the one who received it.
INVITATION_NOUNS = frozenset(["invitation", "invite"])
# Meetings of an organisation's members, held in a state: with no one named at one, the
# organisation and that state take part ("the NATO summit in Madrid").
ORGANISATION_MEETINGS = frozenset(["summit"])
# Prepositions by which a sentence speaks of a summit rather than places someone at it
# ("On the upcoming summit, X said ...", "asked about the summit").
SPOKEN_OF_PREPOSITIONS = frozenset(["on", "about", "regarding", "concerning"])
# Verbs by which one person who meets several people, named in turn, meets each of them
# ("X met the prime minister, A, and the speaker, B": two meetings).
ONE_BY_ONE_VERBS = frozenset(["meet", "speak"])
# Meeting nouns whose plural with several parties is one meeting with each ("had
# conversations with the presidents of A and B"; not "talks", plural in form only).
ONE_BY_ONE_NOUNS = frozenset(["conversation", "call", "meeting", "visit"])
# Verbs of holding the meetings their object names ("held separate calls with A and B"):
# the object tells whether they were one with each.
HOLDING_VERBS = frozenset(["hold"])
# Words on plural talks that tell them as calls ("phone talks with A, B and C": one call
# with each), and those that tell one call of all ("conference call", "joint call").
PHONE_TALKS_WORDS = frozenset(["phone", "telephone"])
JOINT_CALL_WORDS = frozenset(["conference", "joint", "trilateral", "video", "group"])
# Words by which meetings with several parties were one with each ("separate talks with A
# and B", "held individual meetings with A and B"), even under a noun plural in form only.
SEPARATE_WORDS = frozenset(["separate", "individual"])
# Meetings of two by definition ("will hold bilateral talks with A and B"): held with
# several counterparts, one with each.
BILATERAL_WORDS = frozenset(["bilateral", "one-on-one", "one-to-one"])
# A leader's own words given to the public: an article that names one person giving an
# address, and then runs on in the first person outside quotes, is that person's account.
ADDRESS_NOUNS = frozenset(["address", "speech", "interview", "remarks"])
# First-person subjects of such an account: its speaker ("I had a conversation with X").
FIRST_PERSON = frozenset(["i", "we", "me", "us", "my"])
# Those of them that are a subject ("I met ...", "we discussed ...").
FIRST_PERSON_SUBJECTS = frozenset(["i", "we"])
# The second person: "your visit" is the one addressed's, not the speaker's.
SECOND_PERSON = frozenset(["you", "your"])
# Any first-person word: one outside quotes before an account says it is the author's.
FIRST_PERSON_WORDS = FIRST_PERSON | frozenset(["our"])
# Verbs by which a host has guests come to a meeting ("hosted A and B for talks"), and the
# prepositions of the meeting noun they come for: the noun is that same meeting.
HOSTING_VERBS = frozenset(["host", "receive", "welcome", "invite"])
PURPOSE_PREPOSITIONS = frozenset(["for"])
# Verbs of travelling that report a visit to the state of the place travelled to
# ("traveled to Ethiopia, Uganda and Egypt"), when no one met there is named.
# ("is then to stop in Y": a stop on an official's journey)
TRAVEL_VERBS = frozenset(["travel", "arrive", "go", "fly", "stop"])
# Journeys whose "for" names the meeting they are made for ("arrived for talks", "flew to
# Oslo for a summit"): the journey's day is the meeting's.
PURPOSE_JOURNEY_VERBS = frozenset(["arrive", "travel", "fly", "head", "come", "go", "return"])
# The prepositions of a travelling verb's destination ("traveled to X", "is arriving in X").
JOURNEY_DESTINATIONS = {
    "travel": frozenset(["to"]),
    "arrive": frozenset(["in", "to"]),
    "go": frozenset(["to"]),
    "fly": frozenset(["to"]),
    "stop": frozenset(["in"]),
}
# Travelling verbs that are a visit only when a person makes the journey ("X is arriving in
# Uganda"; troops and ships arrive too, and are no visitors).
# ("went to Italy", "flew to Oslo": said of anyone and anything, a visit only of a person)
PERSON_JOURNEY_VERBS = frozenset(["arrive", "go", "fly", "stop"])
# Titles written short ("the Italian PM Giorgia Meloni"): before a name, that name's title,
# not a participant of its own.
SHORT_TITLES = frozenset(["pm", "fm"])
# A stay abroad ("X is in Kyiv", "was in Washington"): the preposition of the place, and
# the words of an office that make its holder's stay a visit to the state there (a
# reporter or a prisoner somewhere visits no one).
STAY_PREPOSITIONS = frozenset(["in"])
STAY_OFFICES = frozenset(
    """
    president vice prime minister premier chancellor emir king queen prince sultan sheikh
    secretary secretary-general envoy ambassador diplomat foreign defence defense speaker
    commissioner chairman chairwoman leader
    """.split()
)  # fmt: skip
# Verbs of going along with someone ("X accompanied the prime minister on the visit"): the
# companion is on the visitor's side, not met.
ACCOMPANYING_VERBS = frozenset(["accompany", "escort"])
# Pronouns of the person a sentence before names ("X arrived in Delhi on Monday. He met
# Y"): a meeting they hold, with no time of its own, is of that sentence's day.
PERSONAL_SUBJECT_PRONOUNS = frozenset(["he", "she", "they"])
# Of those, the pronoun of several people: it stands for subjects joined by "and".
PLURAL_SUBJECT_PRONOUNS = frozenset(["they"])
# Articles joined to a surname by a hyphen, which a later mention may drop ("Abdel Fattah
# al-Burhan" ... "Burhan"): the short name is the same person's.
SURNAME_ARTICLES = frozenset(["al", "el", "as", "ash", "ad", "ar", "at", "az", "an"])
# A delegation's visit told with no one named ('a visit to Y by an X delegation', 'a
# delegation from X is expected to visit Y'): the words for the visit, the preposition of
# its visitor, of its destination, and of a place inside the state visited ("the dam in Y").
DELEGATION_VISIT_WORDS = frozenset(["visit", "trip"])
VISITOR_PREPOSITIONS = frozenset(["by"])
DESTINATION_PREPOSITIONS = frozenset(["to"])
INSIDE_PREPOSITIONS = frozenset(["in"])
# The fewest states whose leaders, met together, make a meeting of each pair of them rather
# than one gathering (kg.extract.meetings.bilaterals).
FEWEST_STATES = 3
# The parts of speech of the words between two names of a list that keep it one list (a
# comma, "and", a determiner or adjective of the next name's phrase; kg.extract.meetings
# .name_lists).
NAME_LIST_GAP_POS = frozenset(["PUNCT", "CCONJ", "DET", "ADJ", "PART"])
# Verbs of briefing someone: a meeting of the one who briefs and the one briefed, when the
# latter is named or told by their state ("briefed the Chinese ambassador", "was briefed by
# X"; not "briefed reporters") (kg.extract.meetings.briefings).
BRIEFING_VERBS = frozenset(["brief"])
# Journeys made to meet someone named (kg.extract.meetings.journeys): the words of a journey
# an infinitive of purpose or a "during which" clause may hang on ("travelled to X to meet
# Y", "is heading to X to meet Y", "a trip to X to sign a pact with Y", "a trip to X,
# during which he met Y").
PURPOSE_JOURNEY_WORDS = JOURNEY_VERBS | PURPOSE_JOURNEY_VERBS | VISIT_WORDS
# Verbs of such a purpose that report meeting the one named: as their object ("to meet Y")
# or by "with", on the verb or on its object ("to meet with Y", "to hold talks with Y", "to
# sign a security pact with Y", "to discuss the border with Y"). Not derived from
# MEETING_VERBS: "sign" is none of them (a signing is met in kg.extract.meetings.journeys
# only with one named by "with"), and most of them ("call", "host", "visit", "attend", ...)
# are left out here.
PURPOSE_MEETING_VERBS = frozenset(["meet", "hold", "sign", "discuss", "negotiate", "confer"])
PURPOSE_MET_OBJECT_VERBS = frozenset(["meet"])
# The preposition of a relative clause told during a journey ("a trip to X, during which he
# met Y"): its pronoun is the traveller.
DURING_PREPOSITIONS = frozenset(["during"])
# "in contact with X", "in touch with X" (kg.extract.meetings.in_contact): the nouns of a
# state of talking with someone; the verbs and words of a channel kept open rather than
# talks held ("remained in close contact", "in constant contact").
CONTACT_STATE_NOUNS = frozenset(["contact", "touch", "communication"])
CONTACT_KEEPING_VERBS = frozenset(["remain", "stay", "keep"])
STANDING_CONTACT_WORDS = frozenset(
    ["close", "constant", "regular", "permanent", "continuous", "daily", "frequent", "ongoing"]
)
# Words telling that a group listed beside named people is more of their kind ("Mayor X and
# other officials"): a meeting not told in full (kg.extract.meetings.unnamed).
MORE_OF_A_KIND = frozenset(
    ["other", "another", "fellow", "several", "some", "many", "various", "numerous", "few"]
)
