"""Names the model tagged as organisations that name no actor: a place, a thing (a weapon
system), a common word a headline capitalised, an outlet.

A fact whose speaker, owner or participant is one of them has no actor the article names
(kg.extract.extract_doc drops it). Only names of no gazetteer entry are judged, by what the
article itself does with them (a one-word 'person' only as a place):

- a one-word name the article also writes in lower case ("the interior ministry" beside
  "Interior said"), or one that only ever opens a sentence and is never read as a proper
  noun ("Videos show ..."): a common word;
- a one-word name right after a preposition of place ("in Xville", "near Ystan") or in
  "the village of X", "in the X prefecture": a place (a city of the place table excepted:
  it may stand for its state, as a capital does);
- a one-word name before or after a portfolio's word ("Home Minister", "the Minister of
  X"): a portfolio, not an actor;
- a one-word name right before a noun of a force or a weapon ("X missiles", "a Y
  squadron", "Z air defence systems"): a thing the forces have, not whose they are;
- a name cut at a hyphen ("Korea-", "Tuareg-led"): a part of a word;
- a name an outlet's words make ("the Daily X", "X Press Agency", "state news agency X").
"""

from __future__ import annotations

import itertools
import re

from kg.extract.actors.places import place_keys
from kg.extract.actors.states import city_country
from kg.extract.common import doc_text
from kg.extract.lexicon import actors as lx
from kg.extract.lexicon import deployment_forces as flx
from kg.gazetteer import fold, gazetteer

# prepositions after which a capitalised word is a place ('in X', 'near X'; 'officers
# from X' may be a body's)
PLACE_PREPOSITIONS = lx.PLACE_PREPOSITIONS
# ... of them, those no person is the object of ('a call from X', 'angry at X')
PERSON_PLACE_PREPOSITIONS = frozenset("in near outside inside around".split())
# nouns whose 'of' opens a place ('the village of X', 'a resident of X')
PLACE_OF_NOUNS = lx.SETTLEMENT_NOUNS | frozenset(
    "province prefecture county state resident residents people governor mayor port ports".split()
)
# nouns after a name that make it a thing forces have ('X missiles', 'Y systems')
EQUIPMENT_NOUNS = frozenset(
    """
    system systems missile missiles launcher launchers complex complexes rocket rockets
    drone drones tank tanks vehicle vehicles howitzer howitzers jet jets helicopter
    helicopters aircraft air
    """.split()
)  # fmt: skip
# ... and, after a name tagged as an organisation (not a group), the units, posts and bases
# it names the kind of ('X brigades', 'a Y squadron', 'the Z garrison'): a group's own
# fighters ('W battalion', 'W forces') are its own, so not after a group's name
UNIT_KIND_NOUNS = EQUIPMENT_NOUNS | frozenset(
    """
    unit units squadron squadrons brigade brigades battalion battalions regiment regiments
    battery batteries garrison base bases
    """.split()
)  # fmt: skip
# capitalised words after a one-word name that make it a portfolio ('Home Minister',
# 'Interior Ministry'), not an actor of its own
PORTFOLIO_NOUNS = frozenset("minister ministry ministers affairs secretary department".split())
# ... and before 'of' ('the Minister of X')
PORTFOLIO_HEADS = frozenset("minister ministry secretary department".split())
# adjectives between a name and the unit it names the kind of ('X military base')
_QUALIFIERS = frozenset("military naval air army missile mobile".split())


def non_actor_keys(records: dict, doc, places: set[str] | None = None) -> set[str]:
    """The keys of the article's records whose name names no actor (module docstring);
    ``places``: their ``place_keys`` when the caller has them."""
    text = doc_text(doc)
    common = _common_words(doc)
    # 'X Barracks', 'the Y residence': a place (kg.extract.actors.places)
    out = set(place_keys(records, doc) if places is None else places)
    for key, record in records.items():
        if record.wikidata or record.type == "Country" or key in out:
            continue
        if record.type == "Person" and " " in record.name:
            continue  # (a person named in full is one; a one-word 'person' may be a place)
        if gazetteer().lookup(record.name) is not None or city_country(record.name):
            continue  # (a city may be a capital the gazetteer leaves out, for its state)
        # (a service's bare name, 'the Army said', is its state's, not a common word)
        common_word = record.type != "Person" and record.name in common
        common_word = common_word and record.name.lower() not in flx.SERVICE_HEADS
        if common_word or not_an_actor(record.name, text, record.type):
            out.add(key)
    return out


