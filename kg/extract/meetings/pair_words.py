"""Sides told by a pair word: 'both sides met again in Lomé', 'the two countries' foreign
ministers will meet', 'officials from both countries' agencies met in Accra': with no side
named and no meeting just told for the pair word to point back to (kg.extract.meetings
.mentions), the two states the article named last before them, within a few sentences."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import sentence_of, sentences
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.phrases import conjuncts


def pair_states(actors, trigger) -> list[str]:
    """The two states a pair word on the meeting's subject stands for; [] if none."""
    subject = next((s for s in _subjects(trigger) if pair_phrase(s)), None)
    if subject is None:
        return []
    return _last_two_states(actors, subject)


def _subjects(trigger) -> list:
    """The subject of the trigger, or of the verb a meeting noun is the object of, or of
    the verbs it hangs on ('both sides moved to de-escalate, holding a meeting')."""
    node = trigger
    if trigger.pos_ != "VERB" and trigger.dep_ in ("dobj", "nsubjpass"):
        node = trigger.head
    for _ in range(mlx.PAIR_SUBJECT_CLIMB):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return [m for s in subjects for m in conjuncts(s)]
        if node.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or node.head.i == node.i:
            return []
        node = node.head
    return []


def pair_phrase(subject) -> bool:
    """'both sides', 'the two countries', or a title of the pair's states ('officials from
    both countries' defence agencies', 'heads of the two countries' security services')."""
    if _pair_noun(subject):
        return True
    titles = lx.ROLE_NOUNS | lx.TITLE_WORDS | mlx.SIDE_NOUNS
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in titles:
        return False
    return any(_pair_noun(t) for t in subject.subtree if t.i != subject.i)


def _pair_noun(token) -> bool:
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in mlx.PAIR_SIDE_NOUNS
        and token.tag_ == "NNS"
        and any(c.lower_ in lx.PAIR_WORDS for c in token.children)
    )


def _last_two_states(actors, subject) -> list[str]:
    """The last two states named before the phrase, from its sentence back over the
    sentences a pair word may point back over; [] if fewer, or if an armed group is named
    nearer than the second (the sides may be a state and the group)."""
    every = sentences(subject.doc)
    position = every.index(sentence_of(subject))
    start = every[max(0, position - mlx.PAIR_REACH_SENTENCES)].start
    states: list[str] = []
    for token in reversed(subject.doc[start : subject.left_edge.i]):
        key = actors.key_at(token) if token.ent_type_ else None
        if key is None:
            continue
        kind = actors.records[key].type
        if kind == "Group":
            return []
        if kind == "Country" and key not in states:
            states.append(key)
            if len(states) == 2:
                return [actors.use(k) for k in reversed(states)]
    return []
