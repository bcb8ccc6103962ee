"""Shapes: every target is a declared class, every fact class has a producer, and the
severities do what the README says (Violation rejects, Warning loads and flags)."""

import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SH, XSD

from kg.extract import extractors
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
    produced = {extractor.produces for extractor in extractors().values()}
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
    assert {f.shape for f in result.violations} == {"MeetingShape"}


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


# ---------------------------------------------------------------- the fast path is exact
# validate() runs pre-harvested shapes whose property shapes carry their node shape's targets,
# over the data plus the ontology's subclass axioms. It must find what plain pyshacl finds
# with the shapes as written and the whole ontology as ont_graph.


def _reference(graph: Graph) -> list[tuple]:
    from pyshacl import validate as shacl_validate

    _conforms, report, _text = shacl_validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        allow_warnings=True,
        allow_infos=True,
    )
    found = []
    for result in report.subjects(SH.resultSeverity):
        found.append(
            (
                str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
                str(report.value(result, SH.focusNode)),
                str(report.value(result, SH.resultPath) or ""),
                _in_any_order(str(report.value(result, SH.resultMessage) or "")),
                str(report.value(result, SH.sourceConstraintComponent)),
            )
        )
    return sorted(found)


def _fast(graph: Graph) -> list[tuple]:
    return sorted(
        (f.severity, f.focus, f.path, _in_any_order(f.message)) for f in validate(graph).findings
    )


def _in_any_order(message: str) -> str:
    # pyshacl lists the members of an sh:in in set order
    return re.sub(r"\[(.*)\]", lambda m: ", ".join(sorted(m.group(1).split(", "))), message)


def _broken_graphs() -> dict[str, Graph]:
    mention = URIRef(BASE + "article/abc#char=0,3")
    meeting = URIRef(BASE + "meeting/abc-0-3")
    article = URIRef(BASE + "article/abc")
    p0 = URIRef(BASE + "actor/person/p0")
    cases = {}

    def case(name, participants=2):
        cases[name] = g = _meeting_graph(participants)
        return g

    case("valid")
    case("one participant", 1)
    case("no participant", 0)
    case("participant of no class").add((meeting, KG.participant, URIRef(BASE + "actor/x")))
    case("alias not a string").add((p0, KG.alias, Literal(3)))
    g = case("begin after end")
    g.set((mention, KG.beginIndex, Literal(5, datatype=XSD.integer)))
    g = case("negative begin")
    g.set((mention, KG.beginIndex, Literal(-1, datatype=XSD.integer)))
    case("two names").add((p0, KG.name, Literal("Other")))
    case("bad wikidata").add((p0, KG.wikidata, URIRef("http://example.org/Q1")))
    case("mode outside the list").set((meeting, KG.mode, KG.Held))
    case("no text").remove((article, KG.text, None))
    case("dated").add((article, KG.published, Literal("2022-03-01", datatype=XSD.date)))
    g = case("two dates")
    g.add((article, KG.published, Literal("2022-03-01", datatype=XSD.date)))
    g.add((article, KG.published, Literal("2022-03-02", datatype=XSD.date)))
    g = case("mention without article")
    g.remove((mention, KG.article, None))
    g = case("reference without type")
    ref = URIRef(BASE + "article/abc#actor=person/p0")
    g.add((ref, RDF.type, KG.ActorReference))
    g.add((ref, KG.article, article))
    g.add((ref, KG.refersTo, p0))
    g.add((ref, KG.referenceName, Literal("")))
    return cases


def test_fast_validation_finds_what_plain_pyshacl_finds():
    for name, graph in _broken_graphs().items():
        reference = _reference(graph)
        assert _fast(graph) == [r[:4] for r in reference], name
    # the cases do exercise every severity
    severities = {r[0] for g in _broken_graphs().values() for r in _reference(g)}
    assert severities == {"Violation", "Warning", "Info"}


