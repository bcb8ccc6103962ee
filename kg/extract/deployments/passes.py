"""Passes over an article's deployments: a gapped conjunct repeats a presence for another
owner, and a deployment repeated later in the article is kept once."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.deployments.places import location_of, prep_place
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


def co_subjects(actors, trigger, force, deployment) -> list[MilitaryDeployment]:
    """'X and Y are preparing to send 2,000 troops to Z', 'X and Y are among the countries
    sending ships': a move of coordinated subjects is each one's (GUIDELINES: one entry per
    actor), when the first is the deployment's and the force names no owner of its own ('X
    and Y agreed to place X's weapons in Y')."""
    if any(
        c.dep_ in ("poss", "amod", "compound", "nmod") and actors.key_at(c) for c in force.children
    ):
        return []
    node = trigger
    for _ in range(6):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        # "the countries that have sent ships": the relative's antecedent is the subject
        if node.dep_ == "relcl" and any(s.tag_ in lx.RELATIVE_TAGS for s in subjects):
            subjects = []
        if subjects:
            break
        # "X and Y are among the countries sending ships": the states the copula lists
        if node.dep_ == "pobj" and node.head.lower_ == "among":
            node = node.head.head
            continue
        # "agreed to send", "drawing up plans to send"
        if node.dep_ not in ("xcomp", "conj", "acl", "relcl", "dobj") or node.head.i == node.i:
            return []
        node = node.head
    else:
        return []
    subject = subjects[0] if subjects else None
    # "X, Y and Z announced they would send ships to W": the pronoun is the list above
    if subject is not None and subject.lower_ == "they" and node.dep_ == "ccomp":
        subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    if subject is None or actors.key_at(subject) is None:
        return []
    first = actors.acting_for(actors.key_at(subject)) or actors.key_at(subject)
    if first != deployment.actor:
        return []
    # ("Chad, Benin, Gabon and Angola": the parser may take the list's second
    # state for an apposition of the first, the rest hanging on it)
    out, stack = [], [c for c in subject.children if _listed(actors, c)]
    while stack:
        other = stack.pop(0)
        stack += [c for c in other.children if _listed(actors, c)]
        key = actors.state_key_at(other, ("Country", "Group"))
        if key and key != first:
            out.append(replace(deployment, actor=actors.use(key)))
    return out


def _listed(actors, token) -> bool:
    """A conjunct of a listed subject, or a state in apposition to a state ('X, Y, Z and
    W' parsed with Y in apposition to X)."""
    if token.dep_ == "conj":
        return True
    if token.dep_ != "appos":
        return False
    kinds = ("Country",)
    return bool(actors.state_key_at(token, kinds) and actors.state_key_at(token.head, kinds))


def gapped_owners(actors, force, deployment) -> list[MilitaryDeployment]:
    """'X and Y have each promised some 600 troops, and Z 200': a state joined to the force
    with a number of its own and no noun is as many of the same force, that state's."""
    out = []
    # the parser joins the state to the force, or hangs it on the verb after the force
    verb = [*force.head.children] if force.dep_ == "dobj" else []
    for other in [*force.children, *verb]:
        if other.i < force.i or other.dep_ not in ("conj", "npadvmod") or other.pos_ != "PROPN":
            continue
        key = actors.state_key_at(other, ("Country",))
        count = [c for c in other.children if c.dep_ == "nummod" and c.pos_ == "NUM"]
        if key is None or key == deployment.actor or len(count) != 1:
            continue
        size = to_int(" ".join(t.text for t in count[0].subtree))
        if size is not None:
            out.append(replace(deployment, actor=actors.use(key), size=size, size_text=None))
    return out


def gapped_counts(trigger, deployment) -> list[MilitaryDeployment]:
    """'sent 3,000 troops to X and 1,000 to Y', '2,500 troops are stationed in X and 900 in
    Y': a number the parser makes a conjunct of the verb, with a place of its own, is as
    many of the same force at that place."""
    if trigger.pos_ != "VERB" or deployment.location is None or deployment.size is None:
        return []
    out = []
    # the parser joins the count to the verb, or to the first place ("to X and 200 to Y")
    for count in trigger.subtree:
        if count.dep_ != "conj" or count.pos_ != "NUM" or to_int(count.text) is None:
            continue
        if count.head.i != trigger.i and count.head.dep_ != "pobj":
            continue
        place = (
            location_of(count, count, places_only=True)
            or _place_after(trigger, count)
            or _place_after(count.head, count)
        )
        if place is not None and place != deployment.location:
            out.append(replace(deployment, size=to_int(count.text), size_text=None, location=place))
    return out


def _place_after(verb, count) -> str | None:
    """'sent 3,000 troops to X and 1,000 to Y': the parser may hang the number's place on
    the verb, after the number."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "dative") or prep.i < count.i:
            continue
        if prep.lower_ not in lx.LOCATION_PREPOSITIONS:
            continue
        place = prep_place(prep, lx.NEARBY_PREPOSITIONS)
        if place is not None:
            return place
    return None


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
    # "near X, Y province" is X, not the province Y
    places = [d.location.lower().split(",")[0] for d in (one, other)]
    words = [set(re.findall(r"\w+", place)) - {"the"} for place in places]
    # "the depot" and "the town's fuel depot" are one place; "eastern Ukraine" and
    # "southern Ukraine" two
    last = [(place.split() or [""])[-1] for place in places]
    if (words[0] <= words[1] or words[1] <= words[0]) and last[0] == last[1]:
        return True
    shared = len(words[0] & words[1])
    return 2 * shared > 0.5 * (len(words[0]) + len(words[1]))
