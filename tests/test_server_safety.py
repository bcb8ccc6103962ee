"""The endpoint on the public internet: nothing reached or read, writes locked, honest
limits (timeouts, row caps, busy), isolation of runaway queries. Loopback only; every
loop is bounded in count and time."""

from __future__ import annotations

import http.server
import statistics
import threading
import time

import httpx
import pytest

from kg.pipeline import build
from tests.conftest import SEEDS, running_server

TOKEN = "safety-test-token"
PREFIX = "PREFIX kg: <https://w3id.org/kg-news/ontology#> "
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
POINT = PREFIX + 'SELECT ?a WHERE { ?a kg:name "Dmytro Kuleba" }'


def fresh_store(tmp_path_factory, name):
    store = tmp_path_factory.mktemp(name) / "store"
    assert build([str(SEEDS)], store).ok
    return store


@pytest.fixture(scope="module")
def admin_server(tmp_path_factory):
    store = fresh_store(tmp_path_factory, "admin")
    env = {"KG_ADMIN_TOKEN": TOKEN, "KG_CORS_ORIGINS": "https://analyst.example"}
    with running_server(store, "--max-rows", "5", "--query-timeout", "20", env=env) as base:
        yield base


@pytest.fixture(scope="module")
def narrow_server(tmp_path_factory):
    store = fresh_store(tmp_path_factory, "narrow")
    env = {"KG_QUERY_WORKERS": "1", "KG_MAX_WAITING_QUERIES": "0", "KG_ADMIN_TOKEN": ""}
    with running_server(store, "--query-timeout", "3", env=env) as base:
        yield base


class Canary:
    """A loopback HTTP server that counts every request that reaches it."""

    def __init__(self):
        canary = self
        self.hits = 0

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                canary.hits += 1
                self.send_response(200)
                self.send_header("content-type", "application/n-triples")
                self.end_headers()
                self.wfile.write(b"<http://canary/s> <http://canary/p> <http://canary/o> .\n")

            do_POST = do_GET

            def log_message(self, *args):
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


def query(base, text, **params):
    return httpx.get(f"{base}/sparql", params={"query": text, **params}, timeout=30)


def test_nothing_reaches_out(admin_server):
    canary = Canary()
    try:
        service = query(admin_server, f"SELECT * WHERE {{ SERVICE <{canary.url}> {{ ?s ?p ?o }} }}")
        assert service.status_code == 400 and "SERVICE" in service.json()["error"]["message"]
        lower = query(
            admin_server, f"select * where {{ service silent <{canary.url}> {{ ?s ?p ?o }} }}"
        )
        assert lower.status_code == 400
        from_clause = query(admin_server, f"SELECT * FROM <{canary.url}> WHERE {{ ?s ?p ?o }}")
        assert from_clause.status_code == 200
        assert from_clause.json()["results"]["bindings"] == []
        named = query(
            admin_server,
            "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }",
            **{"named-graph-uri": canary.url},
        )
        assert named.status_code == 200 and named.json()["results"]["bindings"] == []
        default = query(admin_server, "ASK { ?s ?p ?o }", **{"default-graph-uri": canary.url})
        assert default.json()["boolean"] is False
        load = httpx.post(
            f"{admin_server}/update",
            content=f"LOAD <{canary.url}>",
            headers={
                "content-type": "application/sparql-update",
                "authorization": f"Bearer {TOKEN}",
            },
        )
        assert load.status_code == 400
        time.sleep(0.5)
        assert canary.hits == 0
    finally:
        canary.close()


def test_from_file_reads_nothing(admin_server, tmp_path):
    secret = tmp_path / "secret.nt"
    secret.write_text('<http://secret/s> <http://secret/p> "TOP-SECRET-VALUE" .\n')
    response = query(admin_server, f"SELECT * FROM <file://{secret}> WHERE {{ ?s ?p ?o }}")
    assert response.status_code == 200
    assert "TOP-SECRET" not in response.text and response.json()["results"]["bindings"] == []


def test_writes_without_token_are_refused(admin_server, narrow_server):
    update = 'INSERT DATA { <http://x/a> <http://x/b> "c" }'
    headers = {"content-type": "application/sparql-update"}
    assert httpx.post(f"{admin_server}/update", content=update, headers=headers).status_code == 401
    wrong = {**headers, "authorization": "Bearer not-the-token"}
    assert httpx.post(f"{admin_server}/update", content=update, headers=wrong).status_code == 401
    disabled = {**headers, "authorization": f"Bearer {TOKEN}"}
    refused = httpx.post(f"{narrow_server}/update", content=update, headers=disabled)
    assert refused.status_code == 403 and "KG_ADMIN_TOKEN" in refused.json()["error"]["message"]
    assert query(admin_server, "ASK { <http://x/a> ?p ?o }").json()["boolean"] is False


def test_admin_update_is_seen_by_later_queries(admin_server):
    headers = {"content-type": "application/sparql-update", "authorization": f"Bearer {TOKEN}"}
    update = 'INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> "added" } }'
    assert httpx.post(f"{admin_server}/update", content=update, headers=headers).status_code == 204
    assert query(admin_server, "ASK { <http://x/s> ?p ?o }").json()["boolean"] is True
    drop = "DROP GRAPH <http://x/g>"
    assert httpx.post(f"{admin_server}/update", content=drop, headers=headers).status_code == 204
    assert query(admin_server, "ASK { <http://x/s> ?p ?o }").json()["boolean"] is False