def test_fast_validation_agrees_on_a_real_article(facts_of):
    from kg.ids import Iris
    from kg.rdf import actor_records, article_graph

    iris = Iris("https://w3id.org/kg-news/")
    facts = facts_of(
        'Sergei Lavrov said on Monday: "We will not attack." He met Antony Blinken in Geneva, '
        "and Russia deployed 3,000 troops to Belarus."
    )
    graph = article_graph(facts, iris) + actor_records(facts, iris)
    assert _fast(graph) == [r[:4] for r in _reference(graph)]
    # a speaker who is not an actor is caught
    for statement in graph.subjects(RDF.type, KG.StatementReport):
        graph.set((statement, KG.speaker, URIRef(BASE + "actor/nobody")))
    assert not validate(graph).conforms
    assert _fast(graph) == [r[:4] for r in _reference(graph)]


def test_validate_in_place_adds_to_the_graph_only_when_asked():
    graph = _meeting_graph(2)
    before = len(graph)
    extra = [(URIRef(BASE + "actor/person/p9"), RDF.type, KG.Person)]
    assert not validate(graph, extra).conforms  # p9 has no name
    assert len(graph) == before
    assert not validate(graph, extra, inplace=True).conforms
    assert len(graph) > before


def test_the_ontology_subset_holds_every_subclass_axiom():
    from rdflib.namespace import RDFS

    from kg.validate import ontology_subset

    assert set(ontology_subset()) >= set(ontology_graph().triples((None, RDFS.subClassOf, None)))
    assert (KG.Person, RDFS.subClassOf, KG.Actor) in ontology_subset()


def test_property_shapes_carry_their_node_shape_targets():
    from kg.validate import validation_shapes

    shapes = validation_shapes()
    # every property shape of the source now has targets of its own, none hangs from a node
    assert not set(shapes.subject_objects(SH.property))
    props = set(shapes_graph().objects(None, SH.property))
    assert props and all((p, SH.targetClass, None) in shapes for p in props)
    assert len(shapes_graph()) == len(set(shapes_graph()))  # the source is left as it is
    assert set(shapes_graph().subject_objects(SH.property))


def test_facts_read_from_one_span_are_reports_of_their_own():
    """'France's presence rose to 969, and Italy's to 385': one span, two deployments (and
    likewise two meetings, or one quote of two joint speakers) must not share a report."""
    from kg.ids import Iris
    from kg.models import (
        Actor,
        Article,
        ArticleFacts,
        Meeting,
        Mention,
        MilitaryDeployment,
        Statement,
    )
    from kg.rdf import actor_records, article_graph

    mention = Mention(0, 8, "presence", 0, "France's presence rose.", "test.v1")
    actors = {
        key: Actor(key, name, kind)
        for key, name, kind in (
            ("country/france", "France", "Country"),
            ("country/italy", "Italy", "Country"),
            ("country/spain", "Spain", "Country"),
        )
    }
    facts = ArticleFacts(
        article=Article(id="abc", name="t", text="France's presence rose.", source="t.txt"),
        actors=actors,
        deployments=[
            MilitaryDeployment("country/france", "presence", "reported", mention, size=969),
            MilitaryDeployment("country/italy", "presence", "reported", mention, size=385),
        ],
        meetings=[
            Meeting(("country/france", "country/italy"), "unknown", "held", mention),
            Meeting(("country/france", "country/spain"), "unknown", "held", mention),
        ],
        statements=[
            Statement("country/france", "We agree", False, mention),
            Statement("country/italy", "We agree", False, mention),
        ],
    )
    iris = Iris("https://w3id.org/kg-news/")
    graph = article_graph(facts, iris)
    for cls in (KG.DeploymentReport, KG.MeetingReport, KG.StatementReport):
        assert len(set(graph.subjects(RDF.type, cls))) == 2, cls
    assert validate(graph, actor_records(facts, iris)).conforms
