"""Whom a verb of speaking addresses: an official of a state though no name is given ('spoke
to his Polish counterpart' is a talk with that state, GUIDELINES, unlike 'spoke to
reporters'), each other ('A and B will talk next week', 'the two leaders agreed to speak
again'), someone with, not a meeting spoken after ('speaking after a call with X'); and who
gathered with whom ('ministers of A, B and C gathered')."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.pairs import joint_body_named_by_pair


def state_official(word, sides: bool = False) -> bool:
    """A role noun of one who acts for a state, with the state's adjective or name on it
    ('his Polish counterpart', 'the Turkish foreign minister', 'Russian officials'); with
    ``sides``, also a noun of a side ('a Ugandan team', mlx.SIDE_NOUNS), and a role word
    the parser makes a proper noun."""
    if word.pos_ != "NOUN" and not (sides and word.pos_ == "PROPN"):
        return False
    role = word.lemma_.lower()
    official = role in mlx.RECEIVED_ROLE_NOUNS or role in mlx.ENVOY_NOUNS
    if not official and not (sides and role in mlx.SIDE_NOUNS):
        return False
    return any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in ("GPE", "NORP")
        for c in word.children
    )


def pair_subject(verb) -> bool:
    """'Biden and Xi are expected to speak again', 'A and B talked for an hour', 'the two
    leaders agreed to speak again': a verb of talking whose subject is two or more (a list,
    or a pair word on sides or leaders), who talk with each other."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (any(g.dep_ == "conj" for g in c.children) or _pair_of_talkers(c))
        for c in [*verb.children, *(verb.head.children if verb.dep_ == "xcomp" else ())]
    )


def _pair_of_talkers(subject) -> bool:
    """'the two leaders', 'both sides': a plural side or leader noun with a pair word."""
    return (
        subject.pos_ == "NOUN"
        and subject.tag_ == "NNS"
        and subject.lemma_.lower() in mlx.PAIR_SIDE_NOUNS | mlx.PAIR_PERSON_NOUNS
        and any(c.lower_ in lx.PAIR_WORDS for c in subject.children)
    )


def speaks_with(verb) -> bool:
    """'spoke by phone', 'spoke with X': a word of talking with someone under the verb, not
    in a meeting noun it is about ('speaking after a telephone conversation with X, Y said'
    is a speech after the call, which the noun reports)."""
    for word in verb.subtree:
        if word.lower_ not in lx.SPEAKING_WITH_WORDS:
            continue
        path = [
            word,
            *(h for h in word.ancestors if h.i != verb.i and verb.i in {a.i for a in h.ancestors}),
        ]
        if not any(
            t.i != word.i and t.lemma_ in lx.MEETING_NOUNS and t.pos_ == "NOUN" for t in path
        ):
            return True
    return False


def gathered(verb) -> bool:
    """'the foreign ministers of A, B and C gathered in Warsaw', 'A and B convened in
    Geneva': several who come together with each other (a plural or a list, no object)."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False  # "Russia has gathered troops", "troops were gathered"
    return any(
        c.dep_ == "nsubj"
        and (
            c.tag_ in ("NNS", "NNPS")
            or any(g.dep_ == "conj" for g in c.children)
            # "the NATO-Russia Council convened": a joint body of a hyphenated pair
            or joint_body_named_by_pair(c)
        )
        for c in verb.children
    )
