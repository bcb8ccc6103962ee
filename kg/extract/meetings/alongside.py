"""Occasions attended alongside someone: 'watched the drill alongside his Lithuanian
counterpart', 'toured the vessel alongside Turkish officers'. A verb of an occasion attended
(``JOINT_ATTENDING_VERBS``) with "alongside" is a joint appearance there, in person, with
the one named (GUIDELINES: a joint appearance somewhere is a meeting in person), as "together
with" is (``appearances.together_with``). Invariant: only the object of an "alongside" on
the verb itself (or on the occasion it takes), and only one who acts for a side: a person
named, a counterpart, or a plural role noun with a state's adjective (the state's officials,
GUIDELINES)."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain
from kg.extract.lexicon import meetings as mlx


def alongside_objects(verb) -> list:
    """The ones a verb of an occasion attended names after its "alongside"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in mlx.JOINT_ATTENDING_VERBS:
        return []
    # (the parser may hang the "alongside" on the occasion: "watched the drill alongside X")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [
        o
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in mlx.SIDE_BY_SIDE_PREPOSITIONS
        for o in c.children
        if o.dep_ == "pobj" and _acts_for_a_side(o)
    ]


def _acts_for_a_side(token) -> bool:
    if token.ent_type_ == "PERSON" or name_chain(token) is not None:
        return True
    if any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in token.children):
        return True
    word = token.lemma_.lower()
    if word in mlx.COUNTERPART_NOUNS:
        return True
    return (
        token.tag_ == "NNS"
        and word in lx.ROLE_NOUNS
        and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in token.children)
    )


def among_own_only(actors, verb, keys: list[str], state_of) -> bool:
    """'attended the funeral alongside the army chief and the defence minister': those at
    an occasion alongside one another acting for fewer than two sides known (``state_of``
    a person's state; a state or organisation its own side) are one side's own people, no
    meeting (as one accompanied by their own minister meets no one)."""
    if not alongside_objects(verb):
        return False
    sides = {_side(actors, k, state_of) for k in keys} - {None}
    return len(sides) < 2


def _side(actors, key: str, state_of):
    if actors.records[key].type != "Person":
        return actors.records[key].name
    return state_of(actors, key)
