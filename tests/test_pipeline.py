"""The build's worker processes: the same quads whatever the number of workers, the parent
only writes, progress is reported, and --prune drops what is no longer among the inputs."""

import pytest

from kg import errors
from kg.config import load_settings
from kg.executor import _Failure, worker_count
from kg.ids import Iris
from kg.pipeline import build
from kg.store import open_store
from tests.conftest import SEEDS

IRIS = Iris("https://w3id.org/kg-news/")
ARTICLES = {
    "talks.txt": "Sergei Lavrov said on Monday that Russia would not attack Ukraine. "
    'Antony Blinken told reporters: "We will see." Lavrov met Blinken in Geneva.',
    "troops.txt": "Russia deployed 3,000 troops to Belarus, the Pentagon said. "
    "Dmytro Kuleba spoke with Josep Borrell by phone on Tuesday.",
    "summit.txt": "Emmanuel Macron met Vladimir Putin in Moscow. Olaf Scholz said Germany "
    "would send 500 soldiers to Lithuania.",
    "quiet.txt": "Markets were calm on Wednesday. No statement was made.",
}


def _inputs(tmp_path, names=ARTICLES):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES[name], "utf-8")
    return [str(folder), str(SEEDS)]


def all_quads(path) -> dict[str, set[str]]:
    store = open_store(path, read_only=True)
    out: dict[str, set[str]] = {}
    for quad in store.ox.quads_for_pattern(None, None, None, None):
        out.setdefault(quad.graph_name.value, set()).add(str(quad))
    out.pop(str(IRIS.builds_graph))  # times and counts of the build itself
    return out


def test_two_workers_store_what_one_worker_stores(tmp_path):
    inputs = _inputs(tmp_path)
    seen = []
    one = build(inputs, tmp_path / "one", load_settings(workers=1))
    two = build(
        inputs,
        tmp_path / "two",
        load_settings(workers=2),
        progress=lambda done, total: seen.append((done, total)),
    )
    # (an article the shapes reject is rejected by both: the extractors may change)
    assert one.count("stored") >= 4
    assert all_quads(tmp_path / "one") == all_quads(tmp_path / "two")
    assert [vars(r) for r in one.inputs] == [vars(r) for r in two.inputs]
    # articles done, one at a time; the total once the inputs are all read (here at once)
    assert [done for done, _ in seen] == list(range(1, 7)) and seen[-1] == (6, 6)


def test_a_worker_error_keeps_its_class_and_hint():
    failure = _Failure("ModelNotInstalled", "The spaCy model 'x' is not installed.", "pip it")
    with pytest.raises(errors.ModelNotInstalled) as caught:
        failure.reraise()
    assert str(caught.value) == "The spaCy model 'x' is not installed. pip it"
    assert caught.value.exit_code == 2


def test_worker_count():
    auto = load_settings(workers=0)
    assert worker_count(auto, 3) == 1  # spawning costs more than parsing a few articles
    assert worker_count(load_settings(workers=1), 1000) == 1
    assert worker_count(load_settings(workers=4), 2) == 2
    assert 1 <= worker_count(auto, 10_000) <= 64


def test_workers_setting_from_the_environment():
    assert load_settings({"KG_WORKERS": "3"}).workers == 3


def test_prune_drops_articles_no_longer_among_the_inputs(tmp_path):
    store = tmp_path / "store"
    first = build(_inputs(tmp_path), store, load_settings(workers=1))
    stored = {r.name for r in first.inputs if r.status == "stored"}
    assert {"quiet", "troops"} <= stored

    def articles_stored():
        return len([g for g in all_quads(store) if "/graph/article/" in g])

    (tmp_path / "in" / "quiet.txt").unlink()
    (tmp_path / "in" / "troops.txt").unlink()
    kept = build(_inputs(tmp_path, ["talks.txt", "summit.txt"]), store)
    assert kept.count("pruned") == 0 and kept.count("unchanged") == len(stored) - 2
    assert articles_stored() == len(stored)

    pruned = build(_inputs(tmp_path, ["talks.txt", "summit.txt"]), store, prune=True)
    rows = [r for r in pruned.inputs if r.status == "pruned"]
    assert sorted(r.name for r in rows) == ["quiet", "troops"]
    assert pruned.as_dict()["counts"]["pruned"] == 2
    assert articles_stored() == len(stored) - 2
    graphs = all_quads(store)
    # the actors graph is rebuilt from what is left: a clean build of the same inputs
    clean = tmp_path / "clean"
    build(_inputs(tmp_path, ["talks.txt", "summit.txt"]), clean, load_settings(workers=1))
    assert graphs == all_quads(clean)


def test_extract_rows_keep_the_input_order_with_two_workers(tmp_path):
    from kg.pipeline import extract_rows, read_articles

    articles, _ = read_articles(_inputs(tmp_path), load_settings())
    one = list(extract_rows(articles, load_settings(workers=1)))
    two = list(extract_rows(articles, load_settings(workers=2)))
    assert [row["id"] for row in one] == [a.name for a in articles]
    assert one == two


def test_kg_build_prune_reports_what_it_dropped(tmp_path):
    from tests.conftest import run_kg

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("quiet.txt", "troops.txt"):
        (folder / name).write_text(ARTICLES[name], "utf-8")
    store = str(tmp_path / "store")
    assert run_kg("build", str(folder), "--store", store, "-q", "-j", "1").returncode == 0
    (folder / "troops.txt").unlink()
    kept = run_kg("build", str(folder), "--store", store)
    assert kept.returncode == 0 and "no longer among the inputs" not in kept.stderr
    pruned = run_kg("build", str(folder), "--store", store, "--prune")
    assert pruned.returncode == 0, pruned.stderr
    assert "troops: no longer among the inputs" in pruned.stderr
    assert "pruned" in pruned.stderr  # the summary table's column


