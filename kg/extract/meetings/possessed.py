"""Titles owned by a pronoun: 'Taiwan's foreign ministry said a meeting between its minister
and X was called off': "its minister" is the holder of the title in the state the sentence
names before it, not someone with that title named in another sentence. Titles of a pair of
states ('officials from both countries', 'the two countries' advisers') are those of the
states of the pair just reported (kg.extract.meetings.mentions)."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import meetings as mlx


def owner_state(actors, member, key: str | None) -> str | None:
    """The state an "its"/"their" title stands for: the last state the sentence names before
    it (a body's state, "Taiwan's foreign ministry"); else ``key`` as found."""
    if member.pos_ != "NOUN" or member.lemma_.lower() not in lx.TITLE_OR_ROLE_WORDS:
        return key  # ("to meet its new goal": no one)
    if not any(c.dep_ == "poss" and c.lower_ in mlx.OWNER_PRONOUNS for c in member.children):
        return key
    for token in reversed(list(member.sent[: member.i - member.sent.start])):
        if token.ent_type_ not in ("GPE", "NORP"):
            continue
        state = actors.key_at(token)
        if state and actors.records[state].type == "Country":
            return state
    return key


def of_the_pair_of_states(member) -> bool:
    """'officials from both countries', 'the two countries' national security advisers': a
    title held in each of two states told only by a pair word."""
    titles = lx.TITLE_OR_ROLE_WORDS | mlx.SIDE_NOUNS
    if member.pos_ != "NOUN" or member.lemma_.lower() not in titles:
        return False
    owners = [c for c in member.children if c.dep_ == "poss"] + [
        o
        for p in member.children
        if p.dep_ == "prep" and p.lower_ in ("of", "from")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(
        o.lemma_.lower() in mlx.STATE_NOUNS and any(c.lower_ in lx.PAIR_WORDS for c in o.children)
        for o in owners
    )
