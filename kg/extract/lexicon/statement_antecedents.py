"""Words of statements for speakers that point back: plural roles, pairs and counted states
said jointly ("the two leaders said", "the three countries announced"), plural bodies and kinds
of body ("the agencies said", "the group said"), and the determiners that make a noun point
back. Split from ``statements`` (which offers these tables under its own names too).

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# Plural roles whose modifiers may coordinate the bodies they speak for ("NATO and EU
# officials said", "Malian and Burkinabe diplomats warned"): one statement per body.
PLURAL_ROLE_LEMMAS = frozenset(
    "official diplomat envoy leader minister authority representative negotiator".split()
)
# Plural nouns of persons that point back to the two who met just before ("A met B. The two
# men agreed to ...").
JOINT_PERSON_NOUNS = frozenset("man woman leader minister president official".split())
# How many sentences before its own a plural of persons looks back for the pair it names.
JOINT_PAIR_SENTENCES_BACK = 2
# Plural nouns of states that point back to the two a sentence named ("officials from both
# countries said", "officials on both sides said"), and the prepositions that join them.
JOINT_STATE_NOUNS = frozenset("country nation state government side".split())
JOINT_STATE_PREPOSITIONS = ("from", "of", "in", "on")
# Plural nouns of states counted by a word ("the three countries", "both sides") that point
# back to the states last coordinated in as many; the words and their counts.
COUNTED_STATE_NOUNS = frozenset("country nation state government side".split())
COUNTED_STATE_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4}
# Plural pronouns subject of a speech verb: those coordinated as a subject just before
# ("A and B met in Lima. Both called for ...").
PLURAL_SUBJECT_PRONOUNS = frozenset(["they", "both"])
# Plural nouns of bodies that point back the same way ("The FBI and the DHS warned ... the
# agencies said", "Kenya and Ethiopia met ... the two countries said").
PLURAL_BODY_NOUNS = frozenset(
    "agency country government ministry side nation state party organisation organization "
    "group alliance army".split()
)
# Nouns of a kind of body that point back ("the group said", "the bank said") to the body of
# that type named last, in the same sentence or the one before: noun -> actor types.
_BODIES = frozenset(["Organization"])
_GROUPS = frozenset(["Group", "Organization"])
KIND_NOUNS = {
    "group": _GROUPS,
    "movement": _GROUPS,
    "militia": _GROUPS,
    "coalition": _GROUPS,
    # ("the rebels said", "the insurgents claimed": the armed group named last)
    "rebel": frozenset(["Group"]),
    "insurgent": frozenset(["Group"]),
    "militant": frozenset(["Group"]),
    "organisation": _BODIES,
    "organization": _BODIES,
    "bank": _BODIES,
    "company": _BODIES,
    "firm": _BODIES,
    "force": _BODIES,
    "agency": _BODIES,
    "watchdog": _BODIES,
    "alliance": _BODIES,
    "bloc": _BODIES,
    "union": _BODIES,
    "airline": _BODIES,
    "mission": _BODIES,
}
# Determiners that make a common noun subject point back to one named before ("the
# official said", "this ministry said").
ANAPHORIC_DETERMINERS = frozenset(["the", "this"])
