"""The analyst's pages and the linked-data routes.

- ``/``: a SPARQL editor (YASGUI, vendored under ``static/yasgui``) on ``/sparql``, with
  example questions over the ontology.
- ``/id/{path}``: every IRI kg mints under ``{base}id/`` answers here. HTML for a browser;
  Turtle, JSON-LD, N-Triples (also as ``text/plain``) or RDF/XML by ``Accept`` (or
  ``?format=``, which wins here), answered directly (200, ``Vary: Accept``), never by a 303;
  404 for IRIs the store does not hold.
- ``/network``: who met or called whom (vis-network, vendored), with a timeline.
- ``/ontology``: the vocabulary (HTML or RDF).

Everything reads the frozen snapshot off the event loop; markup lives in ``templates/``.
"""

from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.staticfiles import StaticFiles

from kg.errors import NotFound
from kg.formats import GRAPH, PAGE, MediaType, negotiate
from kg.ids import Iris
from kg.server.render import (
    HERE,
    KG,
    ONTOLOGY,
    OWL,
    PREFIXES,
    RDF_TYPE,
    SKOS,
    SPARQL_PREFIXES,
    TURTLE_PREFIXES,
    link,
    query_text,
    render,
    run_ask,
    run_construct,
    run_select,
    v,
)
from kg.server.views.describe import (
    actor_page,
    actor_roles,
    article_page,
    base_of,
    generic_page,
)

STATIC = HERE / "static"
ACTOR_TYPES = {f"{KG}Person", f"{KG}Organization", f"{KG}Country", f"{KG}Group", f"{KG}Actor"}
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")

router = APIRouter()
_static = StaticFiles(directory=STATIC)


@router.api_route("/static/{path:path}", methods=["GET", "HEAD"], include_in_schema=False)
async def static(request: Request, path: str):
    """The vendored libraries and our own scripts; StaticFiles refuses paths out of STATIC."""
    return await _static.get_response(path, request.scope)


def wanted(request: Request) -> MediaType:
    """HTML or RDF for a linked-data route: ``?format=`` first, then Accept; HTML only when
    the client prefers it (browsers do); ``*/*`` or no Accept gets Turtle."""
    asked = request.query_params.get("format")
    if asked:
        return negotiate(None, (PAGE, GRAPH), names=[asked])
    return negotiate(request.headers.get("accept"), (PAGE, GRAPH), default="text/turtle")


def _rdf(request: Request, body: bytes, chosen: MediaType) -> Response:
    return Response(
        b"" if request.method == "HEAD" else body,
        media_type=chosen.answered_as,
        headers={"Vary": "Accept", "Content-Length": str(len(body))},
    )


# ---------------------------------------------------------------- /id/...
@router.api_route("/id/{path:path}", methods=["GET", "HEAD"])
async def describe(request: Request, path: str):
    iri = f"{base_of(request)}id/{path}"
    try:
        this = ox.NamedNode(iri)
    except ValueError:
        raise NotFound("Not an IRI this server holds.") from None
    if any(c in iri for c in '<>"{}|^`\\ \n\t'):
        raise NotFound("Not an IRI this server holds.")
    chosen = wanted(request)
    if not await run_ask(request, "exists.rq", this=this):
        raise NotFound(f"The store holds nothing about <{iri}>.")
    if PAGE not in chosen.kinds:
        body = await run_construct(
            request, "describe.rq", chosen.format, this=this, roles=actor_roles()
        )
        return _rdf(request, body, chosen)
    rows = await run_select(request, "properties.rq", this=this)
    types = {r["o"].value for r in rows if r["p"].value == RDF_TYPE}
    if types & ACTOR_TYPES:
        return await actor_page(request, iri, rows)
    if f"{KG}Article" in types:
        return await article_page(request, iri, rows)
    return await generic_page(request, iri, rows)


