"""One node per real event: the reports of the same fact in several articles, merged.

Each article graph holds its facts as reports (kg:StatementReport, kg:DeploymentReport,
kg:MeetingReport). After every build the store reads all reports back, groups those that
tell of the same real event, and writes one fact per group to the facts graph (kg.rdf), with
every report's mention as evidence. Derived, like the actors graph: the same whatever
order the articles were built in, and right again after articles are added or pruned.

What makes two reports one fact:
- statements: the same speaker and nearly the same words (Dice of word multisets, as the
  eval scorer measures overlap, at least ``SAME_WORDS``): wire copies and reprints;
- meetings: the same participants, compatible modes (equal, or one unknown) and compatible
  dates (equal; or, where a report gives none, its article appeared within ``NEAR_DAYS``);
- deployments: the same actor, size and location, within ``DEPLOYMENT_DAYS`` of each other;
  without a size, only reprints (the same actor and location, in nearly the same sentence).
A fact's IRI comes from what identifies it (kg.ids.Iris.fact), not from build order.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from kg.ns import KG, RDF

SAME_WORDS = 0.8  # Dice of word multisets: reprints differ by a word or two, not more
NEAR_DAYS = 7  # an undated report is of a meeting within a week of its article
DEPLOYMENT_DAYS = 31  # the same size at the same place is one build-up over about a month

REPORT_KINDS = {
    str(KG.StatementReport): "statement",
    str(KG.DeploymentReport): "deployment",
    str(KG.MeetingReport): "meeting",
}
# properties that tie a report to its article, not to the event
OWN = {str(RDF.type), str(KG.article), str(KG.evidence)}


@dataclass
class Report:
    iri: str
    kind: str
    article: str = ""
    evidence: str = ""
    published: date | None = None
    sentence: str = ""  # deployments only
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
    reports: dict[str, Report] = {}
    published: dict[str, date] = {}
    sentences: dict[str, str] = {}
    rows = []
    for t in triples:
        s, p, o = t.subject.value, t.predicate.value, t.object
        if p == str(KG.published):
            published[s] = _date(o.value)
        elif p == str(KG.sentence):
            sentences[s] = o.value
        elif p == str(RDF.type) and o.value in REPORT_KINDS:
            reports.setdefault(s, Report(s, REPORT_KINDS[o.value]))
        else:
            rows.append((s, p, o))
    for s, p, o in rows:
        report = reports.get(s)
        if report is None:
            continue
        if p == str(KG.article):
            report.article = o.value
        elif p == str(KG.evidence):
            report.evidence = o.value
        elif p not in OWN:
            report.values.setdefault(p, []).append(o)
    for report in reports.values():
        report.published = published.get(report.article)
        report.sentence = sentences.get(report.evidence, "")
    return sorted(reports.values(), key=lambda r: r.iri)


def merge_reports(reports: list[Report]) -> list[MergedFact]:
    """Every report in exactly one fact."""
    by_kind: dict[str, list[Report]] = {}
    for report in reports:
        by_kind.setdefault(report.kind, []).append(report)
    merged = []
    merged += statement_facts(by_kind.get("statement", []))
    merged += meeting_facts(by_kind.get("meeting", []))
    merged += deployment_facts(by_kind.get("deployment", []))
    return _unique_keys(merged)


# ---------------------------------------------------------------- statements
def statement_facts(reports: list[Report]) -> list[MergedFact]:
    merged = []
    for (_kind, speaker), group in _groups(reports):
        for cluster in _nearly_same_words(group, lambda r: r.first(KG.content) or ""):
            merged.append(statement_fact(speaker, cluster))
    return merged


def statement_fact(speaker: str, cluster: list[Report]) -> MergedFact:
    """One statement from a cluster of reports of one speaker (same_words_clusters)."""
    content = min(" ".join(sorted(content_words(r.first(KG.content) or ""))) for r in cluster)
    return MergedFact("statement", f"{speaker}|{content}", cluster)


def same_words_clusters(items: list, text_of) -> list[list]:
    """The clusters of statements of one speaker: connected by Dice >= SAME_WORDS, so a new
    report can only join (and bridge) the clusters that hold a report like it."""
    return _nearly_same_words(items, text_of)


def _nearly_same_words(group: list[Report], text_of) -> list[list[Report]]:
    """Groups of reports whose texts share at least SAME_WORDS of their words (Dice)."""
    exact: dict[tuple[str, ...], list[Report]] = {}
    for report in group:  # copies first: most reprints are word for word
        exact.setdefault(tuple(content_words(text_of(report))), []).append(report)
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
    groups: dict[int, list[Report]] = {}
    for i, key in enumerate(words):
        groups.setdefault(_root(parent, i), []).extend(exact[key])
    return list(groups.values())


def content_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.lower())
    return re.findall(r"\w+", "".join(c for c in folded if not unicodedata.combining(c)))


def dice(a: Counter, b: Counter) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


# ---------------------------------------------------------------- meetings
def meeting_facts(reports: list[Report]) -> list[MergedFact]:
    merged = []
    for (_kind, *participants), group in _groups(reports):
        # dated reports first, so that an undated one joins the meeting its date fits
        group.sort(key=lambda r: (r.first(KG.date) is None, r.first(KG.date) or "", r.iri))
        clusters: list[list[Report]] = []
        for report in group:
            fits = [c for c in clusters if all(_same_meeting(report, other) for other in c)]
            if len(fits) == 1:
                fits[0].append(report)
            else:  # none fits, or it could be either of two: never guess
                clusters.append([report])
        for cluster in clusters:
            when = next((r.first(KG.date) for r in cluster if r.first(KG.date)), None)
            when = when or min((str(r.published) for r in cluster if r.published), default="")
            merged.append(MergedFact("meeting", f"{'|'.join(participants)}|{when}", cluster))
    return merged


def _same_meeting(a: Report, b: Report) -> bool:
    mode_a, mode_b = a.first(KG.mode), b.first(KG.mode)
    unknown = str(KG.UnknownMode)
    if mode_a != mode_b and unknown not in (mode_a, mode_b):
        return False
    day_a, day_b = _date(a.first(KG.date)), _date(b.first(KG.date))
    if day_a and day_b:
        return day_a == day_b
    return _near(day_a or a.published, day_b or b.published, NEAR_DAYS)


# ---------------------------------------------------------------- deployments
def deployment_facts(reports: list[Report]) -> list[MergedFact]:
    merged = []
    for (_kind, *identity), group in _groups(reports):
        if identity[1]:
            clusters = _single_link(
                group, lambda a, b: _near(a.published, b.published, DEPLOYMENT_DAYS)
            )
        else:
            clusters = _nearly_same_words(group, lambda r: r.sentence)
        for cluster in clusters:
            if identity[1]:
                first = min((str(r.published) for r in cluster if r.published), default="")
            else:
                first = min(r.iri for r in cluster)
            merged.append(MergedFact("deployment", "|".join((*identity, first)), cluster))
    return merged


def _place(location: str | None) -> str:
    return " ".join(content_words(location or ""))


# ---------------------------------------------------------------- shared
def group_of(report: Report) -> tuple[str, ...]:
    """The group a report is merged within: only reports of one group can be one fact, so
    a change to some reports needs only their groups merged again (kg.store.derived)."""
    if report.kind == "statement":
        return (report.kind, report.first(KG.speaker) or "")
    if report.kind == "meeting":
        return (report.kind, *report.all(KG.participant))
    return (
        report.kind,
        report.first(KG.deployingActor) or "",
        report.first(KG.size) or "",
        _place(report.first(KG.location)),
    )


def _groups(reports: list[Report]) -> list[tuple[tuple[str, ...], list[Report]]]:
    groups: dict[tuple[str, ...], list[Report]] = {}
    for report in reports:
        groups.setdefault(group_of(report), []).append(report)
    return sorted(groups.items())


def _single_link(items: list[Report], same) -> list[list[Report]]:
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


def _near(a: date | None, b: date | None, days: int) -> bool:
    return a is None or b is None or abs((a - b).days) <= days


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
