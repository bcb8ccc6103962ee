"""The pages of ``/id/…`` for people: an actor's, an article's, any other thing's. Each
builds plain values from the page queries and hands them to its template. An article's page
lists the facts of every registered kind (kg.kinds); an actor's has a section for each kind
the actor takes part in (the kind's ``actor_section``, or a plain list of its facts)."""

from __future__ import annotations

import itertools
from collections import defaultdict

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import HTMLResponse

from kg.errors import UsageError
from kg.kinds import ActorSection, registry
from kg.server.render import (
    KG,
    RDF_TYPE,
    link,
    local,
    render,
    run_select,
    safe_href,
    short,
    short_text,
    term,
    v,
)

ALTERNATES = (("ttl", "Turtle"), ("jsonld", "JSON-LD"), ("nt", "N-Triples"), ("rdf", "RDF/XML"))
# words that never begin a title worth showing, and words that show a title was cut out of a
# sentence ("app xi and russian president", "the appeal to russia")
_NOT_IN_TITLES = {"and", "or", "the", "to", "but", "that", "said", "says"}
MAX_TITLE_WORDS = 5


def fact_classes() -> list[ox.NamedNode]:
    """The fact classes of the registered kinds (kg.kinds), for ``$classes``."""
    return [ox.NamedNode(str(kind.fact_class)) for kind in registry]


def actor_roles() -> list[ox.NamedNode]:
    """What ties a fact to the actor who did it, for each registered kind (``$roles``)."""
    return [ox.NamedNode(str(kind.role)) for kind in registry if kind.role is not None]


def class_name(iri: str) -> str:
    """A class's local name (kg:Meeting -> Meeting; a kind's own class as well)."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def base_of(request: Request) -> str:
    return request.app.state.settings.base_iri


def header(iri: str, base: str, title: str, kind: str) -> dict:
    return {
        "iri": iri,
        "title": title,
        "kind": kind,
        "local": local(iri, base) or iri,
        "alternates": ALTERNATES,
    }


async def labels_of(request: Request, iris: set[str]) -> dict[str, str]:
    if not iris:
        return {}
    rows = await run_select(request, "labels.rq", these=[ox.NamedNode(i) for i in sorted(iris)])
    out: dict[str, str] = {}
    for row in rows:
        out.setdefault(row["s"].value, row["l"].value)
    return out


def property_rows(rows, base: str, labels: dict[str, str]) -> list[tuple[dict, dict]]:
    return [(link(r["p"].value, base), term(r["o"], base, labels)) for r in rows]


async def generic_page(request: Request, iri: str, rows) -> HTMLResponse:
    base = base_of(request)
    this = ox.NamedNode(iri)
    objects = {r["o"].value for r in rows if isinstance(r["o"], ox.NamedNode)}
    labels = await labels_of(request, objects | {iri})
    types = [r["o"].value for r in rows if r["p"].value == RDF_TYPE]
    kind = ", ".join(labels.get(t, short(t, base)) for t in types) or "resource"
    title = labels.get(iri) or short(iri, base)
    evidence = [
        {
            "text": v(e["sentence"]) or v(e["anchor"]),
            "link": link(e["m"].value, base, "in its article"),
        }
        for e in await run_select(request, "evidence.rq", this=this)
    ]
    incoming = await run_select(request, "incoming.rq", this=this)
    in_labels = await labels_of(request, {r["s"].value for r in incoming})
    return render(
        "resource.html",
        title=title,
        h=header(iri, base, title, kind),
        evidence=evidence,
        rows=property_rows(rows, base, labels),
        incoming=[(term(r["s"], base, in_labels), link(r["p"].value, base)) for r in incoming],
    )


def shown_titles(titles: list[str], names: list[str]) -> list[str]:
    """The titles worth a row on an actor's page: the extracted ones, less the actor's own
    name words, kept when they read as a title (one line, a few words, not a clause cut out
    of a sentence, not led by an adverb)."""
    own = {w.lower() for n in names for w in n.split()}
    shown: list[str] = []
    for title in titles:
        if "\n" in title.strip():
            continue
        words = [w for w in title.split() if w.lower() not in own]
        if not words or len(words) > MAX_TITLE_WORDS:
            continue
        if _NOT_IN_TITLES & {w.lower() for w in words} or words[0].lower().endswith("ly"):
            continue
        text = " ".join(words)
        if text not in shown:
            shown.append(text)
    return shown


def _plain(rows) -> list[dict]:
    """Rows of a page query as plain strings (None where unbound), for a kind's section."""
    return [{name: v(value) for name, value in row.items()} for row in rows]


def _generic_section(kind) -> ActorSection:
    """The section of a kind that declares none: the facts the actor takes part in."""
    name = class_name(str(kind.fact_class))

    def items(rows: list[dict]) -> list[dict]:
        return [{**r, "date": r["date"] or "", "others": None, "meta": ""} for r in rows]

    return ActorSection(name, f"{name}:", "actor-facts.rq", items, rank=len(registry))


async def _section(request: Request, kind, this: ox.NamedNode, base: str) -> dict:
    """One kind's section of an actor's page: its items, linked."""
    section = kind.actor_section or _generic_section(kind)
    terms = {} if kind.actor_section else {"class": ox.NamedNode(str(kind.fact_class))}
    rows = await run_select(request, section.query, this=this, **terms)
    items = []
    for item in section.items(_plain(rows)):
        shown = {
            **item,
            "verb": section.verb,
            "quoted": False,
            "link": link(item["fact"], base, kind.key),
            "others": None
            if item["others"] is None
            else [link(other, base, name) for other, name in item["others"]],
        }
        if section.quotes:
            shown["articles"] = _article_links(item["articles"], base)
        items.append(shown)
    return {"title": section.title, "quotes": section.quotes, "rank": section.rank, "items": items}


