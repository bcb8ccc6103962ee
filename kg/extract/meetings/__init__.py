"""Meetings: who met, called or visited whom, how, when, and whether it happened.

The article is read token by token: a meeting word (``triggers``) with its ``participants``
(a name the model missed read from the parse by kg.extract.actors.names; a spouse who
joined a call, ``kin``; and each state a visit or an official's journey is to, ``visits``,
one meeting each; or a guest of a first-person account, ``accounts``; or a state's
delegation visiting another, ``delegation_visits``; or, with no side
named and no meeting just told (or an earlier one: 'the two leaders last met in May'),
the two states or people a pair word stands for, ``pair_words``; those named after
"along with", ``along_with``; the body a delegation comes from, ``delegation_bodies``;
the callers of calls received, ``received_calls``; each side of a "with" said again,
one meeting each or one of all, ``repeated_preps``) is
a meeting, with its ``modality`` and ``dates``; one with the participants and status of a
meeting already found fills that one in, and one naming no one new refers back to one just
mentioned (``mentions``); a host or mediator told after it joins the meeting just told
(``mediators``). Then the ``passes`` merge and
date what was found. One meeting per participant set and status, unless dated to another
day or held another way (a call and a meeting in person). ``facts`` holds the extractor's
``NAME`` and the ``Found`` record the reading and the passes share.
"""

from __future__ import annotations

import dataclasses

from kg.extract import lexicon as lx
from kg.extract.common import body_tokens, in_headline_line, mention, resolve_date
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings import journeys, mediators, passes, triggers, visits
from kg.extract.meetings.accounts import account_guests, names_unknown, resolve_phrase
from kg.extract.meetings.attendance import attended_in_person, last_held_in_person, remote
from kg.extract.meetings.counterparts_abroad import abroad_one_by_one
from kg.extract.meetings.dates import another_day, meeting_date, trip_day
from kg.extract.meetings.delegation_visits import delegation_visit
from kg.extract.meetings.facts import NAME, Found, filled
from kg.extract.meetings.in_contact import contact_one_by_one, contact_verb
from kg.extract.meetings.mentions import any_recent, is_near, last_mentioned, refer, touch
from kg.extract.meetings.modality import (
    is_aside,
    is_earlier,
    is_planned,
    left_open,
    meeting_mode,
    meeting_status,
    vaguely_timed,
)
from kg.extract.meetings.negations import refused
from kg.extract.meetings.organisation_journeys import for_organisation_meeting
from kg.extract.meetings.pair_words import companion_pair, pair_states
from kg.extract.meetings.participants import participants_of, possessors_listed
from kg.extract.meetings.phrases import phrase_tokens
from kg.extract.meetings.received_calls import called_in_turn
from kg.extract.meetings.records import full_person, has_person, state_of
from kg.extract.meetings.repeated_preps import met_in_turn
from kg.extract.meetings.rounds import another_round, round_ordinal
from kg.extract.meetings.stays import stays_in
from kg.extract.meetings.summits import summit_sides
from kg.extract.meetings.telling import is_summoning
from kg.extract.meetings.unnamed import incomplete
from kg.extract.meetings.visits import stop_day, visited_states
from kg.models import Meeting
from kg.ns import KG

produces = KG.Meeting

__all__ = ["NAME", "extract", "produces"]


