"""What the article's actor records say of a meeting's parties: the state a party acts
for, whether it is a person, the one full name a short name stands for."""

from __future__ import annotations

from kg.extract.actors.names import name_chain
from kg.extract.common import entity_span
from kg.extract.lexicon import meetings as mlx
from kg.extract.lexicon.actors import FILIAL_PARTICLES
from kg.gazetteer import fold, gazetteer


def full_person(actors, key: str) -> str:
    """'his meeting with Shmyhal': a person known by one name only, who is the one
    person of the article named in full with it (the model may have missed the link
    when it took the full name for something else), is that person."""
    record = actors.records[key]
    if record.type != "Person" or len(record.name.split()) != 1:
        return key
    name = fold(record.name)
    people = [
        (k, r.name.split())
        for k, r in actors.records.items()
        if k != key and r.type == "Person" and len(r.name.split()) > 1
    ]
    others = [k for k, words in people if name in surnames(words[-1])]
    if not others:
        # "Padrino" of "Vladimir Padrino Lopez", "Lai" of "Lai Ching-te": a name whose
        # family name is not its last word (not a parent's name after "bin": "King Hamad"
        # is not "Nasser bin Faris Al Dosari")
        others = [
            k
            for k, words in people
            if any(
                name in surnames(w) and not (n and words[n - 1].lower() in FILIAL_PARTICLES)
                for n, w in enumerate(words[:-1])
            )
        ]
    return others[0] if len(others) == 1 else key


def surnames(word: str) -> set[str]:
    """A full name's last word as a short mention may give it: whole, or without the
    article joined to it ("al-Burhan" is "Burhan" on second mention)."""
    folded = fold(word)
    head, hyphen, rest = folded.partition("-")
    return {folded, rest} if hyphen and rest and head in mlx.SURNAME_ARTICLES else {folded}


def state_of(actors, key: str) -> str | None:
    """The name of the state an actor acts for (by name: a capital and the state's own
    name can resolve to different records of one state)."""
    state = actors.acting_for(key)
    return actors.records[state].name if state else None


def state_at(actors, token) -> str | None:
    key = actors.key_at(token)
    return state_of(actors, key) if key else None


def is_person(actors, token) -> bool:
    # the record, not the model's label, says who is a person (a name may be tagged ORG)
    key = actors.key_at(token)
    if key is not None and actors.records[key].type == "Person":
        return True
    return name_chain(token) is not None  # a name the model missed (see kg.extract.actors.names)


def has_person(actors, keys) -> bool:
    return any(actors.records[k].type == "Person" for k in keys)


def named_head(actors, head) -> str | None:
    """'top House Democrat X', 'Senate Majority Leader X': a phrase headed by a person's
    name is that person, not the body a title before the name speaks of."""
    # ("Ursula von der Leyen": the name's head may be a particle, in the name all the same)
    if head.pos_ != "PROPN" or not any(
        c.dep_ == "compound"
        and c.i < head.i
        and (c.pos_ == "PROPN" or c.ent_type_ == head.ent_type_ == "PERSON")
        for c in head.children
    ):
        return None
    key = actors.key_at(head)
    if key is None or actors.records[key].type not in ("Person", "Organization"):
        return None
    words = actors.records[key].name.split()
    return key if words and fold(words[-1]) == fold(head.text) and len(words) > 1 else None


def surname_person(actors, token) -> str | None:
    """'Burhan met Deby', the surname tagged a place or left untagged: a lone proper noun,
    no place the gazetteer knows, that is the family name of just one person the article
    names in full, is that person."""
    if token.pos_ != "PROPN" or token.ent_type_ == "PERSON" or not token.text[:1].isupper():
        return None
    if any(c.dep_ in ("compound", "flat", "poss") for c in token.children):
        return None
    if token.dep_ == "compound" or gazetteer().lookup(token.text) is not None:
        return None
    key = actors.key_at(token)
    if key is not None and actors.records[key].type == "Person":
        return None
    name = fold(token.text)
    people = [
        k
        for k, r in actors.records.items()
        if r.type == "Person"
        and len(r.name.split()) > 1
        and any(name in surnames(w) for w in r.name.split())
    ]
    return people[0] if len(people) == 1 else None


def name_tail_person(actors, token) -> str | None:
    """'Mr al-Jubeir met X', the short name tagged a person but linked to no one (the
    parser may split it into several subjects, 'Mr', 'al', 'Jubeir'): a name of two or
    more tokens ('al-Jubeir', 'bin Farhan') that ends the full name of just one person
    the article names is that person."""
    if token.ent_type_ != "PERSON" or actors.key_at(token) is not None:
        return None
    span = entity_span(token)
    if span is None:
        return None
    if span[1] - span[0] < 2:
        return None  # (a lone surname: see full_person)
    words = fold(token.doc[span[0] : span[1]].text).split()
    people = [
        k
        for k, r in actors.records.items()
        if r.type == "Person"
        and len(fold(r.name).split()) > len(words)
        and fold(r.name).split()[-len(words) :] == words
    ]
    return people[0] if len(people) == 1 else None
