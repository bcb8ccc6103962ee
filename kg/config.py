"""Settings: one typed table (name, default, help), read from ``KG_*`` variables or flags.

Nothing is read at import: call :func:`load_settings` where the settings are needed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

from kg.errors import UsageError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "KG_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "base_iri",
        "https://w3id.org/kg-news/",
        "Base of every IRI kg mints (things under id/, graphs under graph/).",
    ),
    Setting("store", "kg-store", "Directory of the on-disk Oxigraph store."),
    Setting("host", "127.0.0.1", "Address the server listens on."),
    Setting("port", 8000, "Port the server listens on."),
    Setting("query_timeout_s", 30.0, "Longest a query may run, in seconds."),
    Setting("max_rows", 10_000, "Most rows a SELECT returns before it is cut and flagged."),
    Setting("max_query_bytes", 100_000, "Longest query text accepted, in bytes."),
    Setting("max_input_bytes", 5_000_000, "Largest input file or JSON line accepted, in bytes."),
    Setting("batch_size", 32, "Articles per spaCy batch."),
)


@dataclass(frozen=True)
class Settings:
    base_iri: str = SETTINGS[0].default
    store: str = SETTINGS[1].default
    host: str = SETTINGS[2].default
    port: int = SETTINGS[3].default
    query_timeout_s: float = SETTINGS[4].default
    max_rows: int = SETTINGS[5].default
    max_query_bytes: int = SETTINGS[6].default
    max_input_bytes: int = SETTINGS[7].default
    batch_size: int = SETTINGS[8].default

    def with_overrides(self, **values: Any) -> Settings:
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def load_settings(environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Defaults, then ``KG_*`` variables, then explicit overrides (CLI flags)."""
    environ = os.environ if environ is None else environ
    types = {f.name: f.type for f in fields(Settings)}
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = environ.get(setting.env)
        if raw is None:
            continue
        kind = {"int": int, "float": float}.get(str(types[setting.name]), str)
        try:
            values[setting.name] = kind(raw)
        except ValueError:
            raise UsageError(f"{setting.env}={raw!r} is not a valid {kind.__name__}.") from None
    settings = Settings(**values).with_overrides(**overrides)
    if not settings.base_iri.endswith("/"):
        raise UsageError(f"The base IRI {settings.base_iri!r} must end with '/'.")
    return settings
