"""HTTP benchmark of `kg serve` on loopback, against pyoxigraph queried directly in the same
run: requests per second and p50/p95 latency for a point lookup and a two-hop join, at
concurrency 1 and 8. Bounded: a fixed number of requests per cell and a time limit.

    python bench/http_bench.py [--requests 400] [--store DIR]

Writes bench/http-results.json (a flat object of numbers).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("KG_BENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
PREFIX = "PREFIX kg: <https://w3id.org/kg-news/ontology#> "
QUERIES = {
    "point": PREFIX + 'SELECT ?a WHERE { ?a kg:name "Vladimir Putin" }',
    "two_hop": PREFIX
    + 'SELECT ?s ?source WHERE { ?s kg:speaker ?a . ?a kg:name "Vladimir Putin" . '
    "?s kg:article/kg:sourceName ?source }",
}
TIME_LIMIT_S = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(call, requests: int, concurrency: int) -> dict:
    latencies: list[float] = []
    deadline = time.monotonic() + TIME_LIMIT_S

    def one(_):
        if time.monotonic() > deadline:
            return
        started = time.perf_counter()
        call()
        latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(requests)))
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=20)
    return {
        "rps": len(latencies) / elapsed,
        "p50_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * cuts[-1],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--store", help="an existing kg store (default: build the corpus)")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="kg-http-bench-"))
    store = Path(args.store) if args.store else workdir / "store"
    if not args.store:
        from kg.pipeline import build

        print(f"building {CORPUS} into {store} ...", file=sys.stderr)
        build([str(CORPUS)], store)
    # pyoxigraph reads a copy, as kg's own workers do: the server holds the store
    copy = workdir / "copy"
    ox.Store.read_only(str(store)).backup(str(copy))
    direct = ox.Store.read_only(str(copy))
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    results: dict[str, float] = {}
    try:
        for _ in range(100):
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        with httpx.Client(timeout=30, limits=httpx.Limits(max_connections=16)) as client:
            for name, query in QUERIES.items():

                def over_http(query=query):
                    response = client.get(f"{base}/sparql", params={"query": query})
                    assert response.status_code == 200

                def in_process(query=query):
                    buffer = io.BytesIO()
                    direct.query(query, use_default_graph_as_union=True).serialize(
                        buffer, format=ox.QueryResultsFormat.JSON
                    )

                over_http()
                for concurrency in (1, 8):
                    kg = measure(over_http, args.requests, concurrency)
                    raw = measure(in_process, args.requests, concurrency)
                    for key, value in kg.items():
                        results[f"kg_{name}_c{concurrency}_{key}"] = round(value, 2)
                    for key, value in raw.items():
                        results[f"pyoxigraph_{name}_c{concurrency}_{key}"] = round(value, 3)
                    results[f"{name}_c{concurrency}_p50_ratio"] = round(
                        kg["p50_ms"] / raw["p50_ms"], 1
                    )
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"{'cell':<16} {'kg rps':>8} {'kg p50':>8} {'kg p95':>8} {'oxi rps':>9} {'oxi p50':>8}")
    for name in QUERIES:
        for c in (1, 8):
            k, o = f"kg_{name}_c{c}", f"pyoxigraph_{name}_c{c}"
            cell = f"{name} c{c}"
            print(
                f"{cell:<16} {results[k + '_rps']:>8.0f} {results[k + '_p50_ms']:>7.1f}ms"
                f" {results[k + '_p95_ms']:>7.1f}ms {results[o + '_rps']:>9.0f}"
                f" {results[o + '_p50_ms']:>7.2f}ms"
            )
    (ROOT / "bench" / "http-results.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
