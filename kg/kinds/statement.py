"""The statement kind: who said what (kg:Statement), read as direct quotes and reported
speech by kg.extract.statements.

Reports merge by speaker and words: the same speaker and nearly the same words (Dice of word
multisets at least ``kg.merge.SAME_WORDS``, as the eval scorer measures overlap) are one
statement wherever read (wire copies and reprints).
"""

from __future__ import annotations

from dataclasses import replace

from rdflib import Literal

from kg.kinds import ActorSection, declare
from kg.merge import MergedFact, Report, content_words, same_words_clusters
from kg.models import Statement
from kg.ns import KG, QUOTE_TYPES, XSD


def identity(s: Statement) -> str:
    return s.speaker


def properties(s: Statement, iris):
    yield KG.speaker, iris.actor(s.speaker)
    yield KG.content, Literal(s.content)
    yield KG.quoteType, QUOTE_TYPES[s.direct]
    if s.medium:
        yield KG.medium, Literal(s.medium)
    if s.addressee:
        yield KG.addressee, iris.actor(s.addressee)
    if s.date:
        yield KG.date, Literal(s.date, datatype=XSD.date)


def eval_row(s: Statement, names: dict[str, str]) -> dict:
    return {
        "speaker": names[s.speaker],
        "quote": s.content,
        "direct": s.direct,
        "medium": s.medium,
        "begin": s.mention.begin,
        "end": s.mention.end,
    }


def with_actors(s: Statement, new) -> Statement:
    return replace(s, speaker=new(s.speaker), addressee=new(s.addressee) if s.addressee else None)


def group_of(report: Report) -> tuple[str, ...]:
    return (report.kind, report.first(KG.speaker) or "")


def group_pattern(group: tuple[str, ...]) -> str:
    speaker = group[1]
    return f"{{ ?r a <{KG.StatementReport}> ; <{KG.speaker}> <{speaker}> }}" if speaker else ""


def merge(reports: list[Report]) -> list[MergedFact]:
    groups: dict[tuple[str, ...], list[Report]] = {}
    for report in reports:
        groups.setdefault(group_of(report), []).append(report)
    merged = []
    for (_kind, speaker), group in sorted(groups.items()):
        for cluster in same_words_clusters(group, lambda r: r.first(KG.content) or ""):
            merged.append(statement_fact(speaker, cluster))
    return merged


def statement_fact(speaker: str, cluster: list[Report]) -> MergedFact:
    """One statement from a cluster of reports of one speaker (same_words_clusters)."""
    content = min(" ".join(sorted(content_words(r.first(KG.content) or ""))) for r in cluster)
    return MergedFact("statement", f"{speaker}|{content}", cluster)


def actor_items(rows: list[dict]) -> list[dict]:
    """An actor's quotes: one item per quote, a statement reported twice (two mentions, two
    articles, or two statements with the same words on the same day) listed once."""
    items: dict[tuple[str, str], dict] = {}
    for r in rows:
        medium = r["medium"]
        if medium and medium.lower() == "statement":
            medium = None  # every item here is a statement: saying so is noise
        item = items.setdefault(
            (r["quote"], r["date"] or ""),
            {
                "fact": r["s"],
                "date": r["date"],
                "text": r["quote"],
                "others": None,
                "meta": " · ".join(x for x in (r["date"], r["type"], medium) if x),
                "articles": [],
            },
        )
        item["articles"].append((r["article"], r["begin"], r["end"]))
    return list(items.values())


SECTION = ActorSection("What they said", "said", "actor-said.rq", actor_items, rank=0, quotes=True)


KIND = declare(
    __name__,
    name="kg.kind.statement.v1",
    key="statement",
    field="statements",
    model=Statement,
    fact_class=KG.Statement,
    report_class=KG.StatementReport,
    many_valued=frozenset({str(KG.addressee)}),
    words=KG.content,
    role=KG.speaker,
    actor_section=SECTION,
    on_timeline=False,
    page_queries=(
        "actor-said.rq",
        "example-article-facts.rq",
        "example-quotes-russia.rq",
        "example-said.rq",
        "top-speaker.rq",
    ),
)
