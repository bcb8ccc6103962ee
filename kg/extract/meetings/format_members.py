"""Formats and groups named with their members: 'political advisers from the "Weimar
Triangle" — Poland, France and Germany — met in Paris', 'the Minsk group (A, B and C)
met'. A named format of talks stands for the states that make it up; when the sentence
lists them in an apposition to its name, those states are the sides, not the format.

Invariants: only the subject of a meeting verb (or the object of its "of"/"from", for
people sent by the format), whose apposition with its conjuncts lists two states or
organisations or more (named entities, GPE or ORG, each of them), the format itself no
state and no plural noun of people (a state's or people's apposition is a broken list,
kg.extract.meetings.state_lists); the members
returned replace the format's name, nothing else of the sentence is read.
"""

from __future__ import annotations

from kg.extract.common import conjunct_chain

MEMBER_TYPES = frozenset(["GPE", "ORG"])
SENT_BY = frozenset(["of", "from"])


def format_members(phrase) -> list:
    """The members listed in apposition to a format the subject names (or sends people
    from); none when there is no such list."""
    if phrase.dep_ not in ("nsubj", "nsubjpass"):
        return []
    groups = [phrase] + [
        o
        for p in phrase.children
        if p.dep_ == "prep" and p.lower_ in SENT_BY
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for group in groups:
        if group.ent_type_ == "GPE":
            continue  # "Chile, the U.S. and Peru": a list of states the parser broke
        if group.tag_ == "NNS":
            continue  # "the ministers of A, B and C": people, their states a broken list
        for appos in (c for c in group.children if c.dep_ == "appos"):
            members = [appos, *conjunct_chain(appos)]
            if len(members) >= 2 and all(m.ent_type_ in MEMBER_TYPES for m in members):
                return members
    return []
