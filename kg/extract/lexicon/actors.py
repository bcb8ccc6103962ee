"""Words about actors: offices, titles, roles, pronouns and names, for finding who acts.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# Nouns that name an unnamed official: with a state or organisation in the phrase, the
# speaker is that state or organisation ("a Nato official" -> NATO, "Ukraine's defense
# minister" -> Ukraine). With none, they are resolved to a person with that title, if any.
ROLE_NOUNS = frozenset(
    """official officials minister ministry spokesman spokeswoman spokesperson president premier
    chancellor diplomat diplomats government authorities leader leaders ambassador envoy
    secretary general commander commanders chief head army military office administration source
    sources intelligence counterpart representative delegation embassy department""".split()
)
# Heads that name an organisation's leader: "the Nato chief" is who acts for Nato.
LEADER_NOUNS = frozenset(["chief", "head", "boss", "leader"])
# A leader's staff ("Ramaphosa's office", "Biden's administration"): they speak for the
# leader's state, not as the leader.
PERSON_BODIES = frozenset(["office", "government", "administration"])
# Heads of a state's institutions that speak as an organisation of their own when named
# in full ("the U.K. Ministry of Defence", "Japan's Ministry of Foreign Affairs").
INSTITUTION_HEADS = frozenset(
    """
    ministry department agency police commission council committee service guard
    directorate inspectorate bureau embassy consulate
    """.split()
)  # fmt: skip
# A state's diplomatic missions: named by their state alone ("the Chinese embassy in
# Stockholm", "the Russian Embassy"), an organisation of their own (GUIDELINES: a named body
# is its own organisation), where a ministry needs a word for its kind ("Russia's foreign
# ministry"; "Russian police" are a state's generic forces).
MISSION_HEADS = frozenset(["embassy", "consulate"])
# Heads of an armed service's name that, capitalised, a state's adjective alone names ("the
# Argentine Navy", "the Indian Army": a named service; "the Argentine navy", "the Malian
# army" are the state's generic forces).
STATE_NAMED_SERVICE_HEADS = frozenset(["navy", "army"])
# Heads of an armed service's name when capitalised with a word of its own ("the Swedish
# Armed Forces", "the Kenyan Defence Forces"): a named service, an organisation of its own
# (lower case, "Swedish armed forces", the state's generic forces).
NAMED_SERVICE_HEADS = frozenset(["forces", "force", "army", "navy", "guard", "corps"])
# Words of a service's name that name no state ("Armed Forces", "Air Force"): an entity of
# these alone, with a state before it, is that state's service, not an actor of its own.
SERVICE_NAME_WORDS = frozenset(
    "armed forces force army navy air defence defense guard national coast corps".split()
)
# Service words between a state's name and "Forces" in a region command's name ("US Air
# Forces Africa", "US Marine Corps Forces Europe"; kg.extract.actors.region_commands).
COMMAND_SERVICE_WORDS = frozenset(["air", "naval", "marine", "corps", "army", "space"])
# Region words that close a region command's name without being a place ("US Air Forces
# Africa", "US Marine Corps Forces Europe"); a place the model tagged closes it too.
COMMAND_REGION_WORDS = frozenset(["central", "pacific", "atlantic", "europe", "africa"])
# A state's armed services that, named by their kind in lower case with the state as owner
# or adjective ("Ukraine's air force said"), are a named service speaking for itself, not
# the state's generic forces ("Israel's military said": the state) (kg.extract.statements.
# state_services). Each is the service's words, the head last.
SPEAKING_SERVICE_WORDS = frozenset([("air", "force")])
# A leader's or candidate's own organisation named by the person ("the Harris campaign",
# "Biden's campaign", "a Harris campaign official"): an organisation of its own, named after
# the person's surname, that speaks for itself.
PERSON_ORGANISATION_NOUNS = frozenset(["campaign"])
# Heads of a state institution that a phrase may name by its kind alone ("the defence
# ministry said", "the interior ministry"): the institution of the state the text is about.
CONTEXT_INSTITUTION_HEADS = frozenset(["ministry", "department", "agency", "directorate"])
# States whose bodies are named with the state's name, not an adjective ("the Myanmar
# defence ministry"); any other state's with its first adjective (kg/data/demonyms.tsv).
STATE_NAMED_BODIES = frozenset(["Myanmar"])
# Heads of an institution's name only when capitalised ("the German Foreign Office"; "the
# president's office" is a leader's staff).
NAMED_INSTITUTION_HEADS = frozenset(["office", "authority", "court"])
# ... and a state's military and intelligence bodies, capitalised ("Ukraine's General Staff",
# "Russia's Eastern Military District", "Ukraine's Defence Intelligence", "the Northern
# Fleet"): a body of its own that speaks for itself, not its state.
NAMED_STATE_BODY_HEADS = frozenset(
    ["staff", "intelligence", "district", "command", "headquarters", "fleet"]
)
# ... and in lower case too, after a word for its kind and its state ("Italy's competition
# authority", "Peru's northern military command", "Peru's foreign office spokesperson").
KIND_OF_STATE_BODY_HEADS = frozenset(["authority", "command", "office"])
# Prepositions by which a role speaks for a body ("a spokesperson for X", "an official at X").
ROLE_PREPOSITIONS = frozenset(["for", "from", "of", "at", "with"])
# Prepositions that place what they govern (kg.extract.actors.persons): a 'person' the model
# found only after them ("arrived in Monguno and B", "the outskirts near B") is a village
# the model took for a name, and 'the officer said' never points back to it.
PLACE_PREPOSITIONS = frozenset(
    ["in", "near", "at", "around", "outside", "inside", "into", "toward", "towards", "across"]
)
# Adjectives that open a body's name and are never one alone ("the National | Security
# Council" cut by the model after its first word): kg.extract.actors.body_spans.
NAME_ADJECTIVES = frozenset(
    "national international federal royal supreme central joint special republican".split()
)
# Nouns for a settlement or a stretch of land whose name follows 'of' or precedes them ("the
# town of B", "the settlements of A and B", "the B area"): the name is a place's.
SETTLEMENT_NOUNS = frozenset(
    "town village city settlement hamlet area district region outskirts suburb".split()
)

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
        "chairperson",
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

# A title or role noun before a name ("Minister", "spokesman"): the two tables as one,
# built once for the rules that test a word against both.
TITLE_OR_ROLE_WORDS = TITLE_WORDS | ROLE_NOUNS
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
# Words that, before a state's name, name a part, an era or a form of the state, not an
# organisation named with it ("Northern Ireland", "Soviet Russia"; "News UK" and "Parks
# Canada" are bodies).
STATE_QUALIFIERS = frozenset(
    """
    north south east west northern southern eastern western central northeast northwest
    southeast southwest north-east north-west south-east south-west northeastern
    northwestern southeastern southwestern upper lower greater great mainland continental
    metropolitan coastal rural inner outer mother soviet imperial nazi communist red free
    occupied independent modern ancient new old latin anglo
    """.split()
)
# Plural endings of a family name ("the Clintons", "the Joneses"), longest first.
FAMILY_PLURAL_ENDINGS = ("es", "s")
# Nouns for a force of order that a place or nationality before it names as a body of its own
# ("Thai police said", "Philadelphia police said": a named police force is an organisation;
# so is a customs service, "according to Finnish customs").
POLICE_FORCE_NOUNS = frozenset(["police", "customs"])
# How many prepositions a title may chain before the name the parser hangs on its last one
# ("Minister of Foreign Affairs of Kenya A B": 'of Kenya', then 'of Foreign Affairs').
TITLE_PREPOSITION_DEPTH = 3
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
# Words for a person that name no office a state or body holds alone ("the diplomat said",
# "the warlord said"): the person the text is about, the last subject named before.
PERSON_EPITHETS = frozenset(
    """
    diplomat warlord politician lawmaker legislator senator congressman congresswoman
    activist analyst expert scholar professor researcher economist historian lawyer attorney
    veteran general commander officer colonel admiral governor mayor candidate nominee
    tycoon billionaire businessman businesswoman oligarch magnate mogul strongman autocrat
    dictator monarch cleric negotiator dissident journalist author writer mp parliamentarian
    """.split()
)  # fmt: skip
# Honorifics and ranks written before a name, dropped from it ("Lt Gen Ivan Havryliuk").
NAME_PREFIXES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady gen general lt lieutenant col colonel maj major
    capt captain sgt sergeant adm admiral cmdr commander brig brigadier cpl corporal pvt
    rear field marshal commodore cdr cmdt cmde lieut insp supt
    president prime minister chancellor king queen prince princess pope sheikh rev father
    """.split()
)  # fmt: skip
# Styles of address written before a title or a name ("His Majesty King X", "Her Royal
# Highness Princess Y", "HRH Prince Z", "His Excellency President W"): a leading run of
# these words holding one of STYLE_HEADS is no part of the name (kg.extract.actors.styles);
# STYLE_WORDS only open or qualify such a run ("Royal" alone opens names: "Royal Navy").
STYLE_HEADS = frozenset(["majesty", "majesties", "highness", "highnesses", "excellency", "hrh"])
STYLE_WORDS = frozenset(["his", "her", "their", "royal", "imperial", "serene"])
# Titles a monarch, royal or pontiff is known by with one given name ("King Abdullah",
# "Prince Harry", "Pope Francis", "Sheikh Mohamed"): a person whose name is that one word
# is written under the titled form the article writes (kg.extract.actors.surface), the
# form readers name them by.
REGNAL_TITLES = frozenset(
    ["king", "queen", "prince", "princess", "emir", "amir", "sultan", "pope", "sheikh", "shaikh"]
)
# Words of a body that, after one of NAME_PREFIXES, make it the first word of the body's name
# ("the General Staff of X's Armed Forces", "the General Command", "the General Prosecutor's
# Office"), no rank or honorific before a person's.
TITLED_BODY_WORDS = frozenset(
    """
    staff command directorate secretariat prosecutor prosecutors assembly council committee
    commission office ministry department agency inspectorate headquarters administration
    """.split()
)  # fmt: skip
# Honorifics a person's name may be led by in runs of their own ("Datuk Seri", "Tan Sri",
# "Dato' Sri", "Tun"): a run of them the model tagged as a person before the person's name is
# no name of its own (kg.extract.actors.title_phrases).
HONORIFIC_WORDS = frozenset(
    "datuk dato datin seri sri tan tun toh puan tunku tengku pehin haji hajah".split()
)
# Title phrases (kg.extract.actors.title_phrases): the nouns a title ends in ("Managing
# Director", "Chief Executive Officer", "Consul General", "Leader of the Opposition") and the
# words that qualify them. A phrase of these words alone names an office, never its bearer.
TITLE_PHRASE_HEADS = frozenset(
    """
    director officer consul general secretary minister commissioner chairman chairwoman
    chairperson chair spokesperson spokesman spokeswoman ambassador envoy governor president
    premier chancellor leader head chief commander representative coordinator manager
    administrator controller superintendent inspector registrar auditor treasurer
    """.split()
)  # fmt: skip
TITLE_PHRASE_QUALIFIERS = frozenset(
    """
    managing executive chief deputy vice acting interim operating financial general consul
    group senior principal permanent special assistant associate first second joint
    attorney solicitor
    technical national regional country
    """.split()
)  # fmt: skip
# Prepositions after which a title phrase goes on with its remit or its place ("Leader of
# the Opposition", "Consul General in X").
TITLE_PHRASE_PREPOSITIONS = frozenset(["of", "for", "in", "to", "on", "at"])
# Words after "of" that keep a title phrase an office ("Leader of the Opposition").
TITLE_PHRASE_REMITS = frozenset(["the", "opposition", "government", "business"])
# Last words of a title's remit after its "for" ("Commissioner for Political Affairs and
# Security", "Minister for Foreign Affairs"): a field of work, no body ("a spokesman for X").
TITLE_REMIT_HEADS = frozenset(
    "affairs relations cooperation security development integration peacekeeping".split()
)
# Abbreviated ranks written with a full stop before a name ("Capt. Ana Lopez", "Lt. Col.
# X"): the tokenizer keeps the stop on the word (as spaCy does for "Gen.", "Adm."), so that
# the parser does not end a sentence there and cut the name from the verb it is subject of.
RANK_ABBREVIATIONS = tuple(
    "Lt Col Maj Capt Cmdr Cdr Brig Sgt Cpl Pvt Cmdt Cmde Lieut Insp Supt Gens Sgts".split()
)
# ... and with the titles spaCy already keeps whole: no sentence starts at the name after one.
ABBREVIATED_TITLES = frozenset(
    f"{title}." for title in (*RANK_ABBREVIATIONS, *"Gen Adm Gov Sen Rep Dr Prof Mr Mrs Ms".split())
)
# Military and police ranks ("Rear Admiral", "Brigadier General", "Lt Col"): titles written
# before a name, never a name nor a person by themselves. An entity of these words alone is
# dropped (the model tags "Rear Admiral" an organisation or a person); RANK_WORDS holds the
# rank nouns, RANK_MODIFIERS the words that only qualify one.
RANK_WORDS = frozenset(
    """
    admiral general brigadier lieutenant colonel major captain commander commodore marshal
    sergeant corporal ensign gen lt col maj capt cmdr adm brig sgt cpl
    """.split()
)  # fmt: skip
RANK_MODIFIERS = frozenset("rear vice field air chief staff master warrant first lance".split())
# Nouns for a ship, written before its name ("the French frigate Alsace"), and prefixes of a
# navy's ship names ("USS Carney", "HMS Diamond"): the name is a vessel's, no person's.
VESSEL_NOUNS = frozenset(
    """
    frigate frigates destroyer destroyers corvette corvettes carrier carriers warship warships
    ship ships vessel vessels submarine submarines cruiser cruisers tanker tankers freighter
    freighters boat boats icebreaker
    """.split()
)  # fmt: skip
SHIP_PREFIXES = frozenset(
    """uss hms ins hmas hmcs hmnzs fs its usns rfs pns kri brp knm slns hdms tcg hnlms fgs esps
    hnoms hswms roks rocs orp nrp fns htms rss uscgc ccgs""".split()
)
# Nouns a weapon's or a unit's name stands before ("a Patriot battery", "elite Radwan
# forces"): a one-word name so used, with no person of that surname named in full, is no
# person.
NAMED_THING_HEADS = frozenset(
    """
    battery batteries system systems missile missiles launcher launchers interceptor
    interceptors rocket rockets tank tanks jet jets drone drones helicopter helicopters
    forces force unit units brigade brigades battalion battalions division regiment
    """.split()
)  # fmt: skip
# Particles that join the parts of an Arabic name ("Mohammed bin Abdulrahman Al Thani",
# "Tamim bin Hamad", "Ahmed ould Abdallah"): a name that the model ended before one goes on
# over it and the capitalised word after it.
NAME_JOINING_PARTICLES = frozenset("bin bint ibn binti al el ould".split())
# Of those, the particles meaning "son of", "daughter of": the word after one is a
# parent's name ("Nasser bin Faris Al Dosari"), which names another person ("King Faris").
FILIAL_PARTICLES = frozenset("bin bint ibn binti ould".split())
# A person's name the model ended at a hyphen inside its last word ("Choi Min" + "-jae"):
# the lower-case syllable after the hyphen, of at most this many letters, is part of the
# given name, unless it is one of these English words ("a Putin-backed candidate").
GIVEN_NAME_SYLLABLE_LETTERS = 6
HYPHEN_SUFFIX_WORDS = frozenset(
    """
    backed led based born style era linked run owned allied armed made type like wide
    free held bound class level scale
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
# Those of them that are a subject.
PERSON_SUBJECT_PRONOUNS = frozenset(["he", "she"])
# Verbs of questioning: their subject asks, the one asked answers next ("A asked whether B
# would run. “...,” he said" is B's answer), so their subject is no main one for a pronoun.
QUESTIONING_VERBS = frozenset(["ask", "question", "press", "quiz", "query", "inquire"])
ORG_SUBJECT_PRONOUNS = frozenset(["it", "they"])

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
    ]
)  # ('group' names companies as often: "X Group" is a group only by a cue around it;
# a named brigade, regiment or battalion is a state's unit, an organisation, unless a cue
# around it makes it a militia's)
# Words of the names of organisations, outlets, laws and places: a capitalised name holding
# one is no person's ("Foreign Office", "Daily News"), even when the model leaves it untagged.
ORGANISATION_WORDS = frozenset(
    """
    council party office ministry department agency commission committee court union army
    force forces guard police service services bank fund front movement group association
    institute institution foundation university college school company corporation corp inc
    ltd news times post journal press radio television tv network alliance coalition
    assembly parliament congress senate government administration authority board bureau
    centre center organisation organization watch international league federation command
    corps navy brigade battalion regiment division unit embassy mission program programme
    project initiative channel daily weekly tribune herald gazette telegraph review
    magazine independent observer monitor report airlines airways holdings bloc club
    society academy hospital prosecutor prosecutors republic kingdom state states
    act bill law amendment treaty accord agreement plan operation summit day war square
    street avenue airport station bridge
    """.split()
)  # fmt: skip
# Words that make an organisation an armed group, in its name ("X Militia") or around it
# ("the militia X", "X rebels", "X, an armed group", "the Iran-backed X").
GROUP_CUES = frozenset(
    """militia militias militiamen rebel rebels insurgent insurgents militant militants
    paramilitary paramilitaries guerrilla guerrillas guerilla guerillas separatist
    separatists jihadist jihadists mercenary mercenaries fighters pmc""".split()
)
# Those of them that make a group in its own name ("Fire Fighters Association" is none).
GROUP_NAME_CUES = GROUP_CUES - {"fighters"}
# Nouns that name a group only with an armed modifier ("an armed group", "a militant
# movement", "a private military company").
GROUP_NOUNS = frozenset("group groups movement faction outfit force company organisation".split())
ARMED_MODIFIERS = frozenset(
    """armed militant rebel insurgent jihadist terrorist paramilitary separatist extremist
    islamist mercenary military""".split()
)
# A state's forces in general words, lower case ("the Malian army"): the state itself.
STATE_FORCE_WORDS = frozenset(
    ["army", "military", "armed forces", "forces", "troops", "soldiers", "security forces"]
)
# Words of an organisation's, a place's or an event's name, never of a person's: a run of
# proper nouns with one of these ("Rapid Support Forces", "Union Council") is no person the
# model missed (see kg.extract.actors.names).
NOT_NAME_WORDS = frozenset(
    """
    forces force army navy guard guards police brigade battalion regiment corps militia
    group party front movement alliance council ministry department office house union
    committee commission agency authority government parliament assembly congress senate
    court bank company corporation news times post press media television radio network
    service services organisation organization association federation institute
    university college school church city island islands republic kingdom state states
    province region district county valley platform summit forum conference club
    foundation fund center centre airport hotel palace kremlin pentagon embassy mission
    talks meeting treaty accord agreement declaration plan initiative operation
    square street avenue road bridge cathedral monastery church memorial park station
    plant port base building tower museum theatre theater hall field gate market stadium
    pagoda temple mosque shrine cemetery hospital factory mine
    river lake sea gulf bay strait sheriff former acting
    """.split()
) | STYLE_HEADS  # fmt: skip
# Lower-case words inside a person's name ("Khalid bin Salman", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    "bin bint ibn al el de del della der di da dos du la le van von ter".split()
)
# Prepositions that never open a sentence: one capitalised there is a word of a name
# the parser misread ("Than Swe visited ...").
NOT_OPENING_PREPOSITIONS = frozenset(["than"])
# Outlets: actors only when they act; otherwise a statement's medium.
NEWS_OUTLETS = frozenset(
    [
        "bbc", "cnn", "reuters", "tass", "afp", "ap", "associated press", "interfax", "nbc",
        "cbs", "abc", "msnbc", "fox news", "fox news digital", "ria novosti", "al jazeera",
        "new york times", "washington post", "guardian", "times", "bloomberg", "sky news",
        "wall street journal", "financial times", "politico", "axios", "npr", "cnbc",
        # wire services and state agencies
        "xinhua", "kyodo", "yonhap", "anadolu", "anadolu agency", "dpa", "efe", "ansa",
        "bernama", "antara", "kcna", "irna", "wafa", "sana", "mena", "ukrinform", "belta",
        "ria", "sputnik", "rt", "pa media", "press trust of india", "pti", "apa",
        # broadcasters and papers
        "nhk", "dw", "deutsche welle", "france 24", "euronews", "al arabiya", "cgtn", "cctv",
        "voice of america", "voa", "radio free europe", "rfe/rl", "le monde", "der spiegel",
        "haaretz", "dawn", "nikkei", "asahi", "yomiuri", "global times", "kommersant",
        "izvestia", "vedomosti", "pravda", "economist", "usa today", "daily mail",
    ]
)  # fmt: skip
# Platforms a statement is posted on (its medium, GUIDELINES): the model may tag "posted
# on Twitter" a person or "on Telegram" an organisation; neither ever speaks or acts here.
# A caption's or credit's label the model may tag as an organisation ("Photo: X troops on a
# street in Y"): the label of a picture, never an actor
CAPTION_LABELS = frozenset(
    "photo photos image images picture pictures caption credit file illustration video".split()
)
SOCIAL_PLATFORMS = frozenset(
    """
    twitter facebook telegram instagram youtube tiktok whatsapp weibo wechat
    vkontakte threads bluesky snapchat linkedin
    """.split()
) | frozenset(["truth social", "x.com"])  # fmt: skip
# Nouns that say a phrase is a news outlet whatever its name ("the state news agency", "the
# newspaper X", "a local radio station", "the broadcaster X"): an outlet is never a speaker.
OUTLET_NOUNS = frozenset(
    """
    newspaper newspapers broadcaster broadcasters tabloid daily weekly outlet outlets
    newswire magazine
    """.split()
)  # fmt: skip
# Words that make the noun after them (OUTLET_AGENCY_NOUNS) a newsroom: "news agency",
# "radio station", "TV channel", "wire service" (a ministry's "press service" or "Telegram
# channel" is the ministry's own voice, so "press" and the platforms are not here).
OUTLET_MODIFIERS = frozenset(["news", "radio", "television", "tv", "wire", "media"])
OUTLET_AGENCY_NOUNS = frozenset(
    ["agency", "agencies", "service", "station", "channel", "network", "portal", "website"]
)
# The last word of a newspaper's or broadcaster's name ("the Kyiv Post", "the Daily
# Chronicle", "Manila Times"): a capitalised name ending so is an outlet.
OUTLET_NAME_WORDS = frozenset(
    """
    times post gazette tribune herald journal telegraph chronicle news observer guardian
    inquirer dispatch courier mirror express globe independent daily weekly standard mail
    """.split()
)  # fmt: skip
# Words that open an outlet's name ("Radio X", "Daily X") or end one ("X TV", "X Online"),
# whatever the rest of it (kg.extract.actors.mastheads).
OUTLET_FIRST_WORDS = frozenset("radio daily weekly tv television".split())
OUTLET_LAST_WORDS = frozenset("tv online radio fm".split())
# Words that may stand right before a person's name as the bearer's title or description,
# after the words of the body or place they serve ("Alberta Wildfire spokesperson A B",
# "Jasper Mayor A B", "County Sheriff A B", "Rep. A B", "fellow protester A B"): the name
# after the last of them is who speaks, not the body or place before it. (With TITLE_WORDS,
# OFFICE_TITLES and NAME_PREFIXES.)
NAME_LEADING_WORDS = frozenset(
    """
    sheriff rep rep. sen. sen representative senator marshal constable inspector
    superintendent commissioner prosecutor judge justice attorney lawyer spokesperson
    protester activist student resident journalist reporter correspondent analyst expert
    researcher professor economist official officer deputy chief commander leader head
    coordinator manager ceo chairman chairwoman chair founder organiser organizer
    """.split()
)  # fmt: skip
# Words that say a person is a man or a woman: a 'she' does not stand for a person the
# article calls 'he' (kg.extract.actors.genders reads them in sentences naming one person;
# no noun of kin or office, which names someone else: 'his mother', 'her spokesman').
MALE_WORDS = frozenset(["he", "him", "his", "himself", "mr"])
FEMALE_WORDS = frozenset(["she", "her", "hers", "herself", "mrs", "ms"])
GENDER_HONORIFICS = frozenset(["mr", "mrs", "ms"])
REFLEXIVE_PRONOUNS = frozenset(["himself", "herself"])
# Nouns for a private person, who holds no office and speaks for no state or body ("the
# Romanian journalist said", "a Hong Kong activist says"): a demonym or place before them
# says where they are from, not whom they speak for; "the" one is the person written about.
PRIVATE_PERSON_NOUNS = frozenset(
    """
    journalist reporter correspondent blogger analyst expert scholar academic professor
    researcher economist historian activist campaigner lawyer attorney
    student resident protester protestor witness survivor commentator columnist filmmaker
    artist priest doctor nurse teacher farmer volunteer
    """.split()
)  # fmt: skip
# Entity labels of things that never speak: a speaker's name the model tagged so is a
# person's name it misread ("Oleksiy Danilov" a work of art).
NON_SPEAKING_LABELS = frozenset(["WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"])
# Words that close a person's name after the surname ("A B Jr.", "C D Jnr", "E F III"),
# which the model may leave out of the name it tags, and a surname alone leaves out; the
# abbreviations among them, written with or without a full stop, are
# ABBREVIATED_NAME_SUFFIXES.
NAME_SUFFIXES = frozenset(["jr.", "jr", "jnr.", "jnr", "sr.", "sr", "ii", "iii", "iv"])
ABBREVIATED_NAME_SUFFIXES = frozenset(s.rstrip(".") for s in NAME_SUFFIXES if s.endswith("."))
# Heads of a body of a named organisation ("the UN human rights office", "the UN refugee
# agency", "the WHO regional office"): an organisation of its own (kg.extract.actors.
# organisations), unless its words make it the organisation's own voice (SPOKES_OFFICE_WORDS).
BODY_HEADS = frozenset(
    ["office", "agency", "mission", "commission", "directorate", "bureau", "force"]
)
SPOKES_OFFICE_WORDS = frozenset(
    ["press", "media", "communications", "information", "public", "affairs", "spokesperson"]
)
# Heads such words make a body's own voice ("its press service", "the ministry's media
# office", kg.extract.statements.owned): the body that owns it speaks.
BODY_VOICE_HEADS = frozenset(["service", "office", "department", "centre", "center"])
# Heads of a phrase that names a body of another (a mission, agency, office, staff,
# command ...): "the UN's humanitarian office (OCHA)", "the United Nations Interim Security
# Force for Abyei (UNISFA)" speak as the body their apposition names, not as the parent
# named inside them (kg.extract.actors.sub_bodies).
SUB_BODY_HEADS = frozenset(
    """
    mission agency office bureau directorate commission committee council panel service
    staff command headquarters district fleet force forces department ministry authority
    intelligence delegation administration
    """.split()
)  # fmt: skip
# Prepositions a body's capitalised name goes on with after its head ("the X Mission to
# Moldova", "the Y Office for Z", "the W Commission of V"): the words after it are the name's.
BODY_NAME_PREPOSITIONS = frozenset(["for", "of", "to"])

# Nouns that describe a company right before its name ("energy giant X", "the defence firm
# X"): a name so described that the model tagged as a place is the company's.
COMPANY_NOUNS = frozenset(
    """
    giant company firm maker producer operator conglomerate carrier airline lender
    manufacturer supplier retailer insurer miner exporter contractor
    """.split()
)  # fmt: skip

# Words that put an office in the past ("the former Russian president"): its bearer is not
# who holds it now.
FORMER_WORDS = frozenset(["former", "ex"])
# Heads of an office one person holds at a time ("the Naftogaz CEO", "the head of the
# committee", "the president of X"): with a definite article or an owner, the person the
# text is speaking of at that point holds it, when no one named bears the title.
SINGLE_OFFICE_HEADS = frozenset(
    """
    head chief boss leader president premier chancellor commander ceo chairman chairwoman
    director governor mayor
    """.split()
)  # fmt: skip
# Words that make an office another one than its head's ("the opposition leader", "the
# deputy head"): only a person titled so holds it.
OTHER_OFFICE_QUALIFIERS = frozenset(["opposition", "deputy", "vice", "acting", "interim"])
# A diplomat or commander that is the first of its state ("Lithuania's top diplomat",
# "Britain's most senior military commander") is one person, its foreign minister or chief.
TOP_RANK_WORDS = frozenset(["top", "highest-ranking", "senior-most", "most senior"])
TOP_RANKED_HEADS = frozenset(["diplomat", "commander", "general"])

# Words that make a role's bearer someone else than the one named before with it ("another
# ministry spokesperson said").
OTHER_BEARER_WORDS = frozenset(["another", "other"])

# Small words an acronym leaves out of the name it abbreviates ("Office for Police Conduct
# (IOPC)", "Ministry of Defence (MoD)").
ACRONYM_SKIPPED_WORDS = frozenset(["of", "for", "and", "the", "on", "de", "&"])
# Prepositions that open a body's remit in its name ("Office for the Coordination of ...",
# "Committee on Foreign Affairs"; after 'of' comes as often the body that owns it).
REMIT_PREPOSITIONS = frozenset(["for", "on"])
# Heads of a body whose name goes on with the place it sits in or serves ("the UN Support
# Mission in Libya", "the Chinese Embassy in Honiara", "the Presbyterian Church in Cameroon"):
# the place after "in" is the name's, not a location of the statement (a ministry's, an
# office's or an army's is not: "the Foreign Ministry in Moscow said"; nor a unit's, "the
# Multi-Domain Task Force in Germany" is a force placed there).
PLACED_BODY_HEADS = MISSION_HEADS | frozenset("mission delegation representation church".split())
# Heads of a body's name that close a run of capitalised words joined by "and" ("the Police
# and Border Guard Board", "the Peace and Security Staff"), besides the institutions' heads
# (a council, committee, commission or bureau is one of those).
JOINED_NAME_HEADS = frozenset(["board", "staff"])
# Words for a kind of body that may close its name after the word it is called by ("the
# police" of "the Kenya Police Service", "the Lagos Police Command").
BODY_NAME_ENDINGS = frozenset(["service", "force", "department", "command"])
# 'the command said' of "Operational Command South", 'the ministry said' of "Ministry of
# Defence", 'the mission said' of "Mission to the UN": a body's name may go on after the
# word for its kind with a compass point or a preposition's phrase, and that word names it.
BODY_NAME_TAILS = frozenset(
    "of for to on in north south east west central northeast northwest southeast "
    "southwest north-east north-west south-east south-west".split()
)
# Words for whoever leads a state ("the Belarusian leader", "the Russian head of state"):
# the state's bearer of one of STATE_HEAD_TITLES named before, the first title first.
STATE_HEAD_ROLES = frozenset(["leader", "head of state", "head of the state"])
STATE_HEAD_TITLES = ("president", "prime minister")

# Nouns for a body that, right before a name or in apposition to it, say the name is a
# body's, whatever the model tagged ("the metals firm X", "a company called X", "X, a local
# NGO") (kg.extract.actors.type_cues).
BODY_DESCRIPTOR_NOUNS = frozenset(
    """
    company companies firm firms ngo organisation organization charity agency operator
    platform supplier insurer reinsurer broker brokerage bank lender institute
    watchdog regulator conglomerate manufacturer maker retailer carrier airline airlines
    exporter contractor producer startup start-up think-tank thinktank nonprofit non-profit
    """.split()
)  # fmt: skip
# Roles a body employs: the name they are 'of', 'for' or 'at' is a body's ("an analyst for
# X", "the head of X", "a fellow at X").
BODY_MEMBER_ROLES = frozenset(
    """
    analyst analysts economist economists strategist strategists researcher researchers
    fellow ceo cfo chairman chairwoman director founder co-founder employee employees
    partner executive executives
    """.split()
)  # fmt: skip
# Nouns for what a person is or does, right before a name ("campaign chair A B", "her lawyer
# A B", "opposition figure A B"): the name is a person's, whatever the model tagged.
PERSON_ROLE_NOUNS = frozenset(
    """
    chair co-chair chairwoman chairman figure player capitalist capitalists aide adviser
    advisor manager anchor presenter driver spokesperson spokesman spokeswoman lawyer
    attorney director coach striker singer actor actress artist blogger
    """.split()
)  # fmt: skip
# The last word of an armed group's own name, and the words of a struggle against a state
# before it ("X Liberation Front", "X Independence Army", "Free X Army").
ARMED_GROUP_NAME_HEADS = frozenset("army front movement forces brigade brigades".split())
ARMED_GROUP_NAME_MARKERS = frozenset(
    "liberation independence resistance revolutionary insurgent salvation mujahideen free".split()
)
# The last word of a body's or a facility's name, never of a person's ("X Police", "X
# Technologies", "X airport"): a name ending so that the model took for a person's is a body's.
BODY_NAME_LAST_WORDS = frozenset(
    """
    police institute foundation agency ministry council committee commission party airport
    university corporation association federation technologies airlines airways holdings
    bureau department inc ltd plc llc gmbh
    """.split()
)  # fmt: skip
