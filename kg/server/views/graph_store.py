"""``/graph``: the SPARQL 1.1 Graph Store Protocol. Anyone reads (GET, HEAD) from the
snapshot; the admin writes (PUT replaces, POST adds, DELETE drops).

An upload is streamed to a temporary file, refused with 413 past ``max_upload_bytes``, and
loaded by Oxigraph from that file: it is never whole in memory as bytes or as Python
objects. RDF/XML with a document type declaration is refused with 400 before it is parsed
(entity declarations would expand: 464 bytes became 300 KB); the decision is made by a
streaming XML parser that reports the declaration, not by looking for text.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import xml.parsers.expat

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response

from kg.errors import NotFound, UnsupportedMedia, UsageError
from kg.formats import BY_MEDIA, GRAPH, negotiate
from kg.server.http import content_type, require_admin, spooled_body
from kg.server.views.update import write

router = APIRouter()
UNION = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
CHUNK = 64 * 1024
# one graph is uploaded at a time: formats that name graphs are refused
DATASET_ONLY = (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)
LOAD_BATCH = 50_000  # quads per write: bounds the memory an upload takes


def target(request: Request) -> ox.NamedNode | ox.DefaultGraph:
    params = request.query_params
    if "default" in params and "graph" not in params:
        return ox.DefaultGraph()
    graphs = params.getlist("graph")
    if len(graphs) != 1:
        raise UsageError("Name one graph: ?graph=IRI, or ?default.")
    iri = graphs[0]
    if not _is_graph_iri(iri):
        raise UsageError("The graph must be an absolute http(s) or urn IRI.")
    try:
        return ox.NamedNode(iri)
    except ValueError:
        raise UsageError("The graph must be an absolute http(s) or urn IRI.") from None


def _is_graph_iri(iri: str) -> bool:
    lowered = iri.lower()
    return (
        lowered.startswith(("http://", "https://", "urn:"))
        and ".." not in iri
        and not any(c in iri for c in '<>"{}|^`\\ \n\t')
        and all(ord(c) >= 0x20 for c in iri)
    )


@router.api_route("/graph", methods=["GET", "HEAD"])
async def graph_get(request: Request):
    graph = target(request)
    chosen = negotiate(request.headers.get("accept"), (GRAPH,))
    reader = request.app.state.snapshots.reader()

    def dump() -> bytes | None:
        if isinstance(graph, ox.DefaultGraph):
            triples = reader.query(UNION, use_default_graph_as_union=True)
            return ox.serialize(triples, format=chosen.format) or b""
        if not reader.contains_named_graph(graph):
            return None
        return reader.dump(format=chosen.format, from_graph=graph) or b""

    body = await asyncio.to_thread(dump)
    if body is None:
        raise NotFound("No such graph in the store.")
    return Response(
        b"" if request.method == "HEAD" else body,
        media_type=chosen.answered_as,
        headers={"Content-Length": str(len(body))},
    )


class _Doctype(Exception):
    pass


def refuse_doctype(path: str) -> None:
    """400 when the XML file declares a document type (and so maybe entities). Reads the
    file with expat in chunks and stops at the root element: a DOCTYPE can only come
    before it."""
    parser = xml.parsers.expat.ParserCreate()

    def doctype(*_args) -> None:
        raise _Doctype

    def root(*_args) -> None:
        raise StopIteration

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.StartElementHandler = root
    try:
        with open(path, "rb") as data:
            while chunk := data.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Doctype:
        raise UsageError(
            "RDF/XML with a document type declaration (DOCTYPE) is refused: entities are "
            "not expanded here."
        ) from None
    except (StopIteration, xml.parsers.expat.ExpatError):
        return  # the root element began, or the XML is malformed: the RDF parser says so


@router.api_route("/graph", methods=["PUT", "POST", "DELETE"])
async def graph_write(request: Request):
    require_admin(request)
    state = request.app.state
    store = state.store.ox
    graph = target(request)
    existed = isinstance(graph, ox.DefaultGraph) or store.contains_named_graph(graph)
    if request.method == "DELETE":
        if not existed:
            raise NotFound("No such graph in the store.")
        drop = store.clear_graph if isinstance(graph, ox.DefaultGraph) else store.remove_graph
        await write(request, drop, graph)
        return Response(status_code=204)
    media, _charset = content_type(request)
    entry = BY_MEDIA.get(media)
    if entry is None or GRAPH not in entry.kinds or entry.format in DATASET_ONLY:
        raise UnsupportedMedia("Send a graph as Turtle, N-Triples, JSON-LD or RDF/XML.")
    path = await spooled_body(request, state.settings.max_upload_bytes)
    try:
        if entry.format == ox.RdfFormat.RDF_XML:
            await asyncio.to_thread(refuse_doctype, path)
        await write(
            request,
            _load,
            store,
            path,
            entry.format,
            graph,
            str(request.url),
            replace=request.method == "PUT" and existed,
        )
    finally:
        os.unlink(path)
    return Response(status_code=204 if existed else 201)


def _load(store: ox.Store, path: str, fmt, graph, base_iri: str, *, replace: bool) -> None:
    """Parse the whole file first (nothing kept), so a bad upload changes nothing; then
    replace or add the graph from the file, ``LOAD_BATCH`` quads at a time: memory stays
    bounded by the batch, whatever the upload's size (a 44 MB file in one transaction
    peaked at 675 MB here; in batches, under 100 MB)."""
    try:
        for _ in ox.parse(path=path, format=fmt, base_iri=base_iri):
            pass
    except SyntaxError as error:
        raise UsageError(f"The graph does not parse: {' '.join(str(error).split())}") from None
    if replace:
        store.clear_graph(graph)
    triples = ox.parse(path=path, format=fmt, base_iri=base_iri)
    while batch := [
        ox.Quad(t.subject, t.predicate, t.object, graph)
        for t in itertools.islice(triples, LOAD_BATCH)
    ]:
        store.bulk_extend(batch)
