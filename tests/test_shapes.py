"""Shapes: every target is a declared class, every fact class has a producer, and the
severities do what the README says (Violation rejects, Warning loads and flags)."""

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SH, XSD

from kg.extract import REGISTRY
from kg.ns import KG
from kg.validate import ontology_graph, shapes_graph, validate

BASE = "https://w3id.org/kg-news/id/"


def test_shape_targets_are_declared_classes():
    ontology = ontology_graph()
    targets = set(shapes_graph().objects(None, SH.targetClass))
    assert targets
    for target in targets:
        assert (target, RDF.type, OWL.Class) in ontology, target


def test_every_fact_shape_has_a_producer():
    produced = {extractor.produces for extractor in REGISTRY.values()}
    for cls in (KG.Statement, KG.MilitaryDeployment, KG.Meeting):
        assert cls in produced
        assert (None, SH.targetClass, cls) in shapes_graph()


def _meeting_graph(participants: int) -> Graph:
    g = Graph()
    article = URIRef(BASE + "article/abc")
    g.add((article, RDF.type, KG.Article))
    g.add((article, KG.text, Literal("Putin met Erdogan.")))
    g.add((article, KG.sourceName, Literal("t")))
    mention = URIRef(BASE + "article/abc#char=0,3")
    g.add((mention, RDF.type, KG.Mention))
    g.add((mention, KG.article, article))
    g.add((mention, KG.beginIndex, Literal(0, datatype=XSD.integer)))
    g.add((mention, KG.endIndex, Literal(3, datatype=XSD.integer)))
    g.add((mention, KG.anchorOf, Literal("met")))
    g.add((mention, KG.extractor, Literal("test.v1")))
    meeting = URIRef(BASE + "meeting/abc-0-3")
    g.add((meeting, RDF.type, KG.Meeting))
    g.add((meeting, KG.article, article))
    g.add((meeting, KG.evidence, mention))
    g.add((meeting, KG.mode, KG.InPerson))
    g.add((meeting, KG.status, KG.Held))
    for i in range(participants):
        actor = URIRef(BASE + f"actor/person/p{i}")
        g.add((actor, RDF.type, KG.Person))
        g.add((actor, KG.name, Literal(f"P {i}")))
        g.add((meeting, KG.participant, actor))
    return g


def test_valid_meeting_conforms():
    assert validate(_meeting_graph(2)).conforms


def test_one_participant_is_a_violation():
    result = validate(_meeting_graph(1))
    assert not result.conforms
    assert any("two participants" in f.message for f in result.violations)


def test_subclass_instances_are_checked_against_superclass_shapes():
    # a speaker typed kg:Person satisfies sh:class kg:Actor only with the ontology mixed in
    g = _meeting_graph(2)
    g.add((URIRef(BASE + "meeting/abc-0-3"), KG.participant, URIRef(BASE + "actor/nobody")))
    assert not validate(g).conforms


def test_warning_loads_but_is_reported():
    g = _meeting_graph(2)
    g.add((URIRef(BASE + "actor/person/p0"), KG.alias, Literal(3)))
    result = validate(g)
    assert result.conforms
    assert result.warnings


def test_bad_begin_end_is_a_violation():
    g = _meeting_graph(2)
    mention = URIRef(BASE + "article/abc#char=0,3")
    g.remove((mention, KG.beginIndex, None))
    g.add((mention, KG.beginIndex, Literal(5, datatype=XSD.integer)))
    assert not validate(g).conforms
