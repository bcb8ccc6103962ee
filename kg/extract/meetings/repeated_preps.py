"""A preposition said again for each side: 'held talks with A and with B', 'spoke by
phone on Friday with A and with B', 'held calls with A at noon, and later
with B'. The parser hangs the second "with" on the first as its conjunct (or on the verb),
so the objects of the first alone name only A; the objects of each preposition coordinated
with it that repeats its word are met too. Saying the word again for each parts the sides:
the one who talks met each of them in turn (as 'held separate calls with A and B'), not all
at one meeting, unless a singular meeting noun says there was one ('held a call with A,
and with B': one call of all three).
Invariants: only a conjunct that is the same preposition ("with ... and with", not "with A
and without B", nor "with A and in B") is read, and only its own objects; a second "with"
elsewhere is read as said again only after "and" (adverbs between: "and later with")."""

from __future__ import annotations

from kg.extract.lexicon import meeting_dates as mdx
from kg.extract.lexicon import meeting_sides as rgx


def repeated_objects(prep) -> list:
    """The objects of the prepositions coordinated with ``prep`` that repeat its word
    ('with A and with B': [B]), in the order of the text; [] if there is none."""
    objects = []
    for conj in repeated(prep):
        objects += [o for o in conj.children if o.dep_ == "pobj"]
    return objects


def repeated(prep) -> list:
    """The prepositions coordinated with ``prep`` (through others coordinated so) that are
    the same word."""
    out, frontier = [], [prep]
    while frontier:
        node = frontier.pop()
        for child in node.children:
            if child.dep_ == "conj" and child.pos_ == "ADP" and child.lower_ == prep.lower_:
                out.append(child)
                frontier.append(child)
    return sorted(out, key=lambda t: t.i)


def repeated_with(trigger) -> bool:
    """Whether a meeting word (or the meeting noun a holding verb takes) has a "with" said
    again for a further side: 'held talks with A and with B', 'spoke with A and with B'
    (the parser may hang the second on the verb and the first on its object)."""
    return len(_with_preps(trigger)) > 1


def _with_preps(trigger) -> list:
    """The "with" phrases on a meeting word and its object, each said again after "and"
    joining the list: [] unless one is so said."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    # ("spoke by telephone with A and with B": the parser may hang them on the manner noun)
    manners = [c for c in trigger.children if c.lower_ in mdx.MANNER_PREPOSITIONS]
    holders += [o for m in manners for o in m.children if o.dep_ == "pobj"]
    preps = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"]
    preps += [r for p in preps for r in repeated(p)]
    preps = sorted({p.i: p for p in preps}.values(), key=lambda t: t.i)
    doc = trigger.doc
    if not any(_after_and(doc, p.i) for p in preps[1:]):
        return []
    return preps


def _after_and(doc, i: int) -> bool:
    """Whether the word at ``i`` follows "and" (past adverbs: "and later with")."""
    j = i - 1
    while j > 0 and doc[j].pos_ == "ADV" and i - j <= 2:
        j -= 1
    return j >= 0 and doc[j].lower_ == "and"


def met_in_turn(trigger, resolve, participants) -> str | None:
    """'X held talks with A and with B': X, the one participant not named after a "with"
    (as ``resolve`` reads a token), who met each of those named in turn; None when the
    "with" is not said again or there is no such one participant."""
    if len(participants) < 3 or _one_meeting(trigger):
        return None
    met = _met(trigger, resolve)
    if not met:
        return None
    others = [p for p in participants if p not in met]
    return others[0] if len(others) == 1 else None


def _one_meeting(trigger) -> bool:
    """'held a call with A, and with B': one meeting (a singular noun) of all named,
    unless an adverb of sequence opens a "with" ("held a call with A at noon, and
    later with B": two calls)."""
    nouns = [trigger] if trigger.pos_ != "VERB" and not _manner(trigger) else []
    nouns += [c for c in trigger.children if c.dep_ == "dobj"]
    if not any(n.tag_ == "NN" for n in nouns):
        return False
    doc = trigger.doc
    return not any(
        doc[p.i - 1].lower_ in rgx.SEQUENCE_ADVERBS for p in _with_preps(trigger) if p.i > 0
    )


def _manner(noun) -> bool:
    """'spoke by telephone with A and with B': the way a verb's talks were held, no count
    of calls."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in mdx.MANNER_PREPOSITIONS


def only_those_met(trigger, resolve, keys) -> bool:
    """'(X was reported to have held) calls with A and with B', X not found from the noun:
    the sides are only those met (as ``resolve`` reads a token), who met X each in turn,
    not one another, so they are no meeting of their own."""
    met = _met(trigger, resolve)
    return bool(met) and set(keys) <= met


def _met(trigger, resolve) -> set:
    """Those a repeated "with" names (as ``resolve`` reads a token): the actors named in
    each object ("with the head of the X Council, A B": A B and the council, not whoever
    heads another body; "with the leaders of A, B and C": the states), else the object
    itself and its conjuncts."""
    met = set()
    doc = trigger.doc
    for prep in _with_preps(trigger):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            # (each name once, by its last word)
            named = [
                t
                for t in obj.subtree
                if t.ent_type_ in _NAMED_LABELS
                and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")
            ]
            heads = named or [obj, *(c for c in obj.children if c.dep_ == "conj")]
            met.update(resolve(t) for t in heads)
    return met - {None}


_NAMED_LABELS = frozenset(["PERSON", "GPE", "ORG"])
