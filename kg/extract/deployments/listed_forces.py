"""Listed forces: a phrase of where after the last item of a list of counted forces places
every item ("images show four submarines, two frigates and several landing ships berthed
at X": the submarines and the frigates are at X too). Each item with its own count or
quantity is its own entry (GUIDELINES: one entry per distinct mention of actor, force,
size and location); the place and owner are those of the last item's deployment.
A counted companion an "alongside" sets beside a placed force is there too, its own entry
("200 X troops are at the base, alongside 300 Y fighters"): its own words that name a state
or armed group (its modifier, or its "of" phrase) make it that owner's.

Invariants: only items before the placed force in its list of conjuncts, none covered
already, each a force noun standing alone with its own number, indefinite determiner or
word of quantity, and none with a phrase of where or a clause of its own (it is placed by
its own words, or not at all); munitions and forces acted on give none; each item joins
``covered``. A companion with a clause or phrase of where of its own gives none. An aside
inside a list ("..., armoured columns and, according to officials,
conscripts towards X") gives the list's first object, which its verb places nowhere, the
place of the last item only when a comma opens that item.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.common import mention
from kg.extract.deployments.facts import NAME, deployment_of
from kg.extract.deployments.forces import counted_item, force_text, stands_alone
from kg.extract.deployments.owners import modifier_owner
from kg.extract.deployments.sizes import size_of
from kg.extract.lexicon import deployment_moves as mlx
from kg.extract.lexicon import deployments as dlx

# prepositions of where a force goes ("conscripts towards X")
# words of quantity an item may have instead of a number ("several landing ships")
_QUANTITY_WORDS = mlx.PART_WORDS | frozenset(["numerous", "dozens", "hundreds", "few"])


def listed_before(doc, article, actors, force, deployment, covered: set[int]) -> list:
    """The deployments of the counted forces listed before ``force`` in its list, each a
    copy of ``deployment`` (the one found for ``force``: its owner, place, modality and
    date, which the list shares) with the item's own force words and size."""
    if deployment is None or deployment.location is None:
        return []
    if force.dep_ != "conj":
        return _companions(doc, actors, force, deployment, covered)
    first = force
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    out = []
    items = _items(first)
    for item in items:
        if item.i >= force.i or item.i in covered or not _own_count(item):
            continue
        if not stands_alone(item) or _placed_itself(item, items) or acted_on(item):
            continue
        if munition(item):
            continue
        out.append(_item_entry(doc, actors, item, deployment, covered))
    return out


def _item_entry(doc, actors, item, deployment, covered: set[int]):
    """A copy of ``deployment`` with the item's own force words and size."""
    size, size_text = size_of(item, item)
    begin, end = item.left_edge.idx, item.idx + len(item)
    covered.add(item.i)
    return replace(
        deployment,
        force=force_text(item, actors),
        size=size,
        size_text=size_text,
        mention=mention(doc, begin, end, NAME),
    )


def _companions(doc, actors, force, deployment, covered: set[int]) -> list:
    """'several corvettes were spotted in the harbour, alongside three landing ships': a
    counted force an 'alongside' on the verb sets beside the subject is where it is, its own
    owner's when its own words name one ('alongside 300 Malian soldiers', 'alongside 200
    fighters of group G')."""
    if force.dep_ not in ("nsubj", "nsubjpass"):
        return []
    out = []
    for prep in force.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "alongside":
            continue
        for item in prep.children:
            if item.dep_ != "pobj" or item.i in covered or not _own_count(item):
                continue
            if not stands_alone(item) or acted_on(item) or munition(item):
                continue
            if any(c.dep_ in ("acl", "relcl") or _placing(c) for c in item.children):
                continue
            entry = _item_entry(doc, actors, item, deployment, covered)
            owner = _own_owner(actors, item)
            if owner is not None and actors.records[owner].type not in ("Country", "Group"):
                owner = None  # "soldiers of the Interior Ministry's X": the placed force's
            out.append(entry if owner is None else replace(entry, actor=actors.use(owner)))
    return out


def _placing(child) -> bool:
    """A phrase of where of an item's own ('three ships in X'), not its 'of' phrase."""
    return child.dep_ == "prep" and child.lower_ != "of"


