"""build(): inputs -> articles -> docs -> facts -> triples -> validated graphs -> store.

``kg build``, ``kg extract`` and the tests call these functions.

A build runs its own worker processes (the ``workers`` setting; spawned, so nothing of the
parent's store or threads is inherited). Each loads the spaCy pipeline once and, for a
chunk of articles, parses, extracts, builds the article graph and validates it; it sends
back only the graph as N-Triples and what the report needs (:class:`Outcome`). The parent
reads the inputs, writes the store and calls the progress callback. One worker means the
same work in the build's own process. Which process did what never shows in the store.
As with any spawned worker, a script that calls build() must do it under
``if __name__ == "__main__":`` (the workers import the script as they start).
"""

from __future__ import annotations

import datetime
import hashlib
import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg import EXTRACTOR_VERSION, __version__, errors
from kg.config import Settings, load_settings
from kg.curation import NO_CURATION, Curation, curate, load_curation, without_suppressed
from kg.extract import extract_doc
from kg.ids import Iris
from kg.ingest import Rejected, iter_inputs
from kg.models import Article

STATUSES = ("stored", "unchanged", "duplicate", "rejected", "pruned")


@dataclass
class InputResult:
    """What became of one input: stored, unchanged, duplicate or rejected (with why); or,
    with ``prune``, of an article graph whose article is no longer among the inputs."""

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
    curation: str = ""  # the curation table applied, if any

    def count(self, status: str) -> int:
        return sum(1 for r in self.inputs if r.status == status)

    @property
    def ok(self) -> bool:
        return self.count("rejected") == 0

    def as_dict(self) -> dict:
        return {
            "kg_version": __version__,
            "extractor_version": EXTRACTOR_VERSION,
            "curation": self.curation or None,
            "started": self.started,
            "ended": self.ended,
            "counts": {s: self.count(s) for s in STATUSES}
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


# ---------------------------------------------------------------- the workers' side
# Spawning a worker and loading the model costs about as much as parsing this many articles:
# with the automatic worker count (0), smaller builds use fewer workers.
ARTICLES_PER_WORKER = 20
# Chunks per worker: enough for both cores to stay busy to the end, few enough for spaCy's
# batches to stay full.
CHUNKS_PER_WORKER = 16


@dataclass(frozen=True)
class Outcome:
    """What a worker sends back for one article: its graph as N-Triples if it passed the
    shapes, else why not."""

    status: str  # stored | rejected
    ntriples: bytes = b""
    facts: int = 0
    reason: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Failure:
    """A KGError raised in a worker (the model is not installed...), to raise again in the
    parent with its own class, message and hint."""

    kind: str
    message: str
    hint: str | None

    def reraise(self):
        cls = getattr(errors, self.kind, errors.KGError)
        error = cls.__new__(cls)
        errors.KGError.__init__(error, self.message, hint=self.hint)
        raise error


def process_articles(
    articles: list[Article], base_iri: str, batch_size: int, curation: Curation = NO_CURATION
) -> list[Outcome] | _Failure:
    """Parse, extract, build and validate a chunk of articles: what each worker runs."""
    from kg.nlp import load_pipeline

    try:
        nlp = load_pipeline()
    except errors.KGError as error:
        return _Failure(type(error).__name__, error.message, error.hint)
    iris = Iris(base_iri)
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    return [
        article_outcome(doc, article, iris, curation)
        for article, doc in zip(articles, docs, strict=True)
    ]


def article_outcome(doc, article: Article, iris: Iris, curation: Curation = NO_CURATION) -> Outcome:
    """One parsed article -> its validated graph as N-Triples, or the reason it is rejected."""
    import pyoxigraph as ox

    from kg.rdf import actor_records, article_graph
    from kg.store import to_ox
    from kg.validate import validate

    try:
        facts = curate(extract_doc(doc, article), curation)
    except Exception as error:  # one article must not stop a build of thousands
        return Outcome("rejected", reason=f"extraction failed: {type(error).__name__}: {error}")
    facts, suppressed = without_suppressed(facts, curation, iris)
    graph = article_graph(facts, iris, curation.version(EXTRACTOR_VERSION))
    ntriples = ox.serialize(
        (ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph),
        format=ox.RdfFormat.N_TRIPLES,
    )
    # the article graph is a throwaway now: validate it in place, beside its actors
    validation = validate(graph, actor_records(facts, iris), inplace=True)
    if not validation.conforms:
        first = validation.violations[0]
        return Outcome(
            "rejected", reason=f"fails shape {first.shape} on {first.focus}: {first.message}"
        )
    return Outcome(
        "stored",
        ntriples,
        facts=facts.fact_count,
        warnings=(*suppressed, *(str(w) for w in validation.warnings)),
    )


# ---------------------------------------------------------------- the parent's side
def worker_count(settings: Settings, articles: int) -> int:
    """How many worker processes a build of this many articles uses (1: none, in-process)."""
    if settings.workers < 0:
        raise errors.UsageError(f"workers is {settings.workers}: give 0 (one per core) or more.")
    if settings.workers > 0:
        return max(1, min(settings.workers, articles))
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, articles // ARTICLES_PER_WORKER))


def _chunks(articles: list[Article], workers: int, batch_size: int) -> list[list[Article]]:
    size = max(1, min(batch_size, math.ceil(len(articles) / (workers * CHUNKS_PER_WORKER))))
    chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
    # longest first, so that the last chunks, when a core may idle, are short
    chunks.sort(key=lambda chunk: -sum(len(a.text) for a in chunk))
    return chunks


def outcomes(
    articles: list[Article], settings: Settings, curation: Curation = NO_CURATION
) -> Iterator[tuple[Article, Outcome]]:
    """Each article with its outcome, from worker processes (in the order they finish) or,
    with one worker, from this process (in input order)."""
    if not articles:
        return
    job = (settings.base_iri, settings.batch_size, curation)
    if settings.dask:
        yield from _dask_outcomes(articles, settings, job)
        return
    workers = worker_count(settings, len(articles))
    if workers == 1:
        size = settings.batch_size
        for chunk in (articles[i : i + size] for i in range(0, len(articles), size)):
            yield from zip(chunk, _checked(process_articles(chunk, *job)), strict=True)
        return
    chunks = _chunks(articles, workers, settings.batch_size)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = {pool.submit(process_articles, chunk, *job): chunk for chunk in chunks}
        try:
            for future in as_completed(futures):
                yield from zip(futures[future], _checked(future.result()), strict=True)
        except BrokenProcessPool:
            raise errors.KGError(
                "A worker process of the build stopped abruptly (see its error above, "
                "or it ran out of memory); the articles stored so far are kept.",
                hint="Build again with fewer workers (--workers), or with --workers 1 "
                "to see the error.",
            ) from None
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _dask_outcomes(articles: list[Article], settings: Settings, job: tuple):
    """The same chunks on a dask.distributed cluster: each Dask worker loads the model once
    (per process) and sends back only the chunk's outcomes; the parent writes as before."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise errors.UsageError(
            "--dask needs dask.distributed.",
            hint="Install it with: pip install 'dask[distributed]'",
        ) from None
    cluster = None
    if settings.dask == "local":
        cores = worker_count(settings.with_overrides(workers=0), 10**9)
        cluster = LocalCluster(
            n_workers=cores, threads_per_worker=1, processes=True, dashboard_address=None
        )
    try:
        with Client(cluster or settings.dask, timeout="10s") as client:
            chunks = _chunks(
                articles, max(1, len(client.scheduler_info()["workers"])), settings.batch_size
            )
            futures = {
                client.submit(process_articles, chunk, *job, pure=False): i
                for i, chunk in enumerate(chunks)
            }
            for future in as_completed(futures):
                yield from zip(chunks[futures[future]], _checked(future.result()), strict=True)
    except OSError as error:
        raise errors.KGError(
            f"The Dask scheduler {settings.dask} cannot be reached ({error})."
        ) from None
    finally:
        if cluster is not None:
            cluster.close()


def extract_rows(articles: list[Article], settings: Settings | None = None) -> Iterator[dict]:
    """The facts of each article in the eval schema (kg.extract.to_eval_json), in input
    order, from worker processes as for a build (``kg extract``)."""
    settings = settings or load_settings()
    if not articles:
        return
    curation = load_curation(settings.curation, settings.base_iri)
    workers = worker_count(settings, len(articles))
    size = settings.batch_size
    if workers > 1:
        size = max(1, min(size, math.ceil(len(articles) / (workers * CHUNKS_PER_WORKER))))
    chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
    if workers == 1:
        for chunk in chunks:
            yield from _checked(eval_rows(chunk, settings.batch_size, curation))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        # map keeps the input order
        jobs = [settings.batch_size] * len(chunks), [curation] * len(chunks)
        for rows in pool.map(eval_rows, chunks, *jobs):
            yield from _checked(rows)


def eval_rows(
    articles: list[Article], batch_size: int, curation: Curation = NO_CURATION
) -> list[dict] | _Failure:
    """A chunk of articles in the eval schema: what each ``kg extract`` worker runs."""
    from kg.extract import to_eval_json
    from kg.nlp import load_pipeline

    try:
        nlp = load_pipeline()
    except errors.KGError as error:
        return _Failure(type(error).__name__, error.message, error.hint)
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    return [
        to_eval_json(curate(extract_doc(d, a), curation))
        for a, d in zip(articles, docs, strict=True)
    ]


def _not_while_a_worker_starts() -> None:
    """A script that calls build() without ``if __name__ == "__main__":`` runs again in
    each spawned worker as it starts: stop there, before the store is opened twice."""
    import multiprocessing

    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise errors.UsageError(
            "kg's build was started again inside one of its own worker processes.",
            hint='Call build() under `if __name__ == "__main__":` in the script that runs it.',
        )


def _checked(result):
    if isinstance(result, _Failure):
        result.reraise()
    return result


def build(
    paths: Iterable[str],
    store_dir: str | Path,
    settings: Settings | None = None,
    progress: Progress | None = None,
    prune: bool = False,
) -> BuildReport:
    """Build (or update) the store from the inputs. Never raises for a bad input: every
    input ends in the store or in the report with its reason. With ``prune``, article
    graphs whose article is not among the inputs are dropped and reported as pruned."""
    from kg.rdf import build_record
    from kg.store import open_store, save_report
    from kg.validate import ontology_graph

    _not_while_a_worker_starts()
    settings = settings or load_settings()
    iris = Iris(settings.base_iri)
    curation = load_curation(settings.curation, settings.base_iri)
    version = curation.version(EXTRACTOR_VERSION)
    report = BuildReport(started=_now(), curation=curation.source)
    store = open_store(store_dir)
    # the vocabulary travels with the data, so queries can use labels and skos:notation
    store.replace_graph(iris.ontology_graph, ontology_graph())
    articles, results = read_articles(paths, settings)
    versions = store.article_versions(iris)
    todo = []
    for article in articles:
        if versions.get(article.id) == version:
            results.append(InputResult(article.source, "unchanged", article.name, article.id))
        else:
            todo.append(article)
    if prune:
        results += prune_articles(store, iris, {a.id for a in articles})
    for done, (article, outcome) in enumerate(outcomes(todo, settings, curation), 1):
        if outcome.status == "stored":
            store.write_article(str(iris.article_graph(article.id)), outcome.ntriples)
        results.append(
            InputResult(
                article.source,
                outcome.status,
                article.name,
                article.id,
                reason=outcome.reason,
                facts=outcome.facts,
                warnings=list(outcome.warnings),
            )
        )
        if progress:
            progress(done, len(todo))
    report.inputs = sorted(results, key=lambda r: (r.source, r.status))
    store.update_derived(iris, frozenset(curation.suppressed))
    report.ended = _now()
    counts = report.as_dict()["counts"]
    stamp = hashlib.sha256(f"{report.started}|{report.ended}|{counts}".encode()).hexdigest()[:16]
    store.add_to_graph(
        iris.builds_graph,
        build_record(iris, stamp, report.started, report.ended, version, counts),
    )
    store.flush()
    save_report(store_dir, report.as_dict())
    return report


def prune_articles(store, iris: Iris, keep: set[str]) -> list[InputResult]:
    """Drop the article graphs whose article id is not in ``keep``; what was dropped."""
    names = store.article_names(iris)
    stored = {iris.article_id_of_graph(g) for g in store.graph_names()} - {None}
    pruned = []
    for article_id in sorted(stored - keep):
        name = names.get(article_id, article_id)
        store.remove_article(str(iris.article_graph(article_id)))
        pruned.append(
            InputResult(
                name,
                "pruned",
                name,
                article_id,
                reason="no longer among the inputs: its graph was dropped",
            )
        )
    return pruned
