"""Meetings: who met, called or visited whom, how, when, and whether it happened."""

from __future__ import annotations

import dataclasses
import itertools
import re

from kg.extract import lexicon as lx
from kg.extract.common import (
    doc_text,
    heads,
    in_headline,
    in_headline_line,
    mention,
    resolve_date,
    sentence_of,
    sentences,
)
from kg.gazetteer import fold
from kg.models import Meeting
from kg.ns import KG

NAME = "kg.meeting.v6"
produces = KG.Meeting

_VERB_TRIGGERS = {
    "meet",
    "host",
    "visit",
    "phone",
    "speak",
    "call",
    "talk",
    "hold",
    "attend",
    "discuss",
    "receive",
    "welcome",
    "greet",
    "address",
}
# "also involving X, the visit ...": people joined to a meeting just mentioned
_JOINING_VERBS = {"involve", "include", "join"}
_NOUN_TRIGGERS = {
    "trip",
    "meeting",
    "talks",
    "summit",
    "visit",
    "call",
    "conversation",
    "videoconference",
    "video-conference",
    "negotiations",
    "phone",
    "telephone",
}


def extract(doc, article, actors) -> list[Meeting]:
    out: list[Meeting] = []
    # one meeting per participant set and status in an article: later sentences that
    # mention the same meeting again only fill in what the first mention left open
    seen: dict[tuple[tuple[str, ...], str], int] = {}
    # (index into out, where it was last mentioned), in the order of those mentions
    recent: list[tuple[int, int]] = []
    hosts: dict[int, tuple[str, str]] = {}  # visits to a state: index -> (visitor, state)
    apart: dict[int, str] = {}  # meetings of one person with each of several: index -> them
    summits: set[int] = set()  # summits known only by organisation and place
    for token in doc:
        if in_headline(token) or in_headline_line(token):
            continue
        if token.lemma_ == "arrive" and token.pos_ == "VERB":
            # "Kishida arrived in Kyiv on Tuesday": the day of the visit just reported
            _refer(out, recent, token, article, actors)
            continue
        presence = _presence(actors, token)
        if presence:
            participants = presence
        elif not _is_trigger(token) or _refused(token) or _time_anchor(token) or _in_name(token):
            continue
        else:
            participants = _participants(actors, token)
        participants = list(dict.fromkeys(_full_person(actors, p) for p in participants))
        host = _host(actors, token, participants)
        if host is not None:
            participants = [*participants, host]
        if len(participants) < 2 or _incomplete(actors, token):
            joined = _joined(actors, token)
            if out and joined and _near(out[-1], token):
                last = out[-1]
                extra = tuple(actors.use(k) for k in joined)
                merged = tuple(dict.fromkeys([*last.participants, *extra]))
                out[-1] = dataclasses.replace(last, participants=merged)
            elif not _incomplete(actors, token) and not _names_unknown(actors, token):
                _refer(out, recent, token, article, actors)
                if len(out) > len(seen):  # a further meeting of those just reported
                    seen[(tuple(sorted(out[-1].participants)), out[-1].status)] = len(out) - 1
            continue
        status = _status(token)
        if status == "proposed" and _planned(token) and _date(token, article.date, status):
            status = "scheduled"
        key = (tuple(sorted(participants)), status)
        if key in seen and not _another_day(out[seen[key]], token, article.date, status):
            index = seen[key]
            if host is None:
                hosts.pop(index, None)  # named with its host after all
            mode = _mode(token, people=_has_person(actors, participants))
            out[index] = _filled(out[index], mode, _date(token, article.date, status))
            _touch(recent, index, token)
            continue
        seen[key] = len(out)
        if set(participants) == set(_summit_sides(actors, token)):
            summits.add(len(out))
        visitor = _one_by_one(actors, token, participants)
        if visitor is not None:
            apart[len(out)] = visitor
        if host is not None:
            hosts[len(out)] = (participants[0], host)
        _touch(recent, len(out), token)
        span = mention(doc, token.idx, token.idx + len(token), NAME)
        mode = "in_person" if presence else _mode(token, people=_has_person(actors, participants))
        out.append(
            Meeting(
                participants=tuple(actors.use(p) for p in participants),
                mode=mode,
                status=status,
                mention=span,
                # a summit named by no one at it: only a date on the summit's own words
                # ("told CNN on Friday ... ahead of a Nato summit in Lithuania")
                date=_date(token, article.date, status, own=len(out) in summits),
            )
        )
    # (each step leaves what it drops as None, so that indices stay good to the last)
    merged = _merge_visits(_summits_attended(out, summits), hosts, actors)
    out = _dated_by_larger(_same_by_states(_separately(merged, apart), actors))
    return _dated_by_trip(out, _trip_day(doc, article.date), actors)


