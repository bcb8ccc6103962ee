"""Deterministic IRIs. They depend only on the text, the fact kind, the span and the
lexicon tables: never on build order, time or the extractor version."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

ARTICLE_HASH_LENGTH = 20


def normalise_text(text: str) -> str:
    """The stored form of an article: NFC, Unix newlines, no trailing white space per line."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def article_hash(stored_text: str) -> str:
    # Hash over the text with runs of white space folded, so re-wrapped copies are one article.
    folded = " ".join(stored_text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:ARTICLE_HASH_LENGTH]


def slug(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_name = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or "unnamed"


def actor_key(name: str, wikidata: str | None = None) -> str:
    """The key of an actor's canonical name (kg.gazetteer.Gazetteer.identity gives it):
    its Wikidata id where the gazetteer knows one, else a slug of the name. Not of its type:
    the model may call one name a person in one sentence and an organisation in the next, and
    one name is one actor."""
    return wikidata if wikidata else slug(name)


class Iris:
    """All IRIs under one base (the ``base_iri`` setting)."""

    def __init__(self, base: str):
        self.base = base

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}id/article/{article_id}")

    def article_graph(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/article/{article_id}")

    def mention(self, article_id: str, begin: int, end: int) -> URIRef:
        # RFC 5147 fragment, as NIF does
        return URIRef(f"{self.base}id/article/{article_id}#char={begin},{end}")

    def report(self, kind: str, article_id: str, begin: int, end: int, extra: str = "") -> URIRef:
        """A fact as one article reports it: a fragment of the article, like its mentions."""
        suffix = f",{hashlib.sha256(extra.encode()).hexdigest()[:8]}" if extra else ""
        return URIRef(f"{self.base}id/article/{article_id}#{kind}={begin},{end}{suffix}")

    def fact(self, kind: str, key: str) -> URIRef:
        """A fact merged from its reports across articles, named by what identifies it
        (kg.merge): the same words of the same speaker are one statement wherever read."""
        return URIRef(f"{self.base}id/{kind}/{hashlib.sha256(key.encode()).hexdigest()[:20]}")

    def actor_reference(self, article_id: str, key: str) -> URIRef:
        return URIRef(f"{self.base}id/article/{article_id}#actor={key}")

    def actor(self, key: str) -> URIRef:
        return URIRef(f"{self.base}id/actor/{key}")

    def build(self, stamp: str) -> URIRef:
        return URIRef(f"{self.base}id/build/{stamp}")

    @property
    def actors_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/actors")

    @property
    def facts_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/facts")

    @property
    def ontology_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/ontology")

    @property
    def builds_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/builds")

    def article_id_of_graph(self, graph_iri: str) -> str | None:
        prefix = f"{self.base}graph/article/"
        return graph_iri[len(prefix) :] if graph_iri.startswith(prefix) else None
