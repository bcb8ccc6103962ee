"""Unnamed groups at a meeting: people left unnamed among its sides ("alongside X and four
other African leaders"), or met by a verb whose object names no actor ("met with
detectives"), so that those named are not the whole meeting ("officials from both
countries" are of the pair's states, named)."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.counterparts import regional_counterparts
from kg.extract.meetings.counterparts_abroad import counterparts_in_states
from kg.extract.meetings.in_contact import in_contact
from kg.extract.meetings.pair_words import pair_phrase
from kg.extract.meetings.phrases import conjuncts, named_people, phrase_tokens, represented
from kg.extract.meetings.possessed import of_the_pair_of_states


def unnamed_group(actors, tokens) -> bool:
    """'alongside Zelensky and four other African leaders': people left unnamed take
    part, so those named are not the whole meeting."""
    for token in tokens:
        if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in lx.ROLE_NOUNS:
            continue
        if represented(token) != [token]:
            continue  # "the leaders of A and B": named by their states
        if named_people(actors, token):
            continue  # "the ministers of the two countries, A and B": named
        if any(c.lower_ in lx.PAIR_WORDS for c in token.children):
            continue  # "the two leaders": the pair just named
        if regional_counterparts(actors, token) or counterparts_in_states(actors, token):
            continue  # "his Baltic counterparts": each state of the group
        if of_the_pair_of_states(token) or pair_phrase(token):
            # "officials from both countries", "heads of the two countries' services": of
            # the states of the pair just named
            continue
        # "Seven African leaders - the presidents of A, B ...": named by the head's own
        # words, not by an apposition that lists only some of them
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "punct"]
        words = [t for t in words if t.i >= token.i - len(words)]
        if actors.resolve(words, before=token.i + 1) is None:
            return True
    return False


def met_unnamed(actors, trigger) -> bool:
    """'Lewis met with detectives in 2011': a meeting verb whose own object is a plural
    common noun naming no actor met people left unnamed, so two people named elsewhere in
    the sentence are no sign of who met."""
    if trigger.pos_ != "VERB":
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [
        o
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(
        o.pos_ == "NOUN"
        and o.tag_ == "NNS"
        and not named_people(actors, o)
        and actors.resolve(phrase_tokens(o), before=o.i + 1) is None
        for o in objects
    )


def incomplete(actors, trigger) -> bool:
    """A meeting whose own participant phrases include an unnamed group (not a contact,
    had with each one in turn: 'in contact with A and other ministers' is one with A)."""
    if in_contact(trigger):
        return False
    phrases = []
    for child in trigger.children:
        if child.dep_ in ("nsubj", "dobj", "poss"):
            phrases.append(child)
        if child.dep_ == "prep" and (
            child.lower_ in ("with", "between", "among")
            or child.lower_ in mlx.SIDE_BY_SIDE_PREPOSITIONS
        ):
            phrases += [c for c in child.children if c.dep_ == "pobj"]
    members = [m for p in phrases for m in conjuncts(p)]
    return unnamed_group(actors, [m for m in members if not _beside_named(actors, m, members)])


def _beside_named(actors, member, members) -> bool:
    """'met with police commanders and Mayor X': a bare group listed beside someone
    named is only met with them (GUIDELINES: the identifiable participants meet), not a
    part of a group the named ones are some of ('X and other ministers', 'X and four
    African leaders', 'several commanders')."""
    if any(
        (c.dep_ in ("nummod", "det", "amod") and c.lower_ in mlx.MORE_OF_A_KIND)
        or c.dep_ == "nummod"
        for c in member.children
    ):
        return False
    return any(
        m.i != member.i and actors.resolve(phrase_tokens(m), before=m.i + 1) is not None
        for m in members
        if m.head.i == member.i or member.head.i == m.i or m.head.i == member.head.i
    )
