"""kg's command line: thin commands over kg's functions.

Exit codes: 0 every input stored (or the command succeeded), 1 some input rejected,
2 a usage error or a fatal one. Standard output carries only the requested output;
progress, tables and messages go to standard error.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg import __version__
from kg.config import SETTINGS, load_settings
from kg.errors import KGError, UsageError

app = typer.Typer(
    help="Build a knowledge graph of statements, deployments and meetings from news; "
    "serve it over SPARQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

StoreOption = Annotated[
    str, typer.Option("--store", "-s", help="Store directory.", envvar="KG_STORE")
]
CurationOption = Annotated[
    str | None,
    typer.Option(
        "--curation",
        help="Curation table (TSV) to apply: aliases, merges, splits, suppressed facts.",
        envvar="KG_CURATION",
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-j",
        help="Processes that parse, extract and validate (0: one per core; 1: none).",
        envvar="KG_WORKERS",
    ),
]
# the query limits, the same for `kg query` and `kg serve`
TimeoutOption = Annotated[
    float | None,
    typer.Option(
        "--query-timeout",
        "--timeout",
        help="Longest a query may run, in seconds (env KG_QUERY_TIMEOUT_S; default 30).",
    ),
]
MaxRowsOption = Annotated[
    int | None,
    typer.Option(
        help="Most rows a SELECT returns, flagged when cut (env KG_MAX_ROWS; default 10000)."
    ),
]
MemoryOption = Annotated[
    int | None,
    typer.Option(
        "--query-memory",
        help="Memory a query worker may use, in MB (env KG_QUERY_MEMORY_MB; 0: sized to the "
        "machine).",
    ),
]
Paths = Annotated[list[str], typer.Argument(help="Files or folders of .txt, .html, .htm, .jsonl.")]


def _err():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@app.command()
def build(
    paths: Paths,
    store: StoreOption = "kg-store",
    base_iri: Annotated[
        str | None, typer.Option(help="Base IRI of minted IRIs.", envvar="KG_BASE_IRI")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
    workers: WorkersOption = None,
    curation: CurationOption = None,
    prune: Annotated[
        bool,
        typer.Option("--prune", help="Drop the stored articles that are not among these inputs."),
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Extract on a dask.distributed cluster: its scheduler address, or 'local'.",
            envvar="KG_DASK",
        ),
    ] = None,
):
    """Build or update the store from articles: extract, validate, store one graph per article."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from kg.pipeline import build as run_build

    settings = load_settings(
        base_iri=base_iri, store=store, workers=workers, dask=dask, curation=curation
    )
    console = _err()
    with Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=quiet,
        transient=True,
    ) as progress:
        task = progress.add_task("extract", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        report = run_build(paths, store, settings, progress=advance, prune=prune)
    for row in report.inputs:
        if row.status in ("rejected", "pruned"):
            print(row.line(), file=sys.stderr)
    if not quiet:
        counts = report.as_dict()["counts"]
        columns = ["read", "stored", "unchanged", "duplicate", "rejected", "facts"]
        if prune:
            columns.insert(5, "pruned")
        table = Table(title=f"kg build → {store}")
        for name in columns:
            table.add_column(name, justify="right")
        table.add_row(*(str(counts[n]) for n in columns))
        console.print(table)
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def extract(
    paths: Paths,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per article (the eval schema).")
    ] = False,
    workers: WorkersOption = None,
    curation: CurationOption = None,
):
    """Extract facts without storing them: JSON lines on standard output, in input order."""
    from kg.curation import load_curation
    from kg.pipeline import extract_rows, read_articles

    settings = load_settings(workers=workers, curation=curation)
    load_curation(settings.curation, settings.base_iri)  # a bad table stops us before the work
    articles, results = read_articles(paths, settings)
    for row in results:
        if row.status == "rejected":
            print(row.line(), file=sys.stderr)
    # an input with the same text as another is one article, but still one line of its own
    copies: dict[str, list[str]] = {}
    for row in results:
        if row.status == "duplicate":
            copies.setdefault(row.article, []).append(row.name)
    for article, row in zip(articles, extract_rows(articles, settings), strict=True):
        for name in [row["id"], *copies.get(article.id, [])]:
            row = {**row, "id": name}
            if as_json:
                print(json.dumps(row, ensure_ascii=False), flush=False)
            else:
                print(
                    f"{row['id']}\t{len(row['actors'])} actors\t{len(row['statements'])} "
                    f"statements\t{len(row['deployments'])} deployments\t"
                    f"{len(row['meetings'])} meetings"
                )
    raise typer.Exit(1 if any(r.status == "rejected" for r in results) else 0)