def _own_owner(actors, item):
    """The owner an item's own words name: its modifier, or the force or body of its 'of'
    phrase ('fighters of the X militia', 'units of Y's Mobile Forces')."""
    owner = modifier_owner(actors, item)
    if owner is not None:
        return owner
    for prep in item.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                owner = actors.key_at(pobj) or modifier_owner(actors, pobj)
                if pobj.dep_ == "pobj" and owner is not None:
                    return owner
    return None


def _items(first) -> list:
    """The items of the list that ``first`` opens, in order."""
    items, todo = [first], [first]
    while todo:
        node = todo.pop()
        for child in node.children:
            if child.dep_ == "conj":
                items.append(child)
                todo.append(child)
    return sorted(items, key=lambda t: t.i)


def _own_count(item) -> bool:
    """'four submarines', 'a battery', 'several landing ships', 'four X-class submarines':
    an item counted on its own."""
    if counted_item(item) or size_of(item, item)[0] is not None:
        return True
    return any(
        c.dep_ in ("amod", "det", "nummod") and c.lower_ in _QUANTITY_WORDS for c in item.children
    )


def _placed_itself(item, items) -> bool:
    """An item with a phrase of where or a clause of its own ('two frigates in Y, and...'),
    within its own stretch of the list (a phrase the parser hung on an item after the whole
    list, ', on the eastern shore of X', says more of the place)."""
    end = min((t.i for t in items if t.i > item.i), default=len(item.doc))
    return any(c.dep_ in ("prep", "acl", "relcl") and c.i < end for c in item.children)


def interrupted_place(doc, article, actors, trigger, force, deployment):
    """'rushed reserve units, armoured columns and, according to officials, conscripts
    towards X': an aside inside a list makes the parser hang its last item, with the
    place, on the verb; the object the verb places nowhere is where that item goes."""
    if deployment is None or deployment.location is not None or force.dep_ != "dobj":
        return deployment
    if force.head.i != trigger.i or trigger.pos_ != "VERB":
        return deployment
    for last, opening in _last_items(trigger):
        if last.i <= force.i or not _comma_before(doc, opening):
            continue  # the aside: a comma right before the last item
        if not stands_alone(last) or not _direction(last):
            continue
        moved = deployment_of(doc, article, actors, trigger, last, carried=deployment.actor)
        if moved is not None and moved.location is not None:
            return replace(deployment, location=moved.location)
    return deployment


def _last_items(trigger) -> list:
    """(item, the words it opens) of what the parser may make of a list's last item after
    an aside: a conjunct of the verb or a second object ('..., conscripts towards X'), or
    the object of a participle it took for a conjoined verb with no subject ('..., freshly
    drafted conscripts towards X')."""
    out = []
    for child in trigger.children:
        if child.dep_ in ("conj", "dobj") and child.pos_ in ("NOUN", "PROPN"):
            out.append((child, child))
        elif child.dep_ == "conj" and child.tag_ in ("VBN", "VBD") and not _has_subject(child):
            out += [(c, child) for c in child.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return out


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _comma_before(doc, item) -> bool:
    """A comma just before the item's own phrase ('freshly drafted conscripts')."""
    start = min(t.i for t in item.subtree)
    return start > 0 and doc[start - 1].text == ","


def _direction(item) -> bool:
    """An item with a phrase of where it goes on it ('conscripts towards X')."""
    return any(c.dep_ == "prep" and c.lower_ in mlx.MOVE_GOAL_PREPOSITIONS for c in item.children)


def acted_on(force) -> bool:
    """'destroyed tanks', 'the damaged frigates', 'the shadowed vessels': a force a
    participle before it says was acted on (not moved: 'deployed troops')."""
    return any(
        c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_ not in lx.DEPLOYMENT_VERBS
        for c in force.children
    )


def munition(force) -> bool:
    """'ballistic missiles', 'a rocket': a munition, whose being somewhere is a strike."""
    return force.lower_ in dlx.MUNITION_NOUNS or force.lemma_.lower() in dlx.MUNITION_NOUNS
