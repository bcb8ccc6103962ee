"""kg's command line: thin commands over kg's functions.

Exit codes: 0 every input stored (or the command succeeded), 1 some input rejected,
2 a usage error or a fatal one. Standard output carries only the requested output;
progress, tables and messages go to standard error.
"""

from __future__ import annotations

import inspect
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, get_type_hints

import typer

from kg import __version__
from kg.config import SETTING, SETTINGS, load_settings
from kg.errors import KGError, UsageError

app = typer.Typer(
    help="Build a knowledge graph of statements, deployments and meetings from news; "
    "serve it over SPARQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Paths = Annotated[list[str], typer.Argument(help="Files or folders of .txt, .html, .htm, .jsonl.")]


# ---------------------------------------------------------------- options from the settings
def setting_option(name: str) -> Any:
    """The typer option of a setting, from kg.config's table: its flags, its help, its
    variable and its default. The option's own default is None (not given): load_settings
    then takes the variable, else the default, so the environment is read in one place."""
    setting = SETTING[name]
    shown = setting.default if setting.default != "" else "none"
    return Annotated[
        type(setting.default) | None,
        typer.Option(
            *setting.options,
            help=f"{setting.help} (env {setting.env}; default {shown})",
            show_default=False,
        ),
    ]


def command(*names: str, **options):
    """``app.command(**options)`` for a function that takes ``settings``: the command gets
    one option per named setting (see :func:`setting_option`), and the function the
    Settings they make (defaults, then ``KG_*`` variables, then the flags given)."""

    def decorate(function):
        hints = get_type_hints(function, include_extras=True)
        own = [
            parameter.replace(annotation=hints[parameter.name])
            for parameter in inspect.signature(function).parameters.values()
            if parameter.name != "settings"
        ]
        added = [
            inspect.Parameter(
                name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=setting_option(name)
            )
            for name in names
        ]

        def run(**values):
            flags = {name: values.pop(name) for name in names}
            return function(**values, settings=load_settings(**flags))

        for attribute in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(run, attribute, getattr(function, attribute))
        run.__signature__ = inspect.Signature([*own, *added])
        run.__annotations__ = {p.name: p.annotation for p in run.__signature__.parameters.values()}
        app.command(**options)(run)
        return function

    return decorate


def _err():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


# ---------------------------------------------------------------- commands
@command(
    "store",
    "base_iri",
    "workers",
    "curation",
    "dask",
    "batch_size",
    "parse_together_chars",
    "bulk_batch_mb",
    "max_input_bytes",
    "article_timeout_s",
)
def build(
    paths: Paths,
    settings,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
    prune: Annotated[
        bool,
        typer.Option("--prune", help="Drop the stored articles that are not among these inputs."),
    ] = False,
):
    """Build or update the store from articles: extract, validate, store one graph per article."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg.pipeline import build as run_build

    console = _err()
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=quiet,
        transient=True,
    ) as progress:
        # until the first article is done, the time goes on reading and on the model's loading
        task = progress.add_task("reading the inputs, loading the language model", total=None)

        def advance(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total, description="extracting")

        def tell(row) -> None:
            # one line each, as it is known, above the progress bar: never wrapped or styled
            if row.status in ("rejected", "pruned"):
                line = row.line()
                console.print(line, markup=False, highlight=False, emoji=False, soft_wrap=True)

        report = run_build(
            paths, settings.store, settings, progress=advance, prune=prune, on_result=tell
        )
    if not quiet:
        console.print(_summary(report.as_dict()["counts"], settings.store, prune))
    raise typer.Exit(0 if report.ok else 1)


def _summary(counts: dict, store: str, prune: bool):
    """The build's counts as a table; facts are those of the articles extracted now, so
    unchanged articles (not extracted again, their facts kept) are said, not counted as 0."""
    from rich.table import Table

    columns = ["read", "stored", "unchanged", "duplicate", "rejected"]
    columns += ["pruned"] if prune else []
    extracted = counts["stored"] + counts["rejected"]
    caption = None
    if counts["unchanged"] and not extracted:
        caption = f"all {counts['unchanged']} articles unchanged: nothing extracted again"
    elif counts["unchanged"]:
        caption = f"facts of the {counts['stored']} stored now; the unchanged keep theirs"
    table = Table(title=f"kg build → {store}", caption=caption)
    for name in [*columns, "facts"]:
        table.add_column(name, justify="right")
    facts = str(counts["facts"]) if extracted else "-"
    table.add_row(*(str(counts[n]) for n in columns), facts)
    return table


@command(
    "base_iri",
    "workers",
    "curation",
    "batch_size",
    "parse_together_chars",
    "max_input_bytes",
    "article_timeout_s",
)
def extract(
    paths: Paths,
    settings,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per article (the eval schema).")
    ] = False,
):
    """Extract facts without storing them: JSON lines on standard output, in input order;
    every input is extracted, duplicates too, and each rejection is one line on stderr."""
    from kg.curation import load_curation
    from kg.ingest import iter_inputs
    from kg.kinds import registry
    from kg.pipeline import extract_rows

    load_curation(settings.curation, settings.base_iri)  # a bad table stops us before the work
    rejected = []

    def tell(item) -> None:
        rejected.append(True)
        print(item, file=sys.stderr, flush=True)

    items = iter_inputs(paths, settings.max_input_bytes)
    for row in extract_rows(items, settings, on_rejected=tell):
        if as_json:
            print(json.dumps(row, ensure_ascii=False), flush=False)
        else:
            counts = [f"{len(row['actors'])} actors"]
            counts += [f"{len(row[kind.field])} {kind.field}" for kind in registry]
            print("\t".join([row["id"], *counts]))
    raise typer.Exit(1 if rejected else 0)


QUERY_KINDS = {"ask": "an ASK query", "select": "a SELECT query", "graph": "a CONSTRUCT query"}


@command("store", "query_timeout_s", "max_rows", "query_memory_mb")
def query(
    settings,
    text: Annotated[str | None, typer.Argument(help="The SPARQL query.")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Read the query from a file.")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="table, json, xml, csv, tsv (SELECT); table, json, xml (ASK); "
            "turtle, ntriples, nquads, trig, jsonld, rdfxml, json, xml (CONSTRUCT, DESCRIBE).",
        ),
    ] = "table",
):
    """Run a SPARQL query on the store, with the server's time budget and row cap.

    The default graph is the union of the store's graphs, as on the server.
    """
    from kg.formats import FORMAT_NAMES, SHOWN_NAMES
    from kg.machine import usable_cores
    from kg.server.workers import guards_off, query_memory_mb, run_once
    from kg.store import is_remote, open_store

    store = settings.store
    if (text is None) == (file is None):
        raise UsageError("Give the query as an argument or with --file, not both.")
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"{file}: cannot be read ({error}).") from None
    if fmt != "table" and fmt not in FORMAT_NAMES:
        raise UsageError(f"Unknown format {fmt!r}: use table or one of {', '.join(SHOWN_NAMES)}.")
    kg_store = open_store(store, read_only=True)  # a sentence if it is not a store
    # a format the query's kind lacks falls back to JSON or Turtle, to say which it has
    fallback = "application/sparql-results+json;q=0.2, text/turtle;q=0.1"
    accept = fallback if fmt == "table" else f"{', '.join(FORMAT_NAMES[fmt])}, {fallback}"
    if is_remote(store):  # the server answers, with its own row cap
        from kg import sparql

        sparql.inspect(text)  # SERVICE refused here too, whatever the store server would do
        media_type, body = kg_store.forward(text, accept, timeout=settings.query_timeout_s)
        kind = _kind_of(media_type, body)
    else:
        job = {
            "snapshot": str(Path(store).resolve()),
            "query": text,
            "accept": accept,
            "default_graph_uris": [],
            "named_graph_uris": [],
            "max_rows": settings.max_rows,
            "base_iri": None,
        }
        workers = settings.query_workers or usable_cores()  # the server's share of memory
        memory_mb = query_memory_mb(settings.query_memory_mb, workers)
        off = guards_off(settings.test_unguard)  # testing only
        result = run_once(job, settings.query_timeout_s, memory_mb, off)
        media_type, body, kind = result.media_type, result.body, result.kind
    if fmt != "table" and media_type.split(";")[0].strip() not in FORMAT_NAMES[fmt]:
        raise UsageError(f"{QUERY_KINDS[kind]} answers in {', '.join(_formats(kind))}; not {fmt}.")
    if not is_remote(store) and result.truncated:
        print(f"kg: the result was cut at {result.rows:,} rows (--max-rows).", file=sys.stderr)
    if fmt == "table" and kind != "graph":
        _print_table(json.loads(body))
    else:
        sys.stdout.buffer.write(body)


def _kind_of(media_type: str, body: bytes) -> str:
    """ask, select or graph, for a remote server's answer (JSON or Turtle, as asked)."""
    from kg.formats import BY_MEDIA, GRAPH

    entry = BY_MEDIA.get(media_type.split(";")[0].strip())
    if entry is not None and GRAPH in entry.kinds:
        return "graph"
    if "json" in media_type and "boolean" in json.loads(body):
        return "ask"
    return "select"


def _formats(kind: str) -> list[str]:
    """The --format names a query of this kind answers in."""
    from kg.formats import BOOLEAN, BY_MEDIA, FORMAT_NAMES, GRAPH, RESULTS, SHOWN_NAMES

    wanted = {"ask": BOOLEAN, "select": RESULTS, "graph": GRAPH}[kind]
    names = [
        name for name in SHOWN_NAMES if any(wanted in BY_MEDIA[t].kinds for t in FORMAT_NAMES[name])
    ]
    return names if kind == "graph" else ["table", *names]


def _print_table(data: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, soft_wrap=True)
    if "boolean" in data:
        console.print("true" if data["boolean"] else "false")
        return
    columns = data["head"]["vars"]
    table = Table(*columns)
    for binding in data["results"]["bindings"]:
        table.add_row(*(binding.get(c, {}).get("value", "") for c in columns))
    console.print(table)


@command("store")
def export(
    settings,
    fmt: Annotated[
        str, typer.Option("--format", help="turtle, nquads, trig, jsonld, ntriples.")
    ] = "nquads",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write (default: standard output)."),
    ] = None,
):
    """Export the whole store (Turtle: the union as triples; TriG, N-Quads: with graphs)."""
    from kg.store import EXPORT_FORMATS, open_store

    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"Unknown format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}.")
    kg_store = open_store(settings.store, read_only=True)
    if output is None:
        kg_store.export(sys.stdout.buffer, fmt)
    else:
        with open(output, "wb") as handle:
            kg_store.export(handle, fmt)


