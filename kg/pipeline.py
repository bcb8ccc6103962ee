"""build(): inputs -> articles -> docs -> facts -> triples -> validated graphs -> store.

``kg build``, ``kg extract`` and the tests call these functions.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg import EXTRACTOR_VERSION, __version__
from kg.config import Settings, load_settings
from kg.extract import extract_doc
from kg.ids import Iris
from kg.ingest import Rejected, iter_inputs
from kg.models import Article, ArticleFacts


@dataclass
class InputResult:
    """What became of one input: stored, unchanged, duplicate or rejected (with why)."""

    source: str
    status: str
    name: str | None = None
    article: str | None = None
    reason: str | None = None
    facts: int = 0
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class BuildReport:
    started: str
    ended: str = ""
    inputs: list[InputResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.inputs if r.status == status)

    @property
    def ok(self) -> bool:
        return self.count("rejected") == 0

    def as_dict(self) -> dict:
        return {
            "kg_version": __version__,
            "extractor_version": EXTRACTOR_VERSION,
            "started": self.started,
            "ended": self.ended,
            "counts": {s: self.count(s) for s in ("stored", "unchanged", "duplicate", "rejected")}
            | {"read": len(self.inputs), "facts": sum(r.facts for r in self.inputs)},
            "inputs": [vars(r) for r in self.inputs],
        }


Progress = Callable[[int, int], None]


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()


def read_articles(
    paths: Iterable[str], settings: Settings
) -> tuple[list[Article], list[InputResult]]:
    """Unique articles from the inputs, and what became of the rest (rejected, duplicate)."""

    articles: dict[str, Article] = {}
    results: list[InputResult] = []
    for item in iter_inputs(paths):
        if isinstance(item, Rejected):
            results.append(InputResult(item.source, "rejected", reason=item.reason))
        elif item.id in articles:
            first = articles[item.id]
            results.append(
                InputResult(
                    item.source,
                    "duplicate",
                    item.name,
                    item.id,
                    reason=f"same text as {first.source}",
                )
            )
        else:
            articles[item.id] = item
    return list(articles.values()), results


def extract_articles(
    articles: list[Article], settings: Settings | None = None, progress: Progress | None = None
) -> Iterable[ArticleFacts]:
    """Facts for each article, in order (the spaCy model is loaded once, docs go through pipe)."""
    from kg.nlp import load_pipeline

    settings = settings or load_settings()
    nlp = load_pipeline()
    for done, (article, doc) in enumerate(
        zip(
            articles,
            nlp.pipe((a.text for a in articles), batch_size=settings.batch_size),
            strict=True,
        ),
        1,
    ):
        yield extract_doc(doc, article)
        if progress:
            progress(done, len(articles))


def build(
    paths: Iterable[str],
    store_dir: str | Path,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Build (or update) the store from the inputs. Never raises for a bad input: every
    input ends in the store or in the report with its reason."""
    from kg.rdf import actor_records, article_graph, build_record
    from kg.store import open_store, save_report
    from kg.validate import ontology_graph, validate

    settings = settings or load_settings()
    iris = Iris(settings.base_iri)
    report = BuildReport(started=_now())
    store = open_store(store_dir)
    # the vocabulary travels with the data, so queries can use labels and skos:notation
    store.replace_graph(iris.ontology_graph, ontology_graph())
    articles, results = read_articles(paths, settings)
    versions = store.article_versions(iris)
    todo = []
    for article in articles:
        if versions.get(article.id) == EXTRACTOR_VERSION:
            results.append(InputResult(article.source, "unchanged", article.name, article.id))
        else:
            todo.append(article)
    for facts in extract_articles(todo, settings, progress):
        article = facts.article
        graph = article_graph(facts, iris)
        validation = validate(graph + actor_records(facts, iris))
        if not validation.conforms:
            first = validation.violations[0]
            results.append(
                InputResult(
                    article.source,
                    "rejected",
                    article.name,
                    article.id,
                    reason=f"fails shape {first.shape} on {first.focus}: {first.message}",
                )
            )
            continue
        store.replace_graph(iris.article_graph(article.id), graph)
        results.append(
            InputResult(
                article.source,
                "stored",
                article.name,
                article.id,
                facts=facts.fact_count,
                warnings=[str(w) for w in validation.warnings],
            )
        )
    report.inputs = sorted(results, key=lambda r: r.source)
    store.rebuild_actors_graph(iris)
    report.ended = _now()
    counts = report.as_dict()["counts"]
    stamp = hashlib.sha256(f"{report.started}|{report.ended}|{counts}".encode()).hexdigest()[:16]
    store.add_to_graph(
        iris.builds_graph,
        build_record(iris, stamp, report.started, report.ended, EXTRACTOR_VERSION, counts),
    )
    store.flush()
    save_report(Path(store_dir), report.as_dict())
    return report
