"""The SPARQL endpoint: a FastAPI app factory.

Loaded on first use: a query worker imports ``kg.server.workers`` and must not pay for
FastAPI (seconds on a busy machine, during which its first query waits).
"""

__all__ = ["create_app"]


def __getattr__(name):
    if name == "create_app":
        from kg.server.app import create_app

        return create_app
    raise AttributeError(f"module 'kg.server' has no attribute {name!r}")