@command("store")
def load(
    file: Annotated[Path, typer.Argument(help="A TriG or N-Quads export (kg export).")],
    settings,
):
    """Restore an export into an empty store, graph for graph."""
    from kg.store import load_dump

    count = load_dump(settings.store, file)
    _err().print(f"loaded {count:,} quads into {settings.store}")


SERVE_SETTINGS = (
    "store",
    "host",
    "port",
    "base_iri",
    "query_timeout_s",
    "max_rows",
    "max_query_bytes",
    "max_upload_bytes",
    "query_workers",
    "max_waiting_queries",
    "client_query_slots",
    "trusted_proxies",
    "query_memory_mb",
    "cors_origins",
)


def _other_settings(names: tuple[str, ...]) -> str:
    """The settings a command has no flag for, as help text: so that its --help, with its
    options, lists every setting."""
    rows = [f"{s.env} (default {s.default!r}): {s.help}" for s in SETTINGS if s.name not in names]
    return "Also from the environment (a flag, where there is one, overrides it):\n\n" + (
        "\n\n".join(rows)
    )


@command(*SERVE_SETTINGS, epilog=_other_settings(SERVE_SETTINGS))
def serve(settings):
    """Serve the store: SPARQL at /sparql, updates at /update (admin), graphs at /graph.

    Updates and graph writes need KG_ADMIN_TOKEN set, and sent as a bearer token.
    """
    import logging

    import uvicorn

    from kg.server import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    application = create_app(settings.store, settings)
    host, port = settings.host, settings.port
    _err().print(f"kg {__version__} serving {settings.store} at http://{host}:{port}/sparql")
    # headers past 64 KiB close the connection at the parser; past 16 KiB the app answers 431
    uvicorn.run(
        application,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        h11_max_incomplete_event_size=64 * 1024,
        # uvicorn would believe X-Forwarded-For from loopback peers; kg reads it only from
        # KG_TRUSTED_PROXIES (kg.server.clients)
        proxy_headers=False,
    )


