"""Commands a state names after the region they serve: 'U.S. Forces Japan', 'US Air Forces
Africa', 'US Marine Corps Forces Europe'. The model tags the state and the place as two
places and leaves 'Forces' between them untagged, so the command's words would be its
state's (or the place's). A state's name, capitalised service words, the capitalised word
'Forces' and the capitalised place or region right after it, all hung on one head, are one
organisation's name: the command's (GUIDELINES: a named command is its own organisation).

Invariants: 'Forces' is capitalised and a capitalised place or region word follows it in
the same compound run ('U.S. forces in Korea' are the state's forces, never a command); the
name opens on a country's name the gazetteer knows; a word the tokenizer ran into a bracket
('Korea(USFK') is no name word, and the span is left as it was."""

from __future__ import annotations

from kg.extract.lexicon import actors as lx
from kg.gazetteer import gazetteer

_PLACE_LABELS = ("GPE", "LOC")


def command_spans_repaired(doc, ents: list) -> list:
    """The entities with each region command's name made one organisation (see the module's
    docstring)."""
    from spacy.tokens import Span

    out = list(ents)
    for index, ent in enumerate(out):
        if ent is None or ent.label_ != "GPE":
            continue
        end = _command_end(doc, ent, out)
        if end is None:
            continue
        for other, span in enumerate(out):
            if other != index and span is not None and span.start < end and span.end > ent.start:
                out[other] = None  # the place the model tagged inside the name
        out[index] = Span(doc, ent.start, end, label="ORG")
    return [e for e in out if e is not None]


def _command_end(doc, ent, ents: list) -> int | None:
    """Where a region command's name that opens on the state ``ent`` ends, or None."""
    entry = gazetteer().lookup(ent.text)
    if entry is None or entry.type != "Country":
        return None
    forces = ent.end
    while forces < len(doc) and doc[forces].text.lower() in lx.COMMAND_SERVICE_WORDS:
        if not doc[forces].is_title:
            return None
        forces += 1
    if forces + 1 >= len(doc) or doc[forces].text != "Forces":
        return None
    place = doc[forces + 1]
    if not (place.is_title and place.is_alpha) or place.i == place.sent.end - 1:
        return None
    if doc[forces].head.i not in (place.i, place.head.i) or place.pos_ != "PROPN":
        return None  # not one compound run: 'U.S. Forces | Japan said' read apart
    tagged = next((e for e in ents if e is not None and e.start == place.i), None)
    if tagged is not None and tagged.label_ in _PLACE_LABELS:
        return tagged.end
    return place.i + 1 if place.lower_ in lx.COMMAND_REGION_WORDS else None
