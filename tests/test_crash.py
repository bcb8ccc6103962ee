"""Killing `kg build` with SIGKILL at random points, then building again, leaves a store that
opens, holds no half-written article graph, and equals a clean build quad for quad (but for
the builds graph, which records every build)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time

from kg.store import open_store
from tests.conftest import SHARED, run_kg

BUILDS = "https://w3id.org/kg-news/graph/builds"


def corpus_sample(tmp_path, count=24):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted((SHARED / "corpus").glob("*.txt"))[:count]:
        shutil.copy(path, folder / path.name)
    return folder


def quads(store) -> set[str]:
    kg_store = open_store(store, read_only=True)
    return {
        str(q)
        for q in kg_store.ox.quads_for_pattern(None, None, None, None)
        if q.graph_name.value != BUILDS
    }


def test_killed_builds_recover_to_a_clean_build(tmp_path):
    articles = corpus_sample(tmp_path)
    clean = tmp_path / "clean"
    assert run_kg("build", str(articles), "--store", str(clean), "-q").returncode == 0
    expected = quads(clean)
    store = tmp_path / "killed"
    rng = random.Random(11)
    kills = 0
    for _ in range(4):
        process = subprocess.Popen(
            [sys.executable, "-m", "kg", "build", str(articles), "--store", str(store), "-q"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(rng.uniform(0.5, 6.0))
        if process.poll() is None:
            # the whole group: the build and any workers it started
            os.killpg(process.pid, signal.SIGKILL)
            kills += 1
        process.wait(timeout=30)
        # whatever was written is whole: every article graph has its article
        kg_store = open_store(store, read_only=True)
        rows = kg_store.query(
            "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            'FILTER(STRSTARTS(STR(?g), "https://w3id.org/kg-news/graph/article/")) '
            "FILTER NOT EXISTS { GRAPH ?g { ?a a <https://w3id.org/kg-news/ontology#Article> ; "
            "<https://w3id.org/kg-news/ontology#extractorVersion> ?v } } }"
        )
        assert not list(rows)
        del kg_store
    assert kills >= 2, "the builds finished before they could be killed"
    final = run_kg("build", str(articles), "--store", str(store), "-q")
    assert final.returncode == 0, final.stderr
    assert quads(store) == expected
    print(f"builds killed: {kills}")
