"""Calls received: 'X received a call from A', 'X got telephone calls from A
and B', 'had taken calls from many leaders, including A and B'. The one phoned is
the subject of the receiving verb (read as for any meeting noun, by
``noun_participants``); the callers are the objects of the call noun's "from" (or, for a
group named in part, those its "including" names). Several calls from several callers
are one call with each (the plural says so: 'calls from A and B'); one call from several
is one call of all.
Invariants: only a call noun (lexicon meeting_sides.RECEIVED_CALL_NOUNS) that is the
direct object of a receiving verb (RECEIVING_CALL_VERBS) is read so: not 'calls from the
opposition for X to resign', a demand, nor 'weekly calls from the North' on no verb;
and not one with a "for" or a "to" clause of its own, a demand made; nor one whose
receiving verb is an infinitive ('needed to take a call from X': none told taken)."""

from __future__ import annotations

from kg.extract.lexicon import meeting_sides as rgx
from kg.extract.meetings.phrases import conjuncts


def received_call(noun) -> bool:
    """Whether a noun is a call someone received ('received a call from X')."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rgx.RECEIVED_CALL_NOUNS:
        return False
    if noun.dep_ != "dobj" or noun.head.lemma_ not in rgx.RECEIVING_CALL_VERBS:
        return False
    # ("hinted that he needed to take a call from X": a call to take, none told taken)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in noun.head.children):
        return False
    # ("received calls for restraint", "calls from A to step down": demands)
    return not any(
        (c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ in ("acl", "relcl") and c.tag_ == "VB")
        for c in noun.children
    )


def callers(noun) -> list:
    """The phrases naming those who placed a received call: the objects of its "from"
    (a group named in part, "several leaders, including A and B": A and B); [] for any
    other noun."""
    if not received_call(noun):
        return []
    out = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in rgx.CALLER_PREPOSITIONS:
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            named = [
                n
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ in rgx.NAMED_IN_PART_WORDS
                for n in c.children
                if n.dep_ == "pobj"
            ]
            out += named or [obj]
    return out


def called_in_turn(noun, resolve, participants) -> str | None:
    """'X received phone calls from A and B': X, the one participant not among the callers
    (as ``resolve`` reads a token), who had a call with each in turn; None for a single
    call, a single caller or no such one participant."""
    if noun.tag_ != "NNS" or len(participants) < 3:
        return None
    named = {resolve(m) for c in callers(noun) for m in conjuncts(c)} - {None}
    if len(named & set(participants)) < 2:
        return None
    others = [p for p in participants if p not in named]
    return others[0] if len(others) == 1 else None


def receiver_unnamed(noun, resolve, keys) -> bool:
    """'he had received calls from A and B', "he" no one known: the one phoned is not among
    the sides, so the callers are no call of their own (as ``resolve`` reads a token)."""
    named = {resolve(m) for c in callers(noun) for m in conjuncts(c)} - {None}
    return bool(named) and set(keys) <= named
