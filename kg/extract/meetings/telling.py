"""Verbs of telling, contacting and summoning that report a meeting ('Modi told Putin that
...', 'reached out to X', 'summoned the ambassador'), and the outlets and interviews that
make them none ('told CNN', 'told A on CNN's show')."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain
from kg.extract.common import entity_span, has_particle, tokens
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.addressees import state_official
from kg.extract.meetings.phrases import attendees
from kg.gazetteer import fold, gazetteer


def reached_out_to(verb):
    """'Harris reached out to Vance on Monday': the person a verb of contacting with its
    particle names after "to"; None if it names none."""
    particle = mlx.REACHING_OUT_VERBS[verb.lemma_.lower()]
    if not has_particle(verb, particle):
        return None
    if any(c.dep_ == "nsubj" and outlet(c) for c in verb.children):
        return None  # "CNN has reached out to X for comment": a reporter's request
    return next(
        (
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children
            if o.dep_ == "pobj" and _named_one(o)
        ),
        None,
    )


def _named_one(word) -> bool:
    """'spoke to X Y': a person's name, also one the model took for something else, not an
    outlet's ('talked to Al Jazeera')."""
    if word.ent_type_ == "PERSON":
        return True
    return word.dep_ == "pobj" and name_chain(word) is not None and not outlet(word)


def addressed(word) -> bool:
    """'spoke to X', 'talked to his Polish counterpart': one spoken with, named or not."""
    return _named_one(word) or state_official(word)


def outlet(token) -> bool:
    """'sat down with Al Jazeera': a news outlet the model took for a person."""
    span = entity_span(token)
    words = token.doc[span[0] : span[1]] if span else [token]
    return fold(" ".join(t.text for t in words)) in lx.NEWS_OUTLETS


def told_person(verb):
    """'Modi told Putin that ...': the person named as the one told, when a person tells
    them (not "told CNN", "told him"); None otherwise."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        subject = verb.head  # "Pelosi, who at one point told Biden that ..."
    if subject is None or not (
        subject.ent_type_ == "PERSON" or subject.tag_ == "PRP" or name_chain(subject) is not None
    ):
        return None
    if subject.lower_ in lx.FIRST_PERSON:
        return None  # "I told Putin": an account in a quote, read by the accounts
    if any(c.dep_ in ("dobj", "dative") and c.ent_type_ == "ORG" for c in verb.children):
        return None  # "told CNN's Jake Tapper", parsed as two objects: an interview
    if any(
        o.lemma_.lower() in mlx.WRITTEN_CHANNEL_NOUNS
        for c in verb.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj"
    ):
        return None  # "told Biden in a letter": a message, not a conversation
    if _told_on_air(verb):
        return None  # "told A on CNN's 'Inside Politics'", "told A in an interview"
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dobj", "dative")
            and (c.ent_type_ == "PERSON" or name_chain(c) is not None)
            and not outlet(c)
            # "told CNN's Jake Tapper": an interview with the outlet's journalist
            and not any(g.dep_ == "poss" and g.ent_type_ == "ORG" for g in c.children)
            and _named_in_full(c)
            and not _asks_for_an_outlet(c)
        ),
        None,
    )


def told_at_one_joined(verb) -> bool:
    """'A told B on a call joined by C': the meeting the telling was at, which names
    others who joined it (the verb's pair alone would be a meeting of its own)."""
    return any(
        attendees(o)
        for c in verb.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj"
    )


def _told_on_air(verb) -> bool:
    """'told A on CNN's show', 'told A in an interview': the one told asks for an outlet."""
    return any(
        o.ent_type_ in ("ORG", "WORK_OF_ART")
        or outlet(o)
        or o.lemma_.lower() in mlx.INTERVIEW_NOUNS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("on", "in")
        for o in c.children
        if o.dep_ == "pobj"
    )


def _named_in_full(person) -> bool:
    """A person the article names with a first name somewhere ('Kaitlan Collins' for a
    later 'Collins'): a lone capitalised word told something may be an outlet the model
    took for a person ('Radchenko told Euractiv')."""
    if any(c.dep_ == "compound" for c in person.children):
        return True
    known = gazetteer().lookup(person.text)
    if known is not None and known.type == "Person":
        return True  # "told Biden": a well-known surname
    return person.lower_ in _told_name_index(person.doc)[0]


def _asks_for_an_outlet(person) -> bool:
    """'ITV News correspondent A B', 'CNN's A B', at this mention or another of the same
    name: a journalist, whom a speaker tells in an interview."""
    return person.lower_ in _told_name_index(person.doc)[1]


def _told_name_index(doc) -> tuple[frozenset[str], frozenset[str]]:
    """Once per doc: the words that follow a person's name word (a surname named in full),
    and those with a journalist's role or an organisation's possessive in the four words
    before them."""
    cached = doc.user_data.get("kg_told_names")
    if cached is None:
        words = tokens(doc)
        full, asking = set(), set()
        for token in words:
            if token.i > 0 and words[token.i - 1].ent_type_ == "PERSON":
                full.add(token.lower_)
            before = words[max(0, token.i - 4) : token.i]
            if any(w.lemma_.lower() in mlx.MEDIA_ROLE_NOUNS for w in before) or any(
                w.tag_ == "POS" and w.i > 0 and words[w.i - 1].ent_type_ == "ORG" for w in before
            ):
                asking.add(token.lower_)
        cached = doc.user_data["kg_told_names"] = (frozenset(full), frozenset(asking))
    return cached


def is_summoning(verb) -> bool:
    """'summoned', and a verb that summons with its particle right after it ('called in
    the ambassador', 'was called in to the ministry'; the parser may take the particle for
    a preposition)."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in mlx.SUMMONING_VERBS:
        return True
    particle = mlx.PHRASAL_SUMMONING_VERBS.get(lemma)
    return particle is not None and any(
        c.i == verb.i + 1 and c.dep_ in ("prt", "prep") and c.lower_ == particle
        for c in verb.children
    )


def summoned_objects(verb) -> list:
    """The one a summoning verb summons: its object or the subject of its passive, or the
    object of its particle taken for a preposition ('called in the Z ambassador')."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.lemma_.lower() in mlx.PHRASAL_SUMMONING_VERBS:
        objects += [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.i == verb.i + 1
            for o in c.children
            if o.dep_ == "pobj"
        ]
    return objects


def summoned_envoy(verb):
    """'summoned the Ugandan ambassador', 'X was summoned, the envoy of Y': the object (or
    subject of the passive) of a summoning verb whose phrase names an envoy; None if none."""
    for child in summoned_objects(verb):
        if any(
            t.lemma_.lower() in mlx.ENVOY_NOUNS
            and (t.i == child.i or t.dep_ not in ("pobj", "relcl"))
            for t in child.subtree
            if t.head.i == child.i or t.i == child.i
        ):
            return child
    return None
