"""One client cannot starve the others: against a real `kg serve` with two query workers, a
client with as many slow queries as there are workers (and more) holds one worker, while
another client's cheap query is answered at once. Clients are told apart by their loopback
address (127.0.0.x) or, behind a trusted proxy, by X-Forwarded-For. Bounded in count and
time."""

from __future__ import annotations

import contextlib
import threading
import time

import httpx
import pytest

from kg.pipeline import build
from tests.conftest import SEEDS, running_server

PROXY = "127.0.0.3"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CHEAP = 'ASK { ?a <https://w3id.org/kg-news/ontology#name> "Dmytro Kuleba" }'
BUDGET = 8  # seconds a slow query may run (or wait)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = tmp_path_factory.mktemp("fair") / "store"
    assert build([str(SEEDS)], store).ok
    env = {
        "KG_QUERY_WORKERS": "2",  # so one client may run one query at once
        "KG_MAX_WAITING_QUERIES": "2",  # so one client may have one query waiting
        "KG_TRUSTED_PROXIES": PROXY,
    }
    with running_server(store, "--query-timeout", "30", env=env) as base:
        yield base


def client(address: str) -> httpx.Client:
    """An HTTP client whose connections come from this loopback address."""
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=60)


class Slow(threading.Thread):
    """A slow query sent in the background; ``response`` and ``elapsed`` once it is done."""

    def __init__(self, base: str, address: str, forwarded_for: str):
        super().__init__()
        self.base, self.address, self.forwarded_for = base, address, forwarded_for
        self.response: httpx.Response | None = None
        self.elapsed = 0.0

    def run(self) -> None:
        started = time.monotonic()
        with client(self.address) as http:
            self.response = http.get(
                f"{self.base}/sparql",
                params={"query": SLOW, "timeout": str(BUDGET)},
                headers={"x-forwarded-for": self.forwarded_for},
            )
        self.elapsed = time.monotonic() - started


def cheap(base: str, address: str, forwarded_for: str | None = None) -> tuple[int, float]:
    headers = {"x-forwarded-for": forwarded_for} if forwarded_for else {}
    started = time.monotonic()
    with client(address) as http:
        response = http.get(f"{base}/sparql", params={"query": CHEAP}, headers=headers)
    return response.status_code, time.monotonic() - started


@contextlib.contextmanager
def slow_queries(base: str, address: str, forwarded_for: list[str]):
    """Slow queries running in the background, all over when the block ends."""
    slow = [Slow(base, address, hop) for hop in forwarded_for]
    for query in slow:
        query.start()
    try:
        time.sleep(1)
        yield slow
    finally:
        for query in slow:
            query.join(timeout=BUDGET * 3)


def test_a_client_with_slow_queries_leaves_a_worker_for_others(server):
    # three slow queries from 127.0.0.1, each claiming another address it is not trusted for
    with slow_queries(server, "127.0.0.1", [f"198.51.100.{i}" for i in range(3)]) as slow:
        status, elapsed = cheap(server, "127.0.0.2")
        print(f"cheap query of a second client: {status} in {elapsed:.3f} s")
        assert status == 200 and elapsed < 3
    outcomes = [(q.response.status_code, q.elapsed, q.response.json()) for q in slow]
    print("slow queries:", [(s, f"{e:.1f} s", body["error"]["message"]) for s, e, body in outcomes])
    assert all(status == 503 for status, _, _ in outcomes)
    # one ran, one waited for it, the third was refused at once: past the client's share
    refused = [body for _, elapsed, body in outcomes if elapsed < 3]
    assert len(refused) == 1 and "share" in refused[0]["error"]["message"]
    assert cheap(server, "127.0.0.1")[0] == 200  # and the client is served again afterwards


def test_clients_behind_a_trusted_proxy_count_apart(server):
    with slow_queries(server, PROXY, ["203.0.113.7"] * 2) as slow:
        # the first hop was written by the client; the proxy appended the address it saw
        status, elapsed = cheap(server, PROXY, "203.0.113.7, 203.0.113.8")
        print(f"cheap query of a second client behind the proxy: {status} in {elapsed:.3f} s")
        assert status == 200 and elapsed < 3
    assert [q.response.status_code for q in slow] == [503, 503]
    assert httpx.get(f"{server}/health").status_code == 200
