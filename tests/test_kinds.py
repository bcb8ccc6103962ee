"""Fact kinds are registered objects (kg.kinds): the built-in three in their order, and a toy
kind (tests/plugins/toy_sanction.py: "X imposed sanctions on Y") registered at run time,
extracted, validated by its own shapes, stored, merged across articles and shown by the
real server, which finds it through the ``kg.kinds`` entry-point group."""

from __future__ import annotations

import ast
import os
import re

import httpx
import pytest
from rdflib import RDF, Graph
from rdflib.namespace import SH

from kg.errors import KindError
from kg.ids import Iris
from kg.kinds import registry
from kg.ns import KG
from tests.conftest import ROOT, running_server

IRIS = Iris("https://w3id.org/kg-news/")
QUERIES = ROOT / "kg" / "server" / "queries"
SAID = "date {day}\n\n{text}\n"
ARTICLES = {
    "a.txt": SAID.format(day="2022-03-01", text="The United States imposed sanctions on Russia."),
    "b.txt": SAID.format(
        day="2022-03-02",
        text="Washington imposed new sanctions on Moscow over the war, officials said.",
    ),
}


@pytest.fixture
def toy():
    """The toy kind, registered for one test."""
    from tests.plugins.toy_sanction import KIND

    registry.register(KIND)
    try:
        yield KIND
    finally:
        registry.unregister(KIND.name)


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def stored_sanctions(store_dir, query: str) -> list[dict[str, str]]:
    """The rows of ``query`` over the store; and its facts graph, derived by what changed,
    is the same as derived from scratch."""
    import gc

    from kg.store import open_store

    store = open_store(store_dir)
    every = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{IRIS.facts_graph}> {{ ?s ?p ?o }} }}"
    incremental = set(store.construct(every))
    store.derive_all(IRIS)
    assert set(store.construct(every)) == incremental
    assert store.stats(IRIS)["Sanction"] == 1
    rows = store.select(query)
    store.flush()
    del store
    gc.collect()  # the server opens the store next
    return rows


def test_the_built_in_kinds_in_the_eval_schemas_order():
    assert [k.name for k in registry] == [
        "kg.kind.statement.v1",
        "kg.kind.deployment.v1",
        "kg.kind.meeting.v1",
    ]
    assert registry.fields() == ("statements", "deployments", "meetings")


def test_each_kind_declares_a_producer_a_shape_and_its_page_queries():
    from kg.validate import shapes_graph

    for kind in registry:
        assert kind.load_extractor().produces == kind.fact_class
        assert (None, SH.targetClass, kind.fact_class) in shapes_graph(), kind.name
        for name in kind.page_queries:
            assert (QUERIES / name).exists(), (kind.name, name)


def test_every_query_naming_a_kind_is_among_its_page_queries():
    """A page query that names a kind's classes or role is declared by that kind; the ones
    every kind's facts go through take ``$classes`` or ``$roles`` from the registry."""
    for kind in registry:
        terms = {str(t).replace(str(KG), "kg:") for t in (kind.fact_class, kind.report_class)}
        terms.add(str(kind.role).replace(str(KG), "kg:"))
        for path in QUERIES.glob("*.rq"):
            text = path.read_text(encoding="utf-8")
            if any(re.search(rf"{re.escape(t)}\b", text) for t in terms):
                assert path.name in kind.page_queries, (kind.name, path.name)


def module_imports() -> dict[str, set[str]]:
    """Each kg module -> the kg modules it imports at its top level (not its own packages)."""
    modules = {}
    for path in (ROOT / "kg").rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    edges = {}
    for name, path in modules.items():
        named = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Import):
                named |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                named |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
        edges[name] = {
            m for m in named if m in modules and m != name and not name.startswith(m + ".")
        }
    return edges


def test_no_import_cycles():
    """kg.kinds imports only kg.errors; the kind modules import kg.merge, which imports the
    registry: the built-in kinds are loaded on first use, never at import."""
    edges = module_imports()
    assert edges["kg.kinds"] == {"kg.errors"}
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, " -> ".join((*path, name))
        if name not in done:
            for other in sorted(edges[name]):
                visit(other, (*path, name))
            done.add(name)

    for name in sorted(edges):
        visit(name, ())


def test_a_kind_cannot_take_what_another_kind_holds(toy):
    from dataclasses import replace

    with pytest.raises(KindError, match="key 'meeting'"):
        registry.register(replace(toy, name="toy.other.v1", key="meeting"))
    with pytest.raises(KindError, match="name"):
        registry.register(toy)


def plugin_site(folder, group: str, target: str):
    """A folder that, on the path, offers ``target`` in the entry-point group ``group``, as
    an installed package does."""
    dist = folder / "kg_toy_kinds-0.0.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: kg-toy-kinds\nVersion: 0.0.0\n")
    (dist / "entry_points.txt").write_text(f"[{group}]\nsanction = {target}\n")
    return folder


def test_a_broken_kind_plugin_is_one_sentence(tmp_path, monkeypatch):
    from kg.kinds import Registry

    group = "kg.kinds.test-broken"
    monkeypatch.syspath_prepend(str(plugin_site(tmp_path, group, "no_such_module:KIND")))
    with pytest.raises(KindError) as raised:
        list(Registry(group=group))
    message = str(raised.value)
    assert "'sanction' (no_such_module:KIND" in message and "\n" not in message


