"""Benchmarks: print figures and ratios against baselines measured in the same run, and
write them to bench/results.json (a flat object of numbers).

    python bench/run.py          (make bench)

Workload: ../shared/corpus (or KG_BENCH_CORPUS) for builds; for queries and export, a store
of about 1M triples made of copies of the corpus's article graphs under new article ids
(generated once into bench/.cache, deterministically). Times are taken inside a process,
after imports, so that ratios measure kg's work:

* build_ratio_to_spacy: a full build (kg.pipeline.build, its own worker processes) over bare
  nlp.pipe with as many processes (each loads the model and parses its share of the texts);
  both include starting the processes. Best of ROUNDS each, interleaved.
* incremental_ratio: the second build of the unchanged corpus over the first.
* shacl_ms_per_article: CPU time of the validation step as the workers run it, corpus mean.
* build_peak_rss_mb: the largest peak resident size of any process of the build (parent or
  worker); the parent's and the largest worker's are listed too.
* query_ratio_to_pyoxigraph: kg.sparql.run_query over pyoxigraph.Store.query plus Oxigraph's
  own serialisation in the same format, on the same store; the worst of four analyst queries.
* export_ratio_to_pyoxigraph: KGStore.export(..., "turtle") over pyoxigraph's Store.dump of
  the same on-disk store to N-Quads.
* stream_parent_rss_ratio: a streaming build's memory against its input count: the peak
  resident size of the build's own process for a JSONL file of STREAM_LINES * 10 distinct
  short articles over that for STREAM_LINES (each build in a fresh process, with its own
  workers; their largest peak is listed too). 1.0 means memory does not grow with inputs.
  stream_flowing_rss_mb(_10x): the same process's largest resident size sampled while the
  articles flow, before the store derives its actors and facts graphs from all it holds.
"""

from __future__ import annotations

import hashlib
import io
import json
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
ROUNDS = int(os.environ.get("KG_BENCH_ROUNDS", "3"))  # this machine is shared: best of
BIG_TRIPLES = 1_000_000
GENERATOR = "copies-of-corpus/1"  # bump when the generated store's recipe changes
REPEATS = 3  # runs of each query and export; the best counts
STREAM_LINES = int(os.environ.get("KG_BENCH_STREAM_LINES", "300"))

PREFIXES = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
QUERIES = {
    # what did this person say, newest first
    "statements_by_speaker": PREFIXES
    + """SELECT ?statement ?content ?date ?source WHERE {
  ?statement a kg:Statement ; kg:speaker ?speaker ; kg:content ?content ; kg:article ?article .
  ?speaker kg:name "Vladimir Putin" .
  ?article kg:sourceName ?source .
  OPTIONAL { ?article kg:published ?date }
} ORDER BY DESC(?date) ?statement""",
    # facts per class in one summer
    "facts_per_class_in_a_period": PREFIXES
    + """SELECT ?class (COUNT(?fact) AS ?n) WHERE {
  ?fact kg:article ?article ; a ?class .
  ?article kg:published ?date .
  FILTER(?date >= "2022-06-01"^^xsd:date && ?date < "2022-09-01"^^xsd:date)
} GROUP BY ?class ORDER BY DESC(?n)""",
    # who meets whom most
    "meeting_pairs": PREFIXES
    + """SELECT ?a ?b (COUNT(DISTINCT ?meeting) AS ?n) WHERE {
  ?meeting a kg:Meeting ; kg:participant ?x, ?y .
  ?x kg:name ?a . ?y kg:name ?b .
  FILTER(?a < ?b)
} GROUP BY ?a ?b ORDER BY DESC(?n) ?a ?b LIMIT 50""",
    # deployments with their evidence, as a graph
    "deployments_graph": PREFIXES
    + """CONSTRUCT {
  ?d a kg:MilitaryDeployment ; kg:deployingActor ?actor ; kg:force ?force ; kg:size ?size ;
     kg:evidence ?m . ?m kg:anchorOf ?anchor . ?actor kg:name ?name .
} WHERE {
  ?d a kg:MilitaryDeployment ; kg:deployingActor ?actor ; kg:force ?force ; kg:evidence ?m .
  ?m kg:anchorOf ?anchor . ?actor kg:name ?name .
  OPTIONAL { ?d kg:size ?size }
}""",
}


# ---------------------------------------------------------------- build and its baseline
def _parse_share(texts: list[str], batch_size: int) -> int:
    """One baseline process: load the model, parse its texts with nlp.pipe."""
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    return sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))


