"""Request and response helpers every view shares: the one error shape, parameters, bodies
(read in memory up to a limit, or spooled to a temporary file), admin checks.

Every error answers ``{"error": {"status": int, "message": str}}``; views raise the classes
of :mod:`kg.errors` and the app's handler writes the shape.
"""

from __future__ import annotations

import hmac
import os
import tempfile
from urllib.parse import parse_qs

from fastapi import Request
from fastapi.responses import JSONResponse

from kg.errors import AccessDenied, TooLarge, UsageError, WritesDisabled

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
FORMAT_PARAMETERS = ("format", "output", "results")  # SPARQLWrapper sends all three


def error_response(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(
        {"error": {"status": status, "message": message}}, status_code=status, headers=headers
    )


def multi(items) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in items:
        out.setdefault(key, []).append(value)
    return out


def query_params(request: Request) -> dict[str, list[str]]:
    return multi(request.query_params.multi_items())


def merge_form(params: dict[str, list[str]], body: str, skip: tuple[str, ...] = ()) -> dict:
    """The form fields of a urlencoded body added to the URL's parameters."""
    form = parse_qs(body, keep_blank_values=True)
    for key, values in form.items():
        if key not in skip:
            params.setdefault(key, []).extend(values)
    return form


def format_names(params: dict[str, list[str]]) -> list[str]:
    return [v for key in FORMAT_PARAMETERS for v in params.get(key, [])]


def content_type(request: Request) -> tuple[str, str]:
    """The request body's media type and charset (utf-8 unless said)."""
    raw = request.headers.get("content-type", "")
    media, _, params = raw.partition(";")
    charset = "utf-8"
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.strip().lower(), charset


def _declared_over(request: Request, limit: int) -> bool:
    declared = request.headers.get("content-length")
    return bool(declared and declared.isdigit() and int(declared) > limit)


def _too_large(limit: int) -> TooLarge:
    return TooLarge(f"The request body is over the {limit:,}-byte limit.")


async def body(request: Request, limit: int) -> bytes:
    """The whole body, refused with 413 past ``limit`` bytes (before it is all read)."""
    if _declared_over(request, limit):
        raise _too_large(limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


async def spooled_body(request: Request, limit: int) -> str:
    """The body written to a temporary file, chunk by chunk (never whole in memory), refused
    with 413 past ``limit`` bytes. The caller deletes the file."""
    if _declared_over(request, limit):
        raise _too_large(limit)
    handle, name = tempfile.mkstemp(prefix="kg-upload-")
    size = 0
    try:
        with os.fdopen(handle, "wb") as out:
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise _too_large(limit)
                out.write(chunk)
    except BaseException:
        os.unlink(name)
        raise
    return name


def decode(data: bytes, charset: str = "utf-8") -> str:
    if charset not in ("utf-8", "utf8"):
        raise UsageError(f"Send the body as UTF-8, not {charset}.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError("The request body is not valid UTF-8.") from None


def require_admin(request: Request) -> None:
    """Writes need the admin token, compared in constant time (and never logged)."""
    token = request.app.state.settings.admin_token
    if not token:
        raise WritesDisabled("Writes are disabled: the server runs without KG_ADMIN_TOKEN.")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.encode(), token.encode()):
        raise AccessDenied("Writes need the admin token: Authorization: Bearer <token>.")


def endpoint_url(request: Request) -> str:
    return str(request.url.replace(query=""))
