"""Inputs -> Articles. Reads .txt, .html/.htm and .jsonl files and folders of them.

Never touches the network. Every input yields either an Article or a Rejected naming the
file (and line) and the problem, so nothing is lost silently; no input, however malformed,
stops the others. Reading is lazy: :func:`iter_inputs` yields one article at a time, and a
JSONL file is read line by line, each line parsed on its own, so memory holds one line (at
most ``max_bytes``, the ``max_input_bytes`` setting; a longer line is skipped unread) whatever
the file's length. A .txt or .html file is read whole, and refused unread past ``max_bytes``.

An article whose text holds a run of more than MAX_RUN_CHARS characters without whitespace
is refused: that is not prose, and spaCy's tokenizer is quadratic in such runs (kg.nlp).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import IngestError
from kg.ids import article_hash, normalise_text
from kg.models import Article

SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
DEFAULT_MAX_BYTES = 5_000_000
# spaCy's parser refuses longer texts (nlp.max_length); such an article is rejected with a reason.
MAX_ARTICLE_CHARS = 1_000_000
# No word, number or link of prose is this long (the corpus's longest run is 39 characters).
MAX_RUN_CHARS = 1_000
_TOO_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1}}}")
_RUN = re.compile(r"\S+")
# Control characters have no place in news text (tab and line breaks aside).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

# An optional first line "date YYYY-MM-DD", spaces around it allowed.
DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*(?:\n|\Z)", re.IGNORECASE)
ISO_DATE = re.compile(r"\A(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class Rejected:
    """An input that did not become an article, with its one-line reason."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def iter_inputs(
    paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Rejected]:
    """Articles from files and folders (recursively), in a stable order, with rejections;
    a file or a JSON line over ``max_bytes`` is rejected unread."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in _walk(path) if p.suffix.lower() in SUFFIXES)
            if not files:
                yield Rejected(str(path), "folder holds no .txt, .html, .htm or .jsonl file")
            for file in files:
                yield from read_file(file, max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes)
        else:
            yield Rejected(str(path), "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    # os.walk does not follow symlinked folders, so a symlink loop cannot trap us.
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in files:
            yield Path(root) / name


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Rejected]:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        yield Rejected(str(path), f"unsupported file type {path.suffix or '(none)'!r}")
        return
    if not path.is_file():
        # a FIFO or a device would block or never end; a broken symlink has nothing to read
        yield Rejected(str(path), "is not a regular file")
        return
    if kind == "jsonl":
        yield from _jsonl_articles(path, max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Rejected(str(path), f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Rejected(str(path), f"cannot be read ({error.strerror or error})")
        return
    try:
        if kind == "html":
            yield _html_article(path, data)
        else:
            yield _text_article(path, data)
    except IngestError as error:
        yield Rejected(error.source, error.reason)


def decode(source: str, data: bytes) -> str:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(source, "looks like a binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(source, "is not valid UTF-16 despite its byte-order mark") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise IngestError(
            source, f"is not UTF-8 (invalid byte at offset {error.start}); convert it to UTF-8"
        ) from None


def make_article(
    source: str,
    name: str,
    raw_text: str,
    date: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """An Article from raw text: takes the optional date line off, normalises, hashes."""
    match = DATE_LINE.match(raw_text)
    if match:
        date = date or match.group(1)
        raw_text = raw_text[match.end() :]
    # drop them rather than the article
    raw_text = _CONTROL.sub("", raw_text)
    text = normalise_text(raw_text)
    if not text.strip():
        raise IngestError(source, "is empty (no text after the date line)")
    if len(text) > MAX_ARTICLE_CHARS:
        raise IngestError(
            source,
            f"is {len(text):,} characters long, over the {MAX_ARTICLE_CHARS:,} an article may have",
        )
    run = _TOO_LONG_RUN.search(text)
    if run is not None:
        length = _RUN.match(text, run.start()).end() - run.start()
        raise IngestError(
            source,
            f"holds a run of {length:,} characters without a space (more than "
            f"{MAX_RUN_CHARS:,} is not prose)",
        )
    if date is not None and not _valid_date(date):
        raise IngestError(source, f"date {date!r} is not a valid YYYY-MM-DD date")
    return Article(
        id=article_hash(text), name=name, text=text, source=source, date=date, url=url, title=title
    )


def _valid_date(value: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _text_article(path: Path, data: bytes) -> Article:
    return make_article(str(path), path.stem, decode(str(path), data))


def _html_article(path: Path, data: bytes) -> Article:
    import trafilatura

    html = decode(str(path), data)
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise IngestError(str(path), "HTML page has no main text")
    meta = trafilatura.extract_metadata(html)
    date = meta.date if meta is not None and meta.date and _valid_date(meta.date) else None
    title = meta.title if meta is not None else None
    url = meta.url if meta is not None else None
    return make_article(str(path), path.stem, text, date=date, url=url, title=title)


def _jsonl_articles(path: Path, max_bytes: int) -> Iterator[Article | Rejected]:
    """Each line of a JSONL file, read and parsed on its own (see the module docstring)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):
                yield Rejected(str(path), "is UTF-16; JSON lines must be UTF-8")
                return
            if b"\x00" in head:
                yield Rejected(str(path), "looks like a binary file, not text")
                return
            handle.seek(3 if head.startswith(b"\xef\xbb\xbf") else 0)
            seen_any = False
            for number, line in _lines(handle, max_bytes):
                seen_any = True
                if line is None:
                    yield Rejected(f"{path}:{number}", f"line is over the {max_bytes:,}-byte limit")
                    continue
                try:
                    yield _json_article(path, number, line)
                except IngestError as error:
                    yield Rejected(error.source, error.reason)
    except OSError as error:
        yield Rejected(str(path), f"cannot be read ({error.strerror or error})")
        return
    if not seen_any:
        yield Rejected(str(path), "is empty (no JSON lines)")


