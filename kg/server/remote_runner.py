"""Queries over a remote store: checked here (SERVICE and LOAD refused, limits kept),
answered by the store server, at most ``size`` at once, shared fairly among clients. It has
the interface of :class:`kg.server.workers.QueryPool` (``start``, ``stop``, ``run``)."""

from __future__ import annotations

import asyncio

from kg.config import Settings
from kg.formats import accept_for
from kg.server.fairness import fair_slots


class RemoteRunner:
    def __init__(self, remote, size: int, settings: Settings):
        self.remote = remote
        self._slots = fair_slots(
            [None] * max(1, size), settings.client_query_slots, settings.max_waiting_queries
        )

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        self.remote.client.close()

    async def run(self, job: dict, timeout: float, client: str = "-"):
        from kg.sparql import QueryResult, inspect

        inspect(job["query"])  # refuses SERVICE and LOAD before anything is sent
        slot = await self._slots.acquire(client, timeout)
        try:
            media_type, body = await asyncio.to_thread(
                self.remote.forward,
                job["query"],
                accept_for(job.get("format_names", ()), job["accept"]),
                timeout,
                job["default_graph_uris"],
                job["named_graph_uris"],
            )
        finally:
            self._slots.release(client, slot)
        return QueryResult(media_type, body, "remote")
