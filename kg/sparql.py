"""Run one SPARQL query or update against the store, safely, and serialise the result.

The CLI, the endpoint's query workers and the benchmarks call :func:`run_query`, so they all
answer the same way. Before anything is evaluated, :func:`inspect` reads the request with
kg.sparql_lexer (the grammar's terminals, every way Oxigraph may read them): ``SERVICE`` and
(in updates) ``LOAD`` are refused, since Oxigraph would follow them to any address, a request
that cannot be lexed is refused, and the dataset clauses (``FROM``,
``FROM NAMED``) are taken out of the text and passed to Oxigraph as graph names, so no
dataset IRI is ever fetched or read: a graph that is not in the store is an empty graph.
Under a row cap a SELECT runs with the cap pushed into it, and Oxigraph writes the body
(kg.row_cap).
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import row_cap
from kg import sparql_lexer as lexer
from kg.errors import QueryError, QueryRefused
from kg.formats import BOOLEAN, GRAPH, RESULTS, negotiate

_log = logging.getLogger("kg.sparql")
PREFIXES = {"kg": "https://w3id.org/kg-news/ontology#"}


@dataclass(frozen=True)
class QueryResult:
    media_type: str
    body: bytes
    kind: str  # select | ask | graph
    truncated: bool = False
    rows: int = 0


# ---------------------------------------------------------------- reading the request
@dataclass
class Inspection:
    """What the lexer found in a query or update."""

    text: str  # the request with its dataset clauses taken out
    from_graphs: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)
    has_using_or_with: bool = False
    where_positions: list[int] = field(default_factory=list)  # top-level WHERE of updates
    shape: row_cap.Shape = row_cap.UNKNOWN  # a query's form and top-level LIMIT


def inspect(text: str, *, update: bool = False, refuse: bool = True) -> Inspection:
    """Refuse what would reach out, and take the dataset clauses out of the text.

    ``refuse=False`` skips the refusal of SERVICE and LOAD: only for the test that shows the
    query sandbox holds on its own (see kg.server.sandbox)."""
    try:
        reading = lexer.read(text)
    except lexer.Unreadable as error:
        raise QueryError(
            f"The request cannot be read as SPARQL (unexpected {error}); kg refuses "
            "what it cannot read."
        ) from None
    if refuse:
        _refuse_reaching_out(reading.names, update)
    tokens = reading.tokens
    prefixes: dict[str, str] = {}
    result = Inspection(text=text, shape=row_cap.shape_of(tokens))
    cut: list[tuple[int, int]] = []
    depth = 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.text == "{" and token.kind == "punct":
            depth += 1
        elif token.text == "}" and token.kind == "punct":
            depth -= 1
        elif token.kind == "word":
            word = token.text.upper()
            following = tokens[i + 1 : i + 3]
            if word == "PREFIX" and [t.kind for t in following] == ["pname", "iri"]:
                prefixes[following[0].prefix or ""] = _iri_of(following[1], {})
            if word in ("USING", "WITH") and update:
                result.has_using_or_with = True
            if word == "WHERE" and update and depth == 0:
                result.where_positions.append(token.start)
            if word == "FROM" and not update:
                named = bool(following) and following[0].text.upper() == "NAMED"
                target = following[1] if named and len(following) > 1 else None
                target = following[0] if not named and following else target
                iri = _iri_of(target, prefixes) if target is not None else None
                if iri is None:
                    raise QueryError("FROM must be followed by an IRI.")
                (result.from_named if named else result.from_graphs).append(iri)
                cut.append((token.start, target.end))
                i += 3 if named else 2
                continue
        i += 1
    for start, end in reversed(cut):
        result.text = result.text[:start] + " " + result.text[end:]
    return result


def _refuse_reaching_out(names: set[str], update: bool) -> None:
    """SERVICE (and, in updates, LOAD) anywhere Oxigraph could read it as a keyword."""
    for word in ("SERVICE", "LOAD") if update else ("SERVICE",):
        if any(word.lower() in name for name in names):
            raise QueryError(f"{word} is not allowed here: kg never fetches data from elsewhere.")


def _iri_of(token: lexer.Token, prefixes: dict[str, str]) -> str | None:
    if token.kind == "iri":
        return lexer.unescape_iri(token.text[1:-1])
    if token.kind == "pname" and (token.prefix or "") in prefixes:
        return prefixes[token.prefix or ""] + lexer.unescape_local(token.local or "")
    return None


# ---------------------------------------------------------------- running queries
def run_query(
    store,
    query: str,
    accept: str | None = None,
    *,
    format_names: list[str] | tuple[str, ...] = (),
    default_graph_uris: list[str] | None = None,
    named_graph_uris: list[str] | None = None,
    max_rows: int | None = None,
    base_iri: str | None = None,
    refuse: bool = True,
) -> QueryResult:
    """Evaluate a query string on Oxigraph's engine. With no dataset named (by the protocol
    or by FROM), the default graph is the union of the named graphs. An evaluation error is
    one fixed sentence: the engine's text can carry a remote reply (see :func:`inspect`
    for ``refuse``)."""
    oxstore = getattr(store, "ox", store)
    found = inspect(query, refuse=refuse)
    defaults = default_graph_uris or None
    named = named_graph_uris or None
    if defaults is None and named is None and (found.from_graphs or found.from_named):
        defaults, named = found.from_graphs, found.from_named
    options: dict = {"base_iri": base_iri}
    if defaults is None and named is None:
        options["use_default_graph_as_union"] = True
    else:
        options["default_graph"] = [ox.NamedNode(_checked_iri(g)) for g in defaults or []]
        options["named_graphs"] = [ox.NamedNode(_checked_iri(g)) for g in named or []]
    if max_rows is not None:
        return _run_capped(oxstore, query, found, options, accept, max_rows, format_names)
    return serialise(_evaluate(oxstore, query, found.text, options), accept, None, format_names)


def _evaluate(oxstore, query: str, text: str, options: dict):
    """``text`` (the query as sent, ``query``, made ready) evaluated, or the one sentence
    that says why not."""
    try:
        return oxstore.query(text, **options)
    except SyntaxError as error:
        if _looks_like_update(query):
            raise QueryRefused(
                "This endpoint is read-only: send SPARQL updates to /update."
            ) from None
        raise QueryError(syntax_message(query, error)) from None
    except (OSError, RuntimeError) as error:
        raise _not_evaluated(error) from error


def _not_evaluated(error: Exception) -> QueryError:
    _log.warning("query evaluation failed: %r", _one_line(error))
    return QueryError("The query could not be evaluated.")  # the detail: the log


def _run_capped(
    oxstore, query: str, found: Inspection, options: dict, accept, max_rows: int, format_names
) -> QueryResult:
    """A query under the row cap: a SELECT with the cap pushed into it (kg.row_cap), so that
    Oxigraph writes the body, cut and flagged here only past the cap."""
    result = None
    if found.shape.form == "SELECT":
        try:
            result = oxstore.query(row_cap.capped_text(found.text, max_rows), **options)
        except SyntaxError:  # its own LIMIT, a trailing VALUES block, or not SPARQL
            result = None
        except (OSError, RuntimeError) as error:
            raise _not_evaluated(error) from error
    if not isinstance(result, ox.QuerySolutions):
        result = _evaluate(oxstore, query, found.text, options)
        own = found.shape.limit
        if not isinstance(result, ox.QuerySolutions) or own is None or own > max_rows:
            return serialise(result, accept, max_rows, format_names)
    chosen = negotiate(accept, (RESULTS,), names=format_names)
    if chosen.format in row_cap.OWN_WRITER:
        capped = row_cap.capped_solutions(result, chosen.format, max_rows)
    else:
        capped = row_cap.cut(result.serialize(format=chosen.format), chosen.format, max_rows)
    return QueryResult(chosen.answered_as, capped.body, "select", capped.truncated, capped.rows)


def serialise(
    result, accept: str | None, max_rows: int | None = None, format_names=()
) -> QueryResult:
    """The result in the media type negotiated for its kind (kg.formats); a SELECT's
    solutions cut at ``max_rows`` if given (read one by one: see kg.row_cap)."""
    if isinstance(result, ox.QueryBoolean):
        chosen = negotiate(accept, (BOOLEAN,), names=format_names)
        media_type, fmt = chosen.answered_as, chosen.format
        buffer = io.BytesIO()
        result.serialize(buffer, format=fmt)
        return QueryResult(media_type, buffer.getvalue(), "ask")
    if isinstance(result, ox.QuerySolutions):
        chosen = negotiate(accept, (RESULTS,), names=format_names)
        media_type, fmt = chosen.answered_as, chosen.format
        if max_rows is None:
            return QueryResult(media_type, result.serialize(format=fmt), "select")
        capped = row_cap.capped_solutions(result, fmt, max_rows)
        return QueryResult(media_type, capped.body, "select", capped.truncated, capped.rows)
    chosen = negotiate(accept, (GRAPH,), names=format_names)
    media_type, fmt = chosen.answered_as, chosen.format
    buffer = io.BytesIO()
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    ox.serialize(result, buffer, format=fmt, prefixes=prefixes)
    return QueryResult(media_type, buffer.getvalue(), "graph")


def run_update(
    store,
    update: str,
    *,
    using: list[str] = (),
    using_named: list[str] = (),
    base_iri=None,
    refuse: bool = True,
):
    """Apply an update (admin only; the caller checks). ``using-graph-uri`` and
    ``using-named-graph-uri`` become USING clauses, which Oxigraph's API has no argument for."""
    oxstore = getattr(store, "ox", store)
    found = inspect(update, update=True, refuse=refuse)
    text = update
    if using or using_named:
        if found.has_using_or_with:
            raise QueryError(
                "Give the update's dataset either with using-graph-uri/using-named-graph-uri "
                "or with USING/WITH in the update, not both."
            )
        clause = " ".join(
            [f"USING <{_checked_iri(g)}>" for g in using]
            + [f"USING NAMED <{_checked_iri(g)}>" for g in using_named]
        )
        for position in reversed(found.where_positions):
            text = text[:position] + clause + " " + text[position:]
    try:
        oxstore.update(text, base_iri=base_iri)
    except SyntaxError as error:
        raise QueryError(syntax_message(update, error, "SPARQL update")) from None
    except (OSError, RuntimeError) as error:
        _log.warning("update failed: %r", _one_line(error))
        raise QueryError("The update failed.") from None


