"""A state's delegation visiting another state, neither side a named person: 'a visit to
Y by a senior X delegation', 'a visit by an X delegation to Y', 'a delegation from X is
expected to visit the port in Y'. The delegation stands for its state (or its named
leader, kg.extract.meetings.delegations), the place visited for its state (a capital,
or the state named with "in" after a place in it)."""

from __future__ import annotations

from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.delegations import delegation_side


def delegation_visit(actors, trigger) -> list[str]:
    """[visitor, host] of a delegation's visit the trigger words, or []."""
    if trigger.lemma_.lower() not in mlx.DELEGATION_VISIT_WORDS:
        return []
    delegation = _delegation(trigger)
    if delegation is None:
        return []
    guest = delegation_side(actors, delegation) or _adjective_state(actors, delegation)
    if guest is None:
        return []
    places = _destinations(trigger) + _destinations(delegation)
    if trigger.pos_ == "VERB":
        places += [c for c in trigger.children if c.dep_ == "dobj"]
    # (a tour of one's own country is no visit; a capital and its state's own name may
    # resolve to different records of one state: told apart by the state's name)
    own = {key for key in (guest, actors.acting_for(guest)) if key}
    own_names = {actors.records[key].name for key in own}
    hosts: dict[str, str] = {}
    for place in places:
        host = _place_state(actors, place)
        if host and host not in own and actors.records[host].name not in own_names:
            hosts.setdefault(actors.records[host].name, host)
    if len(hosts) != 1:
        return []
    return [guest, next(iter(hosts.values()))]


def _delegation(trigger):
    """The delegation noun that pays the visit: the object of "by" on a visit noun, the
    subject of a visit verb (or of the verb it hangs on: 'is expected to visit')."""
    if trigger.pos_ == "NOUN":
        candidates = [
            o
            for p in trigger.children
            if p.dep_ == "prep" and p.lower_ in mlx.VISITOR_PREPOSITIONS
            for o in p.children
            if o.dep_ == "pobj"
        ]
    elif trigger.pos_ == "VERB":
        verb = trigger.head if trigger.dep_ == "xcomp" else trigger
        candidates = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        return None
    found = [c for c in candidates if c.lemma_.lower() in mlx.DELEGATION_NOUNS]
    return found[0] if len(found) == 1 else None


def _adjective_state(actors, delegation) -> str | None:
    """'a senior X delegation': the one state its adjective or modifier names."""
    states = {
        key
        for c in delegation.children
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
        for key in [actors.key_at(c)]
        if key and actors.records[key].type == "Country"
    }
    return states.pop() if len(states) == 1 else None


def _destinations(token) -> list:
    return [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in mlx.DESTINATION_PREPOSITIONS
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _place_state(actors, place) -> str | None:
    """The state a place visited is in: itself or its capital, or the state named with
    "in" after it ('the dam in Y')."""
    if place.ent_type_ == "GPE":
        key = actors.key_at(place)
        if key and actors.records[key].type == "Country":
            return key
    for prep in place.children:
        if prep.dep_ == "prep" and prep.lower_ in mlx.INSIDE_PREPOSITIONS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "GPE":
                    key = actors.key_at(obj)
                    if key and actors.records[key].type == "Country":
                        return key
    return None
