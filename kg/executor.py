"""The executor: articles in, one Outcome per article out, with bounded work in flight and a
time budget per article in every mode.

:func:`outcomes` takes a lazy iterator of ``(key, Article)`` and yields ``(key, Article,
Outcome)`` as articles are done (keys let the caller put them back in input order). It pulls
articles only as workers free up, so a build holds at most ``AHEAD`` batches of
``batch_size`` articles per worker, whatever the number of inputs. Three runners:

* **In this process** (``workers`` 1, or an automatic count on a small build): a batch at
  a time, its short articles parsed together (:func:`run_articles`). The budget is checked
  between the tokenizer's pieces, between spaCy's components and between extraction, graph
  and validation (kg.nlp.Deadline): an article past it is rejected at the next check,
  after at most one step of its work; a group past it is parsed again article by article.
* **Worker processes** (spawned; each loads the model once): each is sent batches and says
  when it starts parsing a group, when it starts each article and what became of it. The
  same checks run inside; and as a hard bound, the parent kills a worker whose article runs
  past budget + GRACE_S, rejects that article, starts a fresh worker and hands it the rest
  of the batch. A worker killed or dead while parsing a group rejects nothing: the group's
  articles go to the next worker marked to be parsed alone, so the fault lands on the
  right one. A worker that dies on an article (out of memory, a crash in native code)
  costs that article only; one that dies before its first article (the model cannot load)
  stops the build with a sentence.
* **Dask** (``--dask``): batches as tasks, at most ``AHEAD`` per Dask worker in flight; the
  budget is checked inside each task, as in this process (Dask cannot kill a task).

Which runner did the work never shows in the outcomes.
"""

from __future__ import annotations

import functools
import itertools
import math
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg import EXTRACTOR_VERSION, errors
from kg.config import Settings
from kg.curation import NO_CURATION, Curation, curate, without_suppressed
from kg.extract import extract_doc
from kg.ids import Iris
from kg.machine import usable_cores
from kg.models import Article
from kg.nlp import Deadline, OverBudget

# Spawning a worker and loading the model costs about as much as parsing this many articles:
# with the automatic worker count (0), smaller builds use fewer workers.
ARTICLES_PER_WORKER = 20
# Batches a worker holds at once: the one it works on and the next, so it never waits for
# the parent (which may be writing the store) between two batches.
AHEAD = 2
# How long past its budget an article may run in a worker process before the worker is
# killed: time for the worker's own check to fire and its answer to arrive.
GRACE_S = 2.0

Key = object


@dataclass(frozen=True)
class Job:
    """What to make of each article: ``graph`` (a build: the validated graph) or ``eval``
    (``kg extract``: the facts in the eval schema)."""

    kind: str
    base_iri: str
    curation: Curation = NO_CURATION
    budget_s: float = 0.0
    together_chars: int = 0  # see run_articles


@dataclass(frozen=True)
class Outcome:
    """What became of one article: its graph as N-Triples (or its eval row) if it passed,
    else why not."""

    status: str  # stored | rejected
    ntriples: bytes = b""
    facts: int = 0
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    row: dict | None = field(default=None, hash=False)


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


def _checked(result):
    if isinstance(result, _Failure):
        result.reraise()
    return result


# ---------------------------------------------------------------- one article
@functools.cache
def _iris(base_iri: str) -> Iris:
    return Iris(base_iri)


def run_article(nlp, article: Article, job: Job, doc=None) -> Outcome:
    """One article through spaCy (unless ``doc``, its parse, is given) and the extractors
    (and, for a build, the graph and its validation) within its budget; never raises."""
    deadline = Deadline(job.budget_s)
    try:
        if doc is None:
            from kg.nlp import parse

            doc = parse(nlp, article.text, deadline)
        return _parsed_outcome(doc, article, job, deadline)
    except OverBudget as over:
        return Outcome("rejected", reason=over_budget(job.budget_s, f"stopped while {over.stage}"))
    except Exception as error:  # one article must not stop a build of thousands
        return Outcome("rejected", reason=_failed(error))


