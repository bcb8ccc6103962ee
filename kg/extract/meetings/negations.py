"""Meetings that are not held: refused, negated ('has not spoken to X', 'no talks took
place'), habitual ('kept talking to X'), unanswered ('called X but did not reach him')."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import heads
from kg.extract.lexicon import meetings as mlx


def refused(trigger) -> bool:
    """'his refusal to hold talks', 'had no plans to meet', 'has not spoken to X', 'no
    talks were held': a meeting that is not one."""
    if negated(trigger) or habitual(trigger) or unanswered(trigger):
        return True
    for node in [trigger, *heads(trigger, 3)]:
        if node.lemma_.lower() in lx.MEETING_REFUSALS:
            return True
        if node.i != trigger.i and node.pos_ == "VERB" and node.lemma_ not in lx.MEETING_VERBS:
            # "declined to confirm the meeting": the refusal is of something else
            return False
        if (
            node.i != trigger.i
            and node.lower_ in lx.PLAN_NOUNS
            and any(c.lower_ == "no" for c in node.children)
        ):
            return True
        if node.dep_ == "relcl":
            # "a claim rejected by X, who telephoned Y": the clause above is of the one
            # the relative clause is on, not of the meeting
            return False
    return False


def habitual(trigger) -> bool:
    """'would continue to call me in the weeks ahead', 'kept talking to X': a meeting verb
    under a verb of going on is a habit, not one meeting."""
    return (
        trigger.pos_ == "VERB"
        and trigger.dep_ == "xcomp"
        and trigger.head.lemma_.lower() in mlx.HABIT_VERBS
    )


def unanswered(trigger) -> bool:
    """'called X on Monday but did not reach him': a call that never got through (a
    negated verb of reaching joined to the call)."""
    if trigger.lemma_ != "call" or trigger.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "conj"
        and c.lemma_ in mlx.REACHING_VERBS
        and any(g.dep_ == "neg" for g in c.children)
        for c in trigger.children
    )


def negated(trigger) -> bool:
    """'has not yet spoken to X', 'never met X', 'no talks took place': a meeting verb
    negated, or a meeting noun (or the verb that holds it) under a negation."""
    verb = trigger if trigger.pos_ == "VERB" else None
    if verb is None and (
        trigger.dep_ == "dobj"
        or (trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_ in mlx.TAKING_PLACE)
    ):
        # "did not hold talks", "the meeting did not take place" (not "the talks did not
        # produce a deal": held, to no avail)
        verb = trigger.head
    if verb is not None and any(
        c.dep_ == "neg" and c.lower_ in mlx.MEETING_NEGATIONS for c in verb.children
    ):
        return True
    if trigger.pos_ == "VERB":
        return False
    return _never_had(trigger) or any(
        c.dep_ == "det" and c.lower_ in mlx.MEETING_NEGATIONS for c in trigger.children
    )


def _never_had(noun) -> bool:
    """'the conversation he never had with X'."""
    clause = having_clause(noun)
    return clause is not None and any(
        n.dep_ == "neg" and n.lower_ in mlx.MEETING_NEGATIONS for n in clause.children
    )


def having_clause(noun):
    """'the conversation he had with X', 'the talks that A held with B': the relative clause
    of having the meeting on a meeting noun, if any (its words are the meeting's own)."""
    if noun.pos_ == "VERB":
        return None
    return next(
        (c for c in noun.children if c.dep_ == "relcl" and c.lemma_ in mlx.HAVING_VERBS), None
    )
