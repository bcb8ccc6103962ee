"""A SPARQL 1.1 server as kg's store: named graphs written with the Graph Store Protocol,
read and changed with the SPARQL 1.1 Protocol. Past one machine, builds go to any such server
(Oxigraph's own server, Fuseki, GraphDB, or another `kg serve` with its admin token).

It answers the whole Store protocol (kg.store.base): builds, `kg query`, `stats`, `report`,
`export` (TriG and N-Quads from one SELECT over the named graphs) and `load` (graph by
graph). The "derivation pending" mark lives in the server, as one triple in a graph of its
own, so every machine that builds into the store sees it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx
import pyoxigraph as ox

from kg.errors import QueryError, QueryTimeout, StoreError
from kg.ns import KG
from kg.store.base import DATASET_FORMATS, EXPORT_FORMATS, Store, load_format

NT = "application/n-triples"


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str
    graph_store: str


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


class RemoteStore(Store):
    def __init__(self, url: str, token: str = "", timeout: float = 120.0):
        super().__init__()
        headers = {"authorization": f"Bearer {token}"} if token else {}
        self.url = self.location = url
        self.client = httpx.Client(headers=headers, timeout=timeout)
        try:
            self.endpoints = discover(url, self.client)
            self._check(self.client.post(self.endpoints.query, data={"query": "ASK {}"}), "read")
        except httpx.HTTPError as error:
            raise StoreError(f"The store server {url} cannot be reached ({error}).") from None
        self.pending_graph = urljoin(url if url.endswith("/") else url + "/", "kg/pending")

    def _check(self, response: httpx.Response, what: str) -> httpx.Response:
        if response.status_code >= 400:
            raise StoreError(f"The store server refused to {what} ({response.status_code}).")
        return response

    def _post_query(self, query: str, accept: str, what: str) -> bytes:
        try:
            response = self.client.post(
                self.endpoints.query, data={"query": query}, headers={"accept": accept}
            )
        except httpx.HTTPError as error:
            raise StoreError(f"The store server {self.url} cannot be reached ({error}).") from None
        return self._check(response, what).content

    def _update(self, update: str, what: str) -> None:
        try:
            response = self.client.post(self.endpoints.update, data={"update": update})
        except httpx.HTTPError as error:
            raise StoreError(f"The store server {self.url} cannot be reached ({error}).") from None
        self._check(response, what)

    # ------------------------------------------------------------ primitives
    def select(self, query: str) -> list[dict[str, str]]:
        body = self._post_query(query, "application/sparql-results+json", "answer a query")
        rows = json.loads(body)["results"]["bindings"]
        return [{name: cell["value"] for name, cell in row.items()} for row in rows]

    def construct(self, query: str) -> list[ox.Triple]:
        body = self._post_query(query, NT, "answer a query")
        return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))

    def put_graph_ntriples(self, graph_iri: str, ntriples: bytes) -> None:
        """One PUT: the server swaps the graph in one step, so readers see all or nothing."""
        self._check(
            self.client.put(
                self.endpoints.graph_store,
                params={"graph": graph_iri},
                content=ntriples,
                headers={"content-type": NT},
            ),
            "write a graph",
        )

    def drop_graph(self, graph_iri: str) -> None:
        response = self.client.delete(self.endpoints.graph_store, params={"graph": graph_iri})
        if response.status_code != 404:
            self._check(response, "drop a graph")

    def add_triples(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        if body:
            self._check(
                self.client.post(
                    self.endpoints.graph_store,
                    params={"graph": graph_iri},
                    content=body,
                    headers={"content-type": NT},
                ),
                "write a graph",
            )

    def remove_triples(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        if body:  # N-Triples lines are valid triples in a DELETE DATA block
            self._update(
                f"DELETE DATA {{ GRAPH <{graph_iri}> {{ {body.decode('utf-8')} }} }}",
                "remove triples",
            )

    def graph_names(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")
        return [r["g"] for r in rows if r["g"] != self.pending_graph]

    def is_empty(self) -> bool:
        return not json.loads(
            self._post_query(
                "ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                "application/sparql-results+json",
                "answer a query",
            )
        )["boolean"]

    def derivation_pending(self, pending: bool | None = None) -> bool:
        if pending is True:
            self.put_graph_ntriples(
                self.pending_graph,
                f'<{self.pending_graph}> <{KG.extractorVersion}> "pending" .\n'.encode(),
            )
            return True
        if pending is False:
            self.drop_graph(self.pending_graph)
            return False
        return bool(
            self.select(f"SELECT ?s WHERE {{ GRAPH <{self.pending_graph}> {{ ?s ?p ?o }} }}")
        )

    def flush(self) -> None:
        pass  # the server's own writes are durable when it answers

    # ------------------------------------------------------------ whole store
    def export(self, output, fmt: str) -> None:
        if fmt not in EXPORT_FORMATS:
            raise StoreError(
                f"Unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}."
            )
        if fmt in DATASET_FORMATS:
            body = self._post_query(
                "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                "application/sparql-results+json",
                "export the store",
            )
            quads = (
                ox.Quad(row["s"], row["p"], row["o"], row["g"])
                for row in ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
                if row["g"].value != self.pending_graph
            )
            ox.serialize(quads, output, format=EXPORT_FORMATS[fmt])
            return
        triples = self.construct(
            "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        )
        ox.serialize(triples, output, format=EXPORT_FORMATS[fmt], prefixes={"kg": str(KG)})

    def restore(self, dump) -> int:
        fmt = load_format(dump)
        if not self.is_empty():
            raise StoreError(f"The store {self.url} is not empty; restore into an empty one.")
        graphs: dict[str, list[ox.Triple]] = {}
        try:
            for quad in ox.parse(path=str(dump), format=fmt):
                if isinstance(quad.graph_name, ox.DefaultGraph):
                    raise StoreError(f"{dump}: a quad outside any named graph; kg exports none.")
                graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
        except (SyntaxError, OSError) as error:
            raise StoreError(f"{dump} does not load: {' '.join(str(error).split())}") from None
        for name, triples in graphs.items():
            self.put_graph(name, triples)
        return sum(len(t) for t in graphs.values())

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
        except httpx.HTTPError:
            raise QueryError("The store server cannot be reached.") from None
        if response.status_code >= 400:
            # the remote's own words stay in its log: they may name hosts, ports or payloads
            raise QueryError(f"The store server refused the query ({response.status_code}).")
        return response.headers.get("content-type", accept).split(";")[0], response.content
