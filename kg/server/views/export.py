"""``/export``: the whole store from the current snapshot, written to a temporary file off
the event loop and streamed from there (never capped, never whole in memory)."""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from kg.errors import UsageError
from kg.formats import FORMAT_NAMES
from kg.store import EXPORT_FORMATS
from kg.store.local import LocalStore

router = APIRouter()


@router.get("/export")
async def export(request: Request):
    fmt = request.query_params.get("format", "nquads")
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"Unknown format {fmt[:40]!r}; use one of {', '.join(EXPORT_FORMATS)}.")
    snapshot = request.app.state.snapshots.current
    handle, name = tempfile.mkstemp(prefix="kg-export-")
    os.close(handle)

    def dump() -> None:
        with open(name, "wb") as output:
            LocalStore(Path(snapshot), ox.Store.read_only(snapshot), True).export(output, fmt)

    try:
        await asyncio.to_thread(dump)
    except BaseException:
        os.unlink(name)
        raise
    return FileResponse(
        name, media_type=FORMAT_NAMES[fmt][0], background=BackgroundTask(os.unlink, name)
    )
