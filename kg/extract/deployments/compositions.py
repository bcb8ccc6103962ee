"""Compositions: 'the mission, made up of soldiers from X, Y and Z, was deployed to W', 'a
force comprising troops from X and Y': a mission or force described as made of members
from listed states deploys those members, each state its own (GUIDELINES: one fact per
state; ``origins``)."""

from __future__ import annotations

from kg.extract.deployments.origins import origin_phrase
from kg.extract.lexicon import deployment_forces as flx


def members(token, is_force):
    """The force noun a participle of composition on ``token`` takes, when a 'from' on it
    names a state ('made up of soldiers from X and Y'); else None."""
    for clause in token.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_ not in flx.COMPOSING_VERBS:
            continue
        word = flx.COMPOSING_VERBS[clause.lemma_]
        if word is None:
            taken = [c for c in clause.children if c.dep_ == "dobj"]
        else:
            taken = [
                g
                for c in clause.children
                if c.dep_ == "prep" and c.lower_ == word
                for g in c.children
                if g.dep_ == "pobj"
            ]
        for noun in taken:
            # ("comprising troops from X and Y": the parser may hang the 'from' on the verb)
            froms = [(noun, c) for c in noun.children]
            froms += [(clause, c) for c in clause.children if c.i > noun.i]
            if is_force(noun) and any(
                c.dep_ == "prep" and origin_phrase(head, c) for head, c in froms
            ):
                return noun
    return None