@app.command()
def query(
    text: Annotated[str | None, typer.Argument(help="The SPARQL query.")] = None,
    store: StoreOption = "kg-store",
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Read the query from a file.")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="table, json, csv, tsv (SELECT/ASK); turtle, ntriples, jsonld (CONSTRUCT).",
        ),
    ] = "table",
    timeout: TimeoutOption = None,
    max_rows: MaxRowsOption = None,
    memory: MemoryOption = None,
):
    """Run a SPARQL query on the store (default graph = union of the article graphs), with
    the server's time budget and row cap."""
    from kg.server.workers import query_memory_mb, run_once
    from kg.sparql import FORMAT_NAMES
    from kg.store import is_remote, open_store

    if (text is None) == (file is None):
        raise UsageError("Give the query as an argument or with --file, not both.")
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"{file}: cannot be read ({error}).") from None
    if fmt != "table" and fmt not in FORMAT_NAMES:
        raise UsageError(f"Unknown format {fmt!r}: use table or one of {', '.join(FORMAT_NAMES)}.")
    settings = load_settings(query_timeout_s=timeout, max_rows=max_rows, query_memory_mb=memory)
    kg_store = open_store(store, read_only=True)  # a sentence if it is not a store
    accept = (
        "application/sparql-results+json, text/turtle;q=0.9"
        if fmt == "table"
        else FORMAT_NAMES[fmt]
    )
    if is_remote(store):  # the server answers, with its own limits
        media_type, body = kg_store.forward(text, accept)
        if fmt == "table" and "json" in media_type:
            _print_table(json.loads(body))
        else:
            sys.stdout.buffer.write(body)
        return
    job = {
        "snapshot": str(Path(store).resolve()),
        "query": text,
        "accept": accept,
        "default_graph_uris": [],
        "named_graph_uris": [],
        "max_rows": settings.max_rows,
        "base_iri": None,
    }
    workers = settings.query_workers or os.cpu_count() or 1  # the server's share of memory
    result = run_once(
        job, settings.query_timeout_s, query_memory_mb(settings.query_memory_mb, workers)
    )
    if result.truncated:
        print(f"kg: the result was cut at {result.rows:,} rows (--max-rows).", file=sys.stderr)
    if fmt == "table" and result.kind != "graph":
        _print_table(json.loads(result.body))
    else:
        sys.stdout.buffer.write(result.body)


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


@app.command()
def export(
    store: StoreOption = "kg-store",
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
    kg_store = open_store(store, read_only=True)
    if output is None:
        kg_store.export(sys.stdout.buffer, fmt)
    else:
        with open(output, "wb") as handle:
            kg_store.export(handle, fmt)


@app.command()
def load(
    file: Annotated[Path, typer.Argument(help="A TriG or N-Quads export (kg export).")],
    store: StoreOption = "kg-store",
):
    """Restore an export into an empty store, graph for graph."""
    from kg.store import load_dump

    count = load_dump(store, file)
    _err().print(f"loaded {count:,} quads into {store}")


def _settings_epilog() -> str:
    rows = [f"{s.env} (default {s.default!r}): {s.help}" for s in SETTINGS]
    return "Settings (environment variables; flags override them):\n\n" + "\n\n".join(rows)


@app.command(epilog=_settings_epilog())
def serve(
    store: StoreOption = "kg-store",
    host: Annotated[
        str, typer.Option(help="Address to listen on.", envvar="KG_HOST")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", envvar="KG_PORT")] = 8000,
    query_timeout: TimeoutOption = None,
    max_rows: MaxRowsOption = None,
    query_memory: MemoryOption = None,
    query_workers: Annotated[
        int | None,
        typer.Option(help="Queries run at once (env KG_QUERY_WORKERS; 0: one per core)."),
    ] = None,
):
    """Serve the store: SPARQL at /sparql, updates at /update (admin), graphs at /graph.

    Every setting can also come from its environment variable (see the README's table);
    updates and graph writes need KG_ADMIN_TOKEN set and sent as a bearer token.
    """
    import logging

    import uvicorn

    from kg.server import create_app

    settings = load_settings(
        host=host,
        port=port,
        store=store,
        query_timeout_s=query_timeout,
        max_rows=max_rows,
        query_memory_mb=query_memory,
        query_workers=query_workers,
    )
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    application = create_app(store, settings)
    _err().print(f"kg {__version__} serving {store} at http://{host}:{port}/sparql")
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


@app.command()
def stats(store: StoreOption = "kg-store"):
    """Counts: articles, facts per class, actors, rejected inputs (JSON)."""
    from kg.ids import Iris
    from kg.store import open_store

    settings = load_settings()
    print(json.dumps(open_store(store, read_only=True).stats(Iris(settings.base_iri)), indent=2))


@app.command()
def report(store: StoreOption = "kg-store"):
    """Print the last build report (JSON)."""
    from kg.store import load_report

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
    from kg.extract import REGISTRY

    print(__version__)
    print(EXTRACTOR_VERSION, *REGISTRY, sep="\n")


def main(argv: list[str] | None = None) -> int:
    try:
        # with standalone_mode=False, click returns an Exit's code instead of raising it
        code = app(args=argv, standalone_mode=False)
    except KGError as error:
        print(f"kg: {error}", file=sys.stderr)
        return error.exit_code
    except typer.Exit as done:
        return done.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted.", file=sys.stderr)
        return 130
    except Exception as error:  # click's usage errors
        import click

        if isinstance(error, click.ClickException):
            error.show()
            return 2
        raise
    return code if isinstance(code, int) else 0


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