def extract(doc, article, actors) -> list[Meeting]:
    found: list[Found] = []
    # one meeting per participant set and status in an article: later sentences that
    # mention the same meeting again only fill in what the first mention left open
    seen: dict[tuple[tuple[str, ...], str], Found] = {}
    # (meeting, where it was last mentioned), in the order of those mentions
    recent: list[tuple[Found, int]] = []
    for token in body_tokens(doc):
        if in_headline_line(token):
            continue
        if (
            token.lemma_ in lx.ARRIVAL_VERBS
            and token.pos_ == "VERB"
            and not triggers.is_trigger(token)
        ):
            # "Kishida arrived in Kyiv on Tuesday": the day of the visit just reported
            refer(found, recent, token, article, actors)
            continue
        if _third_parties_added(actors, found, recent, token):
            continue
        presence = account_guests(actors, token)
        if presence:
            participants = presence
        elif (
            not triggers.is_trigger(token)
            or refused(token)
            or triggers.is_time_anchor(token)
            or triggers.in_name(token)
            or triggers.purpose_of_hosting(token)
            or triggers.on_air(token)
        ):
            continue
        else:
            participants = possessors_listed(actors, token, participants_of(actors, token))
            if len(participants) == 1:
                # "at a joint news conference alongside the two leaders, C said": the pair too
                participants += [p for p in companion_pair(actors, token) if p not in participants]
            if len(participants) < 2 and (not any_recent(recent, token) or is_earlier(token)):
                # "Officials from both countries met in Accra": the two states named last
                # (and "the two leaders last met in May", after a meeting just told: an
                # earlier one, of the pair the words name, not a mention of that meeting)
                pair = pair_states(actors, token)
                participants = [*pair, *(p for p in participants if p not in pair)]
                if pair:
                    # "the two sides agreed in talks mediated by C": the mediator too
                    named = mediators.named_mediators(token)
                    participants += mediators.third_party_keys(actors, named, participants)
        participants = list(dict.fromkeys(full_person(actors, p) for p in participants))
        participants = _with_those_since(actors, found, token, participants)
        if not participants:
            # "a visit to Y by an X delegation": the two states (a visitor read already,
            # "a delegation from X visited Y", is a visit to the state visited, below)
            participants = delegation_visit(actors, token)
        # "visits to Kyiv, Moscow and Beijing": a visit to each state named
        hosts = visited_states(actors, token, participants)
        if hosts and for_organisation_meeting(actors, token):
            hosts = []  # "will travel to Astana for a summit of CIS leaders": a venue
        if token.lemma_ in mlx.TOUR_NOUNS and not hosts:
            continue  # "the band's tour of X and Y": no one's visit
        if stays_in(token) and not hosts and not presence:
            continue  # "X is in Kyiv", X no official abroad: no one's visit
        # a state toured is a host of its own visit, not a guest at every other one
        participants = [p for p in participants if p not in hosts] if hosts else participants
        for host in hosts or [None]:
            _read(actors, article, token, participants, host, presence, found, seen, recent)
        # "meeting A in Moscow on July 5 and B in Beijing on July 8": B met on B's day
        for person, day in visits.gapped_meetings(actors, token):
            if person in participants:
                continue
            objects = {actors.key_at(c) for c in token.children if c.dep_ == "dobj"}
            met = [p for p in participants if p not in objects][:1]
            _read(actors, article, token, [*met, person], None, [], found, seen, recent, day)
    found = passes.visits_merged(passes.summits_attended(found), actors)
    # (by identity: each round is a meeting of its own, whatever it holds; the list keeps
    # them alive, so no other meeting takes their ids)
    rounds = [f.meeting for f in found if f.round is not None]
    meetings = passes.dated_by_larger(
        passes.same_by_states(passes.separately(found), actors, {id(m) for m in rounds})
    )
    return passes.dated_by_trip(meetings, trip_day(doc, article.date), actors)


