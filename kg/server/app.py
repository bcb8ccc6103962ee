"""FastAPI app: SPARQL 1.1 Protocol queries at /sparql (read-only), /health.

Queries run in a worker thread (pyoxigraph releases the GIL), never on the event loop.
Every error answers with one JSON shape: {"error": {"status": int, "message": str}}.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from kg import __version__
from kg.config import Settings, load_settings
from kg.errors import KGError, QueryError, QueryRefused, UsageError
from kg.sparql import run_query
from kg.store import open_store

SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix kg: <https://w3id.org/kg-news/ontology#> .
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>,
        <http://www.w3.org/ns/formats/SPARQL_Results_XML>,
        <http://www.w3.org/ns/formats/SPARQL_Results_CSV>,
        <http://www.w3.org/ns/formats/SPARQL_Results_TSV>,
        <http://www.w3.org/ns/formats/Turtle>,
        <http://www.w3.org/ns/formats/N-Triples>,
        <http://www.w3.org/ns/formats/JSON-LD> ;
    sd:feature sd:UnionDefaultGraph ;
    sd:defaultDataset [ a sd:Dataset ] .
"""


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def create_app(store_path: str | Path, settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    store = open_store(store_path, read_only=True)
    app = FastAPI(title="kg SPARQL endpoint", version=__version__, docs_url=None, redoc_url=None)
    app.state.store = store
    app.state.settings = settings

    @app.exception_handler(KGError)
    async def kg_error(_request: Request, error: KGError):
        return error_response(error.http_status, str(error))

    @app.get("/health")
    async def health():
        return {"status": "ok", "version": __version__}

    async def answer(request: Request, query: str | None) -> Response:
        if query is None:
            endpoint = str(request.url.replace(query=""))
            return Response(SERVICE_DESCRIPTION.format(endpoint=endpoint), media_type="text/turtle")
        if len(query.encode()) > settings.max_query_bytes:
            return error_response(
                413, f"The query is over the {settings.max_query_bytes:,}-byte limit."
            )
        accept = request.query_params.get("format")
        accept = _FORMAT_ALIASES.get(accept, accept) if accept else request.headers.get("accept")
        result = await run_in_threadpool(run_query, store, query, accept)
        return Response(result.body, media_type=result.media_type)

    @app.get("/sparql")
    async def sparql_get(request: Request):
        params = request.query_params
        if "update" in params:
            raise QueryRefused("This endpoint is read-only: SPARQL updates are refused.")
        queries = params.getlist("query")
        if len(queries) > 1:
            raise UsageError("Give exactly one 'query' parameter.")
        return await answer(request, queries[0] if queries else None)

    @app.post("/sparql")
    async def sparql_post(request: Request):
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await request.body()
        if len(body) > settings.max_query_bytes:
            return error_response(
                413, f"The request body is over the {settings.max_query_bytes:,}-byte limit."
            )
        if content_type == "application/sparql-update":
            raise QueryRefused("This endpoint is read-only: SPARQL updates are refused.")
        if content_type == "application/sparql-query":
            return await answer(request, _decode(body))
        if content_type == "application/x-www-form-urlencoded":
            form = parse_qs(_decode(body), keep_blank_values=True)
            if "update" in form:
                raise QueryRefused("This endpoint is read-only: SPARQL updates are refused.")
            queries = form.get("query", []) + request.query_params.getlist("query")
            if len(queries) != 1:
                raise UsageError("Give exactly one 'query' parameter.")
            return await answer(request, queries[0])
        return error_response(
            415,
            "Send the query as application/sparql-query or application/x-www-form-urlencoded.",
        )

    return app


_FORMAT_ALIASES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise QueryError("The request body is not UTF-8.") from None
