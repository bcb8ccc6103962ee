"""Passes over an article's deployments: a gapped conjunct repeats a presence for another
owner, and a deployment repeated later in the article is kept once."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.deployments.sizes import to_int
from kg.models import MilitaryDeployment


def gapped(actors, trigger, deployment) -> list[MilitaryDeployment]:
    """'France's presence has risen to 969, and Italy's from 350 to 385': a conjunct
    that keeps only its owner and its numbers repeats the presence for that owner."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return []
    out = []
    for conjunct in trigger.head.children:
        if conjunct.dep_ != "conj":
            continue
        # a conjunct with its own object or force says something else
        if any(c.dep_ in ("dobj", "attr") for c in conjunct.children):
            continue
        # the parser makes the owner the conjunct itself or its subject
        owners = [conjunct, *(c for c in conjunct.children if c.dep_ in ("nsubj", "poss"))]
        owners = [c for c in owners if actors.key_at(c)]
        key = actors.acting_for(actors.key_at(owners[0])) if owners else None
        # the count is where it rose to: the number after the last "to"
        ends = [t for t in conjunct.subtree if t.lower_ == "to"]
        number = next((t for t in ends[-1].children if t.like_num), None) if ends else None
        if key is None or number is None or key == deployment.actor:
            continue
        size = to_int(number.text)
        if size is not None:
            out.append(replace(deployment, actor=actors.use(key), size=size, size_text=None))
    return out


def once(found: list[MilitaryDeployment]) -> list[MilitaryDeployment]:
    """A deployment repeated later in the article ('Macron again would not rule out
    sending troops') is one fact."""
    seen, out = set(), []
    for deployment in found:
        key = (deployment.actor, deployment.force, deployment.size, deployment.location)
        if key not in seen and not any(_same_presence(deployment, kept) for kept in out):
            seen.add(key)
            out.append(deployment)
    return out


def _same_presence(one, other) -> bool:
    """'Syrian forces hold the depot' and 'Syrian troops are trapped in the depot':
    forces of no stated kind, of one actor and at one place, are one deployment."""
    if one.actor != other.actor or one.size is not None or other.size is not None:
        return False
    if one.location is None or other.location is None:
        return False
    kinds = {one.force.split()[-1], other.force.split()[-1]}
    if not kinds <= lx.GENERIC_FORCES:
        return False
    words = [set(re.findall(r"\w+", d.location.lower())) - {"the"} for d in (one, other)]
    # "the depot" and "the town's fuel depot" are one place; "eastern Ukraine" and
    # "southern Ukraine" two
    last = [d.location.lower().split()[-1] for d in (one, other)]
    if (words[0] <= words[1] or words[1] <= words[0]) and last[0] == last[1]:
        return True
    shared = len(words[0] & words[1])
    return 2 * shared > 0.5 * (len(words[0]) + len(words[1]))
