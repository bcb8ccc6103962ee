"""The W3C SPARQL 1.1 Protocol tests, read from ../shared/w3c-protocol/manifest.ttl.

No case is copied by hand: each manifest entry becomes one test. The manifest sends queries
and updates to one service path; this runner routes updates to /update, loads each test's
data through /update, and sends the admin token with every request of the run.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import httpx
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from kg.store import open_store
from tests.conftest import SHARED, running_server

W3C = SHARED / "w3c-protocol"
MANIFEST = W3C / "manifest.ttl"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
TOKEN = "w3c-protocol-test-token"
RESULT_TYPES = ("application/sparql-results+json", "application/sparql-results+xml")
TABULAR_TYPES = (*RESULT_TYPES, "text/csv", "text/tab-separated-values")
RDF_TYPES = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json")
UPDATE_WORDS = re.compile(r"^\s*(CLEAR|INSERT|DELETE|DROP|CREATE|LOAD|COPY|MOVE|ADD|WITH)\b", re.I)


def manifest_tests() -> list[tuple[str, dict]]:
    graph = Graph().parse(MANIFEST, format="turtle")
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    entries = Collection(graph, graph.value(manifest, MF.entries))
    tests = []
    for entry in entries:
        data = [
            (Path(str(graph.value(d, UT.graph))).name, str(graph.value(d, RDFS.label)))
            for d in graph.objects(entry, UT.graphData)
        ]
        action = graph.value(entry, MF.action)
        requests = []
        for request in Collection(graph, graph.value(action, HT.requests)):
            headers = {}
            header_list = graph.value(request, HT.headers)
            if header_list is not None:
                for header in Collection(graph, header_list):
                    headers[str(graph.value(header, HT.fieldName))] = str(
                        graph.value(header, HT.fieldValue)
                    )
            body = graph.value(request, HT.body)
            response = graph.value(request, HT.resp)
            requests.append(
                {
                    "method": str(graph.value(request, HT.methodName)),
                    "path": str(graph.value(request, HT.absolutePath)),
                    "headers": headers,
                    "body": str(graph.value(body, CNT.chars)) if body is not None else None,
                    "status": {
                        str(s).rsplit("#", 1)[-1]
                        for s in graph.objects(response, MF.expectedStatus)
                    },
                    "format": _optional(graph.value(response, MF.expectedFormat)),
                    "boolean": _optional(graph.value(response, MF.expectedBoolean)),
                }
            )
        name = str(entry).rsplit("#", 1)[-1]
        tests.append((name, {"data": data, "requests": requests}))
    return tests


def _optional(value):
    return None if value is None else value.toPython()


TESTS = manifest_tests() if MANIFEST.exists() else []


def test_manifest_has_all_34_tests():
    assert len(TESTS) == 34


@pytest.fixture(scope="module")
def w3c_server(tmp_path_factory):
    store = tmp_path_factory.mktemp("w3c") / "store"
    open_store(store)  # an empty kg store
    with running_server(store, env={"KG_ADMIN_TOKEN": TOKEN}) as base:
        yield base


def is_update(request: dict) -> bool:
    content_type = request["headers"].get("content-type", "")
    body = request["body"] or ""
    return (
        content_type.startswith("application/sparql-update")
        or "update=" in request["path"]
        or body.startswith("update=")
        or bool(UPDATE_WORDS.match(body))
    )


def send(base: str, request: dict) -> httpx.Response:
    path = request["path"].replace("/sparql/", "/update" if is_update(request) else "/sparql", 1)
    headers = {"authorization": f"Bearer {TOKEN}", **request["headers"]}
    body = request["body"]
    content = None
    if body is not None:
        charset = re.search(r"charset=([\w-]+)", headers.get("content-type", ""))
        content = body.encode(charset.group(1) if charset else "utf-8")
    return httpx.request(
        request["method"], base + path, headers=headers, content=content, timeout=30
    )


def load(base: str, data: list[tuple[str, str]]) -> None:
    update = "DROP ALL ;\n" + "\n".join(
        f"INSERT DATA {{ GRAPH <{label}> {{ {(W3C / name).read_text()} }} }} ;"
        for name, label in data
    )
    response = httpx.post(
        f"{base}/update",
        content=update.rstrip(" ;"),
        headers={"content-type": "application/sparql-update", "authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 204, response.text


def boolean_of(response: httpx.Response) -> bool:
    media = response.headers["content-type"].split(";")[0]
    if media == "application/sparql-results+json":
        return json.loads(response.text)["boolean"]
    root = ElementTree.fromstring(response.content)
    return root.find("{http://www.w3.org/2005/sparql-results#}boolean").text.strip() == "true"


@pytest.mark.parametrize("name,test", TESTS, ids=[name for name, _ in TESTS])
def test_protocol(w3c_server, name, test):
    load(w3c_server, test["data"])
    for request in test["requests"]:
        response = send(w3c_server, request)
        status_class = f"StatusCode{response.status_code // 100}xx"
        assert status_class in request["status"], (name, response.status_code, response.text)
        media = response.headers.get("content-type", "").split(";")[0]
        if request["format"] == "boolean":
            assert media in RESULT_TYPES, media
        elif request["format"] == "tabular":
            assert media in TABULAR_TYPES, media
        elif request["format"] == "RDF":
            assert media in RDF_TYPES, media
        if request["boolean"] is not None:
            assert boolean_of(response) is request["boolean"], name


def test_runner_resolves_graph_data_files():
    files = {name for _, test in TESTS for name, _ in test["data"]}
    assert files and all((W3C / name).exists() for name in files)
    assert all(isinstance(URIRef(label), URIRef) for _, test in TESTS for _, label in test["data"])
