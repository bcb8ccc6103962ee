"""A broken parse: when a meeting word's own phrases give fewer than two sides, the people
named in its sentence, when just two are (not those who report it, kin or outlets named,
nor people of another clause), or the first actor at the start of a body line the parser
ran a headline into."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import heads, in_headline_line, sentence_of
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.phrases import between_pair
from kg.extract.meetings.unnamed import met_unnamed, unnamed_group
from kg.extract.meetings.visits import is_journey


def sentence_people(actors, trigger, keys: list[str]) -> list[str]:
    """The two people the trigger's sentence names, if those are all it names and they
    include the sides found (``keys``); else ``keys``."""
    people, away = [], set()
    sentence = [t for t in sentence_of(trigger) if not in_headline_line(t)]
    reporters = {
        t.i
        for node in [trigger, *heads(trigger, 8)]
        # those who report the clause ("..., BelTA has learned"), unless they speak
        # of themselves ("Blinken said he had talks with Wang")
        if node.dep_ in ("ccomp", "parataxis")
        and not any(c.dep_ == "nsubj" and c.lower_ in lx.PERSON_PRONOUNS for c in node.children)
        for s in node.head.children
        if s.dep_ == "nsubj"
        for t in s.subtree
    }
    for token in sentence:
        if actors.in_quote(token.idx):
            continue  # "I kept calling him: 'Volodya, ...'": a name said, not a party
        if token.i in reporters:
            continue  # "..., Peskov said": the one who reports it
        if _kin_named(token):
            continue  # "met X's parents": not X
        if _outlet_named(token):
            continue  # "told the news site Al-Modon after the meeting": an outlet
        key = actors.key_at(token) if token.ent_type_ == "PERSON" else None
        if (
            key
            and actors.records[key].type == "Person"
            and (not _in_reach(token, trigger) or _acted_on(token, trigger))
        ):
            # "..., honoring X, who ended his bid": of another clause
            away.add(key)
        if key and key not in people:
            people.append(key)
    people = [k for k in people if actors.records[k].type == "Person"]
    if (
        len(people) == 2
        and not away & set(people)
        and set(keys) <= set(people)
        and not unnamed_group(actors, sentence)
        and not met_unnamed(actors, trigger)
        and not is_journey(trigger)
        # ("a call between A and his aides": the sides are told, one of them unnamed)
        and not (trigger.pos_ != "VERB" and between_pair(trigger))
    ):
        return people
    return keys


def line_subject(actors, trigger) -> str | None:
    words = []
    for token in sentence_of(trigger):
        if in_headline_line(token) or token.is_space:
            continue
        if token.i >= trigger.i or token.pos_ in ("VERB", "AUX"):
            break
        words.append(token)
    return actors.resolve(words, before=trigger.i) if words else None


def _outlet_named(token) -> bool:
    """'the Lebanese news site Al-Modon', 'the daily Al-Sabah': a name set out after a
    noun of a news outlet (the model may take it for a person's)."""
    name = token  # (the head of the name: "Modon" of "Al", "-", "Modon")
    while name.dep_ in ("compound", "flat", "punct") and name.head.ent_type_ == token.ent_type_:
        if name.head.i == name.i:
            break
        name = name.head
    return (
        name.dep_ == "appos"
        and name.head.pos_ == "NOUN"
        and name.head.lemma_.lower() in mlx.MEDIA_OUTLET_NOUNS
    )


def _kin_named(token) -> bool:
    """'X's parents', 'the family of X': a name that says whose kin are meant."""
    node = token
    # (the name's last word: "Cho Tae-yul's", its hyphen and words hung on it)
    while node.dep_ in ("compound", "flat", "punct") and node.head.i > node.i:
        node = node.head
    if node.dep_ == "poss":
        kin = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "of":
        kin = node.head.head
    else:
        return False
    return kin.pos_ == "NOUN" and bool(mlx.KIN_NOUNS & {kin.lower_, kin.lemma_.lower()})


def _acted_on(person, trigger) -> bool:
    """'The meeting confirmed the expulsion of A and B', 'the call with moderate Democrats
    was tense, as A told B': a person in the clause a meeting noun is the subject of is
    what the meeting acts on or is said of, not one at it (those of a clause beside it
    may be: 'A and B condemned the war, but the meeting revealed differences')."""
    if trigger.pos_ == "VERB" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    own = {t.i for t in trigger.subtree}  # ("a meeting between A and B was called off")
    return person.i not in own and any(t.i == person.i for t in trigger.head.subtree)


def _clause_verb(token):
    """The verb of the clause a token is in (itself, for a verb)."""
    node = token
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def _in_reach(person, trigger) -> bool:
    """'A said he had a call with B': a person named in the trigger's clause or in a
    clause it hangs on may take part; one in a clause of its own ('at the library
    honoring B', 'when he faced B') is spoken of, not met."""
    verb = _clause_verb(person)
    own = _clause_verb(trigger)
    return verb.i == own.i or any(h.i == verb.i for h in heads(own, 8))
