"""build(): inputs -> articles -> outcomes -> store, streaming in bounded batches.

``kg build``, ``kg extract`` and the tests call these functions. Data flows one way:

    reader (kg.ingest.iter_inputs: lazy, one article or rejection at a time)
      -> triage (duplicates, by the ids in the ledger; unchanged, by the store's versions)
      -> executor (kg.executor: batches to workers, at most two per worker in flight,
         a time budget per article in every mode)
      -> writer (one graph per article into the store; one row per input into the ledger;
         a first build into a local store writes new graphs with Oxigraph's bulk loader,
         a batch at a time: kg.store.local)

Invariants: memory does not grow with the number of inputs. No list of articles is made;
the executor pulls articles only as workers free up; what became of each input, and the ids
of the articles seen (for duplicates), go to the ledger, a SQLite file in a temporary folder,
and the build report is written from it at the end, rows in input order (pruned graphs last).
Every input ends in the store or in the report with a one-line reason; no input stops the
others. A killed build, run again, continues where it stopped: an article whose graph is
stored with the same extractor version (its id is the hash of its text) is "unchanged" and
not extracted again, and a half-loaded bulk batch is dropped as the store opens. As with any
spawned worker, a script that calls build() must do it under ``if __name__ == "__main__":``
(the workers import the script as they start).

The time budget (``article_timeout_s``), decided and measured (issue #13): spaCy's tokenizer
is quadratic in a run of characters without whitespace (5 KB of ``&``: 7 s, 20 KB: 114 s, 1 MB
never ends). So (1) a run over 1,000 characters is refused as the article is read
(kg.ingest), in every mode, before spaCy; (2) runs over 100 are tokenized in pieces (kg.nlp:
text and offsets unchanged; no corpus article has a run over 39, and ``kg extract`` output on
70 corpus articles is the same before and after); (3) every article then runs within its
budget, checked between tokenizer pieces, spaCy components and extraction stages in this
process, and enforced by killing the worker in worker processes (kg.executor). Measured on
this 2-core machine under load: two good articles beside 1 MB and 20 KB of ``&`` and a slow
article of ``& `` (a 3 s budget; tests/test_pipeline.py) build in 16 s with ``-j 1``, 42 s
with ``-j 2`` (the worker killed and started again) and 20 s with ``--dask local``, each bad
one rejected in one line; with the default budget, 1 MB and 20 KB of ``&`` and four bad JSON
lines beside seven good articles: 18 s, 35 s and 27 s.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg import EXTRACTOR_VERSION, __version__, errors
from kg.config import Settings, load_settings
from kg.curation import load_curation
from kg.executor import Job, outcomes, worker_count
from kg.ids import Iris
from kg.ingest import Rejected, iter_inputs
from kg.models import Article

STATUSES = ("stored", "unchanged", "duplicate", "rejected", "pruned")

__all__ = ["BuildReport", "InputResult", "build", "extract_rows", "worker_count"]


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
    """A build's counts; its rows are read back from the saved report when asked for."""

    started: str
    ended: str = ""
    curation: str = ""  # the curation table applied, if any
    counts: dict[str, int] = field(default_factory=dict)
    path: Path | None = None  # the saved report (build-report.json)

    def count(self, status: str) -> int:
        return self.counts.get(status, 0)

    @property
    def ok(self) -> bool:
        return self.count("rejected") == 0

    @functools.cached_property
    def inputs(self) -> list[InputResult]:
        """Every row, in input order: as much memory as the report is long."""
        return [InputResult(**row) for row in self.as_dict()["inputs"]]

    def as_dict(self) -> dict:
        return json.loads(self.path.read_text(encoding="utf-8"))


Progress = Callable[[int, int | None], None]  # (articles done, articles to do if known)
OnResult = Callable[[InputResult], None]


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()


