"""Governments named by their seat: 'the new government in Damascus', 'the authorities in
Bamako' stand for the state whose seat (or territory) the "in" phrase names (GUIDELINES:
seats of government and generic descriptions stand for their state)."""

from __future__ import annotations

from kg.extract.lexicon import meetings as mlx


def seat_state(actors, member, key: str | None) -> str | None:
    """The state a government noun's own "in" phrase names, for a phrase that resolves to
    no actor by its words (else the key as found)."""
    if key is not None or member.pos_ != "NOUN":
        return key
    if member.lemma_.lower() not in mlx.GOVERNMENT_NOUNS:
        return key
    for prep in member.children:
        if prep.dep_ != "prep" or prep.lower_ not in mlx.SEAT_PREPOSITIONS:
            continue
        for place in prep.children:
            found = actors.key_at(place) if place.dep_ == "pobj" and place.ent_type_ else None
            if found and actors.records[found].type == "Country":
                return found
    return key
