"""Mode and status of a meeting: in person, by phone or video; held, scheduled, proposed or
cancelled, from the cue words of the trigger's own clause."""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.common import (
    heads,
    in_headline_line,
    sentence_of,
)
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.phrases import conjuncts
from kg.extract.meetings.triggers import agreed_to, round_of, since_meeting
from kg.extract.meetings.visits import where_visit


def is_further(trigger, explicit: bool = False) -> bool:
    """'further meetings', 'another call', 'meet again': a meeting after the one reported
    (``explicit``: said so in words, not only by a plural, "meetings", which may be a
    further mention of the one reported)."""
    words = {c.lower_ for c in trigger.children} | {
        c.lower_ for h in heads(trigger, 1) for c in h.children if c.dep_ == "advmod"
    }
    # "talks" is plural in form only
    plural = trigger.tag_ == "NNS" and trigger.lower_ not in lx.PLURAL_ONLY_MEETINGS
    return (plural and not explicit) or bool(words & lx.FURTHER_MEETING_WORDS)


def is_earlier(trigger) -> bool:
    """'the two leaders last met in 2022', 'their previous meeting': a meeting before the
    one reported, not a further mention of it."""
    if since_meeting(trigger) is not None:
        return True  # "their first meeting since the Arusha summit"
    for child in trigger.children:
        if child.ent_type_ in ("DATE", "TIME"):
            continue  # "met last week" dates the meeting itself
        verb = trigger.pos_ == "VERB" and child.dep_ == "advmod"
        if verb and child.lower_ in mlx.EARLIER_MEETING_ADVERBS:
            return True
        # "the two last met in 2019": the parser may take the adverb for the subject
        misparsed = trigger.pos_ == "VERB" and child.dep_ == "nsubj" and child.pos_ != "NOUN"
        if misparsed and child.lower_ in mlx.EARLIER_MEETING_ADVERBS:
            return True
        noun = trigger.pos_ == "NOUN" and child.dep_ == "amod"
        if noun and child.lower_ in mlx.EARLIER_MEETING_ADJECTIVES:
            return True
    return False


def _body_text(trigger) -> str:
    """The trigger's sentence in lower case, without a headline merged into it."""
    sentence = sentence_of(trigger)
    return "".join(t.text_with_ws for t in sentence if not in_headline_line(t)).lower()


def _has(text: str, cue: str) -> bool:
    """Whether a cue stands in the text as whole words ("call" is not in "called off")."""
    return re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", text) is not None


def meeting_mode(trigger, own: bool = False, people: bool = True, status: str = "held") -> str:
    if own:
        words = _clause(trigger)
        sentence = "".join(_mode_text(t, trigger) for t in words).lower()
        if not any(_has(sentence, cue) for _, cues in lx.MODE_CUES for cue in cues):
            # "the first round of talks was held in the Brest region": a named place
            return (
                "in_person"
                if round_of(trigger) is not None and _held_in_place(trigger)
                else ("unknown")
            )
    else:
        sentence = "".join(
            _mode_text(t, trigger) for t in sentence_of(trigger) if not in_headline_line(t)
        ).lower()
    for mode, cues in lx.MODE_CUES:
        if any(_has(sentence, cue) for cue in cues):
            return mode
    implied = lx.MEETING_TRIGGERS.get(trigger.lemma_.lower(), "")
    if implied:
        return implied
    if status in lx.UNSTATED_MODE_STATUSES:
        return "unknown"  # "proposed talks with X": how is not yet said
    if trigger.lemma_ in lx.IN_PERSON_MEETINGS:
        return "in_person"
    # talks, of people or of states, may be held any way ("intensified talks with X"),
    # unless held in a place named ("officials of A, B and C held talks in Rome")
    if _held_in_place(trigger):
        return "in_person"
    return "unknown"


