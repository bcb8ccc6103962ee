"""Delegations from a body: 'met with a delegation from the Z Society', 'received a
delegation from the Senate'. A delegation that comes from an organisation, party, force or
other body named after its "from" (or "of") stands for that body, as one from a state
stands for the state (``delegations.delegation_side``, which is read first: a leader named,
or a state, wins).

Invariants: only a delegation noun (mlx.DELEGATION_NOUNS); only the object of its own
"from"/"of" that is itself a body's name (an organisation or armed group);
only when its phrase names exactly one such body ("a delegation from A and other
societies": A)."""

from __future__ import annotations

from kg.extract.lexicon import meetings as mlx

_BODIES = frozenset(["Organization", "Group"])


def delegation_body(actors, member) -> str | None:
    """The body a delegation noun comes from; None if none or more than one is named."""
    if member.pos_ != "NOUN" or member.lemma_.lower() not in mlx.DELEGATION_NOUNS:
        return None
    bodies = []
    for prep in member.children:
        if prep.dep_ != "prep" or prep.lower_ not in mlx.DELEGATION_PREPOSITIONS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            key = actors.key_at(obj)
            if key and actors.records[key].type in _BODIES and key not in bodies:
                bodies.append(key)
    return bodies[0] if len(bodies) == 1 else None
