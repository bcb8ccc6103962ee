"""Place extents: wording that runs on past a place the parser closed early, because it hung
the rest on the verb or the force beside the place: the extent of a place ('at campuses
across the country') and where it lies ('into X in northeastern Y', 'in the zone just outside
Z's waters', 'into the north-west, near the borders with W'). The GUIDELINES word a location as
the article does, lightly trimmed; places.py finds the place itself."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.deployments import places as pl
from kg.extract.lexicon import deployments as dlx


def extent(place) -> str:
    """'fanned out at campuses across the country', 'forces in X including those in Y':
    the extent right after a place, wherever the parser hangs it, is part of the place's
    wording."""
    doc, after = place.doc, place.right_edge.i + 1
    if after < len(doc) and doc[after].text == "," and after + 1 < len(doc):
        after += 1
    prep = doc[after] if after < len(doc) else None
    if prep is None or prep.lower_ not in dlx.EXTENT_PREPOSITIONS or prep.dep_ != "prep":
        return ""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or (prep.lower_ != "including" and not pl.is_place(pobj)):
        return ""
    # "the Bering Strait that separates X from Y": what a clause says of it is no wording
    clauses = [c.left_edge.i for c in pobj.rights if c.dep_ in ("relcl", "acl")]
    end = min([*clauses, pobj.right_edge.i + 1])
    return place.right_edge.whitespace_ + doc[place.right_edge.i + 1 : end].text.rstrip(" ,")


def situation(prep, place) -> str:
    """'moved battalions into X in northeastern Y', 'ships in the zone just outside Z's
    waters': a phrase right after the place, hung beside it on the same word, that says
    where the place lies (a definite place after a preposition of SITUATING_PREPOSITIONS);
    '' when none does ('to X in May', 'in X in a show of force', 'in X and Y')."""
    doc, after = place.doc, place.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc):
        return ""
    nxt = doc[after]
    # "just outside": the adverb that sharpens the preposition comes first
    if nxt.dep_ == "advmod" and nxt.lower_ in dlx.SITUATING_ADVERBS and nxt.head.i == after + 1:
        nxt = nxt.head
    if nxt.dep_ != "prep" or nxt.head.i != prep.head.i or nxt.left_edge.i != after:
        return ""
    if nxt.lower_ not in dlx.SITUATING_PREPOSITIONS:
        return ""
    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if pobj is None or not pl.is_place(pobj) or not pl.definite(pobj) or pl._is_time(pobj):
        return ""
    if pl._is_body(pobj) or pobj.lemma_.lower() in lx.NOT_LOCATION_HEADS:
        return ""
    lead = doc[place.right_edge.i + 1 : pobj.left_edge.i].text
    return f"{place.right_edge.whitespace_}{lead} {pl.comma_free_phrase(pobj)}"
