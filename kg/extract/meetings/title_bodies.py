"""Title bodies: an organisation named in a person's title is that person's office, not a
side of the meeting. "Justice and Human Rights Minister X", "the Intelligence Directorate
(DINI) chief X" before the name, or "X, head of the Presidential Council" after it: the
organisation stands in the sentence only to say who X is, so the side is X; where the parse
gave the organisation in X's place, X takes it. A body named anywhere else in the sentence
("talks with X and the Council") stays a side."""

from __future__ import annotations

from kg.extract.lexicon import meeting_sides as rgx

_CLIMB = 8  # title words between a body and the name it titles
_TITLE_WORDS = 3  # title nouns between a body's name and the person's name it is followed by


def _titled_person(actors, token):
    """The person whose title ``token`` stands in, or None."""
    cur = token
    for _ in range(_CLIMB):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in rgx.TITLE_WORD_DEPS | rgx.TITLE_TO_NAME_DEPS:
            return None
        if cur.dep_ == "prep" and cur.lower_ not in rgx.TITLE_BODY_PREPOSITIONS:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return None
        key = actors.key_at(head)
        if head.ent_type_ == "PERSON" and key and actors.records[key].type == "Person":
            if cur.dep_ not in rgx.TITLE_TO_NAME_DEPS:
                return None  # "with X and the Council": a side beside X, not X's title
            if cur.dep_ == "appos" and (cur.ent_type_ or cur.i < head.i):
                return None  # "X, the Council": a name beside X, not a title after it
            if cur.dep_ != "appos" and cur.i > head.i:
                return None
            return key
        if head.ent_type_ == "PERSON":
            return None
        cur = head
    return None


def _mentions(actors, sentence, key) -> list:
    """The tokens of the sentence that name ``key``: those the actor table ties to it, else
    the words of its name where the sentence spells it out ("Justice and Human Rights
    Minister X": a name the table took from inside the title)."""
    tokens = [t for t in sentence if actors.key_at(t) == key]
    if tokens:
        return tokens
    name = actors.records[key].name
    at = sentence.text.find(name) if name else -1
    if at < 0:
        return []
    begin = sentence.start_char + at
    return [t for t in sentence if begin <= t.idx < begin + len(name)]


def _is_body(actors, key, tokens) -> bool:
    """An organisation: by its record's type, or by the parser's label on all its words
    (the record of a name read inside a title may be typed later)."""
    if actors.records[key].type in rgx.TITLE_BODY_TYPES:
        return True
    if actors.records[key].type == "Country":
        return False  # "Kremlin spokesman X", "the Russian minister X": the state is a side
    return bool(tokens) and all(t.ent_type_ in rgx.TITLE_BODY_LABELS for t in tokens)


def _title_owner(actors, sentence, key):
    """The one person every mention of the organisation ``key`` in the sentence titles, or
    None."""
    tokens = _mentions(actors, sentence, key)
    if not tokens or not _is_body(actors, key, tokens):
        return None
    owners = set()
    for token in tokens:
        owner = _titled_person(actors, token)
        if owner is None:
            return _named_next(actors, tokens)
        owners.add(owner)
    return owners.pop() if len(owners) == 1 else None


def _named_next(actors, tokens):
    """The person the words just after the body's name title, where the parse took the body
    for a side of its own ("Defence Minister A and the Intelligence Organization (MIT) chief
    B": the body joined to A): its abbreviation in brackets and title nouns, then the name."""
    ends = sorted({t.i for t in tokens})
    if ends != list(range(ends[0], ends[-1] + 1)):
        return None  # named twice
    doc = tokens[0].doc
    i = ends[-1] + 1
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i : i + 4] if t.text == ")"), None)
        if close is None:
            return None
        i = close + 1
    titles = 0
    while i < len(doc) and titles <= _TITLE_WORDS:
        token = doc[i]
        key = actors.key_at(token)
        if token.ent_type_ == "PERSON" and key and actors.records[key].type == "Person":
            return key if titles else None
        if token.ent_type_ or token.pos_ not in ("NOUN", "PROPN") or token.is_sent_start:
            return None
        titles += 1
        i += 1
    return None


def without_title_bodies(actors, trigger, keys: list[str]) -> list[str]:
    """``keys`` with each organisation named only in a side's title replaced by that side
    (dropped where the side is among them already)."""
    out: list[str] = []
    for key in keys:
        owner = _title_owner(actors, trigger.sent, key)
        if owner is None:
            if key not in out:
                out.append(key)
        elif owner not in keys and owner not in out:
            out.append(owner)
    return out if len(out) >= 2 else keys
