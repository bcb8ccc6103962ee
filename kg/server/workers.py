"""Query workers: processes that can be killed.

pyoxigraph cannot cancel a query, so each query runs in a worker process reading a frozen
copy of the store (a ``Store.backup``, hard links where the file system allows). A query
over its budget gets its worker killed (its CPU freed at once) and a fresh one started.
At most ``size`` queries run at once and at most ``max_waiting`` wait; past that the caller
is told at once that the server is busy, rather than piling up.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
import time
from dataclasses import dataclass

from kg.errors import KGError, QueryError, QueryTimeout


class ServerBusy(KGError):
    http_status = 503


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: object


def _worker_main(conn) -> None:  # runs in the child process
    import pyoxigraph as ox

    from kg.sparql import run_query

    store, opened = None, None
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
                default_graph_uris=job["default_graph_uris"],
                named_graph_uris=job["named_graph_uris"],
                max_rows=job["max_rows"],
                base_iri=job["base_iri"],
            )
            conn.send(("ok", result))
        except KGError as error:
            conn.send(("error", (type(error).__name__, error.http_status, str(error))))
        except Exception as error:  # reported to the client as a 500, never a traceback
            conn.send(("error", ("QueryError", 500, f"The query failed: {error}")))


class QueryPool:
    def __init__(self, size: int, max_waiting: int):
        self.size = max(1, size)
        self.max_waiting = max(0, max_waiting)
        self._context = multiprocessing.get_context("spawn")
        self._free: asyncio.Queue[_Worker] | None = None
        self._pending = 0
        self._lock = threading.Lock()

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, args=(child,), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    async def start(self) -> None:
        self._free = asyncio.Queue()
        workers = await asyncio.gather(*(asyncio.to_thread(self._spawn) for _ in range(self.size)))
        for worker in workers:
            self._free.put_nowait(worker)

    async def stop(self) -> None:
        if self._free is None:
            return
        while not self._free.empty():
            worker = self._free.get_nowait()
            worker.conn.close()
            worker.process.kill()
            worker.process.join(timeout=5)

    async def run(self, job: dict, timeout: float):
        """The QueryResult of a job, or QueryTimeout / ServerBusy / the query's own error."""
        if self._pending >= self.size + self.max_waiting:
            raise ServerBusy("Every query worker is busy; try again in a moment.")
        self._pending += 1
        try:
            deadline = time.monotonic() + timeout
            try:
                worker = await asyncio.wait_for(self._free.get(), timeout)
            except TimeoutError:
                raise QueryTimeout(f"The query waited {timeout:g} s for a free worker.") from None
            remaining = max(0.01, deadline - time.monotonic())
            status, payload, worker = await asyncio.to_thread(self._ask, worker, job, remaining)
            self._free.put_nowait(worker)
        finally:
            self._pending -= 1
        if status == "ok":
            return payload
        if status == "timeout":
            raise QueryTimeout(f"The query ran over its {timeout:g}-second budget and was stopped.")
        _name, http_status, message = payload
        error = QueryError(message)
        error.http_status = http_status
        raise error

    def _ask(self, worker: _Worker, job: dict, timeout: float):
        """Send a job and wait; kill and replace the worker when it overruns or dies."""
        try:
            worker.conn.send(job)
            if worker.conn.poll(timeout):
                status, payload = worker.conn.recv()
                return status, payload, worker
            outcome = ("timeout", None)
        except (EOFError, OSError, BrokenPipeError):
            outcome = ("error", ("QueryError", 500, "The query worker died; the query was lost."))
        worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()
        return (*outcome, self._spawn())


def run_once(job: dict, timeout: float):
    """Run one query job in a fresh worker process and kill it at the budget (for `kg
    query`, which has the same limits as the server)."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_worker_main, args=(child,), daemon=True)
    process.start()
    child.close()
    try:
        parent.send(job)
        if not parent.poll(timeout):
            raise QueryTimeout(f"The query ran over its {timeout:g}-second budget and was stopped.")
        status, payload = parent.recv()
    except (EOFError, OSError):
        raise QueryError("The query worker died; the query was lost.") from None
    finally:
        process.kill()
        process.join(timeout=5)
        parent.close()
    if status == "ok":
        return payload
    _name, http_status, message = payload
    error = QueryError(message)
    error.http_status = http_status
    raise error
