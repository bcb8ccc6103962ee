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