def _lines(handle, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line that is not blank; None for a line over
    max_bytes, whose rest is skipped a block at a time, never held."""
    number = 0
    while raw := handle.readline(max_bytes + 1):
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while (rest := handle.readline(1 << 16)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        elif raw.strip():
            yield number, raw


def _json_article(path: Path, number: int, line: bytes) -> Article:
    source = f"{path}:{number}"
    try:
        row = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise IngestError(
            source, f"is not UTF-8 (invalid byte at column {error.start + 1})"
        ) from None
    except json.JSONDecodeError as error:
        raise IngestError(source, f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise IngestError(source, "not valid JSON for kg: nested too deeply") from None
    except ValueError as error:  # an integer of more digits than Python converts (4,300)
        raise IngestError(source, f"not valid JSON for kg: {str(error).split(';')[0]}") from None
    if not isinstance(row, dict):
        raise IngestError(source, "a JSON line must be an object with a 'text' field")
    text = row.get("text")
    if not isinstance(text, str):
        problem = "has no 'text' field" if text is None else "'text' is not a string"
        raise IngestError(source, problem)
    fields = {}
    for key in ("id", "url", "title", "date"):
        value = row.get(key)
        if value is not None and not isinstance(value, str | int):
            raise IngestError(source, f"'{key}' must be a string")
        fields[key] = None if value is None else str(value)
    for key, value in (("text", text), *fields.items()):
        if value is not None and not _is_unicode(value):
            raise IngestError(source, f"'{key}' holds a lone surrogate, not valid Unicode")
    date = fields["date"]
    if date:
        match = ISO_DATE.match(date)
        date = match.group(1) if match else date
    name = fields["id"] or f"{path.stem}:{number}"
    return make_article(source, name, text, date=date, url=fields["url"], title=fields["title"])


def _is_unicode(value: str) -> bool:
    """False for a string holding a lone surrogate (JSON's "\\ud800"), which no UTF-8
    output (the store, the report, the terminal) can carry."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
