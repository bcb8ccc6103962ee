"""Extractors, one package per fact kind, each named by its kind (kg.kinds).

Each extractor package (one module per stage inside, rule words in ``kg.extract.lexicon``)
declares ``NAME`` (e.g. ``kg.meeting.v1``: changing what it emits
means a new name), ``produces`` (the ontology class of its facts) and
``extract(doc, article, actors) -> list[fact]``. Every registered kind's extractor runs, in
the registry's order; a fact whose speaker, owner or participant names no actor (a place,
a weapon, a headline's word the model took for one: kg.extract.actors.non_actors) is
dropped, and the eval rows name each actor by a form the article writes
(kg.extract.actors.surface).
"""

from __future__ import annotations

from typing import Protocol

from kg.kinds import registry
from kg.models import Article, ArticleFacts, MilitaryDeployment


class Extractor(Protocol):
    NAME: str
    produces: object

    def extract(self, doc, article: Article, actors) -> list: ...


def extractors() -> dict[str, Extractor]:
    """The extractor of every registered kind, by its NAME."""
    return {e.NAME: e for e in (kind.load_extractor() for kind in registry)}


def extract_doc(doc, article: Article) -> ArticleFacts:
    """All facts of one parsed article."""
    from kg.extract.actors import ArticleActors
    from kg.extract.actors.non_actors import non_actor_keys
    from kg.extract.actors.places import place_keys
    from kg.extract.common import clutter_ranges, doc_quotations, doc_text
    from kg.extract.deployments.captions import caption_at

    text = doc_text(doc)
    quoted = [(q.begin, q.end) for q in doc_quotations(doc)]
    clutter = clutter_ranges(text)
    actors = ArticleActors(doc, quoted)
    facts = ArticleFacts(article=article)
    found_by_kind = []
    for kind in registry:
        found = kind.load_extractor().extract(doc, article, actors)
        # site furniture (breadcrumbs, comment boxes, newsletter blurbs) yields no facts; a
        # photo caption's forces at a place are a deployment (GUIDELINES)
        found = [
            f
            for f in found
            if not any(b <= f.mention.begin < e for b, e in clutter)
            or (isinstance(f, MilitaryDeployment) and caption_at(text, f.mention.begin))
        ]
        found_by_kind.append((kind, found))
    # a place, a weapon, a headline's word or an outlet the model took for an organisation
    # is no speaker, owner or participant: its facts name no actor
    places = place_keys(actors.records, doc)
    nobody = non_actor_keys(actors.records, doc, places)
    for kind, found in found_by_kind:
        facts.of(kind).extend(f for f in found if not nobody & _actor_keys(f))
    facts.actors = actors.actors()
    return facts


def _actor_keys(fact) -> set[str]:
    """The keys of the actors a fact is of: its speaker, owner or participants."""
    keys = set(getattr(fact, "participants", ()) or ())
    for field in ("speaker", "actor"):
        if getattr(fact, field, None):
            keys.add(getattr(fact, field))
    return keys


def to_eval_json(facts: ArticleFacts) -> dict:
    """One article's facts in the schema of the shared eval README, each actor under a
    name the article writes (kg.extract.actors.surface)."""
    from kg.extract.actors.surface import ArticleForms

    forms = ArticleForms(facts.article.text)
    names = {key: forms.name_of(actor) for key, actor in facts.actors.items()}
    return {
        "id": facts.article.name,
        "date": facts.article.date,
        "actors": [
            {"name": names[a.key], "type": a.type, "aliases": list(a.aliases)}
            for a in facts.actors.values()
        ],
        **{
            kind.field: [kind.eval_row(fact, names) for fact in facts.of(kind)] for kind in registry
        },
    }
