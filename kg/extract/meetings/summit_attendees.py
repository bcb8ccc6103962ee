"""Summit attendees: the one side a sentence names at an organisation's summit held in a
state ('X said he would raise the issue at the Nato summit in Madrid', 'X meets allied
leaders at the Nato summit in Vilnius') attends it: a meeting of that side and the
organisation, not of the organisation and the state it is held in (which
``summits.summit_sides`` gives a summit with no one named at it).

Invariants: only for a summit ``summit_sides`` reads (its own words name one organisation
and the state it is in); the state is never added; a side that is the organisation itself
adds nothing, nor one who heads it; a summit spoken of ("on the summit, X said") is not
attended."""

from __future__ import annotations

from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.records import state_of
from kg.extract.meetings.summits import summit_sides


def summit_attendance(actors, trigger, keys: list[str]) -> list[str]:
    """The one side read and the organisation whose summit the trigger is, if it is one
    (else nothing)."""
    if len(keys) != 1:
        return []
    sides = summit_sides(actors, trigger)
    if not sides or keys[0] in sides:
        return []
    if trigger.dep_ == "pobj" and trigger.head.lower_ in mlx.SPOKEN_OF_PREPOSITIONS:
        return []  # "On the Nato summit in Madrid, X said": spoken of, not attended
    if state_of(actors, keys[0]) == actors.records[sides[0]].name:
        return []  # the organisation's own head at its summit: no meeting with it
    return [keys[0], sides[0]]