# ---------------------------------------------------------------- the query page
async def _examples(request: Request) -> list[dict[str, str]]:
    """Example questions, filled with names and dates the store actually holds."""
    # the merged facts and actors: one row per fact, not one per article that reports it
    iris = Iris(base_of(request))
    graphs = {
        "facts": ox.NamedNode(str(iris.facts_graph)),
        "actors": ox.NamedNode(str(iris.actors_graph)),
    }
    top = await run_select(request, "top-speaker.rq", **graphs)
    speaker = top[0]["name"] if top else ox.Literal("Dmytro Kuleba")
    dates = await run_select(request, "meeting-dates.rq", **graphs)
    first = v(dates[0]["first"]) if dates else None
    last = v(dates[0]["last"]) if dates else None
    first, last = first or "2022-01-01", last or "2022-12-31"
    newest = await run_select(request, "newest-published.rq")
    latest = newest[0]["latest"] if newest else None
    article = (
        await run_select(request, "latest-article.rq", published=latest)
        if latest is not None
        else await run_select(request, "any-article.rq")
    )
    article_iri = (
        article[0]["a"] if article else ox.NamedNode(f"{base_of(request)}id/article/unknown")
    )
    span = {"from": ox.Literal(first, datatype=XSD_DATE), "to": ox.Literal(last, datatype=XSD_DATE)}
    examples = [
        (f"Everything {speaker.value} said", "example-said.rq", {"speaker": speaker, **graphs}),
        (
            f"Meetings from {first} to {last}, with mode and status",
            "example-meetings.rq",
            {**span, **graphs},
        ),
        ("Deployments by actor, with sizes", "example-deployments.rq", {}),
        ("Who met whom most often", "example-who-met.rq", {}),
        ("Statements that quote the word “Russia”", "example-quotes-russia.rq", {}),
        ("Facts from one article", "example-article-facts.rq", {"article": article_iri}),
    ]
    return [
        {"label": label, "query": SPARQL_PREFIXES + query_text(name, **terms)}
        for label, name, terms in examples
    ]


@router.get("/")
async def query_page(request: Request):
    examples = await _examples(request)
    config = {
        "base": base_of(request),
        "ontology": KG,
        "prefixes": PREFIXES,
        "examples": examples,
    }
    return render("query.html", title="Query", examples=examples, config=config)


@router.get("/network")
async def network_page(_request: Request):
    return render("network.html", title="Network")


# ---------------------------------------------------------------- ontology
async def _ontology_graph(request: Request, fmt) -> bytes:
    reader = request.app.state.snapshots.reader()
    graph = ox.NamedNode(f"{base_of(request)}graph/ontology")

    def run() -> bytes:
        if not reader.contains_named_graph(graph):
            return b""
        prefixes = TURTLE_PREFIXES if fmt == ox.RdfFormat.TURTLE else None
        return reader.dump(format=fmt, from_graph=graph, prefixes=prefixes) or b""

    return await run_in_threadpool(run)


SECTIONS = (
    (f"{OWL}Class", "Classes"),
    (f"{OWL}ObjectProperty", "Object properties"),
    (f"{OWL}DatatypeProperty", "Datatype properties"),
    (f"{SKOS}ConceptScheme", "Controlled vocabularies"),
    (f"{SKOS}Concept", "Concepts"),
)


@router.api_route("/ontology", methods=["GET", "HEAD"])
async def ontology(request: Request):
    chosen = wanted(request)
    if PAGE not in chosen.kinds:
        body = await _ontology_graph(request, chosen.format)
        if not body:
            raise NotFound("The store holds no ontology graph.")
        return _rdf(request, body, chosen)
    base = base_of(request)
    graph = ox.NamedNode(f"{base}graph/ontology")
    rows = await run_select(request, "ontology.rq", graph=graph)
    sections = {
        kind: {"anchor": kind.split("#")[-1], "title": title, "terms": []}
        for kind, title in SECTIONS
    }
    for r in rows:
        iri = r["term"].value
        name = iri[len(KG) :]
        cells = [
            (label, [link(i, base) for i in (v(r[key]) or "").split() if i])
            for label, key in (("domain", "domains"), ("range", "ranges"), ("broader", "supers"))
            if v(r[key])
        ]
        sections[r["kind"].value]["terms"].append(
            {
                "iri": iri,
                "name": name,
                "label": v(r["label"]) or name,
                "comment": v(r["comment"]),
                "cells": cells,
            }
        )
    return render(
        "ontology.html", title="Ontology", ontology=ONTOLOGY, sections=list(sections.values())
    )
