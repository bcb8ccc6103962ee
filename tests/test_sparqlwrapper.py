"""The endpoint with SPARQLWrapper, a common client, as its users call it: its default
(XML: ``format=xml&output=xml&results=xml`` with a per-form Accept) and each return format,
for SELECT, ASK, CONSTRUCT and DESCRIBE."""

from __future__ import annotations

import json
import warnings

import pytest
from rdflib import Graph
from SPARQLWrapper import (
    CSV,
    JSON,
    JSONLD,
    N3,
    RDFXML,
    TSV,
    TURTLE,
    XML,
    SPARQLWrapper,
)

KG = "https://w3id.org/kg-news/ontology#"
SELECT = f'SELECT ?a WHERE {{ ?a <{KG}name> "Dmytro Kuleba" }}'
ASK = f'ASK {{ ?a <{KG}name> "Dmytro Kuleba" }}'
CONSTRUCT = f"CONSTRUCT {{ ?a <{KG}name> ?n }} WHERE {{ ?a a <{KG}Person> ; <{KG}name> ?n }}"
DESCRIBE = f'DESCRIBE ?a WHERE {{ ?a <{KG}name> "Dmytro Kuleba" }}'
KULEBA = "https://w3id.org/kg-news/id/actor/dmytro-kuleba"


def ask(server: str, query: str, fmt: str | None):
    client = SPARQLWrapper(f"{server}/sparql")
    client.setQuery(query)
    if fmt is not None:
        client.setReturnFormat(fmt)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # its "Accept: */*" notes
        response = client.query()
    return response, response.convert()


@pytest.mark.parametrize("fmt", [None, XML, JSON, CSV, TSV])
def test_select(server, fmt):
    _response, result = ask(server, SELECT, fmt)
    if fmt in (None, XML):
        text = result.toxml()
    elif fmt == JSON:
        text = json.dumps(result)
    else:
        text = result.decode()
    assert KULEBA in text


@pytest.mark.parametrize("fmt", [None, XML, JSON])
def test_ask(server, fmt):
    _response, result = ask(server, ASK, fmt)
    if fmt == JSON:
        assert result["boolean"] is True
    else:
        assert "true" in result.toxml()


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
@pytest.mark.parametrize("fmt", [None, XML, RDFXML, TURTLE, N3, JSONLD, JSON])
def test_graph_forms(server, query, fmt):
    response, result = ask(server, query, fmt)
    if isinstance(result, Graph):
        graph = result
    elif isinstance(result, bytes | str):
        graph = Graph().parse(data=result, format="turtle")
    else:  # JSON: JSON-LD, read as JSON
        graph = Graph().parse(data=json.dumps(result), format="json-ld")
    names = {str(o) for s, o in graph.subject_objects() if str(s) == KULEBA}
    assert "Dmytro Kuleba" in names, (fmt, response.info().get("content-type"))
