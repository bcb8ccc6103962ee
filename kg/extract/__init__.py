"""Extractors, one package per fact kind, in a named, versioned registry.

Each extractor package (one module per stage inside, rule words in ``kg.extract.lexicon``)
declares ``NAME`` (e.g. ``kg.meeting.v1``: changing what it emits
means a new name), ``produces`` (the ontology class of its facts) and
``extract(doc, article, actors) -> list[fact]``.
"""

from __future__ import annotations

from typing import Protocol

from kg.extract import deployments, meetings, statements
from kg.models import Article, ArticleFacts


class Extractor(Protocol):
    NAME: str
    produces: object

    def extract(self, doc, article: Article, actors) -> list: ...


REGISTRY: dict[str, Extractor] = {m.NAME: m for m in (statements, deployments, meetings)}
FIELDS = {statements.NAME: "statements", deployments.NAME: "deployments", meetings.NAME: "meetings"}


def extract_doc(doc, article: Article) -> ArticleFacts:
    """All facts of one parsed article."""
    from kg.extract.common import clutter_ranges, doc_text, quotations
    from kg.resolve import ArticleActors

    text = doc_text(doc)
    quoted = [(q.begin, q.end) for q in quotations(text)]
    clutter = clutter_ranges(text)
    actors = ArticleActors(doc, quoted)
    facts = ArticleFacts(article=article)
    for name, extractor in REGISTRY.items():
        found = extractor.extract(doc, article, actors)
        # site furniture (breadcrumbs, comment boxes, newsletter blurbs) yields no facts
        found = [f for f in found if not any(b <= f.mention.begin < e for b, e in clutter)]
        getattr(facts, FIELDS[name]).extend(found)
    facts.actors = actors.actors()
    return facts


def to_eval_json(facts: ArticleFacts) -> dict:
    """One article's facts in the schema of the shared eval README."""
    names = {key: actor.name for key, actor in facts.actors.items()}
    return {
        "id": facts.article.name,
        "date": facts.article.date,
        "actors": [
            {"name": a.name, "type": a.type, "aliases": list(a.aliases)}
            for a in facts.actors.values()
        ],
        "statements": [
            {
                "speaker": names[s.speaker],
                "quote": s.content,
                "direct": s.direct,
                "medium": s.medium,
                "begin": s.mention.begin,
                "end": s.mention.end,
            }
            for s in facts.statements
        ],
        "deployments": [
            {
                "actor": names[d.actor],
                "force": d.force,
                "size": d.size,
                "size_text": d.size_text,
                "location": d.location,
                "modality": d.modality,
            }
            for d in facts.deployments
        ],
        "meetings": [
            {
                "participants": [names[p] for p in m.participants],
                "mode": m.mode,
                "date": m.date,
                "status": m.status,
            }
            for m in facts.meetings
        ],
    }
