"""Run one SPARQL query against the store and serialise its result in a negotiated format.

The CLI and the endpoint call :func:`run_query`, so both answer the same way.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import QueryError, QueryRefused

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
FORMAT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
_UPDATE_WORDS = (
    "insert",
    "delete",
    "load",
    "clear",
    "create",
    "drop",
    "copy",
    "move",
    "add",
    "with",
)


class NotAcceptable(QueryError):
    http_status = 406


@dataclass(frozen=True)
class QueryResult:
    media_type: str
    body: bytes
    kind: str  # select | ask | graph


def run_query(store, query: str, accept: str | None = None) -> QueryResult:
    """Evaluate a query string on Oxigraph's engine; the default graph is the union."""
    try:
        result = store.query(query)
    except SyntaxError as error:
        if _looks_like_update(query):
            raise QueryRefused("This endpoint is read-only: SPARQL updates are refused.") from None
        raise QueryError(f"SPARQL syntax error: {error}") from None
    except OSError as error:
        raise QueryError(f"The query could not be evaluated: {error}") from None
    if isinstance(result, ox.QueryBoolean | ox.QuerySolutions):
        media_type, fmt = negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
        buffer = io.BytesIO()
        result.serialize(buffer, format=fmt)
        kind = "ask" if isinstance(result, ox.QueryBoolean) else "select"
        return QueryResult(media_type, buffer.getvalue(), kind)
    media_type, fmt = negotiate(accept, GRAPH_TYPES, "text/turtle")
    buffer = io.BytesIO()
    ox.serialize(result, buffer, format=fmt)
    return QueryResult(media_type, buffer.getvalue(), "graph")


def negotiate(accept: str | None, table: dict, default: str):
    """The best media type in ``table`` for an Accept header (q-values honoured)."""
    if not accept or not accept.strip():
        return default, table[default]
    offers = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        quality = 1.0
        for param in fields[1:]:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        offers.append((-quality, position, media))
    for negative_quality, _position, media in sorted(offers):
        if negative_quality == 0:
            continue
        if media in table:
            return media, table[media]
        if media in ("*/*", "application/*", "text/*"):
            return default, table[default]
    raise NotAcceptable(f"Cannot produce any of: {accept}. Available: {', '.join(table)}.")


def _looks_like_update(query: str) -> bool:
    words = [
        w.lower()
        for w in query.replace("{", " ").split()
        if not w.startswith(("PREFIX", "prefix", "<"))
    ]
    meaningful = [w for w in words if w not in ("prefix", "base") and not w.endswith(":")]
    return bool(meaningful) and meaningful[0] in _UPDATE_WORDS