def _parsed_outcome(doc, article: Article, job: Job, deadline: Deadline) -> Outcome:
    deadline.check("extracting")
    if job.kind == "eval":
        from kg.extract import to_eval_json

        facts = curate(extract_doc(doc, article), job.curation)
        return Outcome("stored", row=to_eval_json(facts))
    return article_outcome(doc, article, _iris(job.base_iri), job.curation, deadline)


def run_articles(
    nlp, articles: list[Article], job: Job, alone: Iterable[bool] = (), tell=None
) -> Iterator[Outcome]:
    """The outcome of each article, in order.

    Runs of short articles, ``job.together_chars`` characters at most (the
    ``parse_together_chars`` setting: about 1.5 s of parsing by default, far inside a sane
    budget), are parsed together within one article's budget for the whole run; then each
    article has a budget of its own for the rest of its work. A run that overruns its
    budget or fails is parsed again one article at a time, so that the budget and any
    error land on the right article. ``alone`` marks articles never to be grouped;
    ``tell(kind, n)`` hears ``("parsing", n)`` before a run of n is parsed together and
    ``("start", 1)`` before each article's own work."""
    tell = tell or (lambda kind, n: None)
    for group in _groups(articles, list(alone), job.together_chars):
        docs = None
        if len(group) > 1:
            tell("parsing", len(group))
            docs = _parsed_together(nlp, group, job)
        for i, article in enumerate(group):
            tell("start", 1)
            yield run_article(nlp, article, job, None if docs is None else docs[i])


def _groups(articles: list[Article], alone: list[bool], most: int) -> Iterator[list[Article]]:
    """Consecutive articles in runs of at most ``most`` characters in all; a longer article,
    or one marked alone, is a run of its own."""
    group: list[Article] = []
    size = 0
    for i, article in enumerate(articles):
        single = (i < len(alone) and alone[i]) or len(article.text) > most
        if group and (single or size + len(article.text) > most):
            yield group
            group, size = [], 0
        if single:
            yield [article]
            continue
        group.append(article)
        size += len(article.text)
    if group:
        yield group


def _parsed_together(nlp, group: list[Article], job: Job) -> list | None:
    """The group's docs, or None if parsing them together overran one article's budget or
    failed."""
    from kg.nlp import parse_together

    try:
        return parse_together(nlp, [a.text for a in group], Deadline(job.budget_s))
    except Exception:  # OverBudget included: each article is parsed again on its own
        return None


def over_budget(budget_s: float, how: str) -> str:
    return f"took over the {budget_s:g}-second time budget ({how})"


def _failed(error: Exception) -> str:
    return " ".join(f"extraction failed: {type(error).__name__}: {error}".split())


def article_outcome(
    doc,
    article: Article,
    iris: Iris,
    curation: Curation = NO_CURATION,
    deadline: Deadline | None = None,
) -> Outcome:
    """One parsed article -> its validated graph as N-Triples, or the reason it is rejected."""
    import pyoxigraph as ox

    from kg.rdf import actor_records, article_graph
    from kg.store import to_ox
    from kg.validate import validate

    deadline = deadline or Deadline(0)
    try:
        facts = curate(extract_doc(doc, article), curation)
    except Exception as error:
        return Outcome("rejected", reason=_failed(error))
    deadline.check("building its graph")
    facts, suppressed = without_suppressed(facts, curation, iris)
    graph = article_graph(facts, iris, curation.version(EXTRACTOR_VERSION))
    ntriples = ox.serialize(
        (ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph),
        format=ox.RdfFormat.N_TRIPLES,
    )
    deadline.check("validating its graph")
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


