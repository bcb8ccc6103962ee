"""Rounds of talks: 'the third round of talks', its ordinal, and whether a mention is of
another round than one found before."""

from __future__ import annotations

from kg.extract.lexicon import meetings as mlx


def round_of(noun):
    """'the third round of talks': the round noun a meeting noun is of, if any."""
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or (noun.lemma_.lower() not in mlx.ROUND_OF_NOUNS and noun.lower_ not in mlx.ROUND_OF_NOUNS)
        or prep.lower_ != "of"
        or prep.head.lemma_.lower() not in mlx.ROUND_NOUNS
    ):
        return None
    return prep.head


def round_ordinal(trigger) -> str | None:
    """The ordinal of the round a meeting noun is of ('third'; '' for a round or rounds
    told by none), None when it is of no round."""
    round_ = round_of(trigger)
    if round_ is None:
        return None
    return next(
        (
            c.lower_
            for c in round_.children
            if c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in mlx.ROUND_ORDINALS)
        ),
        "",
    )


def another_round(earlier: str | None, later: str | None) -> bool:
    """Whether a mention of a round ('the third round') is of another round than a meeting
    found before with ``earlier`` its ordinal: a round told by another ordinal, unless it
    is the opening one of talks told by none."""
    if not later:
        return False  # "the talks": the round just told
    return later != earlier and not (not earlier and later in mlx.OPENING_ORDINALS)
