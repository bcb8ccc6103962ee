"""``/update``: SPARQL 1.1 updates, for the admin only (a bearer token), applied by the one
writer under the write lock; the query workers see the result from the next snapshot on."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import Response

from kg.errors import MethodNotAllowed, UnsupportedMedia, UsageError
from kg.server.http import (
    FORM,
    UPDATE_TYPE,
    body,
    content_type,
    decode,
    endpoint_url,
    merge_form,
    query_params,
    require_admin,
)
from kg.sparql import run_update

router = APIRouter()


async def write(request: Request, function, *args, **kwargs) -> None:
    """Apply a change to the store, then take the snapshot the workers read."""
    state = request.app.state
    async with state.write_lock:
        await asyncio.to_thread(function, *args, **kwargs)
        await asyncio.to_thread(state.snapshots.take, state.store)
    state.metrics.inc("kg_updates_total")


@router.post("/update")
async def update_post(request: Request):
    require_admin(request)
    media, charset = content_type(request)
    data = await body(request, request.app.state.settings.max_query_bytes)
    params = query_params(request)
    if media == UPDATE_TYPE:
        text = decode(data, charset)
    elif media == FORM:
        form = merge_form(params, decode(data, charset), skip=("update",))
        if len(form.get("update", [])) != 1:
            raise UsageError("Give exactly one 'update' parameter.")
        text = form["update"][0]
    else:
        raise UnsupportedMedia(f"Send the update as {UPDATE_TYPE} or {FORM}.")
    state = request.app.state
    await write(
        request,
        state.updater.run,  # a thread no network connection can be opened from
        run_update,
        state.store,
        text,
        using=params.get("using-graph-uri", []),
        using_named=params.get("using-named-graph-uri", []),
        base_iri=endpoint_url(request),
        refuse=state.refuse,
    )
    return Response(status_code=204)


@router.api_route("/update", methods=["GET", "HEAD", "PUT", "DELETE", "PATCH"])
async def update_other(_request: Request):
    raise MethodNotAllowed("Updates are sent with POST.")
