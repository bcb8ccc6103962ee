"""Ships named by their navy's prefix ('USS X', 'KNM Y', 'the frigate INS Z'): the prefix is
no actor but tells the ship's state (lexicon ``SHIP_PREFIXES``; of a prefix several navies use,
the state the article mentions most). Read by ``forces`` (a prefixed name is a force) and
``owners`` (whose it is)."""

from __future__ import annotations

from kg.extract.lexicon import deployment_forces as flx


def ship_prefix(token) -> bool:
    """A navy's prefix on a ship's name ('USS', 'KNM'; 'ITS', which the parser may take for
    a possessive pronoun); not in a line written in capitals ('SETS ITS SIGHTS ON X')."""
    named = token.dep_ in ("compound", "poss") and token.text in flx.SHIP_PREFIXES
    return named and not token.head.is_upper


def prefix_state(force) -> tuple[str, ...] | None:
    """The states whose navy's prefix names a ship ('USS X', 'the patrol vessel HMS Y', 'the
    destroyer USS Z'; 'USS' -> United States; 'HMS' -> United Kingdom, Sweden), or None."""
    names = [force, force.head] if force.dep_ == "compound" else [force]
    names += [c for c in force.children if c.dep_ == "appos"]
    prefixes = [c.text for n in names if n.pos_ == "PROPN" for c in n.children if ship_prefix(c)]
    return next((flx.SHIP_PREFIXES[p] for p in prefixes), None)


def prefix_owner(actors, force):
    """The key of the state whose navy's prefix names the ship, or None."""
    names = prefix_state(force)
    return actors.state_mentioned(names) if names else None