def spacy_baseline(texts: list[str], processes: int, batch_size: int) -> float:
    """Seconds for `processes` processes, each started here, to parse a share of the texts
    (shares balanced by length)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    shares: list[list[str]] = [[] for _ in range(processes)]
    sizes = [0] * processes
    for text in sorted(texts, key=len, reverse=True):
        i = sizes.index(min(sizes))
        shares[i].append(text)
        sizes[i] += len(text)
    start = time.perf_counter()
    if processes == 1:
        _parse_share(texts, batch_size)
    else:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(processes, mp_context=context) as pool:
            assert sum(pool.map(_parse_share, shares, [batch_size] * processes)) == len(texts)
    return time.perf_counter() - start


def build_child(corpus: str, store: str) -> None:
    """In a fresh process (`run.py --build-child`): time a first and a second build, and
    report the peak memory of this process and of its workers, as one JSON line."""
    from kg.pipeline import build

    start = time.perf_counter()
    first = build([corpus], store)
    first_s = time.perf_counter() - start
    start = time.perf_counter()
    second = build([corpus], store)
    second_s = time.perf_counter() - start
    assert first.ok and second.count("stored") == 0, first.as_dict()["counts"]
    print(
        json.dumps(
            {
                "build_s": first_s,
                "rebuild_s": second_s,
                "stored": first.count("stored"),
                "parent_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            }
        )
    )


def run_child(what: str, *args: str) -> dict:
    """This script run again in a fresh process (``--build-child``, ``--stream-child``): the
    JSON object its last line prints."""
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"bench: {what} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_build_child(store: Path) -> dict:
    return run_child("the build", "--build-child", str(CORPUS), str(store))


# ---------------------------------------------------------------- streaming memory
def stream_child(lines: int, folder: str) -> None:
    """In a fresh process (`run.py --stream-child`): build a JSONL file of distinct short
    articles; print the peak memory of this process and of its workers as one JSON line."""
    from kg.pipeline import build

    source = Path(folder) / f"lines-{lines}.jsonl"
    with open(source, "w", encoding="utf-8") as out:
        for i in range(lines):
            text = f"Officials in district {i} said on Monday that the market reopened."
            out.write(json.dumps({"id": f"line-{i}", "text": text}) + "\n")
    streaming = [0.0]  # the parent's resident size while articles flow, sampled

    def sample(done: int, _total) -> None:
        if done % 25 == 0:
            with open("/proc/self/statm") as statm:
                pages = int(statm.read().split()[1])
            streaming[0] = max(streaming[0], pages * os.sysconf("SC_PAGE_SIZE") / 2**20)

    start = time.perf_counter()
    report = build([str(source)], Path(folder) / f"store-{lines}", progress=sample)
    assert report.count("stored") == lines, report.counts
    print(
        json.dumps(
            {
                "s": time.perf_counter() - start,
                "streaming_rss_mb": streaming[0],
                "parent_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            }
        )
    )


def stream_memory(work: Path, results: dict) -> None:
    runs = {}
    for lines in (STREAM_LINES, 10 * STREAM_LINES):
        runs[lines] = run_child("the streaming build", "--stream-child", str(lines), str(work))
        print(f"streaming build of {lines} lines: {runs[lines]}", file=sys.stderr)
    small, large = runs[STREAM_LINES], runs[10 * STREAM_LINES]
    results["stream_lines"] = STREAM_LINES
    results["stream_parent_rss_mb"] = round(small["parent_rss_mb"], 1)
    results["stream_parent_rss_mb_10x"] = round(large["parent_rss_mb"], 1)
    results["stream_worker_rss_mb_10x"] = round(large["worker_rss_mb"], 1)
    results["stream_parent_rss_ratio"] = round(large["parent_rss_mb"] / small["parent_rss_mb"], 3)
    # while the articles flow (before the store derives its actors and facts graphs)
    results["stream_flowing_rss_mb"] = round(small["streaming_rss_mb"], 1)
    results["stream_flowing_rss_mb_10x"] = round(large["streaming_rss_mb"], 1)


# ---------------------------------------------------------------- validation
def shacl_ms_per_article(articles) -> float:
    """CPU milliseconds of the validation step, as kg.pipeline.article_outcome runs it: the
    article graph (already serialised for the store) validated in place with its actors."""
    from kg.extract import extract_doc
    from kg.ids import Iris
    from kg.nlp import load_pipeline
    from kg.rdf import actor_records, article_graph
    from kg.validate import validate

    nlp = load_pipeline()
    iris = Iris("https://w3id.org/kg-news/")
    cpu = 0.0
    texts = (a.text for a in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=32), strict=True):
        facts = extract_doc(doc, article)
        graph = article_graph(facts, iris)
        records = actor_records(facts, iris)
        start = time.process_time()
        validate(graph, records, inplace=True)
        cpu += time.process_time() - start
    return 1000 * cpu / len(articles)


# ---------------------------------------------------------------- the 1M-triple store
def big_store(corpus_store: Path) -> Path:
    """A store of about BIG_TRIPLES triples: the corpus's article graphs copied under new
    article ids (copy k of article a gets the id sha256(a/k)), the ontology, and the actors
    and facts graphs rebuilt from them. Generated once per recipe into bench/.cache."""
    from kg import EXTRACTOR_VERSION

    key = hashlib.sha256(f"{GENERATOR}|{EXTRACTOR_VERSION}|{BIG_TRIPLES}".encode()).hexdigest()
    path = CACHE / f"store-1m-{key[:12]}"
    if (path / "complete").exists():
        return path
    for old in CACHE.glob("store-1m-*"):  # other recipes or extractor versions
        shutil.rmtree(old, ignore_errors=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    made = replicate(corpus_store, path, triples=BIG_TRIPLES)
    (path / "complete").write_text(json.dumps(made) + "\n")
    return path


def best(run, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def query_ratios(path: Path, results: dict) -> None:
    import pyoxigraph as ox

    from kg.config import load_settings
    from kg.sparql import run_query
    from kg.store import open_store

    store = open_store(path, read_only=True)
    results["big_store_triples"] = len(store.ox)
    max_rows = load_settings().max_rows
    worst = 0.0
    for name, query in QUERIES.items():
        graph = "CONSTRUCT" in query
        accept = "text/turtle" if graph else "application/sparql-results+json"

        def ours(query=query, accept=accept):
            return run_query(store, query, accept, max_rows=max_rows).body

        def theirs(query=query, graph=graph):
            result = store.ox.query(query, use_default_graph_as_union=True)
            buffer = io.BytesIO()
            if graph:
                ox.serialize(result, buffer, format=ox.RdfFormat.TURTLE)
            else:
                result.serialize(buffer, format=ox.QueryResultsFormat.JSON)
            return buffer.getvalue()

        size, their_size = len(ours()), len(theirs())  # and both are warm
        kg_s, ox_s = best(ours), best(theirs)
        results[f"query_{name}_kg_ms"] = round(1000 * kg_s, 1)
        results[f"query_{name}_pyoxigraph_ms"] = round(1000 * ox_s, 1)
        results[f"query_{name}_kg_bytes"] = size
        results[f"query_{name}_pyoxigraph_bytes"] = their_size
        worst = max(worst, kg_s / ox_s)
    results["query_ratio_to_pyoxigraph"] = round(worst, 3)


def export_ratio(path: Path, results: dict) -> None:
    import pyoxigraph as ox

    from kg.store import open_store

    store = open_store(path, read_only=True)

    def ours():
        with open(os.devnull, "wb") as sink:
            store.export(sink, "turtle")

    def theirs():
        with open(os.devnull, "wb") as sink:
            store.ox.dump(sink, format=ox.RdfFormat.N_QUADS)

    kg_s, ox_s = best(ours, 2), best(theirs, 2)
    results["export_turtle_kg_s"] = round(kg_s, 3)
    results["export_nquads_pyoxigraph_s"] = round(ox_s, 3)
    results["export_ratio_to_pyoxigraph"] = round(kg_s / ox_s, 3)


# ---------------------------------------------------------------- main
def main() -> int:
    from kg.config import load_settings
    from kg.ingest import Rejected, iter_inputs
    from kg.pipeline import read_articles, worker_count

    if not CORPUS.exists():
        print(f"bench: {CORPUS} does not exist; set KG_BENCH_CORPUS", file=sys.stderr)
        return 2
    settings = load_settings()
    articles, _ = read_articles([str(CORPUS)], settings)
    texts = [a.text for a in articles]
    processes = worker_count(settings, len(articles))
    inputs = sum(1 for item in iter_inputs([str(CORPUS)]) if not isinstance(item, Rejected))
    results: dict[str, float] = {"articles": inputs, "unique_articles": len(articles)}
    results["processes"] = processes

    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        spacy_s, builds = [], []
        for round_ in range(ROUNDS):
            spacy_s.append(spacy_baseline(texts, processes, settings.batch_size))
            store = work / f"store-{round_}"
            builds.append(run_build_child(store))
            print(
                f"round {round_ + 1}: spacy {spacy_s[-1]:.1f} s, "
                f"build {builds[-1]['build_s']:.1f} s",
                file=sys.stderr,
            )
        first = min(b["build_s"] for b in builds)
        second = min(b["rebuild_s"] for b in builds)
        results["spacy_pipe_s"] = round(min(spacy_s), 3)
        results["build_s"] = round(first, 3)
        results["rebuild_s"] = round(second, 3)
        results["build_ratio_to_spacy"] = round(first / min(spacy_s), 3)
        results["incremental_ratio"] = round(second / first, 4)
        parent = max(b["parent_rss_mb"] for b in builds)
        worker = max(b["worker_rss_mb"] for b in builds)
        results["build_parent_rss_mb"] = round(parent, 1)
        results["build_worker_rss_mb"] = round(worker, 1)
        results["build_peak_rss_mb"] = round(max(parent, worker), 1)

        results["shacl_ms_per_article"] = round(shacl_ms_per_article(articles), 2)
        stream_memory(work, results)

        start = time.perf_counter()
        big = big_store(store)
        print(f"1M-triple store: {big} ({time.perf_counter() - start:.1f} s)", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    query_ratios(big, results)
    export_ratio(big, results)

    width = max(map(len, results))
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--stream-child":
        stream_child(int(sys.argv[2]), sys.argv[3])
        sys.exit(0)
    if len(sys.argv) == 4 and sys.argv[1] == "--build-child":
        build_child(sys.argv[2], sys.argv[3])
        sys.exit(0)
    sys.exit(main())
