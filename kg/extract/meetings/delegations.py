"""Delegations named without a state's adjective: 'a delegation of US lawmakers led by X',
'a visiting delegation from Japan's ruling party'. The one who leads a delegation stands
for it; else the one state its "of" or "from" phrase names; 'its delegation', in what a
body or state says ('the group said its delegation had met X'), that body's."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import meetings as mlx
from kg.extract.lexicon.common import BODY_POSSESSIVES
from kg.extract.meetings.phrase_sides import speaking_body


def delegation_side(actors, member) -> str | None:
    """The actor a delegation noun stands for: its named leader, else the state its own
    "of"/"from" phrase names (not a place the parser hung on the phrase)."""
    if member.pos_ != "NOUN" or member.lemma_.lower() not in mlx.DELEGATION_NOUNS:
        return None
    return _leader(actors, member) or _source_state(actors, member) or _speakers(actors, member)


def _leader(actors, member) -> str | None:
    """'a delegation (of lawmakers) led by X': X, by the agent of a leading participle;
    'X is leading a delegation that will meet Y': X, the subject of the verb of leading."""
    if member.dep_ == "dobj" and member.head.lemma_.lower() in mlx.LEADING_VERBS:
        for subject in member.head.children:
            key = actors.key_at(subject) if subject.dep_ == "nsubj" else None
            if key and actors.records[key].type == "Person":
                return key
    for verb in member.subtree:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in mlx.LEADING_VERBS:
            continue
        for agent in verb.children:
            if agent.dep_ != "agent":
                continue
            for obj in agent.children:
                key = actors.key_at(obj) if obj.dep_ == "pobj" else None
                if key and actors.records[key].type == "Person":
                    return key
    return None


def _source_state(actors, member) -> str | None:
    """'a delegation of US lawmakers', 'from Japan's ruling party': the one state the
    phrase after "of"/"from" names in its own words (its places and clauses left out:
    "led by X in Taipei" is where they met)."""
    states = set()
    for prep in member.children:
        if prep.dep_ != "prep" or prep.lower_ not in mlx.DELEGATION_PREPOSITIONS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                states |= _states_in(actors, obj)
    return states.pop() if len(states) == 1 else None


def _states_in(actors, token) -> set[str]:
    keys = set()
    if token.ent_type_ in ("GPE", "NORP"):
        key = actors.key_at(token)
        if key and actors.records[key].type == "Country":
            keys.add(key)
    for child in token.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod", "pobj", "conj") or (
            child.dep_ == "prep" and child.lower_ in mlx.DELEGATION_PREPOSITIONS
        ):
            keys |= _states_in(actors, child)
    return keys


def _speakers(actors, member) -> str | None:
    """'The group said its delegation had met X': the state or body whose possessive the
    delegation bears, the subject of the speech verb its clause is reported by."""
    if not any(c.dep_ == "poss" and c.lower_ in BODY_POSSESSIVES for c in member.children):
        return None
    node = member.head  # (the verb the delegation is the subject of)
    for _ in range(4):
        # "said that its delegation had met X", "said in a statement that ...": climbing
        if node.dep_ in ("ccomp", "prep") and node.head.lemma_ in lx.SPEECH_VERBS:
            return speaking_body(actors, node.head)
        if node.head.i == node.i:
            break
        node = node.head
    return None
