"""Mode and status of a meeting: in person, by phone or video; held, scheduled, proposed or
cancelled, from the cue words of the trigger's own clause."""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.actors.states import city_country
from kg.extract.common import (
    heads,
    in_headline_line,
    sentence_of,
)
from kg.extract.lexicon import meeting_modes as mmx
from kg.extract.lexicon import meetings as mlx
from kg.extract.lexicon.common import CONDITION_MARKS
from kg.extract.meetings.alongside import alongside_objects
from kg.extract.meetings.appearances import attended_together
from kg.extract.meetings.calls import called_by_person, called_on
from kg.extract.meetings.counterparts_abroad import places_of_counterparts
from kg.extract.meetings.negations import having_clause
from kg.extract.meetings.phone_spells import on_the_phone_before
from kg.extract.meetings.phrases import conjuncts
from kg.extract.meetings.prospects import (
    clause_top,
    date_left_open,
    has_own_time,
    sought,
)
from kg.extract.meetings.rounds import round_of
from kg.extract.meetings.telling import is_summoning
from kg.extract.meetings.triggers import (
    agreed_to,
    agreeing_verb,
    is_trigger,
    other_sense,
    since_meeting,
)
from kg.extract.meetings.visits import awaited_in, awaiting_words, where_visit


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
        if verb and child.lower_ in mmx.EARLIER_MEETING_ADVERBS:
            return True
        # "the two last met in 2019": the parser may take the adverb for the subject
        misparsed = trigger.pos_ == "VERB" and child.dep_ == "nsubj" and child.pos_ != "NOUN"
        if misparsed and child.lower_ in mmx.EARLIER_MEETING_ADVERBS:
            return True
        noun = trigger.pos_ == "NOUN" and child.dep_ == "amod"
        if noun and child.lower_ in mmx.EARLIER_MEETING_ADJECTIVES:
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
    if called_on(trigger):
        return "in_person"  # "A called on B at his palace": a call paid on B
    if trigger.lemma_.lower() in mlx.PHRASAL_SUMMONING_VERBS and is_summoning(trigger):
        return "in_person"  # "the envoy was called in to the ministry": met there
    others = other_events(trigger, manner=True)
    if own:
        words = [t for t in _clause(trigger) if t.i not in others]
        sentence = "".join(_mode_text(t, trigger) for t in words).lower()
        if not any(_has(sentence, cue) for _, cues in lx.MODE_CUES for cue in cues):
            # "the first round of talks was held in the Brest region": a named place;
            # "they met again after a summit in Oslo": "met" is in person
            met = trigger.pos_ == "VERB" and trigger.lemma_ in lx.IN_PERSON_MEETINGS
            held_there = round_of(trigger) is not None and _held_in_place(trigger)
            if met or held_there:
                return "in_person"
            # "“X called me to share his condolences”": a verb of phoning says its way
            phoned = lx.MEETING_TRIGGERS.get(trigger.lemma_.lower()) == "phone"
            return "phone" if trigger.pos_ == "VERB" and phoned else "unknown"
    else:
        # "a summit by video link urged A and B to meet in person": a cue of the meeting's
        # own clause says its way before one of the rest of the sentence (not the meeting
        # word itself: "will join the summit by video link")
        # (the meeting word does count inside a cue of several words: "hosted a video call")
        own = [t for t in _clause(trigger) if t.i not in others]
        own_text = "".join(_mode_text(t, trigger) for t in own if t.i != trigger.i).lower()
        with_word = "".join(_mode_text(t, trigger) for t in own).lower()
        own_mode = next(
            (
                m
                for m, cues in lx.MODE_CUES
                if any(_has(own_text, c) or (" " in c and _has(with_word, c)) for c in cues)
            ),
            None,
        )
        if own_mode is not None:
            return own_mode
        sentence = "".join(
            " " * len(t.text_with_ws) if t.i in others else _mode_text(t, trigger)
            for t in sentence_of(trigger)
            if not in_headline_line(t)
        ).lower()
    for mode, cues in lx.MODE_CUES:
        if any(_has(sentence, cue) for cue in cues):
            return mode
    implied = lx.MEETING_TRIGGERS.get(trigger.lemma_.lower(), "")
    if trigger.pos_ == "VERB" and (attended_together(trigger) or alongside_objects(trigger)):
        implied = "in_person"  # "attended a ceremony together with X": side by side there
    if trigger.pos_ == "VERB" and trigger.lemma_ in lx.TRAVEL_VERBS:
        implied = "in_person"  # "went to Italy": a journey there, however it is told
    if implied:
        return implied
    if status in lx.UNSTATED_MODE_STATUSES:
        # "proposed talks with X": how is not yet said; "plans to meet X in Delhi": it is
        return "in_person" if _held_in_place(trigger) else "unknown"
    if trigger.lemma_ in lx.IN_PERSON_MEETINGS:
        return "in_person"
    # talks, of people or of states, may be held any way ("intensified talks with X"),
    # unless held in a place named ("officials of A, B and C held talks in Rome")
    if _held_in_place(trigger):
        return "in_person"
    if status == "held" and on_the_phone_before(trigger):
        return "phone"  # "X spent the day on the phone. He spoke with Y"
    return "unknown"


