"""Counterparts abroad: 'X said he had spoken with his counterparts in A, B and C' names no
one, and each counterpart is the one of a state listed (GUIDELINES: an unnamed counterpart
is their state); each sits in their own state, so X met each of them in turn, one meeting
per state (as the dev gold enters them), not one meeting of all. Invariant: only a plural
counterpart noun with no name of its own whose "in" lists at least two states, every one a
country, is read so."""

from __future__ import annotations

from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.phrases import conjuncts


def counterparts_in_states(actors, member) -> list[str]:
    """The keys of the states a plural counterpart noun's "in" lists; [] if it is not one."""
    if any(t.ent_type_ == "PERSON" for t in member.subtree):
        return []  # "his counterparts in A and B, X and Y": the people named
    for listed in places_of_counterparts(member):
        keys = [actors.key_at(m) for m in listed]
        if len(keys) >= 2 and all(k and actors.records[k].type == "Country" for k in keys):
            return list(dict.fromkeys(keys))
    return []


def places_of_counterparts(member) -> list[list]:
    """The places each "in" of a plural counterpart noun lists ("his counterparts in A, B
    and C": [[A, B, C]]); [] for any other word."""
    if member.lemma_.lower() not in mlx.COUNTERPART_NOUNS or member.tag_ not in ("NNS", "NNPS"):
        return []
    return [
        [m for o in prep.children if o.dep_ == "pobj" for m in conjuncts(o)]
        for prep in member.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
    ]


def abroad_one_by_one(actors, trigger, participants) -> str | None:
    """The one who met each state's counterpart in turn: the one participant that is not
    among the states a counterpart noun on the trigger lists; None if there is none."""
    states: list[str] = []
    for member in trigger.subtree:
        # ("spoke with his counterparts", "held calls with his counterparts")
        if trigger.i in (member.head.i, member.head.head.i, member.head.head.head.i):
            states += counterparts_in_states(actors, member)
    if not states:
        return None
    others = [p for p in participants if p not in states]
    return others[0] if len(others) == 1 else None
