"""Third parties of a meeting already told: the state or person a later clause says hosted,
brokered or mediated it ("A and B will meet on April 9. The talks are being hosted by C",
"C, who hosted that meeting, said ...", "A met B in D on Friday. C's envoy, E, mediated").
A host or mediator of the talks of states alone (delegations) is no side of them (as in
``participants``): one is added only to a meeting with a person at it."""

from __future__ import annotations

from kg.extract.actors.names import name_chain
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.phrases import conjuncts, phrase_tokens


def told_by_name(noun) -> bool:
    """'the talks', 'that meeting': a meeting word pointing back to one told (not 'the
    first round of talks', 'the talks in Geneva', a meeting the words tell of their own)."""
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in mlx.DEFINITE_DETERMINERS for c in noun.children
    ) and all(c.dep_ in ("det", "poss", "compound", "punct") for c in noun.children)


def hosts_of_told(trigger) -> list:
    """'The talks are being hosted by C', 'C, who hosted that meeting': the third party a
    hosting or brokering verb gives a meeting word that points back to one told."""
    if trigger.pos_ == "VERB" or not told_by_name(trigger):
        return []
    if trigger.tag_ == "NNS" and trigger.lower_ not in mlx.PLURAL_ONLY_MEETINGS:
        return []  # "who chaired the meetings": several, not the one just told
    verb = trigger.head
    if verb.lemma_ not in mlx.VENUE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return []
    if trigger.dep_ == "nsubjpass":
        return [
            member
            for agent in verb.children
            if agent.dep_ == "agent"
            for obj in agent.children
            if obj.dep_ == "pobj"
            for member in conjuncts(obj)
        ]
    if trigger.dep_ == "dobj":
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and subjects and subjects[0].tag_ in ("WP", "WDT"):
            subjects = [verb.head]  # "C, who hosted that meeting"
        return [m for s in subjects for m in conjuncts(s)]
    return []


def lone_mediators(verb) -> list:
    """'C's envoy, E, mediated.': the subjects of a mediating verb with nothing mediated
    named (the meeting just told is the one)."""
    if verb.pos_ != "VERB" or verb.lemma_ not in mlx.MEDIATING_ALONE_VERBS:
        return []
    if any(c.dep_ in ("dobj", "agent", "prep", "ccomp", "xcomp") for c in verb.children):
        return []
    return [m for c in verb.children if c.dep_ == "nsubj" for m in conjuncts(c)]


def third_party_keys(actors, members, meeting) -> list[str]:
    """The actors those members name that the meeting does not hold yet (a person set out
    by apposition, "C's envoy, E", by the name); none for a meeting with no person at it."""
    keys: list[str] = []
    for member in members:
        named = [a for a in member.children if a.dep_ == "appos"] or [member]
        for node in named:
            chain = name_chain(node)
            key = actors.resolve(phrase_tokens(node), before=node.i + 1) or (
                actors.person_named(chain) if chain is not None else None
            )
            if key:
                break
        else:
            continue
        if key not in meeting.participants and key not in keys:
            keys.append(key)
    return keys if any(_is_person(actors, p) for p in meeting.participants) else []


def _is_person(actors, key: str) -> bool:
    return key in actors.records and actors.records[key].type == "Person"
