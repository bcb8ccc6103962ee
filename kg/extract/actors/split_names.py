"""Person names the model split in two: 'Budi Santoso | Wirawan said', a person entity and,
right after it, a person or a people the gazetteer does not know ('A B | C' with C tagged a
nationality) that the parser reads as one phrase.

Invariants: the two entities touch (no word, comma or conjunction between), the first is a
compound of the second's last word (the parser's reading of one name), every word is a
title-cased proper noun and no office or title word, and the whole is at most four words
(a list of names is punctuated or joined by "and"; those are never merged here).
"""

from __future__ import annotations

from kg.extract.lexicon import actors as lx
from kg.gazetteer import gazetteer

# The most words a name made of two entities may have.
_MOST_WORDS = 4


def split_name(first, second) -> bool:
    """Whether a person entity and the entity right after it are one person's name (module
    docstring)."""
    if first.label_ != "PERSON" or second.label_ not in ("PERSON", "NORP"):
        return False
    if second.label_ == "NORP" and (len(second) != 1 or _known_people(second.text)):
        return False
    if second.start != first.end or len(first) + len(second) > _MOST_WORDS:
        return False
    if not first[-1].whitespace_ or first[-1].dep_ != "compound":
        return False
    if first[-1].head.i != second[-1].i:
        return False
    return all(_name_word(t) for t in (*first, *second))


def _name_word(token) -> bool:
    text = token.text
    low = text.lower().rstrip(".")
    return (
        token.pos_ == "PROPN"
        and text[:1].isupper()
        and text.replace("-", "").isalpha()
        and not text.isupper()
        and low not in lx.TITLE_WORDS
        and low not in lx.OFFICE_TITLES
        and low not in lx.NAME_PREFIXES
    )


def _known_people(text: str) -> bool:
    """A nationality or a people the gazetteer knows ("Kenyan", "Houthis")."""
    return gazetteer().country_of_demonym(text) is not None or gazetteer().lookup(text) is not None
