"""Signings: two or more people named as putting their names to one text together ('A and
B signed the treaty', 'the accord, signed in X on Monday by A and B', 'the memorandum signed
between A and B', also a list of names the parser broke, ``name_lists``) met to sign it, in
person. Only people: states or bodies said to sign
('A and B signed a deal') may have done so apart, through envoys. The text signed (the
verb's object, or its passive subject) is no side."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain
from kg.extract.common import conjunct_chain
from kg.extract.lexicon import meeting_sides as rgx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.journeys import signed_on_journey
from kg.extract.meetings.name_lists import given_name_as_preposition, name_list


def is_signing(verb) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in rgx.SIGNING_VERBS


def signers(verb) -> list:
    """The phrases of the people a signing verb names as signing together: a coordinated
    subject, a coordinated "by" agent, or a coordinated "between"; [] if fewer than two
    people are named so."""
    # ("A and B are expected to sign it": the subject of the verb the infinitive completes)
    above = list(verb.head.children) if verb.dep_ == "xcomp" else []
    for child in [*verb.children, *above]:
        heads = []
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.head.i != verb.i or child.dep_ == "nsubj"
        ):
            heads = [child]
        elif child.dep_ == "agent" or (
            child.dep_ == "prep" and child.lower_ in rgx.SIGNER_PREPOSITIONS
        ):
            heads = [c for c in child.children if c.dep_ == "pobj" or given_name_as_preposition(c)]
        for head in heads:
            listed = [head, *conjunct_chain(head)]
            if len(listed) >= 2 and all(_person(t) for t in listed):
                return listed
            # ("A al-B and C bin D signed": names the parser did not coordinate)
            listed = name_list(head)
            if len(listed) >= 2:
                return listed
    # ("was travelling to X to sign a pact with Y": Y, met there)
    return _signed_alongside(verb) or signed_on_journey(verb)


def _signed_alongside(verb) -> list:
    """'X signed the decrees alongside A and B': the subject, a person (or "he", "she"),
    with the people named beside them; [] unless every one beside is a person."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    beside = [
        t
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in mlx.SIDE_BY_SIDE_PREPOSITIONS
        for o in c.children
        if o.dep_ == "pobj"
        for t in [o, *conjunct_chain(o)]
    ]
    if len(subjects) != 1 or not beside or not all(_person(t) for t in beside):
        return []
    subject = subjects[0]
    if not (_person(subject) or subject.lower_ in lx.PERSON_SUBJECT_PRONOUNS):
        return []
    return [subject, *beside]


def _person(token) -> bool:
    """A person's name, or a title phrase with one ("Somaliland's leader A")."""
    own = [token, *(t for c in token.children if c.dep_ not in ("conj", "cc") for t in c.subtree)]
    if any(t.ent_type_ == "PERSON" or name_chain(t) is not None for t in own):
        return True
    # "between A and Somaliland's leader B": a title the parser cut from the name after it
    doc = token.doc
    return (
        token.lower_ in lx.TITLE_OR_ROLE_WORDS
        and token.i + 1 < len(doc)
        and doc[token.i + 1].ent_type_ == "PERSON"
    )