def _trip_day(doc, article_date: str | None) -> str | None:
    """'My visits to the sites this morning, and my meeting here in Kyiv': a journey said
    to be under way on the article's own day; the day, if so."""
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or ent.text.lower() not in lx.SAME_DAY_WORDS:
            continue
        # the visit it hangs on, or the subject of the verb it hangs on ("my visits this
        # morning showed me")
        near = [ent.root, *heads(ent.root, 2)]
        near += [c for c in ent.root.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(h.lemma_ in lx.VISIT_WORDS for h in near):
            return article_date
    return None


def _dated_by_trip(out: list[Meeting], day: str | None, actors) -> list[Meeting]:
    """A visitor's meetings on a journey of the article's day ('After the engagement with
    the president, X then met A and B'): the meetings held in person, or in no way said,
    with no date of their own, all of one person who met several, are of that day."""
    if day is None:
        return out
    undated = [
        n
        for n, m in enumerate(out)
        if m.date is None and m.status == "held" and m.mode in ("in_person", "unknown")
    ]
    if len(undated) < 2:
        return out
    common = set.intersection(*(set(out[n].participants) for n in undated))
    people = [k for k in common if actors.records[k].type == "Person"]
    if len(people) != 1:
        return out
    for n in undated:
        out[n] = dataclasses.replace(out[n], date=day)
    return out


def _full_person(actors, key: str) -> str:
    """'his meeting with Shmyhal': a person known by one name only, who is the one
    person of the article named in full with it (the model may have missed the link
    when it took the full name for something else), is that person."""
    record = actors.records[key]
    if record.type != "Person" or len(record.name.split()) != 1:
        return key
    name = fold(record.name)
    others = [
        k
        for k, r in actors.records.items()
        if k != key
        and r.type == "Person"
        and len(r.name.split()) > 1
        and fold(r.name.split()[-1]) == name
    ]
    return others[0] if len(others) == 1 else key


def _summits_attended(out: list[Meeting], summits: set[int]) -> list[Meeting | None]:
    """'At the Nato summit in Madrid ... The leaders of A and B attended': a summit known
    by organisation and place is the meeting reported with those at it, when there is
    one of the organisation with the same status; that one takes its date."""
    drop = set()
    for index in summits:
        summit = out[index]
        org = summit.participants[0]
        for n, other in enumerate(out):
            if n in summits or other.status != summit.status or org not in other.participants:
                continue
            drop.add(index)
            out[n] = _filled(other, summit.mode, summit.date)
            break
    return [None if n in drop else m for n, m in enumerate(out)]


def _one_by_one(actors, trigger, participants) -> str | None:
    """'X then met Ukraine's prime minister, A, and the chairman of parliament, B': one
    person who meets several people, named in turn, meets each of them (not 'A and B
    met X', who met together). The one who meets, if so."""
    if trigger.pos_ != "VERB":
        return _one_by_one_noun(actors, trigger, participants)
    if trigger.lemma_ not in lx.ONE_BY_ONE_VERBS:
        return None
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return None
    subject = _resolve(actors, _phrase_tokens(subjects[0]), subjects[0].i + 1)
    if subject not in participants or len(participants) < 3:
        return None
    if any(actors.records[k].type != "Person" for k in participants):
        return None
    if any(c.lower_ in ("together", "jointly") for c in trigger.subtree):
        return None  # "met A and B together"
    return subject


def _one_by_one_noun(actors, trigger, participants) -> str | None:
    """'I had conversations with the presidents of A, B and C': several conversations
    (the plural says so) with several parties are one with each; the one who had them,
    if so."""
    if trigger.tag_ != "NNS" or trigger.lemma_ not in lx.ONE_BY_ONE_NOUNS:
        return None
    met = set()
    for obj in _objects_of_with(trigger):
        for phrase in _represented(obj, trigger):
            for member in _conjuncts(phrase):
                key = _resolve(actors, _phrase_tokens(member) + _office_of(member), member.i + 1)
                if key:
                    met.add(_full_person(actors, key))
    rest = [k for k in participants if k not in met]
    if len(met) < 2 or len(rest) != 1:
        return None
    return rest[0]


def _separately(out: list[Meeting | None], apart: dict[int, str]) -> list[Meeting]:
    """Each meeting of one person with several people as that person's meeting with each;
    one that a later mention reported again is kept once."""
    result: list[Meeting] = []
    split: set[int] = set()  # indices into result of the meetings taken apart
    for n, meeting in enumerate(out):
        if meeting is None:
            continue
        visitor = apart.get(n)
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
                    i
                    for i, m in enumerate(result)
                    if set(m.participants) == set(part.participants)
                    and m.status == part.status
                    and (n in apart or i in split)
                    and (not m.date or not part.date or m.date == part.date)
                ),
                None,
            )
            if same is None:
                if n in apart:
                    split.add(len(result))
                result.append(part)
            else:
                result[same] = _filled(result[same], part.mode, part.date)
    return result


def _same_by_states(out: list[Meeting], actors) -> list[Meeting]:
    """'Austin and Blinken met Zelensky ... The meeting between the US and Ukrainian
    parties': a meeting of states alone, reported with the same status as a meeting of
    people acting for just those states, is that meeting."""
    drop = set()
    for n, meeting in enumerate(out):
        if any(actors.records[p].type != "Country" for p in meeting.participants):
            continue
        states = {_state(actors, p) for p in meeting.participants}
        for other in out:
            if other is meeting or other.status != meeting.status:
                continue
            if not _has_person(actors, other.participants):
                continue
            if {_state(actors, p) for p in other.participants} == states:
                drop.add(n)
                break
    return [m for n, m in enumerate(out) if n not in drop]


def _dated_by_larger(out: list[Meeting]) -> list[Meeting]:
    """'will discuss security with A and B on Tuesday ... At his meeting with A': a meeting
    of some of those at a larger one reported before, with no date of its own, is part
    of it and takes its date."""
    for n, meeting in enumerate(out):
        if meeting.date:
            continue
        larger = next(
            (
                m
                for m in out[:n]
                if m.date
                and m.status == meeting.status
                and set(meeting.participants) < set(m.participants)
            ),
            None,
        )
        if larger is not None:
            out[n] = dataclasses.replace(meeting, date=larger.date)
    return out


def _another_day(meeting: Meeting, trigger, article_date, status) -> bool:
    """'hosted Xi on Monday, and the two met again on Tuesday': a mention of the same
    people dated, by its own words, to another day is a further meeting."""
    date = _date(trigger, article_date, status, own=True)
    return bool(meeting.date and date and date != meeting.date)


def _touch(recent: list[tuple[int, int]], index: int, token) -> None:
    recent[:] = [r for r in recent if r[0] != index]
    recent.append((index, token.idx))


def _filled(meeting: Meeting, mode: str, date: str | None) -> Meeting:
    """A meeting with the mode and date a later mention of it gives, where it had none."""
    return dataclasses.replace(
        meeting,
        mode=mode if meeting.mode == "unknown" and mode != "unknown" else meeting.mode,
        date=meeting.date or date,
    )


def _refer(out, recent, trigger, article, actors) -> None:
    """'After the meeting ...', 'They discussed the war, with further meetings scheduled on
    Tuesday': a mention naming no one new refers to a meeting of the sentences just
    before; it fills in that meeting's mode and date, or, when it speaks of further
    meetings with another status, adds one between the same participants."""
    window_start = _sentence_start(trigger, _ANAPHORA_SENTENCES - 1)
    participants = _own_participants(actors, trigger)
    if trigger.lemma_ == "arrive" and not participants:
        return
    for index, position in reversed(recent):
        meeting = out[index]
        if position < window_start:
            break
        if not set(participants) <= set(meeting.participants):
            continue
        # no cue: the status of the meeting referred to
        status = meeting.status if trigger.lemma_ == "arrive" else _status(trigger, meeting.status)
        date = _date(trigger, article.date, status, own=True)
        if (status != meeting.status and _further(trigger)) or (
            _further(trigger) and _another_day(meeting, trigger, article.date, status)
        ):
            out.append(
                dataclasses.replace(
                    meeting,
                    status=status,
                    date=date,
                    mention=mention(trigger.doc, trigger.idx, trigger.idx + len(trigger), NAME),
                )
            )
            _touch(recent, len(out) - 1, trigger)
        elif status == meeting.status:
            # only a cue on the mention itself ("the virtual meeting"): the sentence may
            # speak of another meeting
            mode = _mode(trigger, own=True) if trigger.lemma_ != "arrive" else "unknown"
            out[index] = _filled(meeting, mode, date)
            _touch(recent, index, trigger)
        return


