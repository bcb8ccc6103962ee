"""Unnamed servants of a state's diplomatic mission: 'a US embassy official said', 'a High
Commission spokesperson said', 'a spokesperson for the French embassy said'. GUIDELINES:
unnamed officials stand for their state; so an unnamed official of an embassy, consulate or
high commission speaks for the state the mission represents, not for the mission (the
mission itself speaking, 'the embassy said', stays the named body).

Invariant: only an unnamed servant role (no person's name in its phrase) whose body, named
before it or by a preposition after it, resolves to an organisation whose own name has a
mission's head word and names its state; anything else gives None."""

from __future__ import annotations

from kg.extract.lexicon import actors as lx_actors
from kg.extract.lexicon import statements as lxs
from kg.gazetteer import fold


def mission_servant_state(actors, subject) -> list[str] | None:
    """The state whose mission an unnamed servant serves ('a US embassy official'), or None."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in lxs.MISSION_SERVANT_ROLES:
        return None
    if actors.in_quote(subject.idx) or any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return None  # ('an embassy spokesperson, A B, said': the one named)
    words = [c for c in subject.children if c.dep_ in ("compound", "nmod") and c.i < subject.i]
    body = [t for c in words for t in c.subtree]
    for prep in subject.children:
        if not body and prep.dep_ == "prep" and prep.lower_ in lx_actors.ROLE_PREPOSITIONS:
            body = [t for t in prep.subtree if t.i > prep.i and not t.is_punct]
    if not body:
        return None
    key = actors.resolve(body, before=body[-1].i + 1)
    if key is None and all(t.pos_ in ("NOUN", "PROPN") for t in body):
        # 'a High Commission spokesperson': the state of the mission written so before
        # ('a statement from the Canadian High Commission in Accra')
        state = _state_of_mission_before(actors, [fold(t.text) for t in body], subject.i)
        return [state] if state else None
    if key is None or actors.records[key].type != "Organization":
        return None
    if not _mission_name(fold(actors.records[key].name)):
        return None
    state = actors.state_in_name(key)
    if state is None:
        acting = actors.acting_for(key)
        state = acting if acting != key else None
    return [state] if state else None


def _state_of_mission_before(actors, words: list[str], before: int) -> str | None:
    """The state of the last mission before token ``before`` written with the words in a
    row ('the British High Commission'): a state its words before them name."""
    doc = actors.doc
    if not _mission_name(" ".join(words)):
        return None
    for end in range(before - 1, len(words) - 1, -1):
        run = doc[end - len(words) + 1 : end + 1]
        if [fold(t.text) for t in run] != words or actors.in_quote(run[0].idx):
            continue
        lead = [t for t in doc[run.start].head.subtree if t.i < run.start]
        key = actors.resolve([*lead, *run], before=end + 1) if lead else None
        if key is None:
            continue
        if actors.records[key].type == "Country":
            return key
        if actors.records[key].type == "Organization":
            return actors.state_in_name(key)
    return None


def _mission_name(name: str) -> bool:
    """Whether a folded name has a mission's head word ('us embassy', 'british high commission')."""
    words = name.split()
    return any(w in words for w in lx_actors.MISSION_HEADS) or "high commission" in name
