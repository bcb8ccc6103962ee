"""Those a passive of attending adds to a meeting already told: 'The meeting, at A's
residence, lasted an hour and was also attended by C and officials of D'. The meeting
noun, made definite ("the", "this"), is the subject of the passive; the "by" names those
who joined it (``visits.joined_participants`` merges them into the meeting just told);
unnamed officials of a body ("officials of D") stand for the body.

Invariants: only a definite meeting noun (a meeting told before, not "a meeting attended
by C", a meeting of its own, read by ``phrases.attendees``); only the verbs of attending
or joining (mlx.ATTENDED_BY_VERBS), through a conjunct verb of the same subject."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import agents_of
from kg.extract.lexicon import meetings as mlx


def attended_by(noun) -> list:
    """The objects of "by" of a passive of attending whose subject is a definite meeting
    noun; [] if none."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    if not any(
        c.dep_ in ("det", "poss") and c.lower_ in mlx.DEFINITE_DETERMINERS for c in noun.children
    ):
        return []
    # ("the meeting lasted an hour and was also attended by C": the second verb's agent)
    objects = agents_of([noun.head], mlx.ATTENDED_BY_VERBS)
    return [o for obj in objects for o in (obj, *_bodies_of_officials(obj))]


def _bodies_of_officials(obj) -> list:
    """'C and officials of the D': the body whose unnamed officials attended (each
    conjunct's), which stands for them."""
    return [
        body
        for member in (obj, *(c for c in obj.children if c.dep_ == "conj"))
        if member.lemma_.lower() in lx.ROLE_NOUNS and member.tag_ == "NNS"
        for prep in member.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
        for body in prep.children
        if body.dep_ == "pobj" and body.ent_type_ in ("ORG", "GPE")
    ]
