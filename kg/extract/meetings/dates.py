"""Meeting dates: the date in a trigger's sentence that belongs to it (its own, that of the
verb a meeting noun happens by, of a journey or meeting it is joined to or told in a "where"
clause on), a paragraph's weekday, the day of the sentence before for the same person, and
the article's own day of a journey under way."""

from __future__ import annotations

import datetime
import re

from kg.extract import lexicon as lx
from kg.extract.common import (
    doc_text,
    entities,
    entities_before,
    entities_within,
    heads,
    in_headline_line,
    resolve_date,
    sentence_of,
)
from kg.extract.lexicon import meeting_dates as mdx
from kg.extract.lexicon import meeting_modes as mmx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.journeys import dated_by_journey
from kg.extract.meetings.negations import having_clause
from kg.extract.meetings.rounds import round_of
from kg.extract.meetings.triggers import agreed_to, agreeing_verb, is_trigger
from kg.models import Meeting


def trip_day(doc, article_date: str | None) -> str | None:
    """'My visits to the sites this morning, and my meeting here in Kyiv': a journey said
    to be under way on the article's own day; the day, if so."""
    for ent in entities(doc):
        if ent.label_ not in ("DATE", "TIME") or ent.text.lower() not in lx.SAME_DAY_WORDS:
            continue
        # the visit it hangs on, or the subject of the verb it hangs on ("my visits this
        # morning showed me")
        near = [ent.root, *heads(ent.root, 2)]
        near += [c for c in ent.root.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(h.lemma_ in lx.VISIT_WORDS for h in near):
            return article_date
    return None


def another_day(meeting: Meeting, trigger, article_date, status) -> bool:
    """'hosted Xi on Monday, and the two met again on Tuesday': a mention of the same
    people dated, by its own words, to another day is a further meeting."""
    date = meeting_date(trigger, article_date, status, own=True)
    return bool(meeting.date and date and date != meeting.date)


def _manner_of(noun, verb) -> bool:
    """'spoke separately by phone with A and B on Friday': the meeting noun is the way the
    verb's meeting was held, one event with one date."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in mdx.MANNER_PREPOSITIONS
        and noun.head.head.i == verb.i
    )


def meeting_date(trigger, article_date: str | None, status: str, own: bool = False) -> str | None:
    """The date of the trigger's sentence that belongs to it: the nearest one, passing over
    dates that hang on another meeting word ('during his visit on Monday, ... talks')."""
    # "agreed to meet again on Friday": the meeting agreed on is to come
    future = status in ("scheduled", "proposed") and (
        agreed_to(trigger) or not _past_narrative(trigger)
    )
    # "the first round of talks was held on 28 February": the round's date is the talks'
    round_ = round_of(trigger)
    anchors = {trigger.i}
    if round_ is not None:
        anchors.add(round_.i)
        if round_.dep_ in ("nsubj", "nsubjpass", "dobj"):
            verb = round_.head  # ("... was held in Brest on 7 March": the holding verb's)
            anchors |= {verb.i, *(c.i for c in verb.children if c.dep_ == "conj")}
    happening = _happening_verb(trigger)
    if happening is not None:
        # "The call took place on Monday": the day of the verb the meeting is the subject of
        anchors.add(happening.i)
    journey = _purpose_journey(trigger)
    if journey is not None:
        # "X is expected to arrive for talks in Moscow on Wednesday": the journey's day
        anchors.add(journey.i)
    clause = having_clause(trigger)
    if clause is not None:
        # "told on Monday of the talks he had with X": only the clause's own date
        anchors.add(clause.i)
        own = True
    agreeing = agreeing_verb(trigger)
    found = []
    vague_own = False  # the meeting's own date is told, too vaguely to resolve
    for ent in entities_within(sentence_of(trigger)):
        if not _is_date(ent) or in_headline_line(ent[0]):
            continue
        path = heads(ent.root, 8)
        head = ent.root.head
        if (
            ent.root.dep_ in _MODIFIER_DEPS
            and head.pos_ == "NOUN"
            and not is_trigger(head)
            and head.lower_ not in mlx.PARTS_OF_DAY  # ("on Sunday evening")
        ):
            continue  # "the March 29 draft": the date of something else
        owner = next((h for h in path if is_trigger(h)), None)
        if (
            owner is not None
            and owner.i != trigger.i
            and not _journey_for(trigger, owner)
            and not _manner_of(trigger, owner)
        ):
            continue
        if own and not anchors & {h.i for h in path}:
            continue  # "the halt to negotiations coincided with the March 22 offensive"
        upto = path[: path.index(owner)] if owner is not None else path
        if any(h.lower_ in lx.NOT_MEETING_DATE_WORDS for h in upto):
            continue  # "his first visit since the start of the invasion on 24 February"
        on_meeting = _on_meeting(path, {trigger.i} | anchors)
        if agreeing is not None and agreeing in path[:2]:
            continue  # "agreed on Thursday to meet again": the day they agreed
        if not on_meeting and _of_reported_clause(path, trigger):
            continue  # "Asked about the talks with B, A said the border would reopen Monday"
        if (
            (future or status == "proposed" or _perfect(trigger))
            and not on_meeting
            and _speech_date(path, trigger)
        ):
            # "X will meet Y, the Kremlin said on Monday", "said on Friday he was open to
            # talks with Y": the saying's day (a meeting only proposed has none of its own);
            # "X has spoken with Y, she said Tuesday": spoken before the day of saying so
            continue
        resolved = resolve_date(ent.text, article_date, future)
        if resolved:
            resolved = _in_week_before(ent.text, resolved, article_date)
            resolved = _in_narrative_year(ent, resolved, article_date, status)
        else:
            # "Three days later they met again": from the date told before
            resolved = _from_date_before(ent, article_date, future, status)
        if resolved:
            found.append((abs(ent.root.i - trigger.i), resolved, on_meeting))
        elif on_meeting and _vague(ent.text):
            vague_own = True
    if vague_own:
        # "said on Tuesday that he met X last month": the saying's day is not the meeting's
        found = [f for f in found if f[2]]
        if not found:
            return None
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
        hours = _hours_later(trigger)
        day = _from_date_before(hours, article_date, future, status) if hours else None
        if day:
            return day  # "Hours later, A and B spoke by phone": the day told before
    if not found and status == "held" and (_under_way(trigger) or _told_now(trigger)):
        return article_date
    if not found and not own:
        day = _paragraph_day(trigger, article_date, future)
        if day is None and status in ("held", "scheduled"):
            # "X arrived in Delhi on Monday. He met Y": the day of the sentence before
            # ("X will travel to Lima on Friday. He will meet Y": of the journey to come)
            day = _day_before_of_subject(trigger, article_date, status == "scheduled")
        return day
    return min(found)[1] if found else None


def _happening_verb(trigger):
    """'The call took place on Monday', 'the talks lasted three hours': the verb by which a
    meeting noun, its subject, happens; None if it is the subject of no such verb."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = trigger.head
    return verb if verb.lemma_ in mdx.OCCURRING_VERBS and verb.pos_ in ("VERB", "AUX") else None


def _hours_later(trigger):
    """'Hours later, A and B spoke by phone' (the model tags no time): the words of a
    distance shorter than a day on the meeting's verb, as a span; None if none."""
    for node in [trigger, *heads(trigger, 2)]:
        for adverb in node.children:
            if adverb.dep_ != "advmod" or adverb.lower_ not in mdx.RELATIVE_DAY_DIRECTIONS:
                continue
            unit = next(
                (
                    c
                    for c in adverb.children
                    if c.dep_ == "npadvmod" and c.lower_ in mdx.SAME_DAY_UNITS and c.i < adverb.i
                ),
                None,
            )
            if unit is not None and not unit.ent_type_:
                return trigger.doc[unit.left_edge.i : adverb.i + 1]
    return None


def _subject(trigger):
    """The subject of the meeting's clause: of the trigger or the verb it hangs on."""
    for node in [trigger, *heads(trigger, 3)]:
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("xcomp", "advcl", "pcomp"):
            return None
    return None


def _day_before_of_subject(trigger, article_date: str | None, future: bool = False) -> str | None:
    """'Prigozhin was spotted at the summit on Thursday. Prigozhin was seen meeting X':
    a meeting held, told with no time at all, whose subject is the subject of the
    sentence just before (by name, or as "he", "she", "they") that has one day of its own,
    is of that day."""
    doc = trigger.doc
    sentence = sentence_of(trigger)
    if sentence.start == 0 or any(e.label_ in ("DATE", "TIME") for e in entities_within(sentence)):
        return None
    verbs = [trigger, *heads(trigger, 3)]
    if any(c.lower_ in mdx.OTHER_TIME_WORDS for v in verbs for c in v.children):
        return None  # "he previously met X"
    if any(c.dep_ == "aux" and c.lemma_ == "have" for v in verbs for c in v.children):
        return None  # "he has met X": over any time
    subject = _subject(trigger)
    if subject is None:
        return None
    before = _last_dated_sentence(doc, sentence)
    if before is None or in_headline_line(before[0]):
        return None
    days = []
    for ent in entities_within(before):
        if ent.label_ != "DATE":
            continue
        day = resolve_date(ent.text, article_date, future)
        if day is None:
            continue  # ("in March": a time, but no day)
        verb = next((h for h in heads(ent.root, 6) if h.pos_ in ("VERB", "AUX")), None)
        days.append((day, verb))
    if len(days) != 1 or days[0][1] is None:
        return None
    day, verb = days[0]
    if future and (verb.tag_ == "VBD" or _perfect(verb)):
        return None  # "X arrived on Monday. He will meet Y": not the day of what is to come
    # ("X is scheduled to visit Y on Friday": the subject of the verb it completes)
    subjects = [_subject(verb)] if _subject(verb) is not None else []
    if not subjects or subjects[0].ent_type_ != "PERSON":
        return None
    # "he"/"she" for one person, "they" for several ("A and B arrived ... They met X")
    several = any(c.dep_ == "conj" for c in subjects[0].children)
    pronoun = subject.lower_ in mlx.PERSONAL_SUBJECT_PRONOUNS and several == (
        subject.lower_ in mlx.PLURAL_SUBJECT_PRONOUNS
    )
    return day if pronoun or subject.lower_ == subjects[0].lower_ else None


def _last_dated_sentence(doc, sentence):
    """The nearest sentence before this one with a date, over at most a few with none
    ('X said in Riga on Wednesday ... X said ... Speaking at a news conference with Y')."""
    for _ in range(mdx.DATED_SENTENCE_REACH):
        if sentence.start == 0:
            return None
        sentence = sentence_of(doc[sentence.start - 1])
        if any(e.label_ == "DATE" for e in entities_within(sentence)):
            return sentence
    return None


def _on_meeting(path, anchors) -> bool:
    """Whether a date hangs on the meeting's own words, with no other verb between ('met
    X last month', not '... as the war goes into its sixth month')."""
    for head in path:
        if head.i in anchors:
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
    return False


def _speech_date(path, trigger) -> bool:
    """Whether a date hangs on a verb of saying above the meeting ('will meet Y, the
    Kremlin said on Monday'; 'said Tuesday that he would meet Y')."""
    verb = next((h for h in path if h.pos_ in ("VERB", "AUX")), None)
    if verb is not None and _before_reported_subject(path[0], verb):
        return True
    if verb is None or verb.lemma_ not in lx.SPEECH_VERBS:
        return False
    above = [trigger, *trigger.ancestors]
    if verb.dep_ in _REPORT_DEPS and any(h.i == verb.head.i for h in above):
        return True  # ("X will meet Y, his office said on Monday", said a parataxis)
    # the meeting told in the clause the verb reports ("said Tuesday he would meet Y"),
    # not a verb the meeting hangs on otherwise ("is expected in X on Friday for talks")
    return any(h.dep_ in _REPORT_DEPS and h.head.i == verb.i for h in above)


_REPORT_DEPS = ("ccomp", "parataxis")


def _purpose_journey(trigger):
    """'arrived for talks', 'flew to Oslo for a meeting': the journey a meeting noun is the
    purpose of (its day is the meeting's), or None."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.lemma_ in mlx.PURPOSE_JOURNEY_VERBS else None


def _of_reported_clause(path, trigger) -> bool:
    """Whether a date belongs to a clause someone reports that does not tell the meeting
    ('A said after the talks with B that the crossing would reopen on Monday'): the day of
    what was said, not of the meeting spoken of beside it."""
    verb = next((h for h in path if h.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ not in _REPORT_DEPS or verb.head.lemma_ not in lx.SPEECH_VERBS:
        return False
    return not any(t.i == trigger.i for t in verb.subtree)


def _perfect(trigger) -> bool:
    """'has spoken', 'had met': a meeting verb in a perfect tense."""
    return (
        trigger.pos_ == "VERB"
        and trigger.tag_ == "VBN"
        and any(a.dep_ == "aux" and a.lemma_ == "have" for a in trigger.children)
    )


def _before_reported_subject(word, verb) -> bool:
    """'said on Friday he was open to talks': a date between the verb of saying and the
    subject of what was said is the saying's, wherever the parser hung it."""
    if verb.dep_ not in _REPORT_DEPS or verb.head.lemma_ not in lx.SPEECH_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and verb.head.i < word.i < subject.i


def _vague(text: str) -> bool:
    """'last month', 'in December', 'earlier this year', 'in 2019': a date, but no day."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & mdx.VAGUE_DATE_WORDS or words & set(lx.MONTHS) or _YEAR.search(text))


def _relative_days(text: str) -> int | None:
    """'three days later' -> 3, 'the next day' -> 1, 'a week earlier' -> -7, 'the same
    day' -> 0: a distance in days from a date told before; None if not one."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    units = [mdx.RELATIVE_DAY_UNITS[w] for w in words if w in mdx.RELATIVE_DAY_UNITS]
    directions = [mdx.RELATIVE_DAY_DIRECTIONS[w] for w in words if w in mdx.RELATIVE_DAY_DIRECTIONS]
    counts = [int(w) if w.isdigit() else mdx.RELATIVE_DAY_COUNTS.get(w) for w in words]
    counts = [c for c in counts if c is not None]
    if units == [1] and any(
        words[i + 1] == "day" and " ".join(words[max(i - 1, 0) : i + 1]).endswith(mark)
        for i in range(len(words) - 1)
        for mark in mdx.SAME_DAY_MARKS
    ):
        return 0  # "later that day", "later in the day": the day told before
    if (
        set(words) & mdx.SAME_DAY_UNITS
        and len(directions) == 1
        and len(words) <= 3
        and all(c < mdx.HOURS_IN_DAY for c in counts)
    ):
        return 0  # "hours later", "two hours earlier": the day told before
    if len(units) != 1 or len(directions) != 1 or not counts or len(words) > 4:
        return None
    return counts[0] * units[0] * directions[0]


def _from_date_before(ent, article_date, future, status, depth: int = 2) -> str | None:
    """'The first round was held on Feb. 28. Three days later they met again': a day
    told as a distance from the last date told before it (within a few sentences)."""
    doc, start = ent.doc, ent.start
    # ("later in the day": the model tags "the day" alone)
    if (
        start >= 2
        and ent.root.lower_ == "day"  # (not "later in the week": no day told)
        and doc[start - 1].lower_ == "in"
        and doc[start - 2].lower_ in mdx.RELATIVE_DAY_DIRECTIONS
    ):
        start -= 2
    days = _relative_days(doc[start : ent.end].text)
    if days is None or depth == 0:
        return None
    for earlier in entities_before(ent):
        if ent.start - earlier.end > mdx.RELATIVE_DAY_REACH:
            return None
        if earlier.label_ != "DATE" or in_headline_line(earlier[0]):
            continue
        resolved = resolve_date(earlier.text, article_date, future)
        if resolved:
            resolved = _in_week_before(earlier.text, resolved, article_date)
            resolved = _in_narrative_year(earlier, resolved, article_date, status)
        else:
            resolved = _from_date_before(earlier, article_date, future, status, depth - 1)
        if resolved:
            day = datetime.date.fromisoformat(resolved) + datetime.timedelta(days=days)
            return day.isoformat()
        if _vague(earlier.text):
            return None  # "in March ... two days later": no day to count from
    return None


def _is_date(ent) -> bool:
    """A date entity, or a time one that names its day ('on Sunday evening')."""
    if ent.label_ == "DATE":
        return True
    words = set(re.findall(r"[a-z]+", ent.text.lower()))
    if ent.label_ == "TIME" and _relative_days(ent.text) == 0:
        return True  # "later in the day", tagged a time: the day told before
    return ent.label_ == "TIME" and bool(words & set(lx.WEEKDAYS))


def _in_week_before(text: str, resolved: str, article_date: str | None) -> str:
    """'on Tuesday last week': the weekday of the calendar week before the article's, not
    the last such day (which may be in the article's own week)."""
    low = text.lower()
    if not article_date or not re.search(mlx.WEEK_BEFORE, low):
        return resolved
    if not any(re.search(rf"\b{day}\b", low) for day in lx.WEEKDAYS):
        return resolved
    base = datetime.date.fromisoformat(article_date)
    day = datetime.date.fromisoformat(resolved)
    week_start = base - datetime.timedelta(days=base.weekday())
    return (day - datetime.timedelta(days=7)).isoformat() if day >= week_start else resolved


def _in_narrative_year(ent, resolved: str, article_date: str | None, status: str) -> str:
    """'On March 10 A and B met', told after 'the February 2022 invasion' in a 2024
    article: the day and month of a meeting held, with no year of their own, are of the
    year the narrative is in, the year of the last month named with one before them
    (not a year that only qualifies a noun, "its 2014 annexation"); a meeting held
    cannot lie after the article's day, so with no such year one dated after it is of
    the year before."""
    if status != "held" or not article_date or _YEAR.search(ent.text):
        return resolved
    if not _month_named(ent.text):
        return resolved
    year = _narrative_year(ent)
    if year is not None and year < int(article_date[:4]):
        return _with_year(resolved, year) or resolved
    if resolved > article_date:
        return _with_year(resolved, int(resolved[:4]) - 1) or resolved
    return resolved


def _narrative_year(ent) -> int | None:
    """The year of the last date before ``ent`` that names a month with its year ("in
    February 2022", "on 3 March 2022"), outside dates a "since" or "until" governs."""
    for earlier in entities_before(ent):
        if earlier.label_ != "DATE" or not _month_named(earlier.text):
            continue
        match = _YEAR.search(earlier.text)
        if match is None:
            continue
        if any(h.lower_ in lx.NOT_MEETING_DATE_WORDS for h in heads(earlier.root, 4)):
            continue
        return int(match.group(0))
    return None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _month_named(text: str) -> bool:
    return any(word in lx.MONTHS for word in re.findall(r"[a-z]+", text.lower()))


def _with_year(iso: str, year: int) -> str | None:
    try:
        return datetime.date.fromisoformat(iso).replace(year=year).isoformat()
    except ValueError:
        return None  # 29 February


def _under_way(trigger) -> bool:
    """'X is arriving in Uganda', 'is visiting China': a journey told in the present
    progressive, with no time said in its sentence, is under way on the article's day."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBG":
        return False
    if trigger.lemma_ not in lx.TRAVEL_VERBS and trigger.lemma_ not in lx.VISIT_WORDS:
        return False
    if any(t.ent_type_ in ("DATE", "TIME") and _of_clause(t, trigger) for t in trigger.subtree):
        return False  # "is visiting X this week": a time of its own, if a vague one
    return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in trigger.children)


def _told_now(trigger) -> bool:
    """'X has met Y in Canberra', 'X wraps up his visit after meeting Y': a meeting told in
    the present perfect, or under a clause in the present (as news of the day is), with no
    time in its sentence, is of the article's day (not one quoted, which may be a habit)."""
    if trigger.pos_ != "VERB" and trigger.dep_ != "dobj":
        return False  # ("his visit comes as ...": what the visit is, not when)
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    # ("after meeting Y": the gerund of a preposition of time on the clause's verb; not
    # "look forward to meeting Y")
    while verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in mlx.AFTER_WORDS:
        verb = verb.head.head
    if verb.pos_ != "VERB" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    perfect = verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in _PRESENT for a in auxes)
    present = verb.tag_ in _PRESENT and not auxes and verb.lemma_ not in lx.SPEECH_VERBS
    sentence = sentence_of(trigger)
    if not (perfect or present) or any(t.ent_type_ in ("DATE", "TIME") for t in sentence):
        return False
    if trigger.lemma_ in mlx.JOURNEY_VERBS:
        return False  # "has traveled to X and Y": journeys of the past, not of one day
    if any(t.lower_ in mlx.REPEATED_MEETING_WORDS for t in verb.subtree):
        return False  # "has met X many times", "has often spoken with X": no one day
    return not any(t.is_quote for t in sentence)


