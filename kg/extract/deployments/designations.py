"""Designated kit: arms and aircraft nouns that are a force when a model's designation
qualifies them ("two S-400 launchers near X", "Tor-M2 systems at Y", "two Il-76
transports landed at Z"), as the air-defence words do ("air-defence systems"), and aircraft
named in the plural by their type's name ("four Rafales landed at X"); the
designation names the kit, never its owner (``actors.non_actors``: a name before a noun of
a weapon is a thing).

Invariant: a designation is one word of letters and digits joined by a hyphen, with a
digit ("S-400", "Pantsir-S1", "Il-76"), modifying the noun; a type's name is a plural
capitalised word of ``AIRCRAFT_NAMES`` with an "s" ("Gripens"; "typhoons" are storms), where
the capital is the writer's and not the sentence's (a sentence's first word is capitalised
whatever it is: there only a name of ``AIRCRAFT_ONLY_NAMES``, no common word, counts); a
plain name ("Patriot") is the lexicon's (``QUALIFIED_FORCE_NOUNS``), and a number alone ("400
systems") is a size.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import deployment_forces as flx

# nouns of kit that a designation makes a force (a system, a launcher, a transport plane)
DESIGNATED_KIT_NOUNS = frozenset(
    "system systems launcher launchers battery batteries transport transports".split()
)
_DESIGNATION = re.compile(r"^[A-Za-z]+(?:-[A-Za-z0-9]+)+$")


def named_aircraft(token) -> bool:
    """'Eurofighters', 'Rafales', 'Gripens': aircraft named in the plural by their type's
    name (capitalised: 'typhoons' are storms; 'Typhoons' first in a sentence may be too)."""
    if not (token.text[:1].isupper() and token.lower_.endswith("s")):
        return False
    name = token.lower_[:-1]
    if token.is_sent_start and name not in flx.AIRCRAFT_ONLY_NAMES:
        return False  # "Typhoons battered the coast", "Eagles nest in X"
    return name in flx.AIRCRAFT_NAMES and token.tag_ in ("NNS", "NNPS")


def designated_kit(token) -> bool:
    """Whether a kit noun is qualified by a model's designation ('S-400 launchers'), or
    aircraft are named by their type ('Rafales')."""
    if named_aircraft(token):
        return True
    if token.lower_ not in DESIGNATED_KIT_NOUNS:
        return False
    return any(
        c.dep_ in ("compound", "amod", "nmod") and designation(c.text) for c in token.children
    )


def designation(text: str) -> bool:
    """'S-400', 'Pantsir-S1', 'Il-76', 'Tor-M2': letters, a hyphen, and a digit after it."""
    if not _DESIGNATION.match(text):
        return False
    return any(ch.isdigit() for ch in text.partition("-")[2])
