"""Cuts of a reported clause: where another statement (another speaker's after ", and", or
a participle of speech after a comma), a quoted sentence, the speaker's own action, the
journalist's apposition or the time it was said ("when asked about ...") begins, the clause
ends. Each cut takes the
clause's tokens in order and returns a prefix of them. The checks at the end
(put_to_speaker, indirect_question, unasserted, questioned_speech) say instead whether a
clause asserts anything at all (a question asked, speech only asked about)."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import statement_spans as lx_spans
from kg.extract.lexicon import statements as lxs


def cut_coordinated_speech(tokens):
    """'he wanted peace and accused the US of ...': a second speech verb coordinated into
    the clause, with no subject of its own, starts another statement of the speaker (one
    backshifted into the clause, 'and had asked ...', is the clause's)."""
    ids = {t.i for t in tokens}
    for position, token in enumerate(tokens[1:], start=1):
        if (
            token.dep_ == "conj"
            and token.pos_ == "VERB"
            and token.head.i in ids
            and (token.lemma_ in lx.SPEECH_VERBS or token.lemma_ in lx.SPEECH_VERBS_WITH_OBJECT)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            and not _backshifted(token, ids)
            and not _inside_quotation(tokens, position)
        ):
            cut = position
            # ('and has agreed to ...': the verb's own auxiliaries go with it)
            while cut > 1 and tokens[cut - 1].head.i == token.i and tokens[cut - 1].dep_ in _AUX:
                cut -= 1
            while cut > 1 and (tokens[cut - 1].dep_ == "cc" or tokens[cut - 1].is_punct):
                cut -= 1
            return tokens[:cut]
        if _participle_of_speech(token, tokens, position):
            # '..., saying the country had shown ...', '..., pointing out that ...': the
            # speaker's next statement, set off after the clause, is one of its own
            cut = position
            while cut > 1 and tokens[cut - 1].is_punct:
                cut -= 1
            return tokens[:cut]
        if _another_speaker_reports(token, tokens, position):
            # '..., and a police official told CNN that ...': another speaker's statement
            # coordinated after the clause is theirs, not part of it
            start = min(t.i for t in token.subtree)
            cut = next(k for k, t in enumerate(tokens) if t.i >= start)
            while cut > 1 and (tokens[cut - 1].dep_ == "cc" or tokens[cut - 1].is_punct):
                cut -= 1
            return tokens[:cut]
        if _own_relative_report(token, tokens, position):
            # '..., which it said had intruded into its waters': the speaker's report on
            # the relative's noun is a statement of its own, not part of this one
            start = min(t.i for t in token.subtree)
            cut = next(k for k, t in enumerate(tokens) if t.i >= start)
            while cut > 1 and tokens[cut - 1].is_punct:
                cut -= 1
            return tokens[:cut]
        # '..., as he warned of the risks ...': the reporter's link to another statement
        marks = [c for c in token.children if c.dep_ == "mark" and c.i in ids]
        if token.dep_ == "advcl" and token.lemma_ in lx.SPEECH_VERBS and token.head.i in ids:
            start = next((k for k, t in enumerate(tokens) if marks and t.i == marks[0].i), 0)
            if start >= 4 and tokens[start - 1].text == ",":
                return tokens[: start - 1]
    return tokens


_AUX = frozenset(["aux", "auxpass", "neg"])


def _inside_quotation(tokens, position: int) -> bool:
    """'said his government “did not expect and did not ask” for ...': a word inside a
    quotation the clause holds (an odd number of marks before it) is the speaker's own
    wording, not the speaker's next act."""
    return sum(t.text in lx.QUOTE_MARKS for t in tokens[:position]) % 2 == 1


def _backshifted(token, ids) -> bool:
    """'said Baghdad “rejects ...” and had asked ...', 'has said Yaounde is open to ... but
    rejects ...': a coordinated verb in the present under a past report, or with a
    backshifting auxiliary of its own (one the report has not too), is the reported clause's,
    not the speaker's next act."""
    reporting = next((a for a in token.ancestors if a.i not in ids), None)
    if reporting is None or reporting.tag_ not in lx_spans.PAST_TAGS:
        return False
    if token.doc[token.i - 1].text in lx.QUOTE_MARKS:
        return False  # 'but would “respond ...”': the speaker's own words, quoted on their own
    if token.tag_ in lx_spans.PRESENT_TAGS:
        return True
    auxiliaries = {
        c.lower_
        for c in token.children
        if c.dep_ == "aux" and c.i < token.i and c.lower_ in lx_spans.BACKSHIFT_AUXILIARIES
    }
    # ('had said that X ... and had urged Y': the report's own auxiliary again is the
    # speaker's next act, in step with the first)
    return bool(auxiliaries) and not any(
        c.dep_ == "aux" and c.lower_ in auxiliaries for c in reporting.children
    )


def _participle_of_speech(token, tokens, position) -> bool:
    """A participle of a speech verb, set off by a comma after at least three words of the
    clause, with no subject of its own and a clause of its own ('..., claiming they were
    placed there'), or of accusing with what it accuses of ('..., accusing it of ...')."""
    if token.tag_ != "VBG" or position < 4:
        return False
    if token.lemma_ not in lx.SPEECH_VERBS and token.lemma_ not in lx.ACCUSING_VERBS:
        return False
    if token.dep_ not in ("advcl", "conj", "xcomp") or tokens[position - 1].text != ",":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children):
        return False
    if token.lemma_ in lx.ACCUSING_VERBS:
        # '..., accusing it of being manipulated by ...': the accusation is one of its own
        return any(
            c.dep_ == "prep" and c.lower_ == lxs.ACCUSED_OF and c.i > token.i
            for c in token.children
        )
    return any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)