def _mode_text(token, trigger) -> str:
    """A word of the sentence as a mode cue may read it: a cue that is also a word of
    degree ("could have stopped the war virtually before it began") only on the meeting
    word or the verb it hangs on ("met virtually")."""
    anchors = (trigger.i, trigger.head.i)
    if token.pos_ == "VERB" and token.lemma_ in mlx.ATTACHED_MODE_VERBS:
        # "what he calls his peace missions, meeting X": a verb of naming
        return token.text_with_ws if token.i in anchors else " " * len(token.text_with_ws)
    if token.lower_ not in mlx.ATTACHED_MODE_CUES:
        return token.text_with_ws
    head = token.head  # ("held talks virtually on Monday": hung on the date's "on")
    if head.i in anchors or (head.dep_ == "prep" and head.head.i in anchors):
        return token.text_with_ws
    return " " * len(token.text_with_ws)


def _held_in_place(trigger) -> bool:
    """'held talks in Cairo': the meeting word, the verb it is the object or subject of, or
    the meeting noun a verb holds, has a place it took place in."""
    holders = [trigger]
    round_ = round_of(trigger)
    if round_ is not None:
        # "a third round of talks was held in Doha": the round is what is held
        holders.append(round_)
        if round_.dep_ in ("dobj", "nsubj", "nsubjpass"):
            verb = round_.head
            holders += [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if trigger.dep_ in ("dobj", "nsubj", "nsubjpass"):
        holders.append(trigger.head)
    holders += [c for c in trigger.children if c.dep_ == "dobj"]
    # "a meeting of the session ... in Minsk": the sitting it is a meeting of
    holders += [
        o
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_ in mlx.SESSION_NOUNS
    ]
    # "held talks with X in Oslo", "the talks between A and B in Algiers": the parser may
    # hang the place on the last one met
    holders += [
        m
        for holder in (trigger, trigger.head)
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ in ("with", "between", "among")
        for o in p.children
        if o.dep_ == "pobj"
        for m in conjuncts(o)
    ]
    return _for_journey(trigger) or any(
        prep.dep_ == "prep"
        and prep.lower_ in lx.MEETING_PLACE_PREPOSITIONS
        and any(o.dep_ == "pobj" and _names_place(o) for o in prep.children)
        for holder in holders
        for prep in holder.children
    )


def _for_journey(trigger) -> bool:
    """'will travel to X on Monday for talks with Y', 'was in Moscow for talks with Y':
    talks a journey is made for, or one is in a place for, are held there."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in lx.PURPOSE_PREPOSITIONS:
        return False
    journey = prep.head
    if journey.lemma_ in lx.JOURNEY_VERBS | lx.TRAVEL_VERBS | lx.VISIT_WORDS:
        return True
    # "was in Moscow on Monday for talks with X", "is expected in Brussels for talks": one
    # present in a place named for them
    return any(
        p.dep_ == "prep"
        and p.lower_ in lx.MEETING_PLACE_PREPOSITIONS
        and any(o.dep_ == "pobj" and _names_place(o) for o in p.children)
        for p in journey.children
    )


def _names_place(phrase) -> bool:
    """'in Cairo', 'in the Brest region of Belarus': a place the model names."""
    if phrase.ent_type_ in ("GPE", "FAC"):
        return True
    if any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "FAC") for c in phrase.children):
        return True  # "the Brest region"
    if phrase.lemma_.lower() in mlx.PLACE_NOUNS:
        return True  # "in the Chadian capital"
    # "the region of Brest", "in progress in Minsk", "in a hotel in Doha" (not "in the
    # history of relations with X")
    return any(
        c.dep_ == "prep"
        and c.lower_ in lx.MEETING_PLACE_PREPOSITIONS | {"of"}
        and any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "FAC") for o in c.children)
        for c in phrase.children
    )


def meeting_status(trigger, default: str = "held") -> str:
    words = _clause(trigger)
    text = " ".join(t.lower_ for t in words)
    for status, cues in lx.STATUS_CUES:
        if any(_cue_in(cue, text) for cue in cues):
            # "were supposed to meet in X, but the trip was called off"
            return "cancelled" if status != "cancelled" and _called_off(trigger) else status
    if any(t.dep_ in ("aux", "auxpass") and t.lower_ in lx.FUTURE_AUXILIARIES for t in words):
        return "scheduled"
    if agreed_to(trigger):
        return "proposed"
    # a broken parse can cut the trigger off its verb: cues that speak of nothing but
    # meetings still count anywhere in the sentence
    sentence = _body_text(trigger)
    for status, cues in lx.SENTENCE_STATUS_CUES:
        if any(f" {cue}" in f" {sentence}" for cue in cues):
            return status
    return default


def _cue_in(cue: str, text: str) -> bool:
    """Whether a status cue starts a word of the text ("cancel" in "cancelled"); one that
    ends in "to" is whole ("is to" is not in "is today")."""
    if cue.endswith(" to"):
        return _has(text, cue)
    return f" {cue}" in f" {text}"


def _called_off(trigger) -> bool:
    """'... were supposed to meet in X, but the Vatican called the trip off': a verb of
    cancelling in the sentence of a meeting to come, whose object is a meeting word."""
    for verb in sentence_of(trigger):
        if verb.pos_ != "VERB" or verb.i == trigger.i:
            continue
        particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        if not (
            verb.lemma_ in mlx.CANCELLING_VERBS
            or any((verb.lemma_, p) in mlx.CANCELLING_PHRASAL_VERBS for p in particles)
        ):
            continue
        if any(
            c.dep_ in ("dobj", "nsubjpass")
            and (c.lemma_ in lx.MEETING_NOUNS or c.lower_ in lx.MEETING_NOUNS)
            for c in verb.children
        ):
            return True
    return False


def is_planned(trigger) -> bool:
    text = " ".join(t.lower_ for t in _clause(trigger))
    return any(_cue_in(cue, text) for cue in lx.PLAN_CUES) or agreed_to(trigger)


def _clause(trigger) -> list:
    """The words that can tell a meeting's status: the trigger's own phrase, the words it
    hangs on and their auxiliaries ('were expected to speak', 'the talks were called off'),
    not the rest of the sentence ('during his visit, he announced a plan to invest')."""
    # ("called X to offer him the post": what a call was for does not say whether it was held)
    purpose = {
        t.i
        for c in trigger.children
        if _is_purpose(trigger, c) or _content_clause(c)
        for t in c.subtree
    }
    if trigger.lemma_ in lx.TELLING_VERBS:
        # "Xi told Lukashenko: 'we will ...'", "told X in a call that the vote would be held
        # as planned": what was told, or where, is not whether they met; the verb is
        purpose |= {
            t.i for c in trigger.children if c.dep_ not in _STATUS_DEPENDENTS for t in c.subtree
        }
    ids = {t.i for t in trigger.subtree} - purpose
    visit = where_visit(trigger)
    if visit is not None:
        # "cancelled a planned visit to Seoul, where she was to meet X": the visit's status
        ids.update(t.i for t in _clause(visit))
    for node in heads(trigger, 4):
        ids.add(node.i)
        ids.update(c.i for c in node.children if c.dep_ in _STATUS_DEPENDENTS)
    doc = trigger.doc
    return [doc[i] for i in sorted(ids) if not in_headline_line(doc[i])]


def _content_clause(clause) -> bool:
    """'told X in a call that the vote would be held': a clause with "that" and a subject
    of its own, which the parser hung on the meeting noun as a relative clause, says what
    was said, not when the meeting was."""
    return (
        clause.dep_ in ("relcl", "acl")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _is_purpose(verb, clause) -> bool:
    """'... to offer him the post' after a meeting verb: the infinitive it was held for."""
    return (
        verb.pos_ == "VERB"
        and clause.i > verb.i
        and clause.dep_ in ("advcl", "xcomp")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
    )


# dependents of the words above a trigger that bear on its status
_STATUS_DEPENDENTS = ("aux", "auxpass", "neg", "prt", "advmod", "npadvmod")