# how many sentences back a mention naming no one may refer to
_ANAPHORA_SENTENCES = 3


def _sentence_start(token, back: int) -> int:
    """The first character of the sentence ``back`` sentences before the token's."""
    every = sentences(token.doc)
    position = every.index(sentence_of(token))
    return every[max(0, position - back)].start_char


def _own_participants(actors, trigger) -> list[str]:
    """Those the trigger's own words name (not the subject of a verb above it, who may
    only speak of the meeting: "officials declined to confirm the meeting")."""
    phrases = [c for c in trigger.children if c.dep_ in ("nsubj", "dobj", "poss")]
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "between", "among"):
            phrases += [c for c in child.children if c.dep_ == "pobj"]
    keys = []
    for phrase in phrases:
        for member in _conjuncts(phrase):
            key = _resolve(actors, _phrase_tokens(member), before=member.i + 1)
            if key and key not in keys:
                keys.append(key)
    return keys


def _further(trigger) -> bool:
    """'further meetings', 'another call', 'meet again': a meeting after the one reported."""
    words = {c.lower_ for c in trigger.children} | {
        c.lower_ for h in heads(trigger, 1) for c in h.children if c.dep_ == "advmod"
    }
    # "talks" is plural in form only
    plural = trigger.tag_ == "NNS" and trigger.lower_ != "talks"
    return plural or bool(words & lx.FURTHER_MEETING_WORDS)


def _host(actors, trigger, participants) -> str | None:
    """'visited Kyiv', 'his visit to New Delhi': a visitor met with a host left unnamed;
    the state visited (a capital stands for its state) takes part."""
    if trigger.lemma_ not in lx.VISIT_WORDS or len(participants) != 1:
        return None
    places = [c for c in trigger.children if c.dep_ == "dobj"] if trigger.pos_ == "VERB" else []
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            places += [c for c in child.children if c.dep_ == "pobj"]
    if trigger.pos_ != "VERB" and trigger.head.dep_ == "prep" and trigger.head.lower_ == "for":
        # "arrived in Moscow for a state visit": the place of the journey it is for
        verb = trigger.head.head
        if verb.lemma_ in lx.JOURNEY_VERBS:
            places += [
                c
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ in ("in", "to")
                for c in p.children
                if c.dep_ == "pobj"
            ]
    for place in places:
        key = actors.key_at(place) if place.ent_type_ == "GPE" else None
        if key is None or actors.records[key].type != "Country":
            continue
        if _state(actors, participants[0]) == _state(actors, key):
            return None  # a tour of one's own country
        return key
    return None


def _merge_visits(out: list, hosts: dict[int, tuple[str, str]], actors) -> list:
    """A visit to a state is the meeting reported with someone of that state, between the
    same states ('Kishida's visit to Ukraine' and 'Kishida met Zelensky'), or with someone
    met in the same sentence ('visited Poland and met with its defence minister'); such a
    visit only lends that meeting its date."""
    drop = set()
    for index, (visitor, state) in hosts.items():
        visit = out[index]
        side, state = _state(actors, visitor), _state(actors, state)
        for other, meeting in enumerate(out):
            if other == index or other in drop or other in hosts or meeting is None:
                continue
            states = {_state(actors, p) for p in meeting.participants}
            met_there = state in states and (visitor in meeting.participants or side in states)
            same_sentence = (
                visitor in meeting.participants
                and meeting.mention.sentence_index == visit.mention.sentence_index
                and states <= {side, state, None}
            )
            if met_there or same_sentence:
                drop.add(index)
                out[other] = _filled(meeting, visit.mode, visit.date)
                break
    return [None if n in drop else m for n, m in enumerate(out)]


def _state(actors, key: str) -> str | None:
    """The name of the state an actor acts for (by name: a capital and the state's own
    name can resolve to different records of one state)."""
    state = actors.acting_for(key)
    return actors.records[state].name if state else None


def _date(trigger, article_date: str | None, status: str, own: bool = False) -> str | None:
    """The date of the trigger's sentence that belongs to it: the nearest one, passing over
    dates that hang on another meeting word ('during his visit on Monday, ... talks')."""
    future = status in ("scheduled", "proposed") and not _past_narrative(trigger)
    found = []
    for ent in sentence_of(trigger).ents:
        if ent.label_ != "DATE" or in_headline_line(ent[0]):
            continue
        path = heads(ent.root, 8)
        head = ent.root.head
        if ent.root.dep_ in _MODIFIER_DEPS and head.pos_ == "NOUN" and not _is_trigger(head):
            continue  # "the March 29 draft": the date of something else
        owner = next((h for h in path if _is_trigger(h)), None)
        if owner is not None and owner.i != trigger.i:
            continue
        if own and trigger.i not in {h.i for h in path}:
            continue  # "the halt to negotiations coincided with the March 22 offensive"
        upto = path[: path.index(owner)] if owner is not None else path
        if any(h.lower_ in lx.NOT_MEETING_DATE_WORDS for h in upto):
            continue  # "his first visit since the start of the invasion on 24 February"
        resolved = resolve_date(ent.text, article_date, future)
        if resolved:
            found.append((abs(ent.root.i - trigger.i), resolved))
    if not found:
        # "Today I had conversations with X": the model may not take the word for a date
        words = [
            c
            for node in [trigger, *heads(trigger, 2)]
            for c in node.children
            if c.dep_ == "npadvmod" and c.lower_ in lx.RELATIVE_DAYS and not c.ent_type_
        ]
        if words:
            return resolve_date(words[0].text, article_date, future)
    if not found and not own:
        return _paragraph_day(trigger, article_date, future)
    return min(found)[1] if found else None


def _paragraph_day(trigger, article_date: str | None, future: bool) -> str | None:
    """'Monday – X was in Kyiv. Y was in Kyiv.': the weekday a paragraph opens with dates
    the meetings in it that give no date of their own."""
    text = doc_text(trigger.doc)
    start = text.rfind("\n", 0, trigger.idx) + 1
    lead = re.match(lx.WEEKDAY_LEAD, text[start : start + 40], re.IGNORECASE)
    return resolve_date(lead.group(1), article_date, future) if lead else None


