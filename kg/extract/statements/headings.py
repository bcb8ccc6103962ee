"""Headings: an article's title, its section heads and the headlines of related stories set
in its text. A statement in one restates (or trails) what the text says; GUIDELINES take
statements from the text, so none is taken from a heading line. A heading is told by its
line's form alone (lexicon ``HEADING_MARKS``, ``CROSSHEAD_DASHES``,
``CAPITALS_HEADLINE_LETTERS``): a markdown title or head, a crosshead framed by dashes, a
headline set in capitals."""

from __future__ import annotations

from kg.extract.common import line_ranges
from kg.extract.lexicon import statements as lxs


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
    ranges = line_ranges(text, heading_line)
    return [s for s in statements if not any(b <= s.mention.begin < e for b, e in ranges)]
