"""The SPARQL endpoint: a FastAPI app factory."""

from kg.server.app import create_app

__all__ = ["create_app"]