def test_timeout_stops_the_query_and_answers_503(narrow_server):
    started = time.monotonic()
    response = query(narrow_server, RUNAWAY, timeout="1")
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert "budget" in response.json()["error"]["message"]
    assert elapsed < 1 + 2
    # the worker was replaced: the next query runs
    assert query(narrow_server, POINT).status_code == 200


def test_client_cannot_raise_the_budget(narrow_server):
    started = time.monotonic()
    response = query(narrow_server, RUNAWAY, timeout="600")
    assert response.status_code == 503 and time.monotonic() - started < 3 + 2


def test_busy_server_answers_503_at_once(narrow_server):
    runaway = threading.Thread(target=query, args=(narrow_server, RUNAWAY), kwargs={"timeout": "2"})
    runaway.start()
    time.sleep(0.5)
    started = time.monotonic()
    response = query(narrow_server, POINT)
    assert response.status_code == 503 and response.headers["retry-after"]
    assert time.monotonic() - started < 1
    runaway.join(timeout=10)


def test_point_queries_stay_fast_during_a_runaway(admin_server):
    runaway = threading.Thread(target=query, args=(admin_server, RUNAWAY), kwargs={"timeout": "4"})
    runaway.start()
    time.sleep(0.3)
    latencies = []
    # from another client: the runaway's own client waits for it (its share is one worker)
    other = httpx.HTTPTransport(local_address="127.0.0.2")
    with httpx.Client(timeout=10, transport=other) as client:
        for _ in range(40):
            started = time.monotonic()
            response = client.get(f"{admin_server}/sparql", params={"query": POINT})
            latencies.append(time.monotonic() - started)
            assert response.status_code == 200
    runaway.join(timeout=15)
    p95 = statistics.quantiles(latencies, n=20)[-1]
    assert p95 <= 0.1, f"p95 {p95 * 1000:.0f} ms"


def test_row_cap_is_flagged_in_header_and_body(admin_server):
    response = query(admin_server, "SELECT * WHERE { ?s ?p ?o }")
    assert response.status_code == 200
    header = [name for name in response.headers if "truncated" in name.lower()]
    assert header
    body = response.json()
    assert body["truncated"] is True and len(body["results"]["bindings"]) == 5
    xml = httpx.get(
        f"{admin_server}/sparql",
        params={"query": "SELECT * WHERE { ?s ?p ?o }"},
        headers={"accept": "application/sparql-results+xml"},
    )
    assert "urn:kg:truncated" in xml.text
    small = query(admin_server, "SELECT * WHERE { ?s ?p ?o } LIMIT 3")
    assert not [n for n in small.headers if "truncated" in n.lower()]


def test_export_is_never_capped(admin_server):
    response = httpx.get(f"{admin_server}/export", params={"format": "nquads"}, timeout=30)
    assert response.status_code == 200
    assert len(response.text.splitlines()) > 500


def test_limits_gzip_cors_and_metrics(admin_server):
    big = httpx.post(
        f"{admin_server}/sparql",
        content="ASK {}" + " " * 200_000,
        headers={"content-type": "application/sparql-query"},
    )
    assert big.status_code == 413 and big.json()["error"]["status"] == 413
    zipped = httpx.get(
        f"{admin_server}/export", params={"format": "nquads"}, headers={"accept-encoding": "gzip"}
    )
    assert zipped.headers.get("content-encoding") == "gzip"
    assert len(zipped.text.splitlines()) > 500  # httpx undid the gzip
    cors = query(admin_server, "ASK {}")
    assert "access-control-allow-origin" not in cors.headers
    allowed = httpx.get(
        f"{admin_server}/sparql",
        params={"query": "ASK {}"},
        headers={"origin": "https://analyst.example"},
    )
    assert allowed.headers["access-control-allow-origin"] == "https://analyst.example"
    assert "access-control-allow-credentials" not in allowed.headers
    metrics = httpx.get(f"{admin_server}/metrics").text
    for name in (
        "kg_queries_total",
        "kg_query_timeouts_total",
        "kg_query_truncations_total",
        "kg_query_duration_seconds_bucket",
    ):
        assert name in metrics


def test_graph_store_protocol(admin_server):
    actors = "https://w3id.org/kg-news/graph/actors"
    got = httpx.get(
        f"{admin_server}/graph", params={"graph": actors}, headers={"accept": "text/turtle"}
    )
    assert got.status_code == 200 and "Kuleba" in got.text
    head = httpx.head(f"{admin_server}/graph", params={"graph": actors})
    assert head.status_code == 200 and head.content == b""
    assert httpx.get(f"{admin_server}/graph", params={"graph": "http://nope/"}).status_code == 404
    for hostile in ("file:///etc/passwd", "http://x/../../etc", "relative"):
        assert httpx.get(f"{admin_server}/graph", params={"graph": hostile}).status_code == 400
    body = "<http://x/s> <http://x/p> <http://x/o> ."
    nt = {"content-type": "application/n-triples"}
    assert (
        httpx.put(f"{admin_server}/graph?graph=http://x/new", content=body, headers=nt).status_code
        == 401
    )
    auth = {**nt, "authorization": f"Bearer {TOKEN}"}
    assert (
        httpx.put(
            f"{admin_server}/graph?graph=http://x/new", content=body, headers=auth
        ).status_code
        == 201
    )
    assert "http://x/o" in httpx.get(f"{admin_server}/graph?graph=http://x/new").text
    deleted = httpx.delete(f"{admin_server}/graph?graph=http://x/new", headers=auth)
    assert deleted.status_code == 204
    assert httpx.get(f"{admin_server}/graph?graph=http://x/new").status_code == 404
