"""A part of a force named before, pointed back to by a pronoun: 'The X soldiers were shipped
to Y. About 1,000 of them are stationed in Z': the amount is a deployment of the force the
sentence before moved, at the place its own verb gives, with its own number and mood."""

from __future__ import annotations

from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.common import mention, sentence_date, sentence_of
from kg.extract.deployments.facts import NAME
from kg.extract.deployments.modality import modality_of
from kg.extract.deployments.places import location_of
from kg.extract.deployments.sizes import to_int
from kg.extract.lexicon import deployment_moves as mlx


def part_pointed_back(doc, article, token, found):
    """The deployment of 'N of them' (``token`` the pronoun) from the one ``found`` in the
    sentence before, or None."""
    if (
        token.lower_ not in mlx.POINTING_PRONOUNS
        or token.dep_ != "pobj"
        or token.head.lower_ != "of"
    ):
        return None
    amount = token.head.head
    counted = amount.like_num or amount.ent_type_ == "CARDINAL" or amount.lower_ in mlx.PART_WORDS
    verb = amount.head
    if not counted or amount.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    if verb.lemma_ not in lx.DEPLOYMENT_VERBS | lx.ADVANCE_VERBS:
        return None
    location = location_of(verb, amount, places_only=True)
    if location is None:
        return None
    sentence = sentence_of(token)
    if sentence.start == 0:
        return None
    before = sentence_of(doc[sentence.start - 1])
    earlier = [d for d in found if before.start_char <= d.mention.begin < before.end_char]
    if len({d.actor for d in earlier}) != 1:
        return None  # one force pointed back to only
    modality = modality_of(verb, amount)
    size = to_int(amount.text) if amount.like_num or amount.ent_type_ == "CARDINAL" else None
    begin, end = min(amount.idx, verb.idx), max(amount.idx + len(amount), verb.idx + len(verb))
    return replace(
        earlier[-1],
        size=size,
        size_text=None,
        location=location,
        modality=modality,
        mention=mention(doc, begin, end, NAME),
        date=sentence_date(sentence, article.date, future=modality == "planned"),
    )
