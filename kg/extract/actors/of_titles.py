"""Names after an "of" title: "President of Kenya A B", "Minister of Foreign Affairs of
Peru A B", "Secretary General of the OAS A B", "Chairman of the Council of Ministers of
Serbia A B" -- the formal way state media and official English news name an official.

The model and the parser read these badly: the name is merged into the state or body the
title is of ("of Kenya A B" one noun phrase, "Kenya" a compound of "B"), tagged with it an
organisation, or hung in apposition on the title, while the title alone takes the name's
role in the clause (subject, object of "with", speaker). A pipeline component run after the
entity recogniser rebuilds each such phrase in the shape the parser gives a name with a
title before it ("Chairman of X A B said" with "Chairman" a modifier of "B"): the last word
of the name takes the phrase's role, the title hangs on it, each "of" complement is the
object of its preposition, and the name's words are one Person entity; the state or body
keeps its own entity and is only what the title is of.

Invariants: only a capitalised title word right before "of"; only complements of capitalised
words (with "the", "and"/"&", hyphens and "'s" among them); the name is the last two or
three title-cased words of the last complement, after a state's or body's name that an
entity, the gazetteer, an abbreviation or an organisation word closes (ranks may stand
between: "of X Colonel General A B"), with no office, rank or organisation word, no place's
label and no name the gazetteer knows as other than a person; the phrase must lie in one
sentence and hang on it, and whatever hung on the title from outside moves to the name.
Anything else leaves the document as it was.
"""

from __future__ import annotations

from kg.extract.actors.names import MISREAD_LABELS, known, name_word
from kg.extract.lexicon import actors as lx

# Labels the state or body a title is of may bear.
_BODY_LABELS = frozenset(["GPE", "LOC", "NORP", "ORG", "FAC"])
_LINKS = frozenset(["and", "&"])


def _title(token) -> bool:
    low = token.lower_
    return token.text[:1].isupper() and (low in lx.TITLE_WORDS or low in lx.OFFICE_TITLES)


def _capital(token) -> bool:
    text = token.text
    return text[:1].isupper() and any(c.isalpha() for c in text) and not token.is_punct


def _rank(token) -> bool:
    low = token.lower_.rstrip(".")
    return low in lx.RANK_WORDS or low in lx.RANK_MODIFIERS or _title(token)


def _name_word(token) -> bool:
    """A word of the name after the title: shaped like a person's name word by
    :func:`kg.extract.actors.names.name_word`, and more strictly here a capitalised proper
    noun in the singular, not all capitals, under a label a name may hide in, no rank or
    organisation word and no name the gazetteer knows as other than a person."""
    text = token.text
    low = token.lower_
    return (
        token.pos_ == "PROPN"
        and token.tag_ != "NNPS"  # "Army Public Relations": a plural is no name's word
        and text[:1].isupper()
        and not text.isupper()
        and name_word(text)
        and token.ent_type_ in MISREAD_LABELS
        and low not in lx.RANK_WORDS
        and low not in lx.ORGANISATION_WORDS
        and not known(text)
    )


def _joining_hyphen(token) -> bool:
    """A hyphen joining two parts of one name word, no space around it ("A-B")."""
    doc = token.doc
    return (
        token.text in ("-", "‐")
        and not token.whitespace_
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
    )


def _complements(doc, of: int) -> list[tuple[int, int, int]] | None:
    """The "of" complements from ``of``: (preposition, first word, end) each, a
    complement being "the" and capitalised words ("and" between two)."""
    out = []
    while of < len(doc) and doc[of].lower_ == "of":
        start = of + 1
        end = start + (start < len(doc) and doc[start].lower_ == "the")
        while end < len(doc) and (
            _capital(doc[end])
            or (_joining_hyphen(doc[end]) and end + 1 < len(doc) and _capital(doc[end + 1]))
            or (
                doc[end].lower_ in _LINKS
                and end + 1 < len(doc)
                and _capital(doc[end + 1])
                and not _title(doc[end + 1])  # "A B and President of Y C D": a second title
            )
            or (doc[end].dep_ == "case" and end + 1 < len(doc) and _capital(doc[end + 1]))
        ):
            end += 1
        if end == start or not _capital(doc[end - 1]):
            return None
        out.append((of, start, end))
        of = end
    return out or None


def _body_ends(doc, start: int, end: int) -> list[int]:
    """Where the name of the state or body a complement begins with may end."""
    first = start + (doc[start].lower_ == "the")
    ends = set()
    for ent in doc.ents:
        if ent.label_ in _BODY_LABELS and ent.start <= first < ent.end:
            ends.add(min(ent.end, end))
    for stop in range(first + 1, end + 1):
        last = doc[stop - 1]
        if (
            (last.text.isupper() and len(last.text) > 1)
            or last.lower_ in lx.ORGANISATION_WORDS
            or (last.text[:1].isupper() and last.text[1:2].islower() and last.text[-1].isupper())
            or known(doc[first:stop].text)
        ):
            ends.add(stop)
    return sorted(ends, reverse=True)


