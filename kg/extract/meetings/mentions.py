"""Later mentions of a meeting already found: a mention naming no one new refers to a meeting
of the sentences just before and fills in its mode and date, or tells another of its
people (an earlier one, a further one, another round: with its own mediator, not the hosts
a later clause gave the one told); a presence ("Y was also present at the meeting") joins
the meeting mentioned last.

``recent`` holds (meeting found, offset of its latest mention), oldest first, one entry
per meeting."""

from __future__ import annotations

import dataclasses

from kg.extract import lexicon as lx
from kg.extract.common import (
    mention,
    sentence_of,
    sentence_start_char,
)
from kg.extract.lexicon import meeting_dates as dlx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.dates import another_day, meeting_date
from kg.extract.meetings.facts import NAME, Found, filled
from kg.extract.meetings.mediators import named_mediators, third_party_keys
from kg.extract.meetings.modality import (
    is_aside,
    is_earlier,
    is_further,
    meeting_mode,
    meeting_status,
    simple_past,
)
from kg.extract.meetings.participants import own_participants
from kg.extract.meetings.phrases import conjuncts
from kg.extract.meetings.possessed import of_the_pair_of_states
from kg.extract.meetings.rounds import another_round, next_sitting, round_ordinal


def touch(recent: list[tuple[Found, int]], entry: Found, token) -> None:
    """Record that a meeting was just mentioned at a token (its latest mention only)."""
    recent[:] = [r for r in recent if r[0] is not entry]
    recent.append((entry, token.idx))


def refer(found: list[Found], recent, trigger, article, actors) -> None:
    """'After the meeting ...', 'They discussed the war, with further meetings scheduled on
    Tuesday': a mention naming no one new refers to a meeting of the sentences just
    before; it fills in that meeting's mode and date, or, when it speaks of further
    meetings with another status, adds one between the same participants."""
    window_start = sentence_start_char(trigger, _ANAPHORA_SENTENCES - 1)
    participants = own_participants(actors, trigger)
    noun = trigger.head if trigger.dep_ == "compound" else trigger  # ("a phone call")
    if not participants and noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        # "Meanwhile, A, B and C held a trilateral call": the subject of the verb that
        # holds the meeting named is its side, not those of the meeting just told
        participants = own_participants(actors, noun.head)
    if trigger.lemma_ in lx.ARRIVAL_VERBS and not participants:
        return
    if not participants and _with_someone_unnamed(trigger):
        return  # "to speak with political appointees": others, not those just reported
    round_ = round_ordinal(trigger)
    sitting = next_sitting(trigger)
    rounds_told = any(e.round is not None for e, _ in recent)
    # "The 12th expert meeting concluded on Thursday ... set up during the 9th round of
    # boundary talks": the first round told, by its ordinal, after a meeting told in no
    # rounds is another meeting of the same sides (a round of their talks)
    first_round = bool(round_) and round_ not in mlx.RELATIVE_ROUND_ORDINALS and not rounds_told
    if round_ is not None or sitting:
        # "At the third round of talks on 7 March": of the talks told in rounds before,
        # however far back, not of any meeting just mentioned (and a first round told,
        # of the meeting told last, however far back; "the next session": a later
        # sitting of the talks told last, however far back)
        window_start = 0
    for entry, position in reversed(recent):
        meeting = entry.meeting
        if position < window_start:
            break
        if not set(participants) <= set(meeting.participants):
            continue
        if round_ is not None and entry.round is None and not first_round:
            continue
        if round_ is None and sitting and entry.round is None and rounds_told:
            # ("a third round would be held in X", after rounds told and a meeting of some
            # of their people: a later round of the talks told in rounds)
            continue
        # no cue: the status of the meeting referred to
        status = (
            meeting.status
            if trigger.lemma_ in lx.ARRIVAL_VERBS
            else meeting_status(trigger, meeting.status)
        )
        date = meeting_date(trigger, article.date, status, own=True)
        earlier = is_earlier(trigger)
        if earlier:
            # "The two leaders last met in 2022": a meeting of their own, held before
            status, date = "held", (date if date != meeting.date else None)
        if (
            earlier
            or (status != meeting.status and is_further(trigger))
            or (is_further(trigger) and another_day(meeting, trigger, article.date, status))
            or _another_way(meeting, trigger)
            or another_round(entry.round, round_)
            or (is_further(trigger, explicit=True) and status == meeting.status)
            or (_event_verb(trigger) and status != meeting.status)
            # ("The sixth round will be held in X": a later sitting, to come)
            or (next_sitting(trigger) and status != meeting.status)
        ):
            # (a later sitting, "the next session will be held by video": its clause's way)
            own_mode = meeting_mode(trigger, own=not next_sitting(trigger))
            further = Found(
                dataclasses.replace(
                    meeting,
                    participants=_their_states(
                        actors, trigger, _without_hosts(actors, entry, trigger)
                    ),
                    # "the two leaders also spoke by phone": the way its own words say,
                    # else that of the meeting referred to (a round is held its own way)
                    mode=(
                        own_mode
                        if own_mode != "unknown" or round_ or next_sitting(trigger)
                        else meeting.mode
                    ),
                    # ("... had invited B to visit, and the two spoke by phone on Monday": a
                    # meeting of its own in the simple past was held)
                    status=(
                        "held"
                        if status in ("proposed", "scheduled") and simple_past(trigger)
                        else status
                    ),
                    date=date,
                    mention=mention(trigger.doc, trigger.idx, trigger.idx + len(trigger), NAME),
                ),
                # ("they met again": a meeting of the talks held in rounds, if those were)
                round=round_ if round_ is not None else ("" if entry.round is not None else None),
            )
            found.append(further)
            touch(recent, further, trigger)
        elif status == meeting.status and not is_aside(trigger):
            # only a cue on the mention itself ("the virtual meeting"): the sentence may
            # speak of another meeting ("spoke with X ahead of a summit in Oslo": another)
            mode = (
                meeting_mode(trigger, own=True)
                if trigger.lemma_ not in lx.ARRIVAL_VERBS
                else "unknown"
            )
            entry.meeting = filled(meeting, mode, date)
            if date and meeting.date and date < meeting.date and _begun(trigger):
                # "concluded on Thursday ... the four-day meeting, which began on June 10":
                # a meeting of several days is of its first
                entry.meeting = dataclasses.replace(entry.meeting, date=date)
            touch(recent, entry, trigger)
        return


