"""Scale: does the cost of a build and of an update grow with the work, not with the store?

    python bench/scale.py            (make bench-scale; writes bench/scale.json)
    python bench/scale.py --quick    (1x and a 10,000-article synthetic store; for a try-out)

Measured on ../shared/corpus (or KG_BENCH_CORPUS), as a user growing a store would:

* 1x and 10x: a full `kg build` of the corpus, and of ten copies of it (each copy's articles
  made distinct by a line `Copy N.` appended); what the build report counts (stored, and
  any input not stored, by status); time per article, the peak memory of the
  largest single process, the store's size on disk, the time to add one new article to the
  built store (`kg build ONE --store S`), and the latency of the query page's example
  questions (the worst, through kg's own query function).
* dask_1, dask_N: the 1x corpus built through a Dask LocalCluster of 1 and of N (the cores)
  worker processes into a real Oxigraph server (`oxigraph serve`, as docker/compose.yml runs
  it): articles per second per worker, and the server's bytes on disk per triple.
* synthetic: a store of SYNTHETIC articles made by copying the 1x store's article graphs
  under new article ids (Oxigraph's bulk loader), with its derived graphs derived once; its
  size, the example questions' latency and the one-article update, against the 1x store.

Every figure is a ratio against the 1x run of the same process where the issue states one:
``time_per_article_ratio``, ``peak_memory_ratio``, ``update_ratio`` (10x over 1x) and
``synthetic_update_ratio`` (synthetic over 1x). The synthetic store is cached in
bench/.cache (never committed) and rebuilt when the recipe or the extractor changes.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from replicas import replicate

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("KG_BENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
CACHE = ROOT / "bench" / ".cache"
OXIGRAPH = shutil.which("oxigraph") or Path(sys.executable).parent / "oxigraph"
SYNTHETIC = int(os.environ.get("KG_BENCH_SYNTHETIC", "100000"))
RECIPE = "scale-synthetic/3"  # /3: merged facts carry kg:firstReported
NEW_ARTICLE = """date 2024-06-03

Kenya's President William Ruto spoke by phone with Ghana's President Nana Akufo-Addo on
Monday, his office said. "We agreed to deepen trade between our two countries," Ruto said.
Kenya has deployed 400 police officers to Haiti, the ministry of interior said on Sunday.
"""


def kg(*args: str, cwd: Path | None = None) -> dict:
    """Run the kg CLI in a child process; its wall time and the peak memory of the largest
    single process it started (the CLI or one of its workers)."""
    probe = (
        "import resource, subprocess, sys, time, json\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "wall = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'s': wall, 'peak_mb': peak, 'code': done.returncode,"
        " 'err': done.stderr.decode()[-2000:]}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, sys.executable, "-m", "kg", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        check=False,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["code"] not in (0, 1):
        raise SystemExit(f"bench: kg {' '.join(args)} failed:\n{result['err']}")
    return result


def copies(target: Path, n: int) -> int:
    """The corpus n times into ``target``; copy k > 0 gets a line `Copy k.` appended."""
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for k in range(n):
        for path in sorted(CORPUS.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            if k:
                text = f"{text.rstrip()}\n\nCopy {k}.\n"
            (target / f"{path.stem}-{k}.txt").write_text(text, encoding="utf-8")
            count += 1
    return count


def disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def worst_question_s(store_path: Path) -> float:
    """The slowest of the query page's example questions (filled by the page for this store),
    best of three runs each, asked of a real `kg serve` over HTTP on loopback."""
    import html
    import re
    import socket

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store_path), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("bench: kg serve did not start")
            time.sleep(0.5)
        page = httpx.get(f"{base}/", timeout=120).text
        found = re.search(
            r'<script id="kg-config" type="application/json">(.*?)</script>', page, re.S
        )
        questions = [e["query"] for e in json.loads(html.unescape(found.group(1)))["examples"]]
        worst = 0.0
        for question in questions:
            best = math.inf
            for _ in range(3):
                started = time.perf_counter()
                answer = httpx.post(
                    f"{base}/sparql",
                    data={"query": question},
                    headers={"accept": "application/sparql-results+json, text/turtle"},
                    timeout=120,
                )
                answer.raise_for_status()
                best = min(best, time.perf_counter() - started)
            worst = max(worst, best)
        return worst
    finally:
        server.terminate()
        server.wait(timeout=30)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def triples_in(url: str) -> int:
    import httpx

    answer = httpx.post(
        f"{url}query",
        data={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"accept": "application/sparql-results+json"},
        timeout=600,
    )
    answer.raise_for_status()
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def dask_build(folder: Path, articles: int, workers: int, work: Path) -> dict:
    """A build through a Dask LocalCluster of ``workers`` processes into a real Oxigraph
    server (the `oxigraph` PyPI package), as the compose file runs it; per-worker throughput
    and the server's bytes on disk per triple, for the million-article plan in the README."""
    import httpx

    location = work / f"oxigraph-{workers}"
    port = free_port()
    server = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(300):
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        built = kg(
            "build",
            str(folder),
            "--store",
            url,
            "--dask",
            "local",
            "--workers",
            str(workers),
            "-q",
            cwd=work,
        )
        triples = triples_in(url)
    finally:
        server.terminate()
        server.wait(timeout=60)
    return {
        "workers": workers,
        "build_s": round(built["s"], 2),
        "articles_per_s": round(articles / built["s"], 2),
        "articles_per_s_per_worker": round(articles / built["s"] / workers, 2),
        "triples": triples,
        "store_bytes_per_triple": round(disk_mb(location) * 2**20 / triples, 1),
    }


