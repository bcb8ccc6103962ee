"""Those a meeting word "brought together": 'the talks, hosted by C, brought together A and
B', 'the talks brought A, B and C together', 'a meeting bringing together A and B'. Each
named object of the bringing verb takes part in the meeting the subject (or the noun the
clause hangs on) names, as those "attended by" do (kg.extract.meetings.phrases.attendees);
a host or mediator the meeting word names is read with it as before. And an occasion
(a ceremony, a parade) attended by two sides or more named: a meeting of them."""

from __future__ import annotations

from kg.extract.actors.names import name_chain
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.phrases import added_as_well, attendees, conjuncts, listed_after

# (entity labels of a side named: a person, a state, a people's state, an organisation)
_PARTY_ENTITIES = ("PERSON", "GPE", "NORP", "ORG")


def brought_together(trigger) -> list:
    """The object phrases of a bringing-together clause whose subject is the meeting word,
    or which hangs on it ('a meeting bringing together A and B'); none for a noun that
    gathers troops or members (the caller's trigger is a meeting word)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    clauses = [
        c
        for c in trigger.children
        if c.dep_ in ("acl", "relcl") and c.lemma_ in mlx.BRINGING_TOGETHER_VERBS
    ]
    if trigger.dep_ == "nsubj" and trigger.head.lemma_ in mlx.BRINGING_TOGETHER_VERBS:
        clauses.append(trigger.head)
    objects = [
        obj
        for clause in clauses
        if _together(clause)
        for obj in clause.children
        if obj.dep_ == "dobj"
    ]
    # ("brought together deputy chief of staff A, B and C": the list hung on the name
    # set beside the title)
    named = [c for obj in objects for c in obj.children if c.dep_ == "appos"]
    # ("brought together A and B, as well as C": C too)
    return [t for obj in objects + named for t in [obj, *listed_after(obj), *added_as_well(obj)]]


def _together(verb) -> bool:
    """'brought together A and B', 'brought A and B together (for the last time)': the
    word on the verb, or on a phrase of the verb the parser hung it on."""
    return any(
        t.lower_ in mlx.TOGETHER_WORDS and (t.head.i == verb.i or t.head.head.i == verb.i)
        for t in verb.subtree
    )


def attended_occasion(noun) -> bool:
    """'The ceremony in Riga, attended by A and B', 'the parade brought A, B and C
    together': an occasion noun whose "by" (or bringing together) names two sides or more
    is a meeting of them (one named guest is none: 'attended by the minister and senior
    officers')."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in mlx.ATTENDED_OCCASION_NOUNS:
        return False
    named = {
        t.i
        for phrase in attendees(noun) + brought_together(noun)
        for word in conjuncts(phrase)
        # ("attended by foreign minister A and president B": names the parser set beside
        # the first title)
        for t in [word, *(c for c in word.children if c.dep_ == "appos")]
        if t.ent_type_ in _PARTY_ENTITIES or name_chain(t)
    }
    return len(named) >= 2