def _without_hosts(actors, entry: Found, trigger) -> tuple:
    """'C will host the talks, the first since talks in D mediated by E': another meeting
    of the same people has the hosts its own words name, not those of the one told."""
    kept = [p for p in entry.meeting.participants if p not in entry.hosts]
    extra = third_party_keys(actors, named_mediators(trigger), kept)
    return tuple([*kept, *(actors.use(k) for k in extra)])


def _their_states(actors, trigger, participants: tuple) -> tuple:
    """'A and B spoke on Thursday ... Officials from both countries will meet on Monday':
    the states of the pair, when the mention names their officials by a pair word."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(of_the_pair_of_states(m) for s in subjects for m in conjuncts(s)):
        return participants
    # (by the state's key: the pair's records point to the records of their states)
    states = tuple(dict.fromkeys(actors.acting_for(p) for p in participants))
    if len(states) != 2 or None in states:
        return participants
    return tuple(actors.use(s) for s in states)


def _another_way(meeting, trigger) -> bool:
    """'A met B in Kigali. The two leaders also spoke by phone': a mention whose own words
    hold it another way than the meeting just reported is a meeting of its own, unless
    it names that meeting ("the call", "their meeting") as the one already reported."""
    if trigger.lemma_ in lx.ARRIVAL_VERBS or _definite(trigger):
        return False
    mode = meeting_mode(trigger, own=True)
    return "unknown" not in (mode, meeting.mode) and mode != meeting.mode


def _with_someone_unnamed(trigger) -> bool:
    """'to speak with political appointees': a meeting word whose own "with" names people
    by no name (not a pronoun, who may be those just named) is a meeting with them."""
    return any(
        obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN")
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ in ("with", "between", "among")
        for obj in prep.children
    )


def _event_verb(trigger) -> bool:
    return trigger.pos_ == "VERB" and trigger.lemma_ in mlx.EVENT_VERBS


def _begun(trigger) -> bool:
    """'the meeting, which began on June 10', 'the talks opened on Monday': a meeting noun
    told by the verb of its beginning (its own clause's or its relative clause's)."""
    verbs = [trigger.head] if trigger.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in trigger.children if c.dep_ in ("relcl", "acl")]
    return trigger.pos_ != "VERB" and any(
        v.pos_ == "VERB" and v.lemma_.lower() in dlx.BEGINNING_VERBS for v in verbs
    )


def _definite(trigger) -> bool:
    return trigger.pos_ != "VERB" and any(
        c.dep_ in ("det", "poss") and c.lower_ in mlx.DEFINITE_DETERMINERS for c in trigger.children
    )


# how many sentences back a mention naming no one may refer to
_ANAPHORA_SENTENCES = 3


def any_recent(recent, trigger) -> bool:
    """Whether a meeting was mentioned within the sentences a mention naming no one may
    refer back over."""
    window_start = sentence_start_char(trigger, _ANAPHORA_SENTENCES - 1)
    return any(position >= window_start for _, position in recent)


def is_near(meeting, trigger) -> bool:
    """Whether a meeting was found in the trigger's sentence or the one before it."""
    sentence = sentence_of(trigger)
    previous = trigger.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return previous.start_char <= meeting.mention.begin < sentence.end_char


def last_mentioned(recent, trigger):
    """'..., X said after the meeting. ... Y was also present at the meeting': the meeting
    mentioned last, within the sentences a presence may point back over; None if none."""
    if not recent:
        return None
    entry, position = recent[-1]
    reach = sentence_start_char(trigger, mlx.PRESENCE_REACH_SENTENCES)
    return entry if position >= reach else None
