"""Fact kinds as registered objects: what each kind of fact is, declared once.

A :class:`FactKind` declares everything kg needs to carry one kind of fact from a parsed
article to a page: its dataclass (kg.models), its report and fact classes, the properties
of its reports (the triples), its eval row (``kg extract --json``), its merge group and how
its reports merge across articles, the extractor that finds it, the page queries that read
it, its section on an actor's page, and any ontology terms and shapes of its own.
kg.extract, kg.rdf, kg.merge, kg.curation, kg.validate, kg.store, ``kg extract``, the
article and actor pages, ``/api/timeline`` and the ``/id/`` descriptions loop over
:data:`registry` and never name a kind; the views written for one kind (the meetings
network, the query page's examples) read it through its ``page_queries``.

The registry holds kinds by versioned name (``kg.kind.statement.v1``: changing what a kind
means is a new name, as with extractors). It fills itself on first use: the built-in kinds
(kg.kinds.statement, .deployment, .meeting, in that order, which is the order of the eval
schema), then any kind a package offers in the ``kg.kinds`` entry-point group (the entry
point names a FactKind). Code can also :meth:`Registry.register` a kind at run time (a test's
toy kind) and :meth:`Registry.unregister` it; worker processes a build spawns see only the
built-in and entry-point kinds.

This module imports nothing of kg's but kg.errors: the kind modules import it, and kg.merge
and the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import import_module
from sys import modules
from threading import Lock
from typing import Any

from kg.errors import KindError

ENTRY_POINTS = "kg.kinds"
_LOADING = Lock()
BUILTIN = ("kg.kinds.statement", "kg.kinds.deployment", "kg.kinds.meeting")


@dataclass(frozen=True)
class ActorSection:
    """How an actor's page lists the actor's facts of one kind (kg.server.views.describe); a
    kind without one gets a plain list of the facts the actor takes part in.

    ``items`` turns the rows of ``query`` (plain strings by variable, None where unbound)
    into the items the section lists, each a dict of plain values: ``fact`` (its IRI),
    ``date``, ``text`` (what was said or done, or None), ``others`` (``(IRI, name)`` pairs of
    the other actors in it, or None), ``meta`` (a line of detail) and, in a section of
    ``quotes``, ``articles`` (``(article IRI, begin, end)`` of each mention)."""

    title: str  # the section's heading ("Meetings")
    verb: str  # what the actor did, as the page's timeline says it ("met")
    query: str  # one of the kind's page_queries, read with $this, the actor
    items: Callable[[list[dict]], list[dict]]
    rank: int  # where the section stands on the page and in its timeline on one day
    quotes: bool = False  # items are quotes, listed with the articles they were read in


@dataclass(frozen=True, eq=False)
class FactKind:
    """One kind of fact. ``key`` names it in IRIs (``id/{key}/…``, ``#{key}=b,e``) and in
    merged facts; ``field`` names its list in kg.models.ArticleFacts and in the eval row."""

    name: str  # versioned registry name, e.g. "kg.kind.statement.v1"
    key: str  # e.g. "statement"
    field: str  # e.g. "statements"
    model: type  # the frozen dataclass its extractor yields (kg.models.Statement)
    fact_class: Any  # ontology class of a merged fact (KG.Statement)
    report_class: Any  # ontology class of one article's report of it (KG.StatementReport)
    # the extractor: an object with NAME and extract(doc, article, actors), or its module path
    extractor: Any
    # what tells two facts of this kind in one span apart (hashed into the report's IRI)
    identity: Callable[[Any], str]
    # the report's properties: (predicate, object) pairs, rdflib terms; kg.rdf adds the type,
    # article and evidence
    properties: Callable[[Any, Any], Iterable[tuple]]
    # the fact as a row of the eval schema (shared/eval/README.md); names: actor key -> name
    eval_row: Callable[[Any, dict[str, str]], dict]
    # the fact with its actors' keys renamed (kg.curation), or None when it no longer holds
    with_actors: Callable[[Any, Callable[[str], str]], Any]
    # the group a report (kg.merge.Report) merges within: (key, ...)
    group_of: Callable[[Any], tuple[str, ...]]
    # a SPARQL pattern binding ?r to (a superset of) the reports of one group; "" for none
    group_pattern: Callable[[tuple[str, ...]], str]
    # the merged facts (kg.merge.MergedFact) of some reports, whole groups of them
    merge: Callable[[list], list]
    many_valued: frozenset[str] = frozenset()  # fact properties that keep every value
    # set for kinds whose groups (one ``role`` value each) are merged by the words of this
    # property: a build then merges again only the clusters a change touched (kg.store.derived)
    words: Any = None
    role: Any = None
    needs_sentence: bool = False  # kg.merge.Report.sentence is read for its reports
    page_queries: tuple[str, ...] = ()  # kg/server/queries/*.rq written for this kind
    actor_section: ActorSection | None = None  # its section on an actor's page
    on_timeline: bool = True  # its facts are events of /api/timeline
    ontology: str = ""  # Turtle: the kind's own terms, beside ontology/*.ttl
    shapes: str = ""  # Turtle: the kind's own shapes, beside shapes/*.ttl

    def load_extractor(self):
        if isinstance(self.extractor, str):
            return import_module(self.extractor)
        return self.extractor


# The hooks of a kind: functions a kind module defines under these names (see declare).
HOOKS = ("identity", "properties", "eval_row", "with_actors", "group_of", "group_pattern", "merge")


def declare(module: str, **fields) -> FactKind:
    """The FactKind a kind module declares (``KIND = declare(__name__, name=..., ...)``):
    its hooks (:data:`HOOKS`) are the module's functions of those names, its extractor the
    package named for its field (``kg.extract.meetings``) unless given; the rest is given."""
    namespace = vars(modules[module])
    missing = [hook for hook in HOOKS if not callable(namespace.get(hook))]
    if missing:
        raise KindError(f"The kind module {module} defines no {', '.join(missing)}.")
    fields.setdefault("extractor", f"kg.extract.{fields.get('field')}")
    return FactKind(**{hook: namespace[hook] for hook in HOOKS}, **fields)


@dataclass
class Registry:
    """The fact kinds, by name, in registration order."""

    group: str = ENTRY_POINTS
    _kinds: dict[str, FactKind] = field(default_factory=dict)
    _loaded: bool = False

    def _ready(self) -> dict[str, FactKind]:
        if not self._loaded:
            with _LOADING:  # threads (a server's, Dask's) may ask first at the same time
                if not self._loaded:
                    kinds: dict[str, FactKind] = {}
                    for module in BUILTIN:
                        _add(kinds, import_module(module).KIND)
                    for kind in _entry_point_kinds(self.group):
                        _add(kinds, kind)
                    self._kinds, self._loaded = kinds, True
        return self._kinds

    def register(self, kind: FactKind) -> FactKind:
        _add(self._ready(), kind)
        return kind

    def unregister(self, name: str) -> None:
        self._ready().pop(name)

    def __iter__(self) -> Iterator[FactKind]:
        return iter(tuple(self._ready().values()))

    def __len__(self) -> int:
        return len(self._ready())

    def __contains__(self, name: object) -> bool:
        return name in self._ready()

    def get(self, name: str) -> FactKind:
        return self._ready()[name]

    def by_key(self, key: str) -> FactKind:
        for kind in self:
            if kind.key == key:
                return kind
        raise KindError(f"No fact kind is registered under the key {key!r}.")

    def of_fact(self, fact) -> FactKind:
        for kind in self:
            if isinstance(fact, kind.model):
                return kind
        raise KindError(f"No fact kind is registered for {type(fact).__name__} facts.")

    def by_report_class(self) -> dict[str, FactKind]:
        return {str(k.report_class): k for k in self}

    def fields(self) -> tuple[str, ...]:
        return tuple(k.field for k in self)


def _add(kinds: dict[str, FactKind], kind: FactKind) -> None:
    for other in kinds.values():
        for attribute in ("name", "key", "field", "model", "fact_class", "report_class"):
            if getattr(other, attribute) == getattr(kind, attribute):
                raise KindError(
                    f"{kind.name}: its {attribute} {getattr(kind, attribute)!r} is "
                    f"{other.name}'s; give it a {attribute} of its own."
                )
    kinds[kind.name] = kind


def _entry_point_kinds(group: str) -> list[FactKind]:
    from importlib.metadata import entry_points

    kinds = []
    for point in sorted(entry_points(group=group), key=lambda p: p.name):
        try:
            kind = point.load()
        except Exception as error:  # a broken plugin: say which, in one sentence
            raise KindError(
                f"The fact kind {point.name!r} ({point.value}, entry point group {group!r}) "
                f"failed to load: {type(error).__name__}: {error}",
                hint="Fix or uninstall the package that offers it.",
            ) from None
        if not isinstance(kind, FactKind):
            raise KindError(f"The entry point {point.name!r} ({point.value}) is no FactKind.")
        kinds.append(kind)
    return kinds


registry = Registry()

__all__ = ["HOOKS", "ActorSection", "FactKind", "KindError", "Registry", "declare", "registry"]
