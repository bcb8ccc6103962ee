"""Visits and journeys: the states a visit or an official's journey (or stop, or separate
meetings held in several capitals) is to, whether a trip
names its host by a place, the people (or the delegations of several states, or several
met "separately") met one by one, those a joining clause adds (or who
were "also present at the meeting"), and the visit a "where" clause on its place hangs on
(whose pronoun is the visitor). Journeys made to meet someone named, whose host that one
is, are read in ``journeys``."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain
from kg.extract.common import entity_at, objects_of, subject_climb
from kg.extract.lexicon import meeting_sides as rgx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings import journeys
from kg.extract.meetings.accounts import resolve_phrase
from kg.extract.meetings.attended import attended_by
from kg.extract.meetings.bilaterals import phone_talks_with_several, with_leaders_of_states
from kg.extract.meetings.in_attendance import in_attendance
from kg.extract.meetings.phrases import (
    conjuncts,
    office_of,
    phrase_tokens,
    represented,
)
from kg.extract.meetings.records import full_person, named_head, state_of, surname_person
from kg.extract.meetings.stays import official_abroad, stays_in
from kg.extract.meetings.titled_lists import titled_people
from kg.extract.meetings.titled_names import name_after_title


def one_by_one(actors, trigger, participants) -> str | None:
    """'X then met Ukraine's prime minister, A, and the chairman of parliament, B', 'X is
    due to meet A and B', 'X will hold bilateral talks with A and B': one person who meets
    several people, named in turn, meets each of them (not 'A and B met X', who met
    together). The one who meets, if so."""
    if trigger.pos_ != "VERB":
        return _one_by_one_noun(actors, trigger, participants)
    if trigger.lemma_ in mlx.HOLDING_VERBS:
        # "held separate calls with A and B": as the meetings held are
        held = [c for c in trigger.children if c.dep_ == "dobj"]
        return _one_by_one_noun(actors, held[0], participants) if len(held) == 1 else None
    if trigger.lemma_ in lx.HOSTING_VERBS | lx.ONE_BY_ONE_VERBS:
        host = _delegations_one_by_one(actors, trigger, participants)
        if host is not None:
            return host
    if trigger.lemma_ not in lx.ONE_BY_ONE_VERBS or in_attendance(trigger):
        return None  # ("met B, with C and D also in attendance": one meeting of all)
    subjects = _controlling_subjects(trigger)
    visit = where_visit(trigger)
    if len(subjects) == 1 and subjects[0].tag_ == "PRP" and visit is not None:
        # "a trip to X, during which he met A and B": "he" is the traveller
        subjects = visitor_phrases(visit)[:1] or subjects
    if _said_separately(trigger) and len(subjects) == 1 and len(participants) >= 3:
        # "the delegation met separately with the envoys of A, B and C": one meeting with
        # each, states as much as people
        subject = resolve_phrase(actors, phrase_tokens(subjects[0]), subjects[0].i + 1)
        if subject in participants and not any(c.dep_ == "conj" for c in subjects[0].children):
            return subject
    if not any(c.dep_ == "dobj" for c in trigger.children) and not objects_of(trigger, "with"):
        return None  # "A, B and C met in Doha": those named met one another, together
    if not subjects and trigger.tag_ == "VBG":
        # "wrapped up her visit after meeting A, B and C": the gerund's subject is the
        # one of the clause it hangs on, the one participant not among those met
        subject = _left_out(participants, _people_met(actors, trigger, "dobj"))
    elif len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return None
    else:
        subject = resolve_phrase(actors, phrase_tokens(subjects[0]), subjects[0].i + 1)
        if subject is not None and subject not in participants:
            subject = full_person(actors, subject)  # ("Padrino": one named in full before)
        if subject not in participants:
            subject = _same_surname(actors, subjects[0], participants, trigger)
    if subject not in participants or len(participants) < 3:
        return None
    if any(actors.records[k].type != "Person" for k in participants):
        return None
    if any(c.lower_ in lx.TOGETHER_WORDS for c in trigger.subtree):
        return None  # "met A and B together"
    return subject


def _controlling_subjects(verb) -> list:
    """The subject of a meeting verb, or, with none of its own, of the verb or adjective it
    completes ('X is due to meet A and B', 'X wants to meet A and B': X)."""
    for node in subject_climb(verb, ("xcomp", "acomp"), steps=None):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
    return []


def _said_separately(verb) -> bool:
    """'met separately with A and B', 'was to meet both delegations separately': an adverb
    that says each was met on their own (rgx.SEPARATELY_WORDS)."""
    return any(c.dep_ == "advmod" and c.lower_ in rgx.SEPARATELY_WORDS for c in verb.children)


def gapped_meetings(actors, verb) -> list[tuple[str, str | None]]:
    """'meeting A in Moscow on July 5 and B in Beijing on July 8': the people met after a
    first one named with a place or a day, which the parser hangs on that day ('July 5
    and B') or on the verb itself, as a conjunct; each met on the day written after
    them; (person, that day's text)."""
    if verb.pos_ != "VERB" or verb.lemma_ not in lx.ONE_BY_ONE_VERBS:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return []
    gapped = [
        person
        for prep in verb.children
        if prep.dep_ == "prep"
        for day in prep.children
        if day.dep_ == "pobj" and day.ent_type_ in _TIME_ENTITIES
        for person in day.children
        if person.dep_ == "conj"
    ]
    # "met A in X on March 4 and B in Y on March 6", B parsed as a conjunct of "met": a
    # noun after the object and a day or place written for it, not a verb of its own
    gapped += [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in ("PROPN", "NOUN")
        and c.i > objects[0].i
        and any(p.dep_ == "prep" and objects[0].i < p.i < c.i for p in verb.children)
    ]
    out = []
    for person in gapped:
        # (a name the model left untagged: "Espen Barth Eide")
        chain = name_chain(person) if person.ent_type_ != "PERSON" else None
        key = actors.person_named(chain) if chain is not None else None
        if person.ent_type_ == "PERSON":
            key = actors.key_at(person)
        if key is not None and actors.records[key].type == "Person":
            out.append((key, _day_after(person)))
    return out


def _day_after(person) -> str | None:
    """The date written after a person met in turn, before the next person or clause."""
    doc = person.doc
    for token in doc[person.i + 1 : person.sent.end]:
        if (token.ent_type_ == "PERSON" and token.ent_iob_ == "B") or token.pos_ == "VERB":
            return None
        if token.ent_type_ == "DATE" and token.ent_iob_ == "B":
            return entity_at(doc, token.i).text
    return None


def _delegations_one_by_one(actors, trigger, participants) -> str | None:
    """'X has hosted delegations from A, B and C': delegations (the plural says so) of
    several states, each its own state's, are received each on its own; the one who
    receives them, if so."""
    for obj in trigger.children:
        if obj.dep_ != "dobj" or obj.tag_ != "NNS" or obj.lemma_ not in mlx.DELEGATION_NOUNS:
            continue
        met = {
            actors.key_at(m)
            for p in obj.children
            if p.dep_ == "prep" and p.lower_ in mlx.DELEGATION_PREPOSITIONS
            for o in p.children
            if o.dep_ == "pobj"
            for m in conjuncts(o)
        } - {None}
        if any(c.lower_ in lx.TOGETHER_WORDS for c in trigger.subtree):
            return None  # "hosted delegations from A and B together"
        return _left_out(participants, met)
    return None


def _one_by_one_noun(actors, trigger, participants) -> str | None:
    """'I had conversations with the presidents of A, B and C': several conversations
    (the plural says so) with several parties are one with each; the one who had them,
    if so."""
    separate = (trigger.lemma_ in lx.MEETING_NOUNS or trigger.lower_ in lx.MEETING_NOUNS) and any(
        c.dep_ == "amod" and c.lower_ in mlx.SEPARATE_WORDS | mlx.BILATERAL_WORDS
        for c in trigger.children
    )
    # "spoke separately by phone with A and B": the adverb on the verb the noun's
    # preposition hangs on
    separate = separate or (
        trigger.dep_ == "pobj"
        and trigger.head.dep_ == "prep"
        and _said_separately(trigger.head.head)
    )
    met = _people_met(actors, trigger)
    # ("held talks with A, B and C", each of another state: bilaterals, ``bilaterals``)
    separate = separate or with_leaders_of_states(actors, trigger, met)
    # ("held phone talks with A and B": a call with each)
    separate = separate or phone_talks_with_several(actors, trigger, met)
    if not separate and (trigger.tag_ != "NNS" or trigger.lemma_ not in lx.ONE_BY_ONE_NOUNS):
        return None
    left = _left_out(participants, met)
    if left is None and separate:
        # ("with Ukrainian Foreign Minister A": a titled name read as its state) the
        # participants named anywhere in the "with" phrases are those met
        named = {
            full_person(actors, key)
            for obj in objects_of(trigger, "with")
            for t in obj.subtree
            for n in (t, name_after_title(actors, t))
            if n is not None and (key := actors.key_at(n)) is not None
        }
        left = _left_out(participants, named & set(participants))
    return left


def _same_surname(actors, subject, participants, trigger) -> str | None:
    """'Le Drian would meet A, B and C' after 'Jean-Yves Le Drian', 'Alimi would ...' after
    'Rashad al-Alimi': a subject read as a record of its own (the model may take it for a
    body) or as none is the one participant not met whose name ends as it does."""
    left = _left_out(participants, _people_met(actors, trigger, "dobj"))
    if left is None or subject.pos_ != "PROPN":
        return None
    short = [t.lower_ for t in phrase_tokens(subject) if t.pos_ == "PROPN"]
    full = actors.records[left].name.lower().split()
    if not short or len(full) <= len(short):
        return None
    ends = full[-len(short) :]
    ends[0] = ends[0].rsplit("-", 1)[-1]  # ("al-Alimi" ends as "Alimi")
    return left if ends == short or full[-len(short) :] == short else None


def _left_out(participants, met: set[str]) -> str | None:
    """The one participant not among several met, if exactly one is."""
    rest = [k for k in participants if k not in met]
    if len(met) < 2 or len(rest) != 1:
        return None
    return rest[0]


def _people_met(actors, trigger, direct: str | None = None) -> set[str]:
    """The actors a meeting word names as met: its 'with' objects (and its direct objects,
    ``direct`` being their relation), each conjunct one."""
    heads = list(objects_of(trigger, "with"))
    if direct is not None:
        heads += [c for c in trigger.children if c.dep_ == direct]
    met = set()
    for obj in heads:
        if obj.dep_ == direct:  # (a list the parser broke into appositions: all in it)
            keys = {actors.key_at(t) for t in obj.subtree} - {None}
            met |= {full_person(actors, k) for k in keys if actors.records[k].type == "Person"}
        # ("with President of A B, Prime Minister of C D": each titled name listed, the
        # title no one else's)
        titled = {full_person(actors, k) for k in titled_people(actors, obj)}
        met |= titled
        for phrase in [] if titled else represented(obj, trigger):
            for member in conjuncts(phrase):
                key = resolve_phrase(
                    actors, phrase_tokens(member) + office_of(member), member.i + 1
                )
                if key:
                    met.add(full_person(actors, key))
                # "Taye Atske Selassie" with its first word untagged: the person the
                # whole name is (as the participants read it), the same one met
                chain = name_chain(member)
                if chain is not None and (named := actors.person_named(chain)):
                    met.add(full_person(actors, named))
    return met


def met_by_someone_unknown(actors, trigger, participants) -> bool:
    """'his meetings with A, B and C' where "his" names no one known: those met, each in
    turn, did not meet one another."""
    if trigger.tag_ != "NNS" or trigger.lemma_ not in lx.ONE_BY_ONE_NOUNS:
        return False
    if not any(c.dep_ == "poss" for c in trigger.children):
        return False
    return len(participants) >= 2 and _one_by_one_noun(actors, trigger, participants) is None


def visited_states(actors, trigger, participants) -> list[str]:
    """'visited Kyiv', 'his visit to New Delhi', 'traveled to Ethiopia, Uganda and Egypt':
    a visitor met with hosts left unnamed; each state visited (a capital stands for its
    state) takes part in a visit of its own."""
    if not is_visit_word(trigger):
        return []
    if trigger.lemma_ in mlx.TOUR_NOUNS:
        # "X's tour of A, B and C": the states toured are read as named with the tour
        toured = {actors.key_at(p) for p in _tour_places(trigger)}
        participants = [k for k in participants if k not in toured]
    if len(participants) != 1:
        return []
    if _for_talks_with(trigger) or _met_there(trigger):
        return []  # "visit Rome for talks with X": the host is named, X
    if (
        journeys.purpose_of(trigger) is not None
        or journeys.met_during(trigger)
        or journeys.visit_of_one_met(trigger)
    ):
        return []  # "travelled to X to meet Y", "talks with Y, who is visiting X": Y hosts
    if (
        trigger.lemma_ in lx.TRAVEL_VERBS
        and not _official(actors, participants[0])
        and not _titled_traveller(trigger)
    ):
        return []  # "after traveling to Italy to captain a yacht": no one's envoy
    if (
        trigger.lemma_ in mlx.PERSON_JOURNEY_VERBS
        and actors.records[participants[0]].type != "Person"
    ):
        return []  # "Russian troops arrived in Mali": no visit
    if trigger.lemma_ in mlx.TOUR_NOUNS and not _official(actors, participants[0]):
        return []  # "the band's tour of Japan": no one's envoy
    if stays_in(trigger) and not official_abroad(actors, participants[0], trigger):
        return []  # "the reporter X is in Kyiv": no one's visit
    places = [c for c in trigger.children if c.dep_ == "dobj"] if trigger.pos_ == "VERB" else []
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in _destination_prepositions(trigger):
            places += [c for c in child.children if c.dep_ == "pobj"]
    places += further_stops(trigger)
    if separate_meetings_in(trigger):
        places += [p for p in _separate_meeting_places(trigger) if p not in places]
    places += _where_destination(trigger)
    places += _place_taken_for_time(trigger)
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
    states: list[str] = []
    for place in [m for p in places for m in _place_list(p)]:
        key = actors.key_at(place) if place.ent_type_ == "GPE" else None
        if key is None or actors.records[key].type != "Country":
            continue
        if state_of(actors, participants[0]) == state_of(actors, key):
            return []  # a tour of one's own country
        if key not in states:
            states.append(key)
    return states


def _place_taken_for_time(verb) -> list:
    """'visited Beijing weeks later': a place right after a visit verb with no object, which
    the parser hung as a compound on the time phrase after it."""
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [
        t
        for c in verb.children
        if c.dep_ in ("npadvmod", "advmod") and c.ent_type_ == "DATE"
        for t in c.subtree
        if t.i == verb.i + 1 and t.dep_ == "compound" and t.ent_type_ == "GPE"
    ]


def _tour_places(trigger) -> list:
    return [
        m
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in _destination_prepositions(trigger)
        for o in c.children
        if o.dep_ == "pobj"
        for m in _place_list(o)
    ]


def awaited_visitors(actors, word) -> list[str]:
    """'A phoned B, and C is due in Asmara on Sunday': the one awaited (the subject of the
    "be" the adjective hangs on, or of the passive), not those of the clause before."""
    holder = word.head if word.pos_ == "ADJ" else word
    keys = []
    for subject in (c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")):
        chain = name_chain(subject)
        key = actors.person_named(chain) if chain is not None else None
        key = (
            key
            or named_head(actors, subject)
            or surname_person(actors, subject)
            or resolve_phrase(actors, phrase_tokens(subject), before=subject.i + 1)
        )
        if key:
            keys.append(key)
    return keys


def awaiting_words(verb) -> list:
    """'is expected', 'is due': the verb, or the adjective on it, by which one is awaited
    somewhere ("is due in Kyiv on Monday for talks": the talks' "for" hangs on "is")."""
    words = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    return [w for w in words if w.lemma_.lower() in mlx.AWAITED_PRESENCE_WORDS]


def _destination_prepositions(trigger) -> frozenset:
    """'a visit to X', for a tour also 'a tour of X', 'is arriving in X'."""
    if awaited_in(trigger):
        return mlx.AWAITED_PLACE_PREPOSITIONS
    if stays_in(trigger) or separate_meetings_in(trigger):
        return mlx.STAY_PREPOSITIONS
    if trigger.pos_ == "VERB" and trigger.lemma_ in mlx.JOURNEY_DESTINATIONS:
        return mlx.JOURNEY_DESTINATIONS[trigger.lemma_]
    if trigger.lemma_ in mlx.TOUR_NOUNS:
        return mlx.DESTINATION_PREPOSITIONS | mlx.TOUR_PREPOSITIONS
    return mlx.DESTINATION_PREPOSITIONS


def further_stops(trigger) -> list:
    """The places of a journey's later stops: 'will travel to X on Friday and Y on
    Saturday' (the parser hangs Y on Friday), '... and to Y on Saturday' (the second "to"
    on the first day's preposition), 'a visit to the region, with stops in X and Y'."""
    out = []
    for prep in trigger.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in mlx.STOP_PREPOSITIONS:
            # "with stops in X, Y and Z"
            for stop in prep.children:
                if stop.dep_ == "pobj" and stop.lemma_.lower() in mlx.STOP_NOUNS:
                    out += [
                        o
                        for p in stop.children
                        if p.dep_ == "prep" and p.lower_ in mlx.STOP_PLACE_PREPOSITIONS
                        for o in p.children
                        if o.dep_ == "pobj"
                    ]
            if out:
                # "with stops in X, Y and Z": the parser may hang the rest of the list on
                # the journey itself
                # (or take the next for an apposition of the journey)
                out += [
                    c
                    for c in trigger.children
                    if c.dep_ in ("conj", "appos") and c.ent_type_ == "GPE"
                ]
            continue
        for node in prep.subtree:
            if node.dep_ != "conj" or node.i < prep.i:
                continue
            if node.pos_ == "ADP" and node.lower_ in mlx.DESTINATION_PREPOSITIONS:
                out += [o for o in node.children if o.dep_ == "pobj"]
            elif node.ent_type_ == "GPE" and node.head.ent_type_ in _TIME_ENTITIES:
                out.append(node)
    return out


_TIME_ENTITIES = ("DATE", "TIME")


def stop_day(trigger, place_key, actors) -> str | None:
    """The date phrase right after a stop's place ('X on Friday and Y on Saturday'): each
    stop of a journey on its own day; None when no date follows the place."""
    doc = trigger.doc
    sentence = trigger.sent
    for token in sentence:
        if token.ent_type_ != "GPE" or token.ent_iob_ == "I":
            continue
        if actors.key_at(token) != place_key:
            continue
        end = token.i
        while end + 1 < sentence.end and doc[end + 1].ent_iob_ == "I":
            end += 1
        nxt = end + 1
        if nxt < sentence.end and doc[nxt].lower_ in ("on", "at"):
            nxt += 1
        if nxt < sentence.end and doc[nxt].ent_type_ == "DATE":
            ent = entity_at(doc, nxt)
            return ent.text if ent is not None else None
        return None
    return None


def _place_list(place) -> list:
    """A place with those listed after it ("Fiji, Tonga and Samoa"; the parser may take the
    second for an apposition of the first)."""
    members, todo = [], [place]
    while todo:
        node = todo.pop(0)
        members.append(node)
        todo += [
            c for c in node.children if c.dep_ == "conj" or (c.dep_ == "appos" and c.ent_type_)
        ]
    return members


def _official(actors, key: str) -> bool:
    """An actor that acts for a state or holds an office: one whose journey abroad is a
    visit to the state there."""
    record = actors.records[key]
    return record.type != "Person" or bool(record.titles) or state_of(actors, key) is not None


def _titled_traveller(verb) -> bool:
    """'Rwandan government spokesperson X will travel to Y', 'foreign minister X ...': a
    traveller the sentence gives an office (a title word right before the name, or the
    title the name hangs on), whoever the model took the name for; also the one a relative
    clause is on ('X, who is expected to travel to Y')."""
    clause = verb.head if verb.dep_ == "xcomp" else verb
    for subject in [*verb.children, *(clause.children if clause.i != verb.i else ())]:
        if subject.dep_ not in ("nsubj", "nsubjpass") or (
            subject.dep_ == "nsubjpass" and subject.head.i == verb.i
        ):
            continue
        if subject.tag_ == "WP" and clause.dep_ == "relcl":
            subject = clause.head
        if subject.lower_ in lx.TITLE_WORDS:
            return True
        first = subject.i
        doc = subject.doc
        while first > 0 and (doc[first - 1].pos_ == "PROPN" or doc[first - 1].text in "-‐"):
            first -= 1
        if first < subject.i and first > 0 and doc[first - 1].lower_ in lx.TITLE_WORDS:
            return True
    return False


def is_visit_word(trigger) -> bool:
    """A visit's noun or verb, or a verb of travelling to a state ('traveled to Uganda'),
    or of being awaited in one ('is due in Kyiv on Monday')."""
    if trigger.lemma_ in lx.VISIT_WORDS:
        return True
    return (
        (trigger.pos_ == "VERB" and trigger.lemma_ in lx.TRAVEL_VERBS)
        or awaited_in(trigger)
        or stays_in(trigger)
        or separate_meetings_in(trigger)
    )


def separate_meetings_in(trigger) -> bool:
    """'held separate meetings in A, B and C': meetings held apart, each in its own place,
    are one with each state there (a capital stands for its state)."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.tag_ == "NNS"
        and trigger.lemma_ in lx.ONE_BY_ONE_NOUNS
        and any(c.dep_ == "amod" and c.lower_ in mlx.SEPARATE_WORDS for c in trigger.children)
        and bool(_separate_meeting_places(trigger))
    )


def _separate_meeting_places(noun) -> list:
    """The places of 'separate meetings in A, B and C', on the noun or on the verb that
    holds it ('held separate meetings in A and B')."""
    owners = [noun]
    if noun.dep_ == "dobj" and noun.head.lemma_ in mlx.HOLDING_VERBS:
        owners.append(noun.head)
    if any(objects_of(owner, "with") for owner in owners):
        return []  # "separate meetings in A with B and C": those met are named
    return [
        c
        for owner in owners
        for p in owner.children
        if p.dep_ == "prep" and p.lower_ in mlx.STAY_PREPOSITIONS
        for c in p.children
        if c.dep_ == "pobj"
    ]


def awaited_in(word) -> bool:
    """'X is due in Kyiv on Monday', 'X is expected in Moscow next week': one awaited in a
    state or city is to visit it (not 'rain is expected in Moscow': the visitor must be a
    person, see visited_states; nor 'is expected in Moscow for talks with Y', whose talks
    report the meeting)."""
    lemma = word.lemma_.lower()
    if lemma not in mlx.AWAITED_PRESENCE_WORDS:
        return False
    if word.pos_ == "VERB" and not any(c.dep_ == "nsubjpass" for c in word.children):
        return False
    if word.pos_ == "ADJ" and (word.dep_ != "acomp" or word.head.lemma_ != "be"):
        return False
    if word.pos_ not in ("VERB", "ADJ"):
        return False
    holders = [word, word.head] if word.pos_ == "ADJ" else [word]
    if any(
        p.dep_ == "prep" and p.lower_ in lx.PURPOSE_PREPOSITIONS and _talks_with_someone(p)
        for h in holders
        for p in h.children
    ):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in mlx.AWAITED_PLACE_PREPOSITIONS
        and any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in c.children)
        for c in word.children
    )


def _talks_with_someone(purpose) -> bool:
    """'for talks with Y': a purpose whose meeting names someone met (not 'for talks on
    defence cooperation', whose host is the state of the place awaited in)."""
    return any(
        p.dep_ == "prep" and p.lower_ in ("with", "between", "among")
        for o in purpose.children
        if o.dep_ == "pobj"
        for p in o.children
    ) or not any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in purpose.children)


def travels_to_state(verb) -> bool:
    """'traveled to Ethiopia and Egypt', 'has traveled to Moscow', 'is arriving in
    Uganda', 'Ethiopia, where X will travel next': a journey to a place the model takes
    for a state or city, a visit to its state."""
    if verb.pos_ != "VERB" or verb.lemma_ not in lx.TRAVEL_VERBS:
        return False
    if _where_destination(verb):
        return True
    prepositions = _destination_prepositions(verb)
    return any(
        c.dep_ == "prep"
        and c.lower_ in prepositions
        and any(o.ent_type_ == "GPE" for o in c.children)
        for c in verb.children
    )


def _where_destination(verb) -> list:
    """'Ethiopia, where X will travel after Y': the place a "where" clause of a travelling
    verb hangs on is its destination."""
    if verb.pos_ != "VERB" or verb.lemma_ not in lx.TRAVEL_VERBS or verb.dep_ != "relcl":
        return []
    if verb.head.ent_type_ != "GPE" or any(
        c.dep_ == "prep" and c.lower_ in _destination_prepositions(verb) for c in verb.children
    ):
        return []
    if not any(c.dep_ == "advmod" and c.lower_ in lx.WHERE_WORDS for c in verb.children):
        return []
    return [verb.head]


def _for_talks_with(visit) -> bool:
    """'is to visit Kinshasa for talks with X': a visit for a meeting with someone named."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(
            o.dep_ == "pobj"
            and o.lemma_ in lx.MEETING_NOUNS | lx.TALKS_WORDS
            and objects_of(o, "with")
            for o in prep.children
        )
        for prep in visit.children
    )


def _met_there(visit) -> bool:
    """'travelled to Brussels, where he met X', 'flew to Washington, where X welcomed him':
    those met at the place are named in a clause on it, which reports the meeting (the
    city's state is no host of its own: X may be of another state, or of a body there)."""
    return any(
        clause.dep_ == "relcl"
        and (
            clause.lemma_ in lx.MEETING_VERBS
            # ("where he had been due to meet X": the infinitive the clause's "due" takes)
            or any(
                t.lemma_ in lx.MEETING_VERBS and journeys.relative_clause_of(t).i == clause.i
                for t in clause.subtree
            )
        )
        and any(c.dep_ == "advmod" and c.lower_ in lx.WHERE_WORDS for c in clause.children)
        and any(t.ent_type_ == "PERSON" for t in clause.subtree)
        for prep in visit.children
        if prep.dep_ == "prep" and prep.lower_ in _destination_prepositions(visit)
        for place in prep.children
        if place.dep_ == "pobj"
        for clause in place.children
    )


def is_journey(trigger) -> bool:
    """'after his visit to Kiev, ... as Putin ...': a visit to a place names its host by
    the place, so another person in the sentence is no sign of whom it met."""
    if not is_visit_word(trigger):
        return False
    if travels_to_state(trigger):
        return True  # "is arriving in Uganda", "Ethiopia, where X will travel"
    return any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to") for c in trigger.children
    )


def joined_participants(actors, trigger) -> list[str]:
    """'Also involving X, the visit ...': those a joining clause on the trigger or on its
    verb adds to the meeting."""
    keys: list[str] = []
    for node in (trigger, trigger.head):
        for clause in node.children:
            if clause.dep_ not in ("advcl", "acl") or clause.lemma_ not in lx.JOINING_VERBS:
                continue
            for obj in clause.children:
                if obj.dep_ != "dobj":
                    continue
                for member in conjuncts(obj):
                    key = actors.resolve(phrase_tokens(member), before=member.i + 1)
                    if key and key not in keys:
                        keys.append(key)
    # ("the meeting was also attended by C and D": each named)
    attending = [*present_at(trigger), *attended_by(trigger)]
    for member in [m for s in attending for m in conjuncts(s)]:
        chain = name_chain(member)  # ("Espen Barth Eide" may be left untagged)
        key = actors.resolve(phrase_tokens(member), before=member.i + 1) or (
            actors.person_named(chain) if chain is not None else None
        )
        if key and key not in keys:
            keys.append(key)
    return keys


def present_at(trigger) -> list:
    """'X was also present at the meeting', 'X also attended the talks', 'X joined the
    meeting': the subjects said to be at a meeting already told ("the", "this": not
    "attended a meeting in Y", a meeting of its own)."""
    noun = trigger
    if trigger.pos_ == "VERB" and trigger.lemma_ in mlx.ATTENDED_BY_VERBS:
        noun = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        if noun is None:
            return []
    if noun.pos_ == "VERB" or not any(
        c.dep_ in ("det", "poss") and c.lower_ in mlx.DEFINITE_DETERMINERS for c in noun.children
    ):
        return []
    verb = None
    if noun.dep_ == "dobj" and noun.head.lemma_ in mlx.ATTENDED_BY_VERBS:
        verb = noun.head  # "X also attended the meeting"
    elif (
        noun.dep_ == "pobj"
        and noun.head.lower_ in mlx.PRESENCE_PREPOSITIONS
        and noun.head.head.lemma_.lower() in mlx.PRESENCE_ADJECTIVES
    ):
        verb = noun.head.head  # "X was present at the meeting": the copula's subject
        verb = verb.head if verb.dep_ in ("acomp", "attr") else verb
    if verb is None:
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def where_visit(trigger):
    """'visited Bangkok on Saturday, where he was received by X', 'cancelled a planned
    visit to Seoul, where she was to meet X': the visit a "where" clause of the meeting
    word hangs on (the parser may hang it on the date after the place), if any."""
    during = journeys.during_journey(trigger)
    if during is not None:
        return during  # "a trip to X, during which he met Y" (or "held talks with Y")
    clause = journeys.relative_clause_of(trigger)  # "where she was (due) to meet X"
    if clause.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ in lx.WHERE_WORDS for c in clause.children
    ):
        return None
    node = clause.head
    for _ in range(4):
        # ("flew to Washington, where X welcomed him": a journey to the place, too)
        if node.lemma_ in lx.VISIT_WORDS or (
            node.pos_ == "VERB" and node.lemma_ in lx.TRAVEL_VERBS
        ):
            return node
        if node.head.i == node.i:
            break
        node = node.head
    return None


def visitor_phrases(visit) -> list:
    """The subject of a visit verb, or of the verb a visit noun is the object of ('X
    cancelled a planned visit'), or the one whose visit it is ('X's trip')."""
    return journeys.traveller_phrases(visit)
