"""Facts as plain frozen dataclasses. Only kg.rdf turns them into triples (with the
properties each kind declares in kg.kinds)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    """One article: its stored (NFC) text and where it came from."""

    id: str  # content hash of the normalised text: the same text twice is one article
    name: str  # what people call it: file stem, JSONL id, or FILE:LINE
    text: str
    source: str  # the path (and line) it was read from
    date: str | None = None  # YYYY-MM-DD
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Mention:
    """Where a fact was read: character offsets (code points) into the article's text."""

    begin: int
    end: int
    anchor: str
    sentence_index: int
    sentence: str
    extractor: str  # e.g. "kg.statement.v2"


@dataclass(frozen=True)
class Actor:
    key: str  # stable across articles: a Wikidata id, or a slug of the canonical name
    name: str
    type: str  # Person | Organization | Country | Group
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True)
class Statement:
    speaker: str  # Actor.key
    content: str
    direct: bool
    mention: Mention
    medium: str | None = None
    addressee: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class MilitaryDeployment:
    actor: str
    force: str
    modality: str
    mention: Mention
    size: int | None = None
    size_text: str | None = None
    location: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Meeting:
    participants: tuple[str, ...]
    mode: str
    status: str
    mention: Mention
    date: str | None = None


class ArticleFacts:
    """Everything extracted from one article: its actors, and its facts by kind, under each
    kind's ``field`` (kg.kinds): ``facts.statements``, ``facts.meetings``, ... A registered
    kind the article has no facts of has an empty list."""

    def __init__(self, article: Article, actors: dict[str, Actor] | None = None, **found):
        self.article = article
        self.actors: dict[str, Actor] = dict(actors or {})
        self.found: dict[str, list] = {name: list(facts) for name, facts in found.items()}

    def __getattr__(self, name: str) -> list:
        found = self.__dict__.get("found")
        if found is None or name.startswith("_"):
            raise AttributeError(name)
        if name not in found:
            from kg.kinds import registry

            if name not in registry.fields():
                raise AttributeError(name)
            found[name] = []
        return found[name]

    def of(self, kind) -> list:
        """The facts of one kg.kinds.FactKind."""
        return getattr(self, kind.field)

    def replaced(self, actors: dict[str, Actor] | None = None, **found) -> ArticleFacts:
        """A copy with other actors and other facts of some kinds."""
        return ArticleFacts(
            self.article,
            self.actors if actors is None else actors,
            **{**self.found, **found},
        )

    @property
    def fact_count(self) -> int:
        return sum(len(facts) for facts in self.found.values())