def test_an_unguarded_script_gets_a_sentence_and_an_intact_store(tmp_path):
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    store = tmp_path / "store"
    script.write_text(
        "from kg.config import load_settings\n"
        "from kg.pipeline import build\n"
        f"build([{str(SEEDS)!r}], {str(store)!r}, load_settings(workers=2))\n",
        "utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode != 0
    assert 'under `if __name__ == "__main__":`' in done.stderr
    open_store(store).flush()  # not damaged, not left locked


def test_a_workers_ntriples_store_the_same_quads_as_the_graph(tmp_path, nlp):
    from kg.executor import article_outcome
    from kg.extract import extract_doc
    from kg.ingest import make_article
    from kg.rdf import article_graph

    text = (SEEDS / "000_b7c09ff93bc0baf4.txt").read_text("utf-8")
    text += '\n\nÉmile said: "Ça va — 100%\\ sure" \t<tab> and \\"quoted\\".'
    article = make_article("odd", "odd", text, date="2022-03-01")
    doc = nlp(article.text)
    outcome = article_outcome(doc, article, IRIS)
    assert outcome.status == "stored", outcome.reason
    store = open_store(tmp_path / "store")
    graph_iri = IRIS.article_graph(article.id)
    store.replace_graph(graph_iri, article_graph(extract_doc(doc, article), IRIS))
    by_graph = {str(q) for q in store.ox.quads_for_pattern(None, None, None, None)}
    store.write_article(str(graph_iri), outcome.ntriples)
    by_ntriples = {str(q) for q in store.ox.quads_for_pattern(None, None, None, None)}
    assert by_graph == by_ntriples and len(by_graph) > 20


# ---------------------------------------------------------------- budgets and streaming
def _pathological(tmp_path, tokens: int):
    """Two good articles beside three bad ones: 1 MB and 20 KB of '&' without a space
    (refused before spaCy), and ``tokens`` tokens of '& ' (spaCy's first component takes
    about 1 s per 10,000 here: past a 3 s budget)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("talks.txt", "troops.txt"):
        (folder / name).write_text(ARTICLES[name], "utf-8")
    (folder / "amp-1mb.txt").write_text("&" * 999_000, "utf-8")
    (folder / "amp-20kb.txt").write_text("&" * 20_000, "utf-8")
    (folder / "slow.txt").write_text("Putin spoke. " + "& " * tokens, "utf-8")
    return folder


@pytest.mark.parametrize(
    ("mode", "tokens"),
    [
        (["-j", "1"], 40_000),
        # long enough for the parent to kill the worker (3 s + 2 s grace) before spaCy's
        # first components end and the worker's own check would stop the article: on an
        # idle machine 100,000 tokens took them under 5 s, so three times that
        (["-j", "2"], 300_000),
        (["--dask", "local"], 40_000),
    ],
)
def test_pathological_articles_are_rejected_within_the_budget_in_every_mode(tmp_path, mode, tokens):
    import json
    import time

    from tests.conftest import run_kg

    folder = _pathological(tmp_path, tokens)
    store = tmp_path / "store"
    start = time.monotonic()
    done = run_kg(
        "build", str(folder), "--store", str(store), "-q", "--article-timeout", "3", *mode
    )
    took = time.monotonic() - start
    assert took < 120, f"the build took {took:.0f} s"
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    expected = {
        "amp-1mb.txt": "without a space",
        "amp-20kb.txt": "without a space",
        "slow.txt": "3-second time budget",
    }
    assert len(lines) == len(expected), lines
    for name, words in expected.items():
        [line] = [line for line in lines if line.startswith(f"{folder / name}: ")]
        assert words in line, line
    if mode == ["-j", "2"]:  # stopped by the parent, not by its own check
        assert any("its worker process was stopped" in line for line in lines), lines
    report = json.loads((store / "build-report.json").read_text())
    stored = {row["name"] for row in report["inputs"] if row["status"] == "stored"}
    assert stored == {"talks", "troops"}
    print(f"{mode}: {took:.1f} s")


def test_article_timeout_setting_from_the_environment():
    assert load_settings({"KG_ARTICLE_TIMEOUT_S": "2.5"}).article_timeout_s == 2.5
    assert load_settings().article_timeout_s == 60.0


def test_build_memory_does_not_grow_with_the_number_of_inputs(tmp_path, nlp):
    """Peak of Python's allocations during a build of N and of 10N JSON lines (repeats and
    bad lines, so that spaCy runs twice: the reader, triage, ledger and report are what
    is measured; the bench measures distinct articles through the workers)."""
    import json
    import tracemalloc

    def peak(count: int) -> int:
        source = tmp_path / f"in-{count}.jsonl"
        with open(source, "w", encoding="utf-8") as out:
            for i in range(count):
                text = "Markets were calm." if i % 10 else "Nothing happened."
                out.write("{broken\n" if i % 7 == 0 else json.dumps({"id": f"a{i}", "text": text}))
                out.write("\n")
        tracemalloc.reset_peak()
        report = build([str(source)], tmp_path / f"store-{count}", load_settings(workers=1))
        assert report.counts["read"] == count and report.count("stored") == 2
        return tracemalloc.get_traced_memory()[1]

    tracemalloc.start()
    try:
        small, large = peak(1_000), peak(10_000)
    finally:
        tracemalloc.stop()
    print(f"peak: {small / 1e6:.2f} MB for 1,000 lines, {large / 1e6:.2f} MB for 10,000")
    assert large < small + 1_000_000
