"""A spell on the phone told just before a talk: 'Zelensky spent much of the day on the phone.
He said he had spoken with A, B and C', 'X has been working the phones. He spoke to Y on
Saturday': a talk told with no way of its own, by the person the sentence before has on
the phone (by name, or as "he", "she"), in the same paragraph, was had by phone."""

from __future__ import annotations

import re

from kg.extract.common import doc_text, sentence_of
from kg.extract.lexicon import meeting_modes as mmx
from kg.extract.lexicon import meetings as mlx


def on_the_phone_before(trigger) -> bool:
    """Whether a talking verb's subject was told on the phone in the sentence before."""
    if trigger.pos_ != "VERB" or trigger.lemma_ not in mmx.TALKING_VERBS:
        return False
    subject = _subject(trigger)
    if subject is None:
        return False
    doc = trigger.doc
    sentence = sentence_of(trigger)
    if sentence.start == 0:
        return False
    before = sentence_of(doc[sentence.start - 1])
    # (the break may trail the sentence before, as a space token of its own)
    end = max((t.idx + len(t) for t in before if not t.is_space), default=before.end_char)
    start = next((t.idx for t in sentence if not t.is_space), sentence.start_char)
    if "\n" in doc_text(doc)[end:start]:
        return False  # another paragraph
    text = before.text.lower()
    if not any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", text) for c in mmx.PHONE_SPELL_CUES):
        return False
    holder = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if holder is None or holder.ent_type_ != "PERSON":
        return False
    return subject.lower_ in mlx.PERSONAL_SUBJECT_PRONOUNS - mlx.PLURAL_SUBJECT_PRONOUNS or (
        subject.lower_ == holder.lower_
    )


def _subject(verb):
    """The subject of a talking verb, or of the verbs it completes ('was due to speak')."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or node.dep_ not in ("xcomp", "conj"):
            return subject
        node = node.head
    return None
