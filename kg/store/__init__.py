"""kg's stores: one Store protocol (kg.store.base), an Oxigraph directory on this machine
(kg.store.local) and any SPARQL 1.1 server with the Graph Store Protocol (kg.store.remote);
the derived actors and facts graphs (kg.store.derived); the build report beside a store
(kg.store.reports).

    open_store(location) -> Store      a directory, or an http(s) URL
"""

from __future__ import annotations

from pathlib import Path

from kg.store.base import EXPORT_FORMATS, Store, to_ox
from kg.store.reports import is_remote, load_report, report_dir, save_report

__all__ = [
    "EXPORT_FORMATS",
    "Store",
    "is_remote",
    "load_dump",
    "load_report",
    "open_store",
    "report_dir",
    "save_report",
    "to_ox",
]


def open_store(location: str | Path, read_only: bool = False, create: bool = True) -> Store:
    """Open (or create) a store directory, checking its format marker; or, for an
    http(s) URL, a SPARQL 1.1 server with the Graph Store Protocol."""
    if is_remote(location):
        from kg.config import load_settings
        from kg.store.remote import RemoteStore

        return RemoteStore(str(location), token=load_settings().admin_token)
    from kg.store.local import open_local

    return open_local(location, read_only=read_only, create=create)


def load_dump(location: str | Path, dump: str | Path) -> int:
    """Restore a TriG or N-Quads export into an empty store; the number of quads loaded.
    The store's report then says what was restored, from where and when."""
    from datetime import UTC, datetime

    dump = Path(dump)
    store = open_store(location)
    count = store.restore(dump)
    save_report(
        location,
        {
            "restored": {
                "from": str(dump.resolve()),
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
                "quads": count,
            },
            "inputs": [],
        },
    )
    return count
