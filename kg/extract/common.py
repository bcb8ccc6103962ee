"""Helpers the extractors share: mentions, quotation spans, dates, clutter."""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass

from kg.extract import lexicon as lx
from kg.models import Mention

_CLUTTER = [re.compile(p, re.IGNORECASE) for p in lx.CLUTTER_PATTERNS]


def mention(doc, begin: int, end: int, extractor: str) -> Mention:
    """A Mention for the character span [begin, end) of the doc's text."""
    text = doc_text(doc)
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    span = doc.char_span(begin, end, alignment_mode="expand")
    sentence = sentence_of(span[0]) if span is not None and len(span) else None
    sentence_index = _sentence_index(doc, sentence.start) if sentence is not None else 0
    return Mention(
        begin=begin,
        end=end,
        anchor=text[begin:end],
        sentence_index=sentence_index,
        sentence=sentence.text if sentence is not None else text[begin:end],
        extractor=extractor,
    )


def doc_text(doc) -> str:
    """The doc's text, computed once (Doc.text joins every token on each access)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def tokens(doc) -> list:
    """The doc's tokens, made once (iterating a Doc makes a new Token object for each)."""
    cached = doc.user_data.get("kg_tokens")
    if cached is None:
        cached = doc.user_data["kg_tokens"] = list(doc)
    return cached


def _spans_once(doc, key: str, spans) -> list:
    """Spans made once per doc, kept under ``key`` with their start indices (under ``key``
    + "_starts") for bisecting."""
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = list(spans())
        doc.user_data[key + "_starts"] = [s.start for s in cached]
    return cached


def sentences(doc) -> list:
    """The doc's sentences, computed once (Doc.sents and Token.sent walk the whole doc)."""
    return _spans_once(doc, "kg_sentences", lambda: doc.sents)


def entities(doc) -> list:
    """The doc's entities, made once (Doc.ents makes a new Span per entity on every access,
    and Span.ents goes through Doc.ents): the pipeline has set them before extraction."""
    return _spans_once(doc, "kg_entities", lambda: doc.ents)


def entities_within(span) -> list:
    """The entities that lie wholly within a span (a sentence), as Span.ents gives them."""
    ents = entities(span.doc)
    first = bisect.bisect_left(span.doc.user_data["kg_entities_starts"], span.start)
    out = []
    for ent in ents[first:]:
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            out.append(ent)
    return out


def entities_before(span):
    """The entities that end before a span starts, nearest first."""
    ents = entities(span.doc)
    cut = bisect.bisect_left(span.doc.user_data["kg_entities_starts"], span.start)
    return (ents[i] for i in range(cut - 1, -1, -1) if ents[i].end <= span.start)


def lemma_positions(doc) -> dict[str, list[int]]:
    """Where each lemma stands in the doc, in order (computed once per doc)."""
    cached = doc.user_data.get("kg_lemma_positions")
    if cached is None:
        cached = doc.user_data["kg_lemma_positions"] = {}
        for token in tokens(doc):
            cached.setdefault(token.lemma_, []).append(token.i)
    return cached


def entity_at(doc, index: int):
    """The entity that holds token ``index``, if any."""
    ents = entities(doc)
    at = bisect.bisect_right(doc.user_data["kg_entities_starts"], index) - 1
    return ents[at] if at >= 0 and ents[at].end > index else None


def _sentence_index(doc, token_index: int) -> int:
    sentences(doc)
    return max(0, bisect.bisect_right(doc.user_data["kg_sentences_starts"], token_index) - 1)


def heads(token, depth: int = 4) -> list:
    """The tokens above ``token`` in the parse, nearest first, at most ``depth`` of them."""
    out, node = [], token
    for _ in range(depth):
        if node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out


