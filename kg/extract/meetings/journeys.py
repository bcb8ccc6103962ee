"""Journeys made to meet someone named: 'travelled to X to meet Y', 'is expected to travel to
X to meet with Y later this year', 'was travelling to X to sign a security pact with Y', 'a
trip to X, during which he met Y and Z', and a visit told of one met ('held talks with Y,
who is paying a state visit to X'; 'Y, who arrived in X on Monday, met with Z').

Invariants: the one met on such a journey is its host, so the state of the place is no side
of a meeting of its own (GUIDELINES: only an unnamed host is entered as its state); the
traveller meets them in person; an infinitive of purpose has no tense of its own, so the
meeting is as far along as the journey (expected, held, called off); the pronoun of a
"during which" clause is the traveller; the journey's day is the meeting's; one named
beside others left unnamed ('to meet X and other officials') is met all the same. Only the
parse and lexicon tables are read here:
this module imports nothing of the meetings package (visits and the reading of a meeting
both call it), so no import cycle can pass through it.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import objects_of, subject_climb
from kg.extract.lexicon import meeting_sides as rgx
from kg.extract.lexicon import meetings as mlx


def purpose_of(journey):
    """'travelled to X to meet Y', 'a trip to X to sign a pact with Y': the verb of an
    infinitive of purpose on a journey word that meets a person it names; None if none."""
    if not _journey_word(journey):
        return None
    return next((c for c in journey.children if journey_of(c) is not None), None)


def journey_of(word):
    """The journey a meeting word is the purpose of ('travelled to X to meet Y'; for 'to
    hold talks with Y', the talks too), or that a "during which" clause of it is told on;
    None if none."""
    verb = word
    if word.pos_ == "NOUN" and word.dep_ == "dobj":
        verb = word.head  # "to hold talks with Y": the talks held
    during = _during(verb)
    if during is not None or verb.pos_ != "VERB" or verb.lemma_ not in mlx.PURPOSE_MEETING_VERBS:
        return during
    journey = _journey_above(verb)
    if verb.dep_ not in ("advcl", "acl", "relcl") or journey is None:
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None  # ("travelled to X and met Y": a verb of its own tense)
    return journey if people_met(verb) else None


def _journey_above(verb):
    """The journey word an infinitive hangs on, or on the time phrase of ('going on to X the
    following day to meet Y', which the parser hangs on "day"); None if none."""
    head = verb.head
    if _journey_word(head):
        return head
    if head.dep_ == "npadvmod" and head.pos_ == "NOUN" and _journey_word(head.head):
        return head.head
    return None


def _during(verb):
    """'a trip to X, during which he met Y': the journey a "during which" clause of a
    meeting verb hangs on, if it names a person."""
    if verb.pos_ != "VERB" or verb.dep_ != "relcl" or not _journey_word(verb.head):
        return None
    if verb.lemma_ not in lx.MEETING_VERBS and not people_met(verb):
        return None
    during = any(
        c.dep_ == "prep"
        and c.lower_ in mlx.DURING_PREPOSITIONS
        and any(o.tag_ in lx.RELATIVE_TAGS for o in c.children)
        for c in verb.children
    )
    named = any(t.ent_type_ == "PERSON" for t in verb.subtree)
    return verb.head if during and named else None


def met_during(journey) -> bool:
    """Whether a "during which" clause on the journey reports meeting a person named."""
    return _journey_word(journey) and any(
        c.dep_ == "relcl" and _during(c) is not None for c in journey.children
    )


def people_met(verb) -> list:
    """The people a verb of purpose meets: its object ('to meet Y'), or those of a "with"
    on it or on its object ('to meet with Y', 'to sign a pact with Y'), each phrase that
    names a person."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    phrases = [o for h in holders for o in objects_of(h, "with")]
    if verb.lemma_ in mlx.PURPOSE_MET_OBJECT_VERBS:
        phrases += [c for c in verb.children if c.dep_ == "dobj"]
    return [p for p in phrases if any(t.ent_type_ == "PERSON" for t in p.subtree)]


def signed_on_journey(verb) -> list:
    """'was travelling to X to sign a security pact with Y': one who travels to sign a text
    with a person named meets them there; the phrases of those signed with ([] if the verb
    is no such purpose)."""
    if verb.lemma_ not in rgx.SIGNING_VERBS or journey_of(verb) is None:
        return []
    return people_met(verb)


def visit_of_one_met(visit) -> bool:
    """'held talks with Y, who is paying a state visit to X', 'Y, who arrived in X on
    Monday, met with Z': a visit told in a relative clause on one met in the sentence's
    meeting is that meeting, not one with the state of the place."""
    return meeting_of_visitor(visit) is not None


def meeting_of_visitor(visit):
    """The meeting word of the sentence whose participant a relative clause on a visit
    (or journey) is told of; None if none."""
    if not _journey_word(visit):
        return None
    clause = visit
    for _ in range(3):
        if clause.dep_ == "relcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "relcl" or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in lx.RELATIVE_TAGS for c in clause.children
    ):
        return None
    person = clause.head
    if person.ent_type_ != "PERSON":
        return None
    meeting = person.head
    if person.dep_ == "pobj" and meeting.dep_ == "prep" and meeting.lower_ == "with":
        # "held talks with Y, who ...": the talks (or the verb) "with" hangs on
        meeting = meeting.head
        return meeting if _meeting_word(meeting) else None
    if person.dep_ == "dobj" or (person.dep_ == "nsubj" and _names_met(meeting)):
        # "met Y, who ...", "Y, who arrived in X, met with Z"
        return meeting if meeting.pos_ == "VERB" and meeting.lemma_ in lx.MEETING_VERBS else None
    return None


def _names_met(verb) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children) or bool(objects_of(verb, "with"))


def journey_mode(trigger, mode: str) -> str:
    """A meeting a journey is made for is held in person, whatever the rest of the sentence
    tells ('X had spoken by phone with Y, who traveled to A ... to meet Z'); one told during
    a journey, or with a visit of one met ('held talks with Y, who is paying a visit to
    X'), when its words tell no way of their own."""
    if purpose_journey(trigger) is not None:
        return "in_person"
    if mode != "unknown":
        return mode
    if journey_of(trigger) is not None:
        return "in_person"
    told = {trigger.i, trigger.head.i}
    for word in trigger.sent:
        meeting = meeting_of_visitor(word) if _journey_word(word) else None
        if meeting is not None and meeting.i in told:
            return "in_person"
    return mode


def during_journey(word):
    """The journey a "during which" clause of a meeting word is told on ('a trip to X,
    during which she met Y', '... held talks with Y'); None if none."""
    return _during(word.head if word.pos_ == "NOUN" and word.dep_ == "dobj" else word)


def travellers_for(word, phrases: list) -> list:
    """The phrases of a meeting word's participants with the pronoun of a "during which"
    clause read as the traveller ('X's trip to A, during which she met Y': X, whichever
    way the phrases reached "she"), and none of it taken for a side of the journey
    itself."""
    journey = during_journey(word)
    if journey is None and met_during(word):
        return [p for p in phrases if p.tag_ != "PRP"]  # the trip: its own owner only
    travellers = traveller_phrases(journey) if journey is not None else []
    if not travellers:
        return phrases
    kept = [p for p in phrases if p.tag_ != "PRP"]
    return kept + [t for t in travellers if all(t.i != p.i for p in kept)]


def journey_met_on(word):
    """The journey a meeting word is told on as made to meet someone: its purpose ('to meet
    X'), its "for" ('travelled to A for meetings with X'), or a "during which" clause;
    None if none. Those named there are the hosts, even beside others left unnamed ('for
    meetings with X and other officials': X is met)."""
    if word.dep_ == "pobj" and word.head.lower_ in lx.PURPOSE_PREPOSITIONS:
        journey = word.head.head
        return journey if _journey_word(journey) else None
    return journey_of(word)


def purpose_journey(word):
    """The journey a meeting word is the purpose of ('is expected to travel to X to meet
    Y'), not one a "during which" clause is told on; None if none."""
    journey = journey_of(word)
    return journey if journey is not None and during_journey(word) is None else None


def _meeting_word(word) -> bool:
    lemma = word.lemma_.lower()
    if word.pos_ == "VERB":
        return lemma in lx.MEETING_VERBS
    return lemma in lx.MEETING_NOUNS or word.lower_ in lx.MEETING_NOUNS


def traveller_phrases(journey) -> list:
    """The one who makes a journey: the subject of its verb (or of the verb above an
    infinitive or a conjoined verb it hangs on: 'is due to travel on to X'; the one a
    relative clause is on: 'Y, who was travelling to X'), or for a noun the one whose it
    is ('X's trip') or the subject of the verb it is the object of ('X cancelled a planned
    visit')."""
    if journey.pos_ != "VERB":
        owners = [c for c in journey.children if c.dep_ == "poss"]
        if owners:
            return owners
        if journey.dep_ not in ("dobj", "nsubjpass"):
            return []
        journey = journey.head
    # ("traveled to X before going on to Y": the subject of the verb "before" is on)
    for node in subject_climb(journey, _SHARED_SUBJECT_DEPS):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            if subjects[0].tag_ in lx.RELATIVE_TAGS and node.dep_ == "relcl":
                return [node.head]
            return subjects
    return []


_SHARED_SUBJECT_DEPS = ("xcomp", "acomp", "conj", "advcl", "pcomp", "prep")


def purpose_traveller(word):
    """'X traveled to A before going on to B the following day to meet Y': the one who
    makes the journey a meeting word is the purpose of (X), when the parse gives the
    meeting no subject of its own to inherit; None if none."""
    journey = purpose_journey(word)
    if journey is None:
        return None
    phrases = traveller_phrases(journey)
    return phrases[0] if len(phrases) == 1 else None


def dated_by_journey(trigger, journey) -> bool:
    """Whether a date on a journey word is the meeting's: the journey it is made for ('will
    travel to X on Monday to meet Y') or the visit of one met ('Y, who arrived in X on
    Monday, held talks with Z')."""
    own = journey_of(trigger)
    if own is not None and own.i == journey.i:
        return True
    meeting = meeting_of_visitor(journey)
    return meeting is not None and meeting.i in (trigger.i, trigger.head.i)


def relative_clause_of(verb):
    """'where he had been due to meet X', 'where she was to meet X': the relative clause an
    infinitive completes (through "due" and "to be"), or the verb itself."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            break
        node = node.head
    return node if node.dep_ == "relcl" else verb


def _journey_word(word) -> bool:
    if word.lemma_ not in mlx.PURPOSE_JOURNEY_WORDS:
        return False
    if word.lemma_ in mlx.VISIT_WORDS:
        return word.pos_ in ("NOUN", "VERB")
    return word.pos_ == "VERB"
