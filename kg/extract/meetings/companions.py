"""Companions: 'X, accompanied by Y, visited the camp', 'X, who was accompanied by Y, met Z',
'X visited the troops, accompanied by Y'. One who goes along acts for the side they came
with (a minister travelling with their own president is no side of the meetings the
president holds); one of another state, or of a state where the one they accompany has
none known, is met in person by the one accompanied (GUIDELINES: a visit made together with
an official of the host is their meeting). Invariant: only a person named by the "by" of
the accompanying clause, whose state is known and differs from that of the one accompanied,
is ever added."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.meetings.phrases import conjuncts
from kg.extract.meetings.records import state_of

# the labels by which a verb may share the subject of the verb it hangs on
_SHARED = ("conj", "xcomp", "advcl")


def _subject(trigger):
    """The subject of the trigger, or of a verb above it whose subject it shares."""
    node = trigger
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if node.dep_ not in _SHARED or node.head.i == node.i:
            return None
        node = node.head
    return None


def _accompanying_agents(clause) -> list:
    """The people a clause of accompanying names by its "by"."""
    if clause.lemma_.lower() not in lx.ACCOMPANYING_VERBS or clause.tag_ != "VBN":
        return []
    return [
        m
        for agent in clause.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
        for m in conjuncts(obj)
    ]


def companion_tokens(trigger) -> tuple:
    """(the one accompanied, the companions named) for a meeting verb whose subject is
    said to be accompanied; (None, []) if none is."""
    if trigger.pos_ != "VERB":
        return None, []
    subject = _subject(trigger)
    clauses = [c for c in trigger.children if c.dep_ == "advcl"]
    if subject is not None:
        holder = subject.head if subject.tag_ in lx.RELATIVE_TAGS else subject
        clauses += [c for c in holder.children if c.dep_ in ("acl", "relcl")]
        if subject.tag_ in lx.RELATIVE_TAGS:
            subject = holder
    found = [a for clause in clauses for a in _accompanying_agents(clause)]
    return (subject, found) if subject is not None else (None, [])


def companions(actors, trigger, keys: list[str]) -> list[str]:
    """The keys of the companions of another state than the one accompanied (who must be
    among ``keys``), to be added to the meeting's participants."""
    subject, found = companion_tokens(trigger)
    if subject is None or not found:
        return []
    accompanied = actors.key_at(subject)
    if accompanied is None or accompanied not in keys:
        return []
    own = state_of(actors, accompanied)
    added = []
    for token in found:
        # ("Gambia's foreign minister, X": the name in apposition to the title)
        named = [a for a in token.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
        key = actors.key_at(named[0] if named else token)
        if key is None or key in keys or actors.records[key].type != "Person":
            continue
        state = state_of(actors, key)
        if state is not None and state != own:
            added.append(key)
    return added
