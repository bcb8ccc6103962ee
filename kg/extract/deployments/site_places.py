"""Site places: a place named by the site that lies in it ("the Russian base in X, where
3,000 servicemen are stationed"). A clause of where on the place is set after the whole
phrase, so the location is the site with its place, as the article words it (GUIDELINES:
the article's wording), not the town alone.

Invariants: only a place that is the object of a preposition of situation
(slx.SITE_IN_PLACE_PREPOSITIONS: in, at, near, outside, inside, on) on a noun of a site
(base, camp, airfield, ...) before it; the phrase runs from the site's first word to the
place's last, without the clause of where or anything a comma, semicolon, bracket or dash
sets off after the place; a comma, semicolon or opening bracket between the site and the
preposition (a clause or aside of the site set off there) gives none.
"""

from __future__ import annotations

from kg.extract.lexicon import deployment_sites as slx


def site_phrase(place) -> str | None:
    """'the Russian base in X' for the place X of that phrase, or None."""
    prep = place.head
    if place.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ not in slx.SITE_IN_PLACE_PREPOSITIONS:
        return None
    site = prep.head
    if site.pos_ != "NOUN" or site.lower_ not in slx.SITE_IN_PLACE_HEADS or site.i > prep.i:
        return None
    if any(t.text in ",;(" for t in site.doc[site.i : prep.i]):
        return None  # "the base, which ..., in X": the place is not the site's
    end = place.i
    for token in place.subtree:
        if token.i <= end:
            continue
        if token.text in ",;(—–" or token.dep_ in ("relcl", "acl", "appos"):
            break
        end = token.i
    return place.doc[site.left_edge.i : end + 1].text
