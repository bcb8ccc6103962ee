"""The on-disk store: one graph per article, actors and builds graphs, idempotent builds."""

import io
import json

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.ids import Iris
from kg.pipeline import build
from kg.store import load_report, open_store
from tests.conftest import SEEDS

IRIS = Iris("https://w3id.org/kg-news/")


def quads_by_graph(path):
    store = open_store(path, read_only=True)
    out = {}
    for quad in store.ox.quads_for_pattern(None, None, None, None):
        out.setdefault(quad.graph_name.value, set()).add(str(quad))
    return out


def test_building_twice_changes_only_the_builds_graph(tmp_path):
    store = tmp_path / "store"
    first = build([str(SEEDS)], store)
    before = quads_by_graph(store)
    second = build([str(SEEDS)], store)
    after = quads_by_graph(store)
    assert first.count("stored") == 2 and second.count("unchanged") == 2
    builds = str(IRIS.builds_graph)
    assert {g: q for g, q in before.items() if g != builds} == {
        g: q for g, q in after.items() if g != builds
    }
    assert len(after[builds]) > len(before[builds])
    assert [g for g in after if "build" in g] == [builds]


def test_graphs_do_not_depend_on_build_order(tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    build([str(seeds[0])], tmp_path / "a")
    build([str(seeds[1])], tmp_path / "a")
    build([str(seeds[1])], tmp_path / "b")
    build([str(seeds[0])], tmp_path / "b")
    a, b = quads_by_graph(tmp_path / "a"), quads_by_graph(tmp_path / "b")
    builds = str(IRIS.builds_graph)
    assert {g: q for g, q in a.items() if g != builds} == {
        g: q for g, q in b.items() if g != builds
    }


def test_actor_triples_are_stored_once(seed_store):
    store = open_store(seed_store, read_only=True)
    rows = list(
        store.query(
            "SELECT ?g WHERE { GRAPH ?g { "
            '?a <https://w3id.org/kg-news/ontology#name> "Dmytro Kuleba" } }'
        )
    )
    assert [r["g"].value for r in rows] == [str(IRIS.actors_graph)]


def test_report_is_saved_with_every_input(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text("Putin said that Russia would not attack.", "utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", "utf-8")
    report = build([str(tmp_path / "in"), str(tmp_path / "nope")], tmp_path / "store")
    saved = load_report(tmp_path / "store")
    statuses = sorted((row["source"].rsplit("/", 1)[-1], row["status"]) for row in saved["inputs"])
    assert statuses == [("empty.txt", "rejected"), ("nope", "rejected"), ("ok.txt", "stored")]
    assert not report.ok


@pytest.mark.parametrize("fmt", ["turtle", "nquads", "trig", "jsonld", "ntriples"])
def test_export_formats_parse_back(seed_store, fmt):
    store = open_store(seed_store, read_only=True)
    buffer = io.BytesIO()
    store.export(buffer, fmt)
    formats = {
        "turtle": ox.RdfFormat.TURTLE,
        "nquads": ox.RdfFormat.N_QUADS,
        "trig": ox.RdfFormat.TRIG,
        "jsonld": ox.RdfFormat.JSON_LD,
        "ntriples": ox.RdfFormat.N_TRIPLES,
    }
    parsed = list(ox.parse(buffer.getvalue(), format=formats[fmt]))
    assert len(parsed) > 100
    if fmt in ("nquads", "trig", "jsonld"):  # JSON-LD: one @graph per named graph
        assert {q.graph_name.value for q in parsed} >= {str(IRIS.actors_graph)}


def test_store_format_marker_is_checked(tmp_path):
    build([str(SEEDS)], tmp_path / "store")
    (tmp_path / "store" / "kg-store.json").write_text(json.dumps({"format": 99}))
    with pytest.raises(StoreError, match="format 99"):
        open_store(tmp_path / "store")


def test_reading_a_directory_that_is_no_store(tmp_path):
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(tmp_path, read_only=True)


def test_a_build_looks_up_the_versions_of_its_inputs_only(tmp_path):
    # triage asks the stored version of each input, one lookup each, so a one-article update
    # of a large store does not read every article graph's version first
    from kg import EXTRACTOR_VERSION

    assert not open_store(tmp_path / "empty").has_articles()
    report = build([str(SEEDS)], tmp_path / "store")
    store = open_store(tmp_path / "store", read_only=True)
    assert store.has_articles()
    lookup = store.version_lookup(IRIS)
    stored = [r["article"] for r in report.as_dict()["inputs"] if r["status"] == "stored"]
    assert len(stored) == 2
    assert all(lookup(article) == EXTRACTOR_VERSION for article in stored)
    assert lookup("0" * 20) is None
    # a server's store answers the same from one query over every article graph
    assert {a: lookup(a) for a in stored} == {a: store.article_versions(IRIS)[a] for a in stored}
