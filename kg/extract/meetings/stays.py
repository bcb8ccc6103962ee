"""Stays abroad: 'Japan's prime minister X is in Kyiv', 'Moldova's foreign minister Y was in
Washington': an official of one state who is (or was, or will be) in a place of another is
on a visit there, hosted by that state (GUIDELINES: a visit counts when a host is stated or
clearly implied). Said only of a named person who holds an office of a state, since others
who are somewhere (a reporter, a prisoner, troops) visit no one."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain
from kg.extract.lexicon import meetings as mlx


def stays_in(word) -> bool:
    """'X is in Kyiv', 'X was in Washington last week', 'X will be in Ankara on Monday':
    a "be" whose subject is a named person and whose "in" phrase is a state or city
    (whether the person is an official of another state is the visit's own check, see
    visits.visited_states)."""
    if word.lemma_ != "be" or word.pos_ not in ("AUX", "VERB"):
        return False
    if any(c.dep_ in ("neg", "acomp", "attr", "expl") for c in word.children):
        return False  # "was not in Kyiv", "is in charge of", "there is in Kyiv"
    if not any(
        c.dep_ == "prep"
        and c.lower_ in mlx.STAY_PREPOSITIONS
        and any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in c.children)
        for c in word.children
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ in lx.PURPOSE_PREPOSITIONS for c in word.children):
        return False  # "was in Kyiv for talks with X": the talks report the meeting
    return any(c.dep_ == "nsubj" and _named_person(c) for c in word.children)


def _named_person(subject) -> bool:
    """'Fumio Kishida', 'Prime Minister Fumio Kishida' (parsed with the title for its
    head), not 'X's son' or 'troops of X'."""
    if subject.ent_type_ == "PERSON" or name_chain(subject) is not None:
        return True
    return subject.lower_ in lx.OFFICE_TITLES and any(
        c.dep_ in ("compound", "appos", "flat") and c.ent_type_ == "PERSON"
        for c in subject.children
    )


def official_abroad(actors, key: str, word) -> bool:
    """A person whose stay in another state is a visit: one the article gives an office
    (a title of the table mlx.STAY_OFFICES) and a state, or whom the stay's own sentence
    calls an official of a state ('X, Moldova's top diplomat, was in Washington')."""
    if _office_in_apposition(word):
        return True
    record = actors.records[key]
    if record.type != "Person" or actors.acting_for(key) is None:
        return False
    words = {w for title in record.titles for w in title.lower().split()}
    return bool(words & mlx.STAY_OFFICES)


def _office_in_apposition(word) -> bool:
    """'X, Moldova's newly minted top diplomat, was in ...': the subject's apposition is an
    office (mlx.STAY_OFFICES) of a state named by its possessive or adjective."""
    return any(
        a.dep_ == "appos"
        and a.lemma_.lower() in mlx.STAY_OFFICES
        and any(
            (c.dep_ == "poss" and c.ent_type_ == "GPE")
            or (c.dep_ == "amod" and c.ent_type_ == "NORP")
            for c in a.children
        )
        for subject in word.children
        if subject.dep_ == "nsubj"
        for a in subject.children
    )
