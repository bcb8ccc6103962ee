"""Query workers: processes that can be killed.

pyoxigraph cannot cancel a query, so each query runs in a worker process reading a frozen
copy of the store (a ``Store.backup``, hard links where the file system allows). A query
over its budget gets its worker killed (its CPU freed at once) and a fresh one started,
which opens the copy the last query read before it is asked anything. A new worker says
"ready" once it can answer; the server waits for that before it answers anyone.
At most ``size`` queries run at once, shared fairly among clients (see
:mod:`kg.server.fairness`): one client cannot hold every worker.

Each worker's memory is bounded by the kernel, not by polling: the worker sets its own
``RLIMIT_DATA`` (heap, anonymous mappings, thread stacks; not the store's file mappings) to
the cap before it imports anything, so an allocation past the cap fails where it is made.
Python answers that with MemoryError, Rust and RocksDB abort the process; either way the
query gets 503 saying it used too much memory and the worker is replaced. Its resident
memory stays under the cap plus its code (a few tens of MB). A worker writes nothing to
stderr (an abort's backtrace would reach the user of ``kg query``): the parent reports.

A worker enters the query sandbox (kg.server.sandbox) before it reads its first job, so a
query can open no network connection even if the SERVICE refusal had a hole. An evaluation
error reaches the client as one fixed sentence, never the engine's text (which can carry a
remote reply or a connection detail); the server logs the detail, escaped.

The ``test_unguard`` setting (``KG_TEST_UNGUARD``: ``refusal``, ``sandbox``) turns a guard off
in the workers and for the server's updates. It is a testing and diagnostic switch, never set by
default: the tests use it to show that each guard holds on its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import time
from dataclasses import dataclass

from kg.config import MIN_QUERY_MEMORY_MB
from kg.errors import KGError, QueryError, QueryOverMemory, QueryTimeout, ServerBusy
from kg.machine import usable_memory_mb
from kg.server import sandbox
from kg.server.fairness import FairSlots, fair_slots

__all__ = [
    "EVALUATION_FAILED",
    "QueryOverMemory",
    "QueryPool",
    "ServerBusy",
    "guards_off",
    "query_memory_mb",
    "run_once",
]

log = logging.getLogger("kg.workers")
EVALUATION_FAILED = "The query could not be evaluated."
_CONTEXT = multiprocessing.get_context("spawn")


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: object


def query_memory_mb(setting: int, workers: int) -> int:
    """The memory cap of one query worker, in MB: the setting, or (0) half the machine's
    memory shared among the workers, never below the least a worker can start with."""
    if setting:
        return setting
    return max(MIN_QUERY_MEMORY_MB, usable_memory_mb() // (2 * max(1, workers)))


def _limit_memory(memory_mb: int) -> None:
    import resource

    cap = memory_mb << 20
    resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))
    # nothing the worker could print is for the user; the parent says what happened
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def guards_off(value: str) -> frozenset[str]:
    """The guards the ``test_unguard`` setting turns off (testing and diagnosis only)."""
    return frozenset(part.strip() for part in value.split(",") if part.strip())


def _detail(error: BaseException | None) -> str | None:
    """An engine error's text, for the server's log only."""
    return None if error is None else f"{type(error).__name__}: {' '.join(str(error).split())}"


def _worker_main(  # in the child
    conn, memory_mb: int, snapshot: str | None = None, off: frozenset[str] = frozenset()
) -> None:
    _limit_memory(memory_mb)
    # on every thread, before any job is read; why not, if it cannot, goes with "ready"
    no_sandbox = "turned off" if "sandbox" in off else sandbox.enter()
    import pyoxigraph as ox

    from kg.sparql import run_query

    store, opened = None, None
    if snapshot is not None:  # opened now, so the first query does not wait for it
        with contextlib.suppress(OSError):  # gone meanwhile: each job names the current one
            store, opened = ox.Store.read_only(snapshot), snapshot
    conn.send(("ready", no_sandbox))
    while True:
        try:
            job = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        try:
            if job["snapshot"] != opened:
                store = ox.Store.read_only(job["snapshot"])
                opened = job["snapshot"]
            result = run_query(
                store,
                job["query"],
                job["accept"],
                format_names=job.get("format_names", ()),
                default_graph_uris=job["default_graph_uris"],
                named_graph_uris=job["named_graph_uris"],
                max_rows=job["max_rows"],
                base_iri=job["base_iri"],
                refuse="refusal" not in off,
            )
            conn.send(("ok", result))
        except MemoryError:
            result = None  # a result too big to send: free it first
            conn.send(("memory", None))
            return  # the parent replaces this worker: its heap may be left in pieces
        except KGError as error:
            details = (type(error).__name__, error.http_status, str(error))
            conn.send(("error", (*details, _detail(error.__cause__))))
        except Exception as error:  # a 500 with a fixed sentence, never the engine's text
            conn.send(("error", ("QueryError", 500, EVALUATION_FAILED, _detail(error))))


def _start(memory_mb: int, snapshot: str | None = None, off: frozenset = frozenset()) -> _Worker:
    parent, child = _CONTEXT.Pipe()  # an AF_UNIX pair: usable inside the sandbox
    arguments = (child, memory_mb, snapshot, off)
    process = _CONTEXT.Process(target=_worker_main, args=arguments, daemon=True)
    process.start()
    child.close()
    return _Worker(process, parent)


def _stop(worker: _Worker) -> None:
    worker.process.kill()
    worker.process.join(timeout=5)
    worker.conn.close()


def _wait_ready(worker: _Worker, timeout: float) -> str | None:
    """Wait until a new worker has imported what it needs and opened the store (a worker
    that died meanwhile is found out, and replaced, by its first query); why it runs
    without the sandbox, if it does."""
    with contextlib.suppress(EOFError, OSError):
        if worker.conn.poll(timeout):
            return worker.conn.recv()[1]
    return None


def _exchange(worker: _Worker, job: dict, timeout: float) -> tuple[str, object]:
    """Send a job and wait for its outcome: ("ok", result), ("error", details), or
    ("timeout" | "memory" | "died", None) when the worker must be replaced."""
    deadline = time.monotonic() + timeout
    try:
        worker.conn.send(job)
        while True:
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                return "timeout", None
            status, payload = worker.conn.recv()
            if status != "ready":  # a new worker says so first, unless waited for
                return status, payload
    except (EOFError, OSError):
        # Rust and RocksDB abort when an allocation fails under the worker's RLIMIT_DATA
        worker.process.join(timeout=5)
        if worker.process.exitcode == -signal.SIGABRT:
            return "memory", None
        return "died", None


def _outcome(status: str, payload, timeout: float, memory_mb: int, log_details: bool = True):
    """The result of a query, or its error raised (an engine's detail logged, not shown)."""
    if status == "ok":
        return payload
    if status == "timeout":
        raise QueryTimeout(f"The query ran over its {timeout:g}-second budget and was stopped.")
    if status == "memory":
        raise QueryOverMemory(
            f"The query used more than the {memory_mb:,} MB of memory a query may use "
            "and was stopped."
        )
    if status == "died":
        raise QueryError("The query worker died; the query was lost.")
    _name, http_status, message, detail = payload
    if detail is not None and log_details:
        log.warning("a query failed: %r", detail)
    error = QueryError(message)
    error.http_status = http_status
    raise error


class QueryPool:
    def __init__(
        self,
        size: int,
        max_waiting: int,
        *,
        memory_mb: int = 0,
        client_slots: int = 0,
        snapshot: str | None = None,
        off: frozenset[str] = frozenset(),
    ):
        self.off = off  # guards turned off, for tests only
        self.size = max(1, size)
        self.snapshot = snapshot  # the copy of the store the last query read
        self.max_waiting = max(0, max_waiting)
        self.memory_mb = query_memory_mb(memory_mb, self.size)
        self.client_slots = client_slots
        self._slots: FairSlots | None = None

    @classmethod
    def for_settings(cls, settings, size: int, snapshot: str | None = None) -> QueryPool:
        return cls(
            size,
            settings.max_waiting_queries,
            memory_mb=settings.query_memory_mb,
            client_slots=settings.client_query_slots,
            snapshot=snapshot,
            off=guards_off(settings.test_unguard),
        )

    def _spawn(self) -> _Worker:
        return _start(self.memory_mb, self.snapshot, self.off)

    async def start(self) -> None:
        workers = await asyncio.gather(*(asyncio.to_thread(self._spawn) for _ in range(self.size)))
        # the server answers once its workers can: a first query need not wait for one
        reasons = await asyncio.gather(*(asyncio.to_thread(_wait_ready, w, 60) for w in workers))
        if self.off:
            log.warning("KG_TEST_UNGUARD: query workers run without %s", ", ".join(self.off))
        elif any(reasons):
            log.warning("query workers run without the sandbox: %s", next(filter(None, reasons)))
        else:
            log.info("query workers run in the sandbox: no network sockets")
        self._slots = fair_slots(list(workers), self.client_slots, self.max_waiting)

    async def stop(self) -> None:
        if self._slots is None:
            return
        for worker in self._slots.drain():
            _stop(worker)

    async def run(self, job: dict, timeout: float, client: str = "-"):
        """The QueryResult of a job, or QueryTimeout / QueryOverMemory / ServerBusy / the
        query's own error. ``client`` is who asks (see kg.server.clients)."""
        deadline = asyncio.get_running_loop().time() + timeout
        self.snapshot = job["snapshot"]
        worker = await self._slots.acquire(client, timeout)
        remaining = deadline - asyncio.get_running_loop().time()
        if remaining < 0.05:  # handed a worker at the deadline: not worth killing it for
            self._slots.release(client, worker)
            raise QueryTimeout(f"The query waited {timeout:g} s for a free worker.")
        asked = asyncio.ensure_future(asyncio.to_thread(self._ask, worker, job, remaining))
        try:
            status, payload, worker = await asyncio.shield(asked)
        except asyncio.CancelledError:
            # the worker is still busy: it goes back when its query is over
            asked.add_done_callback(lambda done: self._slots.release(client, done.result()[2]))
            raise
        self._slots.release(client, worker)
        return _outcome(status, payload, timeout, self.memory_mb)

    def _ask(self, worker: _Worker, job: dict, timeout: float):
        """Send a job and wait; kill and replace the worker when it overruns or dies."""
        status, payload = _exchange(worker, job, timeout)
        if status in ("ok", "error"):
            return status, payload, worker
        if status == "memory":
            log.warning("a query went over the %d MB memory cap; worker replaced", self.memory_mb)
        _stop(worker)
        return status, payload, self._spawn()


def run_once(job: dict, timeout: float, memory_mb: int, off: frozenset[str] = frozenset()):
    """Run one query job in a fresh worker process and kill it at the budget (for `kg
    query`, which has the same limits as the server)."""
    worker = _start(memory_mb, off=off)
    try:
        status, payload = _exchange(worker, job, timeout)
    finally:
        _stop(worker)
    return _outcome(status, payload, timeout, memory_mb, log_details=False)
