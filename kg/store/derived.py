"""The derived graphs: the actors graph and the facts graph, kept equal to a derivation from
every stored article graph, at a cost that grows with what changed.

- The actors graph holds one record per actor, merged from every article's
  kg:ActorReference to it.
- The facts graph holds one fact per real event, merged from the articles' reports
  (kg.merge). Reports are merged only within their group (kg.merge.group_of: a speaker, a
  set of participants, an actor with a size and a place).

So a build that replaced or dropped some article graphs needs only the actors those graphs
named and the groups their reports belonged to, before and after, derived again: their old
records and facts are removed and the new ones written. The result is the same quads as a
derivation from scratch (tests/test_store.py builds in several orders and increments and
compares). Where most of the store changed (a first build), one derivation from scratch is
cheaper and is what runs.

Crash safety: a build marks the store "derivation pending" before its first write and clears
the mark after the derived graphs are written. A build that finds the mark (an earlier one was
killed in between) derives both graphs from scratch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.ids import Iris
from kg.ns import KG, WD

# The actors graph, derived from the article graphs' actor references (kg:ActorReference).
# The Wikidata id is the key of gazetteer actors: .../id/actor/Q7747. The three branches are a
# UNION, not OPTIONALs: a reference's aliases times its titles would multiply the rows.
ACTORS_CONSTRUCT = """
PREFIX kg: <{kg}>
CONSTRUCT {{ ?actor a ?type ; kg:name ?name ; kg:alias ?alias ; kg:title ?title ;
                    kg:wikidata ?wikidata }}
