"""Words of whose a force is and of counts of it (session 15): which bodies that report a
move are the state's own armed or defence bodies, speaking of their own forces, and which
are only sources (an intelligence service, a monitor, a foreign ministry); the nouns of a
count of a force; a place pointed back to. Read by ``kg.extract.deployments.owners``,
``.sources``, ``.sizes`` and ``.places``.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# Words of an organisation's name that make it a state's armed or defence body: "the X
# Defence Ministry said troops were sent forward" speaks of the state's own troops. A
# reporting organisation with none of them ("the National Intelligence Service said the
# soldiers were shipped to Y", "the Syrian Observatory said fighters entered Z") is a
# source, never the owner (GUIDELINES: the actor is whose forces they are).
DEFENCE_BODY_WORDS = frozenset(
    """defence defense military army navy naval armed forces war staff command guard guards
    marines corps air airforce coastguard brigade division regiment battalion""".split()
)
# The words of a state's armed body named generically, with no name of its own ("the Armed
# Forces", "the Border Guard", "the National Guard"): on a caption's force they name no
# owner of their own (``captions``).
GENERIC_BODY_WORDS = frozenset(
    """the armed forces force army navy air border guard guards coast coastguard national
    police military defence defense""".split()
)
# Words of an organisation's name that make it a source when it reports a move (unless it
# is also a defence body, above): an alliance or a mission ("NATO said troops would be sent")
# may speak of its own.
SOURCE_BODY_WORDS = frozenset(
    """intelligence spy agency observatory monitor monitors monitoring institute ministry
    department office""".split()
)
# Words that make a reporting body a source even when a defence word names it too: a
# state's military or naval intelligence, or a reconnaissance service, reports what it has
# learned of others' forces ("Xland's military intelligence believes several hundred fighters
# remain at Y": the fighters are not Xland's), never moves its own.
INTELLIGENCE_BODY_WORDS = frozenset(
    """intelligence counterintelligence counter-intelligence spy espionage""".split()
)
# Heads of a state's ministry named with no state ("the Defence Ministry"): no actor of a
# deployment of its own but the state's (GUIDELINES: the state, not the ministry).
MINISTRY_HEADS = frozenset(["ministry", "ministries"])
# Nouns of a count whose "of" phrase names the force counted ("the total number of X
# personnel sent to Y, including 11,000 combat troops deployed to Z": the part is X's).
COUNT_NOUNS = frozenset(["number", "total", "tally", "count"])
# Adverbs of a place the text points back to ("200 more soldiers arrived there"): kept as
# printed, the place the sentence before named (GUIDELINES: the article's wording).
POINTING_PLACE_ADVERBS = frozenset(["there"])
# How many sentences back a force that names no owner may take its owner from the
# deployment found last before it, beyond its own paragraph ("X sent troops to Y. ...
# Reinforcements will be deployed in Z, the sources said": X's; ``deployments.discourse``).
DISCOURSE_SENTENCES = 2
# Forces no state's own: a carried-over owner never makes them a state's ("X sent troops
# to Y. Rebels attacked the town" are not X's).
FOREIGN_FORCE_NOUNS = frozenset(
    "rebels insurgents militants guerrillas jihadists mercenaries terrorists gunmen".split()
)
# A force naming no owner further back than that is the article's main deployer's: the
# state of at least this share of the deployments found before it, and of this many.
MAIN_DEPLOYER_SHARE = 0.75
MAIN_DEPLOYER_COUNT = 3
# ... and of this many for a bare force placed with no owner in its clause (bare_presence)
BARE_DEPLOYER_COUNT = 2
# A definite noun for a body of no state that points back to the one named last before it
# ("The mission has a handful of warships escorting ships through X", "the group has a
# dozen armed members left in Y", "the mission's quick reaction force"): the noun and the
# types of actor it may point to (GUIDELINES: the actor is the state or group whose forces
# they are; an alliance's or a mission's are its own). ``deployments.anaphora``.
BODY_ANAPHORS = {
    "group": ("Group",),
    "militia": ("Group",),
    "movement": ("Group",),
    "rebels": ("Group",),
    "insurgents": ("Group",),
    "mission": ("Organization",),
    "alliance": ("Organization",),
    "bloc": ("Organization",),
    "coalition": ("Organization", "Group"),
}
# Words of an organisation's name that make it no body with forces of its own for such a
# noun to point to ("the Security Council", "the Foreign Ministry").
NOT_FORCE_BODY_WORDS = frozenset(
    """council assembly parliament court committee commission ministry department office
    agency observatory institute bank company""".split()
)
# Forces that only a mission has: peacekeepers with no owner named on them are the mission's
# the sentence or the text before names ("the mission's spokesman said peacekeepers had been
# deployed to X"). ``deployments.anaphora``.
MISSION_FORCE_NOUNS = frozenset(["peacekeepers", "peacekeeper", "blue helmets", "helmets"])
# Words of an organisation's name that make it an alliance or a mission with forces of its own
# (with DEFENCE_BODY_WORDS): its presence somewhere is its forces there ("NATO has increased
# its presence in the X region"; a company's or a union's presence is none).
ARMED_BODY_NAME_WORDS = frozenset(
    "alliance treaty mission missions peacekeeping stabilization stabilisation".split()
)
# Shapes of the acronyms peace and stabilisation missions go by, with no word of the
# tables above in them ("UNXYZ, which has about 3,000 troops", "MINUXX redeployed a
# battalion", "the XFOR commander"): the acronym's start, or its end, upper-cased. A body
# so named is a mission with forces of its own (``deployments.sources.armed_body``).
MISSION_ACRONYM_STARTS = ("UN", "MINU", "MONU", "AMIS", "ATMIS", "EUFOR", "EULEX", "EUTM")
MISSION_ACRONYM_ENDS = ("FOR",)
# Starts of a mission's acronym that stay one when it is written as a word ("Monusco",
# "Minusma"), where "Un..." would take in English words ("Union", "Unity").
MISSION_WORD_STARTS = ("MINU", "MONU")
# Words of the name of a peace or stabilisation mission (not an alliance's: "NATO has
# 40,000 troops on alert" places none), and the verbs by which a mission has its strength
# ("UNXYZ, which has about 3,000 troops", "numbers 1,100 peacekeepers"): a mission's own
# force serves where the mission does. ``deployments.missions``.
PEACE_MISSION_NAME_WORDS = frozenset(
    "mission missions peacekeeping stabilization stabilisation interim disengagement".split()
)
MISSION_HOLDING_VERBS = frozenset(["have", "number", "maintain", "keep", "field", "count"])
# UN bodies and organs whose acronyms begin like a mission's but which hold no force: an
# agency, a fund, a council, a programme.
UN_BODY_ACRONYMS = frozenset(
    """UNHCR UNICEF UNESCO UNDP UNEP UNFPA UNRWA UNGA UNSC UNOCHA UNOPS UNODC UNCTAD UNIDO
    UNAIDS UNITAR UNHRC UNWOMEN UNOG UNOV UNON UNCHR UNDRR UNFCCC UNSG UNMAS UNCLOS UNTV UNOSAT
    UNIFEM UNWTO UNECE UNESCAP UNHABITAT""".split()
)
# Heads of the name of a command over a part of a state's territory ("the Second Army
# Region", "the Eastern Military District", "the Northern Military Zone"): with a word of
# DEFENCE_BODY_WORDS and no state in the name, a state's command, which moves forces for the
# state whose ground it commands (GUIDELINES: the actor is the state, not the army).
COMMAND_AREA_HEADS = frozenset("region district zone area sector theater theatre".split())
# Verbs by which a source relays what it learned ("NRK reported that two destroyers had
# entered the fjord"): an organisation of no state that reports is a source, not an owner.
REPORTING_VERBS = frozenset(["report"])
# Verbs whose object is the one spoken to ("residents told X that the rebels had moved
# fighters"; "officials briefed Y"): an addressee (an outlet, a reporter, an envoy) relays or
# hears of a move, it owns no force in it. ``deployments.bystanders``.
TELLING_VERBS = frozenset("tell brief inform assure update".split())
# Verbs whose agent only looked at the evidence ("images seen by X show ships berthed at Y",
# "documents obtained by Z"): an observer, no owner of what it saw.
OBSERVING_VERBS = frozenset(
    "see obtain review verify examine analyse analyze view inspect geolocate publish".split()
)
# Verbs of watching whose subject only saw a move ("the ministry said it had observed the
# North deploying troops to X", "he had seen no evidence that units had been moved to Y",
# "patrols spotted fighters massing near Z"): an observer, no owner of the force in what it
# saw. ``deployments.observers``.
WATCHING_VERBS = frozenset(
    "see observe spot detect notice witness monitor track sight photograph film record".split()
)
# Heads of a force of equipment, which a model's or a weapon's name modifies ("two Griffon
# helicopters", "X coastal missile systems", "a Y patrol aircraft"): a name found only so is
# the kit's designation, no owner (personnel nouns are left out: "X fighters" are a group's).
KIT_HEADS = frozenset(
    """aircraft plane planes jet jets helicopter helicopters drone drones bomber bombers
    system systems missile missiles launcher launchers battery batteries tank tanks
    destroyer destroyers frigate frigates corvette corvettes submarine submarines vessel
    vessels boat boats ship ships howitzer howitzers interceptor interceptors""".split()
)

# A wire service's tag set in brackets before a headline or lead ("(LEAD) X carrier arrives",
# "(2nd LD) ...", "(URGENT) ...", "(ATTN: ...)"): an editing note, never an owner.
WIRE_TAGS = {
    "LEAD",
    "LD",
    "URGENT",
    "UPDATE",
    "UPDATED",
    "CORRECTED",
    "CORRECTION",
    "REFILE",
    "ATTN",
    "WRAP",
    "WRAPUP",
    "RECAST",
    "REPEAT",
    "FOCUS",
    "ANALYSIS",
    "EXCLUSIVE",
    "FLASH",
    "BULLETIN",
    "ALERT",
    "NEWSMAKER",
    "INTERVIEW",
    "FACTBOX",
    "EXPLAINER",
}
# Verbs whose subject helps another state's forces, and the participles of a compound that
# name a helper ("Washington has offered equipment", "US-trained police"): a partner, no owner
# (deployments.partners)
HELPING_VERBS = frozenset(
    "offer provide supply train fund finance equip help assist support pledge donate".split()
)
HELPING_PARTICIPLES = frozenset("trained funded financed equipped supplied supported".split())
# Verbs whose object is ground a force goes into from outside ("enter X territory"): a state
# named there is the far side, not the owner (deployments.destinations).
ENTERED_VERBS = frozenset(["enter", "cross", "penetrate", "invade"])
# Nouns of a line between two states, whose "with" names the other one ("the border with X").
BORDER_NOUNS = frozenset(["border", "borders", "frontier", "frontiers", "boundary"])
