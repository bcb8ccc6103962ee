"""Reported speech: for each speech verb outside quotation marks, the clause it reports and
its speaker; 'according to X' sentences; and only the outermost of nested reports."""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.common import (
    doc_text,
    mention,
    sentence_of,
    tokens,
    word_count,
)
from kg.extract.lexicon import statement_claims as lxclaims
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.boundaries import (
    before_quoted_conjunct,
    second_that_clause,
    through_colon,
    through_proviso,
)
from kg.extract.statements.clauses import (
    relative_attribution,
    reported_content,
    within_paragraph,
    without_sourcing,
)
from kg.extract.statements.complements import complement_content, complement_speech
from kg.extract.statements.cuts import cut_coordinated_speech, trimmed
from kg.extract.statements.documents import finding_verb
from kg.extract.statements.facts import NAME, medium_of, statement_date, statements_of
from kg.extract.statements.midsentence import attribution_before_tail
from kg.extract.statements.outlets import newsroom_credit
from kg.extract.statements.parses import speech_verb_taken_for_noun
from kg.extract.statements.prepositional import prepositional_content, prepositional_speech
from kg.extract.statements.sources import according_to_at
from kg.extract.statements.speakers import according_to_actor, subject_actors
from kg.models import Statement


def outermost(reported: list[Statement], verbs: dict, relative=frozenset()) -> list[Statement]:
    """'He said he did not think China was ...': the thought is part of what was said;
    a reported clause inside another one is not a statement of its own."""
    spans = [(s.mention.begin, s.mention.end, s.speaker) for s in reported]
    return [
        s
        for s in reported
        if not any(
            b <= s.mention.begin
            and s.mention.end <= e
            and (b, e) != (s.mention.begin, s.mention.end)
            # 'X said Y, Reuters reported': an attribution closing the sentence reports
            # the whole of it; the statement inside stands
            and verbs.get((b, e), -1) < b
            # 'threats, which Peskov said had reached ...': another speaker's words
            # within the clause are theirs
            and (speaker == s.speaker or (s.mention.begin, s.mention.end) not in relative)
            for b, e, speaker in spans
        )
    ]


def reported_statements(doc, article, actors, quotes) -> list[Statement]:
    text = doc_text(doc)
    quote_ranges = [(q.open_mark, q.end + 1) for q in quotes]
    out = []
    for verb in tokens(doc):
        speech = verb.lemma_ in lx.SPEECH_VERBS or _made_clear(verb) or finding_verb(verb)
        stated = verb.lemma_ in lxs.OBJECT_STATEMENT_VERBS
        complement = complement_speech(verb)
        if not speech and not prepositional_speech(verb) and not stated and not complement:
            continue
        noun_verb = verb.pos_ == "NOUN" and speech_verb_taken_for_noun(verb)
        if verb.pos_ not in ("VERB", "AUX") and not noun_verb:
            continue
        if any(b <= verb.idx < e for b, e in quote_ranges):
            continue
        if newsroom_credit(verb):
            continue  # '..., X said, a KNA correspondent reports': the newsroom's credit
        # a verb that speaks only through its preposition ('pushed for ...') says nothing else
        content = reported_content(verb) if speech else prepositional_content(verb)
        if content is None and complement:
            # 'warned X against ...', 'dismissed claims that ...', 'proposed to ...'
            content = complement_content(verb)
        if content is None and stated:
            content = _stated_object(verb)
        if content is None:
            continue
        if _made_clear(verb):  # 'made (it) clear that': 'clear' may land in the clause
            content = [t for t in content if t.i > _clear_that(verb)]
            while content and content[0].is_punct:  # 'made it clear that, as a people, ...'
                content = content[1:]
        content = through_colon(content, verb) if speech and content else content
        content = through_proviso(content, verb) if speech and content else content
        content = before_quoted_conjunct(content) if speech and content else content
        content = without_sourcing(within_paragraph(content, verb)) if content else None
        if not content:
            continue
        begin, end = content[0].idx, content[-1].idx + len(content[-1])
        if word_count(text[begin:end]) < _least_words(verb, content):
            continue
        if begin <= verb.idx < end and "\n\n" in text[begin:end]:
            continue  # a parse run across paragraphs, round its own speech verb
        if noun_verb:
            modifiers = [t for c in verb.children if c.i < verb.i for t in c.subtree]
            key = actors.resolve(modifiers, before=verb.i) if modifiers else None
            speakers = [key] if key else []
        else:
            speakers = subject_actors(actors, verb)
            if not speakers:
                # 'CLAUSE, X said, though stressed that ...': X stresses it too
                attribution = attribution_before_tail(verb)
                if attribution is not None:
                    speakers = subject_actors(actors, attribution)
            if not speakers:
                content, speakers = _speaker_run_into_clause(actors, verb, content)
                begin, end = content[0].idx, content[-1].idx + len(content[-1])
        opening = _opening_quotation(content, quotes, text)
        if opening is not None:
            # 'said “the court is under attack” in a speech on Monday': the quotation is
            # the statement, in the speaker's words; what follows it is the reporter's
            found = statements_of(doc, article, actors, speakers, *opening, True)
            out += found
            # '... and that CLAUSE': a second 'that' clause after it is reported
            second = second_that_clause(content, opening[1])
            if second:
                b, e = second[0].idx, second[-1].idx + len(second[-1])
                out += statements_of(doc, article, actors, speakers, b, e, False)
            continue
        found = statements_of(doc, article, actors, speakers, begin, end, False)
        if found:
            doc.user_data.setdefault("kg_reporting_verbs", {})[(begin, end)] = verb.idx
            if relative_attribution(verb) or _relayed(verb):
                # (a relayed report: 'the ministry said Mr A told B that ...' is A's too)
                doc.user_data.setdefault("kg_relative_attributions", set()).add((begin, end))
        out += found
    for token in tokens(doc):
        last = according_to_at(token)
        if last is not None:
            statement = _according_to_statement(doc, article, actors, token, last, quote_ranges)
            if statement is None:
                continue
            # X's clause the parser ran across the attribution ('CLAUSE, according to X,
            # continuing what it called ...') is the one without the attribution
            out = [
                s
                for s in out
                if not (
                    s.mention.begin <= token.idx < s.mention.end and s.speaker == statement.speaker
                )
            ]
            # another statement in the sentence ('according to X, which called for ...')
            # stands beside it; one over the same words has it already
            if not any(_overlap(s.mention, statement.mention) for s in out):
                out.append(statement)
    return out


