"""Governments named by their seat: 'the new government in Damascus', 'the authorities in
Bamako' stand for the state whose seat (or territory) the "in" phrase names (GUIDELINES:
seats of government and generic descriptions stand for their state); and 'the government'
with no state of its own, for the state whose government the article names elsewhere
('the Colombian government ... talks between the government and the rebels')."""

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


def home_state(actors, member, key: str | None) -> str | None:
    """'negotiators from the government and the rebels met': a bare government noun (no
    word of its own naming a state) stands for the state whose government the article
    names with its state ("the Philippine government", "Colombia's government"), the
    nearest such before it, else the first after it; the key as found if none."""
    if key is not None or member.pos_ != "NOUN" or not bare_government(member):
        return key
    before, after = [], []
    for token in member.doc:
        if token.i == member.i or token.lemma_.lower() not in mlx.GOVERNMENT_NOUNS:
            continue
        state = _state_word(actors, token)
        if state is not None:
            (before if token.i < member.i else after).append(state)
    if before:
        return before[-1]
    return after[0] if after else key


def bare_government(member) -> bool:
    """'the government', 'the junta': a government noun in the singular with "the" and
    no other word of its own."""
    if member.lemma_.lower() not in mlx.GOVERNMENT_NOUNS or member.tag_ != "NN":
        return False
    children = list(member.children)
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        and all(c.dep_ in ("det", "cc", "conj", "punct", "prep") for c in children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children)
    )


def state_government(member) -> bool:
    """'the Colombian government', 'Sudan's government': a government noun in the singular
    that a state's adjective or possessive names (whose people a delegation of it are)."""
    if member.lemma_.lower() not in mlx.GOVERNMENT_NOUNS or member.tag_ != "NN":
        return False
    return any(
        (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))
        or (c.dep_ == "poss" and c.ent_type_ == "GPE")
        for c in member.children
    )


def _state_word(actors, token) -> str | None:
    """The state a government noun's own adjective or possessive names ("the Malian
    government", "Sudan's government"), if one."""
    for child in token.children:
        if child.dep_ not in ("amod", "poss", "compound") or not child.ent_type_:
            continue
        found = actors.key_at(child)
        if found and actors.records[found].type == "Country":
            return found
    return None
