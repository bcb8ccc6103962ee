"""The analyst's pages and the linked-data routes.

- ``/``: a SPARQL editor (YASGUI, vendored under ``static/yasgui``) on ``/sparql``, with
  example questions over the ontology.
- ``/id/{path}``: every IRI kg mints under ``{base}id/`` answers here. HTML for a browser;
  Turtle, JSON-LD or N-Triples by ``Accept`` (or ``?format=``), answered directly (200, with
  ``Vary: Accept``), never by a 303; 404 for IRIs the store does not hold.
- ``/network``: who met or called whom (vis-network, vendored), filterable by date, with a
  timeline of meetings and deployments; its data from ``/api/meetings`` and ``/api/timeline``.
- ``/ontology``: the vocabulary (HTML or Turtle); ``/.well-known/void``: a VoID description.

Everything reads the frozen snapshot (``app.state.snapshots.reader()``) off the event loop;
every string from the store is escaped before it reaches HTML.
"""

from __future__ import annotations

import html
import itertools
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.staticfiles import StaticFiles

from kg import __version__
from kg.errors import UsageError
from kg.sparql import ranked_media_types

STATIC = Path(__file__).resolve().parent / "static"
KG = "https://w3id.org/kg-news/ontology#"
ONTOLOGY = "https://w3id.org/kg-news/ontology"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
ACTOR_TYPES = {f"{KG}Person", f"{KG}Organization", f"{KG}Country", f"{KG}Group", f"{KG}Actor"}
# the licence the VoID description declares: the project's own (pyproject.toml); the article
# texts stay their publishers'
DATA_LICENSE = "https://www.apache.org/licenses/LICENSE-2.0"

PREFIXES = {
    "kg": KG,
    "skos": SKOS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": RDFS,
    "xsd": XSD,
}
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
TURTLE_PREFIXES = {
    **PREFIXES,
    "owl": OWL,
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "dct": "http://purl.org/dc/terms/",
}

RDF_FORMATS = {
    "text/turtle": ("text/turtle; charset=utf-8", ox.RdfFormat.TURTLE),
    "application/x-turtle": ("text/turtle; charset=utf-8", ox.RdfFormat.TURTLE),
    "application/ld+json": ("application/ld+json", ox.RdfFormat.JSON_LD),
    "application/n-triples": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
}
FORMAT_PARAM = {
    "html": "text/html",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
}

router = APIRouter()
_static = StaticFiles(directory=STATIC)


@router.api_route("/static/{path:path}", methods=["GET", "HEAD"], include_in_schema=False)
async def static(request: Request, path: str):
    """The vendored libraries and our own scripts; StaticFiles refuses paths out of STATIC."""
    return await _static.get_response(path, request.scope)


# ---------------------------------------------------------------- helpers
def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def _base(request: Request) -> str:
    return request.app.state.settings.base_iri


async def _select(request: Request, query: str) -> list[dict[str, Any]]:
    """Rows of a SELECT over the union graph, each a dict of variable -> pyoxigraph term."""
    reader = request.app.state.snapshots.reader()

    def run() -> list[dict[str, Any]]:
        solutions = reader.query(SPARQL_PREFIXES + query, use_default_graph_as_union=True)
        names = [v.value for v in solutions.variables]
        return [{n: s[n] for n in names} for s in solutions]

    return await run_in_threadpool(run)


async def _ask(request: Request, query: str) -> bool:
    reader = request.app.state.snapshots.reader()
    return await run_in_threadpool(
        lambda: bool(reader.query(SPARQL_PREFIXES + query, use_default_graph_as_union=True))
    )


async def _construct(request: Request, query: str, fmt) -> bytes:
    reader = request.app.state.snapshots.reader()

    def run() -> bytes:
        triples = reader.query(SPARQL_PREFIXES + query, use_default_graph_as_union=True)
        prefixes = TURTLE_PREFIXES if fmt == ox.RdfFormat.TURTLE else None
        return ox.serialize(triples, format=fmt, prefixes=prefixes) or b""

    return await run_in_threadpool(run)


def _v(term) -> str | None:
    return None if term is None else term.value


def _esc(text: Any) -> str:
    return html.escape("" if text is None else str(text))


def _local(iri: str, base: str) -> str | None:
    """The local link for an IRI we serve, else None."""
    if iri.startswith(f"{base}id/"):
        return "/id/" + iri[len(base) + 3 :]
    if iri == ONTOLOGY or iri.startswith(KG):
        return "/ontology" + iri[len(ONTOLOGY) :]
    return None


def _link(iri: str, base: str, label: str | None = None) -> str:
    href = _local(iri, base) or iri
    shown = label if label is not None else _short(iri, base)
    return f'<a href="{_esc(href)}">{_esc(shown)}</a>'


def _short(iri: str, base: str) -> str:
    for prefix, namespace in TURTLE_PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    if iri.startswith(f"{base}id/"):
        return iri[len(base) :]
    return iri


