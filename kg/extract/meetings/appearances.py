"""Joint appearances that report a meeting in person: a joint news conference, a conference
held over a line, a handshake, speaking or standing alongside, attending together, appearing
with; and the people a subject names as acting together at one."""

from __future__ import annotations

from kg.extract.actors.names import name_chain
from kg.extract.common import entity_span
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.along_with import along_with
from kg.extract.meetings.calls import is_named_person
from kg.extract.meetings.phrases import conjuncts


def remote_conference(noun) -> bool:
    """'held a video conference with A and B', 'a telephone conference': a conference held
    over a line is a call, whoever holds it."""
    return noun.lemma_.lower() in mlx.REMOTE_EVENT_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in mlx.REMOTE_WORDS for c in noun.children
    )


def joint_event(noun) -> bool:
    """'a joint news conference', 'a press conference with her Latvian counterpart X': a
    public event held with another, not one person's ('told a news conference')."""
    kinds = mlx.JOINT_EVENT_NOUNS[noun.lemma_.lower()]
    if kinds and not any(
        c.dep_ in ("compound", "amod") and c.lower_ in kinds for c in noun.children
    ):
        return False
    if any(c.dep_ == "amod" and c.lower_ in mlx.JOINT_WORDS for c in noun.children):
        return True
    # "a press conference with her Latvian counterpart, X": the one the "with" names, by
    # name or by the state that describes them (not those of a phrase hung below it,
    # "with journalists from X")
    if any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(_names_party(o) for o in c.children if o.dep_ == "pobj")
        for c in noun.children
    ):
        return True
    return _joint_subjects(noun)


_PARTY_ENTITIES = ("PERSON", "GPE", "NORP", "ORG")


def _names_party(phrase) -> bool:
    words = [phrase, *phrase.lefts, *(c for c in phrase.children if c.dep_ == "appos")]
    return any(t.ent_type_ in _PARTY_ENTITIES for t in words)


def _joint_subjects(noun) -> bool:
    """'A and B endorsed C at a news conference on Tuesday': two people named together as
    the ones acting at the event hold it jointly (one person at one is no meeting)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in mlx.EVENT_PREPOSITIONS:
        return False
    verb = prep.head
    for _ in range(4):
        # "endorsed the plan at a news conference", "endorsed X for the nomination during
        # a news conference": hung on the object, or on a phrase after the verb
        if verb.pos_ == "VERB" or verb.dep_ not in ("dobj", "pobj", "prep"):
            break
        verb = verb.head
    return any(c.dep_ == "nsubj" and _named_people_in(c) >= 2 for c in verb.children)


def _named_people_in(subject) -> int:
    """The people a subject names: its conjuncts ('A and B'), or for a plural noun the
    names set out beside it ('the two leaders, A and B')."""
    if subject.tag_ in ("NNS", "NNPS"):
        return len({entity_span(t) for t in subject.subtree if t.ent_type_ == "PERSON"})
    # "Senate Majority Leader A and House Minority Leader B": the parser may hang the
    # names on the titles as appositions or compounds, any way round; the names in the
    # subject's own words count (not "A, an ally of B", "A's aide")
    return len({entity_span(n) or n.i for n in joint_names(subject)})


def joint_names(subject) -> list:
    """The people's names in a subject's own words, one word each (the last of a name)."""
    return [
        n
        for n in _own_words(subject)
        if is_named_person(n)
        and not (n.dep_ == "compound" and n.head.ent_type_ == n.ent_type_ == "PERSON")
    ]


def subject_names(subject, noun) -> list:
    """The people a subject names as acting together at a meeting noun: at a joint event
    ("A and B endorsed C at a news conference"), or any coordinated subject ("French
    president A and Commission president B pressed C at a summit in Paris"), however the
    parser hung the names on the titles; none for a subject of one."""
    if noun.lemma_.lower() in mlx.JOINT_EVENT_NOUNS:
        return joint_names(subject)
    if not any(w.dep_ == "cc" and w.lower_ == "and" for w in _own_words(subject)):
        return []
    # the words that head a name ("Marieke van der Linden": "Linden", not "van" on "der")
    names = [n for n in joint_names(subject) if n.dep_ != "compound"]
    return names if len(names) >= 2 else []


_OTHER_PHRASES = frozenset(["prep", "relcl", "acl", "poss", "advcl", "ccomp", "npadvmod"])


def _own_words(phrase) -> list:
    """The words of a phrase outside the phrases hung on it (prepositions, clauses,
    possessives)."""
    words, todo = [], [phrase]
    while todo:
        word = todo.pop()
        words.append(word)
        todo += [c for c in word.children if c.dep_ not in _OTHER_PHRASES and not _possessor(c)]
    return words


def _possessor(word) -> bool:
    """'Harris’ chief of staff A': a name with its possessive's apostrophe, whatever the
    parser made of it (a modifier of the title rather than a possessive)."""
    return any(
        c.dep_ in ("case", "punct") and c.lower_ in mlx.POSSESSIVE_MARKS for c in word.children
    )


def shook_hands(verb) -> bool:
    """'A and B shook hands in X', 'A shook hands with B': the hands of two people."""
    noun = mlx.HANDSHAKE_VERBS[verb.lemma_.lower()]
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == noun for c in verb.children):
        return False
    people = [
        o
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "with")
        for o in ([c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"])
        for o in conjuncts(o)
    ]
    return len(people) >= 2


def side_by_side(verb) -> bool:
    """'Speaking alongside X, Y said', 'stood alongside X': a person named beside the one
    who speaks or stands."""
    return any(
        c.dep_ == "prep" and c.lower_ in mlx.SIDE_BY_SIDE_PREPOSITIONS
        for c in verb.children
        for o in c.children
        if o.dep_ == "pobj" and _person_named(o)
    )


def attended_together(verb) -> bool:
    """'A attended a ceremony together with B', 'unveiled a memorial together with B': an
    occasion the subject and a person named were at side by side (GUIDELINES: a joint
    appearance somewhere is a meeting in person); not 'fight together with the army'."""
    return bool(together_with(verb))


def together_with(verb) -> list:
    """The people named after "together with" (or "along with") on a verb or on its
    object ('attended a ceremony together with B', however the parser hung the phrase)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [
        o
        for h in holders
        for c in h.children
        if (
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(a.dep_ == "advmod" and a.lower_ in mlx.TOGETHER_WORDS for a in c.children)
        )
        or (
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(a.dep_ == "advmod" and a.lower_ in mlx.TOGETHER_WORDS for a in h.children)
        )
        for o in c.children
        if o.dep_ == "pobj" and _person_named(o)
    ] + _along_with_at(verb)


def _along_with_at(verb) -> list:
    """'attended the ceremony along with E': as "together with E", on a verb that takes its
    occasion (not 'X attended, along with E', which joins a meeting told before)."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return []
    return along_with(verb)


def _person_named(token) -> bool:
    """A person's name, or a title with the name in apposition ("president, X")."""
    return (
        token.ent_type_ == "PERSON"
        or name_chain(token) is not None
        or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in token.children)
    )


def appeared_with(verb) -> list:
    """'A appeared with B', 'appeared alongside B at a rally': the people named as
    appearing with the subject."""
    return [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in mlx.JOINT_APPEARING_PREPOSITIONS
        for o in c.children
        if o.dep_ == "pobj" and _person_named(o)
    ]
