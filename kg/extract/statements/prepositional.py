"""What a verb says through its complements rather than a clause: appeals ("pushed for a
no-fly zone"), warnings of a danger ("warned of sanctions if ..."), blame ("criticised the
army for failing to protect ...") and directives ("asked passengers to file complaints").
The verbs and prepositions are lexicon tables
(``PREPOSITIONAL_SPEECH``, ``BLAME_VERBS``, ``DIRECTIVE_VERBS``); the content is the
preposition's object, or the directive's object with its infinitive, as printed.
Characterisations ("described the talks as ...") and ascriptions ("blamed the delay on ...")
give the object with its phrase; in a relative clause, whose antecedent is named outside the
speaker's words ("the attack, which X described as ...", "a delay, which X blamed on ...",
"in what X called ..."), the phrase alone. A negated verb says nothing."""

from __future__ import annotations

from kg.extract.common import doc_text, sentence_of, verb_in, word_count
from kg.extract.lexicon import QUOTE_MARKS
from kg.extract.lexicon import actors as lx_actors
from kg.extract.lexicon import statements as lx
from kg.extract.statements.cuts import cut_coordinated_speech, trimmed

# the verbs whose prepositional or object complements carry what was said
_PREPOSITIONAL_VERBS = frozenset(lx.PREPOSITIONAL_SPEECH).union(
    lx.DIRECTIVE_VERBS, lx.CHARACTERISING_VERBS, lx.NAMING_VERBS, lx.ASCRIBING_VERBS
)


def prepositional_speech(verb) -> bool:
    """Whether a verb can carry what was said in its complements."""
    return verb.pos_ == "VERB" and (verb.lemma_ in _PREPOSITIONAL_VERBS or _blames(verb))


def characterisation_content(verb):
    """'described the talks as “productive”', 'called the plan unworkable', 'what officials
    called a smuggling ring': the object with what it is called, as printed (the object
    alone says nothing; a negated verb says nothing)."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return None
    doc = verb.doc
    if verb.lemma_ in lx.NAMING_VERBS:
        predicates = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
        predicates = predicates or _quoted_appositions(verb)
        named = None
        if predicates and _free_relative(verb):
            named = _named_thing(doc[verb.i + 1 : _last_of(predicates[0]) + 1], free=True)
        if named:
            return named
        if predicates and not _scare_quote(predicates[0]):
            return _characterisation(doc[verb.i + 1 : _last_of(predicates[0]) + 1])
    if verb.lemma_ not in lx.CHARACTERISING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return _relative_characterisation(verb)
    phrases = [
        c
        for c in (*verb.children, *objects[0].children)
        if c.dep_ == "prep" and c.lower_ == lx.CHARACTERISING_PREPOSITION and c.i > objects[0].i
    ] or _nested_as_phrase(objects[0])
    filled = [c for p in phrases[:1] for c in p.children if c.dep_ in ("pobj", "pcomp")]
    dismissed = verb.lemma_ in lx.DISMISSING_VERBS
    evaluated = False
    if phrases and not filled:
        # 'as false', 'as full of', 'as “frank and forthright”', 'as purely defensive': the
        # parser hangs an adjective on 'as' as its modifier; it is what the thing is called
        filled = [c for c in phrases[0].children if not c.is_punct]
        evaluated = bool(filled) and filled[0].pos_ == "ADJ"
        if not dismissed and not evaluated:
            return None
    if not filled or filled[0].lemma_.lower() in lx_actors.ROLE_NOUNS:
        return None
    first = min(t.i for t in objects[0].subtree)
    if dismissed:
        # 'dismissed the reports as “fabrications”', 'dismissed the speech as full of
        # hostility': a denial, the characterisation denied however short (GUIDELINES: for
        # a denial, the proposition denied; a scare quote inside it is a fragment of it)
        tokens = trimmed(cut_coordinated_speech(list(doc[first : _last_of(phrases[0]) + 1])))
        if tokens and not any("\n" in t.text for t in tokens):
            return tokens
        return None
    # ('described her as a kind person': a portrait of someone, not a claim)
    thing = not _a_person(objects[0]) and filled[0].lemma_.lower() not in lx.PORTRAIT_NOUNS
    # a thing called so in three quoted words or more is the speaker's claim ('described the
    # talks as “frank and forthright”'); one or two are a scare quote (GUIDELINES)
    scare = lx.THING_CHARACTERISATION_QUOTE_WORDS if thing else lx.MIN_DIRECT_QUOTE_WORDS
    if _scare_quote(phrases[0], scare, bare=thing):
        return None
    # unquoted, the 'as' phrase must say more than a label ('as a success' is a summary),
    # unless it judges the thing ('described the drills as purely defensive')
    said = [t for t in doc[phrases[0].i + 1 : _last_of(phrases[0]) + 1] if not _when(t)]
    unquoted = len([t for t in said if t.is_alpha]) >= lx.UNQUOTED_CHARACTERISATION_WORDS
    unquoted = (unquoted or evaluated) and thing
    least = lx.THING_CHARACTERISATION_MIN_WORDS if thing else lx.CHARACTERISATION_MIN_WORDS
    span = doc[first : _last_of(phrases[0]) + 1]
    return _characterisation(span, unquoted=unquoted, least=least)


def _relative_characterisation(verb):
    """'the attack, which X described as a terrorist act', 'a deal X denounced as an attack
    on its sovereignty', 'in what X described as a routine patrol': the thing characterised
    is the antecedent of the relative clause (or the free relative's); what it is called,
    the 'as' phrase without 'as', is the statement (the thing is named outside the
    speaker's words)."""
    if not _free_relative(verb) and (verb.dep_ != "relcl" or _a_person(verb.head)):
        return None
    phrase = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == lx.CHARACTERISING_PREPOSITION and c.i > verb.i
        ),
        None,
    )
    filled = [c for c in phrase.children if c.dep_ in ("pobj", "pcomp")] if phrase else []
    if not filled or filled[0].lemma_.lower() in lx_actors.ROLE_NOUNS:
        return None
    if filled[0].lemma_.lower() in lx.PORTRAIT_NOUNS:
        return None
    if _scare_quote(phrase, lx.THING_CHARACTERISATION_QUOTE_WORDS, bare=True):
        return None
    span = verb.doc[phrase.i + 1 : _last_of(phrase) + 1]
    return _named_thing(span, free=_free_relative(verb))


