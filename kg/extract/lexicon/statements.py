"""Words of statements: speech verbs, attributions, quotation sizes and media (the words of
speakers that point back are in ``statement_antecedents``, offered here too).

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# Words of speakers that point back (plural, joint and counted speakers, kinds of body)
# live in their own module; this one offers them under its own names too.
from kg.extract.lexicon.statement_antecedents import (  # noqa: F401
    ANAPHORIC_DETERMINERS,
    COUNTED_STATE_NOUNS,
    COUNTED_STATE_WORDS,
    JOINT_PAIR_SENTENCES_BACK,
    JOINT_PERSON_NOUNS,
    JOINT_STATE_NOUNS,
    JOINT_STATE_PREPOSITIONS,
    KIND_NOUNS,
    PLURAL_BODY_NOUNS,
    PLURAL_ROLE_LEMMAS,
    PLURAL_SUBJECT_PRONOUNS,
)

# Verbs (lemmas) that introduce speech; their clausal complement is what was said ("the
# court ruled that ..."; "questioned if/whether ...", a reported question like "asked whether").
SPEECH_VERBS = frozenset(
    """say tell state declare announce add note stress underline emphasise emphasize explain warn
    claim insist argue assert affirm reaffirm confirm deny acknowledge admit allege accuse
    recall reiterate repeat write tweet post report suggest predict promise vow pledge threaten urge
    call demand ask answer reply respond comment remark observe point mention describe believe
    think estimate assure maintain contend caution complain concede boast signal indicate reveal
    disclose inform testify proclaim agree imply express question rule joke quip assess hint
    insinuate speculate posit hope expect highlight reason""".split()
)
# Speech verbs whose infinitive complement is what was said ("claimed to have taken ...").
SPEECH_VERBS_WITH_INFINITIVE = frozenset(["claim", "vow", "pledge", "promise", "threaten"])
# Dependencies of such a verb's participle that make it speak for the clause's subject
# ("visited Kyiv, pledging to support the army"), unlike a participle modifying a noun.
SPEAKING_PARTICIPLE_DEPS = frozenset(["advcl"])
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
# "according to X": the rest of the sentence is X's statement, X being the object of the
# phrase's last word (matched word by word, in lower case; "according to a statement from
# X" is X's through the statement).
# "In his words, CLAUSE" is the same attribution, its speaker the possessor.
ACCORDING_TO = ("according to", "in his words", "in her words")
# An "according to X" phrase inside its sentence splits it: the side with the main verb, of
# at least this many words, is X's ("CLAUSE, according to X, continuing ...").
ACCORDING_TO_SIDE_WORDS = 3
# What opens a sentence that only points back at a statement already made ("That's
# according to X"); a regular expression, matched in any case.
RESTATED_LEAD = r"\W*(?:that|this|it)\s*(?:['’]s|is|was)\s*"
# Speech verbs, as written, that attribute a quotation from inside its own marks (", explains
# Dmytro Kuleba, the head of diplomacy. ").
EMBEDDED_SPEECH_VERBS = frozenset(
    "said says added adds explains explained continued insisted stressed noted warned asked "
    "told recalled declared wrote".split()
)
# Speech verbs whose object is the hearer, never an inverted subject ("told Blinken").
HEARER_OBJECT_VERBS = frozenset(
    ["tell", "ask", "inform", "accuse", "urge", "call", "warn", "assure"]
)
# "made clear (plain) that ...": the verb, and the words after it that make it speech.
MAKE_CLEAR_VERB = "make"
CLEAR_WORDS = frozenset(["clear", "plain"])
# Verbs of asking whose "if/whether" clause is the reported question.
QUESTION_VERBS = frozenset(["ask", "question"])
QUESTION_MARKERS = frozenset(["if", "whether"])
# Verbs of appeal whose "on"/"for" phrase, with the verb, is what was said ("called on X
# to ...", "calls for security guarantees").
APPEAL_VERBS = frozenset(["call"])
APPEAL_PREPOSITIONS = frozenset(["on", "for"])
# 'called on X' with no verb after X is a visit ('called on the president later in the
# day'), unless one of these names what is asked for ('called on X for restraint').
ASKED_FOR_PREPOSITIONS = frozenset(["for"])
# Conjunctions that add a second 'that' clause to a reported one ("said X and that “Y”"):
# wholly quoted, it is its own direct statement.
ADDING_CONJUNCTIONS = frozenset(["and"])
# The fewest words of a reported clause; an appeal's object may be a single word ("called
# for calm"), being no scare quote but what was asked for.
REPORTED_MIN_WORDS = 3
APPEAL_MIN_WORDS = 1
# Dependencies of the infinitive clause the parser makes of an appeal's 'for X to ...'
# ("called for the army to withdraw": 'for' the clause's mark).
APPEAL_CLAUSE_DEPS = frozenset(["advcl", "ccomp", "xcomp"])
# Prepositions whose gerund is done by the subject of the verb they modify ("opened the
# session by calling for talks", "left after saying that ..."); unlike 'for' or 'of'
# ("criticised X for saying ..."), where the gerund's doer is someone else.
# Prepositions through which a verb takes a quotation that is its doer's wording of what
# the object did or is: 'A slammed B for “...”', 'A thanked B for her “...”', 'sanctioned by
# A for “...”', 'A dismissed B's plan as “...”' (the words are A's, not B's).
CHARACTERISING_PREPOSITIONS = frozenset(["for", "as", "over", "of"])
# How many words after a description an inverted subject may stop short of its person's
# name ('said the exiled dissident and banker A B').
DESCRIPTION_NAME_GAP = 4
SUBJECT_GERUND_PREPOSITIONS = frozenset(["by", "after", "before", "while", "upon", "without"])
# Verbs whose prepositional object is what was said (the verb need not be a speech verb of
# its own), by the preposition that carries it: appeals ("pushed for a no-fly zone", "asked
# for talks"), warnings of a danger ("warned of further provocations"; the gold takes the
# danger warned of as the statement in most occurrences across the dev sets, see
# tests/devset/conventions.md; under three words, "warned of retaliation", it is a topic).
# The content is the object, without the verb and the preposition.
PREPOSITIONAL_SPEECH = {
    "push": frozenset(["for"]),
    "press": frozenset(["for"]),
    "plead": frozenset(["for"]),
    "lobby": frozenset(["for"]),
    "ask": frozenset(["for"]),
    "argue": frozenset(["for"]),
    "insist": frozenset(["on"]),
    "hint": frozenset(["at"]),
    "appeal": frozenset(["for", "to"]),
    "warn": frozenset(["of"]),
}
# Verbs of warning, and the words opening a condition the danger warned of hangs on ("warned
# of sanctions if X invaded Y", "..., should China arm Russia"): part of what was warned of.
WARNING_VERBS = frozenset(["warn"])
WARNING_CONDITION_OPENERS = frozenset(["if", "unless", "should"])
# Such prepositions that carry an appeal only with the infinitive of what is asked after
# their object ("appealed to the West to send tanks"; "appealed to the court" asks nothing
# said): the content is the hearer with that infinitive.
APPEAL_HEARER_PREPOSITIONS = {"appeal": "to"}
# Verbs of characterising whose object with its 'as' phrase is what was said ("described the
# talks as “productive”", "dismissed the allegations as propaganda"; GUIDELINES: the
# characterisation as printed): lemmas. An 'as' phrase naming an office ("dismissed the
# general as army chief") is an act, not a statement.
CHARACTERISING_VERBS = frozenset(
    """
    describe depict portray characterise characterize label brand denounce dismiss decry
    condemn slam hail praise criticise criticize reject deride
    """.split()
)  # fmt: skip
CHARACTERISING_PREPOSITION = "as"
# Verbs of characterising that deny: what is dismissed as something ("dismissed the reports
# as “fabrications”") is a denial, a statement however short its 'as' phrase.
DISMISSING_VERBS = frozenset(["dismiss"])
# A characterisation shorter than this many words is a label, not a statement ("called
# the West “hypocritical”").
CHARACTERISATION_MIN_WORDS = 6
# ... but a thing (not a person) characterised in the speaker's quoted words, or judged by
# an adjective, is a claim from this many words ("described the strike as “a dangerous
# escalation”", "described the drills as purely defensive") ...
THING_CHARACTERISATION_MIN_WORDS = 3
# ... when its quotation holds this many words besides an article (one or two are a scare
# quote, GUIDELINES: "described the talks as “constructive”", "as “a red line”" are none).
THING_CHARACTERISATION_QUOTE_WORDS = 3
ARTICLES = frozenset(["a", "an", "the"])
# Without quotation marks, a characterisation is the speaker's claim only when its 'as'
# phrase holds at least this many words ("described the deal as an attack on its
# sovereignty"; "hailed the deal as a success" is the journalist's summary).
UNQUOTED_CHARACTERISATION_WORDS = 3
# ... and one that calls someone a kind of person ("described her as a kind and selfless
# person") is a portrait, not a claim.
PORTRAIT_NOUNS = frozenset(["person", "man", "woman", "individual", "figure", "character"])
# Verbs of naming whose object with its predicate is what was said ("called the plan
# unworkable", "branded the vote a “farce”", "what officials called a smuggling ring").
NAMING_VERBS = frozenset(["call", "term", "dub", "label", "brand"])
# The pronoun of a free relative whose verb of naming or characterising names the thing it
# stands for ("in what X described as a routine patrol", "condemned what Y called a reckless
# raid"): what the thing is called is the statement, quoted or not (the thing itself is the
# journalist's), from THING_CHARACTERISATION_MIN_WORDS words; a quotation of three words
# or more in it is the statement alone. The gold takes it after these prepositions, naming
# the event the sentence reports, and after verbs of reacting to it; the object of an act
# ("struck what X described as hideouts", "unveiled what it described as new drones") is
# the journalist's account of what was done (tests/devset/conventions.md).
FREE_RELATIVE_OBJECTS = frozenset(["what"])
FREE_RELATIVE_PREPOSITIONS = frozenset(["in", "for", "over", "after"])
REACTING_VERBS = frozenset(
    "condemn criticise criticize decry denounce deplore slam blast hail welcome cite reject".split()
)
# Verbs of directing whose object and infinitive are what was said ("asked passengers to
# file complaints", "warned civilians to prepare for ...", "invited all parties to sign
# ..."): the content is the object with its infinitive; without one, nothing is said.
DIRECTIVE_VERBS = frozenset(
    "ask warn tell invite advise encourage beseech implore exhort press".split()
)
# An invitation whose infinitive is one of these is to a meeting ("invited both sides to
# resume talks", "invited the president to visit"): a meeting proposed, no statement.
INVITATION_VERBS = frozenset(["invite"])
MEETING_INFINITIVES = frozenset("meet visit attend resume hold come travel return".split())
# A directive's adjuncts of time and place ('pressed X at a summit on Monday to ...'): the
# reporter's circumstance, left out of what was asked when it stands before the infinitive;
# other prepositions the parser hangs on the verb may belong to the hearer ('asked
# passengers with complaints to ...').
DIRECTIVE_ADJUNCT_DEPS = frozenset(["npadvmod", "advmod"])
DIRECTIVE_ADJUNCT_PREPOSITIONS = frozenset(
    ["at", "in", "on", "during", "over", "after", "before", "since"]
)
# A phrase a hearer is warned against holds an act (a gerund) or at least this many words
# ("warned leaders against “maximalist positions”" names a label, not a proposition).
DISSUASION_MIN_WORDS = 3
# Marks of a clause that names a question left open when a verb that does not ask takes it
# ("would not say whether ...").
OPEN_QUESTION_MARKS = frozenset(["whether"])
# Adjectives of insisting whose 'that' clause, after a copula, is what the subject insisted
# on ("was adamant that the talks would resume", "was defiant that he would stay"; a belief,
# "was confident that", states no claim made to anyone).
INSISTING_ADJECTIVES = frozenset(["adamant", "insistent", "defiant", "emphatic"])
COPULA_LEMMA = "be"
# Verbs of dissuading, by the preposition naming what the hearer is warned off: the content
# is the hearer with that phrase, as printed ("warned Iran against sending troops", "cautioned
# against cutting aid", a bare phrase when no hearer is named).
DISSUADING_VERBS = {"warn": "against", "caution": "against", "advise": "against"}
# Verbs of rejecting whose object, a claim (DENIED_NOUNS), holds in its 'that' clause the
# proposition rejected ("dismissed accusations that it was shifting blame"; GUIDELINES: for
# a denial, the proposition denied).
REJECTING_VERBS = frozenset(["dismiss", "reject", "refute", "rebuff"])
# Verbs of proposing whose act, a gerund or an infinitive right after them, is what was
# proposed ("suggested recognising the killings as genocide", "proposed to demolish ...").
PROPOSING_VERBS = frozenset(["propose", "suggest", "recommend"])
# Verbs of offering whose infinitive right after them is what the subject offered ("offered
# to host the talks", "has offered to mediate"; an offered thing, "offered his condolences",
# is none): the infinitive as printed, like a vow's.
OFFERING_VERBS = frozenset(["offer"])
# Verbs whose object is the hearer and whose clause the parser may hang on that hearer as a
# relative clause ("informed the court he is receiving care"): a clause with a subject and a
# complement of its own is what was told ("told the man he met" has a gap, and is no clause).
TELLING_VERBS = frozenset(["tell", "inform", "assure", "remind", "warn", "notify"])
# Verbs of telling whose named subject's words, relayed inside another speaker's reported
# clause ("the ministry said Mr A told B that ..."), are also that subject's statement.
RELAYED_SPEECH_VERBS = frozenset(["tell", "inform", "assure"])
TOLD_COMPLEMENT_DEPS = frozenset(["dobj", "ccomp", "xcomp", "attr", "acomp", "auxpass"])
# Nouns whose 'that' clause, as the object of a verb of stating or lamenting, is what the
# subject states ("noted the fact that the rebels had broken the truce", "lamented the fact
# that no one remembers ...").
FACT_NOUNS = frozenset(["fact"])
# Words said, as the subject of such a verb ("his remarks highlight the fact that ..."): the
# fact is the writer's reading of them, not what their speaker stated.
UTTERANCE_NOUNS = frozenset(
    ["statement", "remark", "comment", "word", "speech", "post", "tweet", "message"]
)
FACT_VERBS = frozenset(
    """
    note stress highlight emphasise emphasize underline mention recall cite lament bemoan
    regret deplore welcome acknowledge admit
    """.split()
)  # fmt: skip
# Verbs of blame whose 'for' phrase, when it holds an act (a gerund), is the proposition
# the speaker asserts ("criticised the army for failing to protect ...", "called out X for
# violating ..."; GUIDELINES: for accusations, the proposition accused). "call" blames
# only with its particle "out".
BLAME_VERBS = frozenset(
    """
    criticise criticize chide blame condemn rebuke slam blast fault castigate lambast
    lambaste scold berate denounce reproach
    """.split()
)  # fmt: skip
BLAME_PREPOSITION = "for"
# Verbs of ascribing a cause, by the preposition that names it: "blamed the shortages on
# sanctions", "attributed the blast to a drone" assert that the one caused the other; the
# content is the object with that phrase, as printed. Verbs of likening assert a likeness the
# same way ("likened the war to a famine", "compared the blockade to a siege").
ASCRIBING_VERBS = {"blame": "on", "attribute": "to", "liken": "to", "compare": "to"}
BLAME_PARTICLE_VERBS = {"call": "out"}
# Speech verbs whose nominal object is what was said (GUIDELINES: for a denial, the
# proposition denied; an appeal with what it asks): "denied any role in the bombing", "urged
# the government to investigate ...". A denial's object must be a claim (DENIED_NOUNS) or
# carry "any"; an object naming an actor is the hearer, content only with what they are
# urged to do. (An announced thing, "announced an aid package", is no reported clause.)
OBJECT_CONTENT_VERBS = frozenset(["deny", "urge"])
DENIED_NOUNS = frozenset(
    """
    allegation accusation charge claim report suggestion involvement role responsibility
    idea notion assertion
    link connection wrongdoing knowledge part participation plan intention
    """.split()
)  # fmt: skip
DENYING_VERBS = frozenset(["deny"])
# A claim denied by another party in a phrase trailing it ("..., an accusation the army
# denies", "..., something Belgrade denied", "..., which Georgetown denies"): the verbs of
# that relative clause; verbs of rejecting that deny only a phrase naming a claim ("a charge
# the embassy rejected": "a call for talks, which both sides rejected" turns down a
# proposal, no claim); the pronouns that may name the claim in place of a DENIED_NOUNS noun,
# the relative pronouns standing for it, and the marks that may part it from the claim.
COUNTER_DENYING_VERBS = frozenset("deny dispute refute contest".split())
CLAIM_REJECTING_VERBS = frozenset("reject rebuff dismiss".split())
DENIED_PRONOUNS = frozenset(["something"])
RELATIVE_OBJECTS = frozenset(["which", "that"])
DENIAL_SEPARATORS = frozenset([",", "–", "—", "-", "--", ";"])
# A trailing denial the parser did not read as a relative clause ('a charge X has repeatedly
# rejected'): the parts of speech of its denier's words, and the dependents of the verb that
# may stand between the denier and the verb.
DENIER_POS = frozenset(["PROPN", "NOUN", "DET", "ADJ", "PART", "ADP", "CCONJ"])
DENIAL_AUXILIARY_DEPS = frozenset(["aux", "advmod", "neg"])
# Verbs whose object, right after them, is what the speaker stated when no clause is
# reported ("welcomed signs that ...", "underlined the need for ...", "demanded her
# release", "requested a meeting with ..."); an actor or pronoun object says nothing.
OBJECT_STATEMENT_VERBS = frozenset(
    "welcome underline demand request propose recommend float reaffirm threaten express "
    "voice disavow repudiate".split()
)
# Prepositions by which such a verb's object is the one it targets, not what was stated
# ("threatened the opposition with arrest").
OBJECT_TARGET_PREPOSITIONS = {"threaten": frozenset(["with"])}
# Such verbs that state their object only as a finite verb of their own: a participle
# ("advancing, threatening a supply line") or a conditional ("in case X threatens ...") is
# an act or a hypothesis.
FINITE_STATEMENT_VERBS = frozenset(["threaten"])
# Nouns of an intent whose infinitive, as the object of a verb declaring it, is what the
# subject declared ("announced her intention to seek a second term", "expressed its readiness
# to mediate", "confirmed plans to close the border"); the object as printed is the content.
# ("announced an aid package" names a thing, no statement.)
INTENT_NOUNS = frozenset(
    """
    intention intent readiness willingness determination desire commitment resolve refusal
    plan plans decision wish offer
    """.split()
)  # fmt: skip
INTENT_DECLARING_VERBS = frozenset(
    "announce express voice reaffirm reiterate confirm signal declare state restate repeat "
    "renew".split()
)
# Nouns of a possibility whose 'of' phrase, as the object of a verb of raising it, is what the
# subject put forward ("raised the prospect of troops crossing the border", "mooted the
# possibility of talks"); raising anything else ("raised taxes") says nothing.
PROSPECT_NOUNS = frozenset(["prospect", "possibility", "idea", "option"])
PROSPECT_RAISING_VERBS = frozenset(["raise", "float", "moot"])
PROSPECT_PREPOSITION = "of"
# 'made it clear that ...': the object pronoun a verb of making clear may take before 'clear'.
MADE_CLEAR_OBJECTS = frozenset(["it"])
# Verbs whose prepositional object states something only as an act, a gerund ("hinted at
# cutting aid"; "hinted at his interest" names a topic).
GERUND_SPEECH_VERBS = frozenset(["hint"])
# Nouns of speech whose "that" clause is what the subject of the verb said ("expressed
# concern that ...", "denied allegations that ...", "repeated claims that ...").
SPEECH_NOUNS = frozenset(
    """
    concern concerns hope hopes fear fears claim claims allegation allegations warning
    warnings assurance assurances confidence belief view conviction doubt doubts regret
    report reports suggestion suggestions accusation accusations charge charges
    """.split()
)  # fmt: skip
# Nouns of a speaker's own stance or speech whose "that" clause is what the speaker said
# ("expressed regret that ...", "made the case that ...", "spoke of his hope that ...", "X's
# assessment is that ..."): the speaker is the noun's named possessor or 'by' agent, else
# the subject of a verb voicing it (VOICING_VERBS, or TOPIC_SPEECH_VERBS through a
# TOPIC_PREPOSITIONS phrase).
STANCE_NOUNS = frozenset(
    """
    concern hope fear regret belief view conviction confidence doubt assurance warning
    commitment case assessment declaration insistence position promise pledge argument
    conclusion expectation contention assertion anger frustration dismay outrage optimism
    satisfaction disappointment worry alarm scepticism skepticism
    """.split()
)  # fmt: skip
# Nouns of others' words ("claims that ...", "the notion that ..."): a statement only of
# their named possessor or agent ("X's claim that ...", "a claim by X that ..."); whoever
# examines, fuels or rejects them does not say them.
HEARSAY_NOUNS = frozenset(
    """
    claim allegation report suggestion accusation charge notion idea rumour rumor
    speculation
    """.split()
)  # fmt: skip
# Verbs whose subject voices the stance noun they take as object ("expressed concern",
# "reiterated his commitment", "made the case"); verbs that stir or calm others' stances
# ("fuelled fears", "allayed concerns") are not among them.
# Verbs by which the subject makes such words its own ("made claims that ...", "repeated
# allegations that ..."), unlike those who examine, fuel or reject them.
HEARSAY_VOICING_VERBS = frozenset(["make", "repeat", "reiterate", "restate", "renew", "level"])
VOICING_VERBS = frozenset(
    """
    express voice share repeat reiterate raise air convey make underline stress emphasise
    emphasize reaffirm restate renew register signal acknowledge admit state declare give
    offer
    """.split()
)  # fmt: skip
# How a voiced noun's object may stand to its verb ("gave assurances ...": a dative).
VOICED_NOUN_DEPS = frozenset(["dobj", "dative"])
# Prepositions naming who heard a voiced stance ("shared concerns with X that ...").
HEARER_PREPOSITIONS = frozenset(["with", "to"])
TOPIC_PREPOSITIONS = frozenset(["of", "about"])
TOPIC_SPEECH_VERBS = frozenset(["speak", "talk", "write"])
# Channels a speech verb names ("said in a statement that ...", "told reporters at a briefing
# on Monday that ..."): the parser hangs the 'that' clause on the channel's noun; it is what
# was said.
CHANNEL_PREPOSITIONS = frozenset(["in", "on", "at", "during", "via", "through"])
CHANNEL_NOUNS = frozenset(
    """
    statement interview post message letter speech address briefing conference communique
    communiqué tweet video broadcast release remarks comments note appearance session
    bulletin call conversation
    """.split()
)  # fmt: skip
# A clause of at most this many words that is only a subject and a speech verb ("the agency
# reports", "Reuters said") closes a sentence as its attribution; it reports nothing.
BARE_ATTRIBUTION_WORDS = 4
# A newsroom's closing credit ("..., X said at the forum, BelTA has learned", "..., an
# Ukrinform correspondent reports"): these verbs with an outlet or a reporter as subject
# say where the sentence came from; the words hung on them (the speaker's circumstance,
# 'as he met ...') are no reported clause.
WIRE_CREDIT_VERBS = frozenset(["learn", "report", "say", "write", "inform"])
REPORTER_NOUNS = frozenset(["correspondent", "reporter", "journalist", "stringer"])
# A reporter credits the newsroom only by these ('a KNA correspondent reports'); one who
# "said" something may be a journalist quoted as a witness.
REPORTER_CREDIT_VERBS = frozenset(["report", "learn", "inform"])
# Of those, the verbs that credit the newsroom whoever their subject ("KNA has learned"):
# nobody quoted "has learned" what another said.
WIRE_LEARNING_VERBS = frozenset(["learn"])
# A speech verb's 'that' may follow adverbials of its own of at most this many words
# ("claimed without providing evidence that ...") when the parser hangs the clause on them.
ADJUNCTS_BEFORE_CLAUSE_WORDS = 6
# ... and after the hearer of these verbs ("told reporters after the talks that ...", the
# clause hung on 'talks').
TELLING_VERBS = frozenset(["tell", "inform", "assure", "brief"])
# A speech verb's phrases that may hold its clause's lost subject ("said from 30% to 50% of
# the homes are destroyed": 'from ...' hung on 'said', the clause left with none).
LOST_SUBJECT_DEPS = frozenset(["prep", "npadvmod"])
# How a relative pronoun may stand in the clause an attribution inside the relative clause
# reports ("threats, which X said had reached ...", "a missile, which X said it shot down").
RELATIVE_GAP_DEPS = frozenset(["nsubj", "nsubjpass", "dobj"])
# Verbs of quoting whose passive subject is the speaker of the speech verb after 'as' ("X was
# quoted as saying that ...").
QUOTING_VERBS = frozenset(["quote", "cite"])
# "“...” The warning came from X" and "“...” The remarks were made by X": nouns for the
# words just quoted, and the verbs whose 'from' (or, passive, 'by') names who spoke them.
SOURCED_SPEECH_NOUNS = frozenset(
    """
    warning remark remarks comment comments word words statement message appeal threat
    announcement assessment criticism admission claim pledge promise plea call rebuke
    """.split()
)  # fmt: skip
SOURCE_VERBS = frozenset(["come"])
# Verbs of accusing: "accused X of Y" says X did Y (the preposition naming what is accused).
ACCUSING_VERBS = frozenset(["accuse"])
ACCUSED_OF = "of"
# The noun of a written statement: "the statement said" speaks for whoever issued it, and
# "according to a statement from X" is given in one.
STATEMENT_NOUN = "statement"
# The noun of a report's authors: "the authors said" are those named as its co-authors.
AUTHOR_NOUN = "author"
# The most tokens of a phrase closing a reported clause before its speech verb that the
# parser hung on the clause ("CLAUSE, the State Committee for X said": statements.closings).
CLOSING_SUBJECT_TOKENS = 12
# Documents (and inquiries) that speak for who wrote them ("the report said", "the letter
# says", "the investigation found"): the author is named where the text introduced the
# document ("a report by X", "X's report", "an X investigation", "X published a report", "X
# wrote in a letter").
DOCUMENT_NOUNS = frozenset(
    """
    report study letter document assessment review survey analysis communique communiqué
    order ruling filing lawsuit complaint indictment memo memorandum readout statement
    case bulletin investigation inquiry enquiry probe audit record data update
    """.split()
)  # fmt: skip
# (The pronouns that own a document set off in its author's subject, "X, in its daily
# update, said": common.BODY_POSSESSIVES.)
# Prepositions that name a document's author ("a report by X", "a letter from X").
AUTHOR_PREPOSITIONS = frozenset(["by", "from"])
# Common nouns that may head a document's author besides names, roles and institutions:
# people who write for a body ("a report by researchers at X" is X's). A person's kin or
# circle ("a report from X's family") is not X.
AUTHOR_STAFF_NOUNS = frozenset(
    "researcher analyst investigator expert scientist staff team prosecutor".split()
)
# Verbs by which an author makes a document ("X released a report", "X opened a case",
# "X put out a memo", "X fired off a letter", "X posted a statement").
PUBLISHING_VERBS = frozenset(
    """publish release issue produce write send file present compile submit open bring put
    post fire make circulate share""".split()
)
# Verbs that report what a document says only when a document is their subject ("the
# report found that ...", "the study concluded that ...", "“...,” the letter reads").
FINDING_VERBS = frozenset(["find", "conclude", "show", "read"])
# Named-entity types of a body whose finding a 'that' clause is ("the UN has found that").
BODY_ENTITY_TYPES = frozenset(["ORG"])
# The finding verbs a body's subject makes a statement of ('the UN found that'; a person
# 'reads that' something in the news).
BODY_FINDING_VERBS = frozenset(["find", "conclude"])
# Dependencies of an opening phrase of time, place or manner set off before the subject
# ("In April, it said ..."): the subject still opens the sentence's own words.
INTRODUCTORY_DEPS = frozenset(["prep", "advmod", "npadvmod", "advcl"])
# "CLAUSE. X said this in an interview.", "CLAUSE. X made the statement on Monday.", "...
# The relevant statement was made by X": words that point back at the sentence before as
# what was said (a speech verb's object), and the verb that makes a speech noun.
POINTING_BACK_OBJECTS = frozenset(["this", "so"])
MAKING_VERBS = frozenset(["make", "issue", "deliver"])
# Plural roles that point back without a determiner ("US authorities said ... Radonjic was
# arrested, authorities said"): lemmas; the earlier mention names the state or body.
BARE_PLURAL_ROLES = frozenset(["official", "authority", "prosecutor", "diplomat", "source"])
# Bare plural roles of a state's servants that, with no state named before them, speak for
# the state the text is about ("officials said", "authorities say"; GUIDELINES: unnamed
# officials stand for their state). Anonymous sources and diplomats of any state do not.
STATE_PLURAL_ROLES = frozenset(["official", "authority", "prosecutor"])
# Dependents that make a role someone's own ("the officials", "senior officials", "officials
# in Venice", "county officials").
ROLE_MODIFIER_DEPS = frozenset(["det", "amod", "compound", "nmod", "poss", "prep", "nummod"])
# A state's own institutions named by a bare singular noun ("..., the army said", "the
# presidency said", "the government said"): with no body of that name before, they speak for
# the state the text is about (GUIDELINES: a state's generic forces and unnamed offices map
# to the country).
STATE_INSTITUTION_NOUNS = frozenset(
    "army military navy presidency government junta cabinet administration".split()
)
# Institutions named by more than one word ("the general staff said", "the army general
# staff said", a state institution's word before it): the state's, as the words above.
STATE_INSTITUTION_PHRASES = frozenset(["general staff"])
# Words of the name of a state's armed service that a bare "the military/army/navy said"
# points back to when it was a subject just before ("the IDF says ... The military says"):
# that named service speaks (GUIDELINES: named services are their own organisation).
ARMED_SERVICE_NAME_PHRASES = {
    "military": ("army", "military", "armed forces", "defense forces", "defence forces"),
    "army": ("army", "armed forces", "defense forces", "defence forces"),
    "navy": ("navy", "naval forces"),
}
# A person's own office speaking for them ("..., his office said", "her government said"):
# the person's state.
PERSONAL_OFFICE_NOUNS = frozenset(["office", "government", "administration"])
# Words a body's own issued words go by besides DOCUMENT_NOUNS: "its daily briefing said",
# "the ministry's release said" speak for the body that owns them.
OWNED_WORDS_NOUNS = frozenset(["briefing", "release", "announcement"])
PERSON_POSSESSIVES = frozenset(["his", "her"])
# Unnamed servants of a body the pronoun 'its' points back to ("Moldova fears it is next.
# Its foreign minister said ...", "the company ... its spokesperson said"): they speak for
# that state or organisation (GUIDELINES: unnamed officials stand for their state).
OWNED_SERVANT_ROLES = frozenset(
    """
    minister spokesperson spokesman spokeswoman ambassador envoy official president premier
    chancellor leader head chief representative government military army navy presidency
    ministry secretary chairman
    """.split()
)  # fmt: skip
# The possessive of one state or body alone, the pronoun 'its' points back to ("Its
# foreign minister said", "its daily briefing said").
SINGLE_BODY_POSSESSIVES = frozenset(["its"])
# Modifiers that make a singular unnamed official a state's servant ("a defence official
# said", "a senior military official said"): the state the text is about speaks.
STATE_SERVICE_MODIFIERS = frozenset(
    "defence defense military security government army intelligence administration".split()
)
# Ranks that leave such an official the state's ("a senior defence official"); any other
# modifier ("a Western intelligence official") makes them of no one state.
OFFICIAL_RANK_WORDS = frozenset(["senior", "top", "high-ranking", "junior", "ranking"])
# Servants of a state by the service named before them ("a senior army officer", "military
# officials"), and sources that are a state's only as its government's or its forces' ("a
# government source", "defence sources said", "according to military sources", "police
# sources"; "two security sources" are anonymous): statements/servants.py.
STATE_SERVANT_ROLES = frozenset(["official", "officer"])
# Unnamed servants of a diplomatic mission ("a US embassy official"): its state's (missions.py).
MISSION_SERVANT_ROLES = frozenset("official spokesperson spokesman spokeswoman source".split())
STATE_SOURCE_ROLES = frozenset(["source"])
STATE_SOURCE_SERVICES = frozenset("government defence defense military army navy police".split())
# Subordinators opening a circumstance after a closing attribution ("CLAUSE, X said, as
# troops ..."): the parser may hang that clause on the verb as a second complement.
CIRCUMSTANCE_MARKS = frozenset("as while after before when since because although though".split())
# Words that pick a speaker out of a group ("one of the officials said").
PARTITIVE_WORDS = frozenset(["one", "two", "three", "some", "several", "many", "both"])
# Roles of an unnamed servant of a body ("an alliance spokesperson said", "a bloc official
# said") whose kind noun points back to the body of that kind named just before.
BODY_SERVANT_ROLES = frozenset(["spokesperson", "spokesman", "spokeswoman", "official"])
# Nouns that make a phrase the press, never a speaker ("North Korean state media said",
# "local media reported"; GUIDELINES: outlets are only a statement's medium).
PRESS_NOUNS = frozenset(["media"])
# Evidence that says nothing ("according to satellite images analysed by X"): what it shows
# is the reporter's reading, and whoever analysed it made no statement.
MUTE_EVIDENCE_NOUNS = frozenset(
    "image images imagery photo photos photograph photographs footage picture pictures".split()
)
# Anonymous sources: a place after them ('diplomats in Lima') says where they sit, not whom
# they speak for.
ANONYMOUS_SOURCE_ROLES = frozenset(["diplomat", "source"])
# Private people the text does not name ("one resident of X said", "a nurse at Y said",
# "people familiar with the matter said"): anonymous, they speak for no one (GUIDELINES), and
# a place or person in the phrase after them is no speaker.
ANONYMOUS_PERSON_NOUNS = frozenset(
    """
    resident villager inhabitant local witness eyewitness trader merchant shopkeeper vendor
    nurse doctor medic farmer herder fisherman driver worker passenger survivor refugee
    person people man woman elder
    """.split()
)  # fmt: skip
# A leader of no state or body: "a community leader", "a tribal chief", "village elders".
LOCAL_LEADER_NOUNS = frozenset(["leader", "chief", "head", "elder"])
LOCAL_LEADER_MODIFIERS = frozenset(
    "community village tribal local neighbourhood neighborhood clan camp".split()
)
# Prepositions by which an anonymous source is placed in a body ("a source in the defence
# ministry", "an official at the embassy").
SOURCE_BODY_PREPOSITIONS = frozenset(["in", "at", "of", "from", "within", "inside"])
# Entity labels of a place or person after such a source: where it sits ("a diplomat in
# Lima") or whom it is close to, not whom it speaks for.
SOURCE_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC", "PERSON"])
# Roles one person holds, that a 'he' or 'she' after them may point back to ("the official
# said ... “...,” he said"), unlike the bodies among the role nouns ("the government").
PERSON_ROLE_NOUNS = frozenset(
    """
    ambassador chancellor chief commander counterpart diplomat envoy general head leader
    minister official premier president representative secretary source spokesman
    spokesperson spokeswoman
    """.split()
)  # fmt: skip
# How far up the parse a speech verb is looked at for one whose clause holds it ('A said
# Canada would not agree to “...”': 'agree' is said, 'said' attributes the quotation).
REPORTED_VERB_DEPTH = 4
# Words of a relative clause that gives the name a role goes by ("a spokesman for X, who goes
# by the alias A B", "known as A B"): the person so named speaks.
ALIAS_WORDS = frozenset(["alias", "pseudonym", "guerre", "known", "nickname"])
# Words that leave a noun indefinite ("a former ambassador", "one resident").
INDEFINITE_WORDS = frozenset(["a", "an", "one", "another"])
# Determiners of a noun that points back to one mentioned before ("the diplomat said").
ANAPHOR_DETERMINERS = frozenset(["the", "this", "that"])
# How many sentences before a 'he', 'she' or 'the diplomat' its speaking antecedent is looked
# for (besides its own).
UNNAMED_ANTECEDENT_SENTENCES = 3
# Subjects of a relative clause of speech that are the speaker again ("the boats, which it
# said had entered its waters"): that report is a statement of its own.
RELATIVE_REPORT_PRONOUNS = frozenset(["it", "he", "she", "they"])
# 'it' speaking with no state or organisation subject in its sentence or the one before
# ("“...,” it said"): the last one that spoke (a speech verb's subject or an 'according to'
# source) within this many sentences before.
IT_SPEAKER_SENTENCES_BACK = 3
# Bodies that point back without a determiner ("the Lagos State Police Command ... Police
# said"): to the organisation named before whose name ends with the word, if any.
BARE_BODY_NOUNS = frozenset(["police"])

# A paragraph of at most this many words that ends no sentence is a heading, not a paragraph
# between a speaker and their quotation.
HEADING_MAX_WORDS = 15
# Fewer words than this inside quotation marks is a scare quote or a term, not a statement.
MIN_DIRECT_QUOTE_WORDS = 4
# A shorter quotation that is a whole sentence of its own ("“It is not.”") is a statement
# from this many words; the stops that end such a sentence.
MIN_SENTENCE_QUOTE_WORDS = 3
SENTENCE_STOPS = (".", "!", "?")
# Words right before a quotation's mark whose object the quoted clause is ("would not agree
# to “...”", "accept that “...”"): a reported clause closing on it is the quotation.
QUOTED_CLAUSE_OPENERS = frozenset(["to", "that"])
# ... after at least this many words of the reporter's own before the quotation.
QUOTED_CLAUSE_FRAME_WORDS = 3
# Speech verbs whose object is not what was said unless it is a clause the parser broke
# ("said a drone crossed ...": the drone is the clause's subject, not what was said).
CLAUSE_ONLY_SPEECH_VERBS = frozenset(["say", "claim"])
# The preposition of whom a speaker spoke with, which the parser may read as the mark of an
# infinitive with its own subject ("spoke with B to urge him to ...": the speaker urges).
HEARER_MARKS = frozenset(["with"])
# How far after such a quotation closing on a comma its attribution's verb may stand.
ANSWER_ATTRIBUTION_CHARS = 40
# A quotation inside a reported clause that is at least this long stands as the direct quote.
QUOTE_DOMINATES_WORDS = 6
# This many quotations inside one reported clause are fragments of it, not quotes of their own.
WOVEN_QUOTES = 3

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
    # a broadcast address names its channel ("in a televised address", "in a radio speech")
    "televised address": "televised address",
    "televised speech": "televised speech",
    "radio address": "radio address",
    # a post on the platform X ("in a post on X", "posted on X"): the bare letter is no cue
    "post on x": "X",
    "posted on x": "X",
    "wrote on x": "X",
}

# A line opening with one of these is a heading (a markdown title or section head: "# ...",
# "### ..."); a statement in it restates the article's text, which is where it is taken.
HEADING_MARKS = ("#",)
# A line framed by these on both sides is a section head ("– ‘Not a place for them’ –").
CROSSHEAD_DASHES = ("–", "—", "-")
# A line of at most this many words that ends no sentence (none of ``LINE_STOPS`` at its
# end), first in the text or after another such line, is a title, a standfirst, a 'Read
# more' headline or a live blog's entry title: no statement is taken from it.
HEADLINE_MAX_WORDS = 25
LINE_STOPS = (".", "!", "?", "…", ":", ";", ",")
# The dash that closes a news agency's dateline before the story's first words ("NAIROBI,
# 26 September (KNA) – Minister A B said ...").
DATELINE_DASHES = ("–", "—")
# A line with at least this many letters, none of them lower case, is a headline set in
# capitals (a related story's link: "LEADER SAYS ...").
CAPITALS_HEADLINE_LETTERS = 12
# Question words that open an indirect question ('indicates why X left', 'explained whether
# ...'): after a verb that does not ask, the clause names a question, it states nothing.
INDIRECT_QUESTION_WORDS = frozenset(["why", "whether"])
# A speech verb the speaker withheld ('declined to say ...', 'without saying ...'; one
# negated, 'did not say ...', is told by its 'neg'): what it would have told, a question
# opened by one of these words ('... how many troops were sent'), states nothing.
WITHHOLDING_VERBS = frozenset(["decline", "refuse"])
# Marks of a condition: a speech verb in one ('unless X signals it is willing ...') is
# supposed, not said.
CONDITION_MARKS = frozenset(["if", "unless"])
WITHHOLDING_PREPOSITIONS = frozenset(["without"])
WITHHELD_QUESTION_WORDS = frozenset(
    "what where when how who whom whose which why whether if".split()
)
# Verbs of a reaction a statement set off ('..., which prompted X to reply that ...', '... –
# prompting protests'): the clause they open is the reporter's sequel, not what was said.
REACTION_VERBS = frozenset(["prompt", "provoke"])
# Marks that set off such a sequel or a closing attribution from the clause before it.
SETTING_OFF_MARKS = frozenset([",", "–", "—", "-", ";"])
# At most this many words after the clause's last comma make a closing attribution ('...,
# the video shows', '..., the report found').
CLOSING_ATTRIBUTION_WORDS = 5
# Words that introduce a quotation as a name or a crowd's chant, not a speaker's words ('a
# report titled “...”', 'a slogan – “...”', 'the crowd began to chant “...”').
NAMING_WORDS = (
    "titled",
    "entitled",
    "dubbed",
    "nicknamed",
    "slogan",
    "motto",
    "hashtag",
    "chant",
    "chanted",
    "chanting",
)
# A work's or an event's noun right before the marks, with only a space between ('the
# patriotic forum “...”', 'the documentary “...”', 'the national programme “...”'): the
# quotation is its name (one after the noun's sentence ends is a speaker's again).
NAMED_WORK_NOUNS = (
    "forum",
    "festival",
    "exhibition",
    "documentary",
    "film",
    "book",
    "series",
    "programme",
    "program",
    "project",
    "album",
    "song",
)
# Short words a title leaves in lower case ('Return to the Homeland', 'Level 4: Do Not Travel').
TITLE_SMALL_WORDS = frozenset(
    ["a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "with", "from"]
)
# A quotation of at least this many words printed again word for word (a pull quote, a
# teaser of the lede) is one statement; shorter ones may be said twice ('Stop!', 'Stop!').
REPEATED_QUOTE_WORDS = 9
# A closing time clause of the speaker's circumstance ("... when asked about it", "... as
# he signed the bill"): its marks, the verbs of being asked, and the pronouns that are the
# speaker (kg.extract.statements.cuts.cut_speaker_s_circumstance).
TIME_MARKS = frozenset(["when", "as", "while"])
# ('when he ...' may be what was said, 'it was unclear when they planned ...'; 'as long as',
# 'so long as' make a condition)
NARRATING_MARKS = frozenset(["as", "while"])
AS_LONG_AS = frozenset(["long", "so", "much", "just", "soon"])
ASKING_VERBS = frozenset(["ask", "question", "press"])
SPEAKER_PRONOUNS = frozenset(["he", "she", "they"])
