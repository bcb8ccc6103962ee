"""The SPARQL service description (``GET /sparql`` without a query) and the VoID description
(``/.well-known/void``), built as triples and written by Oxigraph's serializer: the
request's own address goes into them as a checked IRI, never pasted into Turtle text."""

from __future__ import annotations

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from kg.errors import UsageError
from kg.formats import GRAPH, negotiate
from kg.server.http import endpoint_url
from kg.server.render import KG, run_select

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
DCT = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
RESULT_FORMATS = (
    "SPARQL_Results_JSON SPARQL_Results_XML SPARQL_Results_CSV SPARQL_Results_TSV Turtle "
    "N-Triples N-Quads TriG JSON-LD RDF_XML"
).split()
# the licence the VoID description declares: the project's own (pyproject.toml); the article
# texts stay their publishers'
DATA_LICENSE = "https://www.apache.org/licenses/LICENSE-2.0"
PREFIXES = {"sd": SD, "void": VOID, "dct": DCT, "foaf": FOAF, "formats": FORMATS}


def _iri(value: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value)
    except ValueError:
        raise UsageError("The request's address is not a valid IRI.") from None


def _graph_response(request: Request, triples: list[ox.Triple]) -> Response:
    chosen = negotiate(request.headers.get("accept"), (GRAPH,))
    prefixes = PREFIXES if chosen.format == ox.RdfFormat.TURTLE else None
    body = ox.serialize(triples, format=chosen.format, prefixes=prefixes)
    return Response(body, media_type=chosen.answered_as)


def service_description(request: Request) -> Response:
    endpoint = _iri(endpoint_url(request))
    dataset, default = ox.BlankNode(), ox.BlankNode()
    sd = lambda name: ox.NamedNode(SD + name)  # noqa: E731
    triples = [
        ox.Triple(endpoint, RDF_TYPE, sd("Service")),
        ox.Triple(endpoint, sd("endpoint"), endpoint),
        ox.Triple(endpoint, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(endpoint, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(endpoint, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default),
        ox.Triple(default, RDF_TYPE, sd("Graph")),
    ]
    triples += [
        ox.Triple(endpoint, sd("resultFormat"), ox.NamedNode(FORMATS + name))
        for name in RESULT_FORMATS
    ]
    return _graph_response(request, triples)


async def void_description(request: Request) -> Response:
    base = request.app.state.settings.base_iri
    reader = request.app.state.snapshots.reader()
    server = str(request.base_url).rstrip("/")
    dataset = _iri(f"{server}/.well-known/void#dataset")
    counts = await run_select(request, "void-classes.rq", base=ox.Literal(f"{base}id/"))
    entities = await run_select(request, "void-entities.rq", base=ox.Literal(f"{base}id/"))
    size = await run_in_threadpool(len, reader)
    v = lambda name: ox.NamedNode(VOID + name)  # noqa: E731
    triples = [
        ox.Triple(dataset, RDF_TYPE, v("Dataset")),
        ox.Triple(
            dataset,
            ox.NamedNode(DCT + "title"),
            ox.Literal("kg: who said what, who deployed what where, who met whom"),
        ),
        ox.Triple(
            dataset,
            ox.NamedNode(DCT + "description"),
            ox.Literal("Facts extracted from news articles, with their provenance."),
        ),
        ox.Triple(dataset, ox.NamedNode(DCT + "license"), ox.NamedNode(DATA_LICENSE)),
        ox.Triple(dataset, v("sparqlEndpoint"), _iri(f"{server}/sparql")),
        ox.Triple(dataset, v("dataDump"), _iri(f"{server}/export?format=nquads")),
        ox.Triple(dataset, v("rootResource"), _iri(f"{server}/")),
        ox.Triple(dataset, v("uriSpace"), ox.Literal(f"{base}id/")),
        ox.Triple(dataset, v("vocabulary"), ox.NamedNode(KG)),
        ox.Triple(dataset, v("triples"), ox.Literal(str(size), datatype=XSD_INTEGER)),
        ox.Triple(
            dataset,
            v("entities"),
            entities[0]["n"] if entities else ox.Literal("0", datatype=XSD_INTEGER),
        ),
        ox.Triple(dataset, ox.NamedNode(FOAF + "homepage"), _iri(f"{server}/")),
    ]
    triples += [
        ox.Triple(dataset, v("feature"), ox.NamedNode(FORMATS + name))
        for name in ("Turtle", "JSON-LD", "N-Triples", "RDF_XML")
    ]
    for row in counts:
        partition = ox.BlankNode()
        triples += [
            ox.Triple(dataset, v("classPartition"), partition),
            ox.Triple(partition, v("class"), row["class"]),
            ox.Triple(partition, v("entities"), row["n"]),
        ]
    return _graph_response(request, triples)