def _term(term, base: str, labels: dict[str, str] | None = None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _link(term.value, base, (labels or {}).get(term.value))
    if isinstance(term, ox.Literal):
        text = _esc(term.value)
        if term.language:
            return f'{text} <span class="dt">@{_esc(term.language)}</span>'
        datatype = term.datatype.value
        if datatype not in (f"{XSD}string",):
            return f'{text} <span class="dt">{_esc(_short(datatype, base))}</span>'
        return text
    return _esc(term)


def _wants(request: Request) -> str:
    """The media type to answer with: ``?format=`` first, then Accept. HTML only when the
    client prefers it (browsers do); ``*/*`` or no Accept gets Turtle."""
    asked = request.query_params.get("format")
    if asked:
        media = FORMAT_PARAM.get(asked.lower())
        if media is None:
            raise _NotAcceptable(f"Unknown format {asked!r}; use html, ttl, jsonld or nt.")
        return media
    accept = request.headers.get("accept", "")
    if not accept.strip():
        return "text/turtle"
    for media in ranked_media_types(accept):
        if media in ("text/html", "application/xhtml+xml"):
            return "text/html"
        if media in RDF_FORMATS:
            return media
        if media in ("*/*", "text/*", "application/*"):
            return "text/turtle"
    raise _NotAcceptable(
        f"Cannot produce any of: {accept}. Available: text/html, text/turtle, "
        "application/ld+json, application/n-triples."
    )


class _NotAcceptable(Exception):
    pass


def _page(title: str, body: str, head: str = "") -> HTMLResponse:
    return HTMLResponse(
        f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)} · kg</title>
<link rel="stylesheet" href="/static/kg.css">{head}
</head><body>
<nav><a href="/">Query</a> <a href="/network">Network &amp; timeline</a>
<a href="/ontology">Ontology</a> <a href="/.well-known/void">VoID</a></nav>
<main>
{body}
</main>
<footer>kg {_esc(__version__)}</footer>
</body></html>""",
        headers={"Vary": "Accept"},
    )


async def _labels(request: Request, iris: set[str]) -> dict[str, str]:
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in sorted(iris))
    rows = await _select(
        request,
        f"SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} "
        "?s kg:name|rdfs:label|skos:prefLabel ?l }",
    )
    out: dict[str, str] = {}
    for row in rows:
        out.setdefault(row["s"].value, row["l"].value)
    return out


# ---------------------------------------------------------------- /id/...
def _description_query(iri: str) -> str:
    return f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ BIND(<{iri}> AS ?s) ?s ?p ?o }}
  UNION {{ ?s kg:article <{iri}> ; ?p ?o FILTER(STRSTARTS(STR(?s), "{iri}#")) }}
  UNION {{ ?s kg:speaker|kg:participant|kg:deployingActor <{iri}> ; ?p ?o }}
}}"""


@router.api_route("/id/{path:path}", methods=["GET", "HEAD"])
async def describe(request: Request, path: str):
    base = _base(request)
    iri = f"{base}id/{path}"
    try:
        ox.NamedNode(iri)
    except ValueError:
        return _error(404, "Not an IRI this server holds.")
    if any(c in iri for c in '<>"{}|^`\\ \n\t'):
        return _error(404, "Not an IRI this server holds.")
    try:
        media = _wants(request)
    except _NotAcceptable as error:
        return _error(406, str(error))
    if not await _ask(request, f"ASK {{ <{iri}> ?p ?o }}"):
        return _error(404, f"The store holds nothing about <{iri}>.")
    if media != "text/html":
        content_type, fmt = RDF_FORMATS[media]
        body = await _construct(request, _description_query(iri), fmt)
        return Response(
            b"" if request.method == "HEAD" else body,
            media_type=content_type,
            headers={"Vary": "Accept"},
        )
    rows = await _select(request, f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }} ORDER BY ?p ?o")
    types = {r["o"].value for r in rows if r["p"].value == RDF_TYPE}
    if types & ACTOR_TYPES:
        return await _actor_page(request, iri, rows)
    if f"{KG}Article" in types:
        return await _article_page(request, iri, rows)
    return await _generic_page(request, iri, rows)


def _alternates(iri: str, base: str) -> str:
    local = _local(iri, base) or iri
    return " · ".join(
        f'<a href="{_esc(local)}?format={f}">{label}</a>'
        for f, label in (("ttl", "Turtle"), ("jsonld", "JSON-LD"), ("nt", "N-Triples"))
    )


def _header(iri: str, base: str, title: str, kind: str) -> str:
    return (
        f'<h1>{_esc(title)}</h1><p class="iri"><span class="kind">{_esc(kind)}</span> '
        f"<code>{_esc(iri)}</code> · {_alternates(iri, base)}</p>"
    )


def _property_table(rows, base: str, labels: dict[str, str]) -> str:
    lines = [
        f"<tr><th>{_link(r['p'].value, base)}</th><td>{_term(r['o'], base, labels)}</td></tr>"
        for r in rows
    ]
    return f'<table class="props">{"".join(lines)}</table>'