def _counterparts_in_several(word) -> bool:
    """'his counterparts in Japan, India and Canada': plural counterparts placed in two or
    more places, each where one of them is."""
    return any(len(places) >= 2 for places in places_of_counterparts(word))


def _mode_text(token, trigger) -> str:
    """A word of the sentence as a mode cue may read it: a cue that is also a word of
    degree ("could have stopped the war virtually before it began") only on the meeting
    word or the verb it hangs on ("met virtually")."""
    anchors = (trigger.i, trigger.head.i)
    if token.pos_ == "NOUN" and other_sense(token):
        return " " * len(token.text_with_ws)  # "after his call for a ceasefire"
    if token.pos_ == "VERB" and token.lemma_ in mmx.ATTACHED_MODE_VERBS:
        # "what he calls his peace missions, meeting X": a verb of naming
        return token.text_with_ws if token.i in anchors else " " * len(token.text_with_ws)
    if token.lower_ not in mmx.ATTACHED_MODE_CUES:
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
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    holders += objects
    # "the talks that A held with B in Luanda"
    clause = having_clause(trigger)
    holders += [clause] if clause is not None else []
    # "a meeting of the session ... in Minsk": the sitting it is a meeting of
    holders += [
        o
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_ in mlx.SESSION_NOUNS
    ]
    # "held talks with X in Oslo", "the talks between A and B in Algiers": the parser may
    # hang the place on the last one met, or on the name in apposition to their role
    # ("talks with the trade envoy, A B, in Lima")
    holders += [
        named
        # ("will hold talks with X in Delhi": the talks the verb holds)
        for holder in (trigger, trigger.head, *objects, *([clause] if clause is not None else []))
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ in ("with", "between", "among")
        for o in p.children
        if o.dep_ == "pobj"
        for m in conjuncts(o)
        # ("negotiating with the government in Damascus": the seat of the one met)
        if m.lemma_.lower() not in mlx.GOVERNMENT_NOUNS
        # ("his counterparts in A and B": where each of them is, not where they met;
        # "his counterparts in Cairo", one place, is where the talks were)
        and not _counterparts_in_several(m)
        for named in (m, *(a for a in m.children if a.dep_ == "appos"))
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
    # present in a place named for them ("is due in Kyiv for talks": the place on "due")
    return any(
        p.dep_ == "prep"
        and p.lower_ in lx.MEETING_PLACE_PREPOSITIONS
        and any(o.dep_ == "pobj" and _names_place(o) for o in p.children)
        for holder in [journey, *awaiting_words(journey)]
        for p in holder.children
    )


def _names_place(phrase) -> bool:
    """'in Cairo', 'in the Brest region of Belarus': a place the model names."""
    if phrase.ent_type_ in ("GPE", "FAC", "LOC"):
        return True  # ("to meet X in Europe", "talks in the Gulf": a region is a place too)
    if any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "FAC") for c in phrase.children):
        return True  # "the Brest region"
    if phrase.lemma_.lower() in mlx.PLACE_NOUNS:
        return True  # "in the Chadian capital"
    if _untagged_city(phrase):
        return True  # "in Chiclayo", "in Nakhon Sawan": a city the model did not tag
    # "the region of Brest", "in progress in Minsk", "in a hotel in Doha" (not "in the
    # history of relations with X")
    return any(
        c.dep_ == "prep"
        and c.lower_ in lx.MEETING_PLACE_PREPOSITIONS | {"of"}
        and any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "FAC") for o in c.children)
        for c in phrase.children
    )