_PRESENT = ("VBZ", "VBP")


def _of_clause(token, verb) -> bool:
    """Whether a token hangs on a verb with no other verb between them ("visiting X this
    week", not "as the war goes into its sixth month")."""
    node = token.head
    while node.i != verb.i:
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return True


def _journey_for(trigger, journey) -> bool:
    """'is to visit Rome on March 22 for talks with X': the talks a visit is for are on
    the visit's date; so are the talks a verb hosts or holds ('Qatar hosted talks between
    A and B on Monday')."""
    if trigger.dep_ == "dobj" and trigger.head.i == journey.i:
        return True
    if dated_by_journey(trigger, journey):
        return True  # "Y, who arrived in X on Monday, held talks with Z": the visit's day
    if (
        trigger.dep_ in ("xcomp", "advcl")
        and trigger.head.i == journey.i
        and journey.lemma_ in lx.TRAVEL_VERBS | lx.JOURNEY_VERBS
    ):
        return True  # "will travel to Seoul on Sunday to meet X": the journey's day
    if (
        trigger.lemma_ in lx.HOSTING_VERBS
        and journey.dep_ == "pobj"
        and journey.head.lower_ in lx.PURPOSE_PREPOSITIONS
        and journey.head.head.i == trigger.i
    ):
        return True  # "hosted A and B for talks in Cairo on Sunday": the hosting's date
    if (
        trigger.dep_ == "conj"
        # (the verb itself, or a meeting noun its object: "held talks with X on Monday")
        and journey.i in (trigger.head.i, *(c.i for c in trigger.head.children if c.dep_ == "dobj"))
        and trigger.head.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in trigger.children)
        and not any(
            c.dep_ == "advmod"
            and (c.lower_ in mdx.RELATIVE_DAY_DIRECTIONS or c.lower_ in mdx.OTHER_TIME_WORDS)
            for c in trigger.children
        )
        and not any(t.ent_type_ in ("DATE", "TIME") for t in trigger.subtree)
    ):
        # "arrived in X on Monday and was welcomed by Y", "held talks with X on Monday and
        # was received by Y": the day of the verb it is joined to, of the same subject (not
        # "... and met Y on Wednesday", a day of its own, nor "... and will meet Y", nor
        # "... and later met Y", on a day not told)
        return True
    if _where_clause_of(trigger, journey):
        return True  # "traveled to Almaty on Tuesday, where he met X": the journey's day
    prep = trigger.head
    if (
        trigger.lemma_.lower() in mlx.JOINT_EVENT_NOUNS
        and prep.dep_ == "prep"
        and prep.lower_ in mlx.EVENT_PREPOSITIONS
        and prep.head.i == journey.i
    ):
        return True  # "spoke at a joint press conference with X on Monday": the event's day
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and prep.head.i == journey.i
        and (journey.lemma_ in lx.VISIT_WORDS or journey.lemma_ in lx.JOURNEY_VERBS)
    )


