"""The row cap pushed into queries (kg.row_cap), over the real server: capped and uncapped
SELECTs give the rows pyoxigraph gives for the same query (its first ``cap`` rows, flagged,
when there are more), whatever the query's own LIMIT/OFFSET, ORDER BY, GROUP BY, subqueries,
VALUES, FROM, BASE or PREFIX; and a result under the cap is Oxigraph's own serialisation."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pyoxigraph as ox
import pytest

from kg import row_cap
from tests.conftest import copy_of, running_server

CAP = 7
KG = "PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"
ACTORS = "https://w3id.org/kg-news/graph/actors"
JSON = "application/sparql-results+json"

# (query, the dataset as pyoxigraph is given it, whether the rows come in a set order)
QUERIES = {
    "every triple, ordered": ("SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o", None, 1),
    "every triple": ("SELECT * WHERE { ?s ?p ?o }", None, 0),
    "own small limit": ("SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?o ?s ?p LIMIT 3", None, 1),
    "own limit at the cap": ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY DESC(?s) LIMIT 7", None, 1),
    "own limit past the cap, offset": (
        "SELECT ?s ?p WHERE { ?s ?p ?o } ORDER BY ?p ?s LIMIT 100 OFFSET 5",
        None,
        1,
    ),
    "offset only": ("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o ?s ?p OFFSET 4", None, 1),
    "group by": (
        KG + "SELECT ?class (COUNT(?x) AS ?n) WHERE { ?x a ?class } "
        "GROUP BY ?class ORDER BY DESC(?n) ?class",
        None,
        1,
    ),
    "group by, under the cap": (
        KG + "SELECT ?class (COUNT(?f) AS ?n) WHERE { VALUES ?class { kg:Statement kg:Meeting "
        "kg:MilitaryDeployment } ?f a ?class } GROUP BY ?class ORDER BY ?class",
        None,
        1,
    ),
    "group by, having": (
        "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p HAVING (COUNT(*) > 1) "
        "ORDER BY ?p",
        None,
        1,
    ),
    "subquery with its own limit": (
        "SELECT ?s WHERE { { SELECT DISTINCT ?s WHERE { ?s a ?c } ORDER BY ?s LIMIT 20 } } "
        "ORDER BY DESC(?s)",
        None,
        1,
    ),
    "values block inside": (
        "SELECT ?x ?s WHERE { VALUES ?x { 1 2 3 } ?s a ?c } ORDER BY ?s ?x",
        None,
        1,
    ),
    "trailing values block": (
        KG + "SELECT ?x ?name WHERE { ?a kg:name ?name } ORDER BY ?name ?x VALUES ?x { 1 2 }",
        None,
        1,
    ),
    "trailing values, under the cap": (
        "SELECT ?x WHERE { } VALUES ?x { 1 2 3 }",
        None,
        1,
    ),
    "exactly the cap": ("SELECT ?x WHERE { VALUES ?x { 1 2 3 4 5 6 7 } }", None, 1),
    "one past the cap": ("SELECT ?x WHERE { VALUES ?x { 1 2 3 4 5 6 7 8 } }", None, 1),
    "from": (
        f"SELECT ?s ?p ?o FROM <{ACTORS}> WHERE {{ ?s ?p ?o }} ORDER BY ?s ?p ?o",
        [ACTORS],
        1,
    ),
    "base and prefix": (
        "BASE <https://w3id.org/kg-news/>\n" + KG + "SELECT ?s ?n WHERE { GRAPH <graph/actors> "
        "{ ?s kg:name ?n } } ORDER BY ?n ?s",
        None,
        1,
    ),
    "base and prefix, under the cap": (
        "BASE <https://w3id.org/kg-news/>\n" + KG + "SELECT ?g ?n WHERE { VALUES ?g "
        "{ <graph/actors> kg:Statement } OPTIONAL { GRAPH ?g { ?s kg:name ?n } } } "
        "ORDER BY ?g ?n LIMIT 2",
        None,
        1,
    ),
    "a comment at the end": ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o # the end", None, 1),
    "distinct": ("SELECT DISTINCT ?p WHERE { ?s ?p ?o } ORDER BY ?p", None, 1),
}


@pytest.fixture(scope="module")
def capped_server(seed_store, tmp_path_factory):
    with running_server(copy_of(seed_store, tmp_path_factory), "--max-rows", str(CAP)) as base:
        yield base


@pytest.fixture(scope="module")
def oxstore(seed_store):
    return ox.Store.read_only(str(seed_store))


def ask(base: str, text: str, accept: str = JSON) -> httpx.Response:
    response = httpx.get(
        f"{base}/sparql", params={"query": text}, headers={"accept": accept}, timeout=60
    )
    assert response.status_code == 200, response.text
    return response


def expected(oxstore, text: str, dataset) -> list[dict]:
    """Every row pyoxigraph gives, as the JSON bindings it writes."""
    options = {"default_graph": [ox.NamedNode(g) for g in dataset]} if dataset else {}
    if not dataset:
        options["use_default_graph_as_union"] = True
    body = oxstore.query(text, **options).serialize(format=ox.QueryResultsFormat.JSON)
    return json.loads(body)["results"]["bindings"]


def plain(bindings: list[dict]) -> list[dict]:
    """Bindings without the xsd:string datatype, which writers may or may not spell out."""
    string = "http://www.w3.org/2001/XMLSchema#string"
    return [
        {
            v: {k: x for k, x in t.items() if not (k == "datatype" and x == string)}
            for v, t in b.items()
        }
        for b in bindings
    ]


def key(binding: dict) -> str:
    return repr(sorted((v, sorted(t.items())) for v, t in binding.items()))


@pytest.mark.parametrize("name", QUERIES)
def test_capped_queries_give_pyoxigraphs_rows(capped_server, oxstore, name):
    text, dataset, ordered = QUERIES[name]
    every = plain(expected(oxstore, text, dataset))
    response = ask(capped_server, text)
    body = response.json()
    got = plain(body["results"]["bindings"])
    truncated = len(every) > CAP
    assert bool(response.headers.get("x-kg-truncated")) == truncated
    assert body.get("truncated", False) == truncated
    assert ("urn:kg:truncated" in body["head"].get("link", [])) == truncated
    assert len(got) == min(len(every), CAP)
    if ordered:
        assert got == every[:CAP]
    elif truncated:
        assert {key(b) for b in got} <= {key(b) for b in every}
    else:
        assert sorted(map(key, got)) == sorted(map(key, every))


def test_the_queries_cover_both_sides_of_the_cap(oxstore):
    sizes = {name: len(expected(oxstore, t, d)) for name, (t, d, _) in QUERIES.items()}
    assert sizes["exactly the cap"] == CAP and sizes["one past the cap"] == CAP + 1
    assert sum(size > CAP for size in sizes.values()) >= 8
    assert sum(0 < size <= CAP for size in sizes.values()) >= 4


@pytest.mark.parametrize(
    "name",
    [
        "own small limit",
        "exactly the cap",
        "base and prefix, under the cap",
        "group by, under the cap",
    ],
)
def test_a_result_under_the_cap_is_oxigraphs_own_body(capped_server, oxstore, name):
    text, dataset, _ = QUERIES[name]
    assert len(expected(oxstore, text, dataset)) <= CAP
    for accept, fmt in [
        (JSON, ox.QueryResultsFormat.JSON),
        ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ]:
        theirs = oxstore.query(text, use_default_graph_as_union=True).serialize(format=fmt)
        assert ask(capped_server, text, accept).content == theirs


@pytest.mark.parametrize(
    "accept",
    ["application/sparql-results+xml", "text/csv", "text/tab-separated-values"],
)
def test_every_format_is_cut_and_flagged(capped_server, accept):
    text = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    response = ask(capped_server, text, accept)
    assert response.headers["x-kg-truncated"] == f"true; rows={CAP}"
    if accept.endswith("xml"):
        assert response.text.count("<result>") == CAP and "urn:kg:truncated" in response.text
    elif accept == "text/csv":
        assert len(list(csv.reader(io.StringIO(response.text)))) == CAP + 1
    else:
        assert len(response.text.splitlines()) == CAP + 1


@pytest.mark.parametrize("limit", ["", "LIMIT 3"])
def test_csv_quotes_the_iris_that_hold_a_comma(capped_server, limit):
    """Statement IRIs hold commas (…#statement=61,81,…), which Oxigraph's CSV writer leaves
    unquoted: CSV is kg's own writer, and reads back as the JSON answer's values."""
    text = (
        KG + f"SELECT ?r ?s WHERE {{ ?r a kg:StatementReport ; kg:speaker ?s }} ORDER BY ?r {limit}"
    )
    values = [
        [b[v]["value"] for v in ("r", "s")]
        for b in ask(capped_server, text).json()["results"]["bindings"]
    ]
    assert any("," in row[0] for row in values)
    rows = list(csv.reader(io.StringIO(ask(capped_server, text, "text/csv").text)))
    assert rows == [["r", "s"], *values]


def test_graphs_and_booleans_are_never_capped(capped_server, oxstore):
    everything = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    response = ask(capped_server, everything, "application/n-triples")
    assert len(response.text.splitlines()) == len(
        list(oxstore.query(everything, use_default_graph_as_union=True))
    )
    assert len(response.text.splitlines()) > 10 * CAP
    assert ask(capped_server, "ASK { ?s ?p ?o }").json()["boolean"] is True


def test_a_long_body_is_counted_not_guessed():
    """A body long enough to hold cap+1 rows is read back and counted: under the cap it is
    kept as Oxigraph wrote it; over, cut and flagged."""
    store = ox.Store()
    values = " ".join(f'"{"x" * 50}{i}"' for i in range(40))
    text = f"SELECT ?v WHERE {{ VALUES ?v {{ {values} }} }}"
    for fmt in (ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.TSV):
        body = store.query(text).serialize(format=fmt)
        kept = row_cap.cut(body, fmt, 40)
        assert kept == (body, False, 40)
        cut = row_cap.cut(body, fmt, 39)
        assert cut.truncated and cut.rows == 39 and cut.body != body
        short = row_cap.cut(body, fmt, 10_000)  # too short for 10,001 rows: not read back
        assert short == (body, False, 0)


def test_the_shape_of_a_query():
    from kg.sparql_lexer import tokens

    assert row_cap.shape_of(tokens("SELECT * { ?s ?p ?o } LIMIT 5")) == ("SELECT", 5)
    assert row_cap.shape_of(tokens("BASE <x:> PREFIX a: <b:> PREFIX : <c:> ASK {}")).form == "ASK"
    inner = "SELECT * { { SELECT * { ?s ?p ?o } LIMIT 5 } } OFFSET 2"
    assert row_cap.shape_of(tokens(inner)) == ("SELECT", None)
