"""The deployment kind: who deployed which forces where (kg:MilitaryDeployment), read by
kg.extract.deployments.

Reports merge by actor, size and place: the same actor, size and location within
``DEPLOYMENT_DAYS`` of each other are one build-up; without a size, only reprints (the same
actor and location, in nearly the same sentence) are one deployment.
"""

from __future__ import annotations

import json
from dataclasses import replace

from rdflib import Literal

from kg.kinds import ActorSection, declare
from kg.merge import MergedFact, Report, content_words, near, same_words_clusters, single_link
from kg.models import MilitaryDeployment
from kg.ns import KG, MODALITIES, XSD

DEPLOYMENT_DAYS = 31  # the same size at the same place is one build-up over about a month


def identity(d: MilitaryDeployment) -> str:
    return "|".join((d.actor, d.force, str(d.size), d.location or ""))


def properties(d: MilitaryDeployment, iris):
    yield KG.deployingActor, iris.actor(d.actor)
    yield KG.force, Literal(d.force)
    yield KG.modality, MODALITIES[d.modality]
    if d.size is not None:
        yield KG.size, Literal(d.size, datatype=XSD.integer)
    if d.size_text:
        yield KG.sizeText, Literal(d.size_text)
    if d.location:
        yield KG.location, Literal(d.location)
    if d.date:
        yield KG.date, Literal(d.date, datatype=XSD.date)


def eval_row(d: MilitaryDeployment, names: dict[str, str]) -> dict:
    return {
        "actor": names[d.actor],
        "force": d.force,
        "size": d.size,
        "size_text": d.size_text,
        "location": d.location,
        "modality": d.modality,
    }


def with_actors(d: MilitaryDeployment, new) -> MilitaryDeployment:
    return replace(d, actor=new(d.actor))


def group_of(report: Report) -> tuple[str, ...]:
    return (
        report.kind,
        report.first(KG.deployingActor) or "",
        report.first(KG.size) or "",
        _place(report.first(KG.location)),
    )


def group_pattern(group: tuple[str, ...]) -> str:
    """A deployment's reports name its actor, and its size or none."""
    actor, size = group[1], group[2]
    if not actor:
        return ""
    sized = (
        f"?r <{KG.size}> ?size FILTER(STR(?size) = {json.dumps(size)})"
        if size
        else f"FILTER NOT EXISTS {{ ?r <{KG.size}> ?size }}"
    )
    return f"{{ ?r a <{KG.DeploymentReport}> ; <{KG.deployingActor}> <{actor}> . {sized} }}"


def merge(reports: list[Report]) -> list[MergedFact]:
    groups: dict[tuple[str, ...], list[Report]] = {}
    for report in reports:
        groups.setdefault(group_of(report), []).append(report)
    merged = []
    for (_kind, *identity), group in sorted(groups.items()):
        if identity[1]:
            clusters = single_link(group, _near_in_time)
        else:
            clusters = same_words_clusters(group, lambda r: r.sentence)
        for cluster in clusters:
            if identity[1]:
                first = min((str(r.published) for r in cluster if r.published), default="")
            else:
                first = min(r.iri for r in cluster)
            merged.append(MergedFact("deployment", "|".join((*identity, first)), cluster))
    return merged


def _near_in_time(a: Report, b: Report) -> bool:
    return near(a.published, b.published, DEPLOYMENT_DAYS)


def _place(location: str | None) -> str:
    return " ".join(content_words(location or ""))


def actor_items(rows: list[dict]) -> list[dict]:
    """An actor's deployments: what (size and force) went where."""
    out = []
    for r in rows:
        what = " ".join(x for x in (r["size"] or r["sizeText"], r["force"]) if x) or "forces"
        where = f" {r['location']}" if r["location"] is not None else ""
        out.append(
            {
                "fact": r["dep"],
                "date": r["date"] or "",
                "text": what + where,
                "others": None,
                "meta": r["modality"] or "",
            }
        )
    return out


SECTION = ActorSection("Deployments", "deployed", "actor-deployed.rq", actor_items, rank=2)


KIND = declare(
    __name__,
    name="kg.kind.deployment.v1",
    key="deployment",
    field="deployments",
    model=MilitaryDeployment,
    fact_class=KG.MilitaryDeployment,
    report_class=KG.DeploymentReport,
    role=KG.deployingActor,
    needs_sentence=True,
    actor_section=SECTION,
    page_queries=(
        "actor-deployed.rq",
        "example-article-facts.rq",
        "example-deployments.rq",
        "timeline.rq",
    ),
)