def _article_links(mentions, base: str) -> list[dict]:
    """A link to each article a quote was read in, at the mention, each article once."""
    out: list[dict] = []
    for article, begin, end in mentions:
        href = local(article, base) or safe_href(article)
        if href and begin is not None:
            href = f"{href}?hl={begin},{end}#char={begin},{end}"
        if href and all(a["href"] != href for a in out):
            out.append({"href": href, "text": "in the article"})
    return out


def _timeline(sections: list[dict]) -> list[dict]:
    """Every item of the sections by date, undated last; on one day in the sections' order.
    A quote stands in it shortened, without its detail."""
    timeline = []
    for section in sections:
        for item in section["items"]:
            if section["quotes"]:
                item = {
                    "verb": item["verb"],
                    "date": item["date"] or "",
                    "text": short_text(item["text"]),
                    "quoted": True,
                    "others": None,
                    "meta": None,
                }
            timeline.append({**item, "order": section["rank"]})
    timeline.sort(key=lambda e: (e["date"] or "9999", e["order"]))
    return timeline


async def actor_page(request: Request, iri: str, rows) -> HTMLResponse:
    base = base_of(request)
    this = ox.NamedNode(iri)

    def values(prop: str) -> list[str]:
        return sorted(r["o"].value for r in rows if r["p"].value == f"{KG}{prop}")

    names = values("name")
    name = names[0] if names else short(iri, base)
    types = [r["o"].value for r in rows if r["p"].value == RDF_TYPE]
    kind = ", ".join(t[len(KG) :] if t.startswith(KG) else t for t in types)
    sections = [await _section(request, k, this, base) for k in registry]
    sections.sort(key=lambda section: section["rank"])
    labels = await labels_of(
        request, {r["o"].value for r in rows if isinstance(r["o"], ox.NamedNode)}
    )
    return render(
        "actor.html",
        title=name,
        h=header(iri, base, name, kind),
        aliases=values("alias"),
        titles=shown_titles(values("title"), names + values("alias")),
        wikidata=[link(w, base, w) for w in values("wikidata")],
        sections=sections,
        timeline=_timeline(sections),
        rows=property_rows(rows, base, labels),
    )


def parse_range(value: str | None) -> tuple[int, int] | None:
    """``?hl=begin,end``: two non-negative integers in ASCII digits, begin <= end, each at
    most 12 digits (an article is far shorter); else a 400."""
    if value is None or value == "":
        return None
    begin, comma, end = value.partition(",")
    if not comma or not all(_offset(x) for x in (begin, end)):
        raise UsageError(f"hl={value[:40]!r} is not two character offsets (hl=begin,end).")
    if int(begin) > int(end):
        raise UsageError("hl=begin,end needs begin <= end.")
    return int(begin), int(end)


def _offset(text: str) -> bool:
    # str.isdigit() is true for '²' and other digits int() refuses
    return 0 < len(text) <= 12 and text.isascii() and text.isdigit()


def pieces(text: str, spans: dict[tuple[int, int], list[str]], highlight) -> list[dict]:
    """The text cut at every mention boundary; each piece covered by a mention is marked and
    carries its code-point offsets; an anchor ``char=b,e`` opens each mention."""
    size = len(text)
    cuts = {0, size}
    for b, e in spans:
        cuts.update((max(0, min(b, size)), max(0, min(e, size))))
    if highlight:
        cuts.update((max(0, min(highlight[0], size)), max(0, min(highlight[1], size))))
    starts = defaultdict(list)
    for b, e in spans:
        starts[b].append((b, e))
    out = []
    for begin, end in itertools.pairwise(sorted(cuts)):
        anchors = [{"b": b, "e": e, "kinds": " ".join(spans[(b, e)])} for b, e in starts[begin]]
        covering = [k for k in spans if k[0] <= begin and end <= k[1]]
        classes = []
        if covering:
            classes.append("m" if len(covering) == 1 else "m m2")
        if highlight and highlight[0] <= begin and end <= highlight[1]:
            classes.append("hl")
        out.append(
            {
                "b": begin,
                "e": end,
                "text": text[begin:end],
                "classes": " ".join(classes),
                "anchors": anchors,
            }
        )
    return out


async def article_page(request: Request, iri: str, rows) -> HTMLResponse:
    base = base_of(request)
    this = ox.NamedNode(iri)
    highlight = parse_range(request.query_params.get("hl"))

    def value(prop: str) -> str | None:
        for r in rows:
            if r["p"].value == f"{KG}{prop}":
                return r["o"].value
        return None

    text = value("text") or ""
    title = value("headline") or value("sourceName") or short(iri, base)
    meta = [
        (label, value(prop))
        for label, prop in (("Published", "published"), ("Source", "sourceName"))
        if value(prop)
    ]
    url = value("url")
    spans: dict[tuple[int, int], list[str]] = defaultdict(list)
    classes = fact_classes()
    for m in await run_select(request, "article-mentions.rq", this=this, classes=classes):
        key = (int(m["begin"].value), int(m["end"].value))
        spans[key]
        if m["class"] is not None:
            spans[key].append(class_name(m["class"].value))
    facts = [
        {
            "link": link(f["fact"].value, base, class_name(f["class"].value)),
            "anchor": short_text(v(f["anchor"]) or ""),
        }
        for f in await run_select(request, "article-facts.rq", this=this, classes=classes)
    ]
    return render(
        "article.html",
        title=title,
        h=header(iri, base, title, "Article"),
        meta=meta,
        # the URL is shown whatever it is; it is a link only for http(s)
        url={"href": safe_href(url), "text": url} if url else None,
        pieces=pieces(text, spans, highlight),
        facts=facts,
    )