@command("store", "base_iri")
def stats(settings):
    """Counts: articles, facts per class, actors, rejected inputs (JSON)."""
    from kg.ids import Iris
    from kg.store import open_store

    store = open_store(settings.store, read_only=True)
    print(json.dumps(store.stats(Iris(settings.base_iri)), indent=2))


@command("store")
def report(settings):
    """Print the last build report (JSON)."""
    from kg.store import load_report

    store = settings.store
    data = load_report(store)
    if data is None:
        raise UsageError(f"{store} holds no build report; run: kg build PATH --store {store}")
    if "restored" in data:
        restored = data["restored"]
        _err().print(
            f"kg: {store} was restored from {restored['from']} at {restored['at']} "
            f"({restored['quads']:,} quads); no build has run on it since."
        )
    print(json.dumps(data, indent=2, ensure_ascii=False))


@app.command()
def version():
    """Print kg's version, then the extractors' (what a stored article records)."""
    from kg import EXTRACTOR_VERSION
    from kg.extract import extractors

    print(__version__)
    print(EXTRACTOR_VERSION, *extractors(), sep="\n")


# ---------------------------------------------------------------- the one way out
def main(argv: list[str] | None = None) -> int:
    """Run kg; its exit code. Every error is one sentence on stderr, ``kg: ...``."""
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        # with standalone_mode=False, typer returns an Exit's code instead of raising it,
        # and raises its usage errors (typer.TyperException: typer has its own click)
        code = app(args=args or ["--help"], prog_name="kg", standalone_mode=False)
    except KGError as error:
        print(f"kg: {error}", file=sys.stderr)
        return error.exit_code
    except typer.Exit as done:
        return done.exit_code
    except typer.TyperException as error:  # an unknown command or option, a missing argument
        print(f"kg: {_usage_sentence(error)}", file=sys.stderr)
        return 2
    except (KeyboardInterrupt, typer.Abort):
        print("kg: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of standard output went away (| head): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return 0
    if code == 130:  # typer turns Ctrl-C into Exit(130)
        print("kg: interrupted.", file=sys.stderr)
    return code if isinstance(code, int) else 0


def _usage_sentence(error: typer.TyperException) -> str:
    """Click's message as one line, with where to read the usage."""
    message = " ".join(error.format_message().split()).rstrip(".")
    context = getattr(error, "ctx", None)
    where = context.command_path if context is not None else "kg"
    return f"{message} (see: {where} --help)."


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