def test_a_kinds_shapes_and_terms_join_validation(toy):
    """The toy's shape rejects a sanction whose imposer is no actor; without the kind, the
    shape is gone from validation again (the caches follow the registry)."""
    from kg.models import Article, ArticleFacts, Mention
    from kg.rdf import actor_records, article_graph
    from kg.validate import ontology_graph, validate
    from tests.plugins.toy_sanction import TOY

    mention = Mention(0, 4, "Oslo", 0, "Oslo imposed sanctions.", "toy.sanction.v1")
    facts = ArticleFacts(
        Article(id="abc", name="t", text="Oslo imposed sanctions.", source="t.txt"),
        sanctions=[toy.model("nobody", "nobody-else", mention)],
    )
    graph = article_graph(facts, IRIS)
    assert len(set(graph.subjects(RDF.type, TOY.SanctionReport))) == 1
    assert (TOY.SanctionReport, None, None) in ontology_graph()
    validation = validate(graph, actor_records(facts, IRIS))
    assert {f.shape for f in validation.violations} == {"SanctionShape"}
    registry.unregister(toy.name)
    try:
        assert validate(graph, actor_records(facts, IRIS)).conforms
    finally:
        registry.register(toy)


def test_a_toy_kind_is_extracted(toy, articles):
    from kg.config import load_settings
    from kg.ingest import iter_inputs
    from kg.pipeline import extract_rows

    rows = list(extract_rows(iter_inputs([str(articles)]), load_settings(workers=1)))
    assert [row["sanctions"] for row in rows] == [
        [{"imposer": "United States", "target": "Russia"}]
    ] * 2
    assert [list(row)[-1] for row in rows] == ["sanctions"] * 2  # after the built-in kinds


def test_a_toy_kind_is_stored_merged_and_served(toy, articles, tmp_path, monkeypatch):
    from kg.config import load_settings
    from kg.pipeline import build
    from kg.store import derived
    from tests.plugins.toy_sanction import TOY

    # the second article's report is merged by what changed (kg.store.derived), the way a
    # large store's builds go, then checked against a derivation from scratch
    monkeypatch.setattr(derived, "FROM_SCRATCH_SHARE", 1e9)
    store_dir, settings = tmp_path / "store", load_settings(workers=1)
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    assert build([str(first)], store_dir, settings).ok
    report = build([str(articles)], store_dir, settings)
    assert report.ok and report.count("stored") == 1, report.as_dict()

    query = (
        f"SELECT ?f ?r ?a WHERE {{ GRAPH <{IRIS.facts_graph}> {{ ?f a <{TOY.Sanction}> ; "
        f"<{KG.report}> ?r ; <{KG.article}> ?a ; <{TOY.imposer}> <{IRIS.actor('Q30')}> ; "
        f"<{TOY.target}> <{IRIS.actor('Q159')}> }} }}"
    )
    rows = stored_sanctions(store_dir, query)
    assert len({r["f"] for r in rows}) == 1  # two articles, one sanction
    assert len({r["r"] for r in rows}) == 2 and len({r["a"] for r in rows}) == 2
    fact, article = rows[0]["f"], min(r["a"] for r in rows)

    # the server process knows the kind from the entry point a plugin package declares
    site = plugin_site(tmp_path / "site", "kg.kinds", "tests.plugins.toy_sanction:KIND")
    path = os.pathsep.join(p for p in (str(site), str(ROOT), os.environ.get("PYTHONPATH")) if p)
    with running_server(store_dir, env={"PYTHONPATH": path}) as base:
        page = httpx.get(
            article.replace(IRIS.base, f"{base}/"), headers={"Accept": "text/html"}, timeout=60
        )
        assert page.status_code == 200
        assert fact.replace(IRIS.base, "/") in page.text  # the fact is listed and linked
        assert ">Sanction<" in page.text
        described = httpx.get(f"{base}/id/actor/Q30", headers={"Accept": "text/turtle"}, timeout=60)
        assert described.status_code == 200
        graph = Graph().parse(data=described.text, format="turtle")
        assert (None, RDF.type, TOY.Sanction) in graph  # the facts it took part in
        answer = httpx.get(
            f"{base}/sparql",
            params={"query": query},
            headers={"Accept": "application/sparql-results+json"},
            timeout=60,
        )
        assert answer.status_code == 200
        assert len(answer.json()["results"]["bindings"]) == 4
        # the actor's page has a section for the kind, which declares none of its own, and
        # its timeline; /api/timeline has the fact as an event of the kind
        actor = httpx.get(f"{base}/id/actor/Q159", headers={"Accept": "text/html"}, timeout=60)
        assert actor.status_code == 200
        section = actor.text.split("<h2>Sanction</h2>", 1)[1].split("</ul>", 1)[0]
        assert fact.replace(IRIS.base, "/") in section
        assert "2022-03-01 Sanction: The United States imposed sanctions on Russia" in section
        assert "Sanction: The United States imposed" in actor.text.split("<h2>Timeline</h2>")[1]
        events = httpx.get(f"{base}/api/timeline", timeout=60).json()["events"]
        sanctions = [e for e in events if e["kind"] == "sanction"]
        assert [(e["id"], e["actors"], e["date"]) for e in sanctions] == [
            (fact, "United States", "2022-03-01")
        ]
