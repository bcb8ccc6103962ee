"""Words that tell who a meeting's sides are: regional adjectives that name a fixed set of
states ("his Baltic counterparts" are the ministers of each Baltic state but the speaker's
own: GUIDELINES, an unnamed counterpart is entered as their state, as the blind probes'
gold enters them), adverbs by which several met one at a time, and verbs of signing
together. Only adjectives whose membership is settled are listed ("Gulf", "Arab",
"African" are open-ended and left out).
Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it."""

from __future__ import annotations

# Adjective (lower case) -> the gazetteer names of the states it covers.
REGIONAL_STATES = {
    "baltic": ("Estonia", "Latvia", "Lithuania"),
    "nordic": ("Denmark", "Finland", "Iceland", "Norway", "Sweden"),
    "scandinavian": ("Denmark", "Norway", "Sweden"),
    "benelux": ("Belgium", "Netherlands", "Luxembourg"),
}
# Adverbs by which one side met several others each on their own ("met separately with A
# and B"): a meeting with each.
SEPARATELY_WORDS = frozenset(["separately", "individually"])
# Markers of a clause of time on a noun phrase before it ("a challenge to the government as
# it holds talks with X"): its "it" is the state or body named just before.
WHILE_MARKERS = frozenset(["as", "while", "when"])
# Nouns of a standing body two states keep together, named by their hyphenated pair ("the
# Kenyan-Ugandan joint commission", "the Joint A-B Border Committee"): its meeting is one of
# the two states (or a state and an organisation: "the NATO-Russia Council").
JOINT_BODY_NOUNS = frozenset(["commission", "committee", "council"])

# "talks on the A-B boundary question": the matter a meeting noun is "on" or "over", whose
# hyphenated pair of states are the meeting's sides (kg.extract.meetings.pairs)
PAIR_MATTER_NOUNS = frozenset(
    ["boundary", "border", "issue", "question", "dispute", "demarcation", "delimitation"]
)
PAIR_MATTER_PREPS = frozenset(["on", "over"])
# Nouns of a state's office a minister speaks for, which bare ("the ministry would summon
# an envoy", said by a minister) stands for the minister's state.
BARE_OFFICE_NOUNS = frozenset(["ministry"])
# Verbs of putting one's name to a text together: two or more people named as signing it
# ("A and B signed the treaty", "the pact, signed in X by A and B", "signed between A and
# B") met to do so (the blind probes' gold enters a signing by two people as a meeting held
# in person); and the prepositions that name the signers besides the subject and "by".
SIGNING_VERBS = frozenset(["sign", "ink"])
SIGNER_PREPOSITIONS = frozenset(["between"])

# Title bodies (kg.extract.meetings.title_bodies): an organisation named in the title before
# a person's name ("Justice and Human Rights Minister X", "National Intelligence Directorate
# chief X") or in a title set after it ("X, head of the Y Council") is that person's office,
# not a side of its own. The dependencies that tie a title word to the name it titles ...
TITLE_WORD_DEPS = frozenset(["compound", "nmod", "amod", "poss", "conj", "cc", "pobj", "prep"])
# ... the prepositions a title names its body by ("head of Y", "envoy for Y") ...
TITLE_BODY_PREPOSITIONS = frozenset(["of", "for"])
# ... the last link into the name: a title before it, or one set after it ("X, head of Y")
TITLE_TO_NAME_DEPS = frozenset(["compound", "nmod", "amod", "poss", "appos"])
# the actor types a title body can be (a state by its adjective or possessive is a side:
# "Russia's Foreign Minister X" stands for X, and the state is kept where the parse chose it)
TITLE_BODY_TYPES = frozenset(["Organization", "Group"])
# the parser's labels of a body's words ("" for words it left unlabelled inside a title)
TITLE_BODY_LABELS = frozenset(["ORG", ""])

# Calls received (kg.extract.meetings.received_calls): the verbs by which the one phoned
# takes a call "from" the caller ("received a call from X", "took calls from A and
# B"), the nouns of such calls, and the word by which a group of callers is named in part
# ("calls from many leaders, including A and B": A and B).
RECEIVING_CALL_VERBS = frozenset(["receive", "take", "get"])
RECEIVED_CALL_NOUNS = frozenset(["call", "phonecall"])
CALLER_PREPOSITIONS = frozenset(["from"])
NAMED_IN_PART_WORDS = frozenset(["including"])
# Adverbs by which a "with" said again names another meeting, at another time ("held a
# call with A at noon, and later with B": two calls; kg.extract.meetings
# .repeated_preps), where "held a call with A, and with B" is one call of all three.
SEQUENCE_ADVERBS = frozenset(["later", "then", "afterwards", "subsequently", "separately"])
