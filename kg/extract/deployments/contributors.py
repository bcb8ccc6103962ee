"""Contributors listed: 'other countries that have committed personnel include X, Y and Z',
'nations that pledged troops include X and Y'. The states a verb of listing names after
states described by a pledge of forces each pledge their own (one entry per state:
GUIDELINES), a plan until the forces arrive."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.deployments.facts import deployment_of
from kg.extract.deployments.forces import stands_alone
from kg.extract.lexicon import deployments as dlx


def listed_contributors(doc, article, actors, verb, covered) -> list:
    """The planned deployments of the force a pledge describes the listed states by."""
    if verb.pos_ != "VERB" or verb.lemma_ not in dlx.PLEDGING_VERBS or verb.dep_ != "relcl":
        return []
    states = verb.head  # "countries that have committed personnel"
    if states.lemma_.lower() not in dlx.STATE_NOUNS or states.dep_ != "nsubj":
        return []
    if states.head.lemma_ not in dlx.LISTING_VERBS:
        return []
    force = next((c for c in verb.children if c.dep_ == "dobj" and stands_alone(c)), None)
    if force is None or force.i in covered:
        return []
    keys = []
    for listed in states.head.children:
        if listed.dep_ != "dobj":
            continue
        # ("include X, the Y of Z and W": the parser may read a later name as an apposition)
        for name in [listed, *(t for t in listed.subtree if t.dep_ in ("conj", "appos"))]:
            key = actors.key_at(name)
            if key and actors.records[key].type == "Country" and key not in keys:
                keys.append(key)
    if len(keys) < 2:
        return []
    first = deployment_of(doc, article, actors, verb, force, None, carried=keys[0])
    if first is None:
        return []
    covered.add(force.i)
    return [replace(first, actor=actors.use(key), modality="planned") for key in keys]
