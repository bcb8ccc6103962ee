"""Frozen copies of the store for the query workers and the pages, one per write generation.

The server process is the store's only writer; after every write it takes a new copy
(``Store.backup``: hard links where the file system allows, so cheap) and hands its path to
the workers. The last few copies are kept, so a worker never opens a dropped one.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

KEPT_SNAPSHOTS = 8


class Snapshots:
    def __init__(self, store_path: Path):
        self.root = Path(
            tempfile.mkdtemp(prefix=f".{store_path.name}-snapshots-", dir=store_path.parent)
        )
        self.generation = 0
        self.current: str | None = None
        self._reader, self._reader_for = None, None

    def take(self, store) -> str:
        self.generation += 1
        target = self.root / f"g{self.generation}"
        store.ox.backup(str(target))
        self.current = str(target)
        for old in self.root.iterdir():
            if int(old.name[1:]) <= self.generation - KEPT_SNAPSHOTS:
                shutil.rmtree(old, ignore_errors=True)
        return self.current

    def reader(self) -> ox.Store:
        """A read-only handle on the current copy, opened once per generation."""
        if self._reader_for != self.current:
            self._reader, self._reader_for = ox.Store.read_only(self.current), self.current
        return self._reader

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