def subject_climb(verb, over, steps: int | None = 3):
    """A verb, then each word above it whose subject it may share, nearest first: the next
    is the head of the last while the last hangs on it by a dependency in ``over`` (labels,
    or a test of the token) and is not the root; at most ``steps`` climbs (None: to the
    root). 'X is due to visit Y' over ("xcomp", "acomp"): visit, due, is. A generator: the
    caller stops at the first word whose subject it reads."""
    node = verb
    yield node
    climbed = 0
    while steps is None or climbed < steps:
        if not (over(node) if callable(over) else node.dep_ in over) or node.head.i == node.i:
            return
        node = node.head
        climbed += 1
        yield node


def conjunct_chain(token) -> list:
    """The conjuncts chained after a token, each on the one before ('A, B and C': B and C
    of A)."""
    chain = []
    while True:
        nxt = next((c for c in token.children if c.dep_ == "conj"), None)
        if nxt is None:
            return chain
        chain.append(nxt)
        token = nxt


def objects_of(token, *words: str) -> list:
    """The objects of a preposition, or chain of them, hung on a token: (t, "with") for
    'talks with X', (verb, "according", "to") for 'according to X'."""
    holders = [token]
    for depth, word in enumerate(words):
        holders = [
            c
            for h in holders
            for c in h.children
            if c.lower_ == word and (depth or c.dep_ == "prep")
        ]
    return [o for h in holders for o in h.children if o.dep_ == "pobj"]


def agents_of(verbs, lemmas) -> list:
    """The objects of "by" of each verb, and of a verb coordinated with it, whose lemma is
    one of ``lemmas``: 'talks, held in D and hosted by C', 'the meeting lasted an hour and
    was also attended by C'."""
    verbs = [
        *verbs,
        *(c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"),
    ]
    return [
        obj
        for verb in verbs
        if verb.lemma_ in lemmas
        for agent in verb.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]


def has_particle(verb, particle: str | None) -> bool:
    """'set up', 'reached out': whether a verb carries the particle its phrasal sense needs."""
    return particle is not None and any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    )


def verb_in(verb, verbs, phrasal: dict[str, str]) -> bool:
    """A verb of a table: a lemma of `verbs`, or a lemma of `phrasal` with its particle."""
    return verb.lemma_ in verbs or has_particle(verb, phrasal.get(verb.lemma_))


def entity_span(token) -> tuple[int, int] | None:
    """The (start, end) token indices of the entity a token belongs to, if any."""
    if token.ent_iob_ == "O" or not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def sentence_of(token):
    """The sentence a token stands in, in O(log n)."""
    return sentences(token.doc)[_sentence_index(token.doc, token.i)]


def sentence_start_char(token, back: int) -> int:
    """The first character of the sentence ``back`` sentences before the token's (its own
    for 0), or of the doc's first sentence when there are fewer."""
    every = sentences(token.doc)
    position = every.index(sentence_of(token))
    return every[max(0, position - back)].start_char


def sentences_back_start(token, back: int) -> int:
    """The first token index of the sentence ``back`` sentences before ``token``'s (its own
    for 0), or of the doc's first sentence when there are fewer."""
    start = sentence_of(token).start
    for _ in range(back):
        if start == 0:
            break
        start = sentence_of(token.doc[start - 1]).start
    return start


def in_headline(token) -> bool:
    """Whether a token stands in a headline or caption line (computed once per doc:
    Token.sent walks the doc, so calling it for every token would be quadratic)."""
    doc = token.doc
    tokens = doc.user_data.get("kg_headline_tokens")
    if tokens is None:
        tokens = set()
        for sentence in sentences(doc):
            if is_headline(sentence):
                tokens.update(range(sentence.start, sentence.end))
        doc.user_data["kg_headline_tokens"] = tokens
    return token.i in tokens


def body_tokens(doc) -> tuple:
    """The doc's tokens outside headline and caption lines (``in_headline``), made once:
    the per-token readings of each fact kind walk them again and again (a tuple: the one
    cached sequence, no caller can change it)."""
    cached = doc.user_data.get("kg_body_tokens")
    if cached is None:
        cached = doc.user_data["kg_body_tokens"] = tuple(
            t for t in tokens(doc) if not in_headline(t)
        )
    return cached


