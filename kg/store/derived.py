"""The derived graphs: the actors graph and the facts graph, kept equal to a derivation from
every stored article graph, at a cost that grows with what changed.

- The actors graph holds one record per actor, merged from every article's
  kg:ActorReference to it.
- The facts graph holds one fact per real event, merged from the articles' reports
  (kg.merge). Reports are merged only within their group (each kind's ``group_of`` in
  kg.kinds: a speaker, a set of participants, an actor with a size and a place).

So a build that replaced or dropped some article graphs needs only the actors those graphs
named and the groups their reports belonged to, before and after, derived again: their old
records and facts are removed and the new ones written. The result is the same quads as a
derivation from scratch (tests/test_store.py builds in several orders and increments and
compares). Where most of the store changed (a first build), one derivation from scratch is
cheaper and is what runs. It too goes in pieces, so that what it holds does not grow with
the store: the actors some hundreds at a time, the facts by merge group, a few thousand
reports at a time (the largest group, one much-quoted speaker, bounds it).

Crash safety: a build marks the store "derivation pending" before its first write and clears
the mark after the derived graphs are written. A build that finds the mark (an earlier one was
killed in between) derives both graphs from scratch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.ids import Iris
from kg.kinds import registry
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

# Fact reports of every kind with their article's publication date and, for the kinds that
# need it (deployments), the sentence they were read in (kg.merge.reports_from_triples reads
# these triples).
REPORTS_CONSTRUCT = """
PREFIX kg: <{kg}>
CONSTRUCT {{ ?r ?p ?o . ?article kg:published ?published . ?m kg:sentence ?sentence }}
WHERE {{ {values} GRAPH ?g {{
    {{ VALUES ?class {{ {classes} }} ?r a ?class ; ?p ?o }}
    UNION {{ ?article a kg:Article ; kg:published ?published }}
    UNION {{ VALUES ?sc {{ {sentenced} }} ?x a ?sc ; kg:evidence ?m . ?m kg:sentence ?sentence }}
}} }}"""

# Some reports (a VALUES block binding ?r, or ?class ?role ?who), with the same extras.
SOME_REPORTS_CONSTRUCT = """
PREFIX kg: <{kg}>
CONSTRUCT {{ ?r ?p ?o . ?article kg:published ?published . ?m kg:sentence ?sentence }}
WHERE {{ GRAPH ?g {{ {values}
    {{ ?r ?p ?o }}
    UNION {{ ?r kg:article ?article . ?article kg:published ?published }}
    UNION {{ VALUES ?sc {{ {sentenced} }} ?r a ?sc ; kg:evidence ?m . ?m kg:sentence ?sentence }}
}} }}"""

# Past this share of the stored articles changed, one derivation from scratch is cheaper.
FROM_SCRATCH_SHARE = 0.25


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}"


def reports_query(template: str, values: str) -> str:
    """REPORTS_CONSTRUCT or SOME_REPORTS_CONSTRUCT for the registered kinds."""
    return template.format(
        kg=KG,
        values=values,
        classes=" ".join(f"<{kind.report_class}>" for kind in registry),
        sentenced=" ".join(f"<{kind.report_class}>" for kind in registry if kind.needs_sentence),
    )


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
            store.construct(reports_query(REPORTS_CONSTRUCT, values))
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
    """Both derived graphs from every stored article graph, in pieces (see
    :func:`derive_actors_in_pieces` and :func:`derive_facts_in_pieces`)."""
    derive_actors_in_pieces(store, iris)
    derive_facts_in_pieces(store, iris, suppressed)


# What derive_all holds at once, however large the store: the records of PIECE_KEYS actors,
# or the reports of leads (speakers, deploying actors, participants) that hold about
# PIECE_REPORTS of them (a lead with more is a piece of its own).
PIECE_KEYS = 500
PIECE_REPORTS = 2000


def _pieces(keys: list[str]) -> list[list[str]]:
    return [keys[i : i + PIECE_KEYS] for i in range(0, len(keys), PIECE_KEYS)]


def _pieces_by_size(sizes: list[tuple[str, int]]) -> list[list[str]]:
    """Keys (in order) in runs whose sizes add up to about PIECE_REPORTS."""
    pieces: list[list[str]] = []
    total = PIECE_REPORTS
    for key, size in sizes:
        if total + size > PIECE_REPORTS:
            pieces.append([])
            total = 0
        pieces[-1].append(key)
        total += size
    return pieces


def derive_actors_in_pieces(store, iris: Iris) -> None:
    """The actors graph, PIECE_KEYS actors at a time: an actor's record comes from its own
    references only."""
    graph = str(iris.actors_graph)
    actors = store.select(
        f"SELECT DISTINCT ?actor WHERE {{ GRAPH ?g {{ ?ref <{KG.refersTo}> ?actor }} }}"
    )
    store.drop_graph(graph)
    for piece in _pieces(sorted(row["actor"] for row in actors)):
        values = _values("actor", piece)
        store.add_triples(
            graph, store.construct(ACTORS_CONSTRUCT.format(kg=KG, wd=WD, values=values))
        )


def derive_facts_in_pieces(store, iris: Iris, suppressed: frozenset[str]) -> None:
    """The facts graph, by merge group (kg.merge.group_of), some leads at a time: a
    group's lead (a statement's speaker, a deployment's actor, a meeting's first participant
    in IRI order) is in its group's key, so the reports of some leads hold whole groups, and
    merging them gives the facts a merge of every report would give for those groups (two
    facts that could share an IRI are of one group: kg.merge._unique_keys). This holds for a
    kind whose group has its ``role`` value (the first in IRI order) second, as the three
    built-in kinds' do; a kind without a role is merged in one piece."""
    from kg.rdf import fact_triples

    graph = str(iris.facts_graph)
    store.drop_graph(graph)
    for kind in registry:
        cls, role = kind.report_class, kind.role
        if role is None:  # a kind without a lead: all its reports in one piece
            merged = _merged_of_leads(store, kind.key, f"?r a <{cls}> .", "", None)
            store.add_triples(graph, fact_triples(merged, iris, suppressed))
            continue
        leads = store.select(
            f"SELECT ?lead (COUNT(?r) AS ?n) "
            f"WHERE {{ GRAPH ?g {{ ?r a <{cls}> ; <{role}> ?lead }} }} GROUP BY ?lead"
        )
        pieces = _pieces_by_size(sorted((row["lead"], int(row["n"])) for row in leads))
        pattern = f"?r a <{cls}> ; <{role}> ?lead ."
        for piece in pieces:
            values = _values("lead", piece)
            merged = _merged_of_leads(store, kind.key, pattern, values, set(piece))
            store.add_triples(graph, fact_triples(merged, iris, suppressed))
        # reports without a lead (none pass the shapes): one group of their own
        unled = f"?r a <{cls}> FILTER NOT EXISTS {{ ?r <{role}> ?any }}"
        merged = _merged_of_leads(store, kind.key, unled, "", {""})
        store.add_triples(graph, fact_triples(merged, iris, suppressed))


