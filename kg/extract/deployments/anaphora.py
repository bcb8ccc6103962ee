"""Bodies pointed back to: a definite noun for an armed group, a mission or an alliance as
a force's owner ('The mission has a handful of warships escorting ships through X', 'the
group has a dozen armed members left in Y', 'the mission's quick reaction force') is the
body of that kind the article named last before it, not one spoken to (GUIDELINES: the actor
is the state or group whose forces they are; a mission's or an alliance's are its own)."""

from __future__ import annotations

import re

from kg.extract.deployments.bystanders import bystander
from kg.extract.lexicon import actors as alx
from kg.extract.lexicon import deployment_owners as olx
from kg.gazetteer import gazetteer


def body_pointed_back(actors, noun) -> str | None:
    """The group, mission or alliance a bare definite noun ('the group', 'the mission's')
    points back to: the nearest actor of its kind named before it, or None."""
    types = olx.BODY_ANAPHORS.get(noun.lower_)
    if types is None or noun.pos_ != "NOUN" or actors.key_at(noun) is not None:
        return None
    kept = ("det", "case", "punct")
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    # "the armed group", "the UN mission in X": a noun with words of its own names its body
    if any(c.dep_ not in kept for c in noun.children if c.i < noun.i):
        return None
    for before in reversed(noun.doc[: noun.left_edge.i]):
        key = actors.key_at(before)
        if key is None or _state_body(actors, key) or _place_word(before):
            continue
        # "residents told X that the rebels had moved fighters": one spoken to
        if bystander(before):
            continue
        record = actors.records[key]
        # "JNIM has lost ground ... the group": a name the model took for an organisation's
        # that the gazetteer does not know as one is a group's
        unknown = record.type == "Organization" and gazetteer().lookup(record.name) is None
        if record.type in types or ("Group" in types and unknown):
            return key
    return None


def _state_body(actors, key) -> bool:
    """A state's body or one with no forces of its own ('the Security Council', a news
    outlet the source spoke to)."""
    record = actors.records[key]
    if record.name.lower() in alx.NEWS_OUTLETS:
        return True
    if actors.state_in_name(key) is not None:
        return True
    state = actors.acting_for(key)
    if state not in (None, key) and actors.records[state].type == "Country":
        return True
    words = set(re.findall(r"[a-z]+", " ".join([record.name, *record.aliases]).lower()))
    outlet = alx.OUTLET_NAME_WORDS | alx.OUTLET_MODIFIERS
    return bool(words & (olx.NOT_FORCE_BODY_WORDS | outlet))


def mission_of(actors, force) -> str | None:
    """'X's spokesman said peacekeepers had been deployed to Y': peacekeepers no word on them
    owns are the mission's, the one named in their sentence, else the last named before."""
    if force.lower_ not in olx.MISSION_FORCE_NOUNS:
        return None
    if force.lower_ == "helmets" and not any(c.lower_ == "blue" for c in force.children):
        return None
    sentence = force.sent
    for token in [*sentence, *reversed(force.doc[: sentence.start])]:
        key = actors.key_at(token)
        if key is None or actors.records[key].type != "Organization":
            continue
        if not _state_body(actors, key) and not _place_word(token):
            return key
    return None


def _place_word(token) -> bool:
    """A word of a place ('deployed to X', 'near the Y Strait'): a name the model took for
    an organisation's there is no body's."""
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    for node in [token, *token.ancestors]:
        if node.dep_ == "pobj" and node.head.lower_ not in ("of", "by", "for"):
            return True
    return False