async def _generic_page(request: Request, iri: str, rows) -> HTMLResponse:
    base = _base(request)
    objects = {r["o"].value for r in rows if isinstance(r["o"], ox.NamedNode)}
    labels = await _labels(request, objects | {iri})
    types = [r["o"].value for r in rows if r["p"].value == RDF_TYPE]
    kind = ", ".join(labels.get(t, _short(t, base)) for t in types) or "resource"
    title = labels.get(iri) or _short(iri, base)
    body = _header(iri, base, title, kind)
    # the quote or span in its article, for facts
    evidence = await _select(
        request,
        f"""SELECT ?m ?begin ?end ?anchor ?sentence WHERE {{
  <{iri}> kg:evidence ?m . ?m kg:beginIndex ?begin ; kg:endIndex ?end .
  OPTIONAL {{ ?m kg:anchorOf ?anchor }} OPTIONAL {{ ?m kg:sentence ?sentence }} }}""",
    )
    for e in evidence:
        body += (
            f"<blockquote>{_esc(_v(e['sentence']) or _v(e['anchor']))}</blockquote>"
            f"<p>{_link(e['m'].value, base, 'in its article')}</p>"
        )
    body += _property_table(rows, base, labels)
    incoming = await _select(
        request, f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p <{iri}> }} ORDER BY ?p ?s LIMIT 200"
    )
    if incoming:
        labels = await _labels(request, {r["s"].value for r in incoming})
        lines = [
            f"<tr><td>{_term(r['s'], base, labels)}</td><th>{_link(r['p'].value, base)}</th></tr>"
            for r in incoming
        ]
        body += f'<h2>Pointing here</h2><table class="props">{"".join(lines)}</table>'
    return _page(title, body)


async def _actor_page(request: Request, iri: str, rows) -> HTMLResponse:
    base = _base(request)

    def values(prop: str) -> list[str]:
        return sorted(r["o"].value for r in rows if r["p"].value == f"{KG}{prop}")

    names = values("name")
    name = names[0] if names else _short(iri, base)
    types = [r["o"].value for r in rows if r["p"].value == RDF_TYPE]
    kind = ", ".join(t[len(KG) :] if t.startswith(KG) else t for t in types)
    body = _header(iri, base, name, kind)
    facts = []
    if values("alias"):
        facts.append(f"<dt>Aliases</dt><dd>{_esc(', '.join(values('alias')))}</dd>")
    if values("title"):
        facts.append(f"<dt>Titles</dt><dd>{_esc(', '.join(values('title')))}</dd>")
    for wikidata in values("wikidata"):
        facts.append(f'<dt>Wikidata</dt><dd><a href="{_esc(wikidata)}">{_esc(wikidata)}</a></dd>')
    body += f'<dl class="facts">{"".join(facts)}</dl>'

    said = await _select(
        request,
        f"""SELECT ?s ?quote ?type ?medium ?date ?article ?begin ?end ?headline WHERE {{
  ?s a kg:Statement ; kg:speaker <{iri}> ; kg:content ?quote ; kg:article ?article .
  OPTIONAL {{ ?s kg:quoteType/skos:notation ?type }}
  OPTIONAL {{ ?s kg:medium ?medium }}
  OPTIONAL {{ ?s kg:evidence ?m .
             ?m kg:article ?article ; kg:beginIndex ?begin ; kg:endIndex ?end }}
  OPTIONAL {{ ?s kg:date ?d }} OPTIONAL {{ ?article kg:published ?p }}
  OPTIONAL {{ ?article kg:headline ?headline }}
  BIND(COALESCE(?d, ?p) AS ?date)
}} ORDER BY ?date ?article ?begin""",
    )
    met = await _select(
        request,
        f"""SELECT ?m ?date ?mode ?status ?article
  (GROUP_CONCAT(DISTINCT CONCAT(STR(?other), " ", ?oname); separator="\\n") AS ?others)
WHERE {{
  ?m a kg:Meeting ; kg:participant <{iri}> ; kg:article ?article .
  OPTIONAL {{ ?m kg:participant ?other FILTER(?other != <{iri}>) ?other kg:name ?oname }}
  OPTIONAL {{ ?m kg:mode/skos:notation ?mode }} OPTIONAL {{ ?m kg:status/skos:notation ?status }}
  OPTIONAL {{ ?m kg:date ?d }} OPTIONAL {{ ?article kg:published ?p }}
  BIND(COALESCE(?d, ?p) AS ?date)
}} GROUP BY ?m ?date ?mode ?status ?article ORDER BY ?date ?m""",
    )
    deployed = await _select(
        request,
        f"""SELECT ?dep ?date ?force ?size ?sizeText ?location ?modality ?article WHERE {{
  ?dep a kg:MilitaryDeployment ; kg:deployingActor <{iri}> ; kg:article ?article .
  OPTIONAL {{ ?dep kg:force ?force }} OPTIONAL {{ ?dep kg:size ?size }}
  OPTIONAL {{ ?dep kg:sizeText ?sizeText }} OPTIONAL {{ ?dep kg:location ?location }}
  OPTIONAL {{ ?dep kg:modality/skos:notation ?modality }}
  OPTIONAL {{ ?dep kg:date ?d }} OPTIONAL {{ ?article kg:published ?p }}
  BIND(COALESCE(?d, ?p) AS ?date)
}} ORDER BY ?date ?dep""",
    )
    timeline: list[tuple[str, int, str]] = []

    def quote_link(row) -> str:
        article = row["article"].value
        local = _local(article, base) or article
        if row["begin"] is not None:
            b, e = row["begin"].value, row["end"].value
            local = f"{local}?hl={b},{e}#char={b},{e}"
        return f'<a href="{_esc(local)}">in the article</a>'

    if said:
        items = []
        for r in said:
            meta = " · ".join(_esc(x) for x in (_v(r["date"]), _v(r["type"]), _v(r["medium"])) if x)
            items.append(
                f'<li><q>{_esc(r["quote"].value)}</q> <span class="meta">{meta}</span> '
                f"{quote_link(r)} · {_link(r['s'].value, base, 'statement')}</li>"
            )
            timeline.append(
                (_v(r["date"]) or "", 0, f"said <q>{_esc(_short_text(r['quote'].value))}</q>")
            )
        body += f'<h2>What they said</h2><ul class="said">{"".join(items)}</ul>'
    if met:
        items = []
        for r in met:
            others = []
            for line in (_v(r["others"]) or "").splitlines():
                other, _, oname = line.partition(" ")
                if other:
                    others.append(_link(other, base, oname))
            what = " · ".join(_esc(x) for x in (_v(r["mode"]), _v(r["status"])) if x)
            with_whom = ", ".join(others) or "(no one else named)"
            text = f"met {with_whom} <span class='meta'>{what}</span>"
            items.append(
                f"<li>{_esc(_v(r['date']) or '')} {text} · "
                f"{_link(r['m'].value, base, 'meeting')}</li>"
            )
            timeline.append((_v(r["date"]) or "", 1, text))
        body += f"<h2>Meetings</h2><ul>{''.join(items)}</ul>"
    if deployed:
        items = []
        for r in deployed:
            size = _v(r["size"]) or _v(r["sizeText"])
            what = " ".join(_esc(x) for x in (size, _v(r["force"])) if x) or "forces"
            where = f" {_esc(r['location'].value)}" if r["location"] is not None else ""
            modality = _esc(_v(r["modality"]) or "")
            text = f"deployed {what}{where} <span class='meta'>{modality}</span>"
            items.append(
                f"<li>{_esc(_v(r['date']) or '')} {text} · "
                f"{_link(r['dep'].value, base, 'deployment')}</li>"
            )
            timeline.append((_v(r["date"]) or "", 2, text))
        body += f"<h2>Deployments</h2><ul>{''.join(items)}</ul>"
    if timeline:
        timeline.sort(key=lambda t: (t[0] or "9999", t[1]))
        items = "".join(
            f"<li><time>{_esc(d or 'undated')}</time> {text}</li>" for d, _k, text in timeline
        )
        body += f'<h2>Timeline</h2><ol class="timeline">{items}</ol>'
    labels = await _labels(
        request, {r["o"].value for r in rows if isinstance(r["o"], ox.NamedNode)}
    )
    body += f"<h2>All properties</h2>{_property_table(rows, base, labels)}"
    return _page(name, body)


