"""Settings: one typed table (name, default, help, flags), read from ``KG_*`` variables or
command-line flags.

The table is the one place a setting is declared: the ``Settings`` class, the CLI's options
(kg.cli makes each command's options from it), ``kg serve --help`` and the README's table are
all derived from it. Nothing is read at import: call :func:`load_settings` where the settings
are needed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, make_dataclass, replace
from typing import Any

from kg.errors import UsageError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    # the command-line flags; None: --the-name; (): none, the environment only (a secret)
    flags: tuple[str, ...] | None = None

    @property
    def env(self) -> str:
        return "KG_" + self.name.upper()

    @property
    def options(self) -> tuple[str, ...]:
        """The flags that set it on the command line (none for a secret)."""
        if self.flags is None:
            return ("--" + self.name.replace("_", "-"),)
        return self.flags


# below this a query worker cannot even open the store (its threads' stacks count too)
MIN_QUERY_MEMORY_MB = 200

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "base_iri",
        "https://w3id.org/kg-news/",
        "Base of every IRI kg mints (things under id/, graphs under graph/).",
    ),
    Setting(
        "store",
        "kg-store",
        "Directory of the on-disk Oxigraph store, or the URL of a SPARQL server.",
        ("--store", "-s"),
    ),
    Setting("host", "127.0.0.1", "Address the server listens on."),
    Setting("port", 8000, "Port the server listens on."),
    Setting(
        "query_timeout_s",
        30.0,
        "Longest a query may run, in seconds (clients may ask for less).",
        ("--query-timeout", "--timeout"),
    ),
    Setting("max_rows", 10_000, "Most rows a SELECT returns before it is cut and flagged."),
    Setting("max_query_bytes", 100_000, "Longest query or update text accepted, in bytes."),
    Setting("max_upload_bytes", 50_000_000, "Largest graph-store upload accepted, in bytes."),
    Setting("max_input_bytes", 5_000_000, "Largest input file or JSON line accepted, in bytes."),
    Setting(
        "curation",
        "",
        "Curation table (TSV) every build and extract applies: aliases, merges and splits of "
        "actors, suppressed facts (see Curation below); empty: none.",
    ),
    Setting(
        "article_timeout_s",
        60.0,
        "Longest one article may take to parse, extract and validate, in seconds; past it "
        "the article is rejected and the work on it stopped (0: no limit).",
        ("--article-timeout",),
    ),
    Setting(
        "batch_size",
        8,
        "Articles sent to a worker at once; a build holds at most two batches per worker "
        "in flight.",
    ),
    Setting(
        "parse_together_chars",
        40_000,
        "Short articles of a batch are parsed together (as spaCy's nlp.pipe does: about 8% "
        "less work) while their texts add up to at most this many characters, within one "
        "article's time budget for the group; a longer article is parsed alone (0: each "
        "alone).",
    ),
    Setting(
        "bulk_batch_mb",
        16.0,
        "Megabytes of new article graphs (as N-Triples) a first build gathers before it "
        "writes them with Oxigraph's bulk loader (0: no bulk loader, each graph written on "
        "its own).",
    ),
    Setting(
        "workers",
        0,
        "Processes that parse, extract and validate during a build (0: one per core, fewer "
        "for small builds; 1: none, all in kg's own process). With --dask local, the "
        "LocalCluster's worker processes (0: one per core).",
        ("--workers", "-j"),
    ),
    Setting(
        "dask",
        "",
        "Dask scheduler address for a build's extraction ('local': a LocalCluster here); "
        "empty: kg's own worker processes.",
    ),
    Setting(
        "query_workers",
        0,
        "Queries that run at once, each in a killable process (0: one per core the machine, "
        "or its container's CPU quota, allows).",
    ),
    Setting(
        "max_waiting_queries", 16, "Queries that may wait for a worker; past that, 503 at once."
    ),
    Setting(
        "client_query_slots",
        0,
        "Queries one client may run at once (0: half the query workers, at least one); "
        "past that its queries wait, at most half the waiting places, then 503.",
    ),
    Setting(
        "trusted_proxies",
        "",
        "Addresses or networks (CIDR) of reverse proxies, comma-separated, whose "
        "X-Forwarded-For names the client; empty: the peer address is the client.",
    ),
    Setting(
        "query_memory_mb",
        0,
        "Memory a query worker may use, in MB; past it the query gets 503 and the worker is "
        "replaced (0: half the memory the machine, or its container's limit, allows, shared "
        f"among the query workers; at least {MIN_QUERY_MEMORY_MB}, the least a worker can "
        "start with).",
        ("--query-memory",),
    ),
    Setting(
        "cors_origins",
        "",
        "Origins allowed to query from a browser, comma-separated ('*': any); "
        "never with credentials.",
    ),
    Setting(
        "admin_token",
        "",
        "Bearer token that allows updates and graph-store writes; unset: every write is refused.",
        (),  # never a flag: the command line of a process is visible to every user
    ),
    Setting(
        "test_unguard",
        "",
        "Testing and diagnosis only, never in service: guards to turn off, comma-separated "
        "(refusal: SERVICE and LOAD are not refused; sandbox: query workers and updates run "
        "without the seccomp sandbox), so a test can show that the other guard holds alone.",
        (),
    ),
    Setting(
        "cache_dir",
        "",
        "Directory where kg keeps tables it derives from installed packages (the city table), "
        "so that a worker starts faster; empty: $XDG_CACHE_HOME/kg or ~/.cache/kg; 'none': "
        "keep none.",
        (),
    ),
    Setting(
        "resources",
        "",
        "Directory holding ontology/ and shapes/; empty: the source checkout kg runs from "
        "(an installed kg needs it, as docker/Dockerfile sets it).",
        (),
    ),
)


def _masked_repr(settings) -> str:
    # never print the admin token
    shown = {s.name: getattr(settings, s.name) for s in SETTINGS}
    if shown["admin_token"]:
        shown["admin_token"] = "***"
    return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"


def _settings_class():
    # The dataclass is derived from the table, so a setting is declared in one place.
    return make_dataclass(
        "Settings",
        [(s.name, type(s.default), field(default=s.default)) for s in SETTINGS],
        frozen=True,
        namespace={
            "with_overrides": lambda self, **values: replace(
                self, **{k: v for k, v in values.items() if v is not None}
            ),
            "__repr__": _masked_repr,
        },
    )


Settings = _settings_class()


def load_settings(environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Defaults, then ``KG_*`` variables, then explicit overrides (CLI flags)."""
    environ = os.environ if environ is None else environ
    types = {f.name: f.type for f in fields(Settings)}
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = environ.get(setting.env)
        if raw is None:
            continue
        kind = types[setting.name]
        try:
            values[setting.name] = kind(raw)
        except ValueError:
            raise UsageError(f"{setting.env}={raw!r} is not a valid {kind.__name__}.") from None
    settings = Settings(**values).with_overrides(**overrides)
    if not settings.base_iri.endswith("/"):
        raise UsageError(f"The base IRI {settings.base_iri!r} must end with '/'.")
    if settings.query_memory_mb != 0 and settings.query_memory_mb < MIN_QUERY_MEMORY_MB:
        raise UsageError(
            f"A query memory of {settings.query_memory_mb} MB is too little: a query worker "
            f"needs at least {MIN_QUERY_MEMORY_MB} MB (0: sized to the machine)."
        )
    return settings


SETTING: dict[str, Setting] = {s.name: s for s in SETTINGS}


def settings_table() -> str:
    """The settings as a Markdown table (the README holds a copy; a test keeps them equal)."""
    rows = ["| variable | flag | default | meaning |", "|---|---|---|---|"]
    rows += [
        f"| `{s.env}` | {' '.join(f'`{f}`' for f in s.options) or '(none)'} "
        f"| `{s.default!r}` | {s.help} |"
        for s in SETTINGS
    ]
    return "\n".join(rows)
