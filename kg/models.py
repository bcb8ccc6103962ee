"""Facts as plain frozen dataclasses. Only kg.rdf turns them into triples."""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    actors: dict[str, Actor] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)
    deployments: list[MilitaryDeployment] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)

    @property
    def fact_count(self) -> int:
        return len(self.statements) + len(self.deployments) + len(self.meetings)
