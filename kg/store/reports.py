"""The build report: the last build's per-input outcome, kept beside the store as JSON.

A local store keeps it in its directory; a remote store's report lives under
``.kg-reports/<host-port-path>/`` in the current directory (the server holds only RDF).
A restore (``kg load``) writes a report too, saying what it restored and when.
"""

from __future__ import annotations

import json
from pathlib import Path

REPORT = "build-report.json"


def is_remote(location: str | Path) -> bool:
    """Whether a store location is a SPARQL server's URL rather than a directory."""
    return str(location).startswith(("http://", "https://"))


def report_dir(store: str | Path) -> Path:
    """Where a store's build report lives."""
    from kg.ids import slug

    if is_remote(store):
        folder = Path(".kg-reports") / slug(str(store).split("://", 1)[1])
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return Path(store)


def save_report(store: str | Path, report: dict) -> None:
    path = report_dir(store)
    tmp = path / (REPORT + ".tmp")
    tmp.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path / REPORT)


def load_report(store: str | Path) -> dict | None:
    file = report_dir(store) / REPORT
    if not file.exists():
        return None
    return json.loads(file.read_text(encoding="utf-8"))
