"""Words of how forces move and where ships and aircraft are kept (session 15): where a move
goes, the group a force moves in, what a ship or an aircraft flies or sails, divisions of a
state named by their "of" name; and (session 18) a force that trains itself, the amount with
no number it is counted in, and the verbs of seeing it where it is. Read through
``kg.extract.lexicon.deployments``.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# Prepositions of where a move goes: "moved troops from X to Y" (the "from" is where it
# starts, not whose the troops are).
MOVE_GOAL_PREPOSITIONS = frozenset(["to", "into", "toward", "towards"])
# Places a noun of a state's division names with "of" and a proper name: "the northern
# state of X", "the province of Y" (a place without a "the ... of" name: "the state" alone
# is mostly the government).
OF_NAMED_PLACE_HEADS = frozenset(
    ["state", "states", "republic", "emirate", "territories", "department", "canton", "commune"]
)
# Nouns of a group moving together that a force makes up ("a convoy of trucks in X", "columns
# of armoured vehicles on the road to Y"): a place may hang on them.
# ("satellite images show rows of armoured vehicles at X")
GROUPING_NOUNS = frozenset("convoy convoys column columns fleet flotilla wave waves rows".split())
# What a ship or an aircraft flies or sails, on which the parser hangs the place: "jets
# flew sorties over X", "the frigate sailed a patrol through Y".
SORTIE_NOUNS = frozenset("sortie sorties patrol patrols mission missions flight flights".split())
# Particles of a verb of moving that the parser may read as a preposition taking the force
# as its object ("has flown in reinforcements to X", "brought up fresh troops").
MISREAD_PARTICLES = frozenset(["in", "up"])
# A state's bodies named bare as a mover ("the junta has flown in reinforcements", "the army
# moved two divisions"): the state the article named with one of them before.
STATE_BODY_NOUNS = frozenset("army military junta regime government navy".split())
# Sides of a place, themselves a place when they name it ("on the Armenian side of the
# frontier", "troops on both sides of the line"; "on the other side" alone is none).
SIDE_NOUNS = frozenset(["side", "sides"])
# Nouns of a force taken away ("a reduction of US troops in X", "the drawdown of forces in
# Y"): what they govern is withdrawn, not deployed (GUIDELINES).
REDUCTION_NOUNS = frozenset(
    "reduction reductions drawdown draw-down withdrawal pullout pull-out pullback cut cuts".split()
)
# Plural force nouns of one kind, which a definite mention may use for a force named before
# with another ("four X coast guard vessels entered Y. The ships sailed into Z").
FORCE_KINDS = {
    **dict.fromkeys("ships vessels warships boats".split(), "ships"),
    **dict.fromkeys("aircraft planes warplanes jets".split(), "aircraft"),
    **dict.fromkeys("troops soldiers servicemen".split(), "troops"),
}
# Pronouns by which a part of a force points back to the force named before ("about 1,000 of
# them are stationed in X"), and words of a part that give no number ("most of them").
POINTING_PRONOUNS = frozenset(["them", "those"])
PART_WORDS = frozenset(["some", "most", "many", "several", "all", "half", "part"])
# A state's armed bodies that speak of its own forces ("a Thai army spokesman said troops
# continue to operate along the border"; "officials said troops entered X" may be the enemy's).
FORCE_BODY_NOUNS = frozenset(["army", "military", "navy", "ministry", "command", "forces"])
# Verbs of keeping watch, whose subject force is at the place it watches: "X drones are
# monitoring the border", "aircraft were watching movements in the desert" (not "track":
# what is tracked may be far from the tracker).
WATCH_VERBS = frozenset("monitor watch surveil reconnoitre reconnoiter scout".split())
# What a force watches in a place, which the place hangs on: "monitoring movements in X"
# (not "the situation in Y", watched from anywhere).
WATCHED_NOUNS = frozenset("movement movements traffic crossing crossings approaches".split())
# Verbs by which a force trains itself where it is ("X servicemen train near Y"): with the
# force as their subject and no object, a presence there (GUIDELINES: forces operating in a
# place are deployed there); "training X's forces" acts on others (NOT_DEPLOYMENT_VERBS).
SELF_TRAINING_VERBS = frozenset(["train"])
# Nouns of an amount a force is counted in with no number ("a handful of soldiers in X", "a
# small number of personnel", "a team of military advisers was seen at Y"): the phrase the
# amount heads is the force's, as "thousands of troops" is.
QUANTITY_NOUNS = frozenset("number handful team bulk majority remainder".split())
# Verbs of seeing a force at something it does ("a battalion was observed exercising near X",
# "troops were seen digging in along Y"): the place of the participle is where it is.
PERCEPTION_VERBS = frozenset("see observe spot photograph film watch notice record".split())
# Adverbs by which a participle gives a force's home base ("a battalion, normally stationed in
# the north, has been moved to X"): where it usually is, not where the clause sends it.
HOME_BASE_ADVERBS = frozenset("normally usually ordinarily habitually permanently".split())
