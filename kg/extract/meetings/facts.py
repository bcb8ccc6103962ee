"""The meeting fact: the extractor's versioned name, a meeting as found while the article is
read (with what the passes after the reading need to know of it), and a meeting filled in
by a later mention.

A ``Found`` is mutable and compared by identity: the reader's indexes (meetings by their
participants, meetings by their last mention) and the passes hold the object itself, never
its position in a list, so dropping or adding a meeting moves nothing they point at."""

from __future__ import annotations

import dataclasses

from kg.models import Meeting

NAME = "kg.meeting.v49"


@dataclasses.dataclass(eq=False)
class Found:
    """A meeting found in the article, as its later mentions fill it in."""

    meeting: Meeting
    # a visit to a state whose host is not named: (visitor, state visited)
    visit: tuple[str, str] | None = None
    # one person who met each of several people in turn: that person
    one_by_one: str | None = None
    # a summit known only by its organisation and the state it is held in
    summit: bool = False
    # a round of talks: its ordinal ("third"; "" for none), None when no round
    round: str | None = None
    # the hosts or mediators a later clause added ("C is set to host the talks"): of this
    # meeting, not of another of the same people a later mention tells
    hosts: tuple[str, ...] = ()


def filled(meeting: Meeting, mode: str, date: str | None) -> Meeting:
    """A meeting with the mode and date a later mention of it gives, where it had none."""
    return dataclasses.replace(
        meeting,
        mode=mode if meeting.mode == "unknown" and mode != "unknown" else meeting.mode,
        date=meeting.date or date,
    )