def _named_thing(span, free: bool = False):
    """What a thing named outside the speaker's words is called: a statement unquoted, but
    no label ('as a “red line”': an article before it is no word of the speaker's). After a
    free relative ('what X called “threats” by the West') a scare quote with a phrase hung
    on it is a label too: the words outside the quotation marks must say something."""
    if sum(1 for t in span if t.is_alpha and t.lower_ not in lx.ARTICLES) < 3:
        return None
    if free:
        quoted = _quoted_tokens(span)
        if quoted:
            return quoted  # 'in what X described as “a good conversation” with Y'
        if _own_words(span) < lx.THING_CHARACTERISATION_MIN_WORDS:
            return None
    return _characterisation(span, unquoted=True, least=lx.THING_CHARACTERISATION_MIN_WORDS)


def _quoted_tokens(span) -> list:
    """The words inside the span's first quotation of THING_CHARACTERISATION_QUOTE_WORDS
    words or more (marks left out), or none."""
    inside, run = False, []
    least = lx.THING_CHARACTERISATION_QUOTE_WORDS
    for token in span:
        if token.text in QUOTE_MARKS:
            if inside and len([t for t in run if t.is_alpha]) >= least:
                return run
            inside, run = not inside, []
        elif inside:
            run.append(token)
    return []


def _own_words(span) -> int:
    """The words of a span outside its quotation marks, determiners and prepositions aside;
    a quotation of three words or more counts whole (it is the speaker's)."""
    text = doc_text(span.doc)[span[0].idx : span[-1].idx + len(span[-1])] if len(span) else ""
    if any(word_count(run) >= lx.MIN_DIRECT_QUOTE_WORDS for run in _quoted_runs(text)):
        return lx.THING_CHARACTERISATION_MIN_WORDS
    count, inside = 0, False
    for token in span:
        if token.text in QUOTE_MARKS:
            inside = not inside
        elif not inside and token.is_alpha and token.pos_ not in ("DET", "ADP", "CCONJ"):
            count += 1
    return count


