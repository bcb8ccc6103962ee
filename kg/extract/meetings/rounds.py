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


def next_sitting(noun) -> bool:
    """'the next session was scheduled for June', 'another round is expected', 'agreed to
    hold the sixth round in X': a bare round
    or session told as a later one, a further sitting of the talks told before (not 'the
    next round of sanctions', 'the next session of parliament': of something else; nor
    'debated at its next session': a sitting told as the subject of its own clause)."""
    lemma = noun.lemma_.lower()
    # ("agreed to hold the next round in X": the object of a verb of holding, too)
    held = noun.dep_ == "dobj" and noun.head.lemma_.lower() in mlx.HOLDING_VERBS
    return (
        noun.pos_ == "NOUN"
        and (noun.dep_ in ("nsubj", "nsubjpass") or held)
        and noun.tag_ != "NNS"
        and (lemma in mlx.ROUND_NOUNS or lemma in mlx.SESSION_NOUNS)
        and any(
            c.dep_ in ("amod", "det")
            # ("the sixth round will be held in X": a later round told by its ordinal)
            and (
                c.lower_ in mlx.NEXT_SITTING_WORDS
                or (c.ent_type_ == "ORDINAL" and c.lower_ not in mlx.FIRST_ORDINALS)
            )
            for c in noun.children
        )
        and not any(
            c.dep_ in ("compound", "relcl", "poss")
            # ("a third round planned for September": a sitting planned, not one of others)
            or (c.dep_ == "acl" and c.lemma_ not in mlx.PLANNED_SITTING_PARTICIPLES)
            # ("the next round in Santiago": a place or time of its own, not "of sanctions")
            or (c.dep_ == "prep" and c.lower_ not in mlx.SITTING_PLACE_PREPOSITIONS)
            for c in noun.children
        )
    )


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
