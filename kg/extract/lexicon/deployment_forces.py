"""Words of the forces a deployment moves: the nouns that head a force phrase, those that
are a force only with a qualifier or under a word of stationing, and the bodies, services
and groups a force belongs to.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump the deployment extractor's version with it.
"""

from __future__ import annotations

# Last words of the name of a state's armed service ("the US Army", "the Royal Navy"):
# such a body deploys for its state.
SERVICE_HEADS = frozenset(
    # ("the Revolutionary Guards", "the Republican Guard": a state's guard corps)
    "army navy force forces marines corps guard guards coastguard fleet command".split()
)
# Of those, the heads of a state's corps the model may tag as an armed group ("Russia's
# Africa Corps", "the Frontier Corps"): a group so named deploys for the state its article
# gives it, when one does ("the X Army", "the Y Forces" are many armed groups' names).
STATE_CORPS_HEADS = frozenset(["corps"])
# Heads of a state's named formation or defence body ("the 1st Mountain Brigade", "the X
# Division", "the Defence Department"): a name of these with no state in it is no actor of
# its own but a unit of the state its sentence or article gives (GUIDELINES: the state).
FORMATION_HEADS = frozenset("brigade division regiment battalion department".split())
# Of those, the heads of a fighting unit's name ("the Jaeger Brigade"): a force by its name.
UNIT_HEADS = FORMATION_HEADS - {"department"}
# The heads of a numbered unit's name ("the 41st Army", "the 33rd Front", "the 3rd X
# Brigade"): a formation's, and those of a higher command.
NUMBERED_UNIT_HEADS = UNIT_HEADS | frozenset(
    "army corps fleet front wing headquarters squadron".split()
)
# Of those, the heads of a service that is itself a force where it moves or operates ("the
# IDF moved into X", "the Y Navy is operating in Z"); a command ("Central Command") is a
# headquarters over a region, not a force in it.
PRESENT_SERVICE_HEADS = SERVICE_HEADS - {"command"}
# Deployment nouns that are the force when none is named ("the Indian deployment in X",
# "more intense deployments in Y").
SELF_FORCE_NOUNS = frozenset(["deployment", "redeployment"])
# Singular warships.
VESSEL_NOUNS = ["frigate", "destroyer", "corvette", "submarine", "warship", "cruiser"]
# ("sent a minesweeper to the X Sea", "two minehunters")
VESSEL_NOUNS += ["minesweeper", "minesweepers", "minehunter", "minehunters"]
# Heads of a force phrase.
FORCE_NOUNS = frozenset(
    [
        "troops",
        "soldiers",
        "forces",
        "force",
        "army",
        "navy",  # "the blockade of X by Y's navy"
        "battalions",
        "battalion",
        "brigades",
        "brigade",
        "regiments",
        "regiment",
        "divisions",
        "division",
        "units",
        "unit",
        "warships",
        "ships",
        "vessels",
        "fleet",
        "submarines",
        "jets",
        "aircraft",
        "planes",
        "fighters",
        "bombers",
        # one aircraft is a force too: "a Russian bomber flew near the island"
        *sorted(["bomber", "jet", "warplane", "warplanes"]),
        "helicopters",
        "tanks",
        "missiles",
        "artillery",
        "equipment",
        "personnel",
        "servicemen",
        # "100,000 US servicemembers stationed in Europe", "airmen deployed to the base"
        *sorted(["servicemembers", "servicewomen", "airmen"]),
        # "thousands of sailors and marines arrived in the gulf"
        *sorted(["sailors", "seamen"]),
        "paratroopers",
        "marines",
        "mercenaries",
        # "200 foreign paramilitaries arrived in the capital"
        "paramilitaries",
        "fighters",
        "btgs",
        "groups",
        "carrier",
        "carriers",
        "destroyers",
        "frigates",
        "corvettes",
        "squadrons",
        "squadron",
        "infantry",
        # "the garrison in X", "bolstered its garrisons with Y"
        *sorted(["garrison", "garrisons"]),
        # who holds a place is present there: "defenders in the city"
        "defenders",
        "commandos",
        "militiamen",
        "reservists",
        "conscripts",
        "peacekeepers",
        "gunboats",
        # armed groups' forces: "JNIM militants moved into the town"
        *sorted(["militants", "rebels", "insurgents", "guerrillas", "jihadists", "militias"]),
        # one vessel is a force too: "dispatched a submarine to the channel"
        *VESSEL_NOUNS,
        # "rushed reinforcements to the front", "sent a flotilla to the gulf"
        "reinforcements",
        "flotilla",
        "flotillas",
        # a body sent abroad: "a contingent of 800 peacekeepers", "a police contingent",
        # "would send smaller detachments"
        *sorted(["contingent", "contingents", "detachment", "detachments"]),
        # police sent abroad or into a region: "sent 1,000 gendarmes to the island"
        *sorted(["police", "policemen", "gendarmes"]),
        # a military-only vehicle is a force by its name: "moved Humvees toward the border"
        "humvees",
        # soldiers named by their arm or corps: "deployed rangers to X", "sappers cleared Y"
        *sorted(
            "rangers troopers guardsmen legionnaires carabinieri sappers gunners riflemen "
            "infantrymen artillerymen snipers".split()
        ),
        # a militia named as a body: "the militia was deployed to X"
        "militia",
        # warships and aircraft of a kind no table named: "sent two cruisers to X",
        # "helicopter gunships over Y" (one helicopter, and cutters, only with a qualifier:
        # ``QUALIFIED_FORCE_NOUNS``)
        *sorted(["cruisers", "battleships", "gunships", "gunship"]),
        # guns a force brings where it fights: "moved howitzers to the border"
        "howitzers",
    ]
)
# Bodies whose members are its force and whose modifier names their owner: "peacekeepers of
# the UN mission", "troops of the African Union force".
OWNING_BODIES = frozenset(["mission", "missions", "coalition", "operation"])
# Nouns of the people of a body, a force when the body is a mission or a force: "members
# of the X-led mission arrived in Y" ("members of parliament" are none).
MEMBER_NOUNS = frozenset(["members", "member", "personnel"])
# Bodies that are a force only when made of one: "a contingent of 800 peacekeepers" (not
# "a contingent of journalists").
COLLECTIVE_FORCE_NOUNS = frozenset(
    ["contingent", "contingents", "detachment", "detachments", "flotilla", "flotillas"]
)
# Nouns of people that are a force when listed with one: "sent 60 officers and equipment",
# "advisers and troops arrived" ("officers said" alone are people).
LISTED_PERSONNEL_NOUNS = frozenset(["officers", "instructors", "advisers", "advisors"])
# Craft and obstacles that are a force when listed with one: "moved Humvees and pickup
# trucks toward the border", "placing barges, floating barriers and air defence systems along
# the bridge", "sent a frigate and a helicopter to the strait" ("barges carried grain" or "a
# helicopter carried the injured" alone are none).
LISTED_MATERIEL_NOUNS = frozenset(
    "barges barriers trucks pickups boats vehicles helicopter cutters".split()
)
# Police, a force when a movement verb sends or places them ("sent 1,000 police officers to
# the island"); "Kenyan police arrested three men in Nairobi" deploys no one.
POLICE_NOUNS = frozenset(["police", "policemen", "gendarmes", "officers"])
# A state's forces of order at home ("riot police were deployed across the country", "the
# paramilitary force fanned out in the capital"): with no owner named, they are the state's
# the article last named (GUIDELINES: the state, not the service).
DOMESTIC_FORCE_NOUNS = frozenset(["police", "policemen", "gendarmes", "gendarmerie"])
DOMESTIC_QUALIFIERS = frozenset(["security", "riot", "paramilitary", "police", "border"])
# Singular nouns of a whole body of them ("the paramilitary force"; "an officer" is one man).
COLLECTIVE_DOMESTIC_NOUNS = frozenset(["force", "police", "gendarmerie", "unit", "contingent"])
# Forces of an armed group: "X fighters", "the Y Front deployed militants" name the group
# X or Y, whatever the model tagged it (a state's forces are named by its demonym).
GROUP_FORCE_NOUNS = frozenset(
    "fighters militants rebels insurgents guerrillas jihadists militiamen militias "
    "mercenaries paramilitaries".split()
)
# Words by which a force is said to be someone's, with "to" and the owner: "troops loyal to
# X", "soldiers belonging to the X army" (not "allied to": an ally's forces are its own).
ALLEGIANCE_WORDS = frozenset(["loyal", "belong"])
# Forces that fight against a state: "Syrian rebels" are not Syria's (their group, if
# named, is their actor).
INSURGENT_NOUNS = frozenset("rebels insurgents militants guerrillas jihadists".split())
# Words of an armed group's own name, which a person's lacks ("the Tigray People's
# Liberation Front"): such a name is the group's even where the model took it for a person.
GROUP_NAME_WORDS = frozenset(
    "front army movement forces force brigade brigades battalion liberation party council "
    "militia resistance alliance union organisation organization guard guards legion "
    "mujahideen jihad jamaat".split()
)
# Aircraft whose name may stand before "fighters" ("Typhoon fighters"): no armed group.
AIRCRAFT_NAMES = frozenset(
    "typhoon typhoons rafale gripen mirage eurofighter tornado hornet falcon raptor "
    "sukhoi mig lightning harrier tomcat eagle viper".split()
)
# Of those, the names that are no common word (a storm, a bird, a snake, a weapon of old):
# the only ones a sentence's first word, capitalised by its place, may be ("Rafales landed
# at X"; "Typhoons battered the coast" are storms). ``deployments.designations``.
AIRCRAFT_ONLY_NAMES = frozenset("rafale gripen eurofighter sukhoi mig".split())
# Makers' and services' prefixes of military aircraft designations: plural "F-16s",
# "Su-35s", "MiG-29s", "Tu-95s", "J-20s" are aircraft, a force ("Turkish F-16s flew over X").
DESIGNATION_PREFIXES = frozenset("f su mig tu b j h a e c kj il mi ka ah uh mh cf jf fa".split())
# Nouns of a ship that a name may follow: "sent the frigate X to the strait" deploys X.
NAMED_VESSEL_NOUNS = frozenset([*VESSEL_NOUNS, "carrier", "ship", "vessel", "gunboat"])
# Words that make any vessel a warship without a navy's prefix: "the patrol vessel X", "the
# coast guard ship Y" (not "the cargo vessel Z").
WARSHIP_QUALIFIERS = frozenset("patrol naval navy guard military missile landing".split())
# Exercises, which send forces without owning them: in "the exercise will send the
# Turkish frigate X", the frigate's state deploys it.
EXERCISE_NOUNS = frozenset(
    "exercise exercises drill drills manoeuvres maneuvers wargame wargames".split()
)
# Verbs that say what forces an exercise has in it ("drills involving fast-attack boats",
# "the exercises involve armoured units"): they are where it is held.
INVOLVING_VERBS = frozenset(["involve", "feature"])
# Nouns that are forces only with one of these modifiers ("nuclear weapons"; plain
# "weapons" are mostly deliveries).
_AIR_DEFENCE = frozenset(
    "air-defence air-defense defence defense missile anti-aircraft aircraft anti-missile rocket "
    "artillery patriot radar".split()
)
_MISSION_KINDS = frozenset(
    "peacekeeping peace-keeping police naval military stabilisation stabilization security "
    "peace-enforcement".split()
)
# ("two operating bases near X": a base a force operates from)
_MILITARY_SITES = frozenset(["military", "naval", "air", "army", "missile", "airbase", "operating"])
_WATCHER_KINDS = frozenset(
    "un u.n. military ceasefire cease-fire truce peacekeeping army armistice".split()
)
_COMPANY_KINDS = frozenset(
    "reserve infantry rifle tank commando marine paratroop airborne mechanised mechanized "
    "motorised motorized assault "
    # "20 more police companies", "paramilitary companies were rushed to X"
    "police paramilitary security army".split()
)
QUALIFIED_FORCE_NOUNS = {
    "weapons": frozenset(["nuclear"]),
    "weapon": frozenset(["nuclear"]),
    # "the first nuclear bombs had arrived in X", "nuclear warheads stationed in Y"
    "bombs": frozenset(["nuclear", "atomic"]),
    "warheads": frozenset(["nuclear"]),
    # "two air-defence systems", "missile batteries" ("the batteries ran flat" is no force)
    "systems": _AIR_DEFENCE,
    "batteries": _AIR_DEFENCE,
    # "a Patriot battery and 300 troops" ("the phone's battery" is none)
    "battery": _AIR_DEFENCE,
    # "air defences positioned around the site" ("the country's defences" are no force)
    "defences": frozenset(["air", "air-defence", "missile", "anti-aircraft", "anti-missile"]),
    "defenses": frozenset(["air", "air-defense", "missile", "anti-aircraft", "anti-missile"]),
    # "patrol boats" ("boats carrying migrants" are not)
    # ("maritime militia boats", "coast guard boats", "navy boats")
    "boats": frozenset(
        "patrol gun missile attack assault landing militia guard coastguard navy naval".split()
    ),
    "drones": frozenset(["combat", "attack", "military", "surveillance", "armed"]),
    # "a US military base at X", "Russia's naval base in Y" ("the base" alone is a place)
    # "28 armoured vehicles", "military vehicles moved to X" (a car's vehicles are none)
    "vehicles": frozenset(
        "armoured armored military combat infantry fighting amphibious army tactical".split()
    ),
    # "military trucks crossed the border", "armed pick-up trucks" (a firm's trucks are none)
    "trucks": frozenset("military army armoured armored armed".split()),
    # "military convoys were seen moving along the highway" (an aid convoy is none)
    "convoys": frozenset("military army armoured armored naval".split()),
    "convoy": frozenset("military army armoured armored naval".split()),
    "pickups": frozenset(["armed"]),
    # "a naval vessel docked at X", "a coast guard ship entered Y" (a cargo ship is none)
    # ("a state's survey ship or research vessel operating in another's waters")
    "vessel": frozenset("naval navy military patrol guard coastguard survey research".split()),
    "ship": frozenset("naval navy military patrol guard coastguard survey research".split()),
    # "the Frontier Corps wings moved to X", "two air wings" (a building's or a party's
    # wings are none)
    "wings": frozenset(["corps", "air", "fighter", "combat", "tactical"]),
    "wing": frozenset(["corps", "air", "fighter", "combat", "tactical"]),
    # "1,000 police officers" ("officers said" are people)
    "officers": frozenset(["police", "security", "riot"]),
    # "US service members in Europe" (members of a club or parliament are none)
    # ("about 1,650 Guard members landed in X": a national guard's)
    "members": frozenset(["service", "guard"]),
    # "rocket launchers moved to the border" (a product's launchers are none)
    "launchers": frozenset(["rocket", "missile", "grenade", "multiple"]),
    # "border guards are stationed along the line" ("guards at the embassy" are not)
    "guards": frozenset(["border", "republican", "presidential", "national"]),
    # "the Norwegian coast guard was sent to X", "the national guard patrolled Y" (a guard
    # at a gate is none)
    "guard": frozenset(["coast", "national"]),
    # "military instructors arrived in X" (a language school's instructors did not)
    "instructors": frozenset(["military", "army"]),
    "advisers": frozenset(["military", "army"]),
    "advisors": frozenset(["military", "army"]),
    # "private military contractors fighting in X" (building contractors are not)
    "contractors": frozenset(["military", "private", "security", "defence", "defense"]),
    # "a joint air patrol flew over X", "naval patrols in the strait" (a police foot patrol
    # is none)
    "patrol": frozenset(["air", "aerial", "naval", "maritime", "bomber", "joint"]),
    # "a carrier strike group operating in X", "an amphibious task group" (a think tank
    # group is none)
    "group": frozenset(["strike", "task", "amphibious", "battle", "battlegroup"])
    # "a Chinese carrier group", "a Russian naval group"
    | frozenset(["carrier", "naval", "navy", "flotilla"]),
    "patrols": frozenset(["air", "aerial", "naval", "maritime", "bomber", "joint"]),
    # "reserve companies were sent forward", "two infantry companies" (a firm is none)
    "companies": _COMPANY_KINDS,
    "company": _COMPANY_KINDS,
    # "the UN peacekeeping mission in X", "a police mission arrived in Y" (a diplomatic or
    # fact-finding mission is no force)
    "mission": _MISSION_KINDS,
    "missions": _MISSION_KINDS,
    "base": _MILITARY_SITES,
    "bases": _MILITARY_SITES,
    # "UN observers to patrol a ceasefire line", "military observers deployed to X" (election
    # and "international" observers, and observers of a debate, are no force)
    "observers": _WATCHER_KINDS,
    # "200 unarmed monitors on the border", "ceasefire monitors" (election monitors are none)
    "monitors": _WATCHER_KINDS | frozenset(["unarmed", "border"]),
    # "moved significant naval firepower into the region" (a debate's firepower is none)
    "firepower": frozenset(["naval", "air", "military"]),
    # "naval assets in the gulf", "radar assets deployed near X" (a firm's assets are none)
    "assets": frozenset(
        "naval navy air military radar surveillance air-defence air-defense defence defense "
        "missile".split()
    ),
    # "the army set up anti-aircraft guns on the hill" (a gang's guns are none)
    "guns": frozenset("anti-aircraft aircraft anti-air artillery naval self-propelled".split()),
    # "has observation posts in X", "set up check posts along the highway" (a job post or a
    # trading post is none)
    "posts": frozenset(["observation", "check", "military", "army"]),
    # "an army helicopter flew over X" (plural "helicopters" are a force by FORCE_NOUNS):
    # one helicopter alone mostly carries someone ("sent a helicopter to rescue the
    # climbers", "flew the minister by helicopter") and is no force
    "helicopter": frozenset(
        "army military navy naval marine attack combat assault gunship armed".split()
    ),
    # "two coast guard cutters off X", "navy cutters" ("wire cutters", "bolt cutters" are
    # tools)
    "cutters": frozenset("guard coastguard navy naval patrol".split()),
}
# Words that only ever station arms, never deliver them: under them, and placed, plain
# "weapons" or "systems" are a force ("the deployment of those weapons to X", "deployed new
# weapons systems near Y"; "supplied weapons" are a delivery).
STATIONING_WORDS = frozenset("deploy redeploy station deployment redeployment stationing".split())
# Arms nouns that are a force under STATIONING_WORDS without their qualifier.
# ("systems", "batteries", "drones" also name software, power cells and delivery craft)
# ("drones" stationed somewhere are the stationing side's: "deployed drones to X"; "sent
# drones to Y" is mostly a delivery)
# (not "assets": "deployed its assets in X" is as often money invested; qualified ones,
# "naval assets", are a force by ``QUALIFIED_FORCE_NOUNS``)
PLACED_ARMS_NOUNS = frozenset(["weapons", "weapon", "drones"])
# People who are a force only when a movement verb sends them to a place: "deployed 3,000
# volunteers to the north", "dispatched advisers to X", "instructors arrived in Y" ("volunteers
# handed out food", "the school hired instructors" place no force).
# ("moved fresh reserves to the X front": a state's reserve troops sent somewhere; but see
# RESERVE_STOCK_WORDS)
SENT_PEOPLE_NOUNS = frozenset("volunteers advisers advisors instructors trainers reserves".split())
# "Reserves" are troops only bare ("moved reserves to X"), under an adjective of no stock
# ("fresh reserves") or under a military word ("army reserves"): a stock's word before them
# makes them money or goods ("moved its gold reserves to X", "the central bank's reserves"),
# and so do any other noun before them that is no military one ("grain reserves", "lithium
# reserves") and an "of" that names no force ("reserves of foreign currency"; "reserves of
# infantry" are the infantry). ``forces.sent_people``.
RESERVE_NOUNS = frozenset(["reserves"])
RESERVE_STOCK_WORDS = frozenset(
    "gold silver bullion currency currencies cash money dollar dollars euro euros forex fx "
    "foreign-exchange exchange foreign financial monetary fiscal capital bank banks "
    "oil gas fuel crude petroleum coal energy mineral grain grains food wheat rice cereal "
    "water blood".split()
)
RESERVE_FORCE_WORDS = frozenset(
    "army military troop troops infantry tank armoured armored combat manpower reservist "
    "reservists guard marine marines".split()
)
# Nouns of a side's own soldiers: arms listed with them ("a Patriot battery and 300 troops")
# go with them, the sender's deployment, not a delivery.
GENERIC_TROOPS = frozenset(
    "troops soldiers personnel servicemen marines paratroopers infantry commandos".split()
)
# Navies' prefixes of a ship's name ("USS Mason", "HMS Diamond", "KNM Y"): the ship is a force,
# and with no other owner named, the prefix's state's; of a prefix several navies use (Britain's
# and Sweden's "HMS", India's and Israel's "INS"), the first the article mentions, else the
# first listed.
SHIP_PREFIXES = {
    "USS": ("United States",),
    "USNS": ("United States",),
    "HMS": ("United Kingdom", "Sweden"),
    "HMAS": ("Australia",),
    "HMCS": ("Canada",),
    "HMNZS": ("New Zealand",),
    "INS": ("India", "Israel"),
    "BRP": ("Philippines",),
    "JS": ("Japan",),
    "ROKS": ("South Korea",),
    "TCG": ("Turkey",),
    "HNLMS": ("Netherlands",),
    "HDMS": ("Denmark",),
    "FGS": ("Germany",),
    "ESPS": ("Spain",),
    "HNoMS": ("Norway",),
    "HSwMS": ("Sweden",),
    "KRI": ("Indonesia",),
    "PNS": ("Pakistan",),
    "ROCS": ("Taiwan",),
    "RFS": ("Russia",),
    "KNM": ("Norway",),
    "SLNS": ("Sri Lanka",),
    "ITS": ("Italy",),
    "FS": ("France",),
    "ARA": ("Argentina",),
    "ORP": ("Poland",),
    "HS": ("Greece",),
    "NRP": ("Portugal",),
    "SPS": ("Spain",),
    "FNS": ("Finland",),
    "HTMS": ("Thailand",),
    "RSS": ("Singapore",),
    "BAP": ("Peru",),
    "USCGC": ("United States",),
    "CCGS": ("Canada",),
}
# Sites that are a force only as what is built or held, and a place where a force is "at" or
# "in" ("stationed jets at the X air base").
SITE_NOUNS = frozenset(["base", "bases"])
# ... the prepositions of being there ("home to X's naval base" names a force).
SITE_PREPOSITIONS = frozenset(["at", "in", "on", "inside", "near", "from"])
# Verbs by which police a demonym names are where they stay ("Kenyan police officers remain
# in Haiti", "400 Nigerian policemen are serving in Liberia"; not "arrested three men").
STAYING_VERBS = frozenset(["remain", "stay", "serve", "be", "operate", "patrol"])

