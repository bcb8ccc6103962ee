"""Benchmarks: print figures and ratios against baselines measured in the same run, and
write them to bench/results.json (a flat object of numbers).

Workload: ../shared/corpus (or KG_BENCH_CORPUS). Times are taken inside this process, after
imports and model loading, so ratios measure kg's own work.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("KG_BENCH_CORPUS", ROOT.parent / "shared" / "corpus"))


def main() -> int:
    from kg.extract import extract_doc
    from kg.ids import Iris
    from kg.ingest import Rejected, iter_inputs
    from kg.nlp import load_pipeline
    from kg.pipeline import build
    from kg.rdf import actor_records, article_graph
    from kg.validate import validate

    if not CORPUS.exists():
        print(f"bench: {CORPUS} does not exist; set KG_BENCH_CORPUS", file=sys.stderr)
        return 2
    articles = [a for a in iter_inputs([str(CORPUS)]) if not isinstance(a, Rejected)]
    texts = [a.text for a in articles]
    nlp = load_pipeline()
    nlp("warm up")
    results: dict[str, float] = {"articles": len(articles)}

    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    spacy_s = time.perf_counter() - start
    results["spacy_pipe_s"] = round(spacy_s, 3)

    iris = Iris("https://w3id.org/kg-news/")
    cpu = 0.0
    for article, doc in zip(articles, docs, strict=True):
        facts = extract_doc(doc, article)
        graph = article_graph(facts, iris) + actor_records(facts, iris)
        t = time.process_time()
        validate(graph)
        cpu += time.process_time() - t
    results["shacl_ms_per_article"] = round(1000 * cpu / len(articles), 2)
    del docs

    store = Path(tempfile.mkdtemp(prefix="kg-bench-")) / "store"
    try:
        start = time.perf_counter()
        build([str(CORPUS)], store)
        first = time.perf_counter() - start
        start = time.perf_counter()
        build([str(CORPUS)], store)
        second = time.perf_counter() - start
    finally:
        shutil.rmtree(store.parent, ignore_errors=True)
    results["build_s"] = round(first, 3)
    results["rebuild_s"] = round(second, 3)
    results["build_ratio_to_spacy"] = round(first / spacy_s, 3)
    results["incremental_ratio"] = round(second / first, 4)
    results["build_peak_rss_mb"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
    )

    width = max(map(len, results))
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