def _merged_of_leads(store, kind: str, pattern: str, values: str, leads: set[str] | None) -> list:
    """The facts merged from the reports of one kind whose group lead is among ``leads``
    (None: every report the pattern binds)."""
    from kg.merge import group_of, merge_reports

    rows = store.select(f"SELECT DISTINCT ?r WHERE {{ GRAPH ?g {{ {values} {pattern} }} }}")
    if not rows:
        return []
    found = _reports(store, _values("r", {row["r"] for row in rows}))
    return merge_reports(
        [r for r in found if r.kind == kind and (leads is None or group_of(r)[1] in leads)]
    )


def derive_changes(store, iris: Iris, suppressed: frozenset[str], changes: Changes) -> None:
    """The derived graphs brought up to date for what ``changes`` touched."""
    if not changes:
        return
    new = Touched()
    new.add(store, sorted(changes.written))
    _update_actors(store, iris, changes.old.actors, sorted(changes.written))
    for kind in registry:
        update = _update_word_clusters if kind.words is not None else _update_groups
        update(store, iris, suppressed, kind, changes.old.of(kind.key), new.of(kind.key))


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

    return reports_from_triples(store.construct(reports_query(SOME_REPORTS_CONSTRUCT, values)))


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


def _update_word_clusters(store, iris, suppressed, kind, old: dict, new: dict) -> None:
    """Statements: the reports of one speaker (the kind's ``role``) cluster by their words
    (the kind's ``words``, kg.merge.same_words_clusters): only the clusters that hold a new
    report, or what is left of a fact that lost one, change."""
    from kg.merge import same_words_clusters

    who = {group[1] for group in (*old.values(), *new.values()) if group[1]}
    if not who:
        return
    rows = store.select(
        f"SELECT ?r ?who ?words WHERE {{ GRAPH ?g {{ {_values('who', who)} "
        f"?r a <{kind.report_class}> ; <{kind.role}> ?who ; <{kind.words}> ?words }} }}"
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
    by_who: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        by_who.setdefault(row["who"], []).append((row["r"], row["words"]))
    members = {
        iri
        for _, items in sorted(by_who.items())
        for cluster in same_words_clusters(items, lambda item: item[1])
        if any(iri in affected for iri, _ in cluster)
        for iri, _ in cluster
    }
    # whole clusters merge again into the same clusters (kg.merge.same_words_clusters)
    reports = _reports(store, _values("r", members)) if members else []
    _replace_facts(store, iris, suppressed, members | set(old), kind.merge(reports))


def _update_groups(store, iris, suppressed, kind, old: dict, new: dict) -> None:
    """Kinds merged by whole groups (meetings, deployments): every report of a touched
    group (found by the kind's ``group_pattern``), merged again."""
    from kg.merge import group_of, merge_reports

    groups = set(old.values()) | set(new.values())
    patterns = [p for p in (kind.group_pattern(group) for group in sorted(groups)) if p]
    if not patterns:
        return
    rows = store.select(f"SELECT DISTINCT ?r WHERE {{ GRAPH ?g {{ {' UNION '.join(patterns)} }} }}")
    found = _reports(store, _values("r", {row["r"] for row in rows})) if rows else []
    reports = [r for r in found if r.kind == kind.key and group_of(r) in groups]
    _replace_facts(
        store, iris, suppressed, set(old) | {r.iri for r in reports}, merge_reports(reports)
    )


def from_scratch_is_cheaper(changed: int, stored: int) -> bool:
    return changed > FROM_SCRATCH_SHARE * max(stored, 1)
