"""Styles of address before a name: 'His Majesty King X', 'Her Royal Highness Princess Y',
'HRH Prince Z', 'His Excellency President W'. The model tags the style with the name
("Majesty King X"), which no reader writes as the person's name; the style is dropped, and
what follows (a title and a name) is read as any titled name is.
Invariants: only a leading run of style words (lexicon actors.STYLE_WORDS, STYLE_HEADS)
holding a head of one ("Majesty", "Highness", "Excellency", "HRH") is dropped, and only
with words left after it; "Royal" alone opens many names ("Royal Navy") and is kept."""

from __future__ import annotations

from kg.extract.lexicon import actors as lx


def without_style(words: list[str]) -> list[str]:
    """The words of a name after a leading style of address ("His Majesty King X" ->
    ["King", "X"]); the words as they are if they open with none."""
    run = 0
    while run < len(words) and _style_word(words[run]):
        run += 1
    if run == len(words) or not any(w.strip(".").lower() in lx.STYLE_HEADS for w in words[:run]):
        return words
    return words[run:]


def _style_word(word: str) -> bool:
    low = word.strip(".").lower()
    return low in lx.STYLE_HEADS or low in lx.STYLE_WORDS


def style_alone(ent) -> bool:
    """'Royal Highness', 'HRH': an entity of style words alone (a person's or a body's
    label), which names no one: the name it leads is tagged apart or not at all."""
    words = [w.strip(".,'’\"“”").lower() for w in ent.text.split()]
    words = [w for w in words if w and w != "the"]
    return (
        bool(words)
        and all(w in lx.STYLE_HEADS or w in lx.STYLE_WORDS for w in words)
        and any(w in lx.STYLE_HEADS for w in words)
    )