def _own_relative_report(token, tokens, position) -> bool:
    """A relative clause set off by a comma whose verb of speech has a pronoun subject ('...
    the vessels, which it said had intruded ...'): the speaker reporting again."""
    if token.dep_ != "relcl" or token.lemma_ not in lx.SPEECH_VERBS or position < 4:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in lxs.RELATIVE_REPORT_PRONOUNS:
        return False
    start = min(t.i for t in token.subtree)
    before = [t for t in tokens[:position] if t.i < start]
    relative = token.doc[start]
    # ('the explosions, which he believes were caused by X, hit morale': a relative inside
    # the clause is part of it; only one closing the clause is a report of its own)
    after = [t for t in tokens if t.i > max(x.i for x in token.subtree) and not t.is_punct]
    return (
        not after
        and len(before) >= 3
        and before[-1].text == ","
        and relative.tag_ in lx.RELATIVE_TAGS
        and any(c.dep_ == "ccomp" for c in token.children)
    )


def _another_speaker_reports(token, tokens, position) -> bool:
    """A speech verb coordinated after ', and' (or ', but'), or set against the clause after
    ', while' ('..., while X called for ...'), with a subject of its own that is no pronoun
    and a clause (or an appeal) of its own: the reporter telling what someone else said."""
    # (the parser makes it a conjunct of the clause, or a second clause of the first verb)
    if token.dep_ not in ("conj", "ccomp", "advcl") or token.pos_ != "VERB":
        return False
    if token.lemma_ not in lx.SPEECH_VERBS and token.lemma_ not in lx.APPEAL_VERBS:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or subject.i < tokens[0].i:
        return False
    said = any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)
    # ('called for X to ...': the parser may read 'for' as the mark of the appeal's clause)
    appealed = token.lemma_ in lx.APPEAL_VERBS and any(
        c.i > token.i
        and (
            (c.dep_ == "prep" and c.lower_ in lx.APPEAL_PREPOSITIONS)
            or any(m.dep_ == "mark" and m.lower_ in lx.APPEAL_PREPOSITIONS for m in c.children)
        )
        for c in token.children
    )
    if not said and not appealed:
        return False
    start = min(t.i for t in token.subtree)
    before = [t for t in tokens[:position] if t.i < start]
    if token.dep_ == "advcl":
        # ', while X called for ...': the contrast's conjunction opens the other report
        mark = token.doc[start]
        unquoted = [t for t in before if t.text not in lx.QUOTE_MARKS]
        return (
            len(unquoted) >= 3
            and mark.dep_ == "mark"
            and mark.lower_ in lx_spans.CONTRASTING_MARKS
            and unquoted[-1].text == ","
        )
    return len(before) >= 3 and before[-1].dep_ == "cc" and before[-2].text == ","