def _free_relative(verb) -> bool:
    """'in what X described as a routine patrol', 'condemned what Y called a reckless raid':
    the verb's object is a free relative pronoun before it, standing for a thing the
    journalist names, after a preposition or a verb of reacting to it (lexicon); what the
    speaker calls it is the statement."""
    if not any(
        c.dep_ == "dobj" and c.i < verb.i and c.lower_ in lx.FREE_RELATIVE_OBJECTS
        for c in verb.children
    ):
        return False
    head = verb.head
    if verb.dep_ == "pcomp":
        return head.lower_ in lx.FREE_RELATIVE_PREPOSITIONS
    return head.i != verb.i and head.pos_ == "VERB" and head.lemma_ in lx.REACTING_VERBS


def _nested_as_phrase(noun) -> list:
    """'dismissed reports of an imminent invasion as “hysteria”': the parser may hang the
    'as' phrase on a noun inside the object; the last one there after the object's head,
    not one inside a clause of the object ('suggestions that X might annex Y as ...')."""
    found = [
        t
        for t in noun.subtree
        if t.dep_ == "prep"
        and t.lower_ == lx.CHARACTERISING_PREPOSITION
        and t.i > noun.i
        and not _inside_clause(t, noun)
    ]
    return found[-1:]


def _inside_clause(token, noun) -> bool:
    """Whether a verb stands between a token and the noun it hangs under."""
    node = token.head
    while node.i != noun.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return False


def _a_person(noun) -> bool:
    """A person named or pointed to ('Kurmasheva', 'him', 'herself')."""
    return noun.ent_type_ == "PERSON" or (noun.tag_ == "PRP" and noun.lower_ != "it")


def _when(token) -> bool:
    """A word of a time adjunct ('on Monday', 'last week'), not of what was said."""
    dated = ("DATE", "TIME")
    return token.ent_type_ in dated or (
        token.dep_ == "prep" and any(c.ent_type_ in dated for c in token.children)
    )


def _quoted_appositions(verb) -> list:
    """'called the vote in Syunik “a farce” and “a disgrace”': the parser may read what the
    object is called as its apposition; one opened by a quotation mark, not set off by a
    comma, is the predicate."""
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    found = []
    for token in objects[0].subtree if objects else []:
        if token.dep_ != "appos":
            continue
        first = min(t.i for t in token.subtree)
        opener = doc[first] if doc[first].text in QUOTE_MARKS else doc[first - 1]
        if opener.text in QUOTE_MARKS and doc[opener.i - 1].text != ",":
            found.append(token)
    return found[:1]


def _scare_quote(phrase, least: int = lx.MIN_DIRECT_QUOTE_WORDS, bare: bool = False) -> bool:
    """'described the talks as “constructive”', 'called the vote “a farce”': what the thing
    is called is one quotation too short for a quote and nothing else, a scare quote
    (GUIDELINES), not a statement."""
    doc = phrase.doc
    first = min(t.i for t in phrase.subtree)
    if first > 0 and doc[first - 1].text in QUOTE_MARKS:
        first -= 1  # the opening mark the parser hung on the object
    words = list(doc[first : _last_of(phrase) + 1])
    if words and words[0].lower_ == lx.CHARACTERISING_PREPOSITION:
        words = words[1:]
    text = doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1])] if words else ""
    runs = _quoted_runs(text)
    outside = text
    for run in runs:
        outside = outside.replace(run, " ")
    count = word_count(runs[0]) if runs else 0
    if bare and runs and runs[0].split()[0].lower() in lx.ARTICLES:
        count -= 1  # ('as “a red line”': an article adds no word of the speaker's own)
    return len(runs) == 1 and count < least and word_count(outside) == 0


