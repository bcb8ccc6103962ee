"""The endpoint's app: :func:`create_app` builds it, its middleware and its error handlers,
and mounts the views (``kg/server/views``):

- ``sparql``: SPARQL 1.1 Protocol queries at /sparql (and the service description);
- ``update``: SPARQL updates at /update (admin); ``graph_store``: /graph (reads; admin
  writes); ``export``: /export;
- ``pages``: /, /id/…, /network, /ontology, /static; ``api``: /api/…, /health, /metrics;
  ``service``: /.well-known/void.

The server process is the store's only writer; queries run in killable worker processes
over a frozen copy of the store, refreshed after every write. Over a remote store only the
query routes, /health and /metrics are served.

Invariants: every error answers with one JSON shape, ``{"error": {"status": int,
"message": str}}`` (unknown routes, wrong methods and unexpected faults too, never a
traceback); every HTML response carries a Content-Security-Policy without inline script;
the access log escapes control characters of the request.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware

from kg import __version__
from kg.config import Settings, load_settings
from kg.errors import KGError, ServerBusy
from kg.machine import usable_cores
from kg.server.clients import ClientKeys
from kg.server.http import error_response
from kg.server.metrics import Metrics
from kg.server.remote_runner import RemoteRunner
from kg.server.sandbox import SandboxedThread
from kg.server.snapshots import Snapshots
from kg.server.views import api, export, graph_store, pages, service, sparql, update
from kg.server.workers import QueryPool, guards_off
from kg.store import is_remote, open_store

log = logging.getLogger("kg.access")

MAX_HEADER_BYTES = 16 * 1024
# HTML pages: our own scripts and styles only. YASGUI sets style attributes and <style>
# elements from script ('unsafe-inline' styles); no page runs inline script or eval.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


def create_app(store_path: str | Path, settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    remote = is_remote(str(store_path))
    workers = settings.query_workers or usable_cores()
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
        openapi_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.metrics = Metrics()
    app.state.store = store
    app.state.pool = pool
    app.state.clients = ClientKeys(settings.trusted_proxies)  # who asks, for sharing workers
    app.state.snapshots = snapshots  # .reader(): a read-only pyoxigraph Store of the copy
    app.state.write_lock = asyncio.Lock()
    app.state.updater = updater  # the sandboxed thread updates run on
    app.state.refuse = "refusal" not in off
    _add_middleware(app, settings)
    _add_error_handlers(app)
    app.include_router(sparql.router)
    app.include_router(api.status_router)
    if not remote:
        # writes, graph reads, exports and pages go to the store server itself
        for view in (update, graph_store, export, pages, api):
            app.include_router(view.router)
        app.add_api_route("/.well-known/void", service.void_description, methods=["GET"])
    return app


def _add_middleware(app: FastAPI, settings: Settings) -> None:
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
    async def guard_and_log(request: Request, call_next):
        started = time.perf_counter()
        status = 500
        try:
            if sum(len(k) + len(v) for k, v in request.headers.raw) > MAX_HEADER_BYTES:
                response = error_response(431, "The request headers are too large.")
            else:
                response = await call_next(request)
            status = response.status_code
            response.headers.update(SECURITY_HEADERS)
            if response.headers.get("content-type", "").startswith("text/html"):
                response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
            return response
        finally:
            app.state.metrics.inc("kg_requests_total")
            # the path only: query strings may be long; tokens travel in headers, never logged
            log.info(
                '%s "%s %s" %d %.1fms',
                request.client.host if request.client else "-",
                printable(request.method),
                printable(request.scope.get("path", "")),
                status,
                1000 * (time.perf_counter() - started),
            )


def printable(text: str) -> str:
    """Text safe for a log line: control characters (ESC, NUL, newlines, DEL, C1) and
    backslashes written as escapes, so a request cannot forge lines or drive a terminal."""
    return "".join(
        c if c.isprintable() and c != "\\" else c.encode("unicode_escape").decode("ascii")
        for c in text
    )


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(KGError)
    async def kg_error(_request: Request, error: KGError):
        headers = {"Retry-After": "1"} if isinstance(error, ServerBusy) else None
        return error_response(error.http_status, str(error), headers)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, error: HTTPException):
        # unknown routes (404), wrong methods (405): the one shape, not {"detail": ...}
        message = {404: "Nothing here: see / for the pages and /sparql for queries."}.get(
            error.status_code, str(error.detail)
        )
        return error_response(error.status_code, message, getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, _error: RequestValidationError):
        return error_response(400, "The request's parameters are not valid.")

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, error: Exception):
        logging.getLogger("kg.server").exception("unexpected error")
        return error_response(500, "The server failed on this request; it is logged.")
