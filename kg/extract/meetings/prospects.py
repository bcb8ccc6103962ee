"""Meetings to come whose status the plain tense of their clause does not tell: one only
sought, arranged or talked of ("asked for talks with X", "working to arrange talks
between A and B", "talk of a summit", "a meeting with X is possible"), and one to come
whose sentence says its date is open ("will visit X, though no date was given") with
no time in its own clause: proposed (GUIDELINES: scheduled is announced with a time,
proposed is planned without one).

Invariants: what is sought and the meeting's own time are read only from the words of its
own clause and of the words it hangs on, not those of another event told in its sentence
(``other_events``); that the date is open may be said anywhere in the sentence (outside a
headline; a negated confirming verb only of the meeting, a meeting word or its date); a
time counts only when it names a day, a week or a month to come, not a vague one ("later
this year", "soon") nor a span to keep within ("within three months")."""

from __future__ import annotations

from kg.extract.common import heads, in_headline_line
from kg.extract.lexicon import meeting_prospects as px


def sought(trigger, others: frozenset[int]) -> bool:
    """A meeting noun asked for, arranged, agreed to or talked of, or said to be possible;
    ``others``: the words of other events in its sentence."""
    if trigger.pos_ != "NOUN":
        return False
    return _sought_by_verb(trigger, others) or _talked_of(trigger) or _possible(trigger)


def _sought_by_verb(noun, others) -> bool:
    """'asked for talks with X', 'to arrange a meeting between A and B', 'agreed in
    principle to talks', 'a call to be arranged': the object of a verb of seeking."""
    verb, prep = noun.head, None
    if noun.dep_ == "pobj":
        prep, verb = noun.head, noun.head.head
    if verb.i in others or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if prep is not None:
        return (lemma, prep.lower_) in px.SEEKING_PHRASAL_VERBS
    if noun.dep_ == "dobj":
        return lemma in px.SEEKING_VERBS or (lemma in px.ARRANGING_VERBS and _not_done(verb))
    if noun.dep_ == "nsubjpass":
        return lemma in px.ARRANGING_VERBS and _not_done(verb)
    return False


def _not_done(verb) -> bool:
    """'working to arrange a meeting', 'is being arranged', 'to be arranged': an
    infinitive or a progressive, not 'arranged a meeting' (which may have taken place)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    infinitive = any(a.lower_ == "to" for a in auxiliaries)
    progressive = verb.tag_ == "VBG" or any(a.lower_ == "being" for a in auxiliaries)
    return infinitive or progressive


def _talked_of(noun) -> bool:
    """'talk of a summit', 'a date for talks', 'the prospect of talks': a meeting
    that is what a noun of talk or prospect is about."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    head = prep.head
    return head.pos_ == "NOUN" and (head.lemma_.lower(), prep.lower_) in px.PROSPECT_NOUN_PHRASES


def _possible(noun) -> bool:
    """'a meeting with X is possible', 'talks remain unlikely': a meeting noun whose verb
    says only how likely it is."""
    if noun.dep_ != "nsubj":
        return False
    return any(
        c.dep_ == "acomp" and c.lower_ in px.LIKELIHOOD_ADJECTIVES for c in noun.head.children
    )


def has_own_time(trigger, top, others: frozenset[int]) -> bool:
    """Whether the words from the meeting up to ``top`` (the highest word of its clause,
    included), less those of other events, name a time to come that fixes it: a day, a
    week or a month ("next month", "in two weeks", "on Thursday", "later this week", "in
    the coming days"), not a vague one nor a span to keep within."""
    words = {t.i for t in top.subtree} - set(others)
    doc = trigger.doc
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or ent.start not in words:
            continue
        if in_headline_line(doc[ent.start]):
            continue
        text = ent.text.lower()
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before in px.SPAN_PREPOSITIONS or any(w in text for w in px.UNFIXED_TIME_WORDS):
            continue
        if any(t.lower_ in px.PAST_TIME_WORDS for t in ent):
            continue
        if any(t.lower_ in px.FIXING_TIME_WORDS or t.like_num for t in ent):
            return True
    return False


def date_left_open(trigger) -> bool:
    """'..., though no date was given', 'without a date being set', 'although the
    trip has not been confirmed': a sentence that says the time of what it plans is open
    (a negated confirming verb only when its subject is the meeting or a word of one)."""
    sentence = trigger.sent
    text = " ".join(t.lower_ for t in sentence if not in_headline_line(t))
    if any(f" {phrase} " in f" {text} " for phrase in px.OPEN_DATE_PHRASES):
        return True
    return any(_plan_unsettled(token, trigger) for token in sentence)


def _plan_unsettled(verb, trigger) -> bool:
    """'the visit has not been confirmed', 'it had not been finalised', 'the ministry
    has not confirmed the trip'."""
    if verb.lemma_.lower() not in px.UNSETTLED_VERBS or in_headline_line(verb):
        return False
    if not any(child.dep_ == "neg" for child in verb.children):
        return False
    return any(
        child.dep_ in ("nsubj", "nsubjpass", "dobj")
        and (child.i == trigger.i or child.lower_ in px.UNSETTLED_PLAN_SUBJECTS)
        for child in verb.children
    )


def clause_top(trigger):
    """The highest word of the meeting's own clause: the trigger, or the words it hangs on
    by an infinitive, an object or a preposition ('is expected to travel to X for talks':
    "expected"), not a clause it is reported in."""
    top = trigger
    for node in heads(trigger, 4):
        if top.dep_ not in _CLAUSE_DEPS:
            break
        top = node
    return top


_CLAUSE_DEPS = ("xcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "acomp", "advcl")
