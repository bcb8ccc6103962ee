"""The meeting kind: who met, called or visited whom (kg:Meeting), read by
kg.extract.meetings.

Reports merge by participants: the same participants, compatible modes (equal, or one
unknown) and compatible dates (equal; or, where a report gives none, its article appeared
within ``NEAR_DAYS``) are one meeting. An undated report that could be either of two
meetings joins neither: never guess.
"""

from __future__ import annotations

from dataclasses import replace

from rdflib import Literal

from kg.kinds import ActorSection, declare
from kg.merge import MergedFact, Report, near, to_date
from kg.models import Meeting
from kg.ns import KG, MEETING_MODES, MEETING_STATUSES, XSD

NEAR_DAYS = 7  # an undated report is of a meeting within a week of its article


def identity(m: Meeting) -> str:
    return "|".join(sorted(m.participants))


def properties(m: Meeting, iris):
    for participant in m.participants:
        yield KG.participant, iris.actor(participant)
    yield KG.mode, MEETING_MODES[m.mode]
    yield KG.status, MEETING_STATUSES[m.status]
    if m.date:
        yield KG.date, Literal(m.date, datatype=XSD.date)


def eval_row(m: Meeting, names: dict[str, str]) -> dict:
    return {
        "participants": [names[p] for p in m.participants],
        "mode": m.mode,
        "date": m.date,
        "status": m.status,
    }


def with_actors(m: Meeting, new) -> Meeting | None:
    participants = tuple(sorted({new(p) for p in m.participants}))
    # participants merged into one: no meeting left
    return replace(m, participants=participants) if len(participants) >= 2 else None


def group_of(report: Report) -> tuple[str, ...]:
    return (report.kind, *report.all(KG.participant))


def group_pattern(group: tuple[str, ...]) -> str:
    """A meeting's reports name all its participants."""
    who = [p for p in group[1:] if p]
    if not who:
        return ""
    return (
        f"{{ ?r a <{KG.MeetingReport}> ; <{KG.participant}> {', '.join(f'<{p}>' for p in who)} }}"
    )


def merge(reports: list[Report]) -> list[MergedFact]:
    groups: dict[tuple[str, ...], list[Report]] = {}
    for report in reports:
        groups.setdefault(group_of(report), []).append(report)
    merged = []
    for (_kind, *participants), group in sorted(groups.items()):
        # dated reports first, so that an undated one joins the meeting its date fits
        group.sort(key=lambda r: (r.first(KG.date) is None, r.first(KG.date) or "", r.iri))
        clusters: list[list[Report]] = []
        for report in group:
            fits = [c for c in clusters if all(_same_meeting(report, other) for other in c)]
            if len(fits) == 1:
                fits[0].append(report)
            else:  # none fits, or it could be either of two: never guess
                clusters.append([report])
        for cluster in clusters:
            when = next((r.first(KG.date) for r in cluster if r.first(KG.date)), None)
            when = when or min((str(r.published) for r in cluster if r.published), default="")
            merged.append(MergedFact("meeting", f"{'|'.join(participants)}|{when}", cluster))
    return merged


def _same_meeting(a: Report, b: Report) -> bool:
    mode_a, mode_b = a.first(KG.mode), b.first(KG.mode)
    unknown = str(KG.UnknownMode)
    if mode_a != mode_b and unknown not in (mode_a, mode_b):
        return False
    day_a, day_b = to_date(a.first(KG.date)), to_date(b.first(KG.date))
    if day_a and day_b:
        return day_a == day_b
    return near(day_a or a.published, day_b or b.published, NEAR_DAYS)


def actor_items(rows: list[dict]) -> list[dict]:
    """An actor's meetings, with the others who took part."""
    out = []
    for r in rows:
        pairs = (line.partition(" ") for line in (r["others"] or "").splitlines())
        out.append(
            {
                "fact": r["m"],
                "date": r["date"] or "",
                "text": None,
                "others": [(other, name) for other, _, name in pairs if other],
                "meta": " · ".join(x for x in (r["mode"], r["status"]) if x),
            }
        )
    return out


SECTION = ActorSection("Meetings", "met", "actor-met.rq", actor_items, rank=1)


KIND = declare(
    __name__,
    name="kg.kind.meeting.v1",
    key="meeting",
    field="meetings",
    model=Meeting,
    fact_class=KG.Meeting,
    report_class=KG.MeetingReport,
    many_valued=frozenset({str(KG.participant)}),
    role=KG.participant,
    actor_section=SECTION,
    page_queries=(
        "actor-met.rq",
        "example-article-facts.rq",
        "example-meetings.rq",
        "example-who-met.rq",
        "meeting-dates.rq",
        "meetings.rq",
        "timeline.rq",
    ),
)