# ---------------------------------------------------------------- the ledger
class Ledger:
    """What became of each input, and the article ids seen so far, in a SQLite file in a
    temporary folder (removed on close): a build of a million inputs holds none of them."""

    COMMIT_EVERY = 1000

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="kg-build-")
        self._db = sqlite3.connect(Path(self._folder.name) / "ledger.sqlite")
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY, source TEXT) WITHOUT ROWID")
        self._db.execute("CREATE TABLE results (seq INTEGER PRIMARY KEY, row TEXT)")
        self.counts = dict.fromkeys(STATUSES, 0) | {"read": 0, "facts": 0}
        self.seq = 0  # rows so far
        self.todo = 0  # articles sent to the executor so far
        self.read_all = False
        self._writes = 0

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def first_source(self, article_id: str, source: str) -> str | None:
        """The source an article with this id was first read from; None (and it is noted)
        if this is the first."""
        row = self._db.execute("SELECT source FROM seen WHERE id = ?", (article_id,)).fetchone()
        if row is not None:
            return json.loads(row[0])
        self._db.execute("INSERT INTO seen VALUES (?, ?)", (article_id, json.dumps(source)))
        self._wrote()
        return None

    def __contains__(self, article_id: str) -> bool:
        query = "SELECT 1 FROM seen WHERE id = ?"
        return self._db.execute(query, (article_id,)).fetchone() is not None

    def add(self, seq: int, result: InputResult) -> None:
        # ASCII-escaped: a file name that is not UTF-8 (a lone surrogate) still fits
        self._db.execute("INSERT INTO results VALUES (?, ?)", (seq, json.dumps(vars(result))))
        self._wrote()
        self.counts[result.status] += 1
        self.counts["facts"] += result.facts
        if result.status != "pruned":
            self.counts["read"] += 1

    def _wrote(self) -> None:
        self._writes += 1
        if self._writes % self.COMMIT_EVERY == 0:
            self._db.commit()

    def rows(self) -> Iterator[dict]:
        """Every row, in input order."""
        self._db.commit()
        for (row,) in self._db.execute("SELECT row FROM results ORDER BY seq"):
            yield json.loads(row)

    def close(self) -> None:
        self._db.close()
        self._folder.cleanup()


def write_report(store_dir: str | Path, head: dict, rows: Iterable[dict]) -> Path:
    """The build report (head fields, then ``inputs``), written a row at a time and put in
    place whole."""
    from kg.store import report_dir
    from kg.store.reports import REPORT

    folder = report_dir(store_dir)
    tmp = folder / (REPORT + ".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        out.write(json.dumps(head, indent=2, ensure_ascii=False).removesuffix("\n}"))
        out.write(',\n  "inputs": [')
        for i, row in enumerate(rows):
            text = json.dumps(row, ensure_ascii=False)
            if not text.isascii() and not _is_utf8(text):
                text = json.dumps(row)
            out.write(("\n    " if i == 0 else ",\n    ") + text)
        out.write("\n  ]\n}\n")
    tmp.replace(folder / REPORT)
    return folder / REPORT


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# ---------------------------------------------------------------- reading
def read_articles(
    paths: Iterable[str], settings: Settings
) -> tuple[list[Article], list[InputResult]]:
    """Unique articles from the inputs, and what became of the rest (rejected, duplicate):
    all in memory, for small inputs (benchmarks, tests); builds stream instead."""
    articles: dict[str, Article] = {}
    results: list[InputResult] = []
    for item in iter_inputs(paths, settings.max_input_bytes):
        if isinstance(item, Rejected):
            results.append(InputResult(item.source, "rejected", reason=item.reason))
        elif item.id in articles:
            first = articles[item.id].source
            reason = f"same text as {first}"
            results.append(InputResult(item.source, "duplicate", item.name, item.id, reason))
        else:
            articles[item.id] = item
    return list(articles.values()), results


def _triage(
    paths: Iterable[str],
    settings: Settings,
    ledger: Ledger,
    versions: Callable[[str], str | None],
    version: str,
    on_result: OnResult | None,
) -> Iterator[tuple[int, Article]]:
    """The articles to extract, with their row numbers; the rest straight into the ledger."""
    for item in iter_inputs(paths, settings.max_input_bytes):
        seq = ledger.next_seq()
        if isinstance(item, Rejected):
            result = InputResult(item.source, "rejected", reason=item.reason)
        elif (first := ledger.first_source(item.id, item.source)) is not None:
            reason = f"same text as {first}"
            result = InputResult(item.source, "duplicate", item.name, item.id, reason)
        elif versions(item.id) == version:
            result = InputResult(item.source, "unchanged", item.name, item.id)
        else:
            ledger.todo += 1
            yield seq, item
            continue
        ledger.add(seq, result)
        if on_result:
            on_result(result)
    ledger.read_all = True


# ---------------------------------------------------------------- a build
def _not_while_a_worker_starts() -> None:
    """A script that calls build() without ``if __name__ == "__main__":`` runs again in
    each spawned worker as it starts: stop there, before the store is opened twice."""
    import multiprocessing

    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise errors.UsageError(
            "kg's build was started again inside one of its own worker processes.",
            hint='Call build() under `if __name__ == "__main__":` in the script that runs it.',
        )