def _untagged_city(phrase) -> bool:
    """A proper name the model left untagged or took for an organisation that names a city
    of the place table by its compound words ("Nakhon Sawan"); a name the model took for a
    person's is none (the model's tag is all that tells a person of a city's namesake)."""
    if phrase.pos_ != "PROPN" or phrase.ent_type_ not in ("", "ORG"):
        return False
    words = [c for c in phrase.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    start = words[0].i if words else phrase.i
    return city_country(phrase.doc[start : phrase.i + 1].text) is not None


def meeting_status(trigger, default: str = "held") -> str:
    if had_already(trigger):
        return "held"  # "offered details on the conversation he had with X"
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in mmx.HELD_BEFORE_ADJECTIVES for c in trigger.children
    ):
        return "held"  # "would follow an earlier round held in Rome": one held before
    if called_by_person(trigger):
        # "Trump called Vance on Monday, to offer ...", read by the parser as a participle:
        # a simple past (a call to come has its auxiliary, "will call")
        return "held"
    if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in mlx.INVITATION_NOUNS:
        return "proposed"  # "received an invitation to visit X": invited (GUIDELINES)
    if _not_managed(trigger):
        return "cancelled"  # "was unable to meet X on August 3": it did not take place
    words = _clause(trigger)
    text = " ".join(t.lower_ for t in words)
    for status, cues in lx.STATUS_CUES:
        if any(_cue_in(cue, text) for cue in cues):
            # "were supposed to meet in X, but the trip was called off"
            return "cancelled" if status != "cancelled" and _called_off(trigger) else status
    if (
        _wished(trigger)
        or _possible(trigger)
        or _talked_of(trigger)
        or sought(trigger, other_events(trigger))
    ):
        # "wants to meet X", "if the two meet", "the two can meet", "a visit ... had been
        # discussed", "asked for talks with X"
        return "proposed"
    if any(t.dep_ in ("aux", "auxpass") and t.lower_ in lx.FUTURE_AUXILIARIES for t in words):
        return "scheduled"
    if agreed_to(trigger):
        return "proposed"
    if _awaited_for(trigger) or awaited_in(trigger):
        return "scheduled"  # "X is expected in Beirut early next week for talks with Y"
    if _future_in_past(trigger) or _progressive_ahead(trigger):
        return "scheduled"  # "said he would meet X on Friday", "is meeting X on Friday"
    # a broken parse can cut the trigger off its verb: cues that speak of nothing but
    # meetings still count anywhere in the sentence
    others = other_events(trigger)
    sentence = "".join(
        t.text_with_ws
        for t in sentence_of(trigger)
        if not in_headline_line(t) and t.i not in others
    ).lower()
    for status, cues in lx.SENTENCE_STATUS_CUES:
        # (a cue may stand in quotation marks: 'agreed "in principle" to talks')
        if any(re.search(rf"(?<!\w){re.escape(cue)}", sentence) for cue in cues):
            return status
    return default


def _not_managed(trigger) -> bool:
    """'was unable to meet X', 'failed to meet X': a meeting tried and not had."""
    head = trigger.head
    if trigger.pos_ != "VERB" or trigger.dep_ != "xcomp":
        return False
    return head.lemma_.lower() in mmx.NOT_MANAGED_WORDS or (
        head.lemma_.lower() == "able" and any(c.dep_ == "neg" for c in head.children)
    )