def one_article_update_s(store: Path, work: Path) -> float:
    """Adding one new article to a built store, as a user would; the store is left as it was
    (the article is pruned again by a copy of the store)."""
    scratch = work / "update-store"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(store, scratch)
    article = work / "new-article.txt"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    result = kg("build", str(article), "--store", str(scratch), "-q")
    shutil.rmtree(scratch, ignore_errors=True)
    return result["s"]


def measure_build(folder: Path, store: Path, articles: int, work: Path) -> dict:
    built = kg("build", str(folder), "--store", str(store), "-q")
    counts = json.loads((store / "build-report.json").read_text(encoding="utf-8"))["counts"]
    return {
        "articles": articles,
        # every input is stored but for the corpus's own duplicates (the same text twice)
        "stored": counts.get("stored", 0),
        "not_stored": {
            k: v for k, v in counts.items() if k not in ("stored", "read", "facts") and v
        },
        "build_s": round(built["s"], 2),
        "ms_per_article": round(1000 * built["s"] / articles, 1),
        "peak_mb": round(built["peak_mb"], 1),
        "store_mb": round(disk_mb(store), 1),
        "update_s": round(one_article_update_s(store, work), 2),
        "worst_question_s": round(worst_question_s(store), 3),
    }


def synthetic_store(source: Path, articles: int) -> Path:
    """A store of ``articles`` articles: the source store's article graphs copied under new
    ids, bulk-loaded, with the derived graphs derived once (cached)."""
    from kg import EXTRACTOR_VERSION

    key = hashlib.sha256(f"{RECIPE}|{EXTRACTOR_VERSION}|{articles}".encode()).hexdigest()[:12]
    path = CACHE / f"synthetic-{key}"
    if (path / "complete").exists():
        return path
    for old in CACHE.glob("synthetic-*"):
        shutil.rmtree(old, ignore_errors=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    made = replicate(source, path, articles=articles)
    (path / "complete").write_text(json.dumps(made) + "\n")
    return path


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    results: dict = {"corpus": str(CORPUS)}
    with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
        work = Path(tmp)
        one = work / "x1"
        n1 = copies(one, 1)
        print(f"1x: building {n1} articles", file=sys.stderr)
        results["x1"] = measure_build(one, work / "store-x1", n1, work)
        if not quick and Path(OXIGRAPH).exists():
            for workers in sorted({1, os.cpu_count() or 1}):
                print(f"dask: {n1} articles on {workers} worker(s)", file=sys.stderr)
                results[f"dask_{workers}"] = dask_build(one, n1, workers, work)
        if not quick:
            ten = work / "x10"
            n10 = copies(ten, 10)
            print(f"10x: building {n10} articles", file=sys.stderr)
            results["x10"] = measure_build(ten, work / "store-x10", n10, work)
            shutil.rmtree(ten)
            x1, x10 = results["x1"], results["x10"]
            results["time_per_article_ratio"] = round(
                x10["ms_per_article"] / x1["ms_per_article"], 3
            )
            results["peak_memory_ratio"] = round(x10["peak_mb"] / x1["peak_mb"], 3)
            results["update_ratio"] = round(x10["update_s"] / x1["update_s"], 3)
        articles = 10_000 if quick else SYNTHETIC
        print(f"synthetic: {articles} articles", file=sys.stderr)
        started = time.perf_counter()
        path = synthetic_store(work / "store-x1", articles)
        results["synthetic"] = {
            "articles": articles,
            "made_s": round(time.perf_counter() - started, 1),
            "derive_s": json.loads((path / "complete").read_text())["derive_s"],
            "store_mb": round(disk_mb(path), 1),
            "update_s": round(one_article_update_s(path, work), 2),
            "worst_question_s": round(worst_question_s(path), 3),
            "bench_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
        results["synthetic_update_ratio"] = round(
            results["synthetic"]["update_s"] / results["x1"]["update_s"], 3
        )
    out = ROOT / "bench" / ("scale-quick.json" if quick else "scale.json")
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