def _short_text(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def _article_page(request: Request, iri: str, rows) -> HTMLResponse:
    base = _base(request)

    def value(prop: str) -> str | None:
        for r in rows:
            if r["p"].value == f"{KG}{prop}":
                return r["o"].value
        return None

    text = value("text") or ""
    title = value("headline") or value("sourceName") or _short(iri, base)
    body = _header(iri, base, title, "Article")
    meta = []
    for label, prop in (("Published", "published"), ("Source", "sourceName")):
        if value(prop):
            meta.append(f"<dt>{label}</dt><dd>{_esc(value(prop))}</dd>")
    if value("url"):
        meta.append(f'<dt>URL</dt><dd><a href="{_esc(value("url"))}">{_esc(value("url"))}</a></dd>')
    body += f'<dl class="facts">{"".join(meta)}</dl>'
    mentions = await _select(
        request,
        f"""SELECT ?m ?begin ?end ?fact ?class WHERE {{
  ?m kg:article <{iri}> ; kg:beginIndex ?begin ; kg:endIndex ?end .
  OPTIONAL {{ ?fact kg:evidence ?m ; a ?class
              FILTER(?class IN (kg:Statement, kg:Meeting, kg:MilitaryDeployment)) }}
}} ORDER BY ?begin ?end""",
    )
    spans: dict[tuple[int, int], list[str]] = defaultdict(list)
    for m in mentions:
        key = (int(m["begin"].value), int(m["end"].value))
        spans[key]
        if m["class"] is not None:
            spans[key].append(m["class"].value[len(KG) :])
    highlight = _parse_range(request.query_params.get("hl"))
    body += '<h2>Text</h2><div class="article-text">'
    body += _highlighted(text, spans, highlight)
    body += "</div>"
    facts = await _select(
        request,
        f"""SELECT ?fact ?class ?begin ?anchor WHERE {{
  ?fact kg:article <{iri}> ; a ?class ; kg:evidence ?m .
  ?m kg:article <{iri}> ; kg:beginIndex ?begin . OPTIONAL {{ ?m kg:anchorOf ?anchor }}
  FILTER(?class IN (kg:Statement, kg:Meeting, kg:MilitaryDeployment))
}} ORDER BY ?begin""",
    )
    if facts:
        items = "".join(
            f"<li>{_link(f['fact'].value, base, f['class'].value[len(KG) :])}: "
            f"{_esc(_short_text(_v(f['anchor']) or ''))}</li>"
            for f in facts
        )
        body += f"<h2>Facts from this article</h2><ol>{items}</ol>"
    head = '<script src="/static/kg-article.js" defer></script>'
    return _page(title, body, head)


def _parse_range(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    begin, _, end = value.partition(",")
    if begin.isdigit() and end.isdigit():
        return int(begin), int(end)
    return None


def _highlighted(
    text: str, spans: dict[tuple[int, int], list[str]], highlight: tuple[int, int] | None
) -> str:
    """The text cut at every mention boundary; each piece covered by a mention is a <mark>
    carrying its code-point offsets, and an anchor ``char=b,e`` opens each mention."""
    cuts = {0, len(text)}
    for b, e in spans:
        cuts.update((max(0, min(b, len(text))), max(0, min(e, len(text)))))
    if highlight:
        cuts.update((max(0, min(highlight[0], len(text))), max(0, min(highlight[1], len(text)))))
    starts = defaultdict(list)
    for b, e in spans:
        starts[b].append((b, e))
    ordered = sorted(cuts)
    out = []
    for begin, end in itertools.pairwise(ordered):
        for b, e in starts.get(begin, []):
            kinds = " ".join(spans[(b, e)])
            out.append(f'<a class="anchor" id="char={b},{e}" title="{_esc(kinds)}"></a>')
        piece = _esc(text[begin:end])
        covering = [k for k in spans if k[0] <= begin and end <= k[1]]
        classes = []
        if covering:
            classes.append("m" if len(covering) == 1 else "m m2")
        if highlight and highlight[0] <= begin and end <= highlight[1]:
            classes.append("hl")
        if classes:
            out.append(
                f'<mark class="{" ".join(classes)}" data-b="{begin}" data-e="{end}">{piece}</mark>'
            )
        else:
            out.append(f'<span data-b="{begin}" data-e="{end}">{piece}</span>')
    return "".join(out)


# ---------------------------------------------------------------- the query page
EXAMPLES_HEAD = SPARQL_PREFIXES


async def _examples(request: Request) -> list[dict[str, str]]:
    """Example questions, filled with names and dates the store actually holds."""
    top = await _select(
        request,
        """SELECT ?name (COUNT(?s) AS ?n) WHERE { ?s kg:speaker/kg:name ?name }
GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1""",
    )
    speaker = top[0]["name"].value if top else "Dmytro Kuleba"
    dates = await _select(
        request,
        """SELECT (MIN(?date) AS ?first) (MAX(?date) AS ?last) WHERE {
  ?m a kg:Meeting ; kg:article ?a .
  OPTIONAL { ?m kg:date ?d } OPTIONAL { ?a kg:published ?p } BIND(COALESCE(?d, ?p) AS ?date) }""",
    )
    first = _v(dates[0]["first"]) if dates else None
    last = _v(dates[0]["last"]) if dates else None
    first, last = first or "2022-01-01", last or "2022-12-31"
    article = await _select(
        request,
        """SELECT ?a WHERE { ?a a kg:Article . OPTIONAL { ?a kg:published ?p } }
ORDER BY DESC(?p) ?a LIMIT 1""",
    )
    article_iri = article[0]["a"].value if article else f"{_base(request)}id/article/unknown"
    speaker_literal = json.dumps(speaker)
    return [
        {
            "label": f"Everything {speaker} said",
            "query": f"""SELECT ?statement ?date ?type ?medium ?quote ?article WHERE {{
  ?speaker kg:name {speaker_literal} .
  ?statement a kg:Statement ; kg:speaker ?speaker ; kg:content ?quote ;
             kg:quoteType/skos:notation ?type ; kg:article ?article .
  OPTIONAL {{ ?statement kg:medium ?medium }}
  OPTIONAL {{ ?statement kg:date ?d }} OPTIONAL {{ ?article kg:published ?p }}
  BIND(COALESCE(?d, ?p) AS ?date)
}} ORDER BY ?date ?quote""",
        },
        {
            "label": f"Meetings from {first} to {last}, with mode and status",
            "query": f"""SELECT ?meeting ?date ?mode ?status
       (GROUP_CONCAT(?name; separator=", ") AS ?participants) WHERE {{
  ?meeting a kg:Meeting ; kg:article ?article ;
           kg:mode/skos:notation ?mode ; kg:status/skos:notation ?status ;
           kg:participant/kg:name ?name .
  OPTIONAL {{ ?meeting kg:date ?d }} OPTIONAL {{ ?article kg:published ?p }}
  BIND(COALESCE(?d, ?p) AS ?date)
  FILTER(?date >= "{first}"^^xsd:date && ?date <= "{last}"^^xsd:date)
}} GROUP BY ?meeting ?date ?mode ?status ORDER BY ?date ?meeting""",
        },
        {
            "label": "Deployments by actor, with sizes",
            "query": """SELECT ?actor ?name ?force ?size ?sizeText ?location ?modality ?deployment
WHERE {
  ?deployment a kg:MilitaryDeployment ; kg:deployingActor ?actor .
  ?actor kg:name ?name .
  OPTIONAL { ?deployment kg:modality/skos:notation ?modality }
  OPTIONAL { ?deployment kg:force ?force }
  OPTIONAL { ?deployment kg:size ?size }
  OPTIONAL { ?deployment kg:sizeText ?sizeText }
  OPTIONAL { ?deployment kg:location ?location }
} ORDER BY ?name DESC(?size) ?deployment""",
        },
        {
            "label": "Who met whom most often",
            "query": """SELECT ?a ?nameA ?b ?nameB (COUNT(DISTINCT ?meeting) AS ?meetings) WHERE {
  ?meeting a kg:Meeting ; kg:participant ?a, ?b .
  ?a kg:name ?nameA . ?b kg:name ?nameB .
  FILTER(STR(?a) < STR(?b))
} GROUP BY ?a ?nameA ?b ?nameB ORDER BY DESC(?meetings) ?nameA ?nameB""",
        },
        {
            "label": "Statements that quote the word “Russia”",
            "query": """SELECT ?statement ?speaker ?quote WHERE {
  ?statement a kg:Statement ; kg:content ?quote ; kg:speaker/kg:name ?speaker .
  FILTER(REGEX(?quote, "\\\\bRussia\\\\b", "i"))
} ORDER BY ?speaker ?quote""",
        },
        {
            "label": "Facts from one article",
            "query": f"""SELECT ?fact ?class ?begin ?end ?anchor WHERE {{
  BIND(<{article_iri}> AS ?article)
  ?fact kg:article ?article ; a ?class ; kg:evidence ?mention .
  ?mention kg:article ?article ; kg:beginIndex ?begin ; kg:endIndex ?end ; kg:anchorOf ?anchor .
  FILTER(?class IN (kg:Statement, kg:Meeting, kg:MilitaryDeployment))
}} ORDER BY ?begin""",
        },
    ]


def _script_json(value) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@router.get("/", response_class=HTMLResponse)
async def query_page(request: Request):
    examples = await _examples(request)
    config = {
        "base": _base(request),
        "ontology": KG,
        "prefixes": PREFIXES,
        "examples": [{"label": e["label"], "query": EXAMPLES_HEAD + e["query"]} for e in examples],
    }
    options = "".join(
        f'<option value="{i}">{_esc(e["label"])}</option>' for i, e in enumerate(examples)
    )
    body = f"""<h1>Ask the graph</h1>
<p>SPARQL over the union of every graph, sent to <code>/sparql</code>. Result IRIs open their
pages here. <label>Example questions:
<select id="examples"><option value="">choose one…</option>{options}</select></label>
<button id="run-example" type="button">Run it</button></p>
<div id="yasgui"></div>
<script id="kg-config" type="application/json">{_script_json(config)}</script>"""
    head = (
        '<link rel="stylesheet" href="/static/yasgui/yasgui.min.css">'
        '<script src="/static/yasgui/yasgui.min.js"></script>'
        '<script src="/static/kg-query.js" defer></script>'
    )
    return _page("Query", body, head)


# ---------------------------------------------------------------- network and timeline
def _date_filter(request: Request) -> str:
    clauses = []
    for name, op in (("from", ">="), ("to", "<=")):
        value = request.query_params.get(name)
        if value:
            if not _is_date(value):
                raise _BadDate(f"{name}={value!r} is not a date (YYYY-MM-DD).")
            clauses.append(f'?date {op} "{value}"^^xsd:date')
    return f"FILTER({' && '.join(clauses)})" if clauses else ""


class _BadDate(UsageError):
    """A 400 in the endpoint's error shape (the app's KGError handler answers it)."""


def _is_date(value: str) -> bool:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


@router.get("/api/meetings")
async def api_meetings(request: Request):
    """Who met or called whom: nodes (actors), edges (pairs, with counts), in a date range."""
    date_filter = _date_filter(request)
    base = _base(request)
    rows = await _select(
        request,
        f"""SELECT ?m ?date ?mode ?status ?actor ?name ?type WHERE {{
  ?m a kg:Meeting ; kg:article ?article ; kg:participant ?actor .
  OPTIONAL {{ ?actor kg:name ?name }} OPTIONAL {{ ?actor a ?type }}
  OPTIONAL {{ ?m kg:mode/skos:notation ?mode }} OPTIONAL {{ ?m kg:status/skos:notation ?status }}
  OPTIONAL {{ ?m kg:date ?d }} OPTIONAL {{ ?article kg:published ?p }}
  BIND(COALESCE(?d, ?p) AS ?date)
  {date_filter}
}} ORDER BY ?date ?m""",
    )
    meetings: dict[str, dict] = {}
    nodes: dict[str, dict] = {}
    for r in rows:
        actor = r["actor"].value
        node = nodes.setdefault(
            actor,
            {
                "id": actor,
                "label": _v(r["name"]) or _short(actor, base),
                "type": "",
                "href": _local(actor, base) or actor,
            },
        )
        if r["type"] is not None and r["type"].value.startswith(KG):
            node["type"] = r["type"].value[len(KG) :]
        meeting = meetings.setdefault(
            r["m"].value,
            {
                "id": r["m"].value,
                "href": _local(r["m"].value, base),
                "date": _v(r["date"]),
                "mode": _v(r["mode"]),
                "status": _v(r["status"]),
                "participants": [],
            },
        )
        if actor not in meeting["participants"]:
            meeting["participants"].append(actor)
    edges: dict[tuple[str, str], dict] = {}
    for meeting in meetings.values():
        people = sorted(meeting["participants"])
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                edge = edges.setdefault(
                    (a, b), {"from": a, "to": b, "meetings": 0, "calls": 0, "dates": []}
                )
                edge["meetings"] += 1
                if meeting["mode"] in ("phone", "video"):
                    edge["calls"] += 1
                if meeting["date"]:
                    edge["dates"].append(meeting["date"])
    return {
        "nodes": sorted(nodes.values(), key=lambda n: n["label"]),
        "edges": list(edges.values()),
        "meetings": list(meetings.values()),
    }


@router.get("/api/timeline")
async def api_timeline(request: Request):
    """Meetings and deployments in a date range, by date."""
    date_filter = _date_filter(request)
    base = _base(request)
    rows = await _select(
        request,
        f"""SELECT ?e ?class (MIN(?when) AS ?date)
  (GROUP_CONCAT(DISTINCT ?name; separator=", ") AS ?actors)
  (SAMPLE(?what1) AS ?mode) (SAMPLE(?what2) AS ?status) (SAMPLE(?force) AS ?force)
  (SAMPLE(?size) AS ?size) (SAMPLE(?location) AS ?location) WHERE {{
  VALUES ?class {{ kg:Meeting kg:MilitaryDeployment }}
  ?e a ?class ; kg:article ?article .
  OPTIONAL {{ ?e kg:participant|kg:deployingActor ?actor . ?actor kg:name ?name }}
  OPTIONAL {{ ?e kg:mode/skos:notation|kg:modality/skos:notation ?what1 }}
  OPTIONAL {{ ?e kg:status/skos:notation ?what2 }}
  OPTIONAL {{ ?e kg:force ?force }} OPTIONAL {{ ?e kg:size|kg:sizeText ?size }}
  OPTIONAL {{ ?e kg:location ?location }}
  OPTIONAL {{ ?e kg:date ?d }} OPTIONAL {{ ?article kg:published ?p }}
  BIND(COALESCE(?d, ?p) AS ?when)
  {date_filter.replace("?date", "?when")}
}} GROUP BY ?e ?class ORDER BY ?date ?e""",
    )
    events = [
        {
            "id": r["e"].value,
            "href": _local(r["e"].value, base),
            "kind": "meeting" if r["class"].value == f"{KG}Meeting" else "deployment",
            "date": _v(r["date"]),
            "actors": _v(r["actors"]) or "",
            "mode": _v(r["mode"]),
            "status": _v(r["status"]),
            "force": _v(r["force"]),
            "size": _v(r["size"]),
            "location": _v(r["location"]),
        }
        for r in rows
    ]
    events.sort(key=lambda e: (e["date"] is None, e["date"] or ""))  # undated last
    return {"events": events}


@router.get("/network", response_class=HTMLResponse)
async def network_page(request: Request):
    body = """<h1>Who met or called whom</h1>
<form id="range" class="range"><label>From <input type="date" name="from" id="from"></label>
<label>to <input type="date" name="to" id="to"></label>
<button type="submit">Show</button> <span id="summary" class="meta"></span></form>
<p class="meta">Solid lines: met in person or mode not stated; dashed: phone or video calls.
Line width grows with the number of meetings. Click an actor to open its page.</p>
<div id="network" aria-label="network of meetings"></div>
<h2>Timeline of meetings and deployments</h2>
<ol id="timeline" class="timeline"></ol>"""
    head = (
        '<script src="/static/vis-network/vis-network.min.js"></script>'
        '<script src="/static/kg-network.js" defer></script>'
    )
    return _page("Network", body, head)


# ---------------------------------------------------------------- ontology and VoID
async def _ontology_turtle(request: Request) -> bytes:
    reader = request.app.state.snapshots.reader()
    graph = ox.NamedNode(f"{_base(request)}graph/ontology")

    def run() -> bytes:
        if not reader.contains_named_graph(graph):
            return b""
        return reader.dump(format=ox.RdfFormat.TURTLE, from_graph=graph, prefixes=TURTLE_PREFIXES)

    return await run_in_threadpool(run)


@router.get("/ontology")
async def ontology(request: Request):
    try:
        media = _wants(request)
    except _NotAcceptable as error:
        return _error(406, str(error))
    if media != "text/html":
        body = await _ontology_turtle(request)
        if not body:
            return _error(404, "The store holds no ontology graph.")
        if media in ("text/turtle", "application/x-turtle"):
            return Response(
                body, media_type="text/turtle; charset=utf-8", headers={"Vary": "Accept"}
            )
        content_type, fmt = RDF_FORMATS[media]
        triples = ox.parse(body, format=ox.RdfFormat.TURTLE)
        return Response(
            ox.serialize(triples, format=fmt), media_type=content_type, headers={"Vary": "Accept"}
        )
    base = _base(request)
    graph = f"{base}graph/ontology"
    rows = await _select(
        request,
        f"""SELECT ?term ?kind ?label ?comment
  (GROUP_CONCAT(DISTINCT STR(?domain); separator=" ") AS ?domains)
  (GROUP_CONCAT(DISTINCT STR(?range); separator=" ") AS ?ranges)
  (GROUP_CONCAT(DISTINCT STR(?super); separator=" ") AS ?supers) WHERE {{
  GRAPH <{graph}> {{
    VALUES ?kind {{ <{OWL}Class> <{OWL}ObjectProperty> <{OWL}DatatypeProperty>
                    <{SKOS}Concept> <{SKOS}ConceptScheme> }}
    ?term a ?kind . FILTER(STRSTARTS(STR(?term), "{KG}"))
    OPTIONAL {{ ?term rdfs:label|skos:prefLabel ?label }}
    OPTIONAL {{ ?term rdfs:comment|skos:definition ?comment }}
    OPTIONAL {{ ?term rdfs:domain ?domain }} OPTIONAL {{ ?term rdfs:range ?range }}
    OPTIONAL {{ ?term rdfs:subClassOf|rdfs:subPropertyOf|skos:inScheme ?super }}
  }}
}} GROUP BY ?term ?kind ?label ?comment ORDER BY ?kind ?term""",
    )
    sections = {
        f"{OWL}Class": ("Classes", []),
        f"{OWL}ObjectProperty": ("Object properties", []),
        f"{OWL}DatatypeProperty": ("Datatype properties", []),
        f"{SKOS}ConceptScheme": ("Controlled vocabularies", []),
        f"{SKOS}Concept": ("Concepts", []),
    }
    for r in rows:
        term = r["term"].value
        name = term[len(KG) :]

        def links(value: str | None) -> str:
            return ", ".join(_link(i, base) for i in (value or "").split() if i)

        cells = []
        for label, key in (("domain", "domains"), ("range", "ranges"), ("broader", "supers")):
            if _v(r[key]):
                cells.append(f"<dt>{label}</dt><dd>{links(_v(r[key]))}</dd>")
        sections[r["kind"].value][1].append(
            f'<section class="term" id="{_esc(name)}"><h3>kg:{_esc(name)}</h3>'
            f"<p><strong>{_esc(_v(r['label']) or name)}</strong>"
            f"{' — ' + _esc(r['comment'].value) if r['comment'] is not None else ''}</p>"
            f'<dl class="facts">{"".join(cells)}</dl><p class="iri"><code>{_esc(term)}</code></p>'
            "</section>"
        )
    toc = " · ".join(
        f'<a href="#{kind.split("#")[-1]}">{title}</a>' for kind, (title, _) in sections.items()
    )
    body = (
        "<h1>The kg ontology</h1>"
        f'<p class="iri"><code>{_esc(ONTOLOGY)}</code> · <a href="/ontology?format=ttl">Turtle</a>'
        f"</p><p>{toc}</p>"
    )
    for kind, (title, items) in sections.items():
        body += f'<h2 id="{kind.split("#")[-1]}">{title}</h2>{"".join(items)}'
    return _page("Ontology", body)


@router.get("/.well-known/void")
async def void(request: Request):
    base = _base(request)
    reader = request.app.state.snapshots.reader()
    server = str(request.base_url).rstrip("/")
    counts = await _select(
        request,
        f"""SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  ?s a ?class . FILTER(STRSTARTS(STR(?s), "{base}id/"))
}} GROUP BY ?class ORDER BY ?class""",
    )
    entities = await _select(
        request,
        f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  ?s ?p ?o . FILTER(STRSTARTS(STR(?s), "{base}id/")) }}""",
    )
    triples = await run_in_threadpool(len, reader)
    partitions = "".join(
        f"    void:classPartition [ void:class <{r['class'].value}> ; "
        f"void:entities {r['n'].value} ] ;\n"
        for r in counts
    )
    body = f"""@prefix void: <http://rdfs.org/ns/void#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .

<{server}/.well-known/void#dataset> a void:Dataset ;
    dct:title "kg: who said what, who deployed what where, who met whom" ;
    dct:description "Facts extracted from news articles, with their provenance." ;
    dct:license <{DATA_LICENSE}> ;
    void:sparqlEndpoint <{server}/sparql> ;
    void:dataDump <{server}/export?format=nquads> ;
    void:rootResource <{server}/> ;
    void:uriSpace "{base}id/" ;
    void:vocabulary <{KG}> ;
    void:feature <http://www.w3.org/ns/formats/Turtle>, <http://www.w3.org/ns/formats/JSON-LD>,
        <http://www.w3.org/ns/formats/N-Triples> ;
    void:triples {triples} ;
    void:entities {entities[0]["n"].value if entities else 0} ;
{partitions}    foaf:homepage <{server}/> .
"""
    return Response(body, media_type="text/turtle; charset=utf-8")