def simple_past(trigger) -> bool:
    """'the two leaders spoke by phone on Tuesday': a meeting verb in the simple past, which
    says the meeting was held, whatever the status of one it refers back to."""
    return trigger.pos_ == "VERB" and trigger.tag_ == "VBD"


def _talked_of(trigger) -> bool:
    """'a visit by an X delegation had been discussed': a meeting noun that is the passive
    subject of a verb of talking a plan over."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "nsubjpass"
        and trigger.head.lemma_.lower() in mmx.TALKED_OF_VERBS
    )


def vaguely_timed(trigger) -> bool:
    """'is expected to visit Moscow later this year': a meeting to come whose clause gives
    no time but a vague one (mmx.VAGUE_FUTURE_TIMES)."""
    text = " ".join(t.lower_ for t in _clause(trigger))
    return any(_cue_in(cue, text) for cue in mmx.VAGUE_FUTURE_TIMES)


def had_already(noun) -> bool:
    """'the conversation he had with X', 'the talks that A has held with B': a meeting noun
    whose relative clause of having it is in a past tense was held, whatever the sentence
    around it proposes or plans."""
    clause = having_clause(noun)
    return (
        clause is not None
        and (
            clause.tag_ == "VBD"
            or (clause.tag_ == "VBN" and any(a.dep_ == "aux" for a in clause.children))
        )
        and not any(a.dep_ == "neg" or a.tag_ == "MD" for a in clause.children)
    )


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
            verb.lemma_ in mmx.CANCELLING_VERBS
            or any((verb.lemma_, p) in mmx.CANCELLING_PHRASAL_VERBS for p in particles)
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


def left_open(trigger) -> bool:
    """'is expected to travel to X, though its date is not yet finalised': a
    meeting to come whose sentence says its time is open and whose clause names none."""
    return date_left_open(trigger) and not has_own_time(
        trigger, clause_top(trigger), other_events(trigger)
    )


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
        # "the visit ... was on hold", "was under consideration": the phrase telling it
        ids.update(
            t.i
            for c in node.children
            if c.dep_ == "prep"
            and any((c.lower_, o.lower_) in mmx.STATUS_PREP_PHRASES for o in c.children)
            for t in c.subtree
        )
    if trigger.dep_ == "xcomp":
        # "X is due to meet Y", parsed with the infinitive on "is": "due" tells its status
        ids.update(c.i for c in trigger.head.children if c.dep_ == "acomp" and c.i < trigger.i)
    doc = trigger.doc
    # ("met X on Monday, saying they will sign a deal": the other clause's future)
    ids -= other_events(trigger)
    return [doc[i] for i in sorted(ids) if not in_headline_line(doc[i])]


def _awaited_for(trigger) -> bool:
    """A meeting noun that one is expected or due somewhere for."""
    prep = trigger.head
    return (
        trigger.dep_ == "pobj"
        and prep.lower_ in lx.PURPOSE_PREPOSITIONS
        and bool(awaiting_words(prep.head))
    )


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


def _verb_of(trigger):
    """The verb a meeting is told by: the trigger, or the verb holding it ("will hold talks")."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    holder = trigger.head
    if trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and holder.pos_ in ("VERB", "AUX"):
        return holder
    journey = holder.head  # ("heads to Bogota on Friday for talks with X")
    if (
        trigger.dep_ == "pobj"
        and holder.lower_ in lx.PURPOSE_PREPOSITIONS
        and journey.lemma_ in _JOURNEYS
    ):
        return journey
    return None


def _wished(trigger) -> bool:
    """'wants to meet X', 'has asked to meet X', 'tried to call X': a meeting only wished
    for or tried, the infinitive of a verb of wishing (mmx.WISHING_VERBS)."""
    verb = _verb_of(trigger)
    return (
        verb is not None
        and (verb.i == trigger.i or verb.lemma_ in mlx.HOLDING_VERBS)
        and verb.dep_ == "xcomp"
        and verb.head.lemma_ in mmx.WISHING_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _possible(trigger) -> bool:
    """'if A and B meet for a debate', 'hopes that the two can meet': a meeting under a
    condition, or only possible (a modal of possibility, not 'may have met')."""
    verb = _verb_of(trigger)
    if verb is None:
        return False
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children):
        return True
    auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ in mmx.POSSIBILITY_MODALS for a in auxiliaries) and not any(
        a.lemma_ == "have" for a in auxiliaries
    )


