"""Names of places the model tagged as an organisation or a person, out of the actor slots
(speaker, owner, participant): a venue, a barracks or a mountain town by its own words ('Kora
Barracks', 'Mt Kilima', 'Fort X'), a name the article writes before a venue's noun ('the X
residence', 'the Y resort'), and a unit's town of origin ('battalions from X in Y', a region: a
name after 'from' placed in another place).

Invariant: judged from the name's own words and the article's text alone, for names of no
gazetteer entry (non_actors checks that first); a name here never names an actor. A force
whose owner was read as such a place ('two squads from Mt X were sent') is the forces of the
state the text is about (GUIDELINES: the owner is the state), else no deployment."""

from __future__ import annotations

import dataclasses
import re

from kg.extract.common import doc_text
from kg.gazetteer import gazetteer

# Last words of a place's own name ('Kora Barracks'; 'Camp X' is first-word below)
PLACE_NAME_HEADS = frozenset(
    """
    barracks cantonment airport airbase aerodrome port harbour harbor residence palace hotel
    resort stadium camp
    """.split()
)  # fmt: skip
# First words of a place's own name ('Mt Kilima', 'Mount X', 'Fort Y', 'Camp Z', 'Lake W')
PLACE_NAME_LEADS = frozenset("mt mt. mount fort camp lake cape".split())
# Lower-case nouns after a name that make it a venue ('the X residence', 'at Y resort')
VENUE_NOUNS = frozenset(
    "residence palace hotel resort barracks estate villa dacha compound stadium".split()
)


def place_name(name: str, text: str) -> bool:
    """Whether a name the model took for an actor is a place (see the module docstring)."""
    words = name.split()
    if not words:
        return False
    if len(words) >= 2 and (
        words[-1].lower() in PLACE_NAME_HEADS or words[0].lower() in PLACE_NAME_LEADS
    ):
        return True
    return any(_venue_or_origin(text, start, start + len(name)) for start in _starts(name, text))


# (plain string search and these two patterns, not a pattern per name: names are many)
_VENUE_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(VENUE_NOUNS))})\b")
_ORIGIN_AFTER = re.compile(r"\s+in\s+[A-Z]")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")


def _starts(name: str, text: str):
    """Where ``name`` stands in ``text`` with no word character or hyphen before it."""
    start = text.find(name)
    while start != -1:
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-"):
            yield start
        start = text.find(name, start + 1)


def _venue_or_origin(text: str, start: int, end: int) -> bool:
    """'the X residence' (lower case: a noun, not a name going on), or 'the 12th Battalion
    from X in Y' (a unit's town of origin), for the name at text[start:end]."""
    if _VENUE_AFTER.match(text, end):
        return True
    return bool(
        _ORIGIN_AFTER.match(text, end) and _FROM_BEFORE.search(text[max(0, start - 12) : start])
    )


def owner_for_place(actors, doc, fact, places: set[str]):
    """A deployment whose owner is a place (``places``: their keys) with the state the text
    is about before it as owner; the fact unchanged if its owner is no such place; None if
    no state is known."""
    owner = getattr(fact, "actor", None)
    if owner not in places or not hasattr(fact, "force"):
        return fact
    token = next((t for t in doc if t.idx >= fact.mention.begin), None)
    state = actors.state_written_about(token.i) if token is not None else None
    return dataclasses.replace(fact, actor=state) if state else None


def place_keys(records: dict, doc) -> set[str]:
    """The keys of the records whose name is a place's (module docstring)."""
    text = doc_text(doc)
    return {
        key
        for key, record in records.items()
        if not record.wikidata
        and record.type != "Country"
        and place_name(record.name, text)
        and gazetteer().lookup(record.name) is None
    }