def in_headline_line(token) -> bool:
    """Whether a token stands on a headline line the parser merged into the sentence after
    it ("Xi meets Putin\n\nThe Japanese leader's visit ..."), or on a caption credit
    glued to the end of a line ("...mentioned.Credit: Visit Ukraine"): a short piece of
    its line, with no final punctuation, of a sentence that runs on past the line."""
    return token.i in _headline_line_tokens(token.doc)


def _headline_line_tokens(doc) -> set[int]:
    """The tokens in_headline_line holds, found once per doc: only a sentence that runs
    over a line break can hold any (within one line, the line is the whole sentence)."""
    cached = doc.user_data.get("kg_headline_line_tokens")
    if cached is None:
        text = doc_text(doc)
        cached = doc.user_data["kg_headline_line_tokens"] = {
            token.i
            for sentence in sentences(doc)
            if "\n" in text[sentence.start_char : sentence.end_char]
            for token in sentence
            if _on_headline_line(text, sentence, token)
        }
    return cached


def _on_headline_line(text: str, sentence, token) -> bool:
    start = max(text.rfind("\n", 0, token.idx) + 1, sentence.start_char)
    end = text.find("\n", token.idx)
    end = min(len(text) if end < 0 else end, sentence.end_char)
    line = text[start:end].strip()
    if not line or line.endswith(_FINAL_MARKS) or word_count(line) > _HEADLINE_WORDS:
        return False
    return sentence.start_char < start or sentence.end_char > end


# marks that end a sentence, so that a line ending with one is prose, not a headline
_FINAL_MARKS = (".", "”", '"', "!", "?", ":", "»", "“", ";", ",")
_HEADLINE_WORDS = 20


def is_clutter_line(line: str) -> bool:
    stripped = line.strip()
    return any(p.search(stripped) for p in _CLUTTER)


def line_ranges(text: str, wanted) -> list[tuple[int, int]]:
    """Character ranges of the text's lines for which ``wanted(line)`` holds."""
    ranges, offset = [], 0
    for line in text.split("\n"):
        if wanted(line):
            ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ranges


