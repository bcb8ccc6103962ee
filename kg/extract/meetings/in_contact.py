"""Being in contact: 'X has been in contact with Y', 'said he had been in touch with his
counterpart': a state of talking with someone, a meeting held in no stated way
(GUIDELINES: calls, talks ... with two identifiable participants).
Invariant: only a contact noun that is the object of "in" and takes a "with" of its own is
read so (not 'contacts with X', nor 'stayed in close contact with X': a channel kept open;
nor 'lost contact with').
The one in contact is the subject of the verb the "in" hangs on, or of a verb above it
whose subject that verb shares."""

from __future__ import annotations

from kg.extract.common import objects_of
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.phrases import conjuncts


def in_contact(noun) -> bool:
    """'in contact with X', 'in touch with X': whether the noun says so (not 'remained in
    contact with X', a channel kept open; nor 'in contact with the Y authorities', a
    vague group of no one in particular)."""
    if noun.pos_ != "NOUN" or noun.lower_ not in mlx.CONTACT_STATE_NOUNS or noun.dep_ != "pobj":
        return False
    if noun.head.lower_ != "in" or noun.head.dep_ != "prep":
        return False
    if noun.head.head.lemma_.lower() in mlx.CONTACT_KEEPING_VERBS:
        return False
    if any(c.dep_ == "neg" for c in noun.head.head.children):
        return False  # "has not been in contact with X"
    if any(c.dep_ == "amod" and c.lower_ in mlx.STANDING_CONTACT_WORDS for c in noun.children):
        return False  # "in close contact", "in constant contact": a standing channel
    met = objects_of(noun, "with")
    return bool(met) and not all(o.tag_ == "NNS" and o.pos_ == "NOUN" for o in met)


def holder_unnamed(noun, resolve, keys) -> bool:
    """'it was in close contact with A and B', "it" no one known: the one in contact (as
    ``resolve`` reads a token) is not among the sides, so those met are no meeting of
    their own."""
    if not in_contact(noun):
        return False
    met = {resolve(m) for o in [*objects_of(noun, "with"), *also_with(noun)] for m in conjuncts(o)}
    return not any(resolve(h) in keys for h in contact_holders(noun)) and set(keys) <= met


def contact_holders(noun) -> list:
    """The subject of the verb the "in" of a contact noun hangs on ('X has been in contact
    with Y': X), climbing to a verb whose subject it shares ('X wants to stay in touch')."""
    if not in_contact(noun):
        return []
    node = noun.head.head
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head.i == node.i:
            return []
        node = node.head
    return []


def also_with(noun) -> list:
    """'in contact with A as well as with B': the objects of a further "with" the parser
    hung on the verb the "in" hangs on."""
    if not in_contact(noun):
        return []
    verb = noun.head.head
    # (or on the "in", as its conjunct: "in contact with A as well as with B")
    preps = [p for p in verb.children if p.dep_ == "prep"]
    preps += [p for p in noun.head.children if p.dep_ == "conj"]
    return [
        o
        for p in preps
        if p.lower_ == "with" and p.i > noun.i
        for o in p.children
        if o.dep_ == "pobj"
    ]


def contact_one_by_one(noun, resolve, participants) -> str | None:
    """'X had been in contact with A as well as with B': X with each of them in turn (the
    one in contact, as ``resolve`` reads a token), when more than one is named."""
    if not in_contact(noun) or len(participants) < 3:
        return None
    holders = [k for h in contact_holders(noun) if (k := resolve(h)) in participants]
    return holders[0] if len(holders) == 1 else None


def other_ones(noun, member) -> bool:
    """'in contact with A as well as with B and other Asean ministers': the others left
    unnamed are no side of a contact told one by one."""
    return in_contact(noun) and any(
        c.dep_ == "amod" and c.lower_ in ("other", "another") for c in member.children
    )


def contact_verb(noun):
    """The verb being in contact is told by ('has not been in contact', 'would be in
    touch'): its negation and its time are the meeting's; None for other words."""
    return noun.head.head if in_contact(noun) else None
