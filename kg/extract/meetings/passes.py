"""Passes over the meetings of an article once all are found: merging a summit or a visit
into the meeting reported with those at it, taking apart one person's meetings with
several, and lending dates.

Each pass takes the meetings in the order they were found and returns them in that order,
less those it merged into another; a pass refers to a meeting by the object itself, never
by its position in the list."""

from __future__ import annotations

import dataclasses

from kg.extract.meetings.facts import Found, filled
from kg.extract.meetings.records import has_person, state_of
from kg.models import Meeting


def summits_attended(found: list[Found]) -> list[Found]:
    """'At the Nato summit in Madrid ... The leaders of A and B attended': a summit known
    by organisation and place is the meeting reported with those at it, when there is
    one of the organisation with the same status; that one takes its date."""
    merged = []
    for summit in [f for f in found if f.summit]:
        org = summit.meeting.participants[0]
        attended = next(
            (
                other
                for other in found
                if not other.summit
                and other.meeting.status == summit.meeting.status
                and org in other.meeting.participants
            ),
            None,
        )
        if attended is not None:
            merged.append(summit)
            attended.meeting = filled(attended.meeting, summit.meeting.mode, summit.meeting.date)
    return [f for f in found if f not in merged]


def visits_merged(found: list[Found], actors) -> list[Found]:
    """A visit to a state is the meeting reported with someone of that state, between the
    same states ('Kishida's visit to Ukraine' and 'Kishida met Zelensky'), or with someone
    met in the same sentence ('visited Poland and met with its defence minister'); such a
    visit only lends that meeting its date."""
    merged = []
    for visit in [f for f in found if f.visit is not None]:
        visitor, state = visit.visit
        side, state = state_of(actors, visitor), state_of(actors, state)
        for other in found:
            if other.visit is not None:
                continue  # (a visit, this one among them)
            meeting = other.meeting
            if meeting.status != visit.meeting.status:
                continue  # "A spoke with B, and C is due in Kyiv next week": another event
            states = {state_of(actors, p) for p in meeting.participants}
            # (a visitor of no known state is no side of a meeting of one of no known state)
            met_there = state in states and (
                visitor in meeting.participants or (side is not None and side in states)
            )
            same_sentence = (
                visitor in meeting.participants
                and meeting.mention.sentence_index == visit.meeting.mention.sentence_index
                and states <= {side, state, None}
            )
            if met_there or same_sentence:
                merged.append(visit)
                other.meeting = filled(meeting, visit.meeting.mode, visit.meeting.date)
                break
    return [f for f in found if f not in merged]


def separately(found: list[Found]) -> list[Meeting]:
    """Each meeting of one person with several people as that person's meeting with each;
    one that a later mention reported again is kept once."""
    result: list[Found] = []  # each part keeps the one-by-one person of the meeting it is of
    for entry in found:
        meeting, visitor = entry.meeting, entry.one_by_one
        if visitor is None or visitor not in meeting.participants:
            parts = [meeting]
        else:
            parts = [
                dataclasses.replace(meeting, participants=(visitor, other))
                for other in meeting.participants
                if other != visitor
            ]
        for part in parts:
            # (another meeting of the same people on another day stays one of its own)
            same = next(
                (
                    kept
                    for kept in result
                    if set(kept.meeting.participants) == set(part.participants)
                    and kept.meeting.status == part.status
                    and (visitor is not None or kept.one_by_one is not None)
                    and (not kept.meeting.date or not part.date or kept.meeting.date == part.date)
                ),
                None,
            )
            if same is None:
                result.append(Found(part, one_by_one=visitor))
            else:
                same.meeting = filled(same.meeting, part.mode, part.date)
    return [kept.meeting for kept in result]


def same_by_states(
    meetings: list[Meeting], actors, rounds: set[int] = frozenset()
) -> list[Meeting]:
    """'Austin and Blinken met Zelensky ... The meeting between the US and Ukrainian
    parties': a meeting of states alone, reported with the same status as a meeting of
    people acting for just those states, is that meeting (not a round of talks, each a
    meeting of its own, nor one dated to another day or held another way, a call and a
    meeting in person; ``rounds``: the ids of those)."""
    return [m for m in meetings if id(m) in rounds or _people_meeting(m, meetings, actors) is None]