def clutter_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines that are site furniture (breadcrumbs, comment boxes)."""
    return line_ranges(text, is_clutter_line)


def is_headline(sentence) -> bool:
    """A line with no final punctuation standing alone: a headline or a caption."""
    text = sentence.text.strip()
    doc = doc_text(sentence.doc)
    before = doc[max(0, sentence.start_char - 1) : sentence.start_char]
    after = doc[sentence.end_char : sentence.end_char + 1]
    alone = before in ("", "\n") and after in ("", "\n")
    return alone and not text.endswith((".", "”", '"', "!", "?", ":", "»", "“"))


@dataclass(frozen=True)
class Quote:
    begin: int  # first character inside the marks
    end: int
    open_mark: int  # offset of the opening mark

    def text(self, doc_text: str) -> str:
        return doc_text[self.begin : self.end]


def doc_quotations(doc) -> list[Quote]:
    """The quoted spans of a doc's text, found once per doc (actors, statements and
    meetings all read them)."""
    cached = doc.user_data.get("kg_quotations")
    if cached is None:
        cached = doc.user_data["kg_quotations"] = quotations(doc_text(doc))
    return cached


def quotations(text: str) -> list[Quote]:
    """Quoted spans, pairing marks in order within each paragraph: scraped text mixes and
    reverses them (”And“), so direction is not trusted. An unclosed mark runs to the end
    of its paragraph, as news quotes that go on into the next paragraph do."""
    out: list[Quote] = []
    offset = 0
    for paragraph in text.split("\n"):
        marks = [m.start() for m in re.finditer(f"[{lx.QUOTE_MARKS}]", paragraph)]
        if not marks:
            marks = _single_quote_marks(paragraph)
        for i in range(0, len(marks), 2):
            begin = marks[i] + 1
            end = marks[i + 1] if i + 1 < len(marks) else len(paragraph)
            content = paragraph[begin:end]
            if _nickname(paragraph, marks[i], end):
                continue  # 'Jimmy "Barbecue" Cherizier': a name's nickname, no quotation
            stripped_begin = begin + (len(content) - len(content.lstrip()))
            stripped_end = begin + len(content.rstrip())
            if stripped_end > stripped_begin:
                out.append(Quote(offset + stripped_begin, offset + stripped_end, offset + marks[i]))
        offset += len(paragraph) + 1
    return out


# One or two capitalised words between quotation marks, with a capitalised word right
# before and right after: a nickname inside a name ('Mohamed Hamdan "Hemedti" Dagalo').
_NICKNAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w'-]*\s$")
_NICKNAME_AFTER = re.compile(r"^\s[A-Z][\w-]*")
_NICKNAME_WORDS = re.compile(r"^[A-Z][\w-]*(?: [A-Z][\w-]*)?$")


def _nickname(paragraph: str, mark: int, end: int) -> bool:
    return bool(
        end < len(paragraph)
        and _NICKNAME_WORDS.match(paragraph[mark + 1 : end])
        and _NICKNAME_BEFORE.search(paragraph[max(0, mark - 40) : mark])
        and _NICKNAME_AFTER.match(paragraph[end + 1 :])
    )


def _single_quote_marks(paragraph: str) -> list[int]:
    # ‘…’ as quotation marks (British style); a ’ inside a word is an apostrophe.
    marks = []
    for m in re.finditer("[‘’']", paragraph):
        i = m.start()
        before = paragraph[i - 1] if i else " "
        after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
        if ((before.isspace() or before in "(—–-") and after.isalnum()) or (
            (after.isspace() or after in ".,;:!?)") and not before.isspace() and len(marks) % 2
        ):
            marks.append(i)
    return marks if len(marks) >= 2 else []


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


# ---------------------------------------------------------------- dates
def resolve_date(phrase: str, article_date: str | None, future: bool = False) -> str | None:
    """An explicit or relative date phrase as YYYY-MM-DD; None when vaguer or unknown."""
    low = phrase.lower().strip()
    base = datetime.date.fromisoformat(article_date) if article_date else None
    match = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", low)
    if match:
        return match.group(0)
    day_month = re.search(
        r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?(?:,?\s+(\d{4}))?", low
    )
    month_day = re.search(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", low)
    for match, day_group, month_group in ((day_month, 1, 2), (month_day, 2, 1)):
        if match and match.group(month_group) in lx.MONTHS:
            year = int(match.group(3)) if match.group(3) else (base.year if base else None)
            if year is None:
                return None
            try:
                return datetime.date(
                    year, lx.MONTHS[match.group(month_group)], int(match.group(day_group))
                ).isoformat()
            except ValueError:
                return None
    if base is None:
        return None
    for word, delta in lx.RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", low):
            return (base + datetime.timedelta(days=delta)).isoformat()
    for number, weekday in enumerate(lx.WEEKDAYS):
        if re.search(rf"\b{weekday}\b", low):
            if lx.NEXT_WEEKDAY in low:
                future = True
            elif lx.LAST_WEEKDAY in low:
                future = False
            delta = (number - base.weekday()) % 7
            if future:
                return (base + datetime.timedelta(days=delta)).isoformat()
            return (base - datetime.timedelta(days=(base.weekday() - number) % 7)).isoformat()
    return None


def sentence_date(sentence, article_date: str | None, future: bool = False) -> str | None:
    for ent in entities_within(sentence):
        if ent.label_ == "DATE":
            resolved = resolve_date(ent.text, article_date, future)
            if resolved:
                return resolved
    return None
