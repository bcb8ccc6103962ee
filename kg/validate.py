"""SHACL validation of one article's graph, before it reaches the store."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

ROOT = Path(__file__).resolve().parent.parent


def resource_dir(name: str) -> Path:
    """ontology/ or shapes/: beside the package in a checkout, or where KG_RESOURCES says."""
    base = Path(os.environ.get("KG_RESOURCES", ROOT))
    return base / name


@functools.cache
def ontology_graph() -> Graph:
    graph = Graph()
    for path in sorted(resource_dir("ontology").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


@functools.cache
def shapes_graph() -> Graph:
    graph = Graph()
    for path in sorted(resource_dir("shapes").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


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


def validate(graph: Graph) -> Validation:
    """Check an in-memory article graph against the shapes (ontology as ont_graph)."""
    from pyshacl import validate as shacl_validate

    _conforms, report, _text = shacl_validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        allow_warnings=True,
        allow_infos=True,
        advanced=False,
        meta_shacl=False,
        inplace=False,
    )
    findings = []
    for result in report.subjects(predicate=SH.resultSeverity):
        severity = report.value(result, SH.resultSeverity)
        source = report.value(result, SH.sourceShape)
        shape = report.value(source, SH.path) if source is not None else None
        findings.append(
            Finding(
                severity=str(severity).rsplit("#", 1)[-1],
                shape=_short(report, source),
                focus=str(report.value(result, SH.focusNode)),
                path=str(report.value(result, SH.resultPath) or shape or ""),
                message=str(report.value(result, SH.resultMessage) or ""),
            )
        )
    findings.sort(key=lambda f: (f.severity, f.shape, f.focus, f.path, f.message))
    return Validation(tuple(findings))


def _short(report: Graph, source) -> str:
    if source is None:
        return ""
    for shape in shapes_graph().subjects(SH.property, source):
        return str(shape).rsplit("#", 1)[-1]
    return str(source).rsplit("#", 1)[-1]
