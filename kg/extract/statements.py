"""Statements: direct quotes with their speaker, and reported speech after speech verbs."""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.common import (
    Quote,
    doc_text,
    mention,
    quotations,
    sentence_date,
    sentence_of,
    word_count,
)
from kg.models import Statement
from kg.ns import KG

NAME = "kg.statement.v2"
produces = KG.Statement

_SPEECH_VERB_ALTERNATION = "|".join(
    sorted(
        {
            "said",
            "says",
            "added",
            "adds",
            "explains",
            "explained",
            "continued",
            "insisted",
            "stressed",
            "noted",
            "warned",
            "asked",
            "told",
            "recalled",
            "declared",
            "wrote",
        },
        key=len,
        reverse=True,
    )
)
# ', explains Dmytro Kuleba, the head of diplomacy. ' inside one pair of quotation marks
_EMBEDDED_ATTRIBUTION = re.compile(
    rf",\s+(?:(?:{_SPEECH_VERB_ALTERNATION})\s+[^.,;]{{2,60}}?|[A-Z][^.,;]{{1,40}}?\s+(?:{_SPEECH_VERB_ALTERNATION}))"
    r"(?:,\s+[^.;]{2,60}?)?[.,;]\s+"
)


def extract(doc, article, actors) -> list[Statement]:
    text = doc_text(doc)
    statements: list[Statement] = []
    quotes = [q for q in quotations(text) if word_count(q.text(text)) >= 1]
    long_quotes = [
        (q.begin, q.end) for q in quotes if word_count(q.text(text)) >= lx.QUOTE_DOMINATES_WORDS
    ]
    # a reported clause that is mostly one long quotation is that quotation, quoted directly
    reported = [
        s for s in _reported(doc, article, actors, quotes) if not _mostly_quoted(s, long_quotes)
    ]
    reported_spans = [(s.mention.begin, s.mention.end) for s in reported]
    last_speaker: tuple[int, str] | None = None
    for quote in quotes:
        for piece, attribution in _split_embedded(text, quote):
            words = word_count(text[piece.begin : piece.end])
            if words < lx.MIN_DIRECT_QUOTE_WORDS:
                continue
            if _inside_reported(piece, reported_spans):
                continue
            speaker = None
            if attribution is not None:
                speaker = _speaker_in_range(doc, actors, *attribution)
            if speaker is None:
                speaker = _speaker_for_quote(doc, actors, piece, quotes)
            if (
                speaker is None
                and last_speaker
                and _same_or_next_paragraph(text, last_speaker[0], piece.begin)
            ):
                speaker = last_speaker[1]
            if speaker is None:
                continue
            last_speaker = (piece.end, speaker)
            span = mention(doc, piece.begin, piece.end, NAME)
            statements.append(
                Statement(
                    speaker=actors.use(speaker),
                    content=span.anchor,
                    direct=True,
                    mention=span,
                    medium=_medium(doc, piece.begin, piece.end),
                    date=_date(doc, piece.begin, article),
                )
            )
    statements.extend(reported)
    statements.sort(key=lambda s: (s.mention.begin, s.mention.end))
    return _unique(statements)


def _unique(statements):
    seen, out = set(), []
    for s in statements:
        key = (s.mention.begin, s.mention.end)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _split_embedded(text: str, quote: Quote):
    """A quote interrupted by its attribution inside the same marks gives two pieces."""
    content = text[quote.begin : quote.end]
    match = _EMBEDDED_ATTRIBUTION.search(content)
    if not match or word_count(content[: match.start()]) < 3:
        yield quote, None
        return
    attribution = (quote.begin + match.start(), quote.begin + match.end())
    yield Quote(quote.begin, quote.begin + match.start(), quote.open_mark), attribution
    yield Quote(quote.begin + match.end(), quote.end, quote.open_mark), attribution


def _inside_reported(piece: Quote, reported_spans) -> bool:
    """A quotation inside a reported clause belongs to that clause."""
    return any(begin <= piece.begin and piece.end <= end for begin, end in reported_spans)


def _mostly_quoted(statement: Statement, direct_spans) -> bool:
    begin, end = statement.mention.begin, statement.mention.end
    covered = sum(max(0, min(end, e) - max(begin, b)) for b, e in direct_spans)
    return covered >= 0.5 * (end - begin)


def _same_or_next_paragraph(text: str, previous_end: int, begin: int) -> bool:
    return text.count("\n\n", previous_end, begin) <= 1 and begin - previous_end < 600


def _tokens_outside(doc, begin: int, end: int, quotes):
    """Tokens of the sentences around [begin, end) that are outside every quotation."""
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return []
    first, last = sentence_of(span[0]), sentence_of(span[-1])
    inside = [(q.open_mark, q.end + 1) for q in quotes]
    return [t for t in doc[first.start : last.end] if not any(b <= t.idx < e for b, e in inside)]


def _speaker_for_quote(doc, actors, quote: Quote, quotes) -> str | None:
    outside = _tokens_outside(doc, quote.begin, quote.end, quotes)
    # 1. a speech verb outside the quote with a subject, nearest the quote first
    verbs = [t for t in outside if t.lemma_ in lx.SPEECH_VERBS and t.pos_ in ("VERB", "AUX")]
    verbs.sort(key=lambda t: min(abs(t.idx - quote.begin), abs(t.idx - quote.end)))
    for verb in verbs:
        speaker = _subject_actor(actors, verb)
        if speaker:
            return speaker
    # 2. "according to X"
    for token in outside:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            speaker = _according_to(actors, doc[token.i + 1])
            if speaker:
                return speaker
    # 3. the nearest person named outside the quote in the same sentence(s)
    people = [t for t in outside if t.ent_type_ == "PERSON" and actors.key_at(t)]
    if people:
        people.sort(key=lambda t: min(abs(t.idx - quote.begin), abs(t.idx - quote.end)))
        return actors.key_at(people[0])
    # 4. the subject of the sentence's main verb, when it is an actor
    for token in outside:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
            speaker = actors.resolve(list(token.subtree))
            if speaker:
                return speaker
    return None