def build(
    paths: Iterable[str],
    store_dir: str | Path,
    settings: Settings | None = None,
    progress: Progress | None = None,
    prune: bool = False,
    on_result: OnResult | None = None,
) -> BuildReport:
    """Build (or update) the store from the inputs. Never raises for a bad input: every
    input ends in the store or in the report with its reason (``on_result`` hears of each
    as it is settled). With ``prune``, article graphs whose article is not among the inputs
    are dropped and reported as pruned."""
    from kg.rdf import build_record
    from kg.store import open_store
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
    versions = store.version_lookup(iris)
    ledger = Ledger()
    try:
        job = Job(
            "graph",
            settings.base_iri,
            curation,
            settings.article_timeout_s,
            settings.parse_together_chars,
        )
        todo = _triage(paths, settings, ledger, versions, version, on_result)
        bulk = store.bulk_writer(not store.has_articles(), int(settings.bulk_batch_mb * 2**20))
        written_early = False
        for done, (seq, article, outcome) in enumerate(outcomes(todo, job, settings), 1):
            if outcome.status == "stored":
                graph = str(iris.article_graph(article.id))
                if bulk is not None and not store.has_graph(graph):
                    bulk.add(graph, outcome.ntriples)
                else:
                    store.write_article(graph, outcome.ntriples)
            result = InputResult(
                article.source,
                outcome.status,
                article.name,
                article.id,
                reason=outcome.reason,
                facts=outcome.facts,
                warnings=list(outcome.warnings),
            )
            ledger.add(seq, result)
            if on_result:
                on_result(result)
            if progress:
                progress(done, ledger.todo if ledger.read_all else None)
            if bulk is not None and ledger.read_all and not written_early:
                # every input is read: write what is gathered while the workers finish their
                # last articles, instead of after them
                bulk.write()
                written_early = True
        if bulk is not None:
            bulk.close()
        if prune:
            for result in prune_articles(store, iris, ledger):
                ledger.add(ledger.next_seq(), result)
                if on_result:
                    on_result(result)
        store.update_derived(iris, frozenset(curation.suppressed))
        report.ended = _now()
        report.counts = dict(ledger.counts)
        counts = report.counts
        stamp = hashlib.sha256(f"{report.started}|{report.ended}|{counts}".encode()).hexdigest()
        store.add_to_graph(
            iris.builds_graph,
            build_record(iris, stamp[:16], report.started, report.ended, version, counts),
        )
        store.flush()
        head = {
            "kg_version": __version__,
            "extractor_version": EXTRACTOR_VERSION,
            "curation": report.curation or None,
            "started": report.started,
            "ended": report.ended,
            "counts": counts,
        }
        report.path = write_report(store_dir, head, ledger.rows())
    finally:
        ledger.close()
    return report


def prune_articles(store, iris: Iris, keep) -> list[InputResult]:
    """Drop the article graphs whose article id is not in ``keep``; what was dropped."""
    names = store.article_names(iris)
    stored = {iris.article_id_of_graph(g) for g in store.graph_names()} - {None}
    pruned = []
    for article_id in sorted(a for a in stored if a not in keep):
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


# ---------------------------------------------------------------- kg extract
def extract_rows(
    items: Iterable[Article | Rejected],
    settings: Settings | None = None,
    on_rejected: Callable[[Rejected], None] | None = None,
) -> Iterator[dict]:
    """The facts of each article in the eval schema (kg.extract.to_eval_json), in input
    order, through the executor as for a build (``kg extract``). Every article is extracted,
    duplicates too; a Rejected among the items, or an article rejected on the way (over its
    time budget), goes to ``on_rejected`` as soon as it is known (without one, it is raised
    as an ExtractionError)."""
    settings = settings or load_settings()
    on_rejected = on_rejected or _raise
    curation = load_curation(settings.curation, settings.base_iri)
    job = Job(
        "eval",
        settings.base_iri,
        curation,
        settings.article_timeout_s,
        settings.parse_together_chars,
    )
    seqs = iter(range(1 << 62))

    def articles() -> Iterator[tuple[int, Article]]:
        for item in items:
            if isinstance(item, Rejected):
                on_rejected(item)
            else:
                yield next(seqs), item

    waiting: dict[int, dict | None] = {}  # done out of order: at most the work in flight
    following = 0
    for seq, article, outcome in outcomes(articles(), job, settings):
        if outcome.status == "rejected":
            on_rejected(Rejected(article.source, outcome.reason or "rejected"))
        waiting[seq] = outcome.row
        while following in waiting:
            row = waiting.pop(following)
            following += 1
            if row is not None:
                yield row


def _raise(rejected: Rejected) -> None:
    raise errors.ExtractionError(str(rejected))
