"""Meetings: who met, called or visited whom, how, when, and whether it happened."""

from __future__ import annotations

import dataclasses

from kg.extract import lexicon as lx
from kg.extract.common import heads, in_headline, mention, sentence_date, sentence_of
from kg.models import Meeting
from kg.ns import KG

NAME = "kg.meeting.v3"
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
    # mention the same meeting again add nothing new
    seen: set[tuple[tuple[str, ...], str]] = set()
    for token in doc:
        if not _is_trigger(token) or in_headline(token):
            continue
        if _refused(token):
            continue
        participants = _participants(actors, token)
        if len(participants) < 2:
            joined = _joined(actors, token)
            if out and joined and _near(out[-1], token):
                last = out[-1]
                extra = tuple(actors.use(k) for k in joined)
                merged = tuple(dict.fromkeys([*last.participants, *extra]))
                out[-1] = dataclasses.replace(last, participants=merged)
            continue
        sentence = sentence_of(token)
        status = _status(token)
        key = (tuple(sorted(participants)), status)
        if key in seen:
            continue
        seen.add(key)
        span = mention(doc, token.idx, token.idx + len(token), NAME)
        out.append(
            Meeting(
                participants=tuple(actors.use(p) for p in participants),
                mode=_mode(token),
                status=status,
                mention=span,
                date=sentence_date(
                    sentence, article.date, future=status in ("scheduled", "proposed")
                ),
            )
        )
    return out


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
            if child.dep_ in ("nsubj", "dobj"):
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
        if trigger.lemma_ == "attend":
            # "attended a Nato summit": the organisation whose summit it is takes part
            for child in trigger.children:
                if child.dep_ == "dobj":
                    phrases += [
                        c
                        for c in child.children
                        if c.dep_ == "compound" and c.ent_type_ == "ORG" and actors.key_at(c)
                    ]
    else:
        phrases += _noun_participants(actors, trigger)
    keys: list[str] = []
    phrases = [m for p in phrases for m in _represented(p)]
    for phrase in phrases:
        for n, member in enumerate(_conjuncts(phrase)):
            tokens = _phrase_tokens(member)
            if n and not any(actors.key_at(t) for t in tokens):
                # "the deputy prime minister and minister of defence, X": a second title
                # of the person named, not someone else who bears it
                continue
            key = actors.resolve(tokens, before=member.i + 1)
            if key and key not in keys:
                keys.append(key)
    if len(keys) < 2:
        # a broken parse: fall back on the people named in the sentence, when just two are
        people = []
        for token in sentence_of(trigger):
            key = actors.key_at(token) if token.ent_type_ == "PERSON" else None
            if key and key not in people:
                people.append(key)
        if len(people) == 2 and set(keys) <= set(people):
            keys = people
    return keys


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


def _mode(trigger) -> str:
    sentence = sentence_of(trigger).text.lower()
    for mode, cues in lx.MODE_CUES:
        if any(cue in sentence for cue in cues):
            return mode
    implied = lx.MEETING_TRIGGERS.get(trigger.lemma_.lower(), "")
    if implied:
        return implied
    if trigger.lemma_ in ("meet", "meeting", "talks", "talk") and trigger.lemma_ != "speak":
        return "in_person"
    return "unknown"


def _status(trigger) -> str:
    sentence = sentence_of(trigger).text.lower()
    for status, cues in lx.STATUS_CUES:
        if any(f" {cue}" in f" {sentence}" for cue in cues):
            return status
    aux = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall"}:
        return "scheduled"
    return "held"
