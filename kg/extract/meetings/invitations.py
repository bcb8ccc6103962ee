"""Invitations to a place: 'Biden has invited Zelensky to the White House', 'Scholz invited
the Polish president to Berlin' propose a visit of the one invited to the one inviting (in
person, GUIDELINES: invited is proposed), though no meeting word is written. An invitation
to an event ('invited Congress to the debate') or to act ('invited them to apply') is none."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain
from kg.extract.meetings.addressees import state_official


def invited_to_place(verb) -> bool:
    """A verb of inviting with a person (or a state's official) as its object and a place
    (a city, a state, a seat of power) after its 'to'."""
    guests = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(_guest(g) for g in guests):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(_place(o) for o in c.children)
        for c in verb.children
    )


def _guest(word) -> bool:
    return word.ent_type_ == "PERSON" or name_chain(word) is not None or state_official(word)


def _place(word) -> bool:
    if word.dep_ != "pobj":
        return False
    if word.ent_type_ == "GPE" and word.pos_ == "PROPN":
        return True
    words = " ".join(t.lower_ for t in word.subtree if t.dep_ != "det")
    return words in lx.SEATS
