"""A toy fact kind, as a package outside kg would offer it: "X imposed sanctions on Y".

It brings everything a kind declares (kg.kinds.FactKind): its dataclass, its classes and
properties in a namespace of its own (with their Turtle, and a shape), its extractor over the
spaCy doc, its report properties, eval row, merge rule and curation rule. tests/test_kinds.py
registers it at run time, and offers it to a server process through the ``kg.kinds``
entry-point group.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rdflib import Namespace

from kg.kinds import FactKind
from kg.merge import MergedFact, Report
from kg.models import Mention

TOY = Namespace("https://example.org/toy-kind#")

ONTOLOGY = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix toy: <https://example.org/toy-kind#> .
toy:Sanction a owl:Class ; rdfs:label "Sanction"@en ; rdfs:subClassOf kg:Event .
toy:SanctionReport a owl:Class ; rdfs:label "Sanction report"@en ;
    rdfs:subClassOf toy:Sanction, kg:Report .
toy:imposer a owl:ObjectProperty ; rdfs:label "imposer"@en ; rdfs:range kg:Actor .
toy:target a owl:ObjectProperty ; rdfs:label "target"@en ; rdfs:range kg:Actor .
"""

SHAPES = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix toy: <https://example.org/toy-kind#> .
toy:SanctionShape a sh:NodeShape ;
    sh:targetClass toy:SanctionReport ;
    sh:property [ sh:path toy:imposer ; sh:minCount 1 ; sh:maxCount 1 ; sh:class kg:Actor ;
                  sh:severity sh:Violation ] ;
    sh:property [ sh:path toy:target ; sh:minCount 1 ; sh:maxCount 1 ; sh:class kg:Actor ;
                  sh:severity sh:Violation ] .
"""


@dataclass(frozen=True)
class Sanction:
    imposer: str  # Actor.key
    target: str
    mention: Mention


class SanctionExtractor:
    """Each "impose" verb whose object is "sanctions", with an actor as its subject and an
    actor after "on" (of the verb or of its object)."""

    NAME = "toy.sanction.v1"
    produces = TOY.Sanction

    def extract(self, doc, article, actors) -> list[Sanction]:
        from kg.extract.common import mention

        found = []
        for verb in doc:
            if verb.lemma_ != "impose":
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "sanction"]
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            ons = [
                c
                for head in (*objects, verb)  # "sanctions on Y" first, then "imposed ... on Y"
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "on"
            ]
            if not (objects and subjects):
                continue
            imposer = actors.resolve(list(subjects[0].subtree))
            for target_token in (c for on in ons for c in on.children if c.dep_ == "pobj"):
                target = actors.resolve(list(target_token.subtree))
                if imposer and target and imposer != target:
                    tokens = [*subjects[0].subtree, *target_token.subtree]
                    begin = min(t.idx for t in tokens)
                    end = max(t.idx + len(t.text) for t in tokens)
                    found.append(
                        Sanction(
                            actors.use(imposer),
                            actors.use(target),
                            mention(doc, begin, end, self.NAME),
                        )
                    )
                    break
        return found


def properties(s: Sanction, iris):
    yield TOY.imposer, iris.actor(s.imposer)
    yield TOY.target, iris.actor(s.target)


def group_of(report: Report) -> tuple[str, ...]:
    return (report.kind, report.first(TOY.imposer) or "", report.first(TOY.target) or "")


def group_pattern(group: tuple[str, ...]) -> str:
    _kind, imposer, target = group
    if not (imposer and target):
        return ""
    return (
        f"{{ ?r a <{TOY.SanctionReport}> ; <{TOY.imposer}> <{imposer}> ; "
        f"<{TOY.target}> <{target}> }}"
    )


def merge(reports: list[Report]) -> list[MergedFact]:
    """One sanction per imposer and target, however many articles tell of it."""
    groups: dict[tuple[str, ...], list[Report]] = {}
    for report in reports:
        groups.setdefault(group_of(report), []).append(report)
    return [
        MergedFact("sanction", f"{imposer}|{target}", group)
        for (_kind, imposer, target), group in sorted(groups.items())
    ]


KIND = FactKind(
    name="toy.kind.sanction.v1",
    key="sanction",
    field="sanctions",
    model=Sanction,
    fact_class=TOY.Sanction,
    report_class=TOY.SanctionReport,
    extractor=SanctionExtractor(),
    identity=lambda s: f"{s.imposer}|{s.target}",
    properties=properties,
    eval_row=lambda s, names: {"imposer": names[s.imposer], "target": names[s.target]},
    with_actors=lambda s, new: replace(s, imposer=new(s.imposer), target=new(s.target)),
    group_of=group_of,
    group_pattern=group_pattern,
    merge=merge,
    role=TOY.imposer,
    ontology=ONTOLOGY,
    shapes=SHAPES,
)
