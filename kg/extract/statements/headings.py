"""Headings: an article's title, its section heads and the headlines of related stories set
in its text. A statement in one restates (or trails) what the text says; GUIDELINES take
statements from the text, so none is taken from a heading line. A heading is told by its
line's form (lexicon ``HEADING_MARKS``, ``CROSSHEAD_DASHES``,
``CAPITALS_HEADLINE_LETTERS``): a markdown title or head, a crosshead framed by dashes, a
headline set in capitals; and by the lines before it (``HEADLINE_MAX_WORDS``): a short line
that ends no sentence, first in the text or after another such line (a title and its
standfirst, a 'Read more' list, a live blog's time and entry title)."""

from __future__ import annotations

import re

from kg.extract.common import line_ranges
from kg.extract.lexicon import statements as lxs

_INNER_STOP = re.compile(r"[.!?][”’\"']?\s+[A-Z]")


def heading_line(line: str) -> bool:
    """Whether a line of the text, as printed, is a heading."""
    stripped = line.strip()
    if not stripped:
        return False
    if stripped.startswith(lxs.HEADING_MARKS):
        return True
    if (
        len(stripped) > 2
        and stripped.startswith(lxs.CROSSHEAD_DASHES)
        and stripped.endswith(lxs.CROSSHEAD_DASHES)
    ):
        return True
    letters = [c for c in stripped if c.isalpha()]
    return len(letters) >= lxs.CAPITALS_HEADLINE_LETTERS and not any(c.islower() for c in letters)


def outside_headings(statements, text: str) -> list:
    """The statements that do not start on a heading line."""
    ranges = line_ranges(text, heading_line) + headline_run_ranges(text)
    return [s for s in statements if not any(b <= s.mention.begin < e for b, e in ranges)]


def headline_run_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the short lines that end no sentence and open the text or follow
    another such line, above a sentence of the text: 'Army chief vows to fight on' under
    'Read more', 'Envoy leaves: ‘...’' under a live blog's '6:41 pm', a standfirst under
    its title."""
    ranges, offset, previous, body = [], 0, None, 0
    for line in text.split("\n"):
        if line.strip():
            short = _unstopped_short(line)
            if short and (previous is None or previous):
                ranges.append((offset, offset + len(line)))
            previous = short
            if not short:
                body = offset
        offset += len(line) + 1
    # (a heading stands over a text: lines after the last sentence of the text are kept)
    return [(b, e) for b, e in ranges if b < body]


def _unstopped_short(line: str) -> bool:
    """A line of one sentence at most, of few words, that ends with no stop."""
    stripped = line.strip()
    bare = stripped.rstrip("”’\"')]").rstrip()
    return (
        len(stripped.split()) <= lxs.HEADLINE_MAX_WORDS
        and not bare.endswith(lxs.LINE_STOPS)
        and not _INNER_STOP.search(stripped)
    )
