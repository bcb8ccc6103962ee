"""kg: a knowledge-graph builder for news.

Reads articles, extracts who said what, who deployed which forces where and who met or
called whom, stores the facts as RDF (one named graph per article) in an on-disk Oxigraph
store and serves them over SPARQL.

Public API::

    from kg import build, open_store, __version__
"""

__version__ = "0.1.0"

# What the extractors emit. Bump it when any rule or lexicon changes what comes out: every
# article is then extracted again on the next build. It never goes into an IRI.
EXTRACTOR_VERSION = "kg-extract/54"

__all__ = ["EXTRACTOR_VERSION", "__version__", "build", "open_store"]


def __getattr__(name):
    # Lazy: importing kg must not load spaCy or open a store.
    if name == "build":
        from kg.pipeline import build

        return build
    if name == "open_store":
        from kg.store import open_store

        return open_store
    raise AttributeError(name)
