"""Talks held with the leaders of several states in turn: 'Z also held talks with British
Prime Minister A, French President B and Canadian Prime Minister C, as well as with D'.
One person who holds talks with three people or more, each of another state, holds one
with each (bilateral talks on the sidelines of a summit), as one who "met A, B and C" does
(``visits.one_by_one``); talks with several people of one state ("with the foreign
minister A, the defence minister B and the intelligence chief C") are one meeting with
that state's delegation, and talks with states named as such (a "Quad" of counterparts)
are one meeting of them all. Phone talks with two people or more are one call with each
(the gold's list of calls: "held phone talks with A, B and C"), unless told as one call of
them all ("a conference call")."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.records import state_of

# the fewest people, of as many states, that one's talks with make a round of bilaterals
# ("talks with A and B" of two states may be a trilateral)


def with_leaders_of_states(actors, trigger, met: set[str]) -> bool:
    """Whether a talks noun names as met three people or more, each a person who acts
    for another state."""
    if trigger.lemma_.lower() not in lx.TALKS_WORDS and trigger.lower_ not in lx.TALKS_WORDS:
        return False
    if len(met) < mlx.FEWEST_STATES or any(actors.records[k].type != "Person" for k in met):
        return False
    states = [state_of(actors, k) for k in met]
    return None not in states and len(set(states)) == len(states)


def phone_talks_with_several(actors, trigger, met: set[str]) -> bool:
    """Whether a plural talks noun told by the phone ("phone talks", "telephone talks")
    names two people or more as met: one call with each."""
    if trigger.tag_ != "NNS":
        return False
    if trigger.lemma_.lower() not in lx.TALKS_WORDS and trigger.lower_ not in lx.TALKS_WORDS:
        return False
    words = {c.lower_ for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")}
    if not words & mlx.PHONE_TALKS_WORDS or words & mlx.JOINT_CALL_WORDS:
        return False
    # (the state of a title read as met as well: "President of Uganda A")
    return len([k for k in met if actors.records[k].type == "Person"]) >= 2