def _future_in_past(trigger) -> bool:
    """'said he would meet X on Friday', 'would hold talks with X': the future told in
    the past, not a counterfactual ('would have met') nor a condition ('if ... would')."""
    verb = _verb_of(trigger)
    # ("would travel to Delhi to meet X": the journey's modal)
    while verb is not None and verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.pos_ == "VERB":
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children):
            break
        verb = verb.head
    if verb is None:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in mmx.FUTURE_IN_PAST_AUXILIARIES for a in auxiliaries):
        return False
    if any(a.lemma_ == "have" for a in auxiliaries):
        return False
    if verb.tag_ in ("VBN", "VBD") and any(a.lower_ in mmx.CONTRACTED_HAD for a in auxiliaries):
        return False  # "she'd had calls with X", "he'd met X": "had", the past before
    clauses = [verb, *heads(verb, 2)]
    return not any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for v in clauses for c in v.children
    )


def _progressive_ahead(trigger) -> bool:
    """'is meeting X on Friday', 'are holding talks next Monday': the present progressive
    with a day of its own (a weekday, a date, "tomorrow") is a meeting to come; without
    one ("are holding talks in Delhi") it is under way."""
    verb = _verb_of(trigger)
    if verb is not None and verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_ in _JOURNEYS:
        verb = verb.head  # ("travels to Bogota on Friday to meet X": the journey's tense)
    if verb is None or in_headline_line(verb):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    progressive = verb.tag_ == "VBG" and any(
        c.lower_ in mmx.PRESENT_AUXILIARIES for c in auxiliaries
    )
    # "travels to Bogota on Friday", "heads to X on Friday for talks": the present of a
    # journey, with a day of its own, is one to come
    simple = verb.tag_ in ("VBZ", "VBP") and not auxiliaries and verb.lemma_ in _JOURNEYS
    if not (progressive or simple):
        return False
    days = set(lx.WEEKDAYS) | set(lx.MONTHS) | _AHEAD_WORDS
    return any(
        t.ent_type_ == "DATE"
        and t.lower_ in days
        and not any(h.pos_ in ("VERB", "AUX") for h in heads(t, 8)[: _depth(t, verb)])
        for t in verb.subtree
        if t.i != verb.i
    )


def _depth(token, verb) -> int:
    """How many heads lie between a token and a verb above it (the verb excluded)."""
    path = heads(token, 8)
    return next((n for n, h in enumerate(path) if h.i == verb.i), 0)


_AHEAD_WORDS = frozenset(["tomorrow", "next"])
_JOURNEYS = lx.JOURNEY_VERBS | lx.TRAVEL_VERBS


# dependents of the words above a trigger that bear on its status
_STATUS_DEPENDENTS = ("aux", "auxpass", "neg", "prt", "advmod", "npadvmod")


def other_events(trigger, manner: bool = False) -> frozenset[int]:
    """``_other_events``, computed once per trigger and doc (the mode, status, date and
    aside checks all ask for it). Callers may not change the set they get."""
    cache = trigger.doc.user_data.setdefault("kg_other_events", {})
    key = (trigger.i, manner)
    if key not in cache:
        cache[key] = frozenset(_other_events(trigger, manner))
    return cache[key]


