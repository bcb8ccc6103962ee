"""The derived graphs follow what changed: built in any order, in any increments, with
articles pruned, or after a build killed between its writes and its derivation, the store
holds the same quads as one build from scratch (the builds graph aside)."""

from __future__ import annotations

import shutil

import pytest

from kg.ids import Iris
from kg.ns import KG
from kg.pipeline import build
from kg.store import derived, open_store
from tests.conftest import SEEDS, SHARED

IRIS = Iris("https://w3id.org/kg-news/")
BUILDS = str(IRIS.builds_graph)
# two reports of one phone call, and a reprint of one quote: facts merged across articles
CALL = (
    "date 2024-03-0{day}\n\n{lead} President Emmanuel Macron spoke by phone with Chinese "
    "President Xi Jinping on Monday, the Elysee said. “We will keep talking,” Macron said."
)


def quads(path) -> set[str]:
    store = open_store(path, read_only=True)
    return {
        str(q)
        for q in store.ox.quads_for_pattern(None, None, None, None)
        if q.graph_name.value != BUILDS
    }


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    """Three folders: A (seeds, two reports of one call), B (corpus articles, the same call
    again), and their union."""
    root = tmp_path_factory.mktemp("derived")
    folders = {name: root / name for name in ("a", "b", "all")}
    for folder in folders.values():
        folder.mkdir()
    files = {
        "a": [*SEEDS.glob("*.txt")],
        "b": sorted((SHARED / "corpus").glob("*.txt"))[:8],
    }
    for name, paths in files.items():
        for path in paths:
            shutil.copy(path, folders[name] / path.name)
            shutil.copy(path, folders["all"] / path.name)
    for day, folder in ((4, "a"), (5, "a"), (6, "b")):
        text = CALL.format(day=day, lead=f"Report {day}:")
        for target in (folder, "all"):
            (folders[target] / f"call-{day}.txt").write_text(text, encoding="utf-8")
    return folders


@pytest.fixture
def incremental(monkeypatch):
    """Derive by what changed, however much changed (small stores would go from scratch)."""
    monkeypatch.setattr(derived, "FROM_SCRATCH_SHARE", 1e9)


def from_scratch(folder, store) -> set[str]:
    """The quads of one build whose derived graphs are derived from scratch."""
    share = derived.FROM_SCRATCH_SHARE
    derived.FROM_SCRATCH_SHARE = -1.0
    try:
        assert build([str(folder)], store).ok
    finally:
        derived.FROM_SCRATCH_SHARE = share
    return quads(store)


def test_increments_and_orders_equal_one_build_from_scratch(tmp_path, articles, incremental):
    expected = from_scratch(articles["all"], tmp_path / "clean")
    for order in (("a", "all"), ("b", "all"), ("b", "a", "all")):
        store = tmp_path / "-".join(order)
        for step in order:
            report = build([str(articles[step])], store)
            assert report.ok
        assert quads(store) == expected, order


def test_a_build_past_the_tracked_changes_derives_from_scratch(
    tmp_path, articles, incremental, monkeypatch
):
    from kg.store import base

    monkeypatch.setattr(base.Store, "TRACKED_CHANGES", 2)
    expected = from_scratch(articles["all"], tmp_path / "clean")
    store = tmp_path / "untracked"
    build([str(articles["a"])], store)
    calls = []
    monkeypatch.setattr(base, "derive_changes", lambda *a: calls.append(a))
    build([str(articles["all"])], store)
    assert quads(store) == expected and not calls


def test_pruning_equals_a_build_of_what_is_left(tmp_path, articles, incremental):
    expected = from_scratch(articles["a"], tmp_path / "only-a")
    store = tmp_path / "pruned"
    build([str(articles["all"])], store)
    report = build([str(articles["a"])], store, prune=True)
    assert report.count("pruned") == 9
    assert quads(store) == expected


def test_a_changed_article_updates_its_facts(tmp_path, articles, incremental):
    store = tmp_path / "changed"
    build([str(articles["all"])], store)
    folder = tmp_path / "edited"
    shutil.copytree(articles["all"], folder)
    (folder / "call-6.txt").write_text(
        CALL.format(day=6, lead="Report 6, updated:").replace("phone", "video link"),
        encoding="utf-8",
    )
    build([str(folder)], store, prune=True)
    assert quads(store) == from_scratch(folder, tmp_path / "clean")


