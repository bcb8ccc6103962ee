"""Extraction rules as data: small, commented tables of general English and world knowledge.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# ---------------------------------------------------------------- statements
# Verbs (lemmas) that introduce speech; their clausal complement is what was said.
SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "state",
        "declare",
        "announce",
        "add",
        "note",
        "stress",
        "underline",
        "emphasise",
        "emphasize",
        "explain",
        "warn",
        "claim",
        "insist",
        "argue",
        "assert",
        "affirm",
        "reaffirm",
        "confirm",
        "deny",
        "acknowledge",
        "admit",
        "allege",
        "accuse",
        "recall",
        "reiterate",
        "write",
        "tweet",
        "post",
        "report",
        "suggest",
        "predict",
        "promise",
        "vow",
        "pledge",
        "threaten",
        "urge",
        "call",
        "demand",
        "ask",
        "answer",
        "reply",
        "respond",
        "comment",
        "remark",
        "observe",
        "point",
        "mention",
        "describe",
        "believe",
        "think",
        "estimate",
        "assure",
        "maintain",
        "contend",
        "caution",
        "complain",
        "concede",
        "boast",
        "signal",
        "indicate",
        "reveal",
        "disclose",
        "inform",
        "testify",
        "proclaim",
        "announce",
        "agree",
        "imply",
        "express",
        # "questioned if/whether ...": a reported question, like "asked whether"
        "question",
    ]
)
# Speech verbs whose infinitive complement is what was said ("claimed to have taken ...").
SPEECH_VERBS_WITH_INFINITIVE = frozenset(["claim", "vow", "pledge", "promise", "threaten"])
# Verbs whose nominal object can carry the content when it holds a quotation
# ("underlined the “need for ...”").
SPEECH_VERBS_WITH_OBJECT = frozenset(
    [
        "underline",
        "stress",
        "emphasise",
        "emphasize",
        "reiterate",
        "denounce",
        "criticise",
        "criticize",
        "condemn",
        "express",
    ]
)
# Words right before a quotation that make it the name of a source, not a statement
# ("citing “people familiar with the matter”").
CITING_WORDS = ("citing", "cited", "cites", "quoting", "quoted")

# Fewer words than this inside quotation marks is a scare quote or a term, not a statement.
MIN_DIRECT_QUOTE_WORDS = 4
# A quotation inside a reported clause that is at least this long stands as the direct quote.
QUOTE_DOMINATES_WORDS = 6
# This many quotations inside one reported clause are fragments of it, not quotes of their own.
WOVEN_QUOTES = 3

# Opening and closing marks. Scraped text mixes and reverses them, so pairing is by order.
QUOTE_MARKS = '"“”„‟«»'
SINGLE_QUOTE_MARKS = "‘’‚‛"

# Media: a cue word (lower case) in the sentence -> the medium's name.
MEDIA = {
    "twitter": "Twitter",
    "tweet": "Twitter",
    "tweeted": "Twitter",
    "facebook": "Facebook",
    "telegram": "Telegram",
    "instagram": "Instagram",
    "youtube": "YouTube",
    "x.com": "X",
    "bbc": "BBC",
    "cnn": "CNN",
    "fox news": "Fox News",
    "reuters": "Reuters",
    "associated press": "Associated Press",
    "afp": "AFP",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "cbs": "CBS",
    "nbc": "NBC",
    "abc news": "ABC News",
    "msnbc": "MSNBC",
    "sky news": "Sky News",
    "al jazeera": "Al Jazeera",
    "television": "TV",
    "tv": "TV",
    "press conference": "press conference",
    "news conference": "press conference",
    "briefing": "briefing",
    "interview": "interview",
    "statement": "statement",
    "speech": "speech",
    "video address": "video address",
}

# ---------------------------------------------------------------- actors
# Nouns that name an unnamed official: with a state or organisation in the phrase, the
# speaker is that state or organisation ("a Nato official" -> NATO, "Ukraine's defense
# minister" -> Ukraine). With none, they are resolved to a person with that title, if any.
ROLE_NOUNS = frozenset(
    [
        "official",
        "officials",
        "minister",
        "ministry",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "president",
        "premier",
        "chancellor",
        "diplomat",
        "diplomats",
        "government",
        "authorities",
        "leader",
        "leaders",
        "ambassador",
        "envoy",
        "secretary",
        "general",
        "commander",
        "commanders",
        "chief",
        "head",
        "army",
        "military",
        "office",
        "administration",
        "source",
        "sources",
        "intelligence",
        "counterpart",
        "representative",
        "delegation",
        "embassy",
        "department",
    ]
)
# Heads that name an organisation's leader: "the Nato chief" is who acts for Nato.
LEADER_NOUNS = frozenset(["chief", "head", "boss", "leader"])
# A leader's staff ("Ramaphosa's office", "Biden's administration"): they speak for the
# leader's state, not as the leader.
PERSON_BODIES = frozenset(["office", "government", "administration"])
# Heads of a state's institutions that speak as an organisation of their own when named
# in full ("the U.K. Ministry of Defence", "Japan's Ministry of Foreign Affairs").
INSTITUTION_HEADS = frozenset(["ministry", "department"])

# Titles worth keeping on an actor, longest first when matched.
TITLE_WORDS = frozenset(
    [
        "president",
        "prime",
        "minister",
        "foreign",
        "defence",
        "defense",
        "secretary",
        "general",
        "state",
        "chancellor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "chief",
        "head",
        "commander",
        "king",
        "queen",
        "leader",
        "premier",
        "deputy",
        "vice",
        "chairman",
        "chairwoman",
        "director",
        "mayor",
        "governor",
        "adviser",
        "advisor",
        "diplomacy",
        "minister's",
        "senator",
        "congressman",
        "congresswoman",
        "lawmaker",
        # offices written before a name ("Taoiseach Leo Varadkar", "Emir ...")
        *"taoiseach tanaiste tánaiste emir amir pope sultan speaker commissioner".split(),
        *"prince duke representative secretary-general director-general".split(),
    ]
)
# Offices of heads of state and government, ministers and other officials worldwide, as
# written before a name ("Taoiseach Leo Varadkar", "Emir Tamim bin Hamad Al Thani"): a
# person's name never starts with them, and "the Taoiseach said" is the one who bears it.
OFFICE_TITLES = frozenset(
    """
    president vice prime minister premier chancellor taoiseach tanaiste tánaiste emir amir
    king queen crown prince princess grand duke duchess pope sultan sheikh shah ayatollah
    speaker mayor governor secretary-general secretary general high representative
    commissioner chief of staff commander commander-in-chief foreign defence defense deputy
    first state chairman chairwoman chair ambassador envoy senator spokesman spokeswoman
    spokesperson minister-president director-general
    """.split()
)  # fmt: skip
# Single title words that name one office by themselves ("the Taoiseach said", "the Emir
# told ..."): resolved, like ROLE_NOUNS, to the person bearing the title.
OFFICE_NOUNS = frozenset(
    """
    taoiseach tanaiste tánaiste emir amir king queen pope sultan speaker mayor governor
    commissioner secretary-general
    """.split()
)  # fmt: skip
# Other names of a prime minister's office, one office whatever a country calls it
# ("Ireland's premier" is the Taoiseach; regex words, matched in lower case).
HEAD_OF_GOVERNMENT = ("taoiseach", "premier")
# Nouns for a person that are no office speaking for an organisation: "the founder of X
# wrote" is a person (the one the text is about), not X.
PERSON_NOUNS = frozenset(
    """
    founder co-founder cofounder owner billionaire businessman businesswoman tycoon oligarch
    """.split()
)  # fmt: skip
# Honorifics and ranks written before a name, dropped from it ("Lt Gen Ivan Havryliuk").
NAME_PREFIXES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady gen general lt lieutenant col colonel maj major
    capt captain sgt sergeant adm admiral cmdr commander brig brigadier cpl corporal pvt
    president prime minister chancellor king queen prince princess pope sheikh rev father
    """.split()
)  # fmt: skip
# Common Chinese and Korean family names, written first: "Wang Yi" is "Wang" for short,
# not "Yi". (No surname that is also an English word: he, ma, so, an.)
SURNAME_FIRST = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang
    xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng
    wei su lu ding ren shen yao zhong qin xi wen kong cui qian qiu hou meng
    kim park choi yoon cho jang lim moon
    """.split()
)  # fmt: skip
# Seats of power and institutions used for their state: "the Kremlin said" -> Russia.
SEATS = {
    "kremlin": "Russia",
    "white house": "United States",
    "downing street": "United Kingdom",
    "elysee": "France",
    "élysée": "France",
    "kremlin's": "Russia",
}
# Pronouns that refer back to a person.
PERSON_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers"])
ORG_PRONOUNS = frozenset(["it", "they", "its", "their"])

# Words that make an ORG a non-state group.
GROUP_WORDS = frozenset(
    [
        "separatists",
        "rebels",
        "militia",
        "militias",
        "insurgents",
        "taliban",
        "hamas",
        "hezbollah",
        "battalion",
        "regiment",
        "brigade",
        "group",
    ]
)
# Outlets: actors only when they act; otherwise a statement's medium.
NEWS_OUTLETS = frozenset(
    [
        "bbc", "cnn", "reuters", "tass", "afp", "ap", "associated press", "interfax", "nbc",
        "cbs", "abc", "msnbc", "fox news", "fox news digital", "ria novosti", "al jazeera",
        "new york times", "washington post", "guardian", "times", "bloomberg", "sky news",
        "wall street journal", "financial times", "politico", "axios", "npr", "cnbc",
    ]
)  # fmt: skip

# ---------------------------------------------------------------- deployments
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
    ]
)
# Verbs of a force moving itself into a place ("troops stormed the city", "forces
# crossed the border"): the force is the subject and the place may be the object.
ADVANCE_VERBS = frozenset(["advance", "enter", "cross", "storm", "march", "fight", "join"])
# Objects that, joined, put a force into a war without naming a place ("join the war").
WAR_WORDS = frozenset(["war", "fight", "fighting", "conflict", "offensive", "invasion"])
# Those of them whose object is a place ("fight the Islamic State" names a foe).
PLACE_OBJECT_VERBS = frozenset(["enter", "cross", "storm"])
# Common nouns that name a place: the object of PLACE_OBJECT_VERBS ("crossed the state
# border") and where a present force is ("forces on the front line", not "on civilians").
PLACE_HEADS = frozenset(
    "border borders frontier city town village region territory area province oblast "
    "district neighborhood neighbourhood capital country front frontline line position "
    "soil flank base coast peninsula sea waters island port airfield zone sector "
    "direction ground field east west south north corridor part location axis "
    # sites a force holds or is trapped in: "troops holed up in the factory"
    "depot refinery plant factory works airport bridge facility complex camp outskirts suburb "
    "settlement trench bunker hill heights river bank highway".split()
)
# Prepositions that belong to a place's name ("the city of X", "the towns in northern
# Y"); others say what happens there ("the depot under fire").
PLACE_QUALIFIERS = frozenset(["of", "in", "near", "outside", "along", "around", "on"])
# Deployment verbs that also mean stockpiling ("accumulating missiles"): a deployment
# only with a place ("accumulates artillery around the town").
PLACED_ONLY_VERBS = frozenset(["accumulate"])
# Verbs whose subject force is at their object place: "Ukrainian troops are holding
# the town", "Russian forces surrounded the city" (not "captured": a past move).
HOLD_PLACE_VERBS = frozenset(
    ["hold", "defend", "besiege", "surround", "encircle", "occupy", "control", "garrison"]
)
# Verbs of trying whose infinitive a force is already doing where it is: "troops are
# trying to encircle the city" (not "want to", "plan to").
ATTEMPT_VERBS = frozenset(["try", "attempt", "seek", "continue", "struggle"])
# Verbs of a clause on a force that place it where the clause says: "Ukrainian soldiers
# fighting near X", "Russian troops who remain in Y" (not "the army's tank which has
# gone on display in Z").
PRESENCE_CLAUSE_VERBS = HOLD_PLACE_VERBS | frozenset(
    "fight battle remain stay operate serve dig entrench advance push press".split()
)
# Place nouns that only point at the place named after them: "advance in the direction
# of X" is toward X.
DIRECTION_HEADS = frozenset(["direction", "directions"])
# Operations a force carries out against a place named by "of"/"on": "forces continue
# their siege of X" puts them at X.
OPERATION_NOUNS = frozenset(
    "siege blockade encirclement assault storming advance offensive counteroffensive "
    "counter-offensive push occupation gain gains".split()
)
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
    ]
)
# Heads of a force phrase.
FORCE_NOUNS = frozenset(
    [
        "troops",
        "soldiers",
        "forces",
        "force",
        "army",
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
        "helicopters",
        "tanks",
        "missiles",
        "artillery",
        "equipment",
        "personnel",
        "servicemen",
        "paratroopers",
        "marines",
        "mercenaries",
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
        # who holds a place is present there: "defenders in the city"
        "defenders",
        "commandos",
        "militiamen",
    ]
)
# Nouns that are forces only with one of these modifiers ("nuclear weapons"; plain
# "weapons" are mostly deliveries).
QUALIFIED_FORCE_NOUNS = {"weapons": frozenset(["nuclear"]), "weapon": frozenset(["nuclear"])}
# Verbs by which a state or group holds a presence somewhere ("has a presence in").
HOLD_VERBS = frozenset(["have", "maintain", "keep", "establish", "expand", "increase"])
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
# Verbs that fire a force at a target when they govern it directly ("missiles launched").
STRIKE_VERBS = frozenset(["launch"])
# Words near a force phrase that make it a loss, not a deployment.
LOSS_WORDS = frozenset("losses lost casualties dead killed wounded captured".split())
# Modifiers of a force that name no side of their own ("enemy troops").
ENEMY_WORDS = frozenset(["enemy", "hostile", "opposing"])
# Modifiers left out of the force's name.
FORCE_FILLERS = frozenset("more additional extra new some further own".split())
# Heads of a prepositional phrase that is not a place ("in a single battle").
NOT_LOCATION_HEADS = frozenset(
    "battle war fight fighting offensive attack operation defence defense effort order "
    "support response case event exercise exercises drill drills "
    # times and states, not places: "at the start of the war", "on high alert"
    "start beginning end outset time moment alert readiness standby".split()
)
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
    ]
)
# Modality cues.
# Verbs that exclude a move: denied by themselves ("ruled out sending troops"), possible
# when negated ("did not rule out sending troops").
RULE_OUT_VERBS = frozenset(["rule", "exclude"])
NEGATIONS = frozenset(["not", "no", "never", "n't", "without", "neither", "nor"])
DENIAL_VERBS = frozenset(["deny", "reject", "refute", "dismiss"])
POSSIBLE_MODALS = frozenset(["could", "might", "may", "would", "can"])
POSSIBLE_WORDS = frozenset(
    [
        "possible",
        "possibly",
        "potential",
        "potentially",
        "ready",
        "standby",
        "alert",
        "if",
        "unless",
        "whether",
        "prospect",
        "possibility",
    ]
)
# Conjunctions of a clause that states a fact of its own ("as its forces flag").
ASSERTING_MARKS = frozenset(["as", "while", "because", "since", "after", "although"])
# ("to" is not here: "continue to be sent" is no plan; "is to send" is, see _is_to)
PLANNED_WORDS = frozenset(
    ["will", "plan", "plans", "planned", "intend", "intends", "going", "shall"]
)
# Verbs over a deployment that make it a plan: "agreed to deploy", "decided to send".
PLAN_VERBS = frozenset(
    ["plan", "intend", "prepare", "agree", "decide", "promise", "pledge", "vow", "commit"]
)
# Verbs whose object, a deployment noun, is planned: "announced the stationing of".
ANNOUNCE_VERBS = frozenset(["announce", "unveil", "approve", "order", "authorise", "authorize"])
# Spelled-out numbers that give a force's size ("two squadrons").
NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), 1
    )
}
CLAIM_VERBS = frozenset(["accuse", "claim", "allege"])

# ---------------------------------------------------------------- meetings
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
    "call": "phone",
    "phone": "phone",
    "phoned": "phone",
    "telephone": "phone",
    "conversation": "",
    "videoconference": "video",
    "video-conference": "video",
    "videocall": "video",
    "speak": "",
    "discuss": "",
    "negotiation": "",
    "negotiations": "",
}
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
        ),
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
            "arrived in",
            "in-person",
            "face-to-face",
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
# Words that fix the status, strongest first.
STATUS_CUES = (
    (
        "cancelled",
        ("cancel", "cancelled", "canceled", "called off", "postpone", "postponed", "scrapped"),
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
            "ready to meet",
            "prepared to meet",
            "willing to meet",
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
            "planned",
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
            "soon",
            "tomorrow",
            "next week",
            "upcoming",
            "to be held",
            "will visit",
            "will host",
        ),
    ),
)
# Proposed-status cues that become "scheduled" when the meeting has a date: a plan
# announced with its day ("plans to hold the summit on August 23").
PLAN_CUES = ("plan to", "plans to", "planned", "planning")
# Status cues that hold anywhere in a meeting's sentence: words about when an event takes
# place, whereas the cues above ("plan to", "possible") may be about anything in it.
SENTENCE_STATUS_CUES = (
    ("cancelled", ("cancelled", "canceled", "called off", "postponed")),
    ("scheduled", ("scheduled", "to be held")),
)
# Words over a meeting trigger that say it does not take place ("refused to meet").
MEETING_REFUSALS = frozenset(["refuse", "refusal", "decline", "reject", "rule", "snub"])
# Words on a meeting word that make it a later meeting than the one just reported
# ("further meetings", "another call", "meet again").
FURTHER_MEETING_WORDS = frozenset(["further", "another", "again", "next", "second", "follow-up"])
# Auxiliaries that put a verb in the future.
FUTURE_AUXILIARIES = frozenset(["will", "shall", "'ll", "wo"])
# Words that put a date before or after a meeting, not on it ("since ... on 24 February").
NOT_MEETING_DATE_WORDS = frozenset(["since", "until", "till", "before", "after", "ago"])
# Plural pronouns: a meeting of a group the sentence does not name.
PLURAL_POSSESSIVES = frozenset(["their", "our"])
# Heads of state or government: a title of these with a state and no name is the one
# person of that state named before with such a title ("the new Polish prime minister").
LEADER_TITLES = frozenset(["leader", "president", "premier", "minister", "chancellor"])
# People met who do not act for the state that describes them ("met Ukrainian soldiers",
# "met a Ukrainian actor"): the state does not take part.
NOT_REPRESENTATIVE_PEOPLE = frozenset(
    """soldier troop serviceman servicemen actor actress artist athlete rabbi priest
    child student refugee veteran journalist reporter worker resident family survivor
    victim businessman entrepreneur volunteer civilian pupil fan""".split()
)
# Nouns and verbs of a visit: the place visited stands for its host.
VISIT_WORDS = frozenset(["visit", "trip"])
# Verbs of a journey: "arrived in Moscow for a state visit" is a visit to Russia.
JOURNEY_VERBS = frozenset(["arrive", "travel", "fly", "go", "come", "head", "land"])
# Nouns for the people who speak for a side in talks ("the US and Ukrainian parties").
SIDE_NOUNS = frozenset(["party", "side", "negotiator", "team", "delegation", "representative"])
# Meetings of an organisation's members, held in a state: with no one named at one, the
# organisation and that state take part ("the NATO summit in Madrid").
ORGANISATION_MEETINGS = frozenset(["summit"])
# Times of the article's own day ("my visits this morning"): a journey then is of that day.
SAME_DAY_WORDS = frozenset(["today", "this morning", "this afternoon", "this evening", "tonight"])
# Verbs by which one person who meets several people, named in turn, meets each of them
# ("X met the prime minister, A, and the speaker, B": two meetings).
ONE_BY_ONE_VERBS = frozenset(["meet"])
# Meeting nouns whose plural with several parties is one meeting with each ("had
# conversations with the presidents of A and B"; not "talks", plural in form only).
ONE_BY_ONE_NOUNS = frozenset(["conversation", "call", "meeting"])
# A leader's own words given to the public: an article that names one person giving an
# address, and then runs on in the first person outside quotes, is that person's account.
ADDRESS_NOUNS = frozenset(["address", "speech", "interview", "remarks"])
# First-person subjects of such an account: its speaker ("I had a conversation with X").
FIRST_PERSON = frozenset(["i", "we", "me", "us", "my"])
# A paragraph opening with a weekday and a dash, colon or comma ("Tuesday – X was in
# Kyiv.", "On Monday, ..."): the day of the meetings told in it that give none of their own.
WEEKDAY_LEAD = r"^\s*(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*[-–—:,]"

# ---------------------------------------------------------------- dates
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

# ---------------------------------------------------------------- clutter
# Lines that are site furniture, not article text.
CLUTTER_PATTERNS = (
    r"^home\s*»",
    r"^leave a comment$",
    r"^this site uses akismet",
    r"^read more",
    r"^related:",
    r"^(photo|image|picture|credit):",
    r"^share this",
    r"^advertisement$",
    r"^subscribe",
    r"^sign up",
    r"^click here",
    r"newsletter promotion",
    r"^(privacy (notice|policy)|terms of (service|use))",
)
