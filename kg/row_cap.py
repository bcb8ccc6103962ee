"""The row cap (``max_rows``) on SELECT results, pushed into the query, so that Oxigraph
serialises what a capped query returns.

Pushing the cap: ``LIMIT cap+1`` is appended to the query's text on a line of its own. At
the end of a request that parses, every string, IRI, group and parenthesis is closed and
the newline ends a trailing comment, so an appended LIMIT can only be the query's top-level
one: it cuts the query's own solution sequence (after ORDER BY, GROUP BY, DISTINCT, OFFSET)
and nothing else. Oxigraph's parser decides whether it fits: a query that has its own LIMIT,
or a trailing VALUES block, does not parse with it, and runs as written. Which form the
request has is checked on the result (only a SELECT answers with solutions), never assumed.

The body: Oxigraph writes it (JSON, XML, TSV; CSV is written here, see OWN_WRITER), then its
rows are counted (from its size where it is too short to hold cap+1 rows, else by reading it
back with Oxigraph's parser). Only a result over the cap is written again here, cut at the
cap and flagged, since Oxigraph's writers cannot flag: in JSON a head link
``urn:kg:truncated`` and ``"truncated": true``, in XML the link (the endpoint adds the
``X-KG-Truncated`` header for every format).

A query that cannot take the appended LIMIT runs as written: through Oxigraph's writers too
when its own top-level LIMIT (kg.sparql_lexer's reading) is at most the cap, and in every
case its rows are counted and cut as above, so the cap holds even where the reading were
wrong; otherwise (a trailing VALUES block, a LIMIT over the cap) its solutions are read one by
one, at most cap+1, and written here (:func:`capped_solutions`).
"""

from __future__ import annotations

import itertools
import json
from typing import NamedTuple
from xml.sax.saxutils import escape

import pyoxigraph as ox

from kg import sparql_lexer as lexer

TRUNCATED_LINK = "urn:kg:truncated"

_R = ox.QueryResultsFormat
# The fewest bytes one more row adds to a body in each format, as Oxigraph writes it: an
# empty binding is "{}" and a comma in JSON, "<result></result>" in XML, an empty line in
# TSV. A body shorter than cap+1 times this cannot hold cap+1 rows.
_MIN_ROW_BYTES = {_R.JSON: 2, _R.XML: 17, _R.TSV: 1}
# Oxigraph's CSV writer leaves an IRI with a comma unquoted (pyoxigraph 0.5.13:
# http://a/b#s=1,2 is written bare), and kg's statement IRIs hold commas: CSV is always
# written here (capped_solutions), with the cap still pushed into the query.
OWN_WRITER = {_R.CSV}


def capped_text(text: str, cap: int) -> str:
    """The query with the cap as its top-level LIMIT (one row more, to know it was cut)."""
    return f"{text}\nLIMIT {cap + 1}\n"


_PROLOGUE = {"BASE": 2, "PREFIX": 3}  # each keyword, and the tokens of its declaration


class Shape(NamedTuple):
    """What the lexer's main reading says of a query: its form, and its top-level LIMIT."""

    form: str  # SELECT, CONSTRUCT, ASK, DESCRIBE, or "" if unknown
    limit: int | None


UNKNOWN = Shape("", None)


def shape_of(tokens: list[lexer.Token]) -> Shape:
    """The form is the first word after the prologue (BASE and PREFIX declarations); the
    LIMIT is the last ``LIMIT n`` outside every group."""
    i = 0
    while i < len(tokens) and tokens[i].kind == "word" and tokens[i].text.upper() in _PROLOGUE:
        i += _PROLOGUE[tokens[i].text.upper()]
    form = tokens[i].text.upper() if i < len(tokens) and tokens[i].kind == "word" else ""
    limit, depth = None, 0
    for token, following in itertools.pairwise(tokens):
        if token.kind == "punct" and token.text in "{}":
            depth += 1 if token.text == "{" else -1
        elif (
            depth == 0
            and token.kind == "word"
            and token.text.upper() == "LIMIT"
            and following.kind == "number"
            and following.text.isdigit()
        ):
            limit = int(following.text)
    return Shape(form, limit)


class Capped(NamedTuple):
    body: bytes
    truncated: bool
    rows: int  # rows in the body, when counted (always when truncated); else 0


def cut(body: bytes, fmt, cap: int) -> Capped:
    """Oxigraph's serialised SELECT result, as it is if it holds at most ``cap`` rows, else
    its first ``cap`` rows written again with the truncation flag."""
    if len(body) < _MIN_ROW_BYTES[fmt] * (cap + 1):
        return Capped(body, False, 0)
    rows = sum(1 for _ in itertools.islice(_read_back(body, fmt)[1], cap + 1))
    if rows <= cap:
        return Capped(body, False, rows)
    variables, solutions = _read_back(body, fmt)
    first = [[s[v] for v in variables] for s in itertools.islice(solutions, cap)]
    return Capped(_WRITERS[fmt](variables, first, True), True, cap)


def _read_back(body: bytes, fmt) -> tuple[list[str], ox.QuerySolutions]:
    """The variables and the solutions of a serialised result."""
    solutions = ox.parse_query_results(body, format=fmt)
    return [v.value for v in solutions.variables], solutions


def capped_solutions(solutions: ox.QuerySolutions, fmt, cap: int) -> Capped:
    """Solutions read one by one, at most cap+1, written here (flagged if cut)."""
    variables = [v.value for v in solutions.variables]
    rows = [[s[v] for v in variables] for s in itertools.islice(solutions, cap + 1)]
    truncated = len(rows) > cap
    rows = rows[:cap]
    return Capped(_WRITERS[fmt](variables, rows, truncated), truncated, len(rows))


# ---------------------------------------------------------------- the writers
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


_WRITERS = {_R.JSON: _write_json, _R.XML: _write_xml, _R.CSV: _write_csv, _R.TSV: _write_tsv}