def test_a_build_cut_short_is_derived_again_from_scratch(tmp_path, articles, incremental):
    store = tmp_path / "cut"
    build([str(articles["a"])], store)
    kg_store = open_store(store)
    # what a build killed between its article writes and its derivation leaves behind
    for path in sorted(articles["b"].glob("*.txt"))[:3]:
        kg_store.derivation_pending(True)
        graph = next(g for g in quads_of_clean(tmp_path, path) if "/graph/article/" in g)
        kg_store.put_graph_ntriples(graph, quads_of_clean(tmp_path, path)[graph])
    kg_store.flush()
    del kg_store
    build([str(articles["all"])], store)
    assert quads(store) == from_scratch(articles["all"], tmp_path / "clean")


def quads_of_clean(tmp_path, path) -> dict[str, bytes]:
    """The article graphs of one article, as a build of it alone writes them."""
    import pyoxigraph as ox

    folder = tmp_path / f"one-{path.stem}"
    if not folder.exists():
        (folder / "in").mkdir(parents=True)
        shutil.copy(path, folder / "in" / path.name)
        build([str(folder / "in")], folder / "store")
    store = open_store(folder / "store", read_only=True)
    out = {}
    for name in store.graph_names():
        if "/graph/article/" in name:
            triples = (
                q.triple for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(name))
            )
            out[name] = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return out


def whole_derivation(store, iris: Iris) -> dict[str, set[str]]:
    """The derived graphs as one derivation holding every report would make them (what
    derive_all did before it went in pieces)."""
    import pyoxigraph as ox

    from kg.merge import merge_reports, reports_from_triples
    from kg.ns import KG, WD
    from kg.rdf import fact_triples

    actors = store.construct(derived.ACTORS_CONSTRUCT.format(kg=KG, wd=WD, values=""))
    reports = reports_from_triples(
        store.construct(derived.reports_query(derived.REPORTS_CONSTRUCT, ""))
    )

    def lines(triples) -> set[str]:
        return {str(ox.Triple(t.subject, t.predicate, t.object)) for t in triples}

    return {
        str(iris.actors_graph): lines(actors),
        str(iris.facts_graph): lines(fact_triples(merge_reports(reports), iris)),
    }


def test_derive_all_in_small_pieces_equals_one_whole_derivation(tmp_path, articles, monkeypatch):
    import pyoxigraph as ox

    path = tmp_path / "store"
    assert build([str(articles["all"])], path).ok
    store = open_store(path)
    expected = whole_derivation(store, IRIS)
    held = []
    construct = type(store).construct

    def counted(self, query):
        triples = construct(self, query)
        held.append(len(triples))
        return triples

    # a piece of one actor, and of leads holding about three reports
    monkeypatch.setattr(derived, "PIECE_KEYS", 1)
    monkeypatch.setattr(derived, "PIECE_REPORTS", 3)
    monkeypatch.setattr(type(store), "construct", counted)
    store.derive_all(IRIS)
    for graph, triples in expected.items():
        stored = store.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        assert {str(ox.Triple(q.subject, q.predicate, q.object)) for q in stored} == triples
    # never the whole store's reports or actors at once
    facts = len(expected[str(IRIS.facts_graph)])
    assert len(held) > 10 and max(held) < facts / 4


def test_a_fact_is_first_reported_on_its_earliest_article_s_day(tmp_path, articles):
    # the facts graph dates an undated fact without joining every article that reports it
    def first_reported(folder, store) -> set[str]:
        assert build([str(folder)], store).ok
        rows = open_store(store, read_only=True).select(
            f"""SELECT ?first WHERE {{ GRAPH <{IRIS.facts_graph}> {{
                ?s a <{KG.Statement}> ; <{KG.content}> "We will keep talking" ;
                   <{KG.firstReported}> ?first }} }}"""
        )
        return {row["first"] for row in rows}

    assert first_reported(articles["all"], tmp_path / "all") == {"2024-03-04"}
    assert first_reported(articles["b"], tmp_path / "b") == {"2024-03-06"}