def cut_reaction(tokens):
    """'he did not believe that, which prompted X to tell him ...', '... – prompting more
    protests': a clause set off at the end that tells what the statement set off is the
    reporter's sequel (``REACTION_VERBS``)."""
    for position, token in enumerate(tokens[3:], start=3):
        if token.lemma_ not in lxs.REACTION_VERBS or token.pos_ != "VERB":
            continue
        start = position
        if token.dep_ == "relcl" and tokens[position - 1].tag_ == "WDT":
            start = position - 1  # ', which prompted ...'
        elif token.tag_ != "VBG":
            continue
        if tokens[start - 1].text not in lxs.SETTING_OFF_MARKS:
            continue
        cut = start - 1
        while cut > 1 and tokens[cut - 1].is_punct and tokens[cut - 1].text not in QUOTE_CLOSES:
            cut -= 1
        return tokens[:cut]
    return tokens


def cut_closing_attribution(tokens):
    """'she said, “I’m sorry” while lifting the pot, the video shows': a speaker (or a
    source) and its verb set off by the clause's last comma attribute the sentence; they
    are not part of what was said."""
    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    if not commas or commas[-1] < 3:
        return tokens
    rest = [t for t in tokens[commas[-1] + 1 :] if not t.is_punct]
    if not rest or len(rest) > lxs.CLOSING_ATTRIBUTION_WORDS or len(rest) < 2:
        return tokens
    verb, subject = rest[-1], rest[:-1]
    if verb.lemma_ not in lx.SPEECH_VERBS and verb.lemma_ not in lxs.FINDING_VERBS:
        return tokens
    if not all(t.pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "PART") for t in subject):
        return tokens
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in subject):
        return tokens
    cut = commas[-1]
    while cut > 1 and tokens[cut - 1].is_punct and tokens[cut - 1].text not in QUOTE_CLOSES:
        cut -= 1
    return tokens[:cut]


QUOTE_CLOSES = ("”", '"', "’", "»")


def cut_with_speaker(tokens):
    """'said there were no casualties, with Governor X writing on Telegram that ...': a
    'with' phrase set off by a comma, whose participle of speech has a subject of its own,
    is another speaker's statement; the clause ends before it."""
    for position, token in enumerate(tokens[2:], start=2):
        if token.lower_ != "with" or tokens[position - 1].text != ",":
            continue
        speaking = [
            t
            for t in token.subtree
            if t.tag_ == "VBG"
            and t.lemma_ in lx.SPEECH_VERBS
            and any(c.dep_ == "nsubj" for c in t.children)
        ]
        if speaking:
            return tokens[: position - 1]
    return tokens


def cut_closing_according_to(tokens):
    """'the officials said there is no clear motive, according to lawmakers': an 'according
    to' phrase closing the clause names who reported the saying; it is not part of what was
    said (nothing of the clause follows it)."""
    according = tuple(lxs.ACCORDING_TO[0].split())  # ('according', 'to')
    for k in range(3, len(tokens) - 2):
        if tokens[k - 1].text != "," or (tokens[k].lower_, tokens[k + 1].lower_) != according:
            continue
        phrase = {t.i for t in tokens[k].subtree} | {t.i for t in tokens[k + 1].subtree}
        if any(not t.is_punct and t.i not in phrase for t in tokens[k + 2 :]):
            return tokens  # the clause goes on: the phrase sourced only a part of it
        cut = k - 1
        while cut > 1 and tokens[cut - 1].is_punct and tokens[cut - 1].text not in QUOTE_CLOSES:
            cut -= 1
        return tokens[:cut]
    return tokens


def cut_appended_quotation(tokens):
    """'said that the concept will be adopted, “He will announce that ...”': a full quoted
    sentence the parser hung on the reported clause is a direct statement of its own."""
    for position in range(3, len(tokens) - 3):
        mark = tokens[position + 1]
        if tokens[position].text != "," or mark.text not in '“"' or mark.tag_ != "``":
            continue
        quoted, before = tokens[position + 2 :], tokens[:position]
        if any(t.dep_ == "nsubj" and t.head in quoted for t in quoted) and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head in before for t in before
        ):
            return tokens[:position]
    return tokens