def _last_of(phrase) -> int:
    """The last word of what a thing is called: a subordinate clause hung on it ('... a
    “phony” while pointing to ...') is the journalist's, and a closing quotation mark the
    parser hung elsewhere belongs to it."""
    doc = phrase.doc
    own = {t.i for t in phrase.subtree}
    for token in phrase.subtree:
        if token.dep_ == "advcl" and token.i != phrase.i:
            own -= {t.i for t in token.subtree}
            marks = [c.i for c in token.children if c.dep_ == "mark"]
            own = {i for i in own if i < min([token.i, *marks])}
    last = max(own)
    marks = sum(1 for i in range(min(own), last + 1) if doc[i].text in QUOTE_MARKS)
    while marks % 2 and last + 1 < len(doc) and doc[last + 1].is_punct:
        last += 1
        marks += doc[last].text in QUOTE_MARKS
    return last


def _characterisation(span, unquoted: bool = False, least: int = lx.CHARACTERISATION_MIN_WORDS):
    """The span, when it quotes the speaker's own words ('described the plan as a “reckless”
    gamble'; without quotation marks 'hailed X as a success' is the journalist's summary),
    or (``unquoted``) when its 'as' phrase says more than a label ('described the deal as an
    attack on its sovereignty', GUIDELINES: the characterisation as printed), unless it runs
    across a paragraph, is too short to say more than a label ('called the West
    “hypocritical”'), holds a quotation long enough to stand as the direct quote
    ('described the war as a “macabre regression of humanity”'), or has the speaker
    describe itself ('portrayed itself as ...')."""
    tokens = trimmed(cut_coordinated_speech(list(span)))
    if not tokens or any("\n" in t.text for t in tokens):
        return None
    if tokens[0].tag_ == "PRP" and tokens[0].lower_.endswith(("self", "selves")):
        return None
    text = doc_text(tokens[0].doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    if word_count(text) < least:
        return None
    inner = _quoted_runs(text)
    if any(word_count(run) >= lx.MIN_DIRECT_QUOTE_WORDS for run in inner):
        return None
    if not inner and not unquoted:
        return None
    return tokens


def _quoted_runs(text: str) -> list[str]:
    """The runs of text between quotation marks, in order."""
    runs, inside, start = [], False, 0
    for k, char in enumerate(text):
        if char in QUOTE_MARKS:
            if inside:
                runs.append(text[start:k])
            inside, start = not inside, k + 1
    return runs


def directive_content(verb):
    """'asked passengers with complaints to contact the department': the object and the
    infinitive it is asked to do (a pronoun or a name is the hearer, still with its
    infinitive: 'urged them to leave'); with no infinitive, nothing is said."""
    if verb.lemma_ not in lx.DIRECTIVE_VERBS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return None
    obj = objects[0]
    # the parser hangs the infinitive on the verb, the object or a word after the object
    # ('asked passengers with complaints to contact ...'); no comma comes between
    infinitives = [
        c
        for c in verb.subtree
        if c.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl")
        and c.i > obj.i
        and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)
        and not any(t.text in (",", ";") for t in verb.doc[obj.i : c.i])
    ]
    if not infinitives:
        return None
    infinitive = min(infinitives, key=lambda c: c.i)
    if _invitation_to_meet(verb, infinitive):
        return None
    tokens = directed_act(obj, infinitive)
    if any("\n" in t.text for t in tokens):
        return None  # a parse run across a paragraph break
    return trimmed(cut_coordinated_speech(tokens))


def _invitation_to_meet(verb, infinitive) -> bool:
    """'invited both sides to resume talks', 'invited X to visit Y': an invitation to a
    meeting is a meeting proposed, not words said (an invitation to sign a treaty still
    says what is proposed)."""
    return verb.lemma_ in lx.INVITATION_VERBS and infinitive.lemma_ in lx.MEETING_INFINITIVES