# a date in one of these relations to a noun dates that noun
_MODIFIER_DEPS = ("compound", "nmod", "amod", "poss")


def _past_narrative(trigger) -> bool:
    """'They discussed the war, with further meetings scheduled on Tuesday': a plan told
    in the past tense, whose weekday lies before the article's date, not after it."""
    for node in [trigger, *heads(trigger, 4)]:
        auxiliaries = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        if any(c.tag_ == "MD" or c.lower_ in lx.FUTURE_AUXILIARIES for c in auxiliaries):
            return False
        tenses = {node.tag_, *(c.tag_ for c in auxiliaries)}
        if "VBD" in tenses:
            return True
        if tenses & {"VBZ", "VBP"}:
            return False
    return False


def _is_trigger(token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in _VERB_TRIGGERS:
        if lemma == "call":
            # "called for", "called on X to": not a phone call
            return not any(c.dep_ in ("prep", "xcomp", "oprd") for c in token.children) and any(
                c.dep_ == "dobj" for c in token.children
            )
        if lemma == "discuss":
            # "discussed the war with X": a meeting only with someone to discuss it with
            return bool(_with_objects(token))
        if lemma in ("receive", "welcome", "greet"):
            # "received Lukashenko in Beijing", not "received weapons" or "received a call"
            return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children)
        if lemma == "speak" and any(c.dep_ == "prt" for c in token.children):
            return False  # "spoke out against the war", "spoke up"
        if lemma == "speak":
            # "spoke by phone", "spoke with X", "Biden and Xi are expected to speak again"
            return (
                any(c.lower_ in ("phone", "telephone", "with") for c in token.subtree)
                or any(
                    # "spoke to Kuleba on Monday", not "spoke to reporters"
                    c.dep_ == "prep"
                    and c.lower_ == "to"
                    and any(g.ent_type_ == "PERSON" for g in c.children)
                    for c in token.children
                )
                or any(
                    c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children)
                    for c in [
                        *token.children,
                        *(token.head.children if token.dep_ == "xcomp" else ()),
                    ]
                )
            )
        if lemma == "talk":
            return any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        if lemma in ("attend", "address"):
            # "attended Nato summits": a habit, not one meeting; "addressed the G7 summit
            # by video", not "addressed the issue"
            return any(
                c.dep_ == "dobj" and c.lemma_ in _NOUN_TRIGGERS and c.tag_ != "NNS"
                for c in token.children
            )
        if lemma == "hold":
            return any(c.dep_ == "dobj" and c.lemma_ in _NOUN_TRIGGERS for c in token.children)
        return True
    return token.pos_ in ("NOUN", "PROPN") and (
        lemma in _NOUN_TRIGGERS or token.lower_ in _NOUN_TRIGGERS
    )


def _in_name(trigger) -> bool:
    """'Visit Ukraine's founder': the first word of a name (a company's, a work's), not a
    meeting word."""
    if trigger.pos_ == "PROPN" and trigger.dep_ == "compound" and trigger.head.pos_ == "PROPN":
        return True  # the model may not tag the name at all
    return (
        trigger.ent_iob_ == "B"
        and trigger.ent_type_ in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT")
        and trigger.i + 1 < len(trigger.doc)
        and trigger.doc[trigger.i + 1].ent_iob_ == "I"
    )


def _time_anchor(trigger) -> bool:
    """'planned to speak with X after his trip to Moscow', 'met X in a surprise trip': a
    journey named to date or frame another meeting, reported elsewhere if at all."""
    if trigger.pos_ == "VERB" or trigger.lemma_ not in lx.VISIT_WORDS:
        return False
    prep = trigger.head
    if not _is_trigger(prep.head):
        return False
    # "visited military sites during a trip to Russia": a journey of its own, with its
    # place, unless it only dates the other ("after his trip to Moscow")
    place = any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children)
    return prep.lower_ in ("after", "before") or (
        prep.lower_ in ("in", "on", "during") and not place
    )


def _refused(trigger) -> bool:
    """'his refusal to hold talks', 'had no plans to meet': a meeting that is not one."""
    for node in [trigger, *heads(trigger, 3)]:
        if node.lemma_.lower() in lx.MEETING_REFUSALS:
            return True
        if node is not trigger and node.pos_ == "VERB" and node.lemma_ not in _VERB_TRIGGERS:
            # "declined to confirm the meeting": the refusal is of something else
            return False
        if (
            node is not trigger
            and node.lower_ in ("plans", "plan", "intention")
            and any(c.lower_ == "no" for c in node.children)
        ):
            return True
    return False


def _inherited_subject(actors, verb):
    """The subject a verb shares with the verb it hangs on: 'he visited Poland and met
    with X', 'travelled to Moscow to meet Putin'."""
    node = verb
    for _ in range(4):
        if node.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "pobj", "prep"):
            return None
        node = node.head
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass") and _resolve(
                actors, _phrase_tokens(child), child.i + 1
            ):
                return child
    return None