def _read(
    actors, article, token, participants, host, presence, found, seen, recent, day=None
) -> None:
    """The meeting a trigger reports with these participants (and the state visited, if
    any, or the day written for it, if another than the trigger's): a new one in
    ``found``, or what it adds to one already there."""
    doc = token.doc
    if host is not None:
        participants = [*participants, host]
    elif visits.is_visit_word(token) and token.lemma_ in lx.TRAVEL_VERBS:
        return  # a journey to no state, or one for talks with someone named there
    if len(participants) < 2 or _incomplete(actors, token):
        joined = visits.joined_participants(actors, token)
        target = found[-1] if found and is_near(found[-1].meeting, token) else None
        if target is None and visits.present_at(token):
            # "Y was also present at the meeting": the meeting mentioned last
            target = last_mentioned(recent, token)
        if target is not None and remote(target) and attended_in_person(token):
            # "Z, who held a call with A, praised the talks. B attended the talks": the
            # talks, not the call
            target = last_held_in_person(recent, token)
        if joined and target is not None:
            last = target.meeting
            # (one who acts for a state that is a side already is that side: "the meeting
            # of A and B was attended by B's prime minister")
            sides = {actors.records[k].name for k in last.participants}
            extra = tuple(actors.use(k) for k in joined if state_of(actors, k) not in sides)
            merged = tuple(dict.fromkeys([*last.participants, *extra]))
            target.meeting = dataclasses.replace(last, participants=merged)
        elif not _incomplete(actors, token) and not names_unknown(actors, token):
            refer(found, recent, token, article, actors)
            if len(found) > len(seen):  # a further meeting of those just reported
                last = found[-1].meeting
                seen[(tuple(sorted(last.participants)), last.status)] = found[-1]
        return
    # ("would be in touch with X next week": the verb's time)
    status = meeting_status(contact_verb(token) or token)
    journey = journeys.purpose_journey(token)
    if journey is not None:
        status = meeting_status(journey)  # "is expected to travel to X to meet Y": expected
    if status == "proposed" and is_planned(token) and meeting_date(token, article.date, status):
        status = "scheduled"
    elif (
        status == "scheduled"
        and vaguely_timed(token)
        and not meeting_date(token, article.date, status)
    ):
        status = "proposed"  # "expected to visit X later this year": no time announced
    elif (
        status == "scheduled"
        and is_summoning(token)
        and not meeting_date(token, article.date, status)
    ):
        status = "proposed"  # "said it would summon the envoy": no time announced
    elif status == "scheduled" and left_open(token):
        status = "proposed"  # "is expected to visit X, though no date was given"
    key = (tuple(sorted(participants)), status)
    round_ = round_ordinal(token)
    if (
        key in seen
        and not another_day(seen[key].meeting, token, article.date, status)
        and not is_earlier(token)
        and not _another_way(seen[key].meeting, token, actors, participants, status)
        and not another_round(seen[key].round, round_)
    ):
        same = seen[key]
        if host is None:
            same.visit = None  # named with its host after all
        mode = _mode(actors, token, participants, status)
        if not is_aside(token):  # ("spoke with X ahead of a summit in Y": not the talk's)
            same.meeting = filled(same.meeting, mode, meeting_date(token, article.date, status))
        if same.one_by_one is None:  # ("her visit ... after meeting A, B and C": each)
            same.one_by_one = visits.one_by_one(actors, token, participants)
        touch(recent, same, token)
        return
    if _purpose_merged(actors, article, token, participants, status, found, seen):
        return
    summit = set(participants) == set(summit_sides(actors, token))
    visitor = visits.one_by_one(actors, token, participants)
    # "spoke with his counterparts in A, B and C": with each state's in turn
    visitor = visitor or abroad_one_by_one(actors, token, participants)
    # "had been in contact with A as well as with B": with each in turn
    visitor = visitor or contact_one_by_one(
        token, lambda h: resolve_phrase(actors, phrase_tokens(h), before=h.i + 1), participants
    )
    # "held talks with A and with B", "received calls from A and B": with each in turn
    visitor = visitor or met_in_turn(token, _resolver(actors), participants)
    visitor = visitor or called_in_turn(token, _resolver(actors), participants)
    if visitor is None and visits.met_by_someone_unknown(actors, token, participants):
        return
    span = mention(doc, token.idx, token.idx + len(token), NAME)
    mode = "in_person" if presence else _mode(actors, token, participants, status)
    meeting = Meeting(
        participants=tuple(actors.use(p) for p in participants),
        mode=mode,
        status=status,
        mention=span,
        # a summit named by no one at it: only a date on the summit's own words
        # ("told CNN on Friday ... ahead of a Nato summit in Lithuania")
        date=_day_date(day, article, status)
        or _stop_date(actors, article, token, host, status)
        or meeting_date(token, article.date, status, own=summit),
    )
    visit = (participants[0], host) if host is not None else None
    entry = Found(meeting, visit=visit, one_by_one=visitor, summit=summit, round=round_)
    seen[key] = entry
    touch(recent, entry, token)
    found.append(entry)


def _resolver(actors):
    """The actor a phrase's head token names (through its phrase's own tokens)."""

    def resolve(head):
        return resolve_phrase(actors, phrase_tokens(head), before=head.i + 1)

    return resolve


