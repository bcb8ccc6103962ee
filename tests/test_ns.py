"""kg/ns.py and ontology/ must agree, and the code may use no term the ontology lacks."""

import re

import pytest
from rdflib import Graph, URIRef

from kg.ns import KG, ONTOLOGY_IRI
from tests.conftest import ROOT


def ontology_terms() -> set[str]:
    graph = Graph().parse(ROOT / "ontology" / "kg.ttl")
    prefix = ONTOLOGY_IRI + "#"
    return {
        str(s)[len(prefix) :]
        for s in graph.subjects()
        if isinstance(s, URIRef) and str(s).startswith(prefix)
    }


def test_namespace_equals_ontology():
    declared = set(KG.__annotations__)
    assert declared == ontology_terms()


def test_unknown_term_raises():
    with pytest.raises(AttributeError):
        _ = KG.Statment


def test_code_uses_only_ontology_terms():
    used = set()
    for path in (ROOT / "kg").rglob("*.py"):
        used |= set(re.findall(r"\bKG\.([A-Za-z]+)\b", path.read_text()))
    assert used, "the code uses kg terms"
    assert used <= ontology_terms(), used - ontology_terms()


def test_every_term_is_labelled():
    graph = Graph().parse(ROOT / "ontology" / "kg.ttl")
    from rdflib.namespace import RDFS, SKOS

    for term in ontology_terms():
        iri = KG[term]
        assert graph.value(iri, RDFS.label) or graph.value(iri, SKOS.prefLabel), term
