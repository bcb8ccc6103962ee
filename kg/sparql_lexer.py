"""The tokens of a SPARQL 1.1 request, read the way the engine may read them.

kg refuses ``SERVICE`` and ``LOAD`` before Oxigraph sees a request, and pyoxigraph exposes no
parsed query, so the decision rests on this lexer. It implements the terminals of the SPARQL
1.1 grammar (section 19.8: IRIREF, prefixed names with ``PLX`` escapes and ``%`` codes, blank
node labels, variables, language tags, numbers, strings of all four kinds with ``ECHAR`` and
``\\u`` escapes, comments ending at CR or LF, whitespace) and is deliberately suspicious where
the engine is not the grammar:

- Oxigraph (0.5) matches keywords without a word boundary: ``SERVICESILENT<…>``,
  ``trueSERVICE <…>`` and ``PREFIX : <…> … SERVICE:x {…}`` all call out. So a guarded word
  counts when it occurs anywhere inside a bare name, a prefix of a prefixed name, or a
  language tag (a prefix named ``service:`` is refused; variables, blank nodes, the local
  part of a prefixed name up to its first dot and the insides of strings, IRIs and comments
  are free). Oxigraph's local names take one run of dots only (``ex:a.b.SERVICE <…> {…}``
  calls out), so what follows a dot in a local name counts too.
- Oxigraph reads ``<`` after an operand as less-than even where a context-free lexer sees an
  IRI: ``FILTER(?a<'x>' || true) SERVICE <…> {…} #'`` hides the SERVICE inside a string for
  the lexer, not for the engine. After an operand inside parentheses (where every
  expression is), an IRI is therefore also read as ``<`` followed by code. Every reading is
  a path through states (position, previous token, depth); paths that meet are walked once,
  and a guarded word on any of them refuses the request. A branch ends where it stops
  lexing or meets ``//`` (never SPARQL, and the start of most IRIs read as code), so
  ``?s ?p <http://x/service>`` passes; ``FILTER(?o = ?s <urn:a/service>)`` is refused.
- Section 19.2 applies ``\\u``/``\\U`` escapes to the whole text before parsing; Oxigraph 0.5
  applies them only inside strings and IRIs (earlier releases applied them everywhere,
  taking ``\\u+041`` too). When the text holds such an escape it is also read the
  section-19.2 way (escapes decoded first), and the request must pass both readings.

Fail closed: a character no terminal accepts on the main reading (a stray backslash, a form
feed, an unclosed string, ``@`` without a tag), or more readings than 8 states a character,
makes the request unreadable: :func:`read` and :func:`tokens` raise :class:`Unreadable`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_U = _BASE + "_"
_CHARS = _U + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_HEX = "[0-9A-Fa-f]"
_UCHAR = rf"\\u{_HEX}{{4}}|\\U{_HEX}{{8}}"
_ECHAR = r"""\\[tbnrf"'\\]"""
_PLX = rf"%{_HEX}{_HEX}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PREFIX = rf"[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?"
_LOCAL = rf"(?:[{_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?"

_PATTERNS = {
    "ws": r"[ \t\r\n]+",
    "iri": rf"<(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*>",
    "long_string": rf"'''(?:(?:''|')?(?:[^'\\]|{_ECHAR}|{_UCHAR}))*'''"
    rf'|"""(?:(?:""|")?(?:[^"\\]|{_ECHAR}|{_UCHAR}))*"""',
    "string": rf"'(?:[^'\\\n\r]|{_ECHAR}|{_UCHAR})*'|\"(?:[^\"\\\n\r]|{_ECHAR}|{_UCHAR})*\"",
    "var": rf"[?$][{_U}0-9][{_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*",
    "langtag": r"@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*(?:--[a-zA-Z]+)?",
    "bnode": rf"_:[{_U}0-9](?:[{_CHARS}.]*[{_CHARS}])?",
    "number": r"[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.?[0-9]+[eE][+-]?[0-9]+|[0-9]*\.[0-9]+|[0-9]+",
    "pname": rf"(?P<prefix>{_PREFIX})?:(?P<local>{_LOCAL})?",
    "word": rf"[{_CHARS}]+",
    "punct": r"[{}()\[\];,.+\-*/!=<>^|&~?$]",
}
# first match wins, in this order (comments and long strings are handled before)
_ORDER = ("ws", "iri", "string", "var", "langtag", "bnode", "number", "pname", "word", "punct")
_MASTER = re.compile("|".join(f"(?P<{kind}>{_PATTERNS[kind]})" for kind in _ORDER))
_LONG = re.compile(_PATTERNS["long_string"])
_EOL = re.compile(r"[\r\n]")
# a token after which '<' may be Oxigraph's less-than (the end of an expression operand)
_OPERAND_ENDS = {"var", "number", "string", "long_string", "langtag", "iri", "pname", "bnode"}
_SKIPPED = ("ws", "comment")


class Unreadable(ValueError):
    """No SPARQL terminal starts here (on the main reading)."""

    def __init__(self, text: str, position: int, what: str | None = None):
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        shown = what or (repr(text[position]) if position < len(text) else "the end")
        super().__init__(f"{shown} at line {line}, column {column}")
        self.position = position


class Token(NamedTuple):
    kind: str  # ws comment iri string long_string var langtag bnode number pname word punct
    text: str  # empty for a comment
    start: int
    end: int
    prefix: str | None = None  # of a pname
    local: str | None = None  # of a pname, as written

    @property
    def names(self) -> tuple[str, ...]:
        """The parts of the token where Oxigraph could find a keyword."""
        if self.kind in ("word", "langtag"):
            return (self.text,)
        if self.kind == "pname":
            # Oxigraph's PN_LOCAL takes one run of dots: in ex:a.b.SERVICE the rest is code
            local = self.local or ""
            return (self.prefix or "", local[local.find(".") + 1 :] if "." in local else "")
        return ()


class _Reader:
    """The tokens of one text by position, each lexed once however many readings pass."""

    def __init__(self, text: str):
        self.text = text
        self.ends = [m.start() for m in _EOL.finditer(text)]  # where comments stop
        self.cache: dict[int, Token | None] = {}

    def at(self, position: int) -> Token | None:
        """The token at ``position`` (the first terminal that matches), or None."""
        if position not in self.cache:
            self.cache[position] = self._lex(position)
        return self.cache[position]

    def _lex(self, position: int) -> Token | None:
        text = self.text
        if text[position] == "#":
            index = bisect.bisect_left(self.ends, position)
            end = self.ends[index] if index < len(self.ends) else len(text)
            return Token("comment", "", position, end)
        if text.startswith(('"""', "'''"), position):
            # Oxigraph commits to a long string at three quotes: unclosed, no token
            match, kind = _LONG.match(text, position), "long_string"
        else:
            match = _MASTER.match(text, position)
            kind = match.lastgroup if match else None
        if match is None:
            return None
        if kind == "pname":
            prefix, local = match.group("prefix", "local")
            return Token(kind, match.group(), position, match.end(), prefix, local)
        return Token(kind, match.group(), position, match.end())


def _after(token: Token, previous: str | None) -> str | None:
    """What a token leaves for the next one: whether a '<' may be less-than."""
    if token.kind in _SKIPPED:
        return previous
    if token.kind == "pname" and previous == "prefix":
        return "other"  # PREFIX p: <iri> is a declaration, never a comparison
    if token.kind in _OPERAND_ENDS or (token.kind == "punct" and token.text in ")>"):
        return "operand"
    if token.kind == "word":
        # Oxigraph may split a word into keyword and operand: COUNT(DISTINCT1<...)
        if token.text[-1].isdigit() or token.text.lower().endswith(("true", "false")):
            return "operand"
        if token.text.upper() == "PREFIX":
            return "prefix"
    return "other"


@dataclass
class Reading:
    """The main reading's tokens (no whitespace or comments), and every name part (see
    :attr:`Token.names`, lower-cased) on any reading of the text."""

    tokens: list[Token]
    names: set[str]


def read(text: str) -> Reading:
    """Lex the text every way Oxigraph may read it; raises :class:`Unreadable` if the main
    reading (or the section-19.2 reading, for a text with ``\\u`` escapes) cannot be lexed."""
    main, names = _walk(text)
    decoded = unescape_codepoints(text)
    if decoded != text:
        names |= _walk(decoded)[1]
    return Reading(main, names)


def tokens(text: str) -> list[Token]:
    """The main reading's tokens (no whitespace or comments); raises :class:`Unreadable`."""
    reader, out, position = _Reader(text), [], 0
    while position < len(text):
        token = reader.at(position)
        if token is None:
            raise Unreadable(text, position)
        if token.kind not in _SKIPPED:
            out.append(token)
        position = token.end
    return out


def _walk(text: str) -> tuple[list[Token], set[str]]:
    """Walk every reading from the start: the main one first (it must lex to the end), then
    each branch until it stops lexing, meets '//' (never SPARQL) or joins a walked one.

    A state is (position, what came before, parenthesis depth): Oxigraph's '<' is less-than
    only inside an expression, and every expression is inside parentheses."""
    reader = _Reader(text)
    main_tokens: list[Token] = []
    found: set[str] = set()
    visited: set[tuple[int, str | None, int]] = set()
    walks: list[tuple[int, str | None, int, bool]] = [(0, None, 0, True)]
    budget = 8 * len(text) + 1024
    while walks:
        position, previous, depth, main = walks.pop()
        slash = False
        while position < len(text):
            state = (position, previous, depth)
            if not main and state in visited:
                break
            visited.add(state)
            if len(visited) > budget:
                raise Unreadable(text, position, "readings past counting")
            token = reader.at(position)
            if token is None:
                if main:
                    raise Unreadable(text, position)
                break
            if main and token.kind not in _SKIPPED:
                main_tokens.append(token)
            for name in token.names:
                found.add(name.lower())
            if token.kind == "iri" and previous == "operand" and depth > 0:
                walks.append((position + 1, "other", depth, False))  # the '<' as less-than
            if token.kind == "punct":
                depth += {"(": 1, ")": -1 if depth else 0}.get(token.text, 0)
                if token.text == "/" and slash and not main:
                    break
                slash = token.text == "/"
            elif token.kind not in _SKIPPED:
                slash = False
            previous, position = _after(token, previous), token.end
    return main_tokens, found


def unescape_codepoints(text: str) -> str:
    """Section 19.2: ``\\uXXXX`` and ``\\UXXXXXXXX`` replaced before parsing, as spargebra
    did before 0.5 (a pair ``\\\\`` is kept; an escape that is no code point is kept; like
    Rust's ``from_str_radix`` a leading ``+`` is accepted)."""
    if "\\u" not in text and "\\U" not in text:
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char != "\\" or i + 1 == n:
            out.append(char)
            i += 1
            continue
        kind = text[i + 1]
        width = {"u": 4, "U": 8}.get(kind)
        if width is None:
            out.append(text[i : i + 2])
            i += 2
            continue
        digits = text[i + 2 : i + 2 + width]
        code = _code_point(digits) if len(digits) == width else None
        if code is None:
            out.append(text[i : i + 2 + width])
        else:
            out.append(chr(code))
        i += 2 + width
    return "".join(out)


def _code_point(digits: str) -> int | None:
    if not re.fullmatch(r"\+?[0-9A-Fa-f]+", digits):
        return None
    code = int(digits, 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return code


def unescape_iri(iri: str) -> str:
    """The IRI an IRIREF token (without its angle brackets) names."""
    return re.sub(_UCHAR, lambda m: chr(int(m.group()[2:], 16)), iri)


def unescape_local(local: str) -> str:
    """The local part of a prefixed name as part of an IRI (``\\#`` is ``#``; ``%23`` stays)."""
    return re.sub(r"\\(.)", r"\1", local)
