"""Origins of a force: 'contingents from X, Y and Z', 'troops from X': a 'from' on a force
noun that names states says whose the force is (one entry per state: GUIDELINES), and is no
place it is deployed at; so does one on a verb that gathers or composes the force
('bringing together warships from X, Y and Z', 'a force comprising troops from X and Y')."""

from __future__ import annotations

from kg.extract.lexicon import deployment_forces as flx


def origin_phrase(head, prep) -> bool:
    """Whether ``prep`` is a 'from' on a force noun whose object is a state's name ('smaller
    contingents from X and Y'), or on a verb that gathers the force ('assembled troops from
    X and Y'): the force's origin, not its place."""
    if head.pos_ == "VERB" and _gathering(head):
        # ("made up of soldiers from X and Y": what a verb of composing takes by its 'of')
        gathered = any(
            (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "of")) and c.i < prep.i
            for c in head.children
        )
        if not gathered:
            return False
    elif head.pos_ not in ("NOUN", "PROPN"):
        return False
    if prep.lower_ != "from":
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ == "GPE" for c in prep.children)


def _gathering(verb) -> bool:
    # ("a force comprising troops from X and Y": composing gathers them too)
    if verb.lemma_ in flx.GATHERING_VERBS or verb.lemma_ in flx.COMPOSING_VERBS:
        return True
    together = any(c.lower_ == "together" for c in verb.children)
    return together and verb.lemma_ in flx.TOGETHER_VERBS


def origin_owners(actors, force) -> list[str]:
    """'contingents from X, Y and the Z': the states a force's 'from' phrase lists, in text
    order (more than one: each deploys its own)."""
    # ("bringing together warships from X and Y": the 'from' on the verb gathering them)
    verb = _taking_verb(force)
    gathered = [c for c in verb.children if c.i > force.i] if verb is not None else []
    for prep in [*force.children, *gathered]:
        if prep.dep_ != "prep" or not origin_phrase(prep.head, prep):
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        listed = [t for o in objects for t in o.subtree if t.i == o.i or t.dep_ == "conj"]
        keys = [actors.key_at(t) for t in listed]
        keys = [k for k in keys if k and actors.records[k].type == "Country"]
        keys = list(dict.fromkeys(keys))
        if len(keys) > 1:
            return keys
    return []


def gathered_owner(actors, force) -> str | None:
    """'bringing together warships from X, Y and Z': the first state a verb gathering the
    force names (the others each deploy theirs: ``facts.shared_by``)."""
    verb = _taking_verb(force)
    if verb is None or verb.pos_ != "VERB" or not _gathering(verb):
        return None
    owners = origin_owners(actors, force)
    return owners[0] if owners else None


def listed_contingents(actors, force) -> bool:
    """'Smaller contingents from X, Y and Z have joined', 'with detachments from X and Y':
    contingents of several listed states are each one's deployment, with or without a place
    (a contingent is a body sent to serve abroad; 'troops from X and Y' may be anywhere)."""
    return force.lower_ in flx.COLLECTIVE_FORCE_NOUNS and len(origin_owners(actors, force)) > 1


def _taking_verb(force):
    """The verb whose object a force is ('assembled troops'), or, for a verb of composing,
    whose 'of' takes it ('made up of soldiers')."""
    if force.dep_ == "dobj":
        return force.head
    prep = force.head
    if force.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_ in flx.COMPOSING_VERBS:
        return prep.head
    return None