def _other_events(trigger, manner: bool = False) -> set[int]:
    """The words of the trigger's sentence that tell of something else than its meeting:
    another clause ("X, who will visit India next month, spoke with Y"; "met X and later
    phoned Y"; "days after he visited Kyiv"), a phrase placing another event before or
    after it or giving its topic ("ahead of a summit in Z", "talked about the visit of
    troops", "discussed the upcoming summit with Y"). ``manner``: keep a participle with no
    subject of its own, which tells how the meeting went ("spoke to X, shaking his hand")."""
    above = {trigger.i, *(h.i for h in trigger.ancestors)}
    round_ = round_of(trigger)
    own_nouns = {trigger.i} | ({round_.i} if round_ is not None else set())
    out: set[int] = set()
    for token in sentence_of(trigger):
        if token.i in above or token.i in out:
            continue
        if (
            _other_clause(token, own_nouns, manner)
            or _other_event_phrase(token)
            or _topic_of(token, trigger)
        ):
            out.update(t.i for t in token.subtree)
    out |= _earlier_conjunct(trigger)
    agreeing = agreeing_verb(trigger)
    if agreeing is not None:
        # "agreed by phone on Thursday to meet again in Athens": how and when they agreed,
        # not how or when they will meet
        out.update(
            t.i
            for c in agreeing.children
            if c.dep_ in ("prep", "agent", "npadvmod") and c.i not in above
            for t in c.subtree
        )
    return out


def _earlier_conjunct(trigger) -> set[int]:
    """'A phoned B on Thursday, and C is due in Asmara on Sunday': the clause before the
    one of the meeting, with a subject of its own, tells of another event (its "phoned"
    and its day are not C's); so does one before a verb of a later time ("had raised it
    during a video call on Monday and would discuss it with X")."""
    clause = next((n for n in [trigger, *heads(trigger, 3)] if n.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ != "conj":
        return set()
    own = _has_subject(clause) and _has_subject(clause.head)
    if not (own or _later_than_head(clause)):
        return set()
    return {t.i for t in clause.head.subtree} - {t.i for t in clause.subtree}


def _later_than_head(clause) -> bool:
    """'had raised it during a video call on Monday and would discuss it with X': a verb
    joined by "and" with an auxiliary of a later time that the verb before it lacks."""

    def later(verb) -> bool:
        return any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in mmx.LATER_CONJUNCT_AUXILIARIES
            for c in verb.children
        )

    return later(clause) and not later(clause.head)


def _other_clause(token, own_nouns, manner: bool = False) -> bool:
    """A clause of another event: not a clause on the meeting noun itself ("talks, which
    had been scheduled for Friday"), nor a journey told by a participle with no subject of
    its own ("after arriving in Kyiv, X held talks with Y")."""
    if token.dep_ not in mmx.OTHER_EVENT_CLAUSES or token.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ in ("relcl", "acl") and token.head.i in own_nouns:
        return False
    if manner and token.dep_ == "advcl" and _participle(token):
        return False
    if token.dep_ == "advcl" and not _participle(token) and not _has_subject(token):
        return False  # a finite clause with no subject: a broken parse of the same sentence
    return not _journey_participle(token)


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _participle(verb) -> bool:
    """A participle with no subject (nor a mark) of its own ("..., shaking his hand")."""
    return verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children
    )


def _journey_participle(verb) -> bool:
    journeys = lx.TRAVEL_VERBS | lx.JOURNEY_VERBS | lx.VISIT_WORDS
    return (
        verb.tag_ in ("VBG", "VBN")
        and verb.lemma_ in journeys
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _other_event_phrase(token) -> bool:
    """'after his call for a ceasefire', 'ahead of a summit', 'about the visit': a phrase
    on another event or the topic (not "after arriving in Kyiv")."""
    if token.lower_ not in mmx.OTHER_EVENT_PREPOSITIONS:
        return False
    if token.dep_ not in ("prep", "advmod", "mark"):
        return False
    return not any(_journey_participle(t) for t in token.subtree if t.pos_ == "VERB")


def _topic_of(token, trigger) -> bool:
    """'discussed the upcoming summit with X': the object of a verb of discussing."""
    return token.dep_ == "dobj" and token.head.i == trigger.i and trigger.lemma_ in mmx.TOPIC_VERBS


def is_aside(trigger) -> bool:
    """'spoke with X ahead of a summit in Y', 'A, who will visit India, spoke with B': a
    meeting word in a phrase or clause about another event than the meeting verb above it
    (it lends that meeting neither its mode nor its date)."""
    return any(is_trigger(h) and trigger.i in other_events(h) for h in heads(trigger, 6))