def directed_act(hearer, infinitive) -> list:
    """The hearer with the infinitive they are asked to do, as printed ('urged donors to
    keep funding the camps'); when the verb's adjuncts stand between them ('pressed X at a
    summit on Monday to release ...'), the infinitive alone, without the reporter's
    circumstance."""
    doc = hearer.doc
    first = min(t.i for t in hearer.subtree)
    end = max(t.i for t in hearer.subtree) + 1
    start = min(t.i for t in infinitive.subtree)
    last = max(t.i for t in infinitive.subtree)
    between = [t for t in doc[end:start] if not t.is_punct]
    verb = hearer.head
    adjuncts = {
        t.i
        for c in verb.children
        if c.dep_ in lx.DIRECTIVE_ADJUNCT_DEPS
        or (c.dep_ == "prep" and c.lower_ in lx.DIRECTIVE_ADJUNCT_PREPOSITIONS)
        for t in c.subtree
    }
    if between and all(t.i in adjuncts for t in between):
        return list(doc[start : last + 1])
    return list(doc[first : last + 1])


def prepositional_content(verb):
    """The object of the verb's speech-carrying preposition, or None."""
    if not prepositional_speech(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None  # 'did not push for a withdrawal' asks for nothing
    characterised = characterisation_content(verb) or ascription_content(verb)
    if characterised:
        return characterised
    if not (
        verb.lemma_ in lx.PREPOSITIONAL_SPEECH or verb.lemma_ in lx.DIRECTIVE_VERBS or _blames(verb)
    ):
        return None  # a verb of characterising only, with nothing characterised
    if verb.lemma_ not in lx.PREPOSITIONAL_SPEECH and not _blames(verb):
        return directive_content(verb)
    blame = _blames(verb)
    allowed = frozenset([lx.BLAME_PREPOSITION]) if blame else lx.PREPOSITIONAL_SPEECH[verb.lemma_]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in allowed:
            continue
        # right after the verb, its particle or its object ('criticised the army for ...')
        before = {t.i for t in objects[0].subtree} if objects else set()
        gap = [t for t in verb.doc[verb.i + 1 : prep.i] if t.i not in before and t.dep_ != "prt"]
        if any(not t.is_punct for t in gap) or any(t.text == "," for t in gap):
            continue
        filled = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not filled:
            continue
        if (blame or verb.lemma_ in lx.GERUND_SPEECH_VERBS) and filled[0].tag_ != "VBG":
            continue  # 'criticised X for its role', 'hinted at his interest' assert no act
        if _in_question(verb):
            continue  # 'will Kyiv insist on ...?' asks, says nothing
        if verb.lemma_ in lx.WARNING_VERBS and any(c.dep_ == "mark" for c in verb.children):
            continue  # '..., as he warned of the risks': the circumstance of another saying
        tokens = [t for t in prep.subtree if t.i > prep.i]
        # 'asked for X, a former aide, to join the call': the parser may hang the
        # infinitive of the appeal on the verb, after the object
        following = [
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "advcl")
            and c.i > tokens[-1].i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        if prep.lower_ == lx.APPEAL_HEARER_PREPOSITIONS.get(verb.lemma_) and not following:
            continue  # 'appealed to the court': a hearer, with nothing asked of them
        if not blame and following:
            rest = list(following[0].subtree)
            tokens = [*tokens, *verb.doc[tokens[-1].i + 1 : rest[0].i], *rest]
        tokens = with_condition(verb, tokens)
        return trimmed(cut_coordinated_speech(with_reduced_relative(verb, tokens)))
    if not blame:
        marked = _marked_infinitive(verb, allowed)
        if marked:
            return marked
    return None if blame else directive_content(verb)


def with_condition(verb, tokens):
    """'warned of severe consequences if Russia invaded', 'warned of sanctions, should China
    arm Russia': the condition the danger hangs on, which the parser hangs on the verb right
    after the phrase, is part of what was warned of."""
    if verb.lemma_ not in lx.WARNING_VERBS:
        return tokens
    doc = verb.doc
    for clause in verb.children:
        if clause.i < tokens[-1].i or not (clause.dep_ == "advcl" or warned_condition(clause)):
            continue
        rest = sorted(clause.subtree, key=lambda t: t.i)
        gap = doc[tokens[-1].i + 1 : rest[0].i]
        if rest[0].lower_ in lx.WARNING_CONDITION_OPENERS and all(t.text == "," for t in gap):
            return [*tokens, *gap, *rest]
    return tokens


def warned_condition(clause) -> bool:
    """'warned of consequences, should China arm Russia': the parser reads the inverted
    condition after the danger as the verb's clausal complement; it is no clause said."""
    verb = clause.head
    first = min(t.i for t in clause.subtree)
    return (
        clause.dep_ == "ccomp"
        and verb.lemma_ in lx.WARNING_VERBS
        and clause.doc[first].lower_ in lx.WARNING_CONDITION_OPENERS
        and clause.doc[first].dep_ == "aux"
        and any(c.dep_ == "prep" and verb.i < c.i < first for c in verb.children)
    )


def with_reduced_relative(verb, tokens):
    """'accused X of violating the truce agreed in January': a past participle right after
    the phrase, with no subject or auxiliary of its own, that the parser hung on the speech
    verb describes the phrase's last noun; it is part of what was said."""
    following = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advcl", "acl")
            and c.tag_ == "VBN"
            and c.i == tokens[-1].i + 1
            and tokens[-1].pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
    if following is None or any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in following.children
    ):
        return tokens
    return [*tokens, *following.subtree]


