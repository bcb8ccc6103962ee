"""Headings: an article's title, its section heads and the headlines of related stories set
in its text. A statement in one restates (or trails) what the text says; GUIDELINES take
statements from the text, so none is taken from a heading line. A heading is told by its
line's form alone (lexicon ``HEADING_MARKS``, ``CROSSHEAD_DASHES``,
``CAPITALS_HEADLINE_LETTERS``): a markdown title or head, a crosshead framed by dashes, a
headline set in capitals."""

from __future__ import annotations

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


def heading_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges of the text's heading lines."""
    ranges, offset = [], 0
    for line in text.split("\n"):
        if heading_line(line):
            ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ranges


def outside_headings(statements, text: str) -> list:
    """The statements that do not start on a heading line."""
    ranges = heading_ranges(text)
    return [s for s in statements if not any(b <= s.mention.begin < e for b, e in ranges)]