def _least_words(verb, content) -> int:
    """The fewest words a reported clause may have: an appeal's object may be one word
    ('called for calm', 'called for their release'), an act denied or accused, or a cause
    ascribed in a relative clause, two ('denied any involvement', 'accused X of massing
    troops', 'which X blamed on Y's obstruction'), any other clause has three."""
    doc = verb.doc
    relative = verb.dep_ == "relcl" or (verb.dep_ == "conj" and verb.head.dep_ == "relcl")
    if relative and verb.lemma_ in lxs.ASCRIBING_VERBS and content[0].i > verb.i:
        return lxclaims.CLAIM_MIN_WORDS  # the cause ascribed: 'which X blamed on Y's delays'
    if (
        verb.lemma_ in lx.DENYING_VERBS | lx.ACCUSING_VERBS
        and content[0].i > verb.i
        and content[0].lower_ not in lxclaims.BACK_POINTING_DETERMINERS  # ('the claim')
        and not _aside_of_speaker(verb)
    ):
        return lxclaims.CLAIM_MIN_WORDS
    appeal = (
        verb.lemma_ in lx.APPEAL_VERBS
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].lower_ in lx.APPEAL_PREPOSITIONS
        and content[0].i == verb.i + 2
    )
    return lxs.APPEAL_MIN_WORDS if appeal else lxs.REPORTED_MIN_WORDS


def _aside_of_speaker(verb) -> bool:
    """Whether the verb is an aside on its speaker's standing position ('Moscow, which
    denies any offensive, calls for ...'): a relative clause whose subject is the relative
    pronoun, so two words of it say too little to stand as a statement of their own."""
    return verb.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who", "that")
        for c in verb.children
    )


def _words(tokens) -> int:
    return sum(1 for t in tokens if not (t.is_punct or t.is_space))


def _overlap(a, b) -> bool:
    return a.begin < b.end and b.begin < a.end


