"""Run one SPARQL query or update against the store, safely, and serialise the result.

The CLI, the endpoint's query workers and the benchmarks call :func:`run_query`, so they all
answer the same way. Before anything is evaluated, :func:`inspect` reads the request with
kg.sparql_lexer (the grammar's terminals, every way Oxigraph may read them): ``SERVICE`` and
(in updates) ``LOAD`` are refused, since Oxigraph would follow them to any address, a request
that cannot be lexed is refused, and the dataset clauses (``FROM``,
``FROM NAMED``) are taken out of the text and passed to Oxigraph as graph names, so no
dataset IRI is ever fetched or read: a graph that is not in the store is an empty graph.
"""

from __future__ import annotations

import io
import json
import logging
import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

import pyoxigraph as ox

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
    result = Inspection(text=text)
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
    try:
        result = oxstore.query(found.text, **options)
    except SyntaxError as error:
        if _looks_like_update(query):
            raise QueryRefused(
                "This endpoint is read-only: send SPARQL updates to /update."
            ) from None
        raise QueryError(syntax_message(query, error)) from None
    except (OSError, RuntimeError) as error:
        _log.warning("query evaluation failed: %r", _one_line(error))
        raise QueryError("The query could not be evaluated.") from error  # detail: the log
    return serialise(result, accept, max_rows, format_names)


def serialise(
    result, accept: str | None, max_rows: int | None = None, format_names=()
) -> QueryResult:
    """The result in the media type negotiated for its kind (kg.formats)."""
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
            buffer = io.BytesIO()
            result.serialize(buffer, format=fmt)
            return QueryResult(media_type, buffer.getvalue(), "select")
        variables = [v.value for v in result.variables]
        rows = []
        for solution in result:
            if len(rows) == max_rows:
                body = _SELECT_WRITERS[fmt](variables, rows, True)
                return QueryResult(media_type, body, "select", True, len(rows))
            rows.append([solution[v] for v in variables])
        return QueryResult(
            media_type, _SELECT_WRITERS[fmt](variables, rows, False), "select", False, len(rows)
        )
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


# ---------------------------------------------------------------- capped SELECT writers
# pyoxigraph serialises a whole result; a capped one is written here, flagged in the body.
TRUNCATED_LINK = "urn:kg:truncated"


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def _write_json(variables, rows, truncated: bool) -> bytes:
    head: dict = {"vars": variables}
    if truncated:
        head["link"] = [TRUNCATED_LINK]
    bindings = [
        {v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
        for row in rows
    ]
    body: dict = {"head": head, "results": {"bindings": bindings}}
    if truncated:
        body["truncated"] = True
    return json.dumps(body, ensure_ascii=False).encode()


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    attrs = ""
    if term.language:
        attrs = f' xml:lang="{escape(term.language)}"'
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        attrs = f' datatype="{escape(term.datatype.value)}"'
    return f"<literal{attrs}>{escape(term.value)}</literal>"


def _write_xml(variables, rows, truncated: bool) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
    out += [f'<variable name="{escape(v)}"/>' for v in variables]
    if truncated:
        out.append(f'<link href="{TRUNCATED_LINK}"/>')
    out.append("</head><results>")
    for row in rows:
        out.append("<result>")
        out += [
            f'<binding name="{escape(v)}">{_xml_term(t)}</binding>'
            for v, t in zip(variables, row, strict=True)
            if t is not None
        ]
        out.append("</result>")
    out.append("</results></sparql>")
    return "".join(out).encode()


def _csv_value(term) -> str:
    if term is None:
        return ""
    value = term.value
    if any(c in value for c in ',"\r\n'):
        value = '"' + value.replace('"', '""') + '"'
    return value


def _write_csv(variables, rows, truncated: bool) -> bytes:
    lines = [",".join(variables)] + [",".join(_csv_value(t) for t in row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode()


def _write_tsv(variables, rows, truncated: bool) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()


_SELECT_WRITERS = {
    ox.QueryResultsFormat.JSON: _write_json,
    ox.QueryResultsFormat.XML: _write_xml,
    ox.QueryResultsFormat.CSV: _write_csv,
    ox.QueryResultsFormat.TSV: _write_tsv,
}
