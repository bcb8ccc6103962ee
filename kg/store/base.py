"""The Store protocol: what a build, the CLI and the server need from a store, whether an
Oxigraph directory on this machine (kg.store.local) or a SPARQL 1.1 server with the Graph
Store Protocol (kg.store.remote).

An implementation gives a handful of primitives (read with SELECT and CONSTRUCT, put, add,
remove and drop graphs and triples, export and restore); everything else — article versions,
counts, the derived graphs (kg.store.derived) — is written once here over them, so both
kinds of store answer alike.

Invariants: one named graph per article, written whole in one step; no blank nodes; the
actors and facts graphs equal a derivation from the stored article graphs after every build.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from typing import BinaryIO, Protocol

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import StoreError
from kg.formats import BY_MEDIA, DATASET, FORMAT_NAMES
from kg.ids import Iris
from kg.ns import KG
from kg.store.derived import Changes, derive_all, derive_changes, from_scratch_is_cheaper

# the export formats, by name, from the one media-type table (kg.formats)
EXPORT_FORMATS = {
    name: BY_MEDIA[FORMAT_NAMES[name][0]].format
    for name in ("turtle", "nquads", "trig", "ntriples", "jsonld")
}
DATASET_FORMATS = {n for n in EXPORT_FORMATS if DATASET in BY_MEDIA[FORMAT_NAMES[n][0]].kinds}
LOAD_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
}


def to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        raise StoreError("kg never stores blank nodes; an article graph held one.")
    raise StoreError(f"Cannot store the RDF term {term!r}.")


def ntriples_of(graph: Graph) -> bytes:
    triples = (ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph)
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def load_format(dump) -> ox.RdfFormat:
    fmt = LOAD_FORMATS.get(dump.suffix.lower())
    if fmt is None:
        raise StoreError(f"{dump}: give a .trig or .nq export (kg export --format trig|nquads).")
    if not dump.exists():
        raise StoreError(f"{dump}: no such file.")
    return fmt


class BulkWriter(Protocol):
    """New article graphs, written a batch at a time (kg.store.local.LocalBulkWriter)."""

    def add(self, graph_iri: str, ntriples: bytes) -> None: ...

    def write(self) -> None:
        """Write the graphs gathered so far now, not when the batch is full."""

    def close(self) -> None:
        """Write what is left; the build is no longer a bulk build."""


class Store(ABC):
    """A kg store. ``location`` is its directory or URL."""

    location: str
    read_only: bool = False

    # Past this many changed article graphs a build stops noting them (what it holds would
    # grow with the build) and derives from scratch at its end, which is then cheaper anyway.
    TRACKED_CHANGES = 50_000

    def __init__(self) -> None:
        self._changes = Changes()
        self._started = False  # this store object has changed an article graph
        self._stale = False  # an earlier build was cut short before its derivation
        self._everything = False  # too many changes to note: derive from scratch

    # ------------------------------------------------------------ primitives
    @abstractmethod
    def select(self, query: str) -> list[dict[str, str]]:
        """A SELECT's rows, each variable's value as a string."""

    @abstractmethod
    def construct(self, query: str) -> list[ox.Triple]:
        """A CONSTRUCT's triples."""

    @abstractmethod
    def put_graph_ntriples(self, graph_iri: str, ntriples: bytes) -> None:
        """Put a graph in place of the one of that name, in one step."""

    @abstractmethod
    def drop_graph(self, graph_iri: str) -> None:
        """Drop a named graph (nothing if there is none)."""

    @abstractmethod
    def add_triples(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None: ...

    @abstractmethod
    def remove_triples(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None: ...

    @abstractmethod
    def graph_names(self) -> list[str]: ...

    @abstractmethod
    def is_empty(self) -> bool: ...

    @abstractmethod
    def export(self, output: BinaryIO, fmt: str) -> None:
        """The whole store in ``fmt`` (EXPORT_FORMATS): Turtle and N-Triples hold the union
        of the graphs as triples; TriG, N-Quads and JSON-LD (one ``@graph`` per named graph)
        keep the graphs."""

    @abstractmethod
    def restore(self, dump) -> int:
        """Read a TriG or N-Quads export into this empty store; the quads loaded."""

    @abstractmethod
    def derivation_pending(self, pending: bool | None = None) -> bool:
        """Set (True/False) or read (None) the mark that the derived graphs may be stale."""

    @abstractmethod
    def flush(self) -> None:
        """Make the writes so far durable."""

    def has_graph(self, graph_iri: str) -> bool:
        """Whether a named graph may exist (a store that cannot tell cheaply says yes)."""
        return True

    # ------------------------------------------------------------ writing articles
    def put_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        self.put_graph_ntriples(graph_iri, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))

    def replace_graph(self, graph_iri: URIRef | str, graph: Graph) -> None:
        """Put an rdflib graph (the ontology, say) in place of the one it had."""
        self.put_graph_ntriples(str(graph_iri), ntriples_of(graph))

    def add_to_graph(self, graph_iri: URIRef | str, graph: Graph) -> None:
        self.add_triples(
            str(graph_iri), ox.parse(ntriples_of(graph), format=ox.RdfFormat.N_TRIPLES)
        )

    def write_article(self, graph_iri: str, ntriples: bytes) -> None:
        """Put an article's graph (as the build's workers send it) in place of the one it
        had, noting what the derived graphs must take again."""
        self._before_article_change(graph_iri)
        self.put_graph_ntriples(graph_iri, ntriples)
        if not self._everything:
            self._changes.written.add(graph_iri)
            if self._changes.size() > self.TRACKED_CHANGES:
                self._everything, self._changes = True, Changes()

    def remove_article(self, graph_iri: str) -> None:
        self._before_article_change(graph_iri)
        self.drop_graph(graph_iri)
        self._changes.written.discard(graph_iri)

    def _before_article_change(self, graph_iri: str) -> None:
        self._start_changing()
        if self._everything:
            return
        if graph_iri not in self._changes.written and self.has_graph(graph_iri):
            self._changes.note_removed(self, graph_iri)

    def _start_changing(self) -> None:
        """Mark the derived graphs stale before this store object's first change."""
        if not self._started:
            self._started = True
            self._stale = self.derivation_pending()
            self.derivation_pending(True)

    def bulk_writer(self, first: bool, batch_bytes: int) -> BulkWriter | None:
        """A writer of new article graphs through the store's bulk loader, ``batch_bytes``
        of N-Triples at a time, for a ``first`` build (into a store without article graphs)
        or one that continues a killed first build; None where there is none, or for a
        batch of 0 (the build writes each graph with write_article)."""
        return None

    def _changing_everything(self) -> None:
        """What a bulk writer calls before its first write: the derived graphs will be
        derived from scratch, so no change is noted."""
        self._start_changing()
        self._everything, self._changes = True, Changes()

    def update_derived(self, iris: Iris, suppressed: frozenset[str] = frozenset()) -> None:
        """The actors and facts graphs, brought up to date with the article graphs: for what
        this store object changed, or from scratch after a build that was cut short."""
        changes, self._changes = self._changes, Changes()
        started, everything = self._started, self._everything
        self._started = self._everything = False
        stale = self._stale if started else self.derivation_pending()
        if stale or everything or from_scratch_is_cheaper(changes.size(), self.article_count()):
            derive_all(self, iris, suppressed)
        else:
            derive_changes(self, iris, suppressed, changes)
        self.flush()
        self.derivation_pending(False)

    def derive_all(self, iris: Iris, suppressed: frozenset[str] = frozenset()) -> None:
        derive_all(self, iris, suppressed)

    # ------------------------------------------------------------ reading
    def article_versions(self, iris: Iris) -> dict[str, str]:
        """Article id -> extractor version of every article graph in the store."""
        rows = self.select(f"SELECT ?g ?v WHERE {{ GRAPH ?g {{ ?a <{KG.extractorVersion}> ?v }} }}")
        return _by_article(iris, rows, "v")

    def version_lookup(self, iris: Iris) -> Callable[[str], str | None]:
        """Article id -> the extractor version its stored graph has (None: not stored), as a
        build's triage asks it for each input. Here one query over every article graph, asked
        once (a server answers one query sooner than one per input); a local store looks each
        input up instead, so that triage costs what the inputs cost, not what the store holds."""
        return self.article_versions(iris).get

    def has_articles(self) -> bool:
        query = f"SELECT ?a WHERE {{ GRAPH ?g {{ ?a a <{KG.Article}> }} }} LIMIT 1"
        return bool(self.select(query))

    def article_names(self, iris: Iris) -> dict[str, str]:
        """Article id -> the name it was stored under (kg:sourceName), for every article graph."""
        rows = self.select(
            f"SELECT ?g ?n WHERE {{ GRAPH ?g {{ ?a a <{KG.Article}> ; <{KG.sourceName}> ?n }} }}"
        )
        return _by_article(iris, rows, "n")

    def article_count(self) -> int:
        # GRAPH ?g: a remote server's default graph need not be the union
        return self._count(
            f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g {{ ?a a <{KG.Article}> }} }}"
        )

    def stats(self, iris: Iris) -> dict:
        """Counts: articles, facts per class, actors, rejected inputs of the last build."""
        from kg.kinds import registry
        from kg.store.reports import load_report

        facts = {
            cls.split("#")[-1]: self._count(
                f"SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ GRAPH <{iris.facts_graph}> "
                f"{{ ?f a <{cls}> }} }}"
            )
            for cls in (str(kind.fact_class) for kind in registry)
        }
        actors = self._count(
            f"SELECT (COUNT(DISTINCT ?a) AS ?n) "
            f"WHERE {{ GRAPH <{iris.actors_graph}> {{ ?a <{KG.name}> ?x }} }}"
        )
        report = load_report(self.location) or {}
        rejected = sum(1 for row in report.get("inputs", []) if row["status"] == "rejected")
        return {"articles": self.article_count(), **facts, "actors": actors, "rejected": rejected}

    def _count(self, query: str) -> int:
        rows = self.select(query)
        return int(rows[0]["n"]) if rows else 0


def _by_article(iris: Iris, rows: list[dict[str, str]], column: str) -> dict[str, str]:
    out = {}
    for row in rows:
        article_id = iris.article_id_of_graph(row["g"])
        if article_id:
            out[article_id] = row[column]
    return out
