"""Media types: the one table of what kg can answer, and the one Accept negotiator.

The endpoint, the pages, the workers and the CLI all read :data:`MEDIA_TYPES` and call
:func:`negotiate`. An answer has a *kind*: ``results`` (SELECT), ``boolean`` (ASK),
``graph`` (CONSTRUCT, DESCRIBE, one graph), ``dataset`` (graphs with their names) or
``page`` (HTML for people). Format *names* (``?format=xml``, ``--format turtle``) mean a
media type per kind: ``xml`` is SPARQL XML for results and RDF/XML for a graph, ``json`` is
SPARQL JSON for results and JSON-LD for a graph.

Invariants: a concrete type the client accepts wins over a format name (SPARQLWrapper sends
``format=xml`` with ``Accept: application/rdf+xml`` for a CONSTRUCT); a format name wins over
a wildcard; no Accept, or only wildcards, gives the kind's default.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import NotAcceptable

RESULTS, BOOLEAN, GRAPH, DATASET, PAGE = "results", "boolean", "graph", "dataset", "page"
_R = ox.QueryResultsFormat
_F = ox.RdfFormat


@dataclass(frozen=True)
class MediaType:
    media: str  # as the client names it in Accept
    kinds: tuple[str, ...]
    format: object | None  # the pyoxigraph format, None for HTML
    content_type: str = ""  # as answered; defaults to ``media``

    @property
    def answered_as(self) -> str:
        return self.content_type or self.media


MEDIA_TYPES: tuple[MediaType, ...] = (
    MediaType("application/sparql-results+json", (RESULTS, BOOLEAN), _R.JSON),
    MediaType("application/json", (RESULTS, BOOLEAN), _R.JSON),
    MediaType("application/sparql-results+xml", (RESULTS, BOOLEAN), _R.XML),
    MediaType("application/xml", (RESULTS, BOOLEAN), _R.XML),
    MediaType("text/xml", (RESULTS, BOOLEAN), _R.XML),
    MediaType("text/csv", (RESULTS,), _R.CSV),
    MediaType("text/tab-separated-values", (RESULTS,), _R.TSV),
    MediaType("text/turtle", (GRAPH,), _F.TURTLE, "text/turtle; charset=utf-8"),
    MediaType("application/x-turtle", (GRAPH,), _F.TURTLE, "text/turtle; charset=utf-8"),
    MediaType("application/turtle", (GRAPH,), _F.TURTLE, "text/turtle; charset=utf-8"),
    MediaType("text/n3", (GRAPH,), _F.TURTLE, "text/turtle; charset=utf-8"),
    MediaType("text/rdf+n3", (GRAPH,), _F.TURTLE, "text/turtle; charset=utf-8"),
    MediaType("application/n-triples", (GRAPH,), _F.N_TRIPLES),
    # N-Triples' old type: rdflib asks for it with format="nt"
    MediaType("text/plain", (GRAPH,), _F.N_TRIPLES, "text/plain; charset=utf-8"),
    MediaType("application/ld+json", (GRAPH, DATASET), _F.JSON_LD),
    MediaType("application/x-json+ld", (GRAPH, DATASET), _F.JSON_LD, "application/ld+json"),
    MediaType("application/rdf+xml", (GRAPH,), _F.RDF_XML),
    # a graph is a dataset with a default graph only: CONSTRUCT answers in these too
    MediaType("application/n-quads", (DATASET, GRAPH), _F.N_QUADS),
    MediaType("application/trig", (DATASET, GRAPH), _F.TRIG),
    MediaType("text/html", (PAGE,), None, "text/html; charset=utf-8"),
    MediaType("application/xhtml+xml", (PAGE,), None, "text/html; charset=utf-8"),
)
BY_MEDIA = {m.media: m for m in MEDIA_TYPES}

# format names, each the media types it means, in order: the first of the answer's kind wins
FORMAT_NAMES: dict[str, tuple[str, ...]] = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
    "turtle": ("text/turtle",),
    "ttl": ("text/turtle",),
    "n3": ("text/turtle",),
    "ntriples": ("application/n-triples",),
    "nt": ("application/n-triples",),
    "nquads": ("application/n-quads",),
    "trig": ("application/trig",),
    "jsonld": ("application/ld+json",),
    "json-ld": ("application/ld+json",),
    "rdfxml": ("application/rdf+xml",),
    "rdf+xml": ("application/rdf+xml",),
    "rdf": ("application/rdf+xml",),
    "html": ("text/html",),
}
# the names shown to people (the others are aliases clients send)
SHOWN_NAMES = tuple("json xml csv tsv turtle ntriples nquads trig jsonld rdfxml".split())
DEFAULTS = {
    RESULTS: "application/sparql-results+json",
    BOOLEAN: "application/sparql-results+json",
    GRAPH: "text/turtle",
    DATASET: "application/n-quads",
}
WILDCARDS = ("*/*", "application/*", "text/*")


def of_kind(*kinds: str) -> list[MediaType]:
    return [m for m in MEDIA_TYPES if set(m.kinds) & set(kinds)]


def ranked_media_types(accept: str) -> list[str]:
    """The media types of an Accept header, most wanted first (q-values honoured, q=0
    dropped, parameters other than q ignored)."""
    offers = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0 and fields[0]:
            offers.append((-quality, position, fields[0].lower()))
    return [media for _q, _p, media in sorted(offers)]


def named_types(names: Iterable[str]) -> list[str]:
    """The media types format names (or media types given as names) stand for, in order;
    unknown names are skipped."""
    out: list[str] = []
    for name in names:
        key = name.strip().lower()
        if key in FORMAT_NAMES:
            out += FORMAT_NAMES[key]
        elif key in BY_MEDIA:
            out.append(key)
    return out


def negotiate(
    accept: str | None,
    kinds: Iterable[str],
    *,
    names: Iterable[str] = (),
    default: str | None = None,
) -> MediaType:
    """The media type to answer with: the client's most wanted concrete type among those of
    ``kinds``; else the first of the format ``names`` that fits; else, when the client takes
    anything (no Accept, or a wildcard), ``default`` (the first kind's). A format name kg
    does not know at all, or an Accept nothing fits, is a 406. A known name of another kind
    (``format=csv`` on a CONSTRUCT: clients send the same parameters whatever the query)
    leaves the choice to Accept."""
    kinds = tuple(kinds)
    offered = {m.media: m for m in of_kind(*kinds)}
    ranked = ranked_media_types(accept or "")
    for media in ranked:
        if media in offered:
            return offered[media]
    names = [n for n in names if n]
    for media in named_types(names):
        if media in offered:
            return offered[media]
    unknown = [n for n in names if not named_types([n])]
    if unknown and len(unknown) == len(names):
        wanted = ", ".join(repr(n[:40]) for n in unknown)
        raise NotAcceptable(
            f"Unknown format {wanted}; use one of {', '.join(_names_for(offered))}, "
            "or an Accept header."
        )
    if not ranked or any(m in WILDCARDS for m in ranked):
        return offered[default or DEFAULTS[kinds[0]]]
    raise NotAcceptable(
        f"Cannot produce any of: {accept[:200]}. Available: {', '.join(_canonical(offered))}."
    )


def _names_for(offered: dict[str, MediaType]) -> list[str]:
    return [n for n, types in FORMAT_NAMES.items() if any(t in offered for t in types)]


def _canonical(offered: dict[str, MediaType]) -> list[str]:
    # the aliases (application/x-turtle, text/n3, ...) would only make the list longer
    seen, out = set(), []
    for media, entry in offered.items():
        if entry.answered_as not in seen:
            seen.add(entry.answered_as)
            out.append(media)
    return out


def accept_for(names: Iterable[str], accept: str | None) -> str:
    """One Accept header that carries both the client's header and its format names, for a
    server that reads only Accept (a remote store): the header's types first, then the
    named ones at a lower q, then the header's wildcards."""
    ranked = ranked_media_types(accept or "")
    concrete = [m for m in ranked if m not in WILDCARDS]
    named = [m for m in named_types(names) if m not in concrete]
    parts = concrete + [f"{m};q=0.5" for m in named]
    if not named:
        parts += [f"{m};q=0.1" for m in ranked if m in WILDCARDS]
    return ", ".join(parts) or "*/*"
