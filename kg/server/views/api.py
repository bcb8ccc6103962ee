"""JSON for the network page (``/api/meetings``, the meeting kind's network;
``/api/timeline``, the facts of every kind on the timeline, kg.kinds), liveness (``/health``)
and Prometheus metrics (``/metrics``)."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response

from kg import __version__
from kg.errors import UsageError
from kg.kinds import registry
from kg.server.render import KG, local, run_select, short, v

router = APIRouter()
status_router = APIRouter()  # served over a remote store too
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
XSD_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
EARLIEST, LATEST = "0001-01-01", "9999-12-31"


@status_router.get("/health")
async def health():
    return {"status": "ok", "version": __version__}


@status_router.get("/metrics")
async def prometheus(request: Request):
    return Response(request.app.state.metrics.render(), media_type="text/plain; version=0.0.4")


def date_range(request: Request) -> dict[str, ox.Literal]:
    """``from`` and ``to`` as xsd:date terms (open ends: the first and last day there is),
    and ``everything``: true when neither is given (undated facts are shown then)."""
    everything = not (request.query_params.get("from") or request.query_params.get("to"))
    out = {"everything": ox.Literal("true" if everything else "false", datatype=XSD_BOOLEAN)}
    for name, open_end in (("from", EARLIEST), ("to", LATEST)):
        value = request.query_params.get(name) or open_end
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            value = None
        if value is None or len(value) != 10:
            shown = request.query_params.get(name, "")[:40]
            raise UsageError(f"{name}={shown!r} is not a date (YYYY-MM-DD).")
        out[name] = ox.Literal(value, datatype=XSD_DATE)
    return out


@router.get("/api/meetings")
async def api_meetings(request: Request):
    """Who met or called whom: nodes (actors), edges (pairs, with counts), in a date range."""
    base = request.app.state.settings.base_iri
    rows = await run_select(request, "meetings.rq", **date_range(request))
    meetings: dict[str, dict] = {}
    nodes: dict[str, dict] = {}
    for r in rows:
        actor = r["actor"].value
        node = nodes.setdefault(
            actor,
            {
                "id": actor,
                "label": v(r["name"]) or short(actor, base),
                "type": "",
                "href": local(actor, base) or actor,
            },
        )
        if r["type"] is not None and r["type"].value.startswith(KG):
            node["type"] = r["type"].value[len(KG) :]
        meeting = meetings.setdefault(
            r["m"].value,
            {
                "id": r["m"].value,
                "href": local(r["m"].value, base),
                "date": v(r["date"]),
                "mode": v(r["mode"]),
                "status": v(r["status"]),
                "participants": [],
            },
        )
        if actor not in meeting["participants"]:
            meeting["participants"].append(actor)
    edges: dict[tuple[str, str], dict] = {}
    for meeting in meetings.values():
        people = sorted(meeting["participants"])
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                edge = edges.setdefault(
                    (a, b), {"from": a, "to": b, "meetings": 0, "calls": 0, "dates": []}
                )
                edge["meetings"] += 1
                if meeting["mode"] in ("phone", "video"):
                    edge["calls"] += 1
                if meeting["date"]:
                    edge["dates"].append(meeting["date"])
    return {
        "nodes": sorted(nodes.values(), key=lambda n: n["label"]),
        "edges": list(edges.values()),
        "meetings": list(meetings.values()),
    }


@router.get("/api/timeline")
async def api_timeline(request: Request):
    """The facts of every kind on the timeline (meetings, deployments, a plugged-in kind's)
    in a date range, by date."""
    base = request.app.state.settings.base_iri
    kinds = {str(kind.fact_class): kind for kind in registry if kind.on_timeline}
    rows = await run_select(
        request,
        "timeline.rq",
        classes=[ox.NamedNode(c) for c in kinds],
        roles=[ox.NamedNode(str(k.role)) for k in kinds.values() if k.role is not None],
        **date_range(request),
    )
    events = [
        {
            "id": r["e"].value,
            "href": local(r["e"].value, base),
            "kind": kinds[r["class"].value].key,
            "date": v(r["date"]),
            "actors": v(r["actors"]) or "",
            "mode": v(r["mode"]),
            "status": v(r["status"]),
            "force": v(r["force"]),
            "size": v(r["size"]),
            "location": v(r["location"]),
        }
        for r in rows
    ]
    events.sort(key=lambda e: (e["date"] is None, e["date"] or ""))  # undated last
    return {"events": events}
