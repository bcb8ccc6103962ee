"""Forces whose owner the text gives only by pointing: a part of a force named before, pointed
back to by a pronoun ('The X soldiers were shipped to Y. About 1,000 of them are stationed in
Z': the amount is a deployment of the force the sentence before moved, at the place its own
verb gives, with its own number and mood); and a bare force in what a state's body or
official reports ('An X army spokesman said troops continue to operate in Y': the state's)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.common import mention, sentence_date, sentence_of
from kg.extract.deployments.facts import NAME
from kg.extract.deployments.modality import modality_of
from kg.extract.deployments.places import location_of
from kg.extract.deployments.sizes import to_int
from kg.extract.deployments.sources import source_body
from kg.extract.lexicon import deployment_moves as mlx
from kg.extract.lexicon import statements as slx

_OWNER_DEPS = ("amod", "compound", "poss", "nmod")


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


def reporter_state(actors, force):
    """The state whose body or official reports a bare force's presence ('An X army
    spokesman said troops continue to operate in Y'), or None: a plural force with no
    determiner or owner of its own, the subject of a clause a verb of saying governs."""
    if force.tag_ not in ("NNS", "NNPS") or force.dep_ != "nsubj":
        return None
    if any(
        c.dep_ in ("det", "poss") or (c.dep_ in _OWNER_DEPS and actors.key_at(c))
        for c in force.children
    ):
        return None
    clause = force.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in slx.SPEECH_VERBS:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    states = set()
    # ("a Thai army spokesman": the state may modify the body that modifies the speaker)
    near = [c for c in speaker.children if c.dep_ in _OWNER_DEPS]
    near += [g for c in near for g in c.children if g.dep_ in _OWNER_DEPS]
    for token in [speaker, *near]:
        key = actors.key_at(token)
        # "the X Intelligence Service said troops ...": a source speaks of others' forces
        if key and source_body(actors, speaker, key):
            return None
        state = key and (actors.acting_for(key) or key)
        if not state or actors.records[state].type != "Country":
            continue
        # a state's armed body ('the IDF', 'the Thai army') speaks of its own forces; a
        # state's officials may speak of the enemy's
        body = actors.records[key].type == "Organization" or (
            token.i != speaker.i
            and any(t.lemma_.lower() in mlx.FORCE_BODY_NOUNS for t in [speaker, *near])
        )
        if body:
            states.add(state)
    return states.pop() if len(states) == 1 else None