def _people_meeting(meeting: Meeting, meetings: list[Meeting], actors) -> Meeting | None:
    """The meeting of people acting for the states of a meeting of states ('the US and
    Ukrainian parties'), if any; also of one that names some people and the states of the
    others ('A will meet the leaders of B and C this week ... A will hold talks with X and
    Y on Thursday'): those it names are at the other one too, with one person for each
    state, of that state as far as the article tells."""
    named = [p for p in meeting.participants if actors.records[p].type != "Country"]
    if len(named) == len(meeting.participants):
        return None
    states = {state_of(actors, p) for p in meeting.participants}
    return next(
        (
            other
            for other in meetings
            if other is not meeting
            and other.status == meeting.status
            and (not meeting.date or not other.date or meeting.date == other.date)
            # ("A's minister called B's ... A and B had held a meeting in C": a call and a
            # meeting in person are two)
            and ("unknown" in (meeting.mode, other.mode) or meeting.mode == other.mode)
            and (
                _acting_for(meeting, other, named, actors)
                if named
                else (
                    has_person(actors, other.participants)
                    and {state_of(actors, p) for p in other.participants} == states
                )
                or _leaders_of(meeting, other, actors)
            )
        ),
        None,
    )


def _leaders_of(meeting: Meeting, other: Meeting, actors) -> bool:
    """'The meetings in Tehran between the supreme leaders of A and B ... his meeting with
    X': a meeting of states alone is one of a person for each, when some of those people
    are of a state it names and the article tells no state of the others."""
    told = {state_of(actors, p) for p in other.participants} - {None}
    return bool(told) and _acting_for(meeting, other, [], actors)


def _acting_for(meeting: Meeting, other: Meeting, named: list[str], actors) -> bool:
    """Whether the people of ``other`` not named by ``meeting`` are one person of each
    state ``meeting`` names: of that state, or, when it names several ('the leaders of A
    and B'), of a state the article does not tell."""
    if not set(named) <= set(other.participants):
        return False
    people = [p for p in other.participants if p not in named]
    states = {state_of(actors, p) for p in meeting.participants if p not in named}
    if len(people) != len(states) or not all(actors.records[p].type == "Person" for p in people):
        return False
    told = [state_of(actors, p) for p in people]
    if None in told and len(states) < 2:
        return False  # a visit to a state, and a meeting with someone of no state told
    return all(s is None or s in states for s in told) and len(set(told) - {None}) == len(
        [s for s in told if s is not None]
    )


def dated_by_larger(meetings: list[Meeting]) -> list[Meeting]:
    """'will discuss security with A and B on Tuesday ... At his meeting with A': a meeting
    of some of those at a larger one reported before, with no date of its own, is part
    of it and takes its date."""
    out: list[Meeting] = []
    for meeting in meetings:
        larger = None
        if not meeting.date:
            larger = next(
                (
                    m
                    for m in out
                    if m.date
                    and m.status == meeting.status
                    and set(meeting.participants) < set(m.participants)
                ),
                None,
            )
        out.append(meeting if larger is None else dataclasses.replace(meeting, date=larger.date))
    return out


def dated_by_trip(meetings: list[Meeting], day: str | None, actors) -> list[Meeting]:
    """A visitor's meetings on a journey of the article's day ('After the engagement with
    the president, X then met A and B'): the meetings held in person, or in no way said,
    with no date of their own, all of one person who met several, are of that day."""
    if day is None:
        return meetings
    undated = [m for m in meetings if _undated_in_person(m)]
    if len(undated) < 2:
        return meetings
    common = set.intersection(*(set(m.participants) for m in undated))
    people = [k for k in common if actors.records[k].type == "Person"]
    if len(people) != 1:
        return meetings
    return [dataclasses.replace(m, date=day) if _undated_in_person(m) else m for m in meetings]


def _undated_in_person(meeting: Meeting) -> bool:
    return (
        meeting.date is None
        and meeting.status == "held"
        and meeting.mode in ("in_person", "unknown")
    )
