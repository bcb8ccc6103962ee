"""Meetings: who met, called or visited whom, how, when, and whether it happened."""

from __future__ import annotations

import dataclasses
import re

from kg.extract import lexicon as lx
from kg.extract.common import (
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

NAME = "kg.meeting.v4"
produces = KG.Meeting

_VERB_TRIGGERS = {"meet", "host", "visit", "phone", "speak", "call", "talk", "hold", "attend"}
# "also involving X, the visit ...": people joined to a meeting just mentioned
_JOINING_VERBS = {"involve", "include", "join"}
_NOUN_TRIGGERS = {
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
    for token in doc:
        if in_headline(token) or in_headline_line(token):
            continue
        if token.lemma_ == "arrive" and token.pos_ == "VERB":
            # "Kishida arrived in Kyiv on Tuesday": the day of the visit just reported
            _refer(out, recent, token, article, actors)
            continue
        if not _is_trigger(token) or _refused(token):
            continue
        participants = _participants(actors, token)
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
            elif not _incomplete(actors, token):
                _refer(out, recent, token, article, actors)
                if len(out) > len(seen):  # a further meeting of those just reported
                    seen[(tuple(sorted(out[-1].participants)), out[-1].status)] = len(out) - 1
            continue
        status = _status(token)
        if status == "proposed" and _planned(token) and _date(token, article.date, status):
            status = "scheduled"
        key = (tuple(sorted(participants)), status)
        if key in seen:
            index = seen[key]
            if host is None:
                hosts.pop(index, None)  # named with its host after all
            out[index] = _filled(out[index], _mode(token), _date(token, article.date, status))
            _touch(recent, index, token)
            continue
        seen[key] = len(out)
        if host is not None:
            hosts[len(out)] = (participants[0], host)
        _touch(recent, len(out), token)
        span = mention(doc, token.idx, token.idx + len(token), NAME)
        out.append(
            Meeting(
                participants=tuple(actors.use(p) for p in participants),
                mode=_mode(token),
                status=status,
                mention=span,
                date=_date(token, article.date, status),
            )
        )
    return _merge_visits(out, hosts, actors)


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
        if status != meeting.status and _further(trigger):
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
            key = actors.resolve(_phrase_tokens(member), before=member.i + 1)
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
    if trigger.lemma_ != "visit" or len(participants) != 1:
        return None
    places = [c for c in trigger.children if c.dep_ == "dobj"] if trigger.pos_ == "VERB" else []
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            places += [c for c in child.children if c.dep_ == "pobj"]
    for place in places:
        key = actors.key_at(place) if place.ent_type_ == "GPE" else None
        if key is None or actors.records[key].type != "Country":
            continue
        if _state(actors, participants[0]) == _state(actors, key):
            return None  # a tour of one's own country
        return key
    return None


def _merge_visits(out: list[Meeting], hosts: dict[int, tuple[str, str]], actors) -> list:
    """A visit to a state is the meeting reported with someone of that state, between the
    same states ('Kishida's visit to Ukraine' and 'Kishida met Zelensky'), or with someone
    met in the same sentence ('visited Poland and met with its defence minister'); such a
    visit only lends that meeting its date."""
    drop = set()
    for index, (visitor, state) in hosts.items():
        visit = out[index]
        side, state = _state(actors, visitor), _state(actors, state)
        for other, meeting in enumerate(out):
            if other == index or other in drop or other in hosts:
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
    return [m for n, m in enumerate(out) if n not in drop]


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
    return min(found)[1] if found else None


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
        if lemma == "speak":
            # "spoke by phone", "spoke with X", "Biden and Xi are expected to speak again"
            return any(c.lower_ in ("phone", "telephone", "with") for c in token.subtree) or any(
                c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children)
                for c in [*token.children, *(token.head.children if token.dep_ == "xcomp" else ())]
            )
        if lemma == "talk":
            return any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        if lemma == "attend":
            # "attended Nato summits": a habit, not one meeting
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
            if child.dep_ in ("nsubj", "nsubjpass") and actors.resolve(
                _phrase_tokens(child), child.i + 1
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
        if trigger.lemma_ == "visit":
            # "visited Poland": a journey; the people met there are the participants
            phrases = [p for p in phrases if not (p.dep_ == "dobj" and p.ent_type_ == "GPE")]
        if not any(c.dep_ == "nsubj" for c in trigger.children):
            inherited = _inherited_subject(actors, trigger)
            if inherited is not None:
                phrases.append(inherited)
        if trigger.lemma_ in ("hold", "attend"):
            for child in trigger.children:
                if child.dep_ == "dobj":
                    phrases += _noun_participants(actors, child)
        if trigger.lemma_ in ("attend", "hold"):
            # "attended a Nato summit", "hold the Crimea Platform summit": the organisation
            # whose summit it is takes part
            for child in trigger.children:
                if child.dep_ == "dobj" and (
                    trigger.lemma_ == "attend" or child.lemma_ == "summit"
                ):
                    phrases += [c for c in child.children if _organisation(actors, c)]
    else:
        phrases += _noun_participants(actors, trigger)
    keys: list[str] = []
    if trigger.pos_ == "VERB" and any(
        p.dep_ == "nsubj" and p.head.i == trigger.i and in_headline_line(p) for p in phrases
    ):
        # the parser took a headline run into the sentence for its subject: the subject
        # is the first actor named at the start of the body line
        subject = _line_subject(actors, trigger)
        if subject:
            keys.append(subject)
    phrases = [m for p in phrases for m in _represented(p) if not in_headline_line(m)]
    for phrase in phrases:
        for n, member in enumerate(_conjuncts(phrase)):
            # "the deputy prime minister, Władysław Kosiniak-Kamysz": the person named
            member = next(
                (c for c in member.children if c.dep_ == "appos" and _person(actors, c)), member
            )
            tokens = _phrase_tokens(member)
            if n and not any(actors.key_at(t) for t in tokens):
                # "the deputy prime minister and minister of defence, X": a second title
                # of the person named, not someone else who bears it
                continue
            key = actors.resolve(tokens, before=member.i + 1) or _organisation(actors, member)
            if key and key not in keys:
                keys.append(key)
    if len(keys) < 2:
        # a broken parse: fall back on the people named in the sentence, when just two are
        people = []
        sentence = [t for t in sentence_of(trigger) if not in_headline_line(t)]
        for token in sentence:
            key = actors.key_at(token) if token.ent_type_ == "PERSON" else None
            if key and key not in people:
                people.append(key)
        if len(people) == 2 and set(keys) <= set(people) and not _unnamed_group(actors, sentence):
            keys = people
    return keys


def _organisation(actors, token) -> str | None:
    """The organisation a compound names ("a Nato summit"), also when the model took the
    name for a place there ("the Crimea Platform summit") but named it elsewhere."""
    if token.dep_ != "compound" or token.ent_type_ not in ("ORG", "FAC"):
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
    key = actors.key_at(token) if token.ent_type_ == "PERSON" else None
    return key is not None and actors.records[key].type == "Person"


def _unnamed_group(actors, tokens) -> bool:
    """'alongside Zelensky and four other African leaders': people left unnamed take
    part, so those named are not the whole meeting."""
    for token in tokens:
        if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in lx.ROLE_NOUNS:
            continue
        if _represented(token) != [token]:
            continue  # "the leaders of A and B": named by their states
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


def _represented(phrase):
    """'the leaders of A, B and C': the states whose leaders act, each in turn."""
    if phrase.tag_ != "NNS" or phrase.lemma_.lower() not in lx.ROLE_NOUNS:
        return [phrase]
    obj = _of_pobj(phrase)
    if obj is None or obj.ent_type_ not in ("GPE", "ORG"):
        return [phrase]
    return [obj]


def _of_pobj(token):
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
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
        return phrases  # "their visit": a group's, not the singular subject's above
    node = noun
    for _ in range(4):
        node = node.head
        subjects = [
            c
            for c in node.children
            if c.dep_ == "nsubj" and c is not noun and actors.resolve(_phrase_tokens(c), c.i + 1)
        ]
        if subjects:
            # "During his visit, Xi praised Putin": the pronoun is the subject itself
            phrases = [p for p in phrases if p.tag_ != "PRP$"]
            phrases += subjects
            break
        if node.head is node:
            break
    return phrases


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


def _mode(trigger, own: bool = False) -> str:
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
    if trigger.lemma_ in ("meet", "meeting", "talks", "talk") and trigger.lemma_ != "speak":
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
