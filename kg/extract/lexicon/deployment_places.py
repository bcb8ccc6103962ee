"""Words of the places a deployment names (session 18, from ``deployments``): the common
nouns that name a place and those that do so only with a proper name, the words a place's
phrase ends before, and the prepositions and adverbs that attach a place to a move or a
force and say which of them belong to its wording ("near X", "the city of Y"). Read by
``kg.extract.deployments`` (as ``plx.*``) and through ``kg.extract.lexicon``.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it. Imports only other lexicon tables
(``deployment_sites``), never ``deployments``.
"""

from __future__ import annotations

from kg.extract.lexicon.deployment_sites import GUARD_POST_HEADS

# Common nouns that name a place: the object of PLACE_OBJECT_VERBS ("crossed the state
# border") and where a present force is ("forces on the front line", not "on civilians").
PLACE_HEADS = (
    frozenset(
        "border borders boundary frontier city town village region territory area province oblast "
        "district neighborhood neighbourhood capital country front frontline line position "
        "soil flank base coast peninsula sea waters island port airfield zone sector "
        "direction ground field east west south north corridor part location axis "
        # sites a force holds or is trapped in: "troops holed up in the factory"
        "depot refinery plant factory works airport bridge facility complex camp outskirts suburb "
        "crossing "
        # sites a force raids or guards: "contractors mounted raids on goldmines in the east"
        "mine mines goldmine goldmines gold-mine gold-mines oilfield oilfields "
        "settlement trench bunker hill heights river bank highway road shore riverbank "
        # the middle of a place: "tanks were seen in the centre of X"
        "centre center heart "
        # "keeps its troops on our land"
        "land lands "
        # waters a fleet patrols: "warships are patrolling the strait"
        "strait straits gulf ocean bay channel lagoon lake airspace shoal reef "
        # where ships and aircraft are kept: "patrol boats moored at the quay"
        "quay quays pier piers harbour harbor anchorage dockyard airbase air-base "
        # "troops across the continent", "forces in the vicinity of the residence"
        "continent vicinity "
        # land a force holds or hides in: "fighters in the river valley"
        "valley mountains hills desert plateau delta coastline basin enclave governorate "
        "county prefecture municipality islands forest jungle gap plain plains archipelago "
        "isthmus steppe marshes swamps highlands lowlands fjord fjords "
        # where forces of order stand: "soldiers patrolled the streets of X", "police outside
        # the university campus"
        "streets street square campus".split()
    )
    | GUARD_POST_HEADS
)  # "soldiers at a checkpoint near X"
# Nouns that name a place only after a proper name: "Zulia state", "the Baltic states"
# ("the state" alone is mostly the government).
NAMED_PLACE_HEADS = frozenset(["state", "states", "republic", "emirate", "territories"])
# Nouns of a settlement that "the city" refers back to by ("... around X, Ukrainians continue
# to defend the city": the city is X).
SETTLEMENT_NOUNS = frozenset("city town village port capital".split())
# Place nouns that only point at the place named after them: "advance in the direction
# of X" is toward X.
DIRECTION_HEADS = frozenset(["direction", "directions"])
# Words of a compass direction that, with "of", name a place ("northwest of X").
COMPASS_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west".split()
)
# Heads of a prepositional phrase that is not a place ("in a single battle").
NOT_LOCATION_HEADS = frozenset(
    "battle war fight fighting offensive attack operation defence defense effort order "
    "support response case event exercise exercises drill drills "
    # times and states, not places: "at the start of the war", "on high alert"
    "start beginning end outset time moment alert readiness preparedness standby "
    # "offensives on behalf of the government"
    "behalf return "
    # "at this stage", "closing in on a map of X", "based on accurate intelligence"
    "stage phase map picture intelligence "
    # adverbial phrases of amount and time: "700 troops in total", "in all", "have joined the
    # drills in the past", "in the meantime", "in the future"
    "total past meantime future interim "
    # "all options are on the table", "raised the presence of X on the sidelines of the meeting"
    "table sideline sidelines agenda "
    # "drones were flying around the clock over X"
    "clock".split()
)
# Particles of setting out ("fly out from X", "set off from Y"): X is where a move starts.
LEAVING_PARTICLES = frozenset(["out", "off", "away"])
# Prepositions of a place that may hold a smaller one ("in the port of X, in the region of
# Y"): after a comma, the second names where the first lies.
NESTING_PREPOSITIONS = frozenset(["in", "at", "inside", "within"])
# Heads of a named mission ("the United Nations Mission in X"): its "in" place is where
# troops sent to it go.
MISSION_NAME_HEADS = frozenset(["mission"])
# Prepositions of a place after a force's arrangement that is no place ("in a semicircle
# around X", "in a line along the river", "in a ring encircling" is a verb's).
ARRANGED_AROUND_PREPOSITIONS = frozenset(
    "around along across near outside inside on at in surrounding".split()
)
# Words after a place that say when, not where ("to the border ahead of a vote", "into the
# city before the talks"): a place phrase ends before them.
PLACE_TIME_WORDS = frozenset(
    "ahead before after during amid following prior since until pending".split()
)
# Prepositions of purpose after a place ("to the X airport for surveillance flights over
# the Y", "to the base for the programme"): what the force is there for, not where.
PURPOSE_PREPOSITIONS = frozenset(["for"])
# Nouns of the move itself that a comma sets after a place ("to the area bordering X, a
# deployment the Y described as ..."; ", a move that Z condemned"): what is said of the
# move ends the place's wording.
MOVE_APPOSITION_NOUNS = frozenset(
    "deployment deployments move step build-up buildup escalation provocation decision".split()
)
# Participles before a place that the parser may read as the preposition's verb: in "to
# neighbouring X" it makes X their object, and the preposition has none.
PLACE_PARTICIPLES = frozenset(
    "neighbouring neighboring bordering surrounding adjoining adjacent".split()
)
# Determiners of a place one cannot name ("a city that forms part of the route").
INDEFINITE_DETERMINERS = frozenset(["a", "an", "some", "any"])

