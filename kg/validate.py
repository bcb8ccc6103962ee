"""SHACL validation of one article's graph, before it reaches the store.

Validation runs once per article, inside the build's worker processes, so it is kept lean
(``shacl_ms_per_article`` in bench/results.json). Four things make it cheap, none of which
changes a result:

* the shapes are harvested once per process (:func:`_shapes`), not once per article, and
  each shape's targets are read then, once (pyshacl reads them from the shapes graph again
  for every article); the shapes graph is an rdflib store without per-triple contexts,
  which answers pyshacl's lookups sooner;
* each property shape of a node shape that is only used through its targets gets the node
  shape's targets itself (:func:`validation_shapes`): pyshacl then checks it once for all
  focus nodes instead of once per focus node, with the same results, severities and
  messages (a property shape is the ``sh:sourceShape`` of its results either way);
* instead of mixing the whole ontology into a copy of the data graph, only what the shapes
  need of it (:func:`ontology_subset`: the ``rdfs:subClassOf`` axioms, which ``sh:class``
  and ``sh:targetClass`` follow) is added, in place when the caller's graph is a throwaway.

The ontology and the shapes are the Turtle files of ``ontology/`` and ``shapes/`` plus the
terms and shapes any registered fact kind brings of its own (kg.kinds: ``FactKind.ontology``
and ``.shapes``); every cache here is keyed by what the kinds bring, so registering a kind
takes effect at the next validation.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SH

ROOT = Path(__file__).resolve().parent.parent
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


def resource_dir(name: str) -> Path:
    """ontology/ or shapes/: beside the package in a checkout, or where the ``resources``
    setting (KG_RESOURCES) says."""
    from kg.config import load_settings

    return Path(load_settings().resources or ROOT) / name


def _turtle_files(folder: str) -> Graph:
    graph = Graph()
    for path in sorted(resource_dir(folder).glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def _from_kinds() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The Turtle of the registered kinds' own terms, and of their own shapes."""
    from kg.kinds import registry

    kinds = list(registry)
    return (
        tuple(k.ontology for k in kinds if k.ontology),
        tuple(k.shapes for k in kinds if k.shapes),
    )


def ontology_graph() -> Graph:
    return _with_turtle("ontology", _from_kinds()[0])


def shapes_graph() -> Graph:
    return _with_turtle("shapes", _from_kinds()[1])


@functools.cache
def _with_turtle(folder: str, extra: tuple[str, ...]) -> Graph:
    graph = _turtle_files(folder)
    for text in extra:
        graph.parse(data=text, format="turtle")
    return graph


def ontology_subset() -> tuple[tuple, ...]:
    """The part of the ontology validation needs: every ``rdfs:subClassOf`` axiom (so a
    kg:Person is a kg:Actor for ``sh:class``, and subclass instances meet ``sh:targetClass``),
    and any ontology resource typed with a class a shape targets."""
    return _ontology_subset(_from_kinds())


@functools.cache
def _ontology_subset(extra) -> tuple[tuple, ...]:
    ontology = _with_turtle("ontology", extra[0])
    targeted = set(_with_turtle("shapes", extra[1]).objects(None, SH.targetClass))
    axioms = set(ontology.triples((None, RDFS.subClassOf, None)))
    axioms |= {t for t in ontology.triples((None, RDF.type, None)) if t[2] in targeted}
    return tuple(sorted(axioms))


def validation_shapes() -> Graph:
    """The shapes as validation runs them: like shapes_graph(), except that each property
    shape used only by one node shape (itself used only through its targets) carries that
    node shape's targets instead of hanging from it, and node shapes left empty are gone."""
    return _validation_shapes(_from_kinds())


@functools.cache
def _validation_shapes(extra) -> Graph:
    source = _with_turtle("shapes", extra[1])
    # pyshacl reads each shape's targets and parameters from this graph for every article:
    # a store without per-triple contexts answers those lookups sooner
    graph = Graph(store="SimpleMemory", bind_namespaces="none")
    for prefix, namespace in _prefixes(extra):
        graph.bind(prefix, namespace)
    graph.addN((s, p, o, graph) for s, p, o in source)
    for node, prop in sorted(source.subject_objects(SH.property)):
        shared = len(list(source.subject_predicates(prop))) != 1
        referenced = next(iter(source.subject_predicates(node)), None) is not None
        # sh:closed reads the node shape's property paths; sh:deactivated silences them too
        special = any((node, p, None) in source for p in (SH.closed, SH.deactivated))
        if shared or referenced or special:
            continue
        targets = [(p, o) for p in TARGETS for o in source.objects(node, p)]
        if targets:
            graph.remove((node, SH.property, prop))
            graph.addN((prop, p, o, graph) for p, o in targets)
    # a node shape left with nothing but its type and targets checks nothing: leave it out
    keep = {RDF.type, *TARGETS}
    for node in set(source.subjects(SH.property)):
        if all(p in keep for p in graph.predicates(node)):
            graph.remove((node, None, None))
    return graph


