"""The endpoint: SPARQL 1.1 Protocol queries at /sparql, updates at /update, the Graph Store
Protocol at /graph, a streamed full export at /export, /health and /metrics.

The server process is the store's only writer; queries run in killable worker processes
over a frozen copy of the store, refreshed after every write. Every error answers with one
JSON shape, pinned by a test: ``{"error": {"status": int, "message": str}}``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph as ox
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.background import BackgroundTask
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware

from kg import __version__
from kg.config import Settings, load_settings
from kg.errors import KGError, QueryError, QueryTimeout, UsageError
from kg.server import pages
from kg.server.clients import ClientKeys
from kg.server.fairness import fair_slots
from kg.server.metrics import Metrics
from kg.server.sandbox import SandboxedThread
from kg.server.workers import QueryPool, ServerBusy, guards_off
from kg.sparql import GRAPH_TYPES, negotiate, run_update
from kg.store import EXPORT_FORMATS, is_remote, open_store

log = logging.getLogger("kg.access")

SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>,
        <http://www.w3.org/ns/formats/SPARQL_Results_XML>,
        <http://www.w3.org/ns/formats/SPARQL_Results_CSV>,
        <http://www.w3.org/ns/formats/SPARQL_Results_TSV>,
        <http://www.w3.org/ns/formats/Turtle>,
        <http://www.w3.org/ns/formats/N-Triples>,
        <http://www.w3.org/ns/formats/N-Quads>,
        <http://www.w3.org/ns/formats/TriG>,
        <http://www.w3.org/ns/formats/JSON-LD>,
        <http://www.w3.org/ns/formats/RDF_XML> ;
    sd:feature sd:UnionDefaultGraph ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""

MAX_HEADER_BYTES = 16 * 1024
KEPT_SNAPSHOTS = 8
FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
READ_ONLY = "This endpoint is read-only: send SPARQL updates to /update with the admin token."


def error_response(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(
        {"error": {"status": status, "message": message}}, status_code=status, headers=headers
    )


class Snapshots:
    """Frozen copies of the store for the query workers, one per write generation."""

    def __init__(self, store_path: Path):
        self.root = Path(
            tempfile.mkdtemp(prefix=f".{store_path.name}-snapshots-", dir=store_path.parent)
        )
        self.generation = 0
        self.current: str | None = None

    def take(self, store) -> str:
        self.generation += 1
        target = self.root / f"g{self.generation}"
        store.ox.backup(str(target))
        self.current = str(target)
        # a worker may still open or read a copy handed out a few writes ago: keep the last
        # few (hard links, so cheap) and drop older ones
        for old in self.root.iterdir():
            if int(old.name[1:]) <= self.generation - KEPT_SNAPSHOTS:
                shutil.rmtree(old, ignore_errors=True)
        return self.current

    def reader(self):
        """A read-only handle on the current copy, opened once per generation."""
        if getattr(self, "_reader_for", None) != self.current:
            self._reader, self._reader_for = ox.Store.read_only(self.current), self.current
        return self._reader

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def create_app(store_path: str | Path, settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    remote = is_remote(str(store_path))
    workers = settings.query_workers or os.cpu_count() or 1
    if remote:
        # another SPARQL server holds the data: queries are checked here and forwarded
        store, snapshots = open_store(str(store_path)), None
        pool = RemoteRunner(store, workers, settings)
    else:
        store_path = Path(store_path)
        store = open_store(store_path, create=False)
        snapshots = Snapshots(store_path)
        snapshots.take(store)
        pool = QueryPool.for_settings(settings, workers, snapshots.current)
    off = guards_off(settings.test_unguard)  # testing only
    updater = SandboxedThread(enabled="sandbox" not in off)  # updates run there
    clients = ClientKeys(settings.trusted_proxies)  # who asks, for sharing the workers
    metrics = Metrics()
    write_lock = asyncio.Lock()

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        await pool.start()
        try:
            yield
        finally:
            await pool.stop()
            updater.close()
            if snapshots is not None:
                snapshots.close()

    app = FastAPI(
        title="kg SPARQL endpoint",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.metrics = metrics
    app.state.snapshots = snapshots  # .reader(): a read-only pyoxigraph Store of the current copy
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    origins = [o.strip() for o in settings.cors_origins.split(",") if o.strip()]
    if origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "HEAD"],
            allow_headers=["Content-Type", "Accept"],
        )

    @app.middleware("http")
    async def access_log(request: Request, call_next):
        started = time.perf_counter()
        status = 500
        try:
            if sum(len(k) + len(v) for k, v in request.headers.raw) > MAX_HEADER_BYTES:
                response = error_response(431, "The request headers are too large.")
            else:
                response = await call_next(request)
            status = response.status_code
            return response
        finally:
            metrics.inc("kg_requests_total")
            # the path only: query strings may be long; tokens travel in headers, never logged
            log.info(
                '%s "%s %s" %d %.1fms',
                request.client.host if request.client else "-",
                request.method,
                request.url.path,
                status,
                1000 * (time.perf_counter() - started),
            )

    @app.exception_handler(KGError)
    async def kg_error(_request: Request, error: KGError):
        headers = {"Retry-After": "1"} if isinstance(error, ServerBusy) else None
        return error_response(error.http_status, str(error), headers)

    @app.get("/health")
    async def health():
        return {"status": "ok", "version": __version__}

    @app.get("/metrics")
    async def prometheus():
        return Response(metrics.render(), media_type="text/plain; version=0.0.4")

    # ------------------------------------------------------------ queries
    async def answer(request: Request, query: str, params: dict[str, list[str]]) -> Response:
        if len(query.encode()) > settings.max_query_bytes:
            return error_response(
                413, f"The query is over the {settings.max_query_bytes:,}-byte limit."
            )
        timeout = _timeout(params, settings.query_timeout_s)
        accept = params.get("format", [None])[0]
        accept = _FORMAT_ALIASES.get(accept, accept) if accept else request.headers.get("accept")
        job = {
            "snapshot": snapshots.current if snapshots else None,
            "query": query,
            "accept": accept,
            "default_graph_uris": params.get("default-graph-uri", []),
            "named_graph_uris": params.get("named-graph-uri", []),
            "max_rows": settings.max_rows,
            "base_iri": str(request.url.replace(query="")),
        }
        started = time.perf_counter()
        metrics.inc("kg_queries_total")
        try:
            result = await pool.run(job, timeout, clients.of_request(request))
        except QueryTimeout:
            metrics.inc("kg_query_timeouts_total")
            raise
        except ServerBusy:
            metrics.inc("kg_queries_rejected_busy_total")
            raise
        except KGError:
            metrics.inc("kg_query_errors_total")
            raise
        finally:
            metrics.observe(time.perf_counter() - started)
        headers = {}
        if result.truncated:
            metrics.inc("kg_query_truncations_total")
            headers["X-KG-Truncated"] = f"true; rows={result.rows}"
        return Response(result.body, media_type=result.media_type, headers=headers)

    @app.api_route("/sparql", methods=["GET", "HEAD"])
    async def sparql_get(request: Request):
        params = _multi(request.query_params.multi_items())
        if "update" in params:
            return error_response(405, "Updates are never sent with GET: POST them to /update.")
        queries = params.get("query", [])
        if not queries:
            endpoint = str(request.url.replace(query=""))
            return Response(SERVICE_DESCRIPTION.format(endpoint=endpoint), media_type="text/turtle")
        if len(queries) > 1:
            raise UsageError("Give exactly one 'query' parameter.")
        return await answer(request, queries[0], params)

    @app.post("/sparql")
    async def sparql_post(request: Request):
        content_type, charset = _content_type(request)
        body = await _body(request, settings.max_query_bytes)
        params = _multi(request.query_params.multi_items())
        if content_type == UPDATE_TYPE:
            return error_response(403, READ_ONLY)
        if content_type == QUERY_TYPE:
            return await answer(request, _decode(body, charset), params)
        if content_type == FORM:
            form = parse_qs(_decode(body, charset), keep_blank_values=True)
            if "update" in form:
                return error_response(403, READ_ONLY)
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
            if len(params.get("query", [])) != 1:
                raise UsageError("Give exactly one 'query' parameter.")
            return await answer(request, params["query"][0], params)
        return error_response(415, f"Send the query as {QUERY_TYPE} or {FORM}.")

    @app.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"])
    async def sparql_other(_request: Request):
        return error_response(405, "Queries are sent with GET or POST.")

    if remote:
        # writes, graph reads, exports and pages go to the store server itself
        return app

    # ------------------------------------------------------------ writes (admin only)
    def require_admin(request: Request) -> None:
        token = settings.admin_token
        if not token:
            raise _Forbidden("Writes are disabled: the server runs without KG_ADMIN_TOKEN.")
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.encode(), token.encode()):
            raise _Unauthorized("Writes need the admin token: Authorization: Bearer <token>.")

    async def write(function, *args, **kwargs) -> None:
        async with write_lock:
            await asyncio.to_thread(function, *args, **kwargs)
            await asyncio.to_thread(snapshots.take, store)
        metrics.inc("kg_updates_total")

    @app.post("/update")
    async def update_post(request: Request):
        require_admin(request)
        content_type, charset = _content_type(request)
        body = await _body(request, settings.max_query_bytes)
        params = _multi(request.query_params.multi_items())
        if content_type == UPDATE_TYPE:
            text = _decode(body, charset)
        elif content_type == FORM:
            form = parse_qs(_decode(body, charset), keep_blank_values=True)
            if len(form.get("update", [])) != 1:
                raise UsageError("Give exactly one 'update' parameter.")
            for key, values in form.items():
                if key != "update":
                    params.setdefault(key, []).extend(values)
            text = form["update"][0]
        else:
            return error_response(415, f"Send the update as {UPDATE_TYPE} or {FORM}.")
        await write(
            updater.run,
            run_update,
            store,
            text,
            using=params.get("using-graph-uri", []),
            using_named=params.get("using-named-graph-uri", []),
            base_iri=str(request.url.replace(query="")),
            refuse="refusal" not in off,
        )
        return Response(status_code=204)

    @app.get("/update")
    async def update_get(_request: Request):
        return error_response(405, "Updates are sent with POST.")

    # ------------------------------------------------------------ graph store protocol
    def graph_target(request: Request) -> ox.NamedNode | ox.DefaultGraph | None:
        params = request.query_params
        if "default" in params and "graph" not in params:
            return ox.DefaultGraph()
        graphs = params.getlist("graph")
        if len(graphs) != 1:
            raise UsageError("Name one graph: ?graph=IRI, or ?default.")
        iri = graphs[0]
        if not _is_graph_iri(iri):
            raise UsageError("The graph must be an absolute http(s) or urn IRI.")
        return ox.NamedNode(iri)

    @app.api_route("/graph", methods=["GET", "HEAD"])
    async def graph_get(request: Request):
        target = graph_target(request)
        media_type, fmt = negotiate(request.headers.get("accept"), GRAPH_TYPES, "text/turtle")
        reader = snapshots.reader()

        def dump() -> bytes | None:
            if isinstance(target, ox.DefaultGraph):
                triples = reader.query(
                    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
                )
                return ox.serialize(triples, format=fmt)
            if not reader.contains_named_graph(target):
                return None
            return reader.dump(format=fmt, from_graph=target)

        body = await asyncio.to_thread(dump)
        if body is None:
            return error_response(404, "No such graph in the store.")
        return Response(b"" if request.method == "HEAD" else body, media_type=media_type)

    @app.api_route("/graph", methods=["PUT", "POST", "DELETE"])
    async def graph_write(request: Request):
        require_admin(request)
        target = graph_target(request)
        if request.method == "DELETE":
            exists = isinstance(target, ox.DefaultGraph) or store.ox.contains_named_graph(target)
            if not exists:
                return error_response(404, "No such graph in the store.")
            await write(
                store.ox.clear_graph
                if isinstance(target, ox.DefaultGraph)
                else store.ox.remove_graph,
                target,
            )
            return Response(status_code=204)
        content_type, _charset = _content_type(request)
        fmt = GRAPH_TYPES.get(content_type)
        if fmt is None or fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            return error_response(415, "Send a graph as Turtle, N-Triples, JSON-LD or RDF/XML.")
        body = await _body(request, settings.max_upload_bytes)
        try:
            triples = list(ox.parse(body, format=fmt, base_iri=str(request.url)))
        except SyntaxError as error:
            return error_response(400, f"The graph does not parse: {' '.join(str(error).split())}")
        existed = isinstance(target, ox.DefaultGraph) or store.ox.contains_named_graph(target)
        quads = [ox.Quad(t.subject, t.predicate, t.object, target) for t in triples]

        def replace_or_add() -> None:
            if request.method == "PUT" and existed:
                store.ox.clear_graph(target)
            store.ox.extend(quads)

        await write(replace_or_add)
        return Response(status_code=204 if existed else 201)

    # ------------------------------------------------------------ export
    @app.get("/export")
    async def export(request: Request):
        fmt = request.query_params.get("format", "nquads")
        if fmt not in EXPORT_FORMATS:
            return error_response(
                400, f"Unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}."
            )
        reader_path = snapshots.current
        handle, name = tempfile.mkstemp(prefix="kg-export-")
        os.close(handle)

        def dump() -> None:
            from kg.store.local import LocalStore

            with open(name, "wb") as output:
                LocalStore(Path(reader_path), ox.Store.read_only(reader_path), True).export(
                    output, fmt
                )

        await asyncio.to_thread(dump)
        media = {
            "turtle": "text/turtle",
            "nquads": "application/n-quads",
            "trig": "application/trig",
            "ntriples": "application/n-triples",
            "jsonld": "application/ld+json",
        }[fmt]
        return FileResponse(name, media_type=media, background=BackgroundTask(os.unlink, name))

    app.include_router(pages.router)
    return app


class RemoteRunner:
    """Queries over a remote store: checked here (SERVICE and LOAD refused, limits kept),
    answered by the store server, at most ``size`` at once, shared fairly among clients."""

    def __init__(self, remote, size: int, settings: Settings):
        self.remote = remote
        self._slots = fair_slots(
            [None] * max(1, size), settings.client_query_slots, settings.max_waiting_queries
        )

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        self.remote.client.close()

    async def run(self, job: dict, timeout: float, client: str = "-"):
        from kg.sparql import QueryResult, inspect

        inspect(job["query"])  # refuses SERVICE and LOAD before anything is sent
        slot = await self._slots.acquire(client, timeout)
        try:
            media_type, body = await asyncio.to_thread(
                self.remote.forward,
                job["query"],
                job["accept"] or "*/*",
                timeout,
                job["default_graph_uris"],
                job["named_graph_uris"],
            )
        finally:
            self._slots.release(client, slot)
        return QueryResult(media_type, body, "remote")


class _Forbidden(QueryError):
    http_status = 403


class _Unauthorized(QueryError):
    http_status = 401


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


def _multi(items) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in items:
        out.setdefault(key, []).append(value)
    return out


def _timeout(params: dict[str, list[str]], budget: float) -> float:
    """The client's `timeout` parameter may lower the server's budget, never raise it."""
    asked = params.get("timeout", [None])[0]
    if asked is None:
        return budget
    try:
        value = float(asked)
    except ValueError:
        raise UsageError(f"timeout={asked!r} is not a number of seconds.") from None
    if value <= 0:
        raise UsageError("timeout must be a positive number of seconds.")
    return min(value, budget)


def _content_type(request: Request) -> tuple[str, str]:
    raw = request.headers.get("content-type", "")
    media, _, params = raw.partition(";")
    charset = "utf-8"
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.strip().lower(), charset


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise _TooLarge(f"The request body is over the {limit:,}-byte limit.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _TooLarge(f"The request body is over the {limit:,}-byte limit.")
        chunks.append(chunk)
    return b"".join(chunks)


class _TooLarge(QueryError):
    http_status = 413


def _decode(body: bytes, charset: str = "utf-8") -> str:
    if charset not in ("utf-8", "utf8"):
        raise UsageError(f"Send the body as UTF-8, not {charset}.")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError("The request body is not valid UTF-8.") from None


def _is_graph_iri(iri: str) -> bool:
    lowered = iri.lower()
    return (
        lowered.startswith(("http://", "https://", "urn:"))
        and ".." not in iri
        and not any(c in iri for c in '<>"{}|^`\\ \n\t')
    )
