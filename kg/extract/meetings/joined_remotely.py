"""Those joined at a distance: 'the Nordic defence chiefs, who were joined by X over a
video link', 'A was joined by B by videoconference'. A way of meeting at a distance (a
video conference, a video link: a meeting noun under "via", "by" or "over") on a passive
verb of joining names, through that verb, both sides: the ones joined (the passive's
subject, or what a relative "who" stands for) and the ones who joined them (the "by"
agent and its conjuncts).

Invariants: only a passive of a verb of joining (mlx.ATTENDED_BY_VERBS) with an agent; the
noun hangs on that verb through a preposition of way (mlx.REMOTE_WAY_PREPOSITIONS); the
phrases returned are the subject (or its relative antecedent) and the agent's objects with
their conjuncts, nothing else of the sentence.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import conjunct_chain
from kg.extract.lexicon import meetings as mlx


def joined_remotely(noun) -> list:
    """The two sides of 'X, who were joined by Y via videoconference' for the noun
    "videoconference"; none when the noun is not so placed."""
    way = noun.head
    if noun.dep_ != "pobj" or way.dep_ != "prep" or way.lower_ not in mlx.REMOTE_WAY_PREPOSITIONS:
        return []
    verb = way.head
    if verb.pos_ != "VERB" or verb.lemma_ not in mlx.ATTENDED_BY_VERBS:
        return []
    joiners = [
        o
        for c in verb.children
        if c.dep_ == "agent"
        for p in c.children
        if p.dep_ == "pobj"
        for o in [p, *conjunct_chain(p)]
    ]
    joined = [
        verb.head if c.tag_ in lx.RELATIVE_TAGS and verb.dep_ == "relcl" else c
        for c in verb.children
        if c.dep_ == "nsubjpass"
    ]
    if not joiners or not joined:
        return []
    return [*joined, *joiners]
