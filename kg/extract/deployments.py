"""Military deployments: who moved or keeps which forces where, how many, how certain."""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.common import in_headline, mention, sentence_date, sentence_of
from kg.models import MilitaryDeployment
from kg.ns import KG

NAME = "kg.deployment.v1"
produces = KG.MilitaryDeployment


def extract(doc, article, actors) -> list[MilitaryDeployment]:
    out: list[MilitaryDeployment] = []
    covered: set[int] = set()  # force tokens already in a deployment
    for token in doc:
        if in_headline(token):
            continue
        if token.pos_ == "VERB" and token.lemma_ in lx.DEPLOYMENT_VERBS:
            force = _force_of_verb(token)
            trigger = token
        elif token.lemma_.lower() in lx.DEPLOYMENT_NOUNS and token.pos_ == "NOUN":
            force = _force_of_noun(token)
            trigger = token
        else:
            continue
        if force is None or force.i in covered:
            continue
        if token.lemma_ == "build" and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in token.children
        ):
            continue
        deployment = _deployment(doc, article, actors, trigger, force)
        if deployment is not None:
            covered.add(force.i)
            out.append(deployment)
    # presence with a number: "around 100,000 Russian troops could participate ..."
    for token in doc:
        if token.i in covered or token.lower_ not in lx.FORCE_NOUNS or in_headline(token):
            continue
        if not any(c.dep_ == "nummod" for c in token.children):
            continue
        if token.head.lemma_ in lx.NOT_DEPLOYMENT_VERBS:
            continue
        deployment = _deployment(doc, article, actors, token.head, token)
        if deployment is not None:
            covered.add(token.i)
            out.append(deployment)
    return out


def _force_of_verb(verb):
    candidates = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("xcomp", "acl", "relcl") or not candidates:
        # "troops continue to be sent": the force is the subject of the verb it hangs on
        candidates += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.lemma_ in ("move", "mass", "gather", "deploy", "concentrate", "station"):
        candidates += [c for c in verb.children if c.dep_ == "nsubj"]
    for candidate in candidates:
        force = _descend_to_force(candidate)
        if force is not None:
            return force
    return None


def _force_of_noun(noun):
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                force = _descend_to_force(pobj)
                if force is not None:
                    return force
        if child.dep_ in ("compound", "amod") and child.lower_ in lx.FORCE_NOUNS:
            return child
    return None


def _descend_to_force(token):
    """'tens of thousands of soldiers' -> soldiers."""
    for _ in range(4):
        if token.lower_ in lx.FORCE_NOUNS:
            return token
        nxt = None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                nxt = next((c for c in child.children if c.dep_ == "pobj"), None)
        if nxt is None:
            return None
        token = nxt
    return None


def _heads(token, depth: int = 4):
    out, node = [], token
    for _ in range(depth):
        if node.head is node:
            break
        node = node.head
        out.append(node)
    return out


def _deployment(doc, article, actors, trigger, force):
    # losses, withdrawals and deliveries mention forces without deploying them
    if any(t.lemma_ in lx.NOT_DEPLOYMENT_VERBS for t in [trigger, *_heads(force, 3)]):
        return None
    if any(t.lower_ in lx.LOSS_WORDS for t in [*force.children, *_heads(force, 3)]):
        return None
    actor = actors.acting_for(_actor(actors, trigger, force))
    if actor is None:
        return None
    size, size_text = _size(force, trigger)
    begin = min(trigger.idx, force.idx)
    end = max(trigger.idx + len(trigger), force.idx + len(force))
    sentence = sentence_of(force)
    location = _location(trigger, force)
    span = mention(doc, begin, end, NAME)
    modality = _modality(trigger, force)
    return MilitaryDeployment(
        actor=actors.use(actor),
        force=_force_text(force),
        modality=modality,
        mention=span,
        size=size,
        size_text=size_text,
        location=location,
        date=sentence_date(sentence, article.date, future=modality == "planned"),
    )


def _force_text(force) -> str:
    words = [
        c
        for c in force.lefts
        if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("NORP", "GPE")
    ]
    words = [w for w in words if w.lower_ not in lx.FORCE_FILLERS and w.tag_ != "VBN"]
    return " ".join([*(w.text for w in words), force.text]).lower()