@functools.cache
def _prefixes(extra) -> tuple[tuple[str, str], ...]:
    """The prefixes the ontology and shapes files (and the kinds' Turtle) declare (validation
    messages use them), without rdflib's thirty defaults, which pyshacl would bind again for
    every report."""
    declared = Graph(bind_namespaces="none")
    for name in ("ontology", "shapes"):
        for path in sorted(resource_dir(name).glob("*.ttl")):
            declared.parse(path, format="turtle")
    for text in (*extra[0], *extra[1]):
        declared.parse(data=text, format="turtle")
    return tuple(sorted(declared.namespaces()))


@functools.cache
def _shapes(extra):
    """pyshacl's harvest of validation_shapes(), once per process (and set of kinds)."""
    from pyshacl.monkey import apply_patches
    from pyshacl.shapes_graph import ShapesGraph

    apply_patches()
    shapes = ShapesGraph(_validation_shapes(extra), logger=_LOG)
    for shape in shapes.shapes:  # harvest now
        _freeze_targets(shape)
    return shapes


_TARGETS: dict[int, tuple] = {}


def _freeze_targets(shape) -> None:
    _TARGETS[id(shape)] = tuple(tuple(part) for part in shape.target())
    shape.__class__ = _shape_with_fixed_targets()


@functools.cache
def _shape_with_fixed_targets():
    """A pyshacl Shape that reads its targets from the shapes graph once: pyshacl reads them
    again each time it validates (a quarter of an article's validation), and here the
    shapes graph never changes. It has Shape's layout, so a harvested shape can take it."""
    from pyshacl.shape import Shape

    class ShapeWithFixedTargets(Shape):
        __slots__ = ()

        def target(self):
            return _TARGETS[id(self)]

    return ShapeWithFixedTargets


_LOG = logging.getLogger("kg.validate")


@dataclass(frozen=True)
class Finding:
    severity: str  # Violation | Warning | Info
    shape: str
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.severity} {self.shape} on {self.focus}: {self.message}"


@dataclass(frozen=True)
class Validation:
    findings: tuple[Finding, ...]

    @property
    def violations(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "Violation")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "Warning")

    @property
    def conforms(self) -> bool:
        return not self.violations


def validate(graph: Graph, *more: Iterable[tuple], inplace: bool = False) -> Validation:
    """Check an in-memory article graph (plus any ``more`` triples, such as its actor
    records) against the shapes, with the ontology's class hierarchy mixed in.

    With ``inplace=True`` the graph is a throwaway: the ``more`` triples and the ontology
    subset are added to it instead of to a copy."""
    from pyshacl.graph_abstraction import DataGraph
    from pyshacl.validator import Validator

    extra = _from_kinds()
    if inplace:
        data = graph
    else:
        data = Graph(bind_namespaces="none")
        data.addN((s, p, o, data) for s, p, o in graph)
    # messages name terms with the ontology's prefixes, as when it is mixed in whole
    for prefix, namespace in _prefixes(extra):
        data.bind(prefix, namespace, override=False)
    for triples in (*more, _ontology_subset(extra)):
        data.addN((s, p, o, data) for s, p, o in triples)
    validator = Validator(
        DataGraph.from_rdflib(data),
        shacl_graph=_validation_shapes(extra),
        options={
            "inference": "none",
            "inplace": True,
            "allow_warnings": True,
            "allow_infos": True,
            "advanced": False,
            "logger": _LOG,
        },
    )
    validator.shacl_graph = _shapes(extra)
    _conforms, report, _text = validator.run()
    findings = []
    for result in report.subjects(predicate=SH.resultSeverity):
        severity = report.value(result, SH.resultSeverity)
        source = report.value(result, SH.sourceShape)
        shape = report.value(source, SH.path) if source is not None else None
        findings.append(
            Finding(
                severity=str(severity).rsplit("#", 1)[-1],
                shape=_short(source),
                focus=str(report.value(result, SH.focusNode)),
                path=str(report.value(result, SH.resultPath) or shape or ""),
                message=str(report.value(result, SH.resultMessage) or ""),
            )
        )
    findings.sort(key=lambda f: (f.severity, f.shape, f.focus, f.path, f.message))
    return Validation(tuple(findings))


def _short(source) -> str:
    """The node shape a result's source shape belongs to, in shapes/ (e.g. MeetingShape)."""
    if source is None:
        return ""
    for shape in shapes_graph().subjects(SH.property, source):
        return str(shape).rsplit("#", 1)[-1]
    return str(source).rsplit("#", 1)[-1]