def _participants(actors, trigger) -> list[str]:
    phrases = []
    if trigger.pos_ == "VERB":
        for child in trigger.children:
            if child.dep_ == "nsubj" and child.tag_ == "WP" and trigger.dep_ == "relcl":
                phrases.append(trigger.head)  # "Guterres, who was visiting Kyiv"
            elif child.dep_ in ("nsubj", "dobj"):
                phrases.append(child)
            if child.dep_ == "prep" and child.lower_ in ("with", "between", "among"):
                phrases += [c for c in child.children if c.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lower_ == "to" and trigger.lemma_ == "speak":
                phrases += [c for c in child.children if c.dep_ == "pobj" and _person(actors, c)]
        if trigger.lemma_ == "discuss":
            phrases += [o for o in _with_objects(trigger) if o.head.head.i != trigger.i]
        if trigger.lemma_ == "visit":
            # "visited Poland": a journey; the people met there are the participants
            phrases = [p for p in phrases if not (p.dep_ == "dobj" and p.ent_type_ == "GPE")]
            # "visited the Church of St Andrew", "visited a theatre company": a place
            # seen, not someone met
            phrases = [
                p
                for p in phrases
                if p.dep_ != "dobj" or _person(actors, p) or p.lemma_.lower() in lx.ROLE_NOUNS
            ]
        if not any(c.dep_ == "nsubj" for c in trigger.children):
            inherited = _inherited_subject(actors, trigger)
            if inherited is not None:
                phrases.append(inherited)
        if trigger.lemma_ in ("hold", "attend"):
            for child in trigger.children:
                if child.dep_ == "dobj":
                    phrases += _noun_participants(actors, child)
        if trigger.lemma_ in ("attend", "hold", "host", "address"):
            # "attended a Nato summit", "hold the Crimea Platform summit", "will host a
            # BRICS summit": the organisation whose summit it is takes part
            for child in trigger.children:
                if child.dep_ == "dobj" and (
                    trigger.lemma_ in ("attend", "address") or child.lemma_ == "summit"
                ):
                    phrases += [c for c in child.children if _organisation(actors, c)]
    else:
        phrases += _noun_participants(actors, trigger)
        if _account_line(actors, trigger) and not any(p.head.lower_ == "with" for p in phrases):
            # "The first conversation in the history of relations with X": the parser may
            # hang the "with" on a noun after the trigger
            phrases += [
                c
                for p in trigger.subtree
                if p.dep_ == "prep" and p.lower_ == "with" and p.head.pos_ in ("NOUN", "PROPN")
                for c in p.children
                if c.dep_ == "pobj"
            ]
    keys: list[str] = [] if trigger.pos_ == "VERB" else _paired(actors, trigger)
    if trigger.pos_ == "VERB" and any(
        p.dep_ == "nsubj" and p.head.i == trigger.i and in_headline_line(p) for p in phrases
    ):
        # the parser took a headline run into the sentence for its subject: the subject
        # is the first actor named at the start of the body line
        subject = _line_subject(actors, trigger)
        if subject:
            keys.append(subject)
    phrases = [m for p in phrases for m in _represented(p, trigger) if not in_headline_line(m)]
    for phrase in phrases:
        named_ahead = False
        for n, member in enumerate(_conjuncts(phrase)):
            # "the deputy prime minister, Władysław Kosiniak-Kamysz": the person named
            named = _named(actors, member)
            if named_ahead and not any(t.ent_type_ == "PERSON" for t in member.subtree):
                # "the Polish leader, A, and the Nato secretary-general, B": the parser hung
                # both names on the first title; this title is B's, already taken
                continue
            named_ahead = named_ahead or len(named) > 1
            if not named and _title_of_next(member):
                continue
            for one in named or [member]:
                tokens = _phrase_tokens(one) + _office_of(one)
                if n and not named and not any(actors.key_at(t) for t in tokens):
                    # "the deputy prime minister and minister of defence, X": a second
                    # title of the person named, not someone else who bears it
                    continue
                key = _resolve(actors, tokens, before=one.i + 1) or _organisation(actors, one)
                key = _represented_person(actors, one, key) or _delegate_of(actors, one)
                if key and key not in keys and _acts_for_itself(actors, one, key):
                    keys.append(key)
    if keys and _account_line(actors, trigger):
        speaker = _account_speaker(actors)[0]
        if speaker not in keys:
            keys.insert(0, speaker)
    if len(keys) < 2 and trigger.pos_ != "VERB":
        keys = _summit_sides(actors, trigger) or keys
    if len(keys) < 2:
        # a broken parse: fall back on the people named in the sentence, when just two are
        people = []
        sentence = [t for t in sentence_of(trigger) if not in_headline_line(t)]
        reporters = {
            t.i
            for node in [trigger, *heads(trigger, 8)]
            # those who report the clause ("..., BelTA has learned"), unless they speak
            # of themselves ("Blinken said he had talks with Wang")
            if node.dep_ in ("ccomp", "parataxis")
            and not any(c.dep_ == "nsubj" and c.lower_ in lx.PERSON_PRONOUNS for c in node.children)
            for s in node.head.children
            if s.dep_ == "nsubj"
            for t in s.subtree
        }
        for token in sentence:
            if actors.in_quote(token.idx):
                continue  # "I kept calling him: 'Volodya, ...'": a name said, not a party
            if token.i in reporters:
                continue  # "..., Peskov said": the one who reports it
            key = actors.key_at(token) if token.ent_type_ == "PERSON" else None
            if key and key not in people:
                people.append(key)
        people = [k for k in people if actors.records[k].type == "Person"]
        if (
            len(people) == 2
            and set(keys) <= set(people)
            and not _unnamed_group(actors, sentence)
            and not _journey(trigger)
        ):
            keys = people
    return keys


def _office_of(member) -> list:
    """'a conversation with the President of Pakistan': an office named by the state or
    organisation it is of, and no name, stands for that state or organisation (the
    words after "of", which a phrase's own tokens leave out)."""
    if member.ent_type_ == "PERSON" or member.lemma_.lower() not in lx.ROLE_NOUNS | lx.TITLE_WORDS:
        return []
    if member.tag_ in ("NNS", "NNPS"):
        return []  # "the leaders of A and B": each state in turn, see _represented
    words = []
    for prep in member.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "ORG", "NORP"):
                words += [prep, *obj.subtree]
    return sorted(words, key=lambda t: t.i)


def _account_line(actors, trigger) -> bool:
    """'Wednesday - a conversation with X.': a line of a first-person account with no
    verb, naming a meeting of the speaker's without saying so."""
    if trigger.pos_ == "VERB" or _first_person(actors, trigger) is None:
        return False
    # (the parser may run a line into the sentence of the line before: the line counts)
    return not any(t.pos_ in ("VERB", "AUX") for t in _line_of(trigger))