def _actor(actors, trigger, force):
    # 1. the force's own modifier: "Russian troops", "Russia's forces", "US troops"
    for child in force.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and actors.key_at(child):
            return actors.key_at(child)
    for child in force.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            for pobj in child.children:
                if actors.key_at(pobj):
                    return actors.key_at(pobj)
    # 2. the subject of the trigger or of the verbs it hangs on
    node = trigger
    for _ in range(4):
        for child in node.children:
            if child.dep_ == "nsubj" and child is not force:
                key = actors.resolve(list(child.subtree), before=child.i + 1)
                if key:
                    return key
            if child.dep_ == "agent":
                for pobj in child.children:
                    key = actors.resolve(list(pobj.subtree), before=pobj.i + 1)
                    if key:
                        return key
        if node.head is node:
            break
        node = node.head
    return None


_NUMBER = re.compile(r"\d[\d,.]*")
_SCALES = {"thousand": 1_000, "million": 1_000_000, "hundred": 100}


def _size(force, trigger):
    numbers = [
        c
        for c in force.children
        if c.dep_ == "nummod" or (c.like_num and c.dep_ in ("amod", "quantmod"))
    ]
    # "F-35 fighters": a number glued to a letter by a hyphen is a model name, not a size
    numbers = [c for c in numbers if not (c.i > 0 and c.nbor(-1).text == "-")]
    if numbers:
        number = numbers[0]
        words = sorted(
            [number, *[t for t in number.subtree if t.like_num or t.lower_ in _SCALES]],
            key=lambda t: t.i,
        )
        text = " ".join(dict.fromkeys(t.text for t in words))
        return _to_int(text), None
    # "tens of thousands of soldiers": the amount is the chain of heads above the force
    chain, node = [], force
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head is not node:
        node = node.head.head
        chain.append(node)
    if chain:
        first = chain[-1]
        text = force.doc[first.left_edge.i : force.i].text.strip()
        text = re.sub(r"\s+of$", "", text)
        value = _to_int(text)
        return value, (None if value else text)
    return None, None


def _to_int(text: str) -> int | None:
    match = _NUMBER.search(text)
    if not match:
        return None
    raw = match.group(0).rstrip(".,")
    try:
        value = float(raw.replace(",", "")) if raw.count(",") or raw.count(".") <= 1 else None
    except ValueError:
        return None
    if value is None:
        return None
    for word, scale in _SCALES.items():
        if word in text.lower():
            value *= scale
    return int(value) if value >= 1 else None


def _location(trigger, force) -> str | None:
    for head in (trigger, force):
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ not in lx.LOCATION_PREPOSITIONS:
                continue
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if not objects or objects[0].ent_type_ in ("DATE", "TIME", "CARDINAL"):
                continue
            if objects[0].lemma_.lower() in lx.NOT_LOCATION_HEADS:
                continue
            tokens = list(objects[0].subtree)
            text = force.doc[tokens[0].i : tokens[-1].i + 1].text
            if child.lower_ in ("near", "around", "along", "across", "inside", "within"):
                text = f"{child.text} {text}"
            return text
    return None


def _modality(trigger, force) -> str:
    chain = [trigger]
    node = trigger
    for _ in range(4):
        if node.head is node:
            break
        node = node.head
        chain.append(node)
    words = {t.lower_ for n in chain for t in n.children} | {n.lower_ for n in chain}
    lemmas = {n.lemma_ for n in chain}
    if (
        words & lx.NEGATIONS
        or lemmas & lx.DENIAL_VERBS
        or any(c.lower_ == "no" for n in chain for c in n.children)
    ):
        return "denied"
    if lemmas & lx.CLAIM_VERBS:
        return "claimed"
    if (
        words & lx.POSSIBLE_MODALS
        or words & lx.POSSIBLE_WORDS
        or any(t.lower_ in lx.POSSIBLE_WORDS for t in sentence_of(force) if t.dep_ == "amod")
    ):
        return "possible"
    if words & lx.PLANNED_WORDS or lemmas & {"plan", "intend", "prepare"}:
        return "planned"
    return "reported"
