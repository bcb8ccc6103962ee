"""The on-disk Oxigraph store: one named graph per article, an actors graph, a builds graph.

Queries reach Oxigraph's own engine as strings (never rdflib prepared queries, which fall
back to rdflib's slow evaluator), with the default graph as the union of the named graphs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import StoreError, StoreLocked
from kg.ids import Iris
from kg.ns import KG, WD

FORMAT_VERSION = 1
MARKER = "kg-store.json"
REPORT = "build-report.json"

EXPORT_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
DATASET_FORMATS = {"nquads", "trig"}


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


# The actors graph, derived from the article graphs' actor references (kg:ActorReference).
# The Wikidata id is the key of gazetteer actors: .../id/actor/Q7747.
ACTORS_CONSTRUCT = """
PREFIX kg: <{kg}>
CONSTRUCT {{ ?actor a ?type ; kg:name ?name ; kg:alias ?alias ; kg:title ?title ;
                    kg:wikidata ?wikidata }}
WHERE {{ GRAPH ?g {{
    ?ref a kg:ActorReference ; kg:refersTo ?actor ; kg:actorType ?type ; kg:referenceName ?name .
    OPTIONAL {{ ?ref kg:referenceAlias ?alias }}
    OPTIONAL {{ ?ref kg:referenceTitle ?title }}
  }}
  BIND(IF(REGEX(STR(?actor), "/id/actor/Q[0-9]+$"),
          IRI(CONCAT("{wd}", REPLACE(STR(?actor), "^.*/", ""))), ?unbound) AS ?wikidata)
}}"""


# Every fact report of every article graph, with its article's publication date and, for
# deployments, the sentence it was read in (kg.merge).
REPORTS_CONSTRUCT = """
PREFIX kg: <{kg}>
CONSTRUCT {{ ?r ?p ?o . ?article kg:published ?published . ?m kg:sentence ?sentence }}
WHERE {{ GRAPH ?g {{
    {{ VALUES ?class {{ kg:StatementReport kg:DeploymentReport kg:MeetingReport }}
       ?r a ?class ; ?p ?o }}
    UNION {{ ?article a kg:Article ; kg:published ?published }}
    UNION {{ ?x a kg:DeploymentReport ; kg:evidence ?m . ?m kg:sentence ?sentence }}
}} }}"""


def derived_facts(triples, iris: Iris, suppressed: frozenset[str] = frozenset()) -> list:
    """The facts graph's triples, from the reports' triples (REPORTS_CONSTRUCT), less the
    facts the curation table suppresses."""
    from kg.merge import merge_reports, reports_from_triples
    from kg.rdf import fact_triples

    return fact_triples(merge_reports(reports_from_triples(triples)), iris, suppressed)


class KGStore:
    def __init__(self, path: Path, store: ox.Store, read_only: bool):
        self.path = path
        self.ox = store
        self.read_only = read_only

    # ------------------------------------------------------------ writing
    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        """Put an article's graph in place of the one it had, in one transaction."""
        name = ox.NamedNode(str(graph_iri))
        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in graph]
        self.ox.remove_graph(name) if self.ox.contains_named_graph(name) else None
        self.ox.extend(quads)

    def replace_graph_ntriples(self, graph_iri: str, ntriples: bytes) -> None:
        """Put a graph given as N-Triples (as the build's workers send it) in place of the
        one it had. Oxigraph parses it: the parent of a parallel build does little else."""
        name = ox.NamedNode(str(graph_iri))
        if self.ox.contains_named_graph(name):
            self.ox.remove_graph(name)
        if ntriples:
            self.ox.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=name)

    def remove_graph(self, graph_iri: str) -> None:
        name = ox.NamedNode(graph_iri)
        if self.ox.contains_named_graph(name):
            self.ox.remove_graph(name)

    def add_to_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        name = ox.NamedNode(str(graph_iri))
        self.ox.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in graph)

    def rebuild_actors_graph(self, iris: Iris) -> int:
        """The actors graph: every actor record from the article graphs, merged. Derived, so
        it is the same whatever order the articles were built in."""
        construct = ACTORS_CONSTRUCT.format(kg=KG, wd=WD)
        name = ox.NamedNode(str(iris.actors_graph))
        triples = list(self.ox.query(construct))
        if self.ox.contains_named_graph(name):
            self.ox.remove_graph(name)
        self.ox.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
        return len(triples)

    def rebuild_facts_graph(self, iris: Iris, suppressed: frozenset[str] = frozenset()) -> int:
        """The facts graph: one fact per real event, merged from the article graphs' reports
        (kg.merge)."""
        triples = derived_facts(self.ox.query(REPORTS_CONSTRUCT.format(kg=KG)), iris, suppressed)
        name = ox.NamedNode(str(iris.facts_graph))
        if self.ox.contains_named_graph(name):
            self.ox.remove_graph(name)
        self.ox.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
        return len(triples)

    def flush(self) -> None:
        self.ox.flush()

    # ------------------------------------------------------------ reading
    def article_versions(self, iris: Iris) -> dict[str, str]:
        """Article id -> extractor version of every article graph in the store."""
        query = f"""SELECT ?g ?v WHERE {{ GRAPH ?g {{ ?a <{KG.extractorVersion}> ?v }} }}"""
        out = {}
        for row in self.ox.query(query):
            article_id = iris.article_id_of_graph(row["g"].value)
            if article_id:
                out[article_id] = row["v"].value
        return out

    def article_names(self, iris: Iris) -> dict[str, str]:
        """Article id -> the name it was stored under (kg:sourceName), for every article graph."""
        query = (
            f"SELECT ?g ?n WHERE {{ GRAPH ?g {{ ?a a <{KG.Article}> ; <{KG.sourceName}> ?n }} }}"
        )
        out = {}
        for row in self.ox.query(query):
            article_id = iris.article_id_of_graph(row["g"].value)
            if article_id:
                out[article_id] = row["n"].value
        return out

    def query(self, text: str, **options):
        options.setdefault("use_default_graph_as_union", True)
        return self.ox.query(text, **options)

    def export(self, output, fmt: str) -> None:
        """The whole store through Oxigraph's serializers: Turtle, N-Triples and JSON-LD hold
        the union of the graphs as triples; TriG and N-Quads keep the graphs."""
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

    def stats(self, iris: Iris) -> dict:
        def count(query: str) -> int:
            rows = list(self.query(query))
            return int(rows[0]["n"].value) if rows else 0

        facts = {}
        for cls in (KG.Statement, KG.MilitaryDeployment, KG.Meeting):
            facts[cls.split("#")[-1]] = count(
                f"SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ ?f a <{cls}> }}"
            )
        actors = count(
            f"SELECT (COUNT(DISTINCT ?a) AS ?n) "
            f"WHERE {{ GRAPH <{iris.actors_graph}> {{ ?a <{KG.name}> ?x }} }}"
        )
        articles = count(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{KG.Article}> }}")
        report = load_report(self.path)
        rejected = (
            sum(1 for row in report.get("inputs", []) if row["status"] == "rejected")
            if report
            else 0
        )
        return {"articles": articles, **facts, "actors": actors, "rejected": rejected}