def _checked_iri(iri: str) -> str:
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\x00-\x20]*", iri):
        raise QueryError(f"{iri!r} is not an absolute IRI.")
    return iri


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)
_FIRST_WORD = re.compile(
    r"\s*(?:(?:#[^\n]*\n|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*([A-Za-z]\w*)?",
    re.IGNORECASE,
)
_FORMS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}
_UPDATE_FORMS = set("INSERT DELETE LOAD CLEAR CREATE DROP COPY MOVE ADD WITH".split())


def syntax_message(text: str, error: SyntaxError, what: str = "SPARQL") -> str:
    """One sentence for a parse error: line, column and the text found there. Oxigraph
    reports the furthest point its parser reached, which for a misspelt first keyword is
    past it ("expected one of VERSION"): that case names the keyword instead."""
    detail = _one_line(error)
    found = _POSITION.match(detail)
    if found is None:
        return f"{what} syntax error: {detail}"
    line, column, expected = int(found[1]), int(found[2]), found[3]
    expected = expected.replace(", [_]", "").rstrip(".")
    first = _FIRST_WORD.match(text)
    forms = _UPDATE_FORMS if what == "SPARQL update" else _FORMS
    if first and first[1] and first[1].upper() not in forms | {"PREFIX", "BASE"}:
        start = first.start(1)
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        return (
            f"{what} syntax error at line {line}, column {column}, at {first[1]!r}: "
            f"expected one of {', '.join(sorted(forms))}."
        )
    near = _near(text, line, column)
    return f"{what} syntax error at line {line}, column {column}, {near}: {expected}."


def _near(text: str, line: int, column: int) -> str:
    """The token at a 1-based line and column of the text, as a phrase."""
    lines = text.split("\n")
    if line > len(lines):
        return "at the end of the text"
    rest = lines[line - 1][max(0, column - 1) :]
    token = re.match(r"\s*(\S{1,40})", rest)
    if token is None:
        return "at the end of the line" if line < len(lines) else "at the end of the text"
    return f"at {token[1]!r}"


_UPDATE_WORDS = {
    "insert",
    "delete",
    "load",
    "clear",
    "create",
    "drop",
    "copy",
    "move",
    "add",
    "with",
}


def _looks_like_update(query: str) -> bool:
    try:
        tokens = lexer.tokens(query)
    except lexer.Unreadable:
        return False
    for token in tokens:
        if token.kind == "word":
            word = token.text.lower()
            if word in ("prefix", "base"):
                continue
            return word in _UPDATE_WORDS
    return False
