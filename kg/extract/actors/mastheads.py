"""The news outlets an article shows itself to come from or to quote, told mostly by the
article's structure rather than by a list of names (GUIDELINES: an outlet is only a statement's
medium, never a speaker, owner or participant):

- a masthead: a short name alone on a line of the article's head, next to the line of its
  date or time ("X" over "17 November 2023, 18:30"), or one part of a line split by bars
  with a date ("X | Sunday 20 March 2022 | Read 812 times"; not the author's "By A B"; not
  a line with a verb, a headline: "A Resigns");
- a wire dateline: "CITY, 3 Feb 2022 (X) -" opening a paragraph, and the closing "X/End";
- a newsroom's credit: "sources contacted by X" (a participle with no auxiliary: not "A
  was contacted by B"), "information gathered by X", "Subscribe
  to X on Y", "Follow X via Y" (not "X's reporters": an outlet an article is about, one
  that acts, is written so too);
- a word list, not the structure: an outlet's word opening or closing the name ("Daily X",
  "Radio X", "X TV": the lexicon's OUTLET_FIRST_WORDS and OUTLET_LAST_WORDS; the last
  words of a newspaper's name are told by kg.extract.statements.outlets).

The writer a byline names ("By A B | X | 31 August 2023") is no actor either.

The model often tags such a name a person ("told X"), so that "he said" a paragraph on, or
"the officer", would be resolved to it: ArticleActors keys no actor for one
(:func:`outlet_or_writer_of_article`), and the statement stays its speaker's.
"""

from __future__ import annotations

import re

from kg.extract.actors.states import city_country
from kg.extract.common import doc_text
from kg.extract.lexicon import actors as lx
from kg.extract.lexicon.common import MONTHS, WEEKDAYS
from kg.gazetteer import fold, gazetteer

_NAME = r"[A-Z][\w&.'’-]*(?:[ ]+[A-Z][\w&.'’-]*){0,3}"
# ('sources contacted by X', 'when contacted by X': a participle with no auxiliary, which
# :func:`_auxiliary_free` checks on the parse; "A was contacted by B" is B's act)
_CONTACTED = re.compile(rf"\b([Cc]ontacted) by ({_NAME})")
_CREDITS = [
    re.compile(rf"\b(?:gathered|obtained) by ({_NAME})"),
    re.compile(rf"\b(?:Subscribe to|Follow) ({_NAME}) (?:on|via)\b"),
    re.compile(rf"^\s*({_NAME})\s*/\s*(?:End|END|end)\b", re.M),
    # 'BISSAU, 03 Feb 2022 (X) -': a wire's dateline opening a paragraph
    re.compile(rf"^[^.\n(]{{0,60}}\d[^.\n(]{{0,20}}\(({_NAME})\)\s*[-–—]", re.M),
]
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_HEAD_LINES = 14  # the lines of an article's head a masthead may stand on
_DATE_LINE_WORDS = 10  # the most words of a line that gives a date (with bars, any)


def _dated(line: str) -> bool:
    """Whether a short line gives a date or a time ('17 November 2023, 18:30', 'Sunday')."""
    if line.startswith("date ") or len(line.split()) > _DATE_LINE_WORDS:
        return False  # (the corpus's own metadata line; a sentence)
    words = {w.lower().strip(".,") for w in line.split()}
    return bool(words & _DATE_WORDS and re.search(r"\d", line)) or bool(
        re.search(r"\b\d{1,2}:\d{2}\b", line)
    )


def _name_shaped(part: str) -> bool:
    words = part.split()
    return (
        1 <= len(words) <= 4
        and not re.search(r"[/:,;]", part)  # ('X/Y:': a dateline's places)
        and all(w[:1].isupper() for w in words)
        and not re.search(r"\d", part)
        and not {w.lower().strip(".,") for w in words} & _DATE_WORDS
    )


def _head_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()][:_HEAD_LINES]


def _masthead_names(text: str) -> set[str]:
    lines = _head_lines(text)
    out = set()
    for n, line in enumerate(lines):
        if "|" in line and _dated(" ".join(line.split()[:_DATE_LINE_WORDS])):
            for part in (p.strip() for p in line.split("|")):
                if _name_shaped(part) and not part.startswith("By "):
                    out.add(part)
            continue
        neighbours = lines[max(0, n - 1) : n] + lines[n + 1 : n + 2]
        if _name_shaped(line) and not line.startswith("By ") and any(map(_dated, neighbours)):
            out.add(line)
    return out


