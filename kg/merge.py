"""One node per real event: the reports of the same fact in several articles, merged.

Each article graph holds its facts as reports (the ``report_class`` of each kind in
kg.kinds: kg:StatementReport, kg:DeploymentReport, kg:MeetingReport, ...). After every build
the store reads all reports back, groups those that tell of the same real event, and writes
one fact per group to the facts graph (kg.rdf), with every report's mention as evidence.
Derived, like the actors graph: the same whatever order the articles were built in, and
right again after articles are added or pruned.

What makes two reports one fact is each kind's to say (its ``group_of`` and ``merge``, in
kg.kinds.statement, .deployment, .meeting); this module holds what they share: the reports
read back from the store, word-overlap clusters (Dice of word multisets, as the eval scorer
measures overlap, at least ``SAME_WORDS``), single-link clusters and dates. A fact's IRI
comes from what identifies it (kg.ids.Iris.fact), not from build order.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from kg.kinds import registry
from kg.ns import KG, RDF

SAME_WORDS = 0.8  # Dice of word multisets: reprints differ by a word or two, not more

# properties that tie a report to its article, not to the event
OWN = {str(RDF.type), str(KG.article), str(KG.evidence)}


@dataclass
class Report:
    iri: str
    kind: str  # the key of its kg.kinds.FactKind
    article: str = ""
    evidence: str = ""
    published: date | None = None
    sentence: str = ""  # kinds that need it only (FactKind.needs_sentence)
    values: dict[str, list] = field(default_factory=dict)  # property IRI -> RDF terms

    def first(self, prop) -> str | None:
        terms = self.values.get(str(prop))
        return terms[0].value if terms else None

    def all(self, prop) -> list[str]:
        return sorted(term.value for term in self.values.get(str(prop), ()))


@dataclass
class MergedFact:
    kind: str
    key: str  # what identifies it; its IRI is made from this
    reports: list[Report]


def reports_from_triples(triples: Iterable) -> list[Report]:
    """The reports in the triples of ``REPORTS_CONSTRUCT`` (kg.store), with the publication
    date of each one's article."""
    kinds = {iri: kind.key for iri, kind in registry.by_report_class().items()}
    reports: dict[str, Report] = {}
    published: dict[str, date] = {}
    sentences: dict[str, str] = {}
    rows = []
    # (the terms as strings once: a namespace lookup per triple cost more than the loop)
    is_published, is_sentence, is_type = str(KG.published), str(KG.sentence), str(RDF.type)
    is_article, is_evidence = str(KG.article), str(KG.evidence)
    for t in triples:
        s, p, o = t.subject.value, t.predicate.value, t.object
        if p == is_published:
            published[s] = to_date(o.value)
        elif p == is_sentence:
            sentences[s] = o.value
        elif p == is_type and o.value in kinds:
            reports.setdefault(s, Report(s, kinds[o.value]))
        else:
            rows.append((s, p, o))
    for s, p, o in rows:
        report = reports.get(s)
        if report is None:
            continue
        if p == is_article:
            report.article = o.value
        elif p == is_evidence:
            report.evidence = o.value
        elif p not in OWN:
            report.values.setdefault(p, []).append(o)
    for report in reports.values():
        report.published = published.get(report.article)
        report.sentence = sentences.get(report.evidence, "")
    return sorted(reports.values(), key=lambda r: r.iri)


def merge_reports(reports: list[Report]) -> list[MergedFact]:
    """Every report in exactly one fact, each kind merged by its own rule."""
    by_kind: dict[str, list[Report]] = {}
    for report in reports:
        by_kind.setdefault(report.kind, []).append(report)
    merged = []
    for kind in registry:
        merged += kind.merge(by_kind.get(kind.key, []))
    return _unique_keys(merged)


def group_of(report: Report) -> tuple[str, ...]:
    """The group a report is merged within: only reports of one group can be one fact, so
    a change to some reports needs only their groups merged again (kg.store.derived)."""
    return registry.by_key(report.kind).group_of(report)


# ---------------------------------------------------------------- words
def same_words_clusters(items: list, text_of) -> list[list]:
    """Groups of items whose texts share at least SAME_WORDS of their words (Dice):
    connected by Dice >= SAME_WORDS, so a new item can only join (and bridge) the clusters
    that hold an item like it."""
    exact: dict[tuple[str, ...], list] = {}
    for item in items:  # copies first: most reprints are word for word
        exact.setdefault(tuple(content_words(text_of(item))), []).append(item)
    words = sorted(exact, key=len)
    counts = [Counter(w) for w in words]
    parent = list(range(len(words)))
    # Dice >= SAME_WORDS needs the shorter text to be at least this share of the longer
    shortest = SAME_WORDS / (2 - SAME_WORDS)
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            if len(words[i]) < shortest * len(words[j]):
                break
            if dice(counts[i], counts[j]) >= SAME_WORDS:
                parent[_root(parent, j)] = _root(parent, i)
    groups: dict[int, list] = {}
    for i, key in enumerate(words):
        groups.setdefault(_root(parent, i), []).extend(exact[key])
    return list(groups.values())


def content_words(text: str) -> list[str]:
    if text.isascii():  # most are: nothing to fold
        return re.findall(r"\w+", text.lower())
    folded = unicodedata.normalize("NFKD", text.lower())
    return re.findall(r"\w+", "".join(c for c in folded if not unicodedata.combining(c)))


def dice(a: Counter, b: Counter) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


# ---------------------------------------------------------------- shared
def single_link(items: list[Report], same) -> list[list[Report]]:
    """Groups where each member is ``same`` as at least one other (union-find)."""
    parent = list(range(len(items)))
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if _root(parent, i) != _root(parent, j) and same(items[i], items[j]):
                parent[_root(parent, j)] = _root(parent, i)
    groups: dict[int, list[Report]] = {}
    for i, item in enumerate(items):
        groups.setdefault(_root(parent, i), []).append(item)
    return list(groups.values())


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _unique_keys(merged: list[MergedFact]) -> list[MergedFact]:
    """Two facts may not share an IRI (two undecidable meetings of the same pair on no date):
    the second is told apart by its first report."""
    seen: set[tuple[str, str]] = set()
    for fact in merged:
        if (fact.kind, fact.key) in seen:
            fact.key = f"{fact.key}|{fact.reports[0].iri}"
        seen.add((fact.kind, fact.key))
    return merged


def near(a: date | None, b: date | None, days: int) -> bool:
    return a is None or b is None or abs((a - b).days) <= days


def to_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