def _mode(actors, token, participants, status) -> str:
    """The meeting's way (in person, by phone, ...) from its words, in person when a journey
    is made for it or it is told on one (``journeys.journey_mode``)."""
    mode = meeting_mode(token, people=has_person(actors, participants), status=status)
    return journeys.journey_mode(token, mode)


def _incomplete(actors, token) -> bool:
    """A meeting with people left unnamed among its sides (``unnamed``), unless it is one
    a journey is made for or told on ('was due to travel to A for meetings with X and other
    officials', 'A, where he was to meet X and other officials'): X hosts it."""
    if not incomplete(actors, token):
        return False
    return journeys.journey_met_on(token) is None and visits.where_visit(token) is None


def _third_parties_added(actors, found, recent, token) -> bool:
    """'The talks are being hosted by C', 'C, who hosted that meeting', 'C's envoy, E,
    mediated.': the host or mediator joins the meeting told just before (the one mentioned
    last, for a meeting word pointing back to it); whether the clause was such a one."""
    members = mediators.lone_mediators(token)
    if members:
        target = found[-1] if found and is_near(found[-1].meeting, token) else None
    else:
        members = mediators.hosts_of_told(token) or mediators.hosted_told(token)
        if not members:
            return False
        target = last_mentioned(recent, token)
    if target is None:
        return False
    extra = mediators.third_party_keys(actors, members, target.meeting.participants)
    if extra:
        merged = (*target.meeting.participants, *(actors.use(k) for k in extra))
        target.meeting = dataclasses.replace(target.meeting, participants=merged)
        target.hosts += tuple(actors.use(k) for k in extra)
    return True


def _with_those_since(actors, found, token, participants) -> list[str]:
    """'A met B on Tuesday, their first meeting since the Arusha summit': the meeting
    named after 'since' was one of the same people (with those its own words name, a
    host or mediator among them: 'since talks in D that were mediated by C')."""
    later = triggers.since_meeting(token)
    if later is None:
        return participants
    entry = next((f for f in found if f.meeting.mention.begin == later.idx), None)
    if entry is None:
        return participants
    keys = list(dict.fromkeys([*entry.meeting.participants, *participants]))
    return keys + mediators.third_party_keys(actors, mediators.named_mediators(token), keys)


def _purpose_merged(actors, article, token, participants, status, found, seen) -> bool:
    """'A and B met on March 10 for a meeting chaired by C': the meeting noun a meeting
    verb was for adds its people to the verb's meeting (and what else it tells); whether
    it did."""
    verb = triggers.purpose_of_meeting(token)
    if verb is None:
        return False
    entry = next(
        (
            f
            for f in reversed(found)
            if f.meeting.mention.begin == verb.idx and f.meeting.status == status
        ),
        None,
    )
    if entry is None or not set(entry.meeting.participants) <= set(participants):
        return False
    old_key = (tuple(sorted(entry.meeting.participants)), status)
    merged = tuple(dict.fromkeys([*entry.meeting.participants, *participants]))
    mode = meeting_mode(token, people=has_person(actors, participants), status=status)
    entry.meeting = filled(
        dataclasses.replace(entry.meeting, participants=merged),
        mode,
        meeting_date(token, article.date, status),
    )
    if old_key in seen and seen[old_key] == entry:  # (a Found compares by identity)
        del seen[old_key]
    seen[(tuple(sorted(merged)), status)] = entry
    return True


def _another_way(meeting, token, actors, participants, status) -> bool:
    """'Trump called Vance ... At their first joint appearance': a call and a meeting in
    person of the same people are two meetings, whatever their dates."""
    mode = meeting_mode(token, people=has_person(actors, participants), status=status)
    return "unknown" not in (meeting.mode, mode) and mode != meeting.mode


def _day_date(day, article, status) -> str | None:
    if day is None:
        return None
    return resolve_date(day, article.date, status in ("scheduled", "proposed"))


def _stop_date(actors, article, trigger, host, status) -> str | None:
    """'will travel to X on Friday and Y on Saturday': the day written after a stop's
    place dates the visit to that state."""
    if host is None:
        return None
    day = stop_day(trigger, host, actors)
    return resolve_date(day, article.date, status in ("scheduled", "proposed")) if day else None
