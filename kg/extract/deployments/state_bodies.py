"""A deployment's owner is a state or a group, never a body of a state (GUIDELINES: "the
state (or group) whose forces they are, not the army").

After the owner rules (kg.extract.deployments.facts), an owner may still be a state's body
that no rule tied to a state: its record and its name hold no state ("the Ministry of
Defence", "the Naval Service", "the Army"), and the article spells its acronym out
only as the body's words ("X Public Relations (XPR)"). Such a body deploys for the one state
the article names before the deployment, where it names only one (with two or more, the
later passes of kg.extract.deployments, a reporting state's or the discourse's owner, say
whose). An alliance, a union, a peace mission or a coalition is no state's body, and keeps
its forces.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import actors as lx
from kg.extract.lexicon import deployment_forces as flx
from kg.extract.lexicon import deployment_owners as olx

# words of the name of a body that belongs to a state: a ministry, a department, an armed
# service, a press wing ('Inter-Services Public Relations')
STATE_BODY_WORDS = (
    lx.INSTITUTION_HEADS
    | olx.MINISTRY_HEADS
    | flx.SERVICE_HEADS
    | frozenset("ministry defence defense staff relations army navy naval military".split())
)
# ... and words of the name of a body of no one state (a peace mission's among them)
NO_STATE_WORDS = olx.PEACE_MISSION_NAME_WORDS | frozenset(
    """
    nations united international alliance union coalition treaty organization
    organisation community bloc european african atlantic nato
    """.split()
)  # fmt: skip


def stateless_state_body(actors, key) -> bool:
    """Whether an owner is a state's body the article gives no state (module docstring)."""
    record = actors.records[key]
    if record.type != "Organization" or record.country:
        return False
    if actors.state_in_name(key) is not None:
        return False
    words = set(re.findall(r"[a-z]+", " ".join([record.name, *record.aliases]).lower()))
    return bool(words & STATE_BODY_WORDS) and not words & NO_STATE_WORDS


def only_state_before(actors, index: int) -> str | None:
    """The one state the article mentions before token ``index``, if it mentions one only."""
    states = {
        key for start, key in actors.mentions_before(index) if actors.records[key].type == "Country"
    }
    return next(iter(states)) if len(states) == 1 else None
