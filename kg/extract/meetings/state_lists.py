"""Lists of states the parser broke into a name and its apposition: 'A, the U.S. and C held a
trilateral call', parsed as A with the apposition 'the U.S. and C'. A state cannot be
another state's apposition, so the apposition and its conjuncts are items of the list.

Invariants: only a phrase that is a state's name (GPE) with an apposition that is a state's
name too, itself coordinated with another state; the items returned are the apposition and
its conjuncts that are states, none already among the phrases."""

from __future__ import annotations


def apposed_states(phrases) -> list:
    """The states listed in the apposition of a state among the participant phrases."""
    seen = {p.i for p in phrases}
    items = []
    for phrase in phrases:
        if phrase.ent_type_ != "GPE":
            continue
        for appos in phrase.children:
            if appos.dep_ != "appos" or appos.ent_type_ != "GPE":
                continue
            listed = [appos, *(c for c in appos.children if c.dep_ == "conj")]
            if len(listed) < 2 or not all(t.ent_type_ == "GPE" for t in listed):
                continue
            items += [t for t in listed if t.i not in seen]
            seen |= {t.i for t in listed}
    return items