def _common_words(doc) -> set[str]:
    """The capitalised words that only ever open a sentence and that the tagger never
    reads as a proper noun ('Videos circulating on social media ...'): common words a
    sentence opened with (an acronym, 'KFOR', or a name written mid-sentence is a name
    whatever the tagger reads)."""
    seen: dict[str, bool] = {}
    for token in doc:
        if token.text[:1].isupper() and token.text[1:].islower() and token.is_alpha:
            opening = token.is_sent_start or token.i == 0 or doc[token.i - 1].is_space
            common = token.pos_ != "PROPN" and opening
            seen[token.text] = seen.get(token.text, True) and common
    return {word for word, common in seen.items() if common}


def not_an_actor(name: str, text: str, kind: str = "Organization") -> bool:
    """Whether a name the model tagged as an organisation names no actor (module
    docstring), judged by the article's text."""
    words = name.split()
    if not words:
        return True
    if name.endswith("-") or re.search(r"-(led|backed|based|run)$", name):
        return True
    if _outlet(words):
        return True
    if len(words) != 1 or not name[:1].isupper() or _acronym(name):
        return False
    if kind == "Person":
        return _place(name, text, person=True)
    lower = re.escape(name.lower())
    if name.lower() not in flx.SERVICE_HEADS and re.search(rf"(?<![\w-]){lower}(?![\w-])", text):
        return True  # 'videos', 'interior': the article's own common word
    return _place(name, text) or _thing(name, text, kind)


def _place(name: str, text: str, person: bool = False) -> bool:
    """Whether the article writes a one-word name as a place ('in X', 'the village of
    X', 'in the X prefecture'; of a one-word 'person', never before a possessive: 'in
    X's view')."""
    word = re.escape(name)
    for found in re.finditer(rf"(?<![\w-]){word}(?![\w-])", text):
        words_before = re.findall(r"[\w’'-]+", text[max(0, found.start() - 60) : found.start()])
        before = [w.lower() for w in words_before[-2:]]
        if person and text[found.end() : found.end() + 2] in ("’s", "'s"):
            continue
        prepositions = PERSON_PLACE_PREPOSITIONS if person else PLACE_PREPOSITIONS
        if before[-1:] and before[-1] in prepositions:
            return True
        if len(before) == 2 and before[1] == "of" and before[0] in PLACE_OF_NOUNS:
            return True
        # 'the ports of X and Y', 'in X and Y': a name coordinated with a place is one
        run = [w.lower() for w in words_before[-4:]]
        coordinated = len(run) == 4 and run[-1] == "and" and words_before[-2][:1].isupper()
        if coordinated and (
            run[1] in prepositions or (run[1] == "of" and run[0] in PLACE_OF_NOUNS)
        ):
            return True
        if len(before) == 2 and before[1] == "of" and before[0] in PORTFOLIO_HEADS:
            return True  # 'the Minister of Interior'
        after = text[found.end() :].split(maxsplit=1)
        if (
            len(before) == 2
            and before[1] == "the"
            and before[0] in PLACE_PREPOSITIONS
            and after
            and after[0].strip(".,;") in PLACE_OF_NOUNS
        ):
            return True  # 'in the X prefecture'
    return False


def _thing(name: str, text: str, kind: str) -> bool:
    """Whether the article writes a one-word name as the kind of a weapon or unit ('X
    missiles', 'a Y military base') or a portfolio ('Z Minister')."""
    word = re.escape(name)
    things = UNIT_KIND_NOUNS if kind == "Organization" else EQUIPMENT_NOUNS
    for found in re.finditer(rf"(?<![\w-]){word}\s+(\w+)(?:\s+(\w+))?", text):
        if found.group(1).lower() in PORTFOLIO_NOUNS:
            return True
        following = [found.group(1), *([found.group(2)] if found.group(2) else [])]
        if following[0] in things or (
            following[0] in _QUALIFIERS and following[1:] and following[1] in things
        ):
            return True  # (lower case: a noun, not a name going on)
    return False


def _outlet(words: list[str]) -> bool:
    """'the Daily X', 'X Press Agency', 'state news agency X': an outlet's name."""
    folded = [fold(w) for w in words]
    if fold(" ".join(words)) in lx.NEWS_OUTLETS:
        return True
    if folded[0] in ("daily", "weekly") and len(words) >= 2:
        return True
    for first, second in itertools.pairwise(folded):
        if first in lx.OUTLET_MODIFIERS and second in lx.OUTLET_AGENCY_NOUNS:
            return True
        if first == "press" and second == "agency":
            return True
    return False


def _acronym(name: str) -> bool:
    """'ISW', 'M23', 'SpaceX'-like: a capital or digit inside a word part makes it a name
    ('Nana-Grebizi' is none)."""
    return any(c.isupper() or c.isdigit() for part in name.split("-") for c in part[1:])