def _name_after(doc, start: int, end: int) -> tuple[int, int] | None:
    """(body end, name start) in the last complement: the name is its last two or three
    name words, ranks allowed before them."""
    for body_end in _body_ends(doc, start, end):
        name = body_end
        while name < end and _rank(doc[name]):
            name += 1
        words = doc[name:end]
        parts = [t for t in words if not _joining_hyphen(t)]
        if not 2 <= len(words.text.split()) <= 3 or not all(_name_word(t) for t in parts):
            continue
        if _joining_hyphen(words[0]) or _joining_hyphen(words[-1]):
            continue
        if known(words.text):
            continue
        return body_end, name
    return None


def _phrase(doc, title: int):
    """The parts of an "of" title phrase whose title ends at ``title``, or None."""
    # ("of" first: it fails for almost every word, and costs least)
    if title + 1 >= len(doc) or doc[title + 1].lower_ != "of" or not _title(doc[title]):
        return None
    complements = _complements(doc, title + 1)
    if complements is None:
        return None
    _, start, end = complements[-1]
    if end < len(doc) and doc[end].pos_ == "PROPN" and _capital(doc[end]):
        return None
    found = _name_after(doc, start, end)
    if found is None or {t.lower_ for t in doc[start : found[0]]} <= lx.TITLE_WORDS | {"the"}:
        return None  # "Secretary of State A B": the complement is part of the title
    first = title
    while first > 0 and (_title(doc[first - 1]) or doc[first - 1].text == "-"):
        first -= 1
    return first, complements, found


def _rebuilt(doc, first, title, complements, body_end, name, end, heads, deps) -> bool:
    """Set the heads and labels of the phrase [first, end) in ``heads``/``deps``: the name's
    last word takes the phrase's role. False when nothing outside the phrase holds it, when it
    runs past its sentence or when the rebuilt heads would not reach a root."""
    span = range(first, end)
    outer = [i for i in span if heads[i] not in span or heads[i] == i]
    sent = doc[first].sent
    if not outer or end > sent.end:
        return False
    # the title's role when the parser gave the title one ("met with President of X", the
    # name hung on the clause elsewhere), else the first word's
    root = next((i for i in outer if first <= i <= title), outer[0])
    saved = list(heads), list(deps)
    last = end - 1
    role_head = heads[root] if heads[root] != root else last
    role = deps[root]
    for i in range(first, title):
        heads[i], deps[i] = title, "compound"
    heads[title], deps[title] = last, "nmod"
    previous = title
    for n, (of, start, stop) in enumerate(complements):
        stop = body_end if n == len(complements) - 1 else stop
        heads[of], deps[of] = previous, "prep"
        head = stop - 1
        heads[head], deps[head] = of, "pobj"
        for i in range(start, head):
            word = doc[i].lower_
            dep = "det" if word == "the" else "cc" if word in _LINKS else "compound"
            heads[i], deps[i] = head, dep
            if doc[i].dep_ == "case" and i > start:
                heads[i - 1], deps[i - 1] = head, "poss"  # "the People's Congress"
                heads[i], deps[i] = i - 1, "case"
        previous = head
    for i in range(body_end, last):
        heads[i], deps[i] = last, "punct" if doc[i].is_punct else "compound"
    heads[last], deps[last] = role_head, ("ROOT" if role_head == last else role)
    # what hung on the title outside the phrase is the name's: a determiner before it
    # ("The President of X A B said"), a conjunct or clause after it ("... and President of
    # Y C D", ", who ...")
    for token in sent:
        if (token.i < first or token.i >= end) and heads[token.i] == title:
            heads[token.i] = last
    if _cyclic(heads, range(sent.start, sent.end)):
        heads[:], deps[:] = saved
        return False
    return True


def _cyclic(heads, words) -> bool:
    """Whether some word's chain of heads never reaches a root."""
    for i in words:
        seen = 0
        while heads[i] != i:
            i = heads[i]
            seen += 1
            if seen > len(heads):
                return True
    return False


def titled_of_names(doc):
    """The pipeline component: each name after an "of" title made the phrase's head and a
    Person entity (see the module's docstring)."""
    from spacy.attrs import DEP, HEAD
    from spacy.tokens import Span

    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    people = []
    for token in doc:
        found = _phrase(doc, token.i)
        if found is None:
            continue
        first, complements, (body_end, name) = found
        end = complements[-1][2]
        if any(first <= s < end for s, _ in people):
            continue
        if _rebuilt(doc, first, token.i, complements, body_end, name, end, heads, deps):
            people.append((name, end))
    if not people:
        return doc
    array = doc.to_array([HEAD, DEP])
    for i in range(len(doc)):
        # (a head is stored as its offset, unsigned: a head before its word wraps around)
        array[i, 0] = heads[i] - i & 0xFFFFFFFFFFFFFFFF
        array[i, 1] = doc.vocab.strings.add(deps[i])
    starts = [t.is_sent_start for t in doc]
    doc.from_array([HEAD, DEP], array)
    if [t.is_sent_start for t in doc] != starts:
        for token, start in zip(doc, starts, strict=True):
            token.is_sent_start = start
    ents = []
    for ent in doc.ents:
        cut = next((s for s, e in people if ent.start < e and ent.end > s), None)
        if cut is None:
            ents.append(ent)
        elif ent.start < cut and ent.label_ != "PERSON":
            ents.append(Span(doc, ent.start, cut, label=ent.label_))
    ents += [Span(doc, s, e, label="PERSON") for s, e in people]
    doc.ents = sorted(ents, key=lambda e: e.start)
    doc.user_data.pop("kg_entities", None)
    return doc
