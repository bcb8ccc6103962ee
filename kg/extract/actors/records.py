"""The actor records of one article, and the one place their keys are made.

Keys are made only in :meth:`ActorRecords._record`, from the one entry the gazetteer gives a
canonical name (kg.gazetteer.Gazetteer.identity): its Wikidata id, else a slug of the name
alone, never of the type a mention suggests. So one name is one key in any store, decided
per mention from the text and the tables, never by a pass over the store or on build order.
Where the mentions of an unlisted name disagree on its type, the stronger reading holds for
the whole article (:data:`TYPE_STRENGTH`).

:class:`ActorRecords` also holds the article's mentions (token, key) in text order, which
the rules of the sibling modules read: each of them is a mixin over this class.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from kg.extract.common import entity_span, sentences
from kg.gazetteer import Entry, fold, gazetteer
from kg.ids import actor_key
from kg.models import Actor

# Entity labels that may name an actor.
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")

# Which reading of an unlisted name wins when mentions disagree: a person over an
# organisation (the model mislabels people's names as ORG more than the reverse), a group
# over an organisation (a cue says what kind of organisation it is).
TYPE_STRENGTH = {"Organization": 0, "Country": 1, "Group": 2, "Person": 3}


@dataclass
class Record:
    """What the article says of one actor."""

    name: str
    type: str
    wikidata: str | None
    country: str | None = None
    aliases: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    named: bool = False  # seen as a name (not only a demonym) in the article
    used: bool = False  # takes part in a fact


class ActorRecords:
    """The records and mentions of one parsed article (filled by ``ArticleActors``)."""

    def __init__(self, doc, quoted: list[tuple[int, int]] = ()):
        self.doc = doc
        # character ranges inside quotation marks: names there are spoken of, not speaking
        self._quoted = sorted(quoted)
        self._subjects: set[int] = set()  # token starts of person mentions that are subjects
        # ... of those, the subjects of a sentence's main clause (not of a clause inside it)
        self._main_subjects: set[int] = set()
        # ... and those of a clause that a speech verb reports ('A said B had lied': B)
        self._reported_subjects: set[int] = set()
        # (token, person) of each 'he' or 'she' that is a main subject, in text order
        self._pronoun_subjects: list[tuple[int, str]] = []
        self._main_pronouns: list | None = None  # made once, by PersonMentions
        self._hearers: set[int] = set()  # ... that are told something by a 'he' or 'she'
        self._genders: dict[str, str] | None = None  # person -> 'm' or 'f' (lazy)
        self.gaz = gazetteer()
        self.records: dict[str, Record] = {}
        self._mention_starts: list[int] = []
        self._mentions: list[tuple[int, str]] = []  # (token index, key), in text order
        self._entity_keys: dict[int, str] = {}  # entity start token -> key
        # entity start token -> the persons a family name in the plural stands for
        self._families: dict[int, list[str]] = {}
        # surname -> (token, full name) of each person named in full, in text order
        self._named_at: dict[str, list[tuple[int, str]]] = {}
        self._full_names: dict[str, str] = {}  # surname (folded) -> full name
        self._who_names: set[str] = set()  # names (folded) a relative 'who' follows
        self._institutions: list[tuple[int, str]] = []  # (token, key) of named ministries
        self._institution_starts: list[int] = []  # their tokens, in the same (sorted) order
        self._places: dict[int, str] = {}  # entity start -> country, of cities named
        self._named_states: set[str] | None = None  # the states the article names (lazy)

    def _record(self, entry: Entry, surface: str, named: bool = True) -> str:
        """The key of an actor (made here only: one name, one key), recorded for the
        article with what this mention adds (an alias, a stronger type)."""
        country = entry.country
        entry = self.gaz.identity(entry.name, entry.type)
        key = actor_key(entry.name, entry.wikidata)
        record = self.records.get(key)
        if record is None:
            record = Record(entry.name, entry.type, entry.wikidata, entry.country or country)
            self.records[key] = record
        elif entry.wikidata is None and TYPE_STRENGTH[entry.type] > TYPE_STRENGTH[record.type]:
            # "Nikki Haley" tagged ORG once and PERSON once; an organisation called a
            # militia further on: the more specific reading holds for the whole article
            record.type = entry.type
        if surface and fold(surface) != fold(entry.name) and named:
            record.aliases.add(surface)
        record.named = record.named or named
        return key

    def key_at(self, token) -> str | None:
        """The actor an entity token belongs to, if any."""
        span = entity_span(token)
        return self._entity_keys.get(span[0]) if span else None

    def family_at(self, token) -> list[str]:
        """The persons a family name in the plural names ('the Obamas'), if the token is one."""
        span = entity_span(token)
        return self._families.get(span[0], []) if span else []

    def in_quote(self, char: int) -> bool:
        """Whether a character offset stands inside quotation marks."""
        return self._in_quote(char)

    def _in_quote(self, char: int) -> bool:
        position = bisect.bisect_right(self._quoted, (char, float("inf"))) - 1
        return position >= 0 and self._quoted[position][0] <= char < self._quoted[position][1]

    def mentions_before(self, index: int) -> list[tuple[int, str]]:
        """The article's mentions (first token, key) before token ``index``, in text order."""
        return self._mentions[: bisect.bisect_left(self._mention_starts, index)]

    def _note_mention(self, index: int, key: str) -> bool:
        """Records a mention of ``key`` at token ``index`` (kept in text order); whether it
        is new."""
        if (index, key) in self._mentions:
            return False
        position = bisect.bisect_left(self._mentions, (index, key))
        self._mentions.insert(position, (index, key))
        self._mention_starts.insert(position, index)
        return True

    def _note_institution(self, index: int, key: str) -> None:
        """Records a state institution named at token ``index`` (kept in text order)."""
        if (index, key) not in self._institutions:
            position = bisect.bisect_left(self._institutions, (index, key))
            self._institutions.insert(position, (index, key))
            self._institution_starts.insert(position, index)

    def institution_before(self, index: int, accept, with_mentions: bool = False) -> str | None:
        """The key of the last state institution named before token ``index`` that
        ``accept(key)`` takes; ``with_mentions``: of any actor mentioned before it as well."""
        found = self._institutions[: bisect.bisect_left(self._institution_starts, index)]
        if with_mentions:
            found = sorted([*self.mentions_before(index), *found])
        return next((key for _, key in reversed(found) if accept(key)), None)

    def _mentions_back(self, index: int, sentences_back: int, narrated: bool = False):
        """The mentions before token ``index`` and within ``sentences_back`` sentences of
        it, nearest first, as (first token, key)."""
        window_start = self._sentence_start_before(index, sentences_back, narrated)
        for start, key in reversed(self._mentions):
            if start >= index:
                continue
            if start < window_start:
                return
            yield start, key

    def _sentence_start_before(
        self, index: int, sentences_back: int, narrated: bool = False
    ) -> int:
        """The start of the sentence ``sentences_back`` before the one of token ``index``;
        ``narrated``: counting only the sentences that open outside quotation marks (a long
        quotation is one turn of the text, however many sentences it holds)."""
        spans = sentences(self.doc)
        starts = [s.start for s in spans]
        position = bisect.bisect_right(starts, index) - 1
        if not narrated:
            return starts[max(0, position - sentences_back)] if starts else 0
        while position > 0 and sentences_back > 0:
            position -= 1
            opening = next((t for t in spans[position] if not (t.is_punct or t.is_space)), None)
            if opening is None or not self._in_quote(opening.idx):
                sentences_back -= 1
        return starts[max(0, position)] if starts else 0

    def use(self, key: str) -> str:
        self.records[key].used = True
        return key

    def actors(self) -> dict[str, Actor]:
        """Actors named in the article or taking part in a fact, by key."""
        out = {}
        for key, record in sorted(self.records.items()):
            if not (record.named or record.used):
                continue
            out[key] = Actor(
                key=key,
                name=record.name,
                type=record.type,
                aliases=tuple(sorted(record.aliases)),
                titles=tuple(sorted(record.titles)),
                wikidata=record.wikidata,
            )
        return out
