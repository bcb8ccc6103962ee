"""Killing `kg build` with SIGKILL at random points, then building again, leaves a store that
opens, holds no half-written article graph, and equals a clean build quad for quad (but for
the builds graph, which records every build)."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from kg.store import open_store
from tests.conftest import ROOT, SHARED, run_kg

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


# ---------------------------------------------------------------- kills at chosen points
# A build run by this script in its own process, which SIGKILLs itself (and its process
# group) at the point named by its second argument: after N articles, inside the bulk
# loader's N-th batch (while Oxigraph reads its quads), or as the derivation writes the
# facts graph. Builds in kg's own process (workers 1), in batches of a few kilobytes.
DRIVER = """
import os, signal, sys, types
from kg.config import load_settings
from kg.pipeline import build

def die():
    os.killpg(0, signal.SIGKILL)

articles, store, point, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
if point == "bulk":
    import io
    import pyoxigraph as ox
    import kg.store.local as local
    batches = []
    class DyingInput(io.RawIOBase):
        # hands Oxigraph its N-Quads a kilobyte at a time, and dies at the third
        def __init__(self, data):
            self.data, self.reads = io.BytesIO(data), 0
        def readable(self):
            return True
        def readinto(self, buffer):
            self.reads += 1
            if self.reads == 3:
                die()
            chunk = self.data.read(min(len(buffer), 1024))
            buffer[: len(chunk)] = chunk
            return len(chunk)
    class Store:
        read_only = staticmethod(ox.Store.read_only)
        def __init__(self, *args):
            self._real = ox.Store(*args)
        def __getattr__(self, name):
            return getattr(self._real, name)
        def __len__(self):
            return len(self._real)
        def bulk_load(self, input, **kwargs):
            batches.append(1)
            if len(batches) == n:
                assert len(input) > 3 * 1024, "a batch too small to die inside"
                input = DyingInput(input)
            return self._real.bulk_load(input, **kwargs)
    local.ox = types.SimpleNamespace(**{**vars(ox), "Store": Store})
if point == "derive":
    from kg.store.local import LocalStore
    for name in ("put_graph", "add_triples"):
        real = getattr(LocalStore, name)
        def write(self, graph, *args, _real=real):
            if graph.endswith("/graph/facts"):
                die()
            return _real(self, graph, *args)
        setattr(LocalStore, name, write)

def progress(done, total):
    if point == "articles" and done == n:
        die()

if __name__ == "__main__":
    settings = load_settings(workers=1, bulk_batch_mb=0.03)
    build([articles], store, settings, progress=progress)
"""


def killed_build(tmp_path, articles, store, point: str, n: int = 0) -> None:
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)
    process = subprocess.Popen(
        [sys.executable, str(driver), str(articles), str(store), point, str(n)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        cwd=ROOT,
    )
    _, err = process.communicate(timeout=600)
    assert process.returncode == -signal.SIGKILL, err.decode()[-2000:]


def article_count(store) -> int:
    kg_store = open_store(store)  # opened for writing, as a build opens it
    try:
        return kg_store.article_count()
    finally:
        del kg_store


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """Articles, the quads of a clean build of them, with and without the bulk loader
    (which must agree), and how many distinct articles they hold."""
    tmp_path = tmp_path_factory.mktemp("kills")
    articles = corpus_sample(tmp_path, count=16)
    clean, plain = tmp_path / "clean", tmp_path / "plain"
    assert run_kg("build", str(articles), "--store", str(clean), "-q").returncode == 0
    done = run_kg("build", str(articles), "--store", str(plain), "-q", "--bulk-batch-mb", "0")
    assert done.returncode == 0, done.stderr
    assert quads(clean) == quads(plain)
    return articles, quads(clean), article_count(clean)


@pytest.mark.parametrize(
    "kills",
    [
        [("articles", 5)],
        [("bulk", 3)],
        [("derive", 0)],
        [("articles", 3), ("bulk", 2), ("derive", 0)],
    ],
    ids=["after-5-articles", "inside-a-bulk-batch", "during-derivation", "three-kills"],
)
def test_a_build_killed_at_a_chosen_point_continues_to_a_clean_build(tmp_path, sample, kills):
    articles, expected, unique = sample
    store = tmp_path / "killed"
    for point, n in kills:
        killed_build(tmp_path, articles, store, point, n)
    kept = article_count(store)  # a half-loaded batch is dropped as the store opens
    final = run_kg("build", str(articles), "--store", str(store), "-q")
    assert final.returncode == 0, final.stderr
    assert quads(store) == expected
    counts = json.loads((store / "build-report.json").read_text())["counts"]
    # the articles stored before the kills are not extracted again
    assert counts["unchanged"] == kept and counts["stored"] == unique - kept
    if kills[-1][0] == "derive":
        assert kept == unique


def test_a_half_loaded_bulk_batch_is_dropped_as_the_store_opens(tmp_path):
    """What a kill inside Oxigraph's bulk loader may leave (part of a batch's graphs, its
    journal in place) is dropped when the store is next opened for writing."""
    import pyoxigraph as ox

    from kg.store.local import BULK_BATCH

    store = tmp_path / "store"
    kept, half = "urn:kg:graph/kept", "urn:kg:graph/half"
    ox_store = open_store(store).ox
    s, p = ox.NamedNode("urn:kg:s"), ox.NamedNode("urn:kg:p")
    ox_store.bulk_extend(
        ox.Quad(s, p, ox.Literal(str(i)), ox.NamedNode(g)) for g in (kept, half) for i in range(3)
    )
    ox_store.flush()
    del ox_store
    (store / BULK_BATCH).write_text(json.dumps([half, "urn:kg:graph/never-loaded"]))
    assert sorted(open_store(store, read_only=True).graph_names()) == sorted([kept, half])
    assert open_store(store).graph_names() == [kept]
    assert not (store / BULK_BATCH).exists()
    assert open_store(store, read_only=True).derivation_pending()