# Prepositions and adverbs of a place.
# Prepositions that attach a location to a trigger.
LOCATION_PREPOSITIONS = frozenset(
    [
        "to",
        "near",
        "in",
        "at",
        "along",
        "around",
        "on",
        "into",
        "across",
        "inside",
        "within",
        "towards",
        "toward",
        "from",
        "off",  # "anchored off the island"
        "over",  # "jets patrolling over the gulf"
        "throughout",  # "troops spread throughout the country"
        "through",  # "a destroyer sailed through the strait"
    ]
)
# Prepositions kept before a place's name, since the place is not where the force is but
# by it ("near X", "around the city"); "outside" only on a present force's place.
NEARBY_PREPOSITIONS = frozenset(
    ["near", "around", "along", "across", "inside", "within", "off", "over", "throughout"]
)
OUTSIDE_PREPOSITIONS = frozenset(["outside"])
# Prepositions that belong to a place's name ("the city of X", "the towns in northern
# Y"); others say what happens there ("the depot under fire").
# ("the hills above the village of X", "the border zone between X and Y")
PLACE_QUALIFIERS = frozenset(
    "of in near outside along around on across including above below between off".split()
)
# Verbs whose participle with its agent names a place by who holds it ("areas controlled by
# the rebels", "villages occupied by X"): part of the place's wording, not what happens there.
HOLDER_PARTICIPLES = frozenset(
    "control hold occupy seize capture administer run govern patrol".split()
)
# Prepositions of the extent of a place just named ("at campuses across the country").
EXTENT_PREPOSITIONS = frozenset(["across", "throughout", "including"])
# Prepositions of a place next to a town that "the city" may refer back to ("around X").
AROUND_PREPOSITIONS = frozenset({"around", "near", "outside"})
# Units of a distance from a place: "forces were 20 kilometers from X" puts them there (the
# location is the whole phrase), with the prepositions that name the place.
DISTANCE_NOUNS = frozenset(
    "kilometer kilometre kilometers kilometres km miles mile meters metres meter metre".split()
)
DISTANCE_PREPOSITIONS = frozenset(["from", "of", "outside"])
# Prepositions whose object is the distance itself ("within 3 km of X").
WITHIN_PREPOSITIONS = frozenset(["within"])
# Adverbs a move's place may hang on: "sent the carrier back to X", "moved on to Y" (the place
# is the move's); "closer to X", "nearer to Y" keep their word, since the force is by the place.
RETURN_ADVERBS = frozenset(["back", "onward", "onwards", "forward", "again"])
# ("a patrol vessel operating close to the zone", "drones flying close to the line")
APPROACH_ADVERBS = frozenset(["closer", "nearer", "close"])
# Verbs whose subject is a place a force is the guest of ("X hosts 4,000 Y troops", "the
# outpost houses 350 personnel"), and the noun of "home to"
HOSTING_VERBS = frozenset(["host", "house"])
HOME_NOUNS = frozenset(["home"])