def _in_question(verb) -> bool:
    """Whether the verb's sentence ends with a question mark (its closing quote aside)."""
    words = [t.text for t in sentence_of(verb) if not t.is_space]
    return "?" in words[-2:]


def _marked_infinitive(verb, allowed):
    """'pleaded for allies to provide more jets': the parser reads the preposition as the
    mark of an infinitive clause with a subject of its own; what is asked is that clause,
    without the mark."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ not in allowed:
        return None
    mark = doc[verb.i + 1]
    clause = mark.head
    if mark.dep_ != "mark" or clause.head.i != verb.i or clause.dep_ not in lx.APPEAL_CLAUSE_DEPS:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    tokens = [t for t in sorted(clause.subtree, key=lambda t: t.i) if t.i > mark.i]
    if any("\n" in t.text for t in tokens):
        return None
    return trimmed(cut_coordinated_speech(tokens))


def ascription_content(verb):
    """'blamed the shortages on sanctions', 'attributed the blast to a drone': the object
    and the phrase naming its cause, as printed (an active verb with both; 'the words
    attributed to him' ascribes nothing)."""
    preposition = lx.ASCRIBING_VERBS.get(verb.lemma_)
    if preposition is None or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass", "neg") for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return _relative_ascription(verb, preposition)
    last_of_object = max(t.i for t in objects[0].subtree)
    phrases = [
        p
        for p in (*verb.children, *objects[0].subtree)
        if p.dep_ == "prep"
        and p.lower_ == preposition
        and p.i > objects[0].i
        and any(c.dep_ in ("pobj", "pcomp") for c in p.children)
    ]
    if not phrases:
        return None
    phrase = min(phrases, key=lambda p: p.i)
    first = min(t.i for t in objects[0].subtree)
    last = max(max(t.i for t in phrase.subtree), last_of_object)
    tokens = list(verb.doc[first : last + 1])
    if any("\n" in t.text for t in tokens):
        return None
    return trimmed(cut_coordinated_speech(tokens))


def _relative_ascription(verb, preposition: str):
    """'a delay, which X blamed on Y's obstruction': the thing ascribed is the antecedent of
    the relative clause, named outside the speaker's words; the cause, the phrase's object
    (two words or more), is the statement."""
    relative = verb.head if verb.dep_ == "conj" else verb  # ('which X blamed ... and Y ...')
    if relative.dep_ != "relcl" or _a_person(relative.head):
        return None
    phrase = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == preposition and c.i > verb.i),
        None,
    )
    filled = [c for c in phrase.children if c.dep_ in ("pobj", "pcomp")] if phrase else []
    if not filled:
        return None
    tokens = sorted(filled[0].subtree, key=lambda t: t.i)
    if len([t for t in tokens if t.is_alpha]) < 2 or any("\n" in t.text for t in tokens):
        return None
    return trimmed(cut_coordinated_speech(tokens))


def _blames(verb) -> bool:
    return verb_in(verb, lx.BLAME_VERBS, lx.BLAME_PARTICLE_VERBS)