def _line_of(token) -> list:
    """The tokens of the token's sentence on the token's own line."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    end = len(text) if end < 0 else end
    return [t for t in sentence_of(token) if start <= t.idx < end]


def _names_unknown(actors, trigger) -> bool:
    """'A conversation with X. A visit of representatives of Y.': a line of an account
    that names its guest, though no one we know, is a meeting of its own, not the one
    on the line before."""
    return _account_line(actors, trigger) and any(
        c.dep_ == "prep" and c.lower_ in ("of", "with") for c in trigger.children
    )


def _presence(actors, token) -> list[str]:
    """'Tuesday – X was in Kyiv.' in the account of a leader of the state of that place:
    X was the speaker's guest. (Not said of news in general, where being somewhere is
    no sign of meeting anyone.)"""
    if token.lemma_ != "be" or token.dep_ not in ("ROOT", "conj"):
        return []
    speaker = _first_person(actors, token)
    if speaker is None:
        return []
    home = _state(actors, speaker)
    places = [
        c
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for c in p.children
        if c.dep_ == "pobj" and c.ent_type_ == "GPE"
    ]
    if not home or not any(_state_at(actors, c) == home for c in places):
        return []
    guests = []
    for subject in token.children:
        if subject.dep_ != "nsubj":
            continue
        for member in _conjuncts(subject):
            # "Friday, the anniversary - Prime Minister X was in Kyiv": the person named
            named = _named(actors, member)
            for one in named or [member]:
                key = _resolve(actors, _phrase_tokens(one) + _office_of(one), one.i + 1)
                if not key or key == speaker or _state(actors, key) == home:
                    continue
                if actors.records[key].type == "Country" and one.lemma_.lower() not in (
                    lx.ROLE_NOUNS | lx.SIDE_NOUNS | lx.TITLE_WORDS
                ):
                    continue  # "Russian troops were in Kyiv": not guests; "its envoy" is
                guests.append(key)
    return [speaker, guests[0]] if len(set(guests)) == 1 else []


def _state_at(actors, token) -> str | None:
    key = actors.key_at(token)
    return _state(actors, key) if key else None


def _resolve(actors, tokens, before: int):
    """The actor a phrase names, with "I" and "we" of a first-person account its
    speaker."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) == 1 and words[0].lower_ in lx.FIRST_PERSON:
        return _first_person(actors, words[0])
    return actors.resolve(tokens, before=before)


def _first_person(actors, token) -> str | None:
    """'I had a conversation with X' in the text of a leader's address or interview: the
    speaker of the account (not inside quotation marks, where another may speak)."""
    speaker = _account_speaker(actors)
    if speaker is None or actors.in_quote(token.idx) or token.idx < speaker[1]:
        return None
    return speaker[0]


def _account_speaker(actors) -> tuple[str, int] | None:
    """The person whose own words the article gives unquoted ('The statement was made by
    X in his video address. ... I met with ...'), and where those words may begin: the
    one person named in the first sentence, outside quotation marks, that speaks of an
    address or interview, when unquoted first-person subjects follow it."""
    doc = actors.doc
    if "kg_account_speaker" in doc.user_data:
        return doc.user_data["kg_account_speaker"]
    found = None
    for sentence in sentences(doc):
        if not any(
            t.lemma_.lower() in lx.ADDRESS_NOUNS and t.pos_ == "NOUN" and not actors.in_quote(t.idx)
            for t in sentence
        ):
            continue
        people = {
            actors.key_at(t)
            for t in sentence
            if t.ent_type_ == "PERSON" and not actors.in_quote(t.idx) and actors.key_at(t)
        }
        people = {k for k in people if actors.records[k].type == "Person"}
        if len(people) != 1:
            continue
        # the account follows at once ("The full text of the speech is below: ... I
        # met"), and no one spoke in the first person before it (an author's column that
        # mentions someone's speech)
        every = sentences(doc)
        position = every.index(sentence)
        following = every[position + 1 : position + 1 + _ACCOUNT_OPENING]
        before = [t for sentence_ in every[:position] for t in sentence_]
        if _first_person_subject(actors, following) and not any(
            t.lower_ in lx.FIRST_PERSON | {"our"} and not actors.in_quote(t.idx) for t in before
        ):
            found = (people.pop(), sentence.end_char)
        break
    doc.user_data["kg_account_speaker"] = found
    return found


def _summit_sides(actors, trigger) -> list[str]:
    """'the upcoming NATO summit in Madrid', 'this week's summit of 31 Nato states in
    Vilnius': an organisation's summit, with no one named at it, is one of the
    organisation and the state it is held in (a city stands for its state)."""
    if trigger.lemma_ not in lx.ORGANISATION_MEETINGS:
        return []
    holders = [trigger]
    obj = _of_pobj(trigger)
    if obj is not None:
        holders.append(obj)
    orgs = [k for h in holders for c in h.children if (k := _organisation(actors, c))]
    places = [
        c
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for c in p.children
        if c.dep_ == "pobj" and c.ent_type_ == "GPE"
    ]
    states = [k for c in places if (k := actors.key_at(c)) and actors.records[k].type == "Country"]
    if len(set(orgs)) != 1 or not states:
        return []
    return [orgs[0], states[0]]


def _named(actors, member) -> list:
    """'the deputy prime minister, X': the people an apposition names for a phrase, also
    where the parser hung it on the title's "of" phrase ("the chairman of the Verkhovna
    Rada parliament, X")."""
    named = [c for c in member.children if c.dep_ == "appos" and _person(actors, c)]
    if named or member.lemma_.lower() not in lx.ROLE_NOUNS | lx.TITLE_WORDS:
        return named
    obj = _of_pobj(member)
    if obj is None or obj.ent_type_ == "PERSON":
        return []
    return [c for c in obj.children if c.dep_ == "appos" and _person(actors, c)]


# how many sentences after its introduction a first-person account must begin within
_ACCOUNT_OPENING = 6


def _first_person_subject(actors, sentences_) -> bool:
    return any(
        t.lower_ in ("i", "we") and t.dep_ == "nsubj" and not actors.in_quote(t.idx)
        for sentence in sentences_
        for t in sentence
    )


def _title_of_next(member) -> bool:
    """'Russian Foreign Minister, Sergey Lavrov, and ...': a title the parser joined as a
    conjunct to the name after its comma, which it belongs to."""
    if member.ent_type_ == "PERSON" or member.lower_ not in lx.TITLE_WORDS | lx.ROLE_NOUNS:
        return False
    after = [c for c in member.children if c.dep_ == "conj" and c.i > member.i]
    doc = member.doc
    return bool(after) and after[0].ent_type_ == "PERSON" and doc[member.i + 1].text == ","


def _with_objects(verb) -> list:
    """'discussed the war with X': the objects of a "with" on the verb or, where the parser
    hung it there, on its object ("to discuss security and the threat ... with X")."""
    objects = []
    holders = [verb]
    for child in verb.children:
        if child.dep_ == "dobj":
            holders += _conjuncts(child)
    for holder in holders:
        for obj in _objects_of_with(holder):
            if (
                holder is not verb
                and obj.ent_type_ != "PERSON"
                and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children)
            ):
                continue  # "discussed the war with Russia": the war's foe, not a party
            objects.append(obj)
    return objects


