"""Sides told by a pair word: 'both sides met again in Lomé', 'talks between the two countries',
'a meeting of the two armies' chiefs of staff', 'the three countries' (three states),
'the two countries have held 12 rounds of talks', 'the two countries' foreign ministers will
meet', 'officials from both countries' agencies met in Accra': with no side named and no meeting
just told for the pair word to point back to (kg.extract.meetings.mentions), the pair of states
coordinated earlier in their own sentence ("between A and B"), else the two states the article
named last before them, within a few sentences. A pair of people ('the two leaders last met in
June', also after a meeting just told: an earlier one) is the two people named last, in one
sentence, else the last pair of states coordinated before ('A and B')."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import in_headline, in_headline_line, sentence_of, sentences
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.phrases import conjuncts
from kg.extract.meetings.rounds import round_of


def pair_states(actors, trigger) -> list[str]:
    """The two states a pair word on the meeting's subject, or on the sides a meeting noun
    is "between", stands for; [] if none."""
    sides = [s for s in _subjects(trigger) if pair_phrase(s)]
    # ("Belarus held negotiations between the two sides": of a mutiny, no two states)
    sides += [s for s in _between(trigger) if pair_phrase(s, mlx.STATE_PAIR_NOUNS)]
    # "a meeting of the two armies' chiefs of staff": the people of the pair it is of
    sides += [
        s
        for s in _between(trigger, mlx.OF_PREPOSITIONS)
        if pair_phrase(s, mlx.STATE_PAIR_NOUNS | mlx.PAIR_ARMY_NOUNS)
    ]
    people = [s for s in _subjects(trigger) if _pair_noun(s, mlx.PAIR_PERSON_NOUNS)]
    subject = next(iter(sides), None) or next(iter(people), None)
    if subject is None:
        return []
    skipped = _third_party(trigger)
    if subject in people:
        people, nearest = _last_two_people(actors, subject, skipped)
        if people:
            return people
        pair = _last_named_pair(actors, subject, skipped)
        # ("Lukashenko is expected in Moscow. The two leaders will meet": no pair of states
        # named before that leaves out the state of the one just named)
        if nearest is None or actors.state_of(nearest) in (None, *pair):
            return pair
        return []
    return _last_two_states(actors, subject, skipped, _size(subject))


def _subjects(trigger) -> list:
    """The subject of the trigger, or of the verb a meeting noun is the object of, or of
    the verbs it hangs on ('both sides moved to de-escalate, holding a meeting')."""
    node = trigger
    round_ = round_of(trigger) if trigger.pos_ != "VERB" else None
    if round_ is not None and round_.dep_ in ("dobj", "nsubjpass"):
        # "the two countries have held 12 rounds of border talks": the verb the rounds
        # are the object of
        node = round_.head
    elif trigger.pos_ != "VERB" and trigger.dep_ in ("dobj", "nsubjpass"):
        node = trigger.head
    elif trigger.pos_ != "VERB" and _in_talks(trigger):
        # "the two sides agreed to end the dispute in talks mediated by C": the verb
        # the "in" phrase (or the object it is on) hangs on
        node = trigger.head.head
        node = node.head if node.dep_ == "dobj" else node
    for _ in range(mlx.PAIR_SUBJECT_CLIMB):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return [m for s in subjects for m in conjuncts(s)]
        if node.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or node.head.i == node.i:
            return []
        node = node.head
    return []


def _in_talks(trigger) -> bool:
    """'in talks', 'at a meeting': a meeting noun the place preposition of a verb or of
    its object is on."""
    prep = trigger.head
    return (
        trigger.dep_ == "pobj"
        and prep.lower_ in mlx.MEETING_PLACE_PREPOSITIONS
        and (prep.head.pos_ == "VERB" or prep.head.dep_ == "dobj")
    )


def _between(trigger, prepositions=mlx.BETWEEN_PREPOSITIONS) -> list:
    """'talks between the two countries', 'a meeting between delegations of both
    countries': the sides a meeting noun's own "between" (or other of ``prepositions``)
    names."""
    if trigger.pos_ == "VERB":
        return []
    return [
        m
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for o in c.children
        if o.dep_ == "pobj"
        for m in conjuncts(o)
    ]


def _third_party(trigger) -> set[int]:
    """'C hosted (two rounds of) talks between the two sides': the words of the one who
    holds the talks of the pair, who is not one of its states."""
    node = trigger
    while node.pos_ != "VERB" and node.dep_ in ("dobj", "pobj", "prep") and node.head.i != node.i:
        node = node.head
    if node.i == trigger.i or node.pos_ != "VERB":
        return set()
    return {t.i for c in node.children if c.dep_ == "nsubj" for t in c.subtree}


def pair_phrase(subject, nouns=mlx.PAIR_SIDE_NOUNS) -> bool:
    """'both sides', 'the two countries', or a title of the pair's states ('officials from
    both countries' defence agencies', 'heads of the two countries' security services');
    the pair noun one of ``nouns``."""
    if _pair_noun(subject, nouns):
        return True
    titles = lx.TITLE_OR_ROLE_WORDS | mlx.SIDE_NOUNS
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in titles:
        return False
    return any(_pair_noun(t, nouns) for t in subject.subtree if t.i != subject.i)


def _pair_noun(token, nouns) -> bool:
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in nouns
        and token.tag_ == "NNS"
        and any(c.lower_ in lx.PAIR_WORDS | mlx.TRIO_WORDS for c in token.children)
    )


def _size(subject) -> int:
    """How many states the side phrase stands for: three for 'the three countries', else
    two."""
    trio = any(c.lower_ in mlx.TRIO_WORDS for t in subject.subtree for c in t.children)
    return 3 if trio else 2


def _last_two_states(actors, subject, skipped: set[int], size: int = 2) -> list[str]:
    """The last two states named before the phrase, from its sentence back over the
    sentences a pair word may point back over, not past a heading, and not the one who
    holds their talks; [] if fewer, or if an armed group is named nearer than the second
    (the sides may be a state and the group)."""
    coordinated = _coordinated_pair(actors, subject, skipped, size)
    if coordinated:
        return coordinated
    start = _reach(subject)[0].start
    states: list[str] = []
    for token in reversed(subject.doc[start : subject.left_edge.i]):
        if in_headline(token) or in_headline_line(token):
            return []  # a heading: the pair is of its section, which names no two states
        key = actors.key_at(token) if token.ent_type_ and token.i not in skipped else None
        if key is None:
            continue
        kind = actors.records[key].type
        if kind == "Group":
            return []
        if kind == "Country" and key not in states:
            states.append(key)
            if len(states) == size:
                return [actors.use(k) for k in reversed(states)]
    return []


def _last_two_people(actors, subject, skipped: set[int]) -> tuple[list[str], str | None]:
    """'A criticised B on Monday. The two leaders last met in June': the last two people
    named before the pair word, within the sentences it may point back over, not past a
    heading, and in one sentence (the nearer one's); [] if not (then the pair word is of a
    pair of states named before), with the nearest person named, if any."""
    start = _reach(subject)[0].start
    people: list[str] = []
    sentence = None
    for token in reversed(subject.doc[start : subject.left_edge.i]):
        if in_headline(token) or in_headline_line(token):
            break
        key = actors.key_at(token) if token.ent_type_ and token.i not in skipped else None
        if key is None or actors.records[key].type != "Person" or key in people:
            continue
        if sentence is not None and sentence_of(token).start != sentence:
            break
        people.append(key)
        sentence = sentence_of(token).start
        if len(people) == 2:
            return [actors.use(k) for k in reversed(people)], people[0]
    return [], next(iter(people), None)


def _last_named_pair(actors, subject, skipped: set[int]) -> list[str]:
    """'Peru and Chile have argued for years ... with the two foreign ministers meeting
    several times': two people of no name are of the last pair of states coordinated
    ('A and B', no longer list) within the sentences the pair word may point back over;
    [] if none."""
    for sentence in reversed(_reach(subject)):
        pairs = []
        for token in sentence:
            if token.i >= subject.left_edge.i or token.i in skipped or token.dep_ == "conj":
                continue
            if in_headline(token) or in_headline_line(token):
                return []
            members = _state_pair_at(actors, token)
            if members:
                pairs.append(members)
        if pairs:
            return [actors.use(k) for k in pairs[-1]]
    return []


def _coordinated_pair(actors, subject, skipped: set[int], size: int = 2) -> list[str]:
    """'Contacts between Oslo and Moscow have shrunk since Russia's invasion of Ukraine, but
    the two countries still meet': a pair of states coordinated earlier in the pair word's
    own sentence ('A and B') is the pair, over states named loosely between (of another
    event); [] if none, or more than one such pair."""
    pairs = []
    for token in sentence_of(subject):
        if token.i >= subject.left_edge.i or token.i in skipped or token.dep_ == "conj":
            continue
        members = _state_pair_at(actors, token, size)
        if members:
            pairs.append([actors.use(k) for k in members])
    return pairs[0] if len(pairs) == 1 else []


def _reach(subject) -> list:
    """The sentences a pair word may point back over: its own and the few before it."""
    every = sentences(subject.doc)
    position = every.index(sentence_of(subject))
    return every[max(0, position - mlx.PAIR_REACH_SENTENCES) : position + 1]


def _state_pair_at(actors, token, size: int = 2) -> list[str] | None:
    """The keys of the two states a token coordinates ('A and B', no longer list), or of
    the ``size`` ones; None if not."""
    members = [actors.key_at(m) for m in conjuncts(token)]
    if (
        len(members) == size
        and all(k and actors.records[k].type == "Country" for k in members)
        and len(set(members)) == size
    ):
        return members
    return None


def companion_pair(actors, trigger) -> list[str]:
    """'Standing alongside the two presidents after the signing, C told reporters': the two
    people a pair word of people beside the one who appears stands for (the last two named
    before it, in one sentence, as for a pair subject); [] if none."""
    for node in (trigger, trigger.head):
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in mlx.COMPANION_PREPOSITIONS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and _pair_noun(obj, mlx.PAIR_PERSON_NOUNS):
                    return _last_two_people(actors, obj, set())[0]
    return []