def article_outlets(doc) -> frozenset[str]:
    """The folded names the article shows to be news outlets (module docstring)."""
    cached = doc.user_data.get("kg_outlets")
    if cached is not None:
        return cached
    text = doc_text(doc)
    names = {line for line in _masthead_names(text) if not _holds_verb(doc, text, line)}
    for pattern in _CREDITS:
        # ('contacted by X. A source said': the name ends with its sentence)
        names.update(found.group(1).split(". ")[0] for found in pattern.finditer(text))
    names.update(
        found.group(2).split(". ")[0]
        for found in _CONTACTED.finditer(text)
        if _auxiliary_free(doc, found.start(1))
    )
    known = gazetteer()
    outlets = frozenset(
        folded
        for name in names
        if (folded := fold(name)) not in ("the", "")
        and (known.lookup(name) is None or folded in lx.NEWS_OUTLETS)
    )
    doc.user_data["kg_outlets"] = outlets
    return outlets


def _holds_verb(doc, text: str, line: str) -> bool:
    """Whether a masthead-shaped line of the head holds a verb ('A Resigns' over the date
    line is a headline, not an outlet's name); a line split by bars is left alone. The
    model tags every capitalised word of a title-case line a proper noun, so the line is
    tagged again in sentence case ('A resigns')."""
    if "|" in line:
        return False
    begin = text.find(line)
    span = doc.char_span(begin, begin + len(line), alignment_mode="expand") if begin >= 0 else None
    if span is not None and any(t.pos_ in ("VERB", "AUX") for t in span):
        return True
    from kg.nlp import load_pipeline  # (the pipeline is loaded once per process)

    words = line.split()
    retagged = load_pipeline()(" ".join([words[0], *(w.lower() for w in words[1:])]))
    # an inflected verb ('resigns', 'quits'): a word the model cannot tell guesses a verb
    # with itself for lemma ('tarvo'); an outlet's word ('Times') is none
    return any(
        t.pos_ in ("VERB", "AUX")
        and t.lemma_.lower() != t.lower_
        and t.lower_ not in lx.OUTLET_NAME_WORDS | lx.OUTLET_LAST_WORDS
        for t in retagged
    )


def _auxiliary_free(doc, char: int) -> bool:
    """Whether the participle at a character offset has no auxiliary ('sources contacted
    by X', 'Contacted by X, the ministry ...'; not 'A was contacted by B')."""
    span = doc.char_span(char, char + len("contacted"), alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span[0]
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def article_authors(doc) -> frozenset[str]:
    """The folded names of the article's authors, as its byline in the head gives them
    ('By A B | X | 31 August 2023', 'By A B and C D'): a writer, no actor of the story."""
    cached = doc.user_data.get("kg_authors")
    if cached is not None:
        return cached
    names = set()
    for line in _head_lines(doc_text(doc)):
        for part in (p.strip() for p in line.split("|")):
            if part.startswith("By ") and len(part.split()) <= 9:
                for name in re.split(r",\s*|\s+and\s+", part[3:]):
                    if 2 <= len(name.split()) <= 4 and _name_shaped(name):
                        names.add(fold(name))
    doc.user_data["kg_authors"] = authors = frozenset(names)
    return authors


def outlet_or_writer_of_article(name: str, doc) -> bool:
    """Whether a name is a news outlet's or the article's writer's (no actor either): an
    outlet the article shows to be (the name itself, or the first words of it or of a
    longer outlet's name: 'X' beside 'X International'), one an outlet's word opens or
    closes ('Radio X', 'Daily X', 'X TV': lexicon's OUTLET_FIRST_WORDS and
    OUTLET_LAST_WORDS), or an author the byline names."""
    folded = fold(name)
    words = folded.split()
    if not words:
        return False
    if folded in article_authors(doc):
        return True  # (the byline's writer: no actor either)
    if len(words) >= 2 and (words[0] in lx.OUTLET_FIRST_WORDS or words[-1] in lx.OUTLET_LAST_WORDS):
        return True
    known = gazetteer()
    for outlet in article_outlets(doc):
        if folded == outlet:
            return True
        shorter, longer = sorted((folded, outlet), key=len)
        if (
            longer.startswith(shorter + " ")
            and known.lookup(shorter) is None
            and not city_country(shorter)  # ('X' beside 'X Online', X a capital)
        ):
            return True
    return False
