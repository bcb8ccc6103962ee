"""A SPARQL 1.1 server as kg's store: named graphs written with the Graph Store Protocol,
read with the SPARQL 1.1 Protocol. Past one machine, builds go to any such server (Oxigraph's
own server, Fuseki, GraphDB, or another `kg serve` with its admin token).

``RemoteStore`` offers what a build and ``kg query`` need from ``kg.store.KGStore``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx
import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import QueryError, QueryTimeout, StoreError
from kg.ids import Iris
from kg.ns import KG, WD


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str
    graph_store: str


def is_remote(location: str) -> bool:
    return str(location).startswith(("http://", "https://"))


def discover(base: str, client: httpx.Client) -> Endpoints:
    """kg serve answers /health with its version; otherwise Oxigraph's server layout."""
    base = base if base.endswith("/") else base + "/"
    try:
        health = client.get(urljoin(base, "health"), timeout=10)
        if health.status_code == 200 and "version" in health.text:
            return Endpoints(
                urljoin(base, "sparql"), urljoin(base, "update"), urljoin(base, "graph")
            )
    except httpx.HTTPError:
        pass
    return Endpoints(urljoin(base, "query"), urljoin(base, "update"), urljoin(base, "store"))


class RemoteStore:
    def __init__(self, url: str, token: str = "", timeout: float = 120.0):
        headers = {"authorization": f"Bearer {token}"} if token else {}
        self.url = url
        self.client = httpx.Client(headers=headers, timeout=timeout)
        try:
            self.endpoints = discover(url, self.client)
            self._check(self.client.post(self.endpoints.query, data={"query": "ASK {}"}), "read")
        except httpx.HTTPError as error:
            raise StoreError(f"The store server {url} cannot be reached ({error}).") from None
        self.read_only = False

    def _check(self, response: httpx.Response, what: str) -> httpx.Response:
        if response.status_code >= 400:
            raise StoreError(
                f"The store server refused to {what} ({response.status_code}: "
                f"{' '.join(response.text.split())[:200]})."
            )
        return response

    # ------------------------------------------------------------ writing
    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        self.replace_graph_ntriples(str(graph_iri), _ntriples(graph))

    def replace_graph_ntriples(self, graph_iri: str, ntriples: bytes) -> None:
        """One PUT: the server swaps the graph in one step, so readers see all or nothing."""
        self._check(
            self.client.put(
                self.endpoints.graph_store,
                params={"graph": str(graph_iri)},
                content=ntriples,
                headers={"content-type": "application/n-triples"},
            ),
            "write a graph",
        )

    def add_to_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        self._check(
            self.client.post(
                self.endpoints.graph_store,
                params={"graph": str(graph_iri)},
                content=_ntriples(graph),
                headers={"content-type": "application/n-triples"},
            ),
            "write a graph",
        )

    def remove_graph(self, graph_iri: str) -> None:
        response = self.client.delete(self.endpoints.graph_store, params={"graph": graph_iri})
        if response.status_code != 404:
            self._check(response, "drop a graph")

    def rebuild_actors_graph(self, iris: Iris) -> int:
        from kg.store import ACTORS_CONSTRUCT

        body = self._check(
            self.client.post(
                self.endpoints.query,
                data={"query": ACTORS_CONSTRUCT.format(kg=KG, wd=WD)},
                headers={"accept": "application/n-triples"},
            ),
            "read the actor references",
        ).content
        self._check(
            self.client.put(
                self.endpoints.graph_store,
                params={"graph": str(iris.actors_graph)},
                content=body,
                headers={"content-type": "application/n-triples"},
            ),
            "write the actors graph",
        )
        return body.count(b"\n")

    def rebuild_facts_graph(self, iris: Iris, suppressed: frozenset[str] = frozenset()) -> int:
        import pyoxigraph as ox

        from kg.store import REPORTS_CONSTRUCT, derived_facts

        body = self._check(
            self.client.post(
                self.endpoints.query,
                data={"query": REPORTS_CONSTRUCT.format(kg=KG)},
                headers={"accept": "application/n-triples"},
            ),
            "read the fact reports",
        ).content
        triples = derived_facts(ox.parse(body, format=ox.RdfFormat.N_TRIPLES), iris, suppressed)
        self._check(
            self.client.put(
                self.endpoints.graph_store,
                params={"graph": str(iris.facts_graph)},
                content=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES),
                headers={"content-type": "application/n-triples"},
            ),
            "write the facts graph",
        )
        return len(triples)

    def flush(self) -> None:
        pass

    # ------------------------------------------------------------ reading
    def select(self, query: str) -> list[dict]:
        response = self._check(
            self.client.post(
                self.endpoints.query,
                data={"query": query},
                headers={"accept": "application/sparql-results+json"},
            ),
            "answer a query",
        )
        return json.loads(response.content)["results"]["bindings"]

    def article_versions(self, iris: Iris) -> dict[str, str]:
        rows = self.select(f"SELECT ?g ?v WHERE {{ GRAPH ?g {{ ?a <{KG.extractorVersion}> ?v }} }}")
        out = {}
        for row in rows:
            article_id = iris.article_id_of_graph(row["g"]["value"])
            if article_id:
                out[article_id] = row["v"]["value"]
        return out

    def article_names(self, iris: Iris) -> dict[str, str]:
        rows = self.select(
            f"SELECT ?g ?n WHERE {{ GRAPH ?g {{ ?a a <{KG.Article}> ; <{KG.sourceName}> ?n }} }}"
        )
        out = {}
        for row in rows:
            article_id = iris.article_id_of_graph(row["g"]["value"])
            if article_id:
                out[article_id] = row["n"]["value"]
        return out

    def graph_names(self) -> list[str]:
        return [r["g"]["value"] for r in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")]

    def forward(
        self,
        query: str,
        accept: str,
        timeout: float | None = None,
        default_graph_uris: list[str] = (),
        named_graph_uris: list[str] = (),
    ) -> tuple[str, bytes]:
        """A query's answer as the server gives it: (media type, body)."""
        form: dict[str, str | list[str]] = {"query": query}
        if default_graph_uris:
            form["default-graph-uri"] = list(default_graph_uris)
        if named_graph_uris:
            form["named-graph-uri"] = list(named_graph_uris)
        try:
            response = self.client.post(
                self.endpoints.query,
                data=form,
                headers={"accept": accept},
                timeout=timeout or self.client.timeout,
            )
        except httpx.TimeoutException:
            raise QueryTimeout(
                f"The store server did not answer within {timeout:g} s; the query was dropped."
            ) from None
        if response.status_code >= 400:
            message = " ".join(response.text.split())[:200]
            raise QueryError(f"The store server answered {response.status_code}: {message}")
        return response.headers.get("content-type", accept).split(";")[0], response.content


def _ntriples(graph: Graph) -> bytes:
    from kg.store import to_ox

    triples = (ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph)
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
