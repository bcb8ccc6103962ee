"""Those named after "along with" on a meeting or occasion verb: 'A and B met in X, along
with C and D', 'visited the site along with General E'. "Along with" says what "together
with" says (``appearances.together_with``): the ones it names were there with the subject,
so they take part in the meeting or joint appearance the verb tells.

Invariants: only an "along" that the parser hung on the verb itself (or on the occasion it
takes) and that takes a "with" of its own; only people named (a name, or a title with the
name in apposition), and the people listed with them; "arrived along with a field
hospital" or "along with 70 pilots" names no one."""

from __future__ import annotations

from kg.extract.actors.names import name_chain

_ALONG = "along"
_WITH = "with"


def along_with(verb) -> list:
    """The people a verb (or its object) names after "along with", with those listed with
    them; [] if none."""
    if verb.pos_ != "VERB":
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    found = []
    for holder in holders:
        for along in holder.children:
            if along.dep_ != "prep" or along.lower_ != _ALONG:
                continue
            for with_ in along.children:
                if with_.dep_ != "prep" or with_.lower_ != _WITH:
                    continue
                for obj in with_.children:
                    if obj.dep_ == "pobj":
                        found += [o for o in _listed(obj) if _person_named(o)]
    return found


def _listed(token) -> list:
    """The token and its conjuncts."""
    out = [token]
    for c in token.children:
        if c.dep_ == "conj":
            out += _listed(c)
    return out


def _person_named(token) -> bool:
    return (
        token.ent_type_ == "PERSON"
        or name_chain(token) is not None
        or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in token.children)
    )
