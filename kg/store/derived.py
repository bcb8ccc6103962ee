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

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.ids import Iris
from kg.ns import KG, WD

# The actors graph, derived from the article graphs' actor references (kg:ActorReference).
# The Wikidata id is the key of gazetteer actors: .../id/actor/Q7747.
ACTORS_CONSTRUCT = """
PREFIX kg: <{kg}>
CONSTRUCT {{ ?actor a ?type ; kg:name ?name ; kg:alias ?alias ; kg:title ?title ;
                    kg:wikidata ?wikidata }}
WHERE {{ {values} GRAPH ?g {{
    ?ref a kg:ActorReference ; kg:refersTo ?actor ; kg:actorType ?type ; kg:referenceName ?name .
    OPTIONAL {{ ?ref kg:referenceAlias ?alias }}
    OPTIONAL {{ ?ref kg:referenceTitle ?title }}
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

# The reports of some groups, found by their speaker, participant or deploying actor.
GROUP_REPORTS_CONSTRUCT = """
PREFIX kg: <{kg}>
CONSTRUCT {{ ?r ?p ?o . ?article kg:published ?published . ?m kg:sentence ?sentence }}
WHERE {{ GRAPH ?g {{
    VALUES (?class ?role ?who) {{ {rows} }}
    ?r a ?class ; ?role ?who ; ?p ?o .
    OPTIONAL {{ ?r kg:article ?article . ?article kg:published ?published }}
    OPTIONAL {{ ?r a kg:DeploymentReport ; kg:evidence ?m . ?m kg:sentence ?sentence }}
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
class Changes:
    """What a build changed, for the derived graphs: the article graphs written, and what
    the graphs they replaced or dropped held (read just before they went)."""

    written: set[str] = field(default_factory=set)
    old_reports: set[str] = field(default_factory=set)
    old_groups: set[tuple[str, ...]] = field(default_factory=set)
    old_terms: dict[str, set[str]] = field(default_factory=dict)  # kind -> group IRIs
    old_actors: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.written or self.old_reports or self.old_actors)

    def note_removed(self, store, graph_iri: str) -> None:
        """Remember what an article graph held before it is replaced or dropped."""
        self.note_reports(store, [graph_iri], old=True)

    def note_reports(self, store, graphs: list[str], old: bool) -> tuple:
        from kg.merge import group_of, group_terms, reports_from_triples

        if not graphs:
            return set(), set(), {}, set()
        reports = reports_from_triples(
            store.construct(REPORTS_CONSTRUCT.format(kg=KG, values=_values("g", graphs)))
        )
        actors = {
            row["actor"]
            for row in store.select(
                f"SELECT DISTINCT ?actor WHERE {{ {_values('g', graphs)} "
                f"GRAPH ?g {{ ?ref <{KG.refersTo}> ?actor }} }}"
            )
        }
        groups = {group_of(r) for r in reports}
        terms: dict[str, set[str]] = {}
        for report in reports:
            terms.setdefault(report.kind, set()).update(group_terms(report))
        if old:
            self.old_reports |= {r.iri for r in reports}
            self.old_groups |= groups
            for kind, found in terms.items():
                self.old_terms.setdefault(kind, set()).update(found)
            self.old_actors |= actors
        return {r.iri for r in reports}, groups, terms, actors


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
    _new_reports, new_groups, new_terms, new_actors = changes.note_reports(
        store, sorted(changes.written), old=False
    )
    _update_actors(store, iris, changes.old_actors | new_actors)
    terms = {k: changes.old_terms.get(k, set()) | new_terms.get(k, set()) for k in ROLES}
    _update_facts(store, iris, suppressed, changes.old_groups | new_groups, terms, changes)


def _update_actors(store, iris: Iris, actors: set[str]) -> None:
    if not actors:
        return
    graph = str(iris.actors_graph)
    values = _values("actor", actors)
    store.remove_triples(
        graph,
        store.construct(
            f"CONSTRUCT {{ ?actor ?p ?o }} WHERE {{ {values} GRAPH <{graph}> {{ ?actor ?p ?o }} }}"
        ),
    )
    store.add_triples(graph, store.construct(ACTORS_CONSTRUCT.format(kg=KG, wd=WD, values=values)))


def _update_facts(store, iris, suppressed, groups, terms, changes: Changes) -> None:
    from kg.merge import group_of, merge_reports, reports_from_triples
    from kg.rdf import fact_triples

    rows = " ".join(
        f"(<{ROLES[kind][0]}> <{ROLES[kind][1]}> <{who}>)"
        for kind in sorted(terms)
        for who in sorted(terms[kind])
    )
    reports = []
    if rows:
        found = store.construct(GROUP_REPORTS_CONSTRUCT.format(kg=KG, rows=rows))
        reports = [r for r in reports_from_triples(found) if group_of(r) in groups]
    graph = str(iris.facts_graph)
    gone = changes.old_reports | {r.iri for r in reports}
    if gone:
        store.remove_triples(
            graph,
            store.construct(
                f"CONSTRUCT {{ ?f ?p ?o }} WHERE {{ {_values('r', gone)} "
                f"GRAPH <{graph}> {{ ?f <{KG.report}> ?r . ?f ?p ?o }} }}"
            ),
        )
    store.add_triples(graph, fact_triples(merge_reports(reports), iris, suppressed))


def from_scratch_is_cheaper(changed: int, stored: int) -> bool:
    return changed > FROM_SCRATCH_SHARE * max(stored, 1)


def as_quads(graph: str, triples: Iterable) -> list:
    name = ox.NamedNode(graph)
    return [ox.Quad(t.subject, t.predicate, t.object, name) for t in triples]
