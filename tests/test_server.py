"""The endpoint, over HTTP, against a real server started with uvicorn on loopback."""

import csv
import io
from urllib.parse import quote

import httpx

PREFIX = "PREFIX kg: <https://w3id.org/kg-news/ontology#> "
COUNT = PREFIX + "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }"


def test_health(server):
    response = httpx.get(f"{server}/health")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_get_post_form_and_direct_body_agree(server):
    get = httpx.get(f"{server}/sparql", params={"query": COUNT})
    form = httpx.post(f"{server}/sparql", data={"query": COUNT})
    direct = httpx.post(
        f"{server}/sparql", content=COUNT, headers={"content-type": "application/sparql-query"}
    )
    for response in (get, form, direct):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/sparql-results+json")
    values = {r.json()["results"]["bindings"][0]["n"]["value"] for r in (get, form, direct)}
    assert len(values) == 1 and int(values.pop()) > 0


def test_result_formats_by_accept(server):
    for accept, marker in [
        ("application/sparql-results+xml", "<sparql"),
        ("text/csv", "n\r\n"),
        ("text/tab-separated-values", "?n"),
    ]:
        response = httpx.get(
            f"{server}/sparql", params={"query": COUNT}, headers={"accept": accept}
        )
        assert response.status_code == 200, accept
        assert response.headers["content-type"].startswith(accept)
        assert marker in response.text
    rows = list(
        csv.reader(io.StringIO(httpx.get(f"{server}/sparql?query={quote(COUNT)}&format=csv").text))
    )
    assert rows[0] == ["n"]


def test_construct_as_turtle_ntriples_jsonld(server):
    query = PREFIX + "CONSTRUCT { ?a kg:name ?n } WHERE { ?a a kg:Person ; kg:name ?n }"
    for accept in ("text/turtle", "application/n-triples", "application/ld+json"):
        response = httpx.get(
            f"{server}/sparql", params={"query": query}, headers={"accept": accept}
        )
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(accept)
        assert "Kuleba" in response.text


def test_unacceptable_format_is_406(server):
    response = httpx.get(
        f"{server}/sparql", params={"query": COUNT}, headers={"accept": "image/png"}
    )
    assert response.status_code == 406
    assert response.json()["error"]["status"] == 406


def test_syntax_error_is_400_with_parser_message(server):
    response = httpx.get(f"{server}/sparql", params={"query": "SELECT WHERE {"})
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert "syntax error" in body["error"]["message"]


def test_updates_are_refused(server):
    update = 'INSERT DATA { <http://x/a> <http://x/b> "c" }'
    for response in (
        httpx.post(f"{server}/sparql", data={"update": update}),
        httpx.post(
            f"{server}/sparql",
            content=update,
            headers={"content-type": "application/sparql-update"},
        ),
        httpx.get(f"{server}/sparql", params={"query": update}),
    ):
        assert 400 <= response.status_code < 500
    ask = httpx.get(f"{server}/sparql", params={"query": "ASK { <http://x/a> ?p ?o }"})
    assert ask.json()["boolean"] is False


def test_unsupported_body_type_is_415(server):
    response = httpx.post(f"{server}/sparql", content=COUNT, headers={"content-type": "text/plain"})
    assert response.status_code == 415


def test_service_description_without_query(server):
    response = httpx.get(f"{server}/sparql")
    assert response.status_code == 200
    assert "sd:Service" in response.text


def test_default_graph_is_the_union(server):
    query = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    graphs = int(
        httpx.get(f"{server}/sparql", params={"query": query}).json()["results"]["bindings"][0][
            "n"
        ]["value"]
    )
    assert graphs == 6  # two articles, the facts, actors, ontology and builds graphs
    union = PREFIX + "ASK { ?s a kg:Article ; kg:sourceName ?n }"
    assert httpx.get(f"{server}/sparql", params={"query": union}).json()["boolean"] is True


def test_syntax_error_names_line_column_and_token(server):
    response = httpx.get(f"{server}/sparql", params={"query": "SELEC *"})
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert "line 1, column 1" in message and "'SELEC'" in message and "VERSION" not in message
    query = "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTR(?s) }"
    message = httpx.get(f"{server}/sparql", params={"query": query}).json()["error"]["message"]
    assert "line 3" in message and "column" in message and "at '" in message


def test_a_satisfiable_accept_wins_over_format(server):
    construct = PREFIX + "CONSTRUCT { ?a kg:name ?n } WHERE { ?a a kg:Person ; kg:name ?n }"
    for query, accept, fmt in (
        (construct, "application/rdf+xml", "xml"),  # SPARQLWrapper's default for graphs
        (COUNT, "application/sparql-results+xml", "xml"),
        (COUNT, "text/csv", "json"),
    ):
        response = httpx.get(
            f"{server}/sparql",
            params={"query": query, "format": fmt, "output": fmt, "results": fmt},
            headers={"accept": accept},
        )
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith(accept)
    graph = httpx.get(f"{server}/sparql", params={"query": construct, "format": "xml"})
    assert graph.headers["content-type"].startswith("application/rdf+xml")
    unknown = httpx.get(f"{server}/sparql", params={"query": COUNT, "format": "pdf"})
    assert unknown.status_code == 406 and unknown.json()["error"]["status"] == 406


def test_jsonld_export_keeps_the_graph_names(server):
    import pyoxigraph as ox

    response = httpx.get(f"{server}/export", params={"format": "jsonld"}, timeout=60)
    assert response.headers["content-type"].startswith("application/ld+json")
    quads = list(ox.parse(response.content, format=ox.RdfFormat.JSON_LD))
    graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    assert len(graphs) == 6 and "https://w3id.org/kg-news/graph/actors" in graphs
