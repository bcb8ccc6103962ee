"""Observers: the subject of a verb of watching is no owner of a force in what it saw ('the
ministry said it had observed the North deploying troops', 'he had seen no evidence that
units had been moved to X'); the owner is a name in the thing seen, before the force, if
any (else the force's owner is left to the article's mover, ``discourse``)."""

from __future__ import annotations

from kg.extract.lexicon import deployment_owners as olx

# what a verb of watching takes as the thing seen
_SEEN_DEPS = ("dobj", "ccomp", "xcomp")


def watched(verb, force) -> bool:
    """Whether the force is in what a verb of watching above its trigger saw (its object,
    or the clause it governs), not the verb's own subject."""
    if verb.lemma_ not in olx.WATCHING_VERBS or verb.pos_ != "VERB":
        return False
    return any(
        c.dep_ in _SEEN_DEPS and c.left_edge.i <= force.i <= c.right_edge.i for c in verb.children
    )


def seen_owner(actors, verb, force):
    """The actor a name in the thing seen gives, before the force and outside it ('the
    North deploying troops': the North), or None."""
    for child in verb.children:
        if child.dep_ not in _SEEN_DEPS:
            continue
        if not child.left_edge.i <= force.i <= child.right_edge.i:
            continue
        own = {t.i for t in force.subtree}
        words = [t for t in child.subtree if t.i < force.i and t.i not in own]
        # ("no evidence that significant units were moved": a bare noun names no one)
        words = [t for t in words if t.pos_ == "PROPN" or actors.key_at(t)]
        return actors.resolve(words, before=force.i) if words else None
    return None