def cut_own_action(tokens):
    """'told CNN that the plant was “completely surrounded” and requested assistance': a
    finite past verb coordinated, without a subject, with a passive one cannot share its
    auxiliary; it is what the speaker did, not part of what was said."""
    ids = {t.i for t in tokens}
    for position, token in enumerate(tokens[2:], start=2):
        head = token.head
        if (
            token.dep_ == "conj"
            and token.tag_ == "VBD"
            and head.i in ids
            and head.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in head.children)
            and any(c.dep_ == "nsubjpass" for c in head.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        ):
            cut = position
            while cut > 1 and (tokens[cut - 1].dep_ == "cc" or tokens[cut - 1].is_punct):
                if tokens[cut - 1].text in lx.QUOTE_MARKS and tokens[cut - 1].tag_ == "''":
                    break
                cut -= 1
            return tokens[:cut]
    return tokens


def cut_speaker_s_circumstance(tokens):
    """'Biden is “looking forward to finishing his term” when asked about ...', '... would
    rush weaponry to Ukraine as he signed the aid bill into law': a closing 'when asked' or
    a time clause whose subject is a personal pronoun, in the past, tells when the speaker
    spoke; it is the journalist's, not part of what was said."""
    for token in tokens[3:]:
        if token.dep_ != "advcl" or token.pos_ != "VERB":
            continue
        marks = [
            c for c in token.children if c.dep_ in ("mark", "advmod") and c.lower_ in lxs.TIME_MARKS
        ]
        start = min(t.i for t in token.subtree)
        if not marks or marks[0].i != start or start <= tokens[2].i:
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        asked = not subjects and token.tag_ == "VBN" and token.lemma_ in lxs.ASKING_VERBS
        narrated = (
            marks[0].lower_ in lxs.NARRATING_MARKS
            and token.doc[start - 1].lower_ not in lxs.AS_LONG_AS
            and len(subjects) == 1
            and subjects[0].lower_ in lxs.SPEAKER_PRONOUNS
            and subjects[0].i == token.i - 1
            and token.tag_ == "VBD"
        )
        if asked or narrated:
            cut = next(k for k, t in enumerate(tokens) if t.i >= start)
            while cut > 1 and tokens[cut - 1].is_punct:
                cut -= 1
            return tokens[:cut]
    return tokens


def cut_trailing_apposition(tokens):
    """'his troops were entering Rostov, a large city in the south ...': the apposition
    that closes the clause describes a place or person; it is the journalist's, not the
    speaker's (one describing a named body or thing, 'the “Coastal Wall”, a programme of
    fences', is the speaker's account of it, and stays); and a noun glossing the clause
    after a dash, with a relative clause of its own (:func:`_dash_gloss`)."""
    if len(tokens) < 6:
        return tokens
    glossed = _dash_gloss(tokens)
    if glossed is not None:
        return glossed
    ids = {t.i for t in tokens}
    for position, token in enumerate(tokens):
        if (
            token.dep_ == "appos"
            and token.head.i in ids
            and token.head.pos_ == "PROPN"
            and token.head.ent_type_ not in lx_spans.SPEAKER_DESCRIBED_NAME_TYPES
            and position >= 2
            and tokens[position - 1].i < token.i
        ):
            subtree = list(token.subtree)
            start = min(t.i for t in subtree)
            if max(t.i for t in subtree) < tokens[-1].i - 1 or start <= token.head.i:
                continue
            cut = next((k for k, t in enumerate(tokens) if t.i >= start), len(tokens))
            while cut > 0 and tokens[cut - 1].is_punct:
                cut -= 1
            if cut >= 3 and tokens[cut].i > token.head.i:
                return tokens[:cut]
    return tokens


def _dash_gloss(tokens):
    """'he wants a negotiated solution – a proposal X has refused ...': a noun after a dash
    that closes the clause, with a relative clause of another subject and no relative
    pronoun, is the journalist's gloss of what was said; the clause ends before the dash."""
    for position, token in enumerate(tokens[3:-2], start=3):
        if token.text not in lx_spans.GLOSS_DASHES:
            continue
        noun = next((t for t in tokens[position + 1 : position + 5] if t.pos_ == "NOUN"), None)
        if noun is None or any(
            t.pos_ not in ("DET", "ADJ") for t in tokens[position + 1 :] if t.i < noun.i
        ):
            return None
        relatives = [c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i]
        if not relatives or max(t.i for t in noun.subtree) < tokens[-1].i:
            return None
        relative = relatives[0]
        subject = [c for c in relative.children if c.dep_ in ("nsubj", "nsubjpass")]
        pronoun = any(t.tag_ in ("WDT", "WP", "WP$") for t in relative.subtree if t.i < relative.i)
        if not subject or pronoun or subject[0].i != min(t.i for t in relative.subtree):
            return None
        return trimmed(tokens[:position])
    return None