def _speaker_in_range(doc, actors, begin: int, end: int) -> str | None:
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return None
    people = [t for t in span if t.ent_type_ == "PERSON" and actors.key_at(t)]
    if people:
        return actors.key_at(people[0])
    words = [t for t in span if not t.is_punct and t.lemma_ not in lx.SPEECH_VERBS]
    return actors.resolve(words) if words else None


def _subject_actor(actors, verb) -> str | None:
    """The actor who is the subject of a verb, following conjunctions and xcomp chains."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if subject.dep_ == "nsubjpass":
                agents = [c for c in node.children if c.dep_ == "agent"]
                if not agents:
                    return None
                subject = next((c for c in agents[0].children if c.dep_ == "pobj"), None)
                if subject is None:
                    return None
            tokens = _subject_tokens(subject)
            return actors.resolve(tokens, before=subject.i + 1)
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head is not node:
            node = node.head
        else:
            return None
    return None


def _subject_tokens(subject):
    # Drop relative clauses and trailing appositions that name other actors.
    drop = set()
    for child in subject.children:
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "appos" and child.i > subject.i + 3):
            drop.update(t.i for t in child.subtree)
    return [t for t in subject.subtree if t.i not in drop]


def _according_to(actors, to_token) -> str | None:
    objects = [c for c in to_token.children if c.dep_ == "pobj"]
    if not objects:
        return None
    return actors.resolve(list(objects[0].subtree), before=objects[0].i + 1)


def _reported(doc, article, actors, quotes) -> list[Statement]:
    text = doc_text(doc)
    quote_ranges = [(q.open_mark, q.end + 1) for q in quotes]
    out = []
    for verb in doc:
        if verb.lemma_ not in lx.SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(b <= verb.idx < e for b, e in quote_ranges):
            continue
        content = _reported_content(verb)
        if content is None:
            continue
        begin, end = content[0].idx, content[-1].idx + len(content[-1])
        if word_count(text[begin:end]) < 3:
            continue
        speaker = _subject_actor(actors, verb)
        if speaker is None:
            continue
        span = mention(doc, begin, end, NAME)
        out.append(
            Statement(
                speaker=actors.use(speaker),
                content=span.anchor,
                direct=False,
                mention=span,
                medium=_medium(doc, begin, end),
                date=_date(doc, begin, article),
            )
        )
    for token in doc:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            statement = _according_to_statement(doc, article, actors, token, quote_ranges)
            if statement and not any(
                s.mention.sentence_index == statement.mention.sentence_index for s in out
            ):
                out.append(statement)
    return out


def _reported_content(verb):
    """The clause a speech verb reports, without 'that' and outer punctuation."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            tokens = list(child.subtree)
            while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
                tokens = tokens[1:]
            while tokens and tokens[-1].is_punct and tokens[-1].text not in ("”", '"', "»", "’"):
                tokens = tokens[:-1]
            if tokens and tokens[0].i > verb.i:
                return tokens
            # "CLAUSE, X said": the clause before the verb is reported too
            if tokens and tokens[-1].i < verb.i:
                return tokens
    if verb.lemma_ in lx.SPEECH_VERBS_WITH_OBJECT:
        for child in verb.children:
            if child.dep_ == "dobj":
                tokens = list(child.subtree)
                if any(t.text in lx.QUOTE_MARKS for t in tokens):
                    return _trim(tokens)
    if verb.lemma_ == "accuse":
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        of = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
        if objects and of:
            tokens = sorted([*objects[0].subtree, *of[0].subtree], key=lambda t: t.i)
            return _trim(tokens)
    return None


def _trim(tokens):
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ("”", '"'):
        tokens = tokens[:-1]
    return tokens or None


def _according_to_statement(doc, article, actors, according, quote_ranges):
    to_token = doc[according.i + 1]
    speaker = _according_to(actors, to_token)
    if speaker is None or any(b <= according.idx < e for b, e in quote_ranges):
        return None
    sentence = sentence_of(according)
    phrase = {t.i for t in according.subtree} | {t.i for t in to_token.subtree} | {according.i}
    tokens = [t for t in sentence if t.i not in phrase]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if len(tokens) < 4:
        return None
    begin, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    span = mention(doc, begin, end, NAME)
    medium = "statement" if any(t.lower_ == "statement" for t in to_token.subtree) else None
    return Statement(
        speaker=actors.use(speaker),
        content=span.anchor,
        direct=False,
        mention=span,
        medium=medium or _medium(doc, begin, end),
        date=_date(doc, begin, article),
    )


def _medium(doc, begin: int, end: int) -> str | None:
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return None
    sentence = sentence_of(span[0])
    outside = (
        doc_text(doc)[sentence.start_char : begin] + " " + doc_text(doc)[end : sentence.end_char]
    ).lower()
    for cue in sorted(lx.MEDIA, key=len, reverse=True):
        if re.search(rf"\b{re.escape(cue)}\b", outside):
            return lx.MEDIA[cue]
    return None


def _date(doc, begin: int, article) -> str | None:
    span = doc.char_span(begin, begin + 1, alignment_mode="expand")
    return sentence_date(sentence_of(span[0]), article.date) if span is not None else None
