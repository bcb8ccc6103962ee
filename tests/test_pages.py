"""The linked-data routes over HTTP: /id/… by content negotiation, 404s and 406s, the article
and actor pages, the query page's assets, /network's data, /ontology and the VoID description.
The server runs on a store of its own (one store directory, one server)."""

from __future__ import annotations

import html
import json
import re

import httpx
import pyoxigraph as ox
import pytest

from kg.pipeline import build
from tests.conftest import SEEDS, running_server

BASE = "https://w3id.org/kg-news/"
KG = "https://w3id.org/kg-news/ontology#"
HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
ESCAPE_TEXT = (
    "date 2022-03-01\nNATO Secretary General Jens Stoltenberg said: "
    '"Allies <b>stand</b> together & <script>alert(1)</script> we will defend every inch."\n'
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    (root / "escape-test.txt").write_text(ESCAPE_TEXT, encoding="utf-8")
    store = root / "store"
    build([str(SEEDS), str(root / "escape-test.txt")], store)
    with running_server(store) as url:
        yield url


def select(server: str, query: str) -> list[dict[str, str]]:
    response = httpx.post(
        f"{server}/sparql",
        data={"query": f"PREFIX kg: <{KG}>\n{query}"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    response.raise_for_status()
    return [
        {k: v["value"] for k, v in row.items()} for row in response.json()["results"]["bindings"]
    ]


def local(iri: str) -> str:
    assert iri.startswith(f"{BASE}id/")
    return "/" + iri[len(BASE) :]


@pytest.fixture(scope="module")
def speaker(server) -> dict[str, str]:
    rows = select(
        server,
        """SELECT ?actor ?name (COUNT(?s) AS ?n) WHERE {
  ?s kg:speaker ?actor . ?actor kg:name ?name }
GROUP BY ?actor ?name ORDER BY DESC(?n) ?name LIMIT 1""",
    )
    assert rows, "the store holds no statements"
    return rows[0]


def test_actor_is_turtle_by_default_and_for_star(server, speaker):
    for headers in ({}, {"Accept": "*/*"}, {"Accept": "text/turtle"}):
        response = httpx.get(server + local(speaker["actor"]), headers=headers)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/turtle")
        assert "accept" in response.headers["vary"].lower()
        triples = list(ox.parse(response.content, format=ox.RdfFormat.TURTLE))
        subjects = {t.subject.value for t in triples}
        assert speaker["actor"] in subjects
        # the description carries the actor's statements too
        said = [t for t in triples if t.predicate.value == f"{KG}speaker"]
        assert said and all(t.object.value == speaker["actor"] for t in said)
        assert any(t.predicate.value == f"{KG}content" for t in triples)


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/n-triples;q=0.9, text/html;q=0.5", ox.RdfFormat.N_TRIPLES),
    ],
)
def test_actor_in_other_rdf_formats(server, speaker, accept, fmt):
    response = httpx.get(server + local(speaker["actor"]), headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept.split(";")[0])
    names = [
        t.object.value
        for t in ox.parse(response.content, format=fmt)
        if t.subject.value == speaker["actor"] and t.predicate.value == f"{KG}name"
    ]
    assert names == [speaker["name"]]


def test_format_parameter_overrides_accept(server, speaker):
    response = httpx.get(server + local(speaker["actor"]) + "?format=nt", headers=HTML)
    assert response.headers["content-type"].startswith("application/n-triples")
    response = httpx.get(server + local(speaker["actor"]) + "?format=html")
    assert response.headers["content-type"].startswith("text/html")


def test_actor_page_for_a_browser(server, speaker):
    response = httpx.get(server + local(speaker["actor"]), headers=HTML)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "accept" in response.headers["vary"].lower()
    page = response.text
    assert f"<h1>{speaker['name']}</h1>" in page
    assert "What they said" in page and "Timeline" in page
    # each quote links to its article, highlighted at the quote's offsets
    links = re.findall(r'href="(/id/article/[0-9a-f]+\?hl=(\d+),(\d+)#char=\2,\3)"', page)
    assert links
    article = httpx.get(server + links[0][0].split("#")[0], headers=HTML).text
    begin, end = int(links[0][1]), int(links[0][2])
    assert f'<mark class="m hl" data-b="{begin}"' in article or 'class="m hl"' in article
    assert f'id="char={begin},{end}"' in article
    # no IRI of ours is left pointing away from this server
    assert f'href="{BASE}id/' not in page


def test_highlight_is_at_the_quote_offsets(server):
    rows = select(
        server,
        """SELECT ?article ?text ?begin ?end WHERE {
  ?s kg:evidence ?m ; kg:article ?article . ?article kg:text ?text .
  ?m kg:beginIndex ?begin ; kg:endIndex ?end } ORDER BY ?begin LIMIT 1""",
    )
    row = rows[0]
    begin, end = int(row["begin"]), int(row["end"])
    page = httpx.get(f"{server}{local(row['article'])}?hl={begin},{end}", headers=HTML).text
    pieces = re.findall(r'<mark class="[^"]*\bhl\b[^"]*"[^>]*>(.*?)</mark>', page, re.S)
    assert html.unescape("".join(pieces)) == row["text"][begin:end]


def test_text_from_the_store_is_escaped(server):
    rows = select(server, 'SELECT ?a WHERE { ?a kg:sourceName "escape-test" }')
    assert rows, "the escape-test article was not stored"
    page = httpx.get(server + local(rows[0]["a"]), headers=HTML).text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;stand&lt;/b&gt;" in page


def test_every_kind_of_minted_iri_dereferences(server):
    rows = select(
        server,
        """SELECT ?class (SAMPLE(?s) AS ?one) WHERE {
  VALUES ?class { kg:Statement kg:Meeting kg:MilitaryDeployment kg:Article kg:Person kg:Build }
  ?s a ?class } GROUP BY ?class""",
    )
    assert len(rows) >= 4
    for row in rows:
        for headers in (HTML, {"Accept": "text/turtle"}):
            response = httpx.get(server + local(row["one"]), headers=headers)
            assert response.status_code == 200, (row, headers)
        assert row["one"] in httpx.get(server + local(row["one"]), headers=HTML).text


def test_unknown_iris_are_404_in_the_error_shape(server):
    for path in ("/id/actor/person/nobody-at-all", "/id/article/0000", "/id/", "/id/%3Cx%3E"):
        for headers in (HTML, {"Accept": "text/turtle"}, {}):
            response = httpx.get(server + path, headers=headers)
            assert response.status_code == 404, (path, headers)
            body = response.json()
            assert body["error"]["status"] == 404
            assert isinstance(body["error"]["message"], str)


def test_unacceptable_types_are_406(server, speaker):
    response = httpx.get(server + local(speaker["actor"]), headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert response.json()["error"]["status"] == 406
    response = httpx.get(server + local(speaker["actor"]) + "?format=pdf")
    assert response.status_code == 406


def test_head_answers_without_a_body(server, speaker):
    response = httpx.head(server + local(speaker["actor"]), headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert response.content == b""


def test_query_page_uses_only_local_assets(server):
    page = httpx.get(f"{server}/", headers=HTML).text
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert "/static/yasgui/yasgui.min.js" in assets
    assert "/static/yasgui/yasgui.min.css" in assets
    assert all(a.startswith(("/", "#")) for a in assets), assets
    config = json.loads(re.search(r'type="application/json">(.*?)</script>', page, re.S)[1])
    assert config["base"] == BASE
    assert len(config["examples"]) == 6
    for example in config["examples"]:
        assert "PREFIX kg:" in example["query"] and "PREFIX skos:" in example["query"]
        response = httpx.post(
            f"{server}/sparql",
            data={"query": example["query"]},
            headers={"Accept": "application/sparql-results+json"},
        )
        assert response.status_code == 200, (example["label"], response.text)
        assert response.json()["results"]["bindings"], example["label"]


def test_vendored_files_and_licences_are_served(server):
    for path in (
        "/static/yasgui/yasgui.min.js",
        "/static/yasgui/yasgui.min.css",
        "/static/yasgui/LICENSE",
        "/static/vis-network/vis-network.min.js",
        "/static/vis-network/LICENSE-MIT",
        "/static/vis-network/LICENSE-APACHE-2.0",
        "/static/kg-query.js",
    ):
        assert httpx.get(server + path).status_code == 200, path
    for path in ("/static/%2e%2e/pages.py", "/static/../app.py", "/static/nothing.js"):
        assert httpx.get(server + path).status_code == 404, path


def test_meetings_and_timeline_data(server):
    data = httpx.get(f"{server}/api/meetings").json()
    assert data["nodes"] and data["edges"] and data["meetings"]
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert all(n["href"].startswith("/id/actor/") for n in data["nodes"])
    empty = httpx.get(f"{server}/api/meetings", params={"from": "1990-01-01", "to": "1990-12-31"})
    assert empty.json() == {"nodes": [], "edges": [], "meetings": []}
    events = httpx.get(f"{server}/api/timeline").json()["events"]
    assert {e["kind"] for e in events} >= {"meeting", "deployment"}
    dates = [e["date"] for e in events if e["date"]]
    assert dates == sorted(dates)
    bad = httpx.get(f"{server}/api/meetings", params={"from": "yesterday"})
    assert bad.status_code == 400 and bad.json()["error"]["status"] == 400
    assert "vis-network.min.js" in httpx.get(f"{server}/network").text


def test_ontology_for_a_browser_and_as_turtle(server):
    page = httpx.get(f"{server}/ontology", headers=HTML)
    assert page.headers["content-type"].startswith("text/html")
    assert 'id="Statement"' in page.text and 'id="speaker"' in page.text
    assert "Something an actor said" in page.text
    turtle = httpx.get(f"{server}/ontology", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    triples = list(ox.parse(turtle.content, format=ox.RdfFormat.TURTLE))
    classes = {
        t.subject.value
        for t in triples
        if t.predicate.value.endswith("#type") and t.object.value.endswith("owl#Class")
    }
    assert f"{KG}Statement" in classes and f"{KG}Meeting" in classes


def test_void_description(server):
    response = httpx.get(f"{server}/.well-known/void")
    assert response.headers["content-type"].startswith("text/turtle")
    triples = list(ox.parse(response.content, format=ox.RdfFormat.TURTLE))
    dataset = f"{server}/.well-known/void#dataset"
    by_predicate = {t.predicate.value: t.object for t in triples if t.subject.value == dataset}
    void = "http://rdfs.org/ns/void#"
    assert by_predicate[f"{void}sparqlEndpoint"].value == f"{server}/sparql"
    assert int(by_predicate[f"{void}triples"].value) > 100
    assert int(by_predicate[f"{void}entities"].value) > 10
    assert "http://purl.org/dc/terms/license" in by_predicate


# ---------------------------------------------------------------- regressions (#14)
@pytest.mark.parametrize(("fmt", "asked"), [("xml", "application/rdf+xml"), ("nt", "text/plain")])
def test_rdflib_reads_an_id_iri_in_its_own_formats(server, speaker, fmt, asked):
    """rdflib asks for RDF/XML (or text/plain, N-Triples' old type) with a */* fallback:
    it must get what it asked for, not Turtle."""
    from rdflib import Graph, URIRef

    graph = Graph().parse(server + local(speaker["actor"]), format=fmt)
    names = {str(o) for o in graph.objects(URIRef(speaker["actor"]), URIRef(f"{KG}name"))}
    assert names == {speaker["name"]}
    response = httpx.get(
        server + local(speaker["actor"]), headers={"Accept": f"{asked}, */*;q=0.1"}
    )
    assert response.headers["content-type"].startswith(asked)


def test_head_carries_the_content_type_of_get(server, speaker):
    actors = "https://w3id.org/kg-news/graph/actors"
    for path, params in ((local(speaker["actor"]), {}), ("/graph", {"graph": actors})):
        for accept in ("text/turtle", "application/n-triples", "application/rdf+xml"):
            get = httpx.get(server + path, params=params, headers={"Accept": accept})
            head = httpx.head(server + path, params=params, headers={"Accept": accept})
            assert head.status_code == get.status_code == 200
            assert head.headers["content-type"] == get.headers["content-type"]
            assert head.headers["content-type"].startswith(accept)
            assert head.content == b""


def actor_page(server: str, iri: str) -> str:
    response = httpx.get(server + local(iri), headers=HTML)
    assert response.status_code == 200
    return response.text


def test_titles_row_reads_as_titles(server):
    rows = select(server, "SELECT DISTINCT ?a WHERE { ?a kg:title ?t }")
    assert rows
    for row in rows:
        page = actor_page(server, row["a"])
        name = re.search(r"<h1>(.*?)</h1>", page)[1]
        found = re.search(r"<dt>Titles</dt><dd>(.*?)</dd>", page, re.S)
        for title in html.unescape(found[1]).split(", ") if found else []:
            assert "\n" not in title and 0 < len(title.split()) <= 5, title
            assert not {"and", "the"} & set(title.split()), title
            assert not set(title.lower().split()) & set(name.lower().split()), title


def test_each_quote_is_listed_once(server):
    rows = select(server, "SELECT DISTINCT ?a WHERE { ?s a kg:Statement ; kg:speaker ?a }")
    for row in rows:
        page = actor_page(server, row["a"])
        said = page.split("What they said", 1)[-1].split("</ul>", 1)[0]
        quotes = re.findall(r"<q>(.*?)</q>", said, re.S)
        assert quotes and len(quotes) == len(set(quotes)), row["a"]


def test_medium_statement_is_not_shown_as_noise(server):
    rows = select(
        server, 'SELECT ?a ?q WHERE { ?s kg:medium "statement" ; kg:speaker ?a ; kg:content ?q }'
    )
    assert rows, "no statement with the medium 'statement' in the test store"
    for row in rows:
        page = actor_page(server, row["a"])
        item = page.split(html.escape(row["q"], quote=False), 1)[1].split("</li>", 1)[0]
        meta = re.search(r'<span class="meta">(.*?)</span>', item)[1]
        assert "statement" not in meta.split(" · "), meta