def _where_clause_of(trigger, journey) -> bool:
    """'traveled to Almaty on Tuesday, where he met X': a meeting verb told in a "where"
    clause on a word of the journey's own clause (its place or its day, wherever the
    parser hung the clause)."""
    if trigger.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ in mdx.PLACE_RELATIVES for c in trigger.children
    ):
        return False
    return _of_clause(trigger, journey)


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
    in the past tense, whose weekday lies before the article's date, not after it; not one
    someone was due or expected at ("was due in X on Thursday to see Y")."""
    for node in [trigger, *heads(trigger, 4)]:
        auxiliaries = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        if _expected(node):
            return False  # "was due in X on Thursday": still to come when it was said
        if node.tag_ in ("VBN", "VBD") and any(c.lower_ in mmx.CONTRACTED_HAD for c in auxiliaries):
            return True  # "she'd had calls with X on Sunday": "had", the past
        if any(c.tag_ == "MD" or c.lower_ in lx.FUTURE_AUXILIARIES for c in auxiliaries):
            return False
        tenses = {node.tag_, *(c.tag_ for c in auxiliaries)}
        if "VBD" in tenses:
            return True
        if tenses & {"VBZ", "VBP"}:
            return False
    return False


def _expected(node) -> bool:
    """'was due in X', 'was expected in X': a copula with the word of an expected arrival,
    or that word as a passive verb."""
    if node.lemma_ == "be":
        return any(c.dep_ == "acomp" and c.lower_ in mdx.EXPECTED_WORDS for c in node.children)
    return node.tag_ == "VBN" and node.lower_ in mdx.EXPECTED_WORDS