def _objects_of_with(token) -> list:
    """The objects of the 'with' phrases hung on a token ('talks with X', 'met with X')."""
    return [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _represented_person(actors, member, key: str | None) -> str | None:
    """'his meeting with the new Polish prime minister': a leader's title with a state and
    no name is the one person of that state named before with a leader's title, if one."""
    if key is None or actors.records[key].type != "Country":
        return key
    if member.lemma_.lower() not in lx.LEADER_TITLES or member.tag_ != "NN":
        return key
    state = _state(actors, key)
    people = []
    for token in member.doc[: member.i]:
        person = actors.key_at(token) if token.ent_type_ == "PERSON" else None
        if person is None or person in people or actors.records[person].type != "Person":
            continue
        titles = " ".join(actors.records[person].titles).split()
        if _state(actors, person) == state and set(titles) & lx.LEADER_TITLES:
            people.append(person)
    return people[0] if len(people) == 1 else key


def _delegate_of(actors, member) -> str | None:
    """'an African dignitary who is part of the Central African Republic delegation': an
    unnamed person the phrase places in one state's delegation acts for that state."""
    if member.pos_ != "NOUN":
        return None
    states = {
        actors.key_at(c)
        for t in member.subtree
        if t.lemma_.lower() in lx.SIDE_NOUNS
        for c in t.subtree
        if c.ent_type_ in ("GPE", "NORP") and actors.key_at(c)
    }
    states = {k for k in states if actors.records[k].type == "Country"}
    return states.pop() if len(states) == 1 else None


def _acts_for_itself(actors, member, key: str) -> bool:
    """'met Ukrainian soldiers', 'meeting Russia's top rabbis': people who do not act for
    the state that describes them."""
    if actors.records[key].type == "Person" or member.ent_type_:
        return True
    return member.lemma_.lower() not in lx.NOT_REPRESENTATIVE_PEOPLE


def _journey(trigger) -> bool:
    """'after his visit to Kiev, ... as Putin ...': a visit to a place names its host by
    the place, so another person in the sentence is no sign of whom it met."""
    if trigger.lemma_ not in lx.VISIT_WORDS:
        return False
    return any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to") for c in trigger.children
    )


def _organisation(actors, token) -> str | None:
    """The organisation a compound names ("a Nato summit"), also when the model took the
    name for a place there ("the Crimea Platform summit") but named it elsewhere."""
    # ("BRICS" may be taken for a place: only a record of an organisation counts)
    if token.dep_ != "compound" or token.ent_type_ not in ("ORG", "FAC", "GPE"):
        return None
    key = actors.key_at(token)
    if key is None and token.ent_type_ == "FAC":
        words = [t for t in token.subtree if t.ent_type_ == "FAC"]
        text = fold(" ".join(t.text for t in words))
        key = next(
            (
                k
                for k, r in actors.records.items()
                if r.named and r.type == "Organization" and fold(r.name) == text
            ),
            None,
        )
    if key is None or actors.records[key].type not in ("Organization", "Group"):
        return None
    return key


def _line_subject(actors, trigger) -> str | None:
    words = []
    for token in sentence_of(trigger):
        if in_headline_line(token) or token.is_space:
            continue
        if token.i >= trigger.i or token.pos_ in ("VERB", "AUX"):
            break
        words.append(token)
    return actors.resolve(words, before=trigger.i) if words else None


def _person(actors, token) -> bool:
    # the record, not the model's label, says who is a person (a name may be tagged ORG)
    key = actors.key_at(token)
    return key is not None and actors.records[key].type == "Person"


def _unnamed_group(actors, tokens) -> bool:
    """'alongside Zelensky and four other African leaders': people left unnamed take
    part, so those named are not the whole meeting."""
    for token in tokens:
        if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in lx.ROLE_NOUNS:
            continue
        if _represented(token) != [token]:
            continue  # "the leaders of A and B": named by their states
        if any(c.lower_ in ("two", "both") for c in token.children):
            continue  # "the two leaders": the pair just named
        # "Seven African leaders - the presidents of A, B ...": named by the head's own
        # words, not by an apposition that lists only some of them
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "punct"]
        words = [t for t in words if t.i >= token.i - len(words)]
        if actors.resolve(words, before=token.i + 1) is None:
            return True
    return False


def _incomplete(actors, trigger) -> bool:
    """A meeting whose own participant phrases include an unnamed group."""
    phrases = []
    for child in trigger.children:
        if child.dep_ in ("nsubj", "dobj", "poss"):
            phrases.append(child)
        if child.dep_ == "prep" and child.lower_ in ("with", "between", "among"):
            phrases += [c for c in child.children if c.dep_ == "pobj"]
    return _unnamed_group(actors, [m for p in phrases for m in _conjuncts(p)])


def _represented(phrase, trigger=None):
    """'the leaders of A, B and C', 'representatives from A and B', 'the Russian and
    Ukrainian delegations' (said of the trigger's own phrases, not of officials who speak
    of it): the states whose people act, each in turn."""
    lemma = phrase.lemma_.lower()
    if lemma not in lx.ROLE_NOUNS and lemma not in lx.SIDE_NOUNS:
        return [phrase]
    own = trigger is not None and trigger.i in (phrase.head.i, phrase.head.head.i)
    states = [
        c
        for c in (phrase.children if own else ())
        if c.dep_ in ("amod", "compound", "nmod")
        and c.ent_type_ in ("GPE", "NORP", "ORG")
        and any(g.dep_ == "conj" and g.ent_type_ in ("GPE", "NORP", "ORG") for g in c.children)
    ]
    if states:
        return states[:1]
    if phrase.tag_ != "NNS":
        return [phrase]
    obj = _of_pobj(phrase)
    if obj is None or obj.ent_type_ not in ("GPE", "ORG"):
        return [phrase]
    return [obj]


def _of_pobj(token):
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _joined(actors, trigger) -> list[str]:
    """'Also involving X, the visit ...': those a joining clause on the trigger or on its
    verb adds to the meeting."""
    keys: list[str] = []
    for node in (trigger, trigger.head):
        for clause in node.children:
            if clause.dep_ not in ("advcl", "acl") or clause.lemma_ not in _JOINING_VERBS:
                continue
            for obj in clause.children:
                if obj.dep_ != "dobj":
                    continue
                for member in _conjuncts(obj):
                    key = actors.resolve(_phrase_tokens(member), before=member.i + 1)
                    if key and key not in keys:
                        keys.append(key)
    return keys