# What carries a force and is none itself ("a convoy carrying 300 fighters", "a column of
# trucks transporting troops"): the force is what its participle of carrying takes.
CARRYING_VERBS = frozenset(["carry", "transport", "ferry", "bring", "haul"])
# Verbs that gather forces of several states into one body ("assembled troops from X, Y and
# Z", "bringing together warships from X and Y"; TOGETHER_VERBS only with "together"): a
# "from" after the force they gather names whose the forces are, no place they are at.
GATHERING_VERBS = frozenset(["assemble", "gather", "muster", "pool"])
TOGETHER_VERBS = frozenset(["bring", "pull", "draw"])

# Verbs (with the particle or preposition each takes) by which a mission or force is said to
# consist of members ("the mission, made up of soldiers from X, Y and Z", "a force comprising
# troops from X and Y", "composed of", "consisting of"): the members are what is deployed.
COMPOSING_VERBS = {"make": "of", "compose": "of", "consist": "of", "comprise": None}

# Patrols that a verb of stepping up takes are a force placed where they go ("X increased
# patrols along the border", "stepped up patrols around Y"): the patrol nouns, the verbs
# (with the particle a phrasal one needs, else None), and the measures of patrols a verb may
# raise instead ("increased the frequency of patrols near Z"). ``deployments.patrols``.
PATROL_NOUNS = frozenset(["patrols"])
STEPPING_UP_VERBS = {
    "increase": None,
    "intensify": None,
    "boost": None,
    "expand": None,
    "double": None,
    "reinforce": None,
    "step": "up",
    "ramp": "up",
    "beef": "up",
    "scale": "up",
}
PATROL_MEASURE_NOUNS = frozenset(["number", "frequency", "intensity", "tempo", "pace"])
