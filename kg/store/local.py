"""The on-disk Oxigraph store: one named graph per article, an actors graph, a facts graph,
a builds graph.

Queries reach Oxigraph's own engine as strings (never rdflib prepared queries, which fall
back to rdflib's slow evaluator), with the default graph as the union of the named graphs.
One process writes a store directory at a time (Oxigraph's lock); a directory carries a
format marker that a newer kg checks before it opens it.

A first build (into a store without article graphs) writes the new article graphs with
Oxigraph's bulk loader, a batch at a time (LocalBulkWriter), marked by a ``bulk-build`` file
until the build has written them all, so that a build that continues a killed one writes in
bulk too. The bulk loader is not transactional: a batch killed halfway may leave part of its
graphs. So each batch's graph names are written to ``bulk-batch.json`` before it is loaded and
the file removed once the batch is flushed; opening the store for writing drops the graphs a
file left behind names (the next build extracts those articles again).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError, StoreLocked
from kg.ids import Iris
from kg.ns import KG
from kg.store.base import DATASET_FORMATS, EXPORT_FORMATS, Store, load_format

FORMAT_VERSION = 1
MARKER = "kg-store.json"
PENDING = "derivation-pending"
BULK_BUILD = "bulk-build"  # a first build writing with the bulk loader has not finished
BULK_BATCH = "bulk-batch.json"  # the graphs of the batch being bulk-loaded


class LocalStore(Store):
    def __init__(self, path: Path, store: ox.Store, read_only: bool):
        super().__init__()
        self.path = path
        self.location = str(path)
        self.ox = store
        self.read_only = read_only

    # ------------------------------------------------------------ primitives
    def select(self, query: str) -> list[dict[str, str]]:
        solutions = self.ox.query(query, use_default_graph_as_union=True)
        names = [v.value for v in solutions.variables]
        return [
            {name: row[name].value for name in names if row[name] is not None} for row in solutions
        ]

    def construct(self, query: str) -> list[ox.Triple]:
        return list(self.ox.query(query, use_default_graph_as_union=True))

    def put_graph_ntriples(self, graph_iri: str, ntriples: bytes) -> None:
        name = ox.NamedNode(graph_iri)
        self.drop_graph(graph_iri)
        if ntriples:
            self.ox.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=name)

    def drop_graph(self, graph_iri: str) -> None:
        name = ox.NamedNode(graph_iri)
        if self.ox.contains_named_graph(name):
            self.ox.remove_graph(name)

    def has_graph(self, graph_iri: str) -> bool:
        return self.ox.contains_named_graph(ox.NamedNode(graph_iri))

    def add_triples(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        name = ox.NamedNode(graph_iri)
        self.ox.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)

    def remove_triples(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        name = ox.NamedNode(graph_iri)
        for t in triples:
            self.ox.remove(ox.Quad(t.subject, t.predicate, t.object, name))

    def version_lookup(self, iris: Iris) -> Callable[[str], str | None]:
        version = ox.NamedNode(str(KG.extractorVersion))

        def stored_version(article_id: str) -> str | None:
            graph = ox.NamedNode(str(iris.article_graph(article_id)))
            for quad in self.ox.quads_for_pattern(None, version, None, graph):
                return quad.object.value
            return None

        return stored_version

    def graph_names(self) -> list[str]:
        return [g.value for g in self.ox.named_graphs()]

    def is_empty(self) -> bool:
        return len(self.ox) == 0

    def flush(self) -> None:
        self.ox.flush()

    def bulk_writer(self, first: bool, batch_bytes: int) -> LocalBulkWriter | None:
        if batch_bytes > 0 and (first or (self.path / BULK_BUILD).exists()):
            return LocalBulkWriter(self, batch_bytes)
        return None

    def drop_half_loaded(self) -> None:
        """Drop the graphs of a bulk batch that was killed before it was flushed."""
        journal = self.path / BULK_BATCH
        if not journal.exists():
            return
        try:
            graphs = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise StoreError(
                f"{journal} is damaged; rebuild the store into a new directory."
            ) from None
        self.derivation_pending(True)
        for graph in graphs:
            self.drop_graph(graph)
        self.flush()
        journal.unlink()

    def derivation_pending(self, pending: bool | None = None) -> bool:
        mark = self.path / PENDING
        if pending is True:
            mark.touch()
        elif pending is False:
            mark.unlink(missing_ok=True)
        return mark.exists()

    # ------------------------------------------------------------ whole store
    def query(self, text: str, **options):
        options.setdefault("use_default_graph_as_union", True)
        return self.ox.query(text, **options)

    def export(self, output, fmt: str) -> None:
        if fmt not in EXPORT_FORMATS:
            raise StoreError(
                f"Unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}."
            )
        if fmt in DATASET_FORMATS:
            self.ox.dump(output, format=EXPORT_FORMATS[fmt])
            return
        triples = self.ox.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
        )
        ox.serialize(triples, output, format=EXPORT_FORMATS[fmt], prefixes={"kg": str(KG)})

    def restore(self, dump) -> int:
        fmt = load_format(dump)
        if len(self.ox):
            raise StoreError(f"The store {self.path} is not empty; restore into a new directory.")
        try:
            self.ox.bulk_load(path=str(dump), format=fmt)
        except (SyntaxError, OSError) as error:
            self.ox.clear()
            raise StoreError(f"{dump} does not load: {' '.join(str(error).split())}") from None
        self.flush()
        return len(self.ox)


class LocalBulkWriter:
    """New article graphs through Oxigraph's bulk loader, ``batch_bytes`` of N-Triples at a
    time (see the module docstring for what makes it safe to kill)."""

    def __init__(self, store: LocalStore, batch_bytes: int):
        self.store = store
        self.batch_bytes = batch_bytes
        self.batch: list[tuple[str, bytes]] = []
        self.size = 0
        store._changing_everything()  # a first build: derived from scratch at its end
        (store.path / BULK_BUILD).touch()

    def add(self, graph_iri: str, ntriples: bytes) -> None:
        self.batch.append((graph_iri, ntriples))
        self.size += len(ntriples)
        if self.size >= self.batch_bytes:
            self.write()

    def close(self) -> None:
        self.write()
        (self.store.path / BULK_BUILD).unlink(missing_ok=True)

    def write(self) -> None:
        if not self.batch:
            return
        journal = self.store.path / BULK_BATCH
        tmp = journal.with_suffix(".tmp")
        tmp.write_text(json.dumps([graph for graph, _ in self.batch]), encoding="utf-8")
        tmp.replace(journal)  # whole or absent: the batch is loaded only after it is in place
        # one N-Quads document, parsed by Oxigraph itself: building a Quad per triple in
        # Python took most of a batch's time
        self.store.ox.bulk_load(
            b"".join(_as_nquads(graph, ntriples) for graph, ntriples in self.batch),
            format=ox.RdfFormat.N_QUADS,
        )
        self.store.flush()
        journal.unlink()
        self.batch, self.size = [], 0


def _as_nquads(graph_iri: str, ntriples: bytes) -> bytes:
    """An article graph's N-Triples (as the workers serialise them, every line ending
    " .\n": N-Triples escapes a line break inside a literal) as N-Quads in that graph."""
    if ntriples.count(b"\n") != ntriples.count(b" .\n"):  # written some other way
        quads = (
            ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph_iri))
            for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
        )
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    return ntriples.replace(b" .\n", f" <{graph_iri}> .\n".encode())


def open_local(path: str | Path, read_only: bool = False, create: bool = True) -> LocalStore:
    """Open (or create) a store directory, checking its format marker."""
    path = Path(path)
    marker = path / MARKER
    if (read_only or not create) and not marker.exists():
        raise StoreError(
            f"{path} is not a kg store (no {MARKER}).",
            hint=f"Build one with: kg build PATH --store {path}",
        )
    _check_marker(marker)
    try:
        store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as error:
        text = str(error).lower()
        if "lock" in text or "resource temporarily unavailable" in text:
            raise StoreLocked(
                f"The store {path} is in use by another kg process that writes to it.",
                hint="Wait for it to finish, or build into another directory.",
            ) from None
        raise StoreError(f"The store {path} cannot be opened: {error}.") from None
    if not marker.exists():
        marker.write_text(json.dumps({"format": FORMAT_VERSION}) + "\n", encoding="utf-8")
    local = LocalStore(path, store, read_only)
    if not read_only:
        local.drop_half_loaded()
    return local


def _check_marker(marker: Path) -> None:
    if not marker.exists():
        return
    try:
        version = json.loads(marker.read_text(encoding="utf-8")).get("format")
    except (OSError, ValueError):
        raise StoreError(f"{marker} is damaged; rebuild the store into a new directory.") from None
    if version != FORMAT_VERSION:
        raise StoreError(
            f"The store {marker.parent} has format {version}; "
            f"this kg reads format {FORMAT_VERSION}.",
            hint="Export it with the kg that wrote it, or rebuild it from the articles.",
        )