def _near(meeting, trigger) -> bool:
    """Whether a meeting was found in the trigger's sentence or the one before it."""
    sentence = sentence_of(trigger)
    previous = trigger.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return previous.start_char <= meeting.mention.begin < sentence.end_char


def _noun_participants(actors, noun):
    phrases = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "between", "among"):
            phrases += [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "poss":
            phrases.append(child)
    # "Putin criticized, during a conversation with X, ...": the subject of the verb above,
    # passing over subjects that name no actor ("Xi had made it clear in a call with X")
    if any(c.dep_ == "poss" and c.lower_ in lx.PLURAL_POSSESSIVES for c in noun.children):
        # "their visit": a group's, not the singular subject's above; "Xi and Putin ahead
        # of their meeting": the pair named before it in the sentence
        pairs = [
            t
            for t in sentence_of(noun)
            if t.i < noun.i
            and t.ent_type_ == "PERSON"
            and t.dep_ != "conj"  # the whole coordination, not its tail
            and [c.ent_type_ for c in _conjuncts(t)] == ["PERSON", "PERSON"]
        ]
        return phrases + pairs[-1:]
    if noun.lemma_ in lx.VISIT_WORDS:
        visitors = [
            c
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in ("of", "by")
            for c in p.children
            if c.dep_ == "pobj" and c.ent_type_ == "PERSON"
        ]
        if visitors:
            return phrases + visitors  # "the visit of X to Taiwan": X's, not the subject's
    node = noun
    for _ in range(4):
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in lx.SPEECH_VERBS:
            break  # "... during meetings with X, Peskov said": the speaker was not there
        node = node.head
        subjects = [
            c
            for c in node.children
            if c.dep_ == "nsubj" and c is not noun and _resolve(actors, _phrase_tokens(c), c.i + 1)
        ]
        if subjects:
            # "During his visit, Xi praised Putin": the pronoun is the subject itself
            phrases = [p for p in phrases if p.tag_ != "PRP$"]
            if not phrases and noun.head.dep_ == "prep" and noun.head.head is node:
                # "A pressed B at a summit", "A told B during the meeting": the one
                # addressed there was at it
                phrases += [
                    c for c in node.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"
                ]
            phrases += subjects
            break
        if node.head is node:
            break
    return phrases


def _paired(actors, noun) -> list[str]:
    """'US-Russia talks', 'Russian-Ukrainian negotiations': a hyphenated pair of states
    before a meeting noun are its sides."""
    words = [
        t
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
        for t in c.subtree
    ]
    named = [t for t in words if t.ent_type_ in ("GPE", "NORP", "ORG") and actors.key_at(t)]
    hyphens = [t for t in words if t.text in ("-", "–", "—")]
    if len(named) < 2 or not hyphens:
        return []
    if not any(a.i < h.i < b.i for a, b in itertools.pairwise(named) for h in hyphens):
        return []
    return list(dict.fromkeys(actors.key_at(t) for t in named))


def _conjuncts(token):
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out += _conjuncts(child)
    return out


def _phrase_tokens(token):
    drop = {
        t.i for c in token.children if c.dep_ in ("conj", "cc", "relcl", "prep") for t in c.subtree
    }
    kept = [t for t in token.subtree if t.i not in drop]
    # a misparse can hang far-off words on the phrase: keep the unbroken run around it
    ids = {t.i for t in kept}
    begin = end = token.i
    while begin - 1 in ids:
        begin -= 1
    while end + 1 in ids:
        end += 1
    return [t for t in kept if begin <= t.i <= end]


def _body_text(trigger) -> str:
    """The trigger's sentence in lower case, without a headline merged into it."""
    sentence = sentence_of(trigger)
    return "".join(t.text_with_ws for t in sentence if not in_headline_line(t)).lower()


def _has(text: str, cue: str) -> bool:
    """Whether a cue stands in the text as whole words ("call" is not in "called off")."""
    return re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", text) is not None


def _has_person(actors, keys) -> bool:
    return any(actors.records[k].type == "Person" for k in keys)


def _mode(trigger, own: bool = False, people: bool = True) -> str:
    if own:
        words = _clause(trigger)
        sentence = "".join(t.text_with_ws for t in words).lower()
        if not any(_has(sentence, cue) for _, cues in lx.MODE_CUES for cue in cues):
            return "unknown"
    else:
        sentence = _body_text(trigger)
    for mode, cues in lx.MODE_CUES:
        if any(_has(sentence, cue) for cue in cues):
            return mode
    implied = lx.MEETING_TRIGGERS.get(trigger.lemma_.lower(), "")
    if implied:
        return implied
    if trigger.lemma_ in ("meet", "meeting"):
        return "in_person"
    # talks between states alone may be held any way, over any time
    if trigger.lemma_ in ("talks", "talk") and people:
        return "in_person"
    return "unknown"


def _status(trigger, default: str = "held") -> str:
    words = _clause(trigger)
    text = " ".join(t.lower_ for t in words)
    for status, cues in lx.STATUS_CUES:
        if any(f" {cue}" in f" {text}" for cue in cues):
            return status
    if any(t.dep_ in ("aux", "auxpass") and t.lower_ in lx.FUTURE_AUXILIARIES for t in words):
        return "scheduled"
    # a broken parse can cut the trigger off its verb: cues that speak of nothing but
    # meetings still count anywhere in the sentence
    sentence = _body_text(trigger)
    for status, cues in lx.SENTENCE_STATUS_CUES:
        if any(f" {cue}" in f" {sentence}" for cue in cues):
            return status
    return default


def _planned(trigger) -> bool:
    text = " ".join(t.lower_ for t in _clause(trigger))
    return any(f" {cue}" in f" {text}" for cue in lx.PLAN_CUES)


def _clause(trigger) -> list:
    """The words that can tell a meeting's status: the trigger's own phrase, the words it
    hangs on and their auxiliaries ('were expected to speak', 'the talks were called off'),
    not the rest of the sentence ('during his visit, he announced a plan to invest')."""
    ids = {t.i for t in trigger.subtree}
    for node in heads(trigger, 4):
        ids.add(node.i)
        ids.update(c.i for c in node.children if c.dep_ in _STATUS_DEPENDENTS)
    doc = trigger.doc
    return [doc[i] for i in sorted(ids) if not in_headline_line(doc[i])]


# dependents of the words above a trigger that bear on its status
_STATUS_DEPENDENTS = ("aux", "auxpass", "neg", "prt", "advmod", "npadvmod")
