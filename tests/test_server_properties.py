"""Property: whatever values a client sends for whatever parameter of whatever route, the
server never answers 5xx, and every error has the one shape. The routes come from the app
itself (a new route is covered without editing this file); the requests go over HTTP to a
real `kg serve` on loopback."""

from __future__ import annotations

import re
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.config import load_settings
from kg.pipeline import build
from kg.server import create_app
from kg.store import open_store
from tests.conftest import SEEDS, running_server

TOKEN = "property-test-token"
# every parameter a view reads (query string or form)
PARAMETERS = (
    "query update format output results timeout default-graph-uri named-graph-uri "
    "using-graph-uri using-named-graph-uri graph default hl from to"
).split()
ACCEPTS = (
    "*/*",
    "text/html",
    "application/sparql-results+json",
    "application/rdf+xml",
    "text/plain",
    "image/png",
    "application/ld+json;q=0",
)
CONTENT_TYPES = (
    "application/x-www-form-urlencoded",
    "application/sparql-query",
    "application/sparql-update",
    "application/n-triples",
    "application/rdf+xml",
    "text/turtle",
    "image/png",
)


def app_routes(tmp_path_factory) -> list[tuple[str, str]]:
    """(path template, method) for every route of an app built like the server's."""
    empty = tmp_path_factory.mktemp("routes") / "store"
    open_store(empty)
    app = create_app(empty, load_settings(environ={}))  # never started: no workers
    found: list[tuple[str, str]] = []

    def walk(routes) -> None:
        for route in routes:
            if hasattr(route, "original_router"):  # an included router
                walk(route.original_router.routes)
            elif getattr(route, "methods", None):
                found.extend((route.path, m) for m in sorted(route.methods))

    walk(app.routes)
    app.state.snapshots.close()
    return found


@pytest.fixture(scope="module")
def routes(tmp_path_factory):
    found = app_routes(tmp_path_factory)
    paths = {path for path, _ in found}
    assert {"/sparql", "/update", "/graph", "/export", "/id/{path:path}", "/api/meetings"} <= paths
    return found


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = tmp_path_factory.mktemp("properties") / "store"
    assert build([str(SEEDS)], store).ok
    with running_server(store, "--query-timeout", "5", env={"KG_ADMIN_TOKEN": TOKEN}) as base:
        yield base


def fill(path: str, value: str) -> str:
    """The path template with its parameters filled (path parameters take slashes)."""
    return re.sub(r"\{[^}]+\}", lambda _m: quote(value, safe="/"), path)


text = st.text(max_size=60) | st.sampled_from(["", "0", "-1", "nan", "1e309", "²,5", "9" * 400])
requests = st.fixed_dictionaries(
    {
        "route": st.integers(min_value=0),
        "path_value": text,
        "params": st.dictionaries(st.sampled_from(PARAMETERS), text, max_size=4),
        "accept": st.sampled_from(ACCEPTS),
        "content_type": st.sampled_from(CONTENT_TYPES),
        "body": st.binary(max_size=200),
        "admin": st.booleans(),
    }
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(request=requests)
def test_no_5xx_and_one_error_shape(server, routes, request):
    path, method = routes[request["route"] % len(routes)]
    headers = {"accept": request["accept"], "content-type": request["content_type"]}
    if request["admin"]:
        headers["authorization"] = f"Bearer {TOKEN}"
    response = httpx.request(
        method,
        server + fill(path, request["path_value"]),
        params=request["params"],
        headers=headers,
        content=request["body"] if method in ("POST", "PUT") else None,
        timeout=60,
    )
    assert response.status_code < 500, (method, path, request, response.text[:300])
    if response.status_code >= 400 and method != "HEAD":
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
        assert body["error"]["status"] == response.status_code
        assert isinstance(body["error"]["message"], str) and body["error"]["message"]
