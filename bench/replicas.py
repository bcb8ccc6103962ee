"""Large stores for benchmarks, made from a built store's article graphs copied under new
article ids (copy k of article a gets the id sha256(a/k)[:20]), bulk-loaded by Oxigraph, with
the ontology graph and the derived actors and facts graphs derived once. Deterministic: the
same source gives the same store."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path


def replicate(source: Path, target: Path, *, articles: int | None = None, triples: int = 0) -> dict:
    """Write ``target``: ``articles`` article graphs, or whole copies of the source until it
    holds at least ``triples`` triples. Returns what was made and how long the derivation took."""
    import pyoxigraph as ox

    from kg.ids import Iris
    from kg.store import open_store

    iris = Iris("https://w3id.org/kg-news/")
    src = open_store(source, read_only=True)
    graphs = {}
    for name in sorted(src.graph_names()):
        article_id = iris.article_id_of_graph(name)
        if article_id:
            quads = src.ox.quads_for_pattern(None, None, None, ox.NamedNode(name))
            graphs[article_id] = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    if articles is None:
        per_copy = sum(data.count(b"\n") for data in graphs.values())
        articles = -(-triples // per_copy) * len(graphs)
    dump = target.parent / f"{target.name}.nq"
    made = 0
    with open(dump, "wb") as out:
        while made < articles:
            k = made // len(graphs)
            for article_id, data in graphs.items():
                if made == articles:
                    break
                new_id = hashlib.sha256(f"{article_id}/{k}".encode()).hexdigest()[:20]
                out.write(data.replace(article_id.encode(), new_id.encode()))
                made += 1
    store = open_store(target)
    store.ox.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    ontology = ox.NamedNode(str(iris.ontology_graph))
    store.ox.extend(src.ox.quads_for_pattern(None, None, None, ontology))
    started = time.perf_counter()
    store.derive_all(iris)
    store.flush()
    derive_s = time.perf_counter() - started
    store.ox.optimize()
    dump.unlink()
    return {"articles": made, "source_articles": len(graphs), "derive_s": round(derive_s, 1)}
