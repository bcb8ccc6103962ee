"""What the pages share: the page queries (``queries/*.rq``), run over the snapshot off the
event loop; the Jinja2 templates (``templates/*.html``, autoescape on); and the small values
templates draw (links, terms).

Invariants: text from the store reaches HTML only through an autoescaped template; a link
is drawn only for a local path or an http(s) URL (decided on the parsed URL), anything else
is shown as text; query parameters reach SPARQL only as pyoxigraph terms, written in
SPARQL syntax by pyoxigraph itself (``str(term)``), never as raw text.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from kg import __version__

HERE = Path(__file__).resolve().parent
QUERIES = HERE / "queries"
TEMPLATES = HERE / "templates"
KG = "https://w3id.org/kg-news/ontology#"
ONTOLOGY = "https://w3id.org/kg-news/ontology"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
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
_PARAMETER = re.compile(r"\$(\w+)")


# ---------------------------------------------------------------- queries
@functools.cache
def _query_file(name: str) -> str:
    return (QUERIES / name).read_text(encoding="utf-8")


def query_text(name: str, **terms) -> str:
    """The query in ``queries/name`` with each ``$var`` given in ``terms`` replaced by that
    pyoxigraph term (or list of terms) in SPARQL syntax; a ``$var`` not given stays a
    variable."""
    written = {}
    for key, value in terms.items():
        values = value if isinstance(value, list | tuple) else [value]
        for one in values:
            if not isinstance(one, ox.NamedNode | ox.Literal):
                raise TypeError(f"query parameters are pyoxigraph terms, not {type(one)}")
        written[key] = " ".join(str(one) for one in values)
    return _PARAMETER.sub(lambda m: written.get(m[1], m[0]), _query_file(name))


def _reader(request: Request) -> ox.Store:
    return request.app.state.snapshots.reader()


def _run(reader: ox.Store, text: str):
    return reader.query(text, prefixes=TURTLE_PREFIXES, use_default_graph_as_union=True)


async def run_select(request: Request, name: str, **terms) -> list[dict[str, Any]]:
    """Rows of a page query, each a dict of variable -> pyoxigraph term (or None)."""
    reader, text = _reader(request), query_text(name, **terms)

    def run() -> list[dict[str, Any]]:
        solutions = _run(reader, text)
        names = [v.value for v in solutions.variables]
        return [{n: s[n] for n in names} for s in solutions]

    return await run_in_threadpool(run)


async def run_ask(request: Request, name: str, **terms) -> bool:
    reader, text = _reader(request), query_text(name, **terms)
    return await run_in_threadpool(lambda: bool(_run(reader, text)))


async def run_construct(request: Request, name: str, fmt, **terms) -> bytes:
    reader, text = _reader(request), query_text(name, **terms)

    def run() -> bytes:
        prefixes = TURTLE_PREFIXES if fmt == ox.RdfFormat.TURTLE else None
        return ox.serialize(_run(reader, text), format=fmt, prefixes=prefixes) or b""

    return await run_in_threadpool(run)


# ---------------------------------------------------------------- values for templates
def v(term) -> str | None:
    return None if term is None else term.value


def safe_href(url: str) -> str | None:
    """``url`` when a browser may follow it from our pages: a path on this server, or an
    http(s) URL with a host. ``javascript:``, ``data:`` and the like give None."""
    if url.startswith("/") and not url.startswith("//"):
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url
    return None


def local(iri: str, base: str) -> str | None:
    """The local path for an IRI this server describes, else None."""
    if iri.startswith(f"{base}id/"):
        return "/id/" + iri[len(base) + 3 :]
    if iri == ONTOLOGY or iri.startswith(KG):
        return "/ontology" + iri[len(ONTOLOGY) :]
    return None


def short(iri: str, base: str) -> str:
    for prefix, namespace in TURTLE_PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    if iri.startswith(f"{base}id/"):
        return iri[len(base) :]
    return iri


def link(iri: str, base: str, label: str | None = None) -> dict:
    """A link a template draws: ``href`` (None: shown as text) and ``text``."""
    return {
        "href": local(iri, base) or safe_href(iri),
        "text": label if label is not None else short(iri, base),
    }


def term(value, base: str, labels: dict[str, str] | None = None) -> dict:
    """An RDF term as a template draws it: a link, or a literal with its language or
    datatype as a note."""
    if value is None:
        return {"href": None, "text": "", "note": None}
    if isinstance(value, ox.NamedNode):
        return {**link(value.value, base, (labels or {}).get(value.value)), "note": None}
    if isinstance(value, ox.Literal):
        note = None
        if value.language:
            note = f"@{value.language}"
        elif value.datatype.value != f"{XSD}string":
            note = short(value.datatype.value, base)
        return {"href": None, "text": value.value, "note": note}
    return {"href": None, "text": str(value), "note": None}


def short_text(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- templates
@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template: text from the store is escaped
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["version"] = __version__
    return env


def render(template: str, status_code: int = 200, **context) -> HTMLResponse:
    html = environment().get_template(template).render(**context)
    return HTMLResponse(html, status_code=status_code, headers={"Vary": "Accept"})
