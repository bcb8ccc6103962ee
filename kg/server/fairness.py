"""Query slots shared fairly among clients.

One client with slow queries must not hold every worker while the others wait out their
timeout. So a client (see :mod:`kg.server.clients`) runs at most ``share`` queries at once
(half the slots, at least one); past that its queries wait in line, at most
``client_waiting`` of them (half the waiting places), and past that get 503 at once. All
clients together have at most ``max_waiting`` queries waiting; past that, 503 at once.

Invariants (everything runs on the event loop, so no locks): a waiting query is handed a
slot as soon as one is free and its client is under its share, the oldest such query
first; hence no slot is idle while a query that may take it waits. Every slot handed out
is given back once, by :meth:`FairSlots.release`, whatever happens to the query.
"""

from __future__ import annotations

import asyncio
from collections import Counter, deque
from typing import Any

from kg.errors import QueryTimeout, ServerBusy


class FairSlots:
    def __init__(self, slots: list[Any], share: int, max_waiting: int, client_waiting: int):
        self._idle: deque[Any] = deque(slots)
        self.size = len(slots)
        self.share = max(1, share)
        self.max_waiting = max(0, max_waiting)
        self.client_waiting = max(0, client_waiting)
        self._running: Counter[str] = Counter()
        self._waiting: Counter[str] = Counter()
        self._line: deque[tuple[str, asyncio.Future]] = deque()

    def running(self, client: str) -> int:
        return self._running[client]

    async def acquire(self, client: str, timeout: float) -> Any:
        """A slot for one query of ``client``: at once, after a wait of at most ``timeout``
        seconds (else QueryTimeout), or ServerBusy when it may not even wait."""
        if self._idle and self._running[client] < self.share:
            return self._take(client)
        if len(self._line) >= self.max_waiting:
            raise ServerBusy("Every query worker is busy; try again in a moment.")
        if self._waiting[client] >= self.client_waiting:
            raise ServerBusy(
                "Your queries already fill your share of this server "
                f"({self._running[client]} running, {self._waiting[client]} waiting); "
                "try again when one has finished."
            )
        entry = (client, asyncio.get_running_loop().create_future())
        self._line.append(entry)
        self._waiting[client] += 1
        try:
            await asyncio.wait({entry[1]}, timeout=timeout)
        except BaseException:  # cancelled: give back a slot handed over meanwhile
            if entry[1].done():
                self.release(client, entry[1].result())
            else:
                self._leave(entry)
            raise
        if not entry[1].done():
            self._leave(entry)
            if self._running[client] >= self.share:
                raise QueryTimeout(
                    f"The query waited {timeout:g} s for one of your other queries to finish."
                )
            raise QueryTimeout(f"The query waited {timeout:g} s for a free worker.")
        return entry[1].result()

    def release(self, client: str, slot: Any) -> None:
        """Give a slot back; the oldest waiting query that may take it gets it."""
        self._running[client] -= 1
        if self._running[client] <= 0:
            del self._running[client]
        self._idle.append(slot)
        for entry in list(self._line):
            if not self._idle:
                break
            waiting_client, future = entry
            if self._running[waiting_client] < self.share:
                self._line.remove(entry)
                self._forget_waiting(waiting_client)
                future.set_result(self._take(waiting_client))

    def drain(self) -> list[Any]:
        """The idle slots, taken away (when stopping)."""
        slots = list(self._idle)
        self._idle.clear()
        return slots

    def _take(self, client: str) -> Any:
        self._running[client] += 1
        return self._idle.popleft()

    def _leave(self, entry: tuple[str, asyncio.Future]) -> None:
        self._line.remove(entry)
        self._forget_waiting(entry[0])
        entry[1].cancel()

    def _forget_waiting(self, client: str) -> None:
        self._waiting[client] -= 1
        if self._waiting[client] <= 0:
            del self._waiting[client]


def fair_slots(slots: list[Any], client_slots: int, max_waiting: int) -> FairSlots:
    """Slots of which one client may hold ``client_slots`` (0: half of them, at least one)
    and have half the ``max_waiting`` waiting places (rounded up) waiting."""
    share = client_slots or max(1, len(slots) // 2)
    return FairSlots(slots, share, max_waiting, (max_waiting + 1) // 2)