def open_store(path: str | Path, read_only: bool = False, create: bool = True):
    """Open (or create) a store directory, checking its format marker; or, for an
    http(s) URL, a SPARQL 1.1 server with the Graph Store Protocol (kg.remote)."""
    from kg.remote import RemoteStore, is_remote

    if is_remote(str(path)):
        from kg.config import load_settings

        return RemoteStore(str(path), token=load_settings().admin_token)
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
    return KGStore(path, store, read_only)


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


def report_dir(store: str | Path) -> Path:
    """Where a store's build report lives: in the store directory, or for a remote store
    in .kg-reports/<host-port-path>/ under the current directory."""
    from kg.ids import slug
    from kg.remote import is_remote

    if is_remote(str(store)):
        folder = Path(".kg-reports") / slug(str(store).split("://", 1)[1])
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return Path(store)


def save_report(path: Path, report: dict) -> None:
    path = report_dir(path)
    tmp = path / (REPORT + ".tmp")
    tmp.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path / REPORT)


def load_report(path: str | Path) -> dict | None:
    file = report_dir(path) / REPORT
    if not file.exists():
        return None
    return json.loads(file.read_text(encoding="utf-8"))


def graph_names(store) -> Iterable[str]:
    if not hasattr(store, "ox"):
        return store.graph_names()
    return (g.value for g in store.ox.named_graphs())


LOAD_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
}


def load_dump(path: str | Path, dump: str | Path) -> int:
    """Read a TriG or N-Quads export back into an empty store; the number of quads loaded."""
    dump = Path(dump)
    fmt = LOAD_FORMATS.get(dump.suffix.lower())
    if fmt is None:
        raise StoreError(f"{dump}: give a .trig or .nq export (kg export --format trig|nquads).")
    if not dump.exists():
        raise StoreError(f"{dump}: no such file.")
    store = open_store(path)
    if len(store.ox):
        raise StoreError(f"The store {path} is not empty; restore into a new directory.")
    try:
        store.ox.bulk_load(path=str(dump), format=fmt)
    except (SyntaxError, OSError) as error:
        store.ox.clear()
        raise StoreError(f"{dump} does not load: {' '.join(str(error).split())}") from None
    store.flush()
    return len(store.ox)
