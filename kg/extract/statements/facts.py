"""The statement fact: the extractor's versioned name, and the statements of one span
(one per speaker), with the medium and date of its sentence."""

from __future__ import annotations

import functools
import re

from kg.extract import lexicon as lx
from kg.extract.common import (
    doc_text,
    mention,
    sentence_date,
    sentence_of,
)
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.outlets import outlet_name
from kg.models import Statement

NAME = "kg.statement.v47"


def statements_of(doc, article, actors, speakers, begin: int, end: int, direct: bool):
    """One Statement per speaker of the span [begin, end): "Both A and B said ..." is two
    statements (a report's IRI names its speaker, so two speakers of one span are two
    reports)."""
    # a news outlet is a statement's medium, never its speaker (GUIDELINES)
    speakers = [k for k in speakers if not outlet_name(actors.records[k].name)]
    span = mention(doc, begin, end, NAME)
    medium, date = medium_of(doc, begin, end), statement_date(doc, begin, article)
    return [
        Statement(
            speaker=actors.use(speaker),
            content=span.anchor,
            direct=direct,
            mention=span,
            medium=medium,
            date=date,
        )
        for speaker in speakers
    ]


def unique(statements):
    seen, out = set(), []
    for s in statements:
        key = (s.mention.begin, s.mention.end, s.speaker)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def unrepeated(statements, text: str) -> list:
    """The statements without a long quotation printed again word for word by the same
    speaker (a pull quote set in the page, a lede's teaser): the first print stands."""
    seen, out = set(), []
    for s in statements:
        words = tuple(re.findall(r"\w+", text[s.mention.begin : s.mention.end].lower()))
        key = (s.speaker, words)
        if s.direct and len(words) >= lxs.REPEATED_QUOTE_WORDS:
            if key in seen:
                continue
            seen.add(key)
        out.append(s)
    return out


def medium_of(doc, begin: int, end: int) -> str | None:
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return None
    sentence = sentence_of(span[0])
    outside = (
        doc_text(doc)[sentence.start_char : begin] + " " + doc_text(doc)[end : sentence.end_char]
    ).lower()
    found = {match.group(1) for match in _media_cues().finditer(outside)}
    # the longest cue named wins ("associated press" over "interview", "press conference" over
    # "statement"), as the channel most precisely stated
    for cue in _media_by_length():
        if cue in found:
            return lx.MEDIA[cue]
    return None


@functools.cache
def _media_by_length() -> tuple[str, ...]:
    return tuple(sorted(lx.MEDIA, key=len, reverse=True))


@functools.cache
def _media_cues() -> re.Pattern:
    """Every media cue that starts at a word boundary, in one pass: the lookahead tries the
    longer cues first at each position and lets the scan go on to the next one."""
    cues = "|".join(re.escape(cue) for cue in _media_by_length())
    return re.compile(rf"\b(?=({cues})\b)")


def statement_date(doc, begin: int, article) -> str | None:
    span = doc.char_span(begin, begin + 1, alignment_mode="expand")
    return sentence_date(sentence_of(span[0]), article.date) if span is not None else None