def _stated_object(verb):
    """'welcomed signs that Congress would vote', 'demanded her immediate release': a verb
    whose object is what the speaker stated; an actor or a pronoun object is only who was
    welcomed or asked, and a negated verb states nothing."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("neg", "nsubjpass", "auxpass") for c in verb.children):
        return None
    if verb.lemma_ in lxs.FINITE_STATEMENT_VERBS and (
        verb.tag_ == "VBG" or verb.dep_ == "acl" or any(c.dep_ == "mark" for c in verb.children)
    ):
        return None  # 'forces advanced, threatening a supply line', 'in case X threatens ...'
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return None
    obj = objects[0]
    if obj.pos_ in ("PRON", "PROPN") or obj.ent_type_:
        return None
    if obj.lemma_.lower() in lxs.STANCE_NOUNS and any(
        c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" for m in c.children)
        for c in obj.children
    ):
        return None  # 'expressed hope that CLAUSE': the stance noun's clause is what was said
    targets = lxs.OBJECT_TARGET_PREPOSITIONS.get(verb.lemma_, frozenset())
    if any(c.dep_ == "prep" and c.lower_ in targets for c in (*verb.children, *obj.children)):
        return None  # 'threatened the opposition with arrest': the object is who is threatened
    tokens = list(obj.subtree)
    if tokens[0].i != verb.i + 1 or any("\n" in t.text for t in tokens):
        return None
    doc = verb.doc
    # a quotation closing the object whose mark the parser hung on the verb
    marks = sum(t.text in lx.QUOTE_MARKS for t in tokens)
    if marks % 2 and tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].text in lx.QUOTE_MARKS:
        tokens.append(doc[tokens[-1].i + 1])
    return trimmed(cut_coordinated_speech(tokens))


def _opening_quotation(content, quotes, text):
    """The quotation a reported clause opens with, when it holds the clause's own head and
    the clause goes on past it ('said “the court is under attack” in a speech'); a quoted
    phrase that is only part of the clause ('said “several agents” told him ...') is not."""
    begin, end = content[0].idx, content[-1].idx + len(content[-1])
    quote = next((q for q in quotes if q.begin == begin and q.end < end), None)
    if quote is None or word_count(quote.text(text)) < lx.MIN_DIRECT_QUOTE_WORDS:
        return None
    ids = {t.i for t in content}
    heads = [t for t in content if t.head.i not in ids or t.head.i == t.i]
    if len(heads) != 1 or not quote.begin <= heads[0].idx < quote.end:
        return None
    # GUIDELINES: a quote without a trailing comma
    return quote.begin, quote.begin + len(quote.text(text).rstrip().rstrip(","))


def _relayed(verb) -> bool:
    """'The ministry said Mr Arce told his counterpart that ...': a verb of telling with a
    named subject, whose words another speaker relays, speaks for its subject as well."""
    if verb.lemma_ not in lxs.RELAYED_SPEECH_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "PROPN"


def _made_clear(verb) -> bool:
    """'X made (it) clear (plain) that ...': the verb is 'make', the speech is the 'that'
    clause after its 'clear' (which the parser may take for the head of that clause)."""
    return _clear_that(verb) is not None


def _clear_that(verb):
    """The index of the 'that' after 'made clear' or 'made it clear', or None."""
    doc = verb.doc
    if verb.lemma_ != lx.MAKE_CLEAR_VERB:
        return None
    k = verb.i + 1
    if k < len(doc) and doc[k].lower_ in lxs.MADE_CLEAR_OBJECTS:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in lx.CLEAR_WORDS:
        return None
    if _bare_clause_after(doc, k) and verb.i in (doc[k].head.i, doc[k].head.head.i):
        # 'made clear his government would ...': the clause right after 'clear' (which the
        # parser may hang on that clause's verb)
        return k
    if doc[k].head.i != verb.i:
        return None
    # 'made it clear on Monday that ...': a short adjunct may stand before the 'that'
    for j in range(k + 1, min(k + 2 + lxs.ADJUNCTS_BEFORE_CLAUSE_WORDS, len(doc))):
        if doc[j].lower_ == "that":
            return j
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_punct or "\n" in doc[j].text:
            return None
    return None


def _bare_clause_after(doc, k: int) -> bool:
    """'clear his government would continue ...': a clause without 'that' opens right after
    'clear', its subject among the first words, before a verb of its own."""
    for j in range(k + 1, min(k + 2 + lxs.ADJUNCTS_BEFORE_CLAUSE_WORDS, len(doc))):
        token = doc[j]
        if token.is_punct or "\n" in token.text or token.lower_ == "that":
            return False
        if token.dep_ in ("nsubj", "nsubjpass"):
            return token.head.i > j and token.head.pos_ in ("VERB", "AUX")
    return False


def _speaker_run_into_clause(actors, verb, content):
    """'CLAUSE, Chairman X told the media ...': with a long title the parser may hang the
    speaker on the clause's last noun and leave the verb without a subject; the name right
    before the verb, after the clause's last comma, is the speaker. A wire dateline the
    parser ran into the clause ('MINSK, 20 June (Agency) - ') is not what was said."""
    if not content or content[-1].i >= verb.i:
        return content, []
    doc = verb.doc
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in verb.children):
        return content, []
    # the clause as cut may have lost the speaker's own apposition ('X, chief of ...,')
    full = list(doc[content[0].i : verb.i])
    while full and full[-1].is_punct:
        full = full[:-1]
    under = {t.i for c in content for t in c.subtree}
    if any(t.i not in under and not t.is_punct for t in full):
        return content, []
    key, clause = None, None
    for comma in [k for k, t in enumerate(full) if t.text == "," and k >= 3][::-1]:
        rest = full[comma + 1 :]
        ids = {t.i for t in rest}
        roots = [t for t in rest if t.head.i not in ids]
        if len(roots) != 1 or roots[0].dep_ != "appos" or roots[0].pos_ != "PROPN":
            continue  # a name (or title) set off after the clause, not a description
        if len(ids) != len(list(roots[0].subtree)):
            continue
        name = rest[: next((k for k, t in enumerate(rest) if t.text == ","), None)]
        key = actors.resolve(name, before=verb.i) or actors.resolve(rest, before=verb.i)
        if key:
            clause = full[:comma]
            break
    if key is None:
        return content, []
    dashes = [k for k, t in enumerate(clause[:12]) if t.text in ("-", "–", "—")]
    if dashes and clause[0].text.isupper() and any(t.text == ")" for t in clause[: dashes[0]]):
        clause = clause[dashes[0] + 1 :]
    return (clause, [key]) if len(clause) >= 3 else (content, [])


def _according_to_statement(doc, article, actors, according, last, quote_ranges):
    """'According to X, CLAUSE': the rest of the sentence, as X's statement (``according``
    and ``last`` are the first and last words of the phrase)."""
    speaker = according_to_actor(actors, last)
    if speaker is None or any(b <= according.idx < e for b, e in quote_ranges):
        return None
    sentence = sentence_of(according)
    # "CLAUSE. That's according to X": it points back to the sentence before, which is X's
    # when nobody was said to say it there (else it says nothing new)
    lead = doc_text(doc)[sentence.start_char : according.idx]
    if re.fullmatch(lx.RESTATED_LEAD, lead, re.IGNORECASE):
        tokens = _unattributed_sentence_before(sentence, quote_ranges)
    else:
        phrase = {t.i for word in doc[according.i : last.i + 1] for t in word.subtree}
        tokens = [t for t in sentence if t.i not in phrase]
        tokens = _according_side(tokens, according, phrase, sentence)
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < 4:
        return None
    begin, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    span = mention(doc, begin, end, NAME)
    medium = lx.STATEMENT_NOUN if any(t.lower_ == lx.STATEMENT_NOUN for t in last.subtree) else None
    return Statement(
        speaker=actors.use(speaker),
        content=span.anchor,
        direct=False,
        mention=span,
        medium=medium or medium_of(doc, begin, end),
        date=statement_date(doc, begin, article),
    )


def _unattributed_sentence_before(sentence, quote_ranges) -> list:
    """The sentence before one that points back ('That's according to X'), when it holds
    no speech verb, no attribution and no quotation of its own (a headline or a lede)."""
    doc = sentence.doc
    if sentence.start == 0:
        return []
    before = sentence_of(doc[sentence.start - 1])
    tokens = [t for t in before if not t.is_space]
    if not tokens or any(b <= t.idx < e for t in tokens for b, e in quote_ranges):
        return []
    if any(t.lemma_ in lx.SPEECH_VERBS or t.lower_ == "according" for t in tokens):
        return []
    return tokens


def _according_side(tokens, according, phrase, sentence) -> list:
    """The words of an 'according to X' sentence that X said."""
    before = [t for t in tokens if t.i < according.i]
    after = [t for t in tokens if t.i > max(phrase)]
    main = before if sentence.root.i < according.i else after
    if _words(before) and _words(after) and _words(main) >= lxs.ACCORDING_TO_SIDE_WORDS:
        # 'CLAUSE, according to X, continuing ...' and 'In 2023, according to X, CLAUSE':
        # the side holding the sentence's main verb is what X said
        return main
    return tokens