def trimmed(tokens):
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ("”", '"'):
        tokens = tokens[:-1]
    return tokens or None


def put_to_speaker(verb) -> bool:
    """'Asked whether the talks would resume, X said ...', 'when asked about ...', 'X was
    asked to ...': a verb of asking in the passive is the question put to the speaker by
    someone else, not what the speaker said ('X had asked ...' is the speaker's own)."""
    if verb.lemma_ not in lx.QUESTION_VERBS:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if verb.tag_ == "VBN" and not perfect:
        return True
    # 'Asked how ..., X said' (tagged as a past tense at the sentence's start): a clause
    # with no subject of its own set before the main clause
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def indirect_question(verb, tokens) -> bool:
    """'a review of his records indicates why he left': a clause opened by a question word,
    after a verb that does not ask, names a question and states no answer."""
    if verb.lemma_ in lx.QUESTION_VERBS or not tokens:
        return False
    first = tokens[0]
    ids = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), None)
    return (
        first.lower_ in lxs.INDIRECT_QUESTION_WORDS
        and first.dep_ in ("mark", "advmod")
        and root is not None
        and first.head == root
    )


def unasserted(doc, statement) -> bool:
    """Whether a reported statement asserts nothing: its speech verb (as the clause's frame
    recorded it) is a question put to the speaker, or its clause an indirect question."""
    begin, end = statement.mention.begin, statement.mention.end
    verb_at = doc.user_data.get("kg_reporting_verbs", {}).get((begin, end))
    if verb_at is None:
        return False
    verb = doc.char_span(verb_at, verb_at + 1, alignment_mode="expand")
    span = doc.char_span(begin, end, alignment_mode="expand")
    if verb is None or span is None:
        return False
    return (
        put_to_speaker(verb[0])
        or indirect_question(verb[0], list(span))
        or questioned_speech(verb[0])
        or left_open(verb[0], span[0])
        or (withheld(verb[0]) and span[0].lower_ in lxs.WITHHELD_QUESTION_WORDS)
        or hypothetical(verb[0])
    )


def hypothetical(verb) -> bool:
    """'... unless Washington signals it is willing to ...', 'if Lula says he is ready':
    speech in a condition is supposed, not said."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in lxs.CONDITION_MARKS for c in verb.children
    )


def withheld(verb) -> bool:
    """'did not say', 'declined to say', 'without saying', 'has not disclosed': a speech
    verb the speaker did not use; what it would have told ('... how many troops were sent')
    is a question left open, no statement."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    if head.i == verb.i:
        return False
    if verb.dep_ == "xcomp" and (
        head.lemma_.lower() in lxs.WITHHOLDING_VERBS or any(c.dep_ == "neg" for c in head.children)
    ):
        return True  # 'declined to say', 'would not be drawn to say'
    return verb.dep_ == "pcomp" and head.lower_ in lxs.WITHHOLDING_PREPOSITIONS


def left_open(verb, first) -> bool:
    """'Harris would not say on Thursday whether she was open to ...': a 'whether' clause
    after a verb that does not ask names a question the speaker left open, not an answer
    (a question the speaker puts, 'asked whether ...', is a reported question)."""
    if verb.lemma_ in lx.QUESTION_VERBS or first.i == 0:
        return False
    before = first.doc[first.i - 1]
    return before.lower_ in lxs.OPEN_QUESTION_MARKS and before.dep_ == "mark"


def questioned_speech(verb) -> bool:
    """'None of the sources indicated whether X told Y that ...': a speech verb inside an
    indirect question is asked about, not said to have been said."""
    return verb.dep_ in ("ccomp", "advcl") and any(
        c.dep_ == "mark" and c.lower_ in lxs.INDIRECT_QUESTION_WORDS for c in verb.children
    )


def set_against(verb) -> bool:
    """Whether a verb's clause is set against another report by a contrasting conjunction
    ('..., while B said “...”', 'whereas C accused D'): its words are its own subject's, not
    the other verb's."""
    return any(c.dep_ == "mark" and c.lower_ in lx_spans.CONTRASTING_MARKS for c in verb.children)
