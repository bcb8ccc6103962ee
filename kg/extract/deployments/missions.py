"""Missions' strength: 'the UN mission in X, which has about 3,000 troops and 200 police',
'UNXYZ numbers around 1,100 peacekeepers', 'the mission has 800 troops': a peace mission's
own force, which serves where the mission does, is its deployment though no place is given
(a state's or an alliance's strength with no place is no deployment: an army's size). Its
total strength drawn from several states ('ATMIS has 12,000 troops from X, Y and Z') is the
mission's own deployment, not one per contributor."""

from __future__ import annotations

import re

from kg.extract.deployments.anaphora import body_pointed_back
from kg.extract.deployments.sources import mission_acronym
from kg.extract.lexicon import deployment_owners as olx


def peace_mission(actors, key) -> bool:
    """A body named as a peace or stabilisation mission, or by a mission's acronym."""
    record = actors.records[key]
    if record.type != "Organization":
        return False
    names = [record.name, *record.aliases]
    words = set(re.findall(r"[a-z]+", " ".join(names).lower()))
    return bool(words & olx.PEACE_MISSION_NAME_WORDS) or any(mission_acronym(n) for n in names)


def held_by_mission(actors, top) -> bool:
    """Whether a force is what a peace mission has, keeps or numbers: the object of a verb
    of holding whose subject (or the noun its relative clause describes) is the mission."""
    return mission_holder(actors, top) is not None


def mission_holder(actors, top) -> str | None:
    """The peace mission that has, keeps or numbers a force (``held_by_mission``), or None."""
    if top.dep_ != "dobj" or top.head.lemma_ not in olx.MISSION_HOLDING_VERBS:
        return None
    verb = top.head
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        holder = subject
        # "UNXYZ, which has about 3,000 troops": the noun the clause describes
        if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            holder = verb.head
        key = (
            actors.key_at(holder)
            or actors.resolve([holder], before=holder.i + 1)
            or _name_written(actors, holder)
            or body_pointed_back(actors, holder)
        )
        if key is not None and peace_mission(actors, key):
            return key
    return None


def _name_written(actors, token):
    """The body whose name or alias the token is, as written ('UNXYZ' at a sentence's start,
    where the model tagged no name)."""
    if token.pos_ != "PROPN":
        return None
    for key, record in actors.records.items():
        if token.text == record.name or token.text in record.aliases:
            return key
    return None