def ready_pipeline(job: Job):
    """The spaCy pipeline, after one small article has gone all the way through (imports,
    shapes and caches loaded), so that no article's budget pays for the process's start."""
    return _warmed_up(job.kind, job.base_iri)


@functools.cache
def _warmed_up(kind: str, base_iri: str):
    from kg.ingest import make_article
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    sample = make_article("warm-up", "warm-up", "Sergei Lavrov met Antony Blinken in Geneva.")
    run_article(nlp, sample, Job(kind, base_iri))
    return nlp


def run_batch(job: Job, articles: list[Article]) -> list[Outcome] | _Failure:
    """A batch of articles (short ones parsed together): what a Dask task runs."""
    try:
        nlp = ready_pipeline(job)
    except errors.KGError as error:
        return _Failure(type(error).__name__, error.message, error.hint)
    return list(run_articles(nlp, articles, job))


# ---------------------------------------------------------------- choosing a runner
def worker_count(settings: Settings, articles: int) -> int:
    """How many worker processes a build of this many articles uses (1: none, in-process)."""
    if settings.workers < 0:
        raise errors.UsageError(f"workers is {settings.workers}: give 0 (one per core) or more.")
    if settings.workers > 0:
        return max(1, min(settings.workers, articles))
    return max(1, min(usable_cores(), articles // ARTICLES_PER_WORKER))


def outcomes(
    todo: Iterable[tuple[Key, Article]], job: Job, settings: Settings
) -> Iterator[tuple[Key, Article, Outcome]]:
    """Each article with its outcome, as they are done (see the module docstring)."""
    if settings.dask:
        yield from _dask_outcomes(iter(todo), job, settings)
        return
    todo = iter(todo)
    # enough of the input to choose the worker count as for a list of that many articles
    enough = max(ARTICLES_PER_WORKER * usable_cores(), settings.workers)
    head = list(itertools.islice(todo, enough))
    if not head:
        return
    known = len(head) if len(head) < enough else 10**9
    workers = worker_count(settings, known)
    todo = itertools.chain(head, todo)
    if workers == 1:
        yield from _in_process(todo, job, max(1, settings.batch_size))
        return
    batch = settings.batch_size
    if known < 10**9:  # a small build: small batches, so that every worker gets some
        batch = max(1, min(batch, math.ceil(known / (workers * AHEAD * 2))))
    yield from _pool_outcomes(todo, job, workers, max(1, batch))


def _in_process(todo: Iterator, job: Job, batch: int) -> Iterator[tuple[Key, Article, Outcome]]:
    nlp = ready_pipeline(job)
    for items in iter(lambda: list(itertools.islice(todo, batch)), []):
        done = run_articles(nlp, [article for _, article in items], job)
        for (key, article), outcome in zip(items, done, strict=True):
            yield key, article, outcome


# ---------------------------------------------------------------- worker processes
def _worker_main(job: Job, tasks, conn) -> None:  # runs in the child process
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops us
    try:
        nlp = ready_pipeline(job)
    except errors.KGError as error:
        conn.send(("failure", _Failure(type(error).__name__, error.message, error.hint)))
        return
    while (items := tasks.get()) is not None:
        articles, alone = zip(*items, strict=True)
        tell = lambda kind, n: conn.send((kind, n))  # noqa: E731
        for outcome in run_articles(nlp, list(articles), job, alone, tell):
            conn.send(("done", outcome))
    # every answer is sent (a pipe's send returns once the bytes are written): skip the
    # interpreter's teardown, freeing the model, which the parent would wait for
    conn.close()
    os._exit(0)


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: object  # the parent's end of the pipe the worker answers on
    tasks: object  # the worker's own queue of batches
    pending: deque = field(default_factory=deque)  # (key, article, alone) sent, not answered
    started: float | None = None  # when the worker said it began pending[0] (or its group)
    began: bool = False  # the worker began an article: its model loaded
    grouped: int = 0  # articles from pending[0] on that it is parsing together (0: none)


def _spawn(context, job: Job) -> _Worker:
    parent, child = context.Pipe(duplex=False)
    tasks = context.Queue()
    process = context.Process(target=_worker_main, args=(job, tasks, child), daemon=True)
    process.start()
    child.close()
    return _Worker(process, parent, tasks)


def _stop(worker: _Worker, kill: bool = False) -> None:
    _stop_all([worker], kill)


def _stop_all(workers: list[_Worker], kill: bool = False) -> None:
    """Tell every worker to end, then wait for them: they wind down side by side."""
    for worker in workers:
        _tell_to_end(worker, kill or bool(worker.pending))
    for worker in workers:
        _reap(worker)


def _tell_to_end(worker: _Worker, kill: bool) -> None:
    if kill or not worker.process.is_alive():
        worker.process.kill()
    else:
        try:
            worker.tasks.put(None)
        except (OSError, ValueError):
            worker.process.kill()


def _reap(worker: _Worker) -> None:
    worker.process.join(timeout=5)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join(timeout=5)
    worker.conn.close()
    worker.tasks.close()
    worker.tasks.cancel_join_thread()


def _pool_outcomes(
    todo: Iterator, job: Job, workers: int, batch: int
) -> Iterator[tuple[Key, Article, Outcome]]:
    from multiprocessing.connection import wait

    context = multiprocessing.get_context("spawn")
    retry: deque = deque()  # articles of a killed worker, to hand to another
    pool = [_spawn(context, job) for _ in range(workers)]
    limit = job.budget_s + GRACE_S if job.budget_s > 0 else math.inf
    try:
        while True:
            for worker in pool:
                _feed(worker, job, batch, retry, todo)
            busy = [w for w in pool if w.pending]
            if not busy:
                return
            now = time.monotonic()
            ends = [w.started + limit for w in busy if w.started is not None]
            timeout = max(0.0, min(ends) - now) if ends and limit < math.inf else None
            ready = wait([w.conn for w in busy], timeout)
            for worker in busy:
                if worker.conn in ready:
                    yield from _answers(worker, retry, context, job)
                elif worker.started is not None and time.monotonic() - worker.started > limit:
                    if worker.grouped:
                        _regroup(worker, retry, context, job)
                        continue
                    how = "its worker process was stopped"
                    yield from _lose(worker, retry, over_budget(job.budget_s, how), context, job)
    finally:
        _stop_all(pool)


def _feed(worker: _Worker, job: Job, batch: int, retry: deque, todo: Iterator) -> None:
    """Give the worker batches until it holds AHEAD of them (counted in articles)."""
    while len(worker.pending) <= (AHEAD - 1) * batch:
        items = [retry.popleft() for _ in range(min(batch, len(retry)))]
        fresh = itertools.islice(todo, batch - len(items))
        items += ((key, article, False) for key, article in fresh)
        if not items:
            return
        worker.pending.extend(items)
        worker.tasks.put([(article, alone) for _, article, alone in items])


def _answers(
    worker: _Worker, retry: deque, context, job: Job
) -> Iterator[tuple[Key, Article, Outcome]]:
    try:
        while worker.conn.poll():
            kind, payload = worker.conn.recv()
            if kind == "failure":
                payload.reraise()
            elif kind in ("start", "parsing"):
                worker.started, worker.began = time.monotonic(), True
                worker.grouped = payload if kind == "parsing" else 0
            else:
                key, article, _ = worker.pending.popleft()
                worker.started = None
                yield key, article, payload
    except (EOFError, OSError):
        if not worker.began:
            raise errors.KGError(
                "A worker process of the build stopped before it could start (see its error "
                "above, or it ran out of memory); the articles stored so far are kept.",
                hint="Build again with --workers 1 to see the error.",
            ) from None
        if worker.grouped:  # which article of the group it died on is unknown
            _regroup(worker, retry, context, job)
            return
        how = "its worker process stopped abruptly on it, out of memory or crashed"
        yield from _lose(worker, retry, f"could not be processed ({how})", context, job)


def _lose(
    worker: _Worker, retry: deque, reason: str, context, job: Job
) -> Iterator[tuple[Key, Article, Outcome]]:
    """Kill the worker, reject the article it was on, hand the rest to the next worker, and
    put a fresh worker in its place."""
    _stop(worker, kill=True)
    key, article, _ = worker.pending.popleft()
    retry.extendleft(reversed(worker.pending))
    _replace(worker, context, job)
    yield key, article, Outcome("rejected", reason=reason)


def _regroup(worker: _Worker, retry: deque, context, job: Job) -> None:
    """Kill a worker stuck parsing a group of articles together: which of them holds it up
    is unknown, so each goes to the next worker to be parsed alone, and none is rejected."""
    _stop(worker, kill=True)
    pending = list(worker.pending)
    alone = [(key, article, True) for key, article, _ in pending[: worker.grouped]]
    retry.extendleft(reversed(alone + pending[worker.grouped :]))
    _replace(worker, context, job)


def _replace(worker: _Worker, context, job: Job) -> None:
    fresh = _spawn(context, job)
    worker.process, worker.conn, worker.tasks = fresh.process, fresh.conn, fresh.tasks
    worker.pending, worker.started, worker.began, worker.grouped = deque(), None, False, 0


# ---------------------------------------------------------------- Dask
# distributed logs, with tracebacks, what kg reports itself in one sentence (a worker lost)
# or what is no fault at all (a worker's heartbeat racing the scheduler's shutdown). Worker
# processes set up their logging when they import distributed, so the level reaches them
# through the environment the nanny spawns them with.
_QUIET_DASK = {"DASK_DISTRIBUTED__LOGGING__DISTRIBUTED": "critical"}


def _local_cluster(settings: Settings, local_cluster):
    """A LocalCluster of one-thread worker processes whose logging stays off the user's
    stderr, with its dashboard on a free loopback port (None would mean 8787 and a warning
    when that port is taken)."""
    import logging

    import dask

    environ = {"distributed.nanny.pre-spawn-environ." + k: v for k, v in _QUIET_DASK.items()}
    with dask.config.set(environ):
        return local_cluster(
            n_workers=settings.workers or usable_cores(),
            threads_per_worker=1,
            processes=True,
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.CRITICAL,
        )


def _dask_outcomes(
    todo: Iterator, job: Job, settings: Settings
) -> Iterator[tuple[Key, Article, Outcome]]:
    """Batches as tasks on a dask.distributed cluster: each Dask worker loads the model once
    (per process) and sends back only the batch's outcomes; the parent writes as before."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise errors.UsageError(
            "--dask needs dask.distributed.",
            hint="Install it with: pip install 'dask[distributed]'",
        ) from None
    cluster = _local_cluster(settings, LocalCluster) if settings.dask == "local" else None
    try:
        with Client(cluster or settings.dask, timeout="10s") as client:
            slots = AHEAD * max(1, len(client.scheduler_info()["workers"]))
            batches = iter(lambda: list(itertools.islice(todo, settings.batch_size)), [])
            in_flight: dict = {}
            done = as_completed()

            def submit() -> None:
                items = next(batches, None)
                if items:
                    future = client.submit(
                        run_batch, job, [article for _, article in items], pure=False
                    )
                    in_flight[future] = items
                    done.add(future)

            for _ in range(slots):
                submit()
            for future in done:
                items = in_flight.pop(future)
                results = _checked(future.result())
                submit()
                for (key, article), outcome in zip(items, results, strict=True):
                    yield key, article, outcome
    except OSError as error:
        raise errors.KGError(
            f"The Dask scheduler {settings.dask} cannot be reached ({error})."
        ) from None
    finally:
        if cluster is not None:
            cluster.close()
