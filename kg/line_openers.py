"""Line openers: a wire story's dateline ("CITY, 3 May (Agency) – ...", "CITY (Agency) -
...") and a live blog's timestamp ("10:42 GMT — ...") open a line before its first
sentence. Left in it, the parser takes the city or the clock for the sentence's subject (the
city then speaks, or nobody does: a city in capitals is no name to the model). The words
after the opener's dash start a sentence of their own, set before the parser runs; the
opener is told by its form alone (capitals, a date, an agency in brackets, a clock), with
the lexicon's dashes and time zones (``OPENER_DASHES``, ``TIME_ZONES``)."""

from __future__ import annotations

import re

from kg.extract.lexicon import common as lx

_DASH = "|".join(re.escape(d) for d in sorted(lx.OPENER_DASHES, key=len, reverse=True))
# a clock ("10:42", "9.05am", "14:03 GMT"), and its dash or colon
_TIMESTAMP = re.compile(
    r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?))?(?:[ \t]+(?P<zone>[A-Za-z]{2,5}))?"
    rf"[ \t]*(?:{_DASH}|:)[ \t]+"
)
# a city in capitals of at most four words ("ADDIS ABABA", "PORT-AU-PRINCE", "N'DJAMENA"),
# then a date or a country after commas, then the agency in brackets, then the dash
_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){0,3}"
    r"(?:,[ \t]*[A-Za-z0-9 .]+?)*"
    r"(?:[ \t]*\([A-Za-z .&-]+\))?"
    rf"[ \t]+(?:{_DASH})[ \t]+"
)


def opener_ends(text: str) -> list[int]:
    """The offsets where a line's first sentence starts after its dateline or timestamp
    (a sentence starts with a capital, a figure or a quotation mark: 'NATO - the alliance
    ...' is an aside)."""
    ends = []
    start = 0
    for line in text.split("\n"):
        found = _opener(line)
        # (a headline in capitals with a dash in it is no dateline: its words run on in
        # capitals after the dash)
        rest = line[found:] if found is not None else ""
        if rest and _sentence_start(rest[0]) and any(c.islower() for c in rest):
            ends.append(start + found)
        start += len(line) + 1
    return ends


def _sentence_start(char: str) -> bool:
    return char.isupper() or char.isdigit() or char in lx.QUOTE_MARKS + lx.SINGLE_QUOTE_MARKS


def _opener(line: str) -> int | None:
    timestamp = _TIMESTAMP.match(line)
    if timestamp is not None:
        zone = timestamp.group("zone")
        if zone is None or zone.lower() in lx.TIME_ZONES:
            return timestamp.end()
    dateline = _DATELINE.match(line)
    if dateline is None or dateline.end() > lx.DATELINE_MAX_CHARS:
        return None
    city = line[: dateline.end()].split(",")[0].split("(")[0].strip()
    # the city's letters are all capitals, and more than an initial ("A -")
    letters = [c for c in city if c.isalpha()]
    if len(letters) < 3 or any(c.islower() for c in letters):
        return None
    return dateline.end()


def opener_starts(doc):
    """Pipeline component: a sentence starts at the first word after each line opener, and
    runs on to its first full stop (given that start, the parser may otherwise cut the
    subject off its verb: 'HANOI, May 3 - China | sent 14 warships ...')."""
    ends = set(opener_ends(doc.text))
    if not ends:
        return doc
    for token in doc[1:]:
        if token.idx in ends:
            token.is_sent_start = True
            _one_sentence_after(doc, token)
    return doc


def _one_sentence_after(doc, start) -> None:
    for token in doc[start.i + 1 :]:
        before = doc[token.i - 1]
        if before.text in lx.SENTENCE_ENDS or "\n" in before.text or "\n" in token.text:
            return
        token.is_sent_start = False


def clock_zone(ent) -> bool:
    """Whether an entity is the time zone of a clock ("10:42 GMT", "9.05am EST"): a
    timestamp's word, never an actor."""
    if len(ent) != 1 or ent.text.lower() not in lx.TIME_ZONES or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return bool(_CLOCK.fullmatch(before.text)) or before.lower_ in ("am", "pm", "a.m.", "p.m.")


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?")
