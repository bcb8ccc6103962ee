"""``/sparql``: SPARQL 1.1 Protocol queries (GET, urlencoded POST, direct POST), and the
service description when no query is given. Updates are refused here (they go to /update).

Every query goes through :func:`answer`, the one place that hands a job to the query pool
(``app.state.pool``: killable workers over a snapshot, or a remote store's runner).
"""

from __future__ import annotations

import time

from fastapi import APIRouter, Request
from fastapi.responses import Response

from kg.errors import (
    KGError,
    MethodNotAllowed,
    QueryRefused,
    QueryTimeout,
    ServerBusy,
    TooLarge,
    UnsupportedMedia,
    UsageError,
)
from kg.server.http import (
    FORM,
    QUERY_TYPE,
    UPDATE_TYPE,
    body,
    content_type,
    decode,
    endpoint_url,
    format_names,
    merge_form,
    query_params,
)
from kg.server.views.service import service_description

router = APIRouter()
READ_ONLY = "This endpoint is read-only: send SPARQL updates to /update with the admin token."


def _timeout(params: dict[str, list[str]], budget: float) -> float:
    """The client's `timeout` parameter may lower the server's budget, never raise it."""
    asked = params.get("timeout", [None])[0]
    if asked is None:
        return budget
    try:
        value = float(asked)
    except ValueError:
        raise UsageError(f"timeout={asked!r} is not a number of seconds.") from None
    if not value > 0:  # also refuses nan
        raise UsageError("timeout must be a positive number of seconds.")
    return min(value, budget)


def _job(request: Request, query: str, params: dict[str, list[str]]) -> dict:
    snapshots = request.app.state.snapshots
    return {
        "snapshot": snapshots.current if snapshots else None,
        "query": query,
        "accept": request.headers.get("accept"),
        "format_names": format_names(params),
        "default_graph_uris": params.get("default-graph-uri", []),
        "named_graph_uris": params.get("named-graph-uri", []),
        "max_rows": request.app.state.settings.max_rows,
        "base_iri": endpoint_url(request),
    }


async def answer(request: Request, query: str, params: dict[str, list[str]]) -> Response:
    state = request.app.state
    settings, metrics = state.settings, state.metrics
    if len(query.encode()) > settings.max_query_bytes:
        raise TooLarge(f"The query is over the {settings.max_query_bytes:,}-byte limit.")
    timeout = _timeout(params, settings.query_timeout_s)
    job = _job(request, query, params)
    started = time.perf_counter()
    metrics.inc("kg_queries_total")
    try:
        result = await state.pool.run(job, timeout, state.clients.of_request(request))
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


def _one_query(params: dict[str, list[str]]) -> str:
    queries = params.get("query", [])
    if len(queries) != 1:
        raise UsageError("Give exactly one 'query' parameter.")
    return queries[0]


@router.api_route("/sparql", methods=["GET", "HEAD"])
async def sparql_get(request: Request):
    params = query_params(request)
    if "update" in params:
        raise MethodNotAllowed("Updates are never sent with GET: POST them to /update.")
    if not params.get("query"):
        return service_description(request)
    return await answer(request, _one_query(params), params)


@router.post("/sparql")
async def sparql_post(request: Request):
    media, charset = content_type(request)
    data = await body(request, request.app.state.settings.max_query_bytes)
    params = query_params(request)
    if media == UPDATE_TYPE:
        raise QueryRefused(READ_ONLY)
    if media == QUERY_TYPE:
        return await answer(request, decode(data, charset), params)
    if media == FORM:
        form = merge_form(params, decode(data, charset))
        if "update" in form:
            raise QueryRefused(READ_ONLY)
        return await answer(request, _one_query(params), params)
    raise UnsupportedMedia(f"Send the query as {QUERY_TYPE} or {FORM}.")


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"])
async def sparql_other(_request: Request):
    raise MethodNotAllowed("Queries are sent with GET or POST.")
