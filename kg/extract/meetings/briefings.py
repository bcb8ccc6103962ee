"""Briefings that report a meeting: 'A briefed the Chinese ambassador on the treaty', 'A
was briefed by B', 'officials briefed a visiting Israeli team'. The one who briefs and the
one briefed meet (GUIDELINES: at least two identifiable participants), in no stated mode.

Invariant: a verb of mlx.BRIEFING_VERBS is a meeting only when the one briefed (its
object, or the subject of its passive with a "by" phrase) is a person named or one who
acts for a state told by the state's name or adjective; "briefed reporters", "briefed the
press", "I briefed them" are none."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.addressees import state_official


def briefed(verb) -> bool:
    """Whether a verb of briefing names both sides of a briefing."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in mlx.BRIEFING_VERBS:
        return False
    children = list(verb.children)
    agents = [o for c in children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if agents:
        # "A was briefed by B"
        return any(_side(c) for c in children if c.dep_ == "nsubjpass") and any(
            _side(o) for o in agents
        )
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in lx.FIRST_PERSON for s in subjects):
        return False  # ("I briefed him": an account in a quote, read by the accounts)
    return any(_side(c) for c in children if c.dep_ == "dobj")


def _side(word) -> bool:
    """A person's name, or a role noun of one who acts for a state with the state on it
    ('the Chinese ambassador', 'a Ugandan team')."""
    return (
        word.ent_type_ == "PERSON"
        or name_chain(word) is not None
        or state_official(word, sides=True)
    )