WHERE {{ GRAPH ?g {{ {values}
    ?ref kg:refersTo ?actor ; a kg:ActorReference .
    {{ ?ref kg:actorType ?type ; kg:referenceName ?name }}
    UNION {{ ?ref kg:referenceAlias ?alias }} UNION {{ ?ref kg:referenceTitle ?title }}
  }}
  BIND(IF(REGEX(STR(?actor), "/id/actor/Q[0-9]+$"),
          IRI(CONCAT("{wd}", REPLACE(STR(?actor), "^.*/", ""))), ?unbound) AS ?wikidata)
}}"""

# Fact reports with their article's publication date and, for deployments, the sentence they
# were read in (kg.merge.reports_from_triples reads these triples).
REPORTS_CONSTRUCT = """
PREFIX kg: <{kg}>
CONSTRUCT {{ ?r ?p ?o . ?article kg:published ?published . ?m kg:sentence ?sentence }}
WHERE {{ {values} GRAPH ?g {{
    {{ VALUES ?class {{ kg:StatementReport kg:DeploymentReport kg:MeetingReport }}
       ?r a ?class ; ?p ?o }}
    UNION {{ ?article a kg:Article ; kg:published ?published }}
    UNION {{ ?x a kg:DeploymentReport ; kg:evidence ?m . ?m kg:sentence ?sentence }}
}} }}"""

# Some reports (a VALUES block binding ?r, or ?class ?role ?who), with the same extras.
SOME_REPORTS_CONSTRUCT = """
PREFIX kg: <{kg}>
CONSTRUCT {{ ?r ?p ?o . ?article kg:published ?published . ?m kg:sentence ?sentence }}
WHERE {{ GRAPH ?g {{ {values}
    {{ ?r ?p ?o }}
    UNION {{ ?r kg:article ?article . ?article kg:published ?published }}
    UNION {{ ?r a kg:DeploymentReport ; kg:evidence ?m . ?m kg:sentence ?sentence }}
}} }}"""

ROLES = {
    "statement": (KG.StatementReport, KG.speaker),
    "meeting": (KG.MeetingReport, KG.participant),
    "deployment": (KG.DeploymentReport, KG.deployingActor),
}

# Past this share of the stored articles changed, one derivation from scratch is cheaper.
FROM_SCRATCH_SHARE = 0.25


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}"


@dataclass
class Touched:
    """What some article graphs hold, for the derived graphs: their reports by kind (IRI ->
    merge group) and the actors they name."""

    reports: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    actors: set[str] = field(default_factory=set)

    def add(self, store, graphs: list[str]) -> None:
        from kg.merge import group_of, reports_from_triples

        if not graphs:
            return
        values = _values("g", graphs)
        for report in reports_from_triples(
            store.construct(REPORTS_CONSTRUCT.format(kg=KG, values=values))
        ):
            self.reports.setdefault(report.kind, {})[report.iri] = group_of(report)
        self.actors |= {
            row["actor"]
            for row in store.select(
                f"SELECT DISTINCT ?actor WHERE {{ {values} "
                f"GRAPH ?g {{ ?ref <{KG.refersTo}> ?actor }} }}"
            )
        }

    def of(self, kind: str) -> dict[str, tuple[str, ...]]:
        return self.reports.get(kind, {})


@dataclass
class Changes:
    """What a build changed, for the derived graphs: the article graphs written, and what
    the graphs they replaced or dropped held (read just before they went)."""

    written: set[str] = field(default_factory=set)
    old: Touched = field(default_factory=Touched)

    def __bool__(self) -> bool:
        return bool(self.written or self.old.reports or self.old.actors)

    def note_removed(self, store, graph_iri: str) -> None:
        """Remember what an article graph held before it is replaced or dropped."""
        self.old.add(store, [graph_iri])

    def size(self) -> int:
        return len(self.written) + sum(len(r) for r in self.old.reports.values())


def derive_all(store, iris: Iris, suppressed: frozenset[str]) -> None:
    """Both derived graphs from every stored article graph."""
    from kg.merge import merge_reports, reports_from_triples
    from kg.rdf import fact_triples

    actors = store.construct(ACTORS_CONSTRUCT.format(kg=KG, wd=WD, values=""))
    store.put_graph(str(iris.actors_graph), actors)
    reports = reports_from_triples(store.construct(REPORTS_CONSTRUCT.format(kg=KG, values="")))
    store.put_graph(str(iris.facts_graph), fact_triples(merge_reports(reports), iris, suppressed))


def derive_changes(store, iris: Iris, suppressed: frozenset[str], changes: Changes) -> None:
    """The derived graphs brought up to date for what ``changes`` touched."""
    if not changes:
        return
    new = Touched()
    new.add(store, sorted(changes.written))
    _update_actors(store, iris, changes.old.actors, sorted(changes.written))
    _update_statements(store, iris, suppressed, changes.old.of("statement"), new.of("statement"))
    for kind in ("meeting", "deployment"):
        _update_groups(store, iris, suppressed, kind, changes.old.of(kind), new.of(kind))


def _update_actors(store, iris: Iris, old_actors: set[str], written: list[str]) -> None:
    """An actor's record is the union of its references: new references are added as they
    are; actors that lost references are derived again from the ones left."""
    graph = str(iris.actors_graph)
    if old_actors:
        values = _values("actor", old_actors)
        store.remove_triples(
            graph,
            store.construct(
                f"CONSTRUCT {{ ?actor ?p ?o }} "
                f"WHERE {{ GRAPH <{graph}> {{ {values} ?actor ?p ?o }} }}"
            ),
        )
        store.add_triples(
            graph, store.construct(ACTORS_CONSTRUCT.format(kg=KG, wd=WD, values=values))
        )
    if written:
        values = _values("g", written)
        store.add_triples(
            graph, store.construct(ACTORS_CONSTRUCT.format(kg=KG, wd=WD, values=values))
        )


def _reports(store, values: str) -> list:
    from kg.merge import reports_from_triples

    return reports_from_triples(
        store.construct(SOME_REPORTS_CONSTRUCT.format(kg=KG, values=values))
    )


def _replace_facts(store, iris, suppressed, gone: set[str], merged: list) -> None:
    """Drop the facts that hold any report in ``gone``; write ``merged`` instead."""
    from kg.rdf import fact_triples

    graph = str(iris.facts_graph)
    if gone:
        store.remove_triples(
            graph,
            store.construct(
                f"CONSTRUCT {{ ?f ?p ?o }} WHERE {{ GRAPH <{graph}> {{ {_values('r', gone)} "
                f"?f <{KG.report}> ?r . ?f ?p ?o }} }}"
            ),
        )
    store.add_triples(graph, fact_triples(merged, iris, suppressed))


def _update_statements(store, iris, suppressed, old: dict, new: dict) -> None:
    """A speaker's statements cluster by their words (kg.merge.same_words_clusters): only the
    clusters that hold a new report, or what is left of a fact that lost one, change."""
    from kg.merge import same_words_clusters, statement_fact

    speakers = {group[1] for group in (*old.values(), *new.values()) if group[1]}
    if not speakers:
        return
    rows = store.select(
        f"SELECT ?r ?speaker ?content WHERE {{ GRAPH ?g {{ {_values('speaker', speakers)} "
        f"?r a <{KG.StatementReport}> ; <{KG.speaker}> ?speaker ; <{KG.content}> ?content }} }}"
    )
    affected = set(new) | set(old)
    if old:
        graph = str(iris.facts_graph)
        affected |= {
            row["r"]
            for row in store.select(
                f"SELECT ?r WHERE {{ GRAPH <{graph}> {{ {_values('old', old)} "
                f"?f <{KG.report}> ?old , ?r }} }}"
            )
        }
    by_speaker: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        by_speaker.setdefault(row["speaker"], []).append((row["r"], row["content"]))
    clusters = [
        (speaker, [iri for iri, _ in cluster])
        for speaker, items in sorted(by_speaker.items())
        for cluster in same_words_clusters(items, lambda item: item[1])
        if any(iri in affected for iri, _ in cluster)
    ]
    members = {iri for _, cluster in clusters for iri in cluster}
    reports = {r.iri: r for r in _reports(store, _values("r", members))} if members else {}
    merged = [
        statement_fact(speaker, [reports[iri] for iri in cluster]) for speaker, cluster in clusters
    ]
    _replace_facts(store, iris, suppressed, members | set(old), merged)


def _update_groups(store, iris, suppressed, kind: str, old: dict, new: dict) -> None:
    """Meetings and deployments: every report of a touched group, merged again."""
    from kg.merge import group_of, merge_reports

    groups = set(old.values()) | set(new.values())
    patterns = [p for p in (_group_pattern(kind, group) for group in sorted(groups)) if p]
    if not patterns:
        return
    rows = store.select(f"SELECT DISTINCT ?r WHERE {{ GRAPH ?g {{ {' UNION '.join(patterns)} }} }}")
    found = _reports(store, _values("r", {row["r"] for row in rows})) if rows else []
    reports = [r for r in found if r.kind == kind and group_of(r) in groups]
    _replace_facts(
        store, iris, suppressed, set(old) | {r.iri for r in reports}, merge_reports(reports)
    )


def _group_pattern(kind: str, group: tuple[str, ...]) -> str:
    """A graph pattern binding ?r to (a superset of) the reports of one group: a meeting's
    reports name all its participants; a deployment's, its actor and its size or none."""
    cls, role = ROLES[kind]
    if kind == "meeting":
        who = [p for p in group[1:] if p]
        return f"{{ ?r a <{cls}> ; <{role}> {', '.join(f'<{p}>' for p in who)} }}" if who else ""
    actor, size = group[1], group[2]
    if not actor:
        return ""
    sized = (
        f"?r <{KG.size}> ?size FILTER(STR(?size) = {json.dumps(size)})"
        if size
        else f"FILTER NOT EXISTS {{ ?r <{KG.size}> ?size }}"
    )
    return f"{{ ?r a <{cls}> ; <{role}> <{actor}> . {sized} }}"


def from_scratch_is_cheaper(changed: int, stored: int) -> bool:
    return changed > FROM_SCRATCH_SHARE * max(stored, 1)
