"""Visits and journeys: the state a visit is to, whether a trip names its host by a place,
the people met one by one, those a joining clause adds, and the visit a "where" clause on
its place hangs on (whose pronoun is the visitor)."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.meetings.accounts import resolve_phrase
from kg.extract.meetings.phrases import (
    conjuncts,
    objects_of_with,
    office_of,
    phrase_tokens,
    represented,
)
from kg.extract.meetings.records import full_person, state_of


def one_by_one(actors, trigger, participants) -> str | None:
    """'X then met Ukraine's prime minister, A, and the chairman of parliament, B': one
    person who meets several people, named in turn, meets each of them (not 'A and B
    met X', who met together). The one who meets, if so."""
    if trigger.pos_ != "VERB":
        return _one_by_one_noun(actors, trigger, participants)
    if trigger.lemma_ not in lx.ONE_BY_ONE_VERBS:
        return None
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return None
    if not any(c.dep_ == "dobj" for c in trigger.children) and not objects_of_with(trigger):
        return None  # "A, B and C met in Doha": those named met one another, together
    subject = resolve_phrase(actors, phrase_tokens(subjects[0]), subjects[0].i + 1)
    if subject not in participants or len(participants) < 3:
        return None
    if any(actors.records[k].type != "Person" for k in participants):
        return None
    if any(c.lower_ in lx.TOGETHER_WORDS for c in trigger.subtree):
        return None  # "met A and B together"
    return subject


def _one_by_one_noun(actors, trigger, participants) -> str | None:
    """'I had conversations with the presidents of A, B and C': several conversations
    (the plural says so) with several parties are one with each; the one who had them,
    if so."""
    if trigger.tag_ != "NNS" or trigger.lemma_ not in lx.ONE_BY_ONE_NOUNS:
        return None
    met = set()
    for obj in objects_of_with(trigger):
        for phrase in represented(obj, trigger):
            for member in conjuncts(phrase):
                key = resolve_phrase(
                    actors, phrase_tokens(member) + office_of(member), member.i + 1
                )
                if key:
                    met.add(full_person(actors, key))
    rest = [k for k in participants if k not in met]
    if len(met) < 2 or len(rest) != 1:
        return None
    return rest[0]


def visited_state(actors, trigger, participants) -> str | None:
    """'visited Kyiv', 'his visit to New Delhi': a visitor met with a host left unnamed;
    the state visited (a capital stands for its state) takes part."""
    if trigger.lemma_ not in lx.VISIT_WORDS or len(participants) != 1:
        return None
    if _for_talks_with(trigger):
        return None  # "visit Rome for talks with X": the host is named, X
    places = [c for c in trigger.children if c.dep_ == "dobj"] if trigger.pos_ == "VERB" else []
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            places += [c for c in child.children if c.dep_ == "pobj"]
    if trigger.pos_ != "VERB" and trigger.head.dep_ == "prep" and trigger.head.lower_ == "for":
        # "arrived in Moscow for a state visit": the place of the journey it is for
        verb = trigger.head.head
        if verb.lemma_ in lx.JOURNEY_VERBS:
            places += [
                c
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ in ("in", "to")
                for c in p.children
                if c.dep_ == "pobj"
            ]
    for place in places:
        key = actors.key_at(place) if place.ent_type_ == "GPE" else None
        if key is None or actors.records[key].type != "Country":
            continue
        if state_of(actors, participants[0]) == state_of(actors, key):
            return None  # a tour of one's own country
        return key
    return None


def _for_talks_with(visit) -> bool:
    """'is to visit Kinshasa for talks with X': a visit for a meeting with someone named."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(
            o.dep_ == "pobj"
            and o.lemma_ in lx.MEETING_NOUNS | lx.TALKS_WORDS
            and objects_of_with(o)
            for o in prep.children
        )
        for prep in visit.children
    )


def is_journey(trigger) -> bool:
    """'after his visit to Kiev, ... as Putin ...': a visit to a place names its host by
    the place, so another person in the sentence is no sign of whom it met."""
    if trigger.lemma_ not in lx.VISIT_WORDS:
        return False
    return any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to") for c in trigger.children
    )


def joined_participants(actors, trigger) -> list[str]:
    """'Also involving X, the visit ...': those a joining clause on the trigger or on its
    verb adds to the meeting."""
    keys: list[str] = []
    for node in (trigger, trigger.head):
        for clause in node.children:
            if clause.dep_ not in ("advcl", "acl") or clause.lemma_ not in lx.JOINING_VERBS:
                continue
            for obj in clause.children:
                if obj.dep_ != "dobj":
                    continue
                for member in conjuncts(obj):
                    key = actors.resolve(phrase_tokens(member), before=member.i + 1)
                    if key and key not in keys:
                        keys.append(key)
    return keys


def where_visit(trigger):
    """'visited Bangkok on Saturday, where he was received by X', 'cancelled a planned
    visit to Seoul, where she was to meet X': the visit a "where" clause of the meeting
    word hangs on (the parser may hang it on the date after the place), if any."""
    clause = trigger
    if trigger.dep_ == "xcomp" and trigger.head.dep_ == "relcl":
        clause = trigger.head  # "where she was to meet X"
    if clause.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ in lx.WHERE_WORDS for c in clause.children
    ):
        return None
    node = clause.head
    for _ in range(4):
        if node.lemma_ in lx.VISIT_WORDS:
            return node
        if node.head is node:
            break
        node = node.head
    return None


def visitor_phrases(visit) -> list:
    """The subject of a visit verb, or of the verb a visit noun is the object of ('X
    cancelled a planned visit')."""
    verb = visit if visit.pos_ == "VERB" else visit.head
    if visit.pos_ != "VERB" and visit.dep_ not in ("dobj", "nsubjpass"):
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj",)]
