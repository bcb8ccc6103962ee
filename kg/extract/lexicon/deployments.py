"""Words of military deployments: movement verbs, forces, sizes and modality. The words
of places (place nouns, and the prepositions and adverbs that attach a place) are in
``deployment_places``, read as ``plx.*`` or through ``kg.extract.lexicon``, not re-exported
here.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

from kg.extract.lexicon.deployment_forces import EXERCISE_NOUNS, INVOLVING_VERBS  # noqa: F401
from kg.extract.lexicon.deployment_modality import (  # noqa: F401 (read as dlx.*)
    ANNOUNCE_VERBS,
    ASSERTING_MARKS,
    DEFINITE_DETERMINERS,
    DENIAL_VERBS,
    DOUBT_WORDS,
    NEGATIONS,
    PLAN_NOUNS,
    PLAN_VERBS,
    PLANNED_WORDS,
    POSSIBLE_MODALS,
    POSSIBLE_WORDS,
    REDUCING_VERBS,
    REQUEST_VERBS,
    RULE_OUT_VERBS,
    SCOPED_NEGATIONS,
    STANDBY_WORDS,
    UNDECIDED_MOVE_NOUNS,
)
from kg.extract.lexicon.deployment_moves import (  # noqa: F401 (read as dlx.*)
    FORCE_KINDS,
    GROUPING_NOUNS,
    MISREAD_PARTICLES,
    MOVE_GOAL_PREPOSITIONS,
    OF_NAMED_PLACE_HEADS,
    REDUCTION_NOUNS,
    SIDE_NOUNS,
    SORTIE_NOUNS,
    STATE_BODY_NOUNS,
    WATCH_VERBS,
    WATCHED_NOUNS,
)
from kg.extract.lexicon.deployment_sites import (  # noqa: F401 (read as dlx.*)
    GUARD_POST_HEADS,
    HELD_POST_NOUNS,
    POST_HOLDING_VERBS,
    POST_SETTING_VERBS,
    REGION_HEADS,
    SITUATING_ADVERBS,
    SITUATING_PREPOSITIONS,
)

# Verbs (lemmas) that move or keep forces somewhere.
DEPLOYMENT_VERBS = frozenset(
    [
        "deploy",
        "send",
        "mass",
        "amass",
        "station",
        "move",
        "reinforce",
        "position",
        "concentrate",
        "dispatch",
        "redeploy",
        "gather",
        "build",
        "assemble",
        "base",
        "transfer",
        "bring",
        "mobilise",
        "mobilize",
        "commit",
        "march",
        "pour",  # "poured troops into the region"
        "rush",  # "rushed reinforcements to the front"
        "accumulate",  # "accumulates artillery around the town"
        "fly",  # "marines were flown to the port"
        "airlift",
        "ship",  # "tanks were shipped to the island"
        "anchor",  # "four frigates anchored off the island"
        "camp",  # "soldiers camped on the plateau"
        "install",  # "air-defence systems were installed near the residence"
        "instal",  # (the lemma the model gives "installed")
        "place",  # "troops will be placed on high readiness across the continent"
        "spread",  # "300,000 troops spread throughout the country"
        "fan",  # "riot police fanned out across the capital"
        "shift",  # "shifted two brigades to the north"
        "rotate",  # "rotated fresh marines to the shoal" (a rotation in is a deployment)
        # ships and aircraft kept at a berth or a base: "bombers were parked at the base",
        # "patrol boats were moored at the quay" (only with a place)
        "park",
        "moor",
        "berth",
        "dock",
    ]
)
# Verbs that add a force "with" which to a place or a force already there: "reinforce its
# mission in X with 500 more soldiers", "bolstered the garrison with two battalions".
REINFORCING_VERBS = frozenset(["reinforce", "bolster", "strengthen", "augment", "beef"])
REINFORCING_PREPOSITIONS = frozenset(["with", "by"])
# Deployment verbs whose subject may be the force itself ("troops massed near the border").
SELF_MOVING_VERBS = frozenset(
    [
        "move",
        "mass",
        "gather",
        "deploy",
        "concentrate",
        "station",
        "anchor",
        "camp",
        "spread",
        "fan",
        "park",
        "moor",
        "berth",
        "dock",
    ]
)
# Deployment verbs that deploy only with their particle ("built up forces", not "built a
# base"): verb -> particle.
PARTICLE_VERBS = {"build": "up", "fan": "out"}
# Verbs by which a force closes a place off and so stands around it: "police cordoned off
# the square", "the palace was surrounded by soldiers" (the force as subject or agent, the
# place as object or passive subject; "cordone" is the lemma the model gives "cordoned").
CORDON_VERBS = frozenset("surround encircle cordon cordone seal ring besiege barricade".split())
# Sites that are a place only when a force closes them off ("cordoned off the party's
# offices", "surrounded the parliament building"); elsewhere "the hospital" a force shells
# or "the building" it strikes is no place it stands.
CORDONED_SITES = frozenset(
    "building buildings headquarters office offices secretariat palace parliament square "
    "campus hospital residence compound embassy stadium street streets station house home "
    "premises court courthouse university school mosque church".split()
)
# Verbs of a force moving itself into a place ("troops stormed the city", "forces
# crossed the border"): the force is the subject and the place may be the object.
ADVANCE_VERBS = CORDON_VERBS | frozenset(
    "advance enter cross storm march fight join arrive patrol head inch creep close "
    "converge push press roll drive sweep surge reach approach land penetrate "
    # ships and aircraft move themselves: "a destroyer sailed through the strait"
    "sail steam transit fly "
    # "members of the mission and police from X went to Y"
    "go travel "
    # ships call at ports: "a destroyer visited X", "warships docked in Y"
    "visit dock berth moor".split()
)
# Participles by which a body names the state that leads it: "the Kenyan-led mission" is
# Kenya's ("Iran-backed militants" are not Iran's forces).
LEADING_PARTICIPLES = frozenset(["led", "commanded"])
# Verbs by which a state raises people to fight ("Russia has recruited 15,000 men to fight
# its war in X", "foreigners were enlisted to serve in Y"): whoever they raise, named by any
# noun, is a force once sent to fight somewhere.
RECRUIT_VERBS = frozenset("recruit enlist hire conscript draft lure mobilise mobilize".split())
# Fronts a side opens somewhere ("opened a new front in the X region"): its forces are
# there, though no force is named.
FRONT_NOUNS = frozenset(["front"])
OPENING_VERBS = frozenset(["open", "launch"])
# Arms a host may report on its own soil: "X's leader said the nuclear weapons stationed in
# X are defensive" says nothing of whose they are, and they are not X's deployment.
HOSTED_ARMS = frozenset("weapons weapon missiles missile bombs warheads".split())
# Words over a move that put it under discussion, a possible move: "held talks about
# deploying troops", "discussed sending", "is considering sending" (lemmas).
DISCUSSION_WORDS = frozenset(
    "discuss discussion talk debate consider consideration mull weigh contemplate".split()
)
# Verbs of studying a move, a possible move when the move is what they study ("was studying
# whether to send jets", "is evaluating sending a brigade", "agreed to study the deployment of
# units"; not "studied the map before it sent troops").
STUDY_VERBS = frozenset("study evaluate explore examine".split())
STUDIED_DEPS = frozenset(["xcomp", "dobj", "pcomp"])
# Modifiers by which an announced deployment is one made: "announced the first deployment
# of X to Y" (not "announced the deployment of X", a plan).
ACCOMPLISHED_MODIFIERS = frozenset(["first", "completed", "successful"])
# Deployment nouns of a presence a state builds up: the next sentence's forces, in a
# sentence naming no one, are its ("X is expanding its presence in the south. There will be
# 5,000 more troops in Y").
EXPANDED_NOUNS = frozenset(
    "presence deployment deployments build-up buildup reinforcement reinforcements".split()
)
# Nouns by which a definite phrase names a state already named ("arrived in the country").
STATE_NOUNS = frozenset(["country", "nation", "republic", "kingdom"])
# Forces that a call-up raises rather than sends: "mobilised 60,000 reservists" with no place
# is a call-up figure, no deployment ("mobilised troops to the border" is one).
RESERVE_FORCES = frozenset("reservists reserves conscripts recruits draftees".split())
# Verbs of the purpose people are raised for, which put them where they fight or serve.
FIGHTING_PURPOSE_VERBS = frozenset(["fight", "serve"])
# Verbs of a force's strength or of raising it, not of moving it: a numbered force they
# govern with no place is a total ("the army has 900,000 personnel", "can activate 900,000
# reservists", "will add 20,000 conscripts to the armed forces"), no deployment.
FORCE_TOTAL_VERBS = frozenset(
    "have possess boast field activate add recruit conscript enlist draft muster number "
    "count total comprise include train call mobilise mobilize".split()
)
# Words that make a numbered force part of a total ("has 4,477 warheads, including 1,900
# tactical weapons"): a total too.
PART_OF_TOTAL_WORDS = frozenset(["including", "among"])
# Words on a numbered force that make its total a force at the ready ("has 25,000 fighters
# ready to march"): a possible move, kept.
READY_WORDS = frozenset(["ready", "poised", "prepared", "standby", "alert"])
# Verbs by which a force enters a war ("troops would join the war").
JOINING_WAR_VERBS = frozenset(["join"])
# Objects that, joined, put a force into a war without naming a place ("join the war").
WAR_WORDS = frozenset(["war", "fight", "fighting", "conflict", "offensive", "invasion"])
# Those of them whose object is a place ("fight the Islamic State" names a foe).
# ("preparing troops to join the front lines": joining a place one can name goes there)
PLACE_OBJECT_VERBS = frozenset(
    # ("warships transited the strait")
    ["enter", "cross", "storm", "patrol", "reach", "approach", "join", "visit", "transit"]
)
# Verbs with "off" of a force kept out of a place ("soldiers stay off its streets").
KEEP_AWAY_VERBS = frozenset(["stay", "keep", "remain", "get"])
# Deployment verbs that also mean stockpiling ("accumulating missiles"): a deployment
# only with a place ("accumulates artillery around the town"); and a rotation, which is
# one only into a place ("rotated its troops out of X", "rotated them home" withdraw).
PLACED_ONLY_VERBS = frozenset(["accumulate", "place", "rotate", "park", "moor", "berth", "dock"])
# Verbs whose subject force is at their object place: "Ukrainian troops are holding
# the town", "Russian forces surrounded the city" (not "captured": a past move).
HOLD_PLACE_VERBS = frozenset(
    [
        "hold",
        "defend",
        "besiege",
        "surround",
        "encircle",
        "occupy",
        "control",
        "garrison",
        "blockade",  # "warships are blockading the ports of X"
    ]
)
# Verbs of a purpose clause whose object is where a force is sent: "sent reinforcements to
# defend X", "dispatched police to guard the border crossing".
GUARDING_VERBS = (
    HOLD_PLACE_VERBS
    | REINFORCING_VERBS  # "sent forward to strengthen positions near X"
    | frozenset(["guard", "protect", "secure", "police", "patrol", "man"])
)
# Verbs of commanding a force, a move only with a place to guard: "ordered reinforcements to
# defend X" ("ordered troops to deploy to Y" is the deploying verb's move, a plan).
ORDERING_VERBS = frozenset(["order", "instruct", "command", "direct", "task"])
# Verbs by which a force takes a place and so is there: "the rebels seized the town",
# "troops took control of the airport" (the force is the subject; "soldiers were captured"
# is a loss).
SEIZE_VERBS = frozenset(
    ["seize", "capture", "recapture", "take", "retake", "overrun", "gain", "regain"]
)
# Verbs of taking or reaching a place, which imagined ("their tanks could reach X") are a
# conquest feared, no deployment.
CONQUEST_VERBS = SEIZE_VERBS | frozenset(["reach", "storm", "overrun", "conquer"])
# Verbs of trying whose infinitive a force is already doing where it is: "troops are
# trying to encircle the city" (not "want to", "plan to").
ATTEMPT_VERBS = frozenset(["try", "attempt", "seek", "continue", "struggle"])
# Verbs of a clause on a force that place it where the clause says: "Ukrainian soldiers
# fighting near X", "Russian troops who remain in Y" (not "the army's tank which has
# gone on display in Z").
PRESENCE_CLAUSE_VERBS = HOLD_PLACE_VERBS | frozenset(
    "fight battle remain stay operate serve dig entrench advance push press patrol wait "
    # aircraft and ships are where they fly or sail: "two X bombers flying near Y"
    "camp fly sail".split()
)
# Verbs by which an armed group named as their subject is where they say, its own force
# there: "the RSF is fighting in Khartoum", "Al-Shabaab holds towns near X", "the group is
# entrenched in Y" (not "the group said in Doha", nor strikes it fires from a place).
GROUP_PRESENCE_VERBS = PRESENCE_CLAUSE_VERBS | frozenset(
    "deploy station base position mass gather concentrate".split()
)
# Verbs by which an armed group or a state's named service, as their subject, enters or
# moves into a place: "the IDF pushed into X", "the RSF entered Y", "the group crossed the
# border". Not a visit, a trip or a landing ("Hamas headed to Cairo for talks"), and of the
# verbs that move others, only with no object ("the army redeployed to Z").
ENTRY_VERBS = frozenset(
    "enter cross storm march advance push press roll drive sweep surge penetrate pour "
    "converge move redeploy deploy relocate".split()
)
# The particles with which they still enter ("pushed in", "moved forward"; "pushed back"
# against a report resists it).
ENTRY_PARTICLES = frozenset(["in", "into", "forward", "on", "ahead", "through"])
BACKWARD_WORDS = frozenset(["back", "away", "off", "out"])
# A line crossed that is a limit, not a place ("crossed a red line").
LINE_NOUNS = frozenset(["line", "lines"])
FIGURATIVE_LINE_WORDS = frozenset(["red"])
# Verbs of a move over ground or of sending, whose "from" with no goal is where the force
# left, no place it is at ("advanced from X", "soldiers were sent from Y"; aircraft that fly
# "from a base" are based there).
ORIGIN_LEAVING_VERBS = frozenset(
    "advance move send dispatch transfer march shift redeploy relocate rush ship airlift "
    "drive push roll pour".split()
)
# Positions a force takes up, a place only by where they are ("took up positions around
# X": around X).
POSITION_NOUNS = frozenset(["position", "positions"])
# Verbs by which a state holds an exercise, which puts its forces where the exercise is
# ("China held live-fire drills in the X Strait", "naval exercises are planned off Y").
EXERCISE_HOLDING_VERBS = frozenset(
    "hold conduct stage carry launch begin start plan schedule host".split()
)
# Verbs of moving that, with an infinitive, take a step rather than go anywhere ("the army
# moved to dismiss two commanders in X").
STEP_VERBS = frozenset(["move"])
# Of those, the ones that move an object when they have one ("moved hostages to X").
OBJECT_MOVING_VERBS = frozenset("move redeploy deploy relocate push drive roll pour".split())
# Verbs of providing that put people, not arms, at a place: "X provided 1,000 troops to the
# mission in Y", "the group supplied mercenaries to Z" ("supplied tanks to Z" is a delivery).
CONTRIBUTING_VERBS = frozenset("provide supply contribute lend pledge".split())
PERSONNEL_NOUNS = frozenset(
    "troops soldiers personnel servicemen servicemembers mercenaries fighters peacekeepers "
    "police policemen gendarmes marines paratroopers commandos instructors reservists "
    "contractors officers forces".split()
)
# The verbs of combat among them, the only ones by which a name that only looks like a
# group's ('JNIM', 'the National Liberation Army') is one: companies "operate" too.
GROUP_COMBAT_VERBS = HOLD_PLACE_VERBS | frozenset(
    "fight battle dig entrench advance push press patrol".split()
)
# Conjunctions of a clause on a force that happens where the force is: "soldiers caught
# using phones while fighting in X".
DURING_MARKS = frozenset(["while", "whilst", "when"])
# Visits to a place whose purpose is to meet a force there ("visited the border to meet X
# troops", "went to the front to thank Y soldiers"): the visit verbs and the meeting verbs.
VISIT_VERBS = frozenset(["visit", "tour", "go", "travel", "fly", "come", "head"])
GREETING_VERBS = frozenset(["meet", "greet", "thank", "inspect", "review", "address"])
# Operations a force carries out against a place named by "of"/"on": "forces continue
# their siege of X" puts them at X.
OPERATION_NOUNS = frozenset(
    "siege blockade encirclement assault storming advance offensive counteroffensive "
    "counter-offensive push occupation gain gains "
    # ground raids put the raiders there ("contractors mounted raids on the mines")
    "raid raids patrol patrols "
    # "the mission is beginning operations in X"
    "operation".split()
)
# Nouns of the place a force is based at: "X, home to Y's fleet", "X remains the
# headquarters of Z's fleet".
HOME_NOUNS = frozenset(["home", "headquarters", "base"])
# Nouns by which a force holds a place: "the depot is under the control of X's forces"
# puts the forces in the depot.
CONTROL_NOUNS = frozenset(["control", "siege", "occupation", "blockade", "encirclement"])
# Bodies that are a force only as the subject of an advance ("the Syrian military was
# trying to advance"); elsewhere they are mostly a speaker or an institution.
ADVANCING_BODIES = frozenset(["military"])
# Force nouns that say nothing of the kind of force: two of them at one place in one
# article are one deployment ("Syrian forces hold the depot" ... "Syrian troops are
# trapped in the depot").
GENERIC_FORCES = frozenset(
    "troops forces force soldiers army military defenders servicemen personnel".split()
)
# Prepositions of a partner or foe, whose object the parser often gives the place that
# belongs to the verb ("fight with Russia in Ukraine").
PARTNER_PREPOSITIONS = frozenset(["with", "alongside", "against"])
# Nouns that are deployment triggers by themselves ("a build-up of troops").
DEPLOYMENT_NOUNS = frozenset(
    [
        "deployment",
        "build-up",
        "buildup",
        "concentration",
        "presence",
        "reinforcement",
        "redeployment",
        "stationing",
        # "the dispatch of a peacekeeping force to X", "the arrival of 400 police in Y"
        "dispatch",
        "despatch",
        "arrival",
        # "the transfer of troops to the front", "of nuclear weapons to X" (arms handed to
        # another state's forces are a delivery: _delivered)
        "transfer",
    ]
)
# Verbs of judging or fearing a deployment: their subject comments on it and is not whose
# forces they are ("X criticised the deployment of Y's missiles", "Z fears a build-up").
COMMENTING_VERBS = frozenset(
    "criticise criticize condemn denounce decry slam welcome praise oppose protest fear "
    "warn lament deplore question".split()
)
# Verbs whose object is the one accused of a deployment: in "X accused Y of massing
# troops", Y masses them, not X.
ACCUSED_OBJECT_VERBS = frozenset(["accuse", "suspect", "charge", "blame"])
# Verbs that warn or keep someone from a move: "X warned Y against deploying troops", "Z
# prevented W from sending ships" state no move, only one warned against or stopped.
DETERRING_VERBS = frozenset(
    "warn caution deter prevent stop bar discourage dissuade prohibit forbid ban restrain".split()
)
DETERRING_PREPOSITIONS = frozenset(["against", "from"])
# Prepositions of the purpose a force is readied for: "put troops on alert for a
# possible deployment to X".
PURPOSE_PREPOSITIONS = frozenset(["for"])
# Verbs by which a state or group holds a presence somewhere ("has a presence in").
HOLD_VERBS = frozenset(
    ["have", "maintain", "keep", "establish", "expand", "increase", "build", "open", "operate"]
)
# Modifiers that make a deployment noun name the force itself ("troop presence").
PRESENCE_KINDS = frozenset(["military", "troop", "troops", "naval", "army", "armed"])
# Verbs of losses and departures: a force phrase under them is not a deployment.
NOT_DEPLOYMENT_VERBS = frozenset(
    [
        "kill",
        "lose",
        "die",
        "wound",
        "capture",
        "withdraw",
        "retreat",
        "pull",
        "leave",
        "evacuate",
        "destroy",
        "shoot",
        "surrender",
        "deliver",
        "supply",
        "provide",
        "give",
        "donate",
        "sell",
        "train",
        "training",  # the gerund the parser tags as a noun: "training Ukraine's forces"
        # strikes and past invasions use forces without placing them
        "fire",
        "strike",
        "hit",
        "slam",
        "crash",
        "intercept",
        "bomb",
        "shell",
        "invade",
        # what is done to soldiers is no deployment of them
        "treat",
        "name",
    ]
)
# Verbs of meeting or watching an aircraft or ship where it is: "Japan intercepted two X
# bombers flying near Y", "the navy tracked a Z frigate in the strait" place the craft
# ("intercepted missiles" are a strike, and missiles and drones are no craft here).
SIGHTING_VERBS = frozenset("intercept track shadow spot detect monitor observe".split())
# Verbs of downing a craft, with their particle: the craft that downs another operates where
# it does ("X aircraft shot down the drones over Y").
DOWNING_VERBS = {"shoot": "down", "bring": "down"}
# Of the verbs of sighting, those by which a craft keeps watch on another for a time, and so
# operates where it is ("X frigates shadowed the Y ships"; a jet that "intercepted" bombers
# met them once, the bombers' deployment alone).
WATCHING_VERBS = frozenset(["shadow", "track", "monitor"])
CRAFT_NOUNS = frozenset(
    "bombers bomber jets jet warplanes warplane aircraft planes fighters helicopters ships "
    "warships vessels destroyers frigates corvettes submarines carriers cruisers "
    "frigate destroyer corvette submarine warship cruiser carrier".split()
)
# Verbs of handing over, and the arms they hand to another state: "Germany will send 14
# tanks to X", "Y transferred howitzers to Z" are deliveries ("deployed", "stationed"
# missiles keep them the sender's; troops, ships and aircraft are sent, not handed over).
HANDOVER_VERBS = frozenset("send transfer ship bring supply".split())
MATERIEL_NOUNS = frozenset(
    "tank tanks missile missiles artillery howitzer howitzers weapon weapons system systems "
    "battery batteries ammunition munitions drones drone launchers".split()
)
# Qualifiers of arms a state never hands over, only stations: "moved nuclear weapons to X"
# deploys them there (GUIDELINES: weapons stationed in another state).
KEPT_ARMS_QUALIFIERS = frozenset(["nuclear", "atomic", "thermonuclear"])
# Verbs whose object is acted on, not sent: in "the mission has escorted 200 ships" or
# "rebels seized two ships" the ships are not the subject's forces, and "drones sank
# several X warships in Y" is an attack on them, not their deployment ("spotted X
# warships near Y" still places them).
ACTED_ON_VERBS = frozenset(
    "escort sink board hijack seize attack target damage detain ambush".split()
)
# Verbs that remove a force from a place with one of these prepositions or particles:
# "took the tanks off the frontline", "pulled troops out of X" (withdrawals).
REMOVING_VERBS = {"take": frozenset(["off", "out", "away"]), "remove": frozenset(["from", "off"])}
# Verbs that fire a force at a target when they govern it directly ("missiles launched").
STRIKE_VERBS = frozenset(["launch"])
# Words near a force phrase that make it a loss, not a deployment.
LOSS_WORDS = frozenset(
    "losses lost casualties dead deaths killed wounded injured captured eliminated".split()
)
# Verbs whose purpose clause names a target, not where the force is: in "allowed X forces to
# use missiles to attack targets in Y", Y is struck, not reached.
TARGETING_VERBS = frozenset("attack strike hit target bomb shell fire destroy kill".split())
# Modifiers of a force that name no side of their own ("enemy troops").
ENEMY_WORDS = frozenset(["enemy", "hostile", "opposing"])
# Modifiers left out of the force's name.
FORCE_FILLERS = frozenset("more additional extra new some further own only most".split())
# Prepositions that name the place of an operation ("their siege of X", "the assault on Y").
# ("conducting offensive operations along the front line", "raids across the region")
# What a force is said to be on or in the middle of, at the operation's place: "X
# soldiers on patrol near Y", "Z troops during an operation in W" (photo captions).
ENGAGED_PREPOSITIONS = frozenset(["on", "during"])
ENGAGEMENT_NOUNS = OPERATION_NOUNS | EXERCISE_NOUNS | frozenset(["duty", "mission", "missions"])
OPERATION_PREPOSITIONS = frozenset(
    ["of", "on", "in", "toward", "towards", "into", "along", "across", "throughout", "around"]
)
# Spelled-out numbers that give a force's size ("two squadrons").
NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split(),
        1,
    )
}
# tens ("forty"), and the nouns of an exact count ("a pair of bombers", "a dozen boats";
# "dozens" is vague)
NUMBER_WORDS |= {
    word: 10 * number
    for number, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)
}
NUMBER_WORDS |= {"pair": 2, "dozen": 12}
CLAIM_VERBS = frozenset(["accuse", "claim", "allege"])
# Modals of a counterfactual with "have" ("would have taken 60 days to move tanks").
COUNTERFACTUAL_MODALS = frozenset(["would", "could", "might"])
# Conjunctions after which a conjunct's negation is its own ("X has not been abandoned, but
# Biden is sending Y").
CONTRASTING_CONJUNCTIONS = frozenset(["but", "yet"])
# Attacks whose target a force is ("an air strike on his fighters in X"): struck, not
# deployed by this mention.
ATTACK_NOUNS = frozenset(
    "strike strikes airstrike airstrikes attack attacks raid raids bombardment shelling".split()
)
# Prepositions of an attack's target.
TARGET_PREPOSITIONS = frozenset(["on", "against", "upon"])
# Verbs that drive a force from where it is: "dislodge the forces from X" puts them at X
# ("troops returned home from X" do not stay there).
EXPEL_VERBS = frozenset(["dislodge", "expel", "oust", "drive", "push", "evict", "clear"])
# Verbs by which a clause on a force gives its count ("troops, numbering some 20,000,").
COUNTING_VERBS = frozenset(["number", "total"])
# Verbs by which a clause on a unit gives the force it is made of, and so its count: "the X
# Division, which comprises some 5,000 troops," counts 5,000.
COMPRISING_VERBS = frozenset(["comprise", "include", "have", "consist", "contain"])
# Words by which a number before a force is its strength: "a 2,500-strong force", "a
# 5,000-member force", "a 300-man unit" count 2,500, 5,000, 300 (the word, with its number,
# is no part of the force's name).
STRENGTH_WORDS = frozenset(["strong", "member", "man", "person", "troop", "soldier"])
# Words of scale in a force's size ("3 thousand"), in the order they are applied.
NUMBER_SCALES = {"thousand": 1_000, "million": 1_000_000, "hundred": 100}
# Verbs that hedge what their finite clause asserts, the clause an unconfirmed claim
# ("comments that suggested X's troops are in Y", "contended that troops had crossed"); with
# an infinitive or a gerund they propose a move instead ("suggested sending troops").
HEDGED_ASSERTION_VERBS = frozenset(["suggest", "imply", "insinuate", "contend", "purport"])
# Nouns of an unconfirmed assertion whose clause is the claim ("allegations that troops were
# in X").
CLAIM_NOUNS = frozenset(["allegation", "accusation", "assertion", "claim", "charge"])
# Verbs of proposing a move not yet decided: possible ("proposed sending troops"; a side
# offering its own forces plans to send them: PLAN_VERBS).
PROPOSAL_VERBS = frozenset(["propose", "suggest", "recommend", "float"])
# Verbs of expecting: an observer's expectation of a move is possible ("he expects to see
# Chinese aircraft in the Arctic"); a force expected to move, or a side expecting to move
# its own, is a plan ("recruits are expected to arrive", "expects to send troops").
EXPECTATION_VERBS = frozenset(["expect", "anticipate", "predict", "foresee", "forecast"])
# Verbs of an observer seeing a force ("expects to see jets over X"): the expecting one is
# no party to the move.
OBSERVING_VERBS = frozenset(["see", "witness", "observe", "spot", "watch"])
# Verbs of combat by which a force's own side reports a gain on the battlefield ("the
# ministry said its forces captured X"): a party's claim, where a routine move it reports
# ("said its troops were deployed for drills") is its report.
COMBAT_CLAIM_VERBS = frozenset(
    "seize capture recapture take retake overrun gain regain liberate free repel repulse "
    "fight advance push encircle storm hold destroy rout stop halt".split()
)
# Of those, the verbs of a gain made ("took X", not "was advancing toward X"): an organ
# no state qualifies ("the army said") may be either side's, and only a gain it reports is
# surely a side's own claim.
GAIN_VERBS = frozenset(
    "seize capture recapture take retake overrun gain regain liberate free repel repulse "
    "rout stop halt".split()  # "stopped a push in X": an attack repelled
)
# Possessives by which a force is the speaker's own side ("said its forces", "our troops").
OWN_POSSESSIVES = frozenset(["its", "their", "his", "her", "our", "my"])
# The first-person possessives: a force so named is the speaker's, quoted or not.
FIRST_PERSON_POSSESSIVES = frozenset(["our", "my"])
# Nouns of announcing whose topic, a deployment noun, is a plan announced ("a joint
# statement on the deployment of missiles in X"), and the prepositions of a topic.
ANNOUNCEMENT_NOUNS = frozenset(
    "statement announcement declaration communique communiqué decree notice".split()
)
TOPIC_PREPOSITIONS = frozenset(["on", "of", "about", "regarding", "concerning"])
# Nouns of a side's military voice ("the defence ministry said", "the army said"): one no
# other state's name qualifies speaks for the side whose combat it reports.
PARTY_ORGAN_NOUNS = frozenset(
    # ("the authorities said its forces stopped a push": a side's own authorities)
    "ministry military army command staff headquarters spokesman spokesperson authority".split()
)
# Words of such an organ's own name, no state's ("the Defence Ministry", "the General Staff").
ORGAN_WORDS = frozenset(
    "defence defense general armed joint operational ministry staff military".split()
)
# Adverbs by which the writer keeps a move at a distance, a claim ("were allegedly sent").
CLAIM_ADVERBS = frozenset(["allegedly", "purportedly", "supposedly", "reputedly"])
# Verbs of threatening a move: a threat is conditional ("threatened to send troops").
THREAT_VERBS = frozenset(["threaten"])
# Verbs that put a force in readiness ("put 8,500 troops on alert", "placed on standby"):
# what they ready it for is possible.
READYING_VERBS = frozenset(["put", "place", "keep", "hold"])
# Verbs of "is set to deploy": a scheduled move, a plan.
SCHEDULE_VERBS = frozenset(["set", "due", "scheduled", "slated"])

# Forces operating in a place (kg.extract.deployments.operations).
# Nouns of an operation a force carries out where it is ("conducted ground attacks near X",
# "made gains around Y", "fought battles in Z").
OPERATION_OBJECTS = frozenset(
    "attack assault operation offensive counteroffensive counter-offensive counterattack "
    "counter-attack gain advance push battle raid sweep incursion".split()
    # "warships began a joint exercise in the Y Sea", "held drills near Z"
    + "exercise drill manoeuvre maneuver wargame patrol".split()
)
# Of those, the ones a strike from afar can be ("missile attacks on X", "drone raids in Y"):
# they place a force only when a modifier names no weapon fired from afar.
STRIKE_LIKE_OBJECTS = frozenset("attack raid counterattack counter-attack".split())
# Modifiers of an attack or raid made from afar, which put no force at its target.
STANDOFF_MODIFIERS = frozenset(
    "missile drone air aerial rocket artillery airstrike cyber kamikaze ballistic shelling "
    "bombing naval terrorist".split()
)
# Prepositions by which an operation happens at a place ("gains around X", "battles in Y",
# "attacks along the front"); "on"/"against" name a target, which may be struck from afar.
# ("drills off the coast of X", "patrols off Y": at sea by a place)
OPERATING_PREPOSITIONS = frozenset(
    "in near around along across inside within at throughout outside toward towards off".split()
)
# The preposition of a ground operation's foe, on whom the parser hangs the operation's place
# ("operations against the rebels in the X region").
FOE_PREPOSITIONS = frozenset(["against"])
# Prepositions whose place keeps the preposition in its wording ("near X", "around Y").
WORDED_PREPOSITIONS = frozenset(
    "near around along across inside within throughout outside toward towards off".split()
)
# Verbs of a purpose clause whose place the operation is for ("an offensive to retake X").
TAKING_VERBS = frozenset("take retake seize capture recapture liberate encircle storm".split())
# Infinitives after a verb of stepping (STEP_VERBS) that take or hold ground: "troops moved
# to encircle the city" do move.
GROUND_AIMS = HOLD_PLACE_VERBS | SEIZE_VERBS | TAKING_VERBS | frozenset(["secure", "attack"])

# Words of the deployment frames (places, operations, presence, sizes, modality).
# Past forms of seizing the model may leave unlemmatised ("forces retook the island").
SEIZED_FORMS = frozenset(["retook", "retaken", "overran", "recaptured", "seized"])
# Nouns of fighting between two sides, each of which is where the fighting is ("fighting
# between X troops and Y fighters in Z").
COMBAT_NOUNS = frozenset(
    "fighting fight clash clashes battle battles combat hostilities skirmish skirmishes "
    "firefight gunfight".split()
)
# Verbs that change a force's strength ("increase the army by 170,000 personnel") and nouns
# of a strength ("to a strength of 1.3 million servicemen"): the numbers they take are
# totals, placed nowhere.
STRENGTH_CHANGE_VERBS = frozenset("increase raise boost expand grow enlarge cut reduce".split())
STRENGTH_NOUNS = frozenset("strength size total ceiling cap headcount".split())
# Verbs of how a force feels or fares where it is, whose mood is the feeling's, not the
# presence's ("may feel insecure in X", "might struggle in Y").
FEELING_VERBS = frozenset(["feel", "fear", "worry", "struggle", "suffer", "seem", "appear"])

# Dashes that close a wire dateline before the story's first words ("MANILA, June 5 - X sent
# ...", "KYIV (AP) — ..."), set off by spaces.
DATELINE_DASHES = frozenset(["-", "–", "—", "--"])
# Counts given of a force (kg.extract.deployments.counts): "put the number of X troops near
# Y at 130,000", "the number of Z soldiers is estimated at 5,000", "has risen to 9,000".
# Prepositions of a range of numbers, whose lower bound is the size ("between 9,000 and
# 12,000 troops", "from 500 to 800 soldiers").
RANGE_PREPOSITIONS = frozenset(["between", "from"])
COUNT_NOUNS = frozenset(["number", "total", "count", "tally", "figure", "strength"])
ESTIMATING_VERBS = frozenset(["put", "estimate", "place", "peg", "set", "give"])
COUNT_CHANGE_VERBS = frozenset(["stand", "rise", "grow", "reach", "climb", "swell", "increase"])
COUNT_PREPOSITIONS = frozenset(["at", "to"])
# States of readiness a force is put on for a place (kg.extract.deployments.readiness): "on
# standby for X", "on prepare-to-deploy orders for Y" (lemmas).
READINESS_NOUNS = frozenset(["alert", "standby", "notice", "order", "readiness"])
# Nouns of arms traded, whose "of" is no force placed ("approved the sale of 40 jets to X",
# "the delivery of 50 tanks", "a shipment of missiles").
# Of the verbs above, those a force does in person as their active subject ("troops
# operating in X killed three militants": the clause on the force still places it; a strike
# from the air or afar, "jets flying over X struck Y", is the attack itself).
DONE_BY_FORCE_VERBS = frozenset("kill shoot wound".split())
# Munitions, which move only as a strike: "X missiles flew over Y" is an attack passing
# through, not a force placed there ("missiles stationed in Y" are placed).
MUNITION_NOUNS = frozenset("missile missiles rocket rockets shell shells".split())
# ... and the verbs of their flight ("missiles had arrived in X" were brought there).
FLIGHT_VERBS = frozenset("fly cross enter penetrate pass reach".split())
# Verbs of buying or receiving arms: what they act on is procured, not deployed ("the army
# bought 400 tanks in X", "the navy received two minehunters from Y").
PROCUREMENT_VERBS = frozenset("buy purchase acquire procure receive".split())
TRADE_NOUNS = frozenset(
    "sale purchase export import delivery shipment consignment package acquisition supply".split()
)
# Verbs by which a ship or aircraft calls at a place, its object ("a destroyer visited X")
# or, passive, its subject ("X was visited by a frigate"), whose agent is the force.
VISITING_VERBS = frozenset(["visit"])
# Last characters of a sentence of running text (a sub-heading has none of them).
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", ")")
# Verbs of taking part in an exercise or patrol ("troops are taking part in drills in X", "X
# participates in joint patrols with Y along Z", "joined in drills off W"); "take" only with
# its "part" (``deployments.operations.takes_part``).
PARTAKING_VERBS = frozenset(["take", "participate", "join"])
# The verbs of taking part but "join", for a force's own part in an exercise ("30,000 troops
# are taking part in exercises in Y"; ``deployments.operations.exercise_joined_at``).
PARTAKING_VERBS_BUT_JOIN = PARTAKING_VERBS - {"join"}
# Verbs by which a report is confirmed; negated after a move ("a claim that could not be
# independently verified"), they make it a claim.
VERIFYING_VERBS = frozenset(["verify", "confirm", "corroborate"])
# Verbs by which states pledge forces to a mission ("countries that have committed personnel
# include X, Y and Z"; ``deployments.contributors``), and the verbs that list such states.
PLEDGING_VERBS = frozenset(["commit", "pledge", "offer", "promise", "volunteer"])
LISTING_VERBS = frozenset(["include"])
