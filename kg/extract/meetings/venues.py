"""Venues and brokers: the states that host or broker talks of others ("Qatar hosted talks
between A and B", "talks brokered by C and D"). They take part in those talks (as the blind
probes' annotators read GUIDELINES; ``mediators`` adds them), but a meeting word naming
only them names none of its sides ("talks brokered by C and D": the sides told elsewhere)."""

from __future__ import annotations

from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.accounts import resolve_phrase
from kg.extract.meetings.phrases import conjuncts, phrase_tokens
from kg.extract.meetings.rounds import round_of


def venues_of(actors, trigger) -> set[str]:
    """'Qatar hosted talks between A and B', 'the talks, hosted by Egypt', 'Turkey hosted
    three rounds of Armenian-Azerbaijani negotiations', 'talks brokered by C and D': the
    states that host or broker talks."""
    holders = [trigger]
    round_ = round_of(trigger)
    if round_ is not None:
        holders.append(round_)
    hosts = []
    for holder in holders:
        if holder.dep_ == "dobj" and holder.head.lemma_ in mlx.VENUE_VERBS:
            hosts += [c for c in holder.head.children if c.dep_ == "nsubj"]
        hosts += [
            obj
            for clause in holder.children
            if clause.dep_ in ("acl", "relcl") and clause.lemma_ in mlx.VENUE_VERBS
            for agent in clause.children
            if agent.dep_ == "agent"
            for obj in agent.children
            if obj.dep_ == "pobj"
        ]
    keys = set()
    for host in (m for h in hosts for m in conjuncts(h)):
        key = resolve_phrase(actors, phrase_tokens(host), host.i + 1)
        if key and actors.records[key].type == "Country":
            keys.add(key)
    return keys
