"""Unnamed counterparts: 'spoke with his Chinese counterpart by phone' names no one, so the
participant is the counterpart's state (GUIDELINES), not a person of that state the article
named before for something else (one the article names only after it may be the one meant:
"his Russian counterpart ... Putin agreed")."""

from __future__ import annotations

from kg.extract.lexicon import meetings as mlx


def unnamed_counterpart_state(actors, member, key: str | None) -> str | None:
    """The state of a counterpart noun named by its state's adjective or possessive and no
    name of its own; else ``key`` as found."""
    if key is None or member.lemma_.lower() not in mlx.COUNTERPART_NOUNS:
        return key
    if actors.records[key].type != "Person":
        return key
    if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in member.children):
        return key  # "his Iranian counterpart Hossein Amir-Abdollahian"
    if any(member.i < t.i and t.ent_type_ == "PERSON" for t in member.subtree):
        return key
    if not any(actors.key_at(t) == key for t in member.doc[: member.i]) and _named_next(
        actors, member, key
    ):
        return key  # "his Russian counterpart ... Vladimir Putin agreed": named just after
    states = [
        actors.key_at(c)
        for c in member.children
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in ("GPE", "NORP")
    ]
    states = [s for s in states if s and actors.records[s].type == "Country"]
    return states[0] if len(states) == 1 else key


def _named_next(actors, member, key: str) -> bool:
    """Whether the person is first named after the counterpart in its own sentence or the
    next (one named paragraphs later is of another story)."""
    doc = member.doc
    end = member.sent.end
    following = doc[end].sent.end if end < len(doc) else end
    return any(actors.key_at(t) == key for t in doc[member.i + 1 : following])
