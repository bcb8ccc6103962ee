"""Phone calls told by the verb "call": 'Macron called Putin on Monday', 'A called B to
congratulate him', not 'called for talks', 'called X a liar', 'called the attack "an act of
terror"', 'called Congress to act'."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain
from kg.extract.lexicon import meetings as mlx


def phoned(verb) -> bool:
    """Whether a verb "call" is a phone call to someone."""
    # "called for", "called on X to", "called off the trip": not a phone call
    if any(c.dep_ == "prt" and c.lower_ in lx.NOT_CALL_PARTICLES for c in verb.children):
        return False
    if called_person(verb) is not None:
        return True  # "Macron called Saied to discuss ...", parsed as "called X Y"
    if called_to_talk(verb):
        return True  # "A called B to offer him the post", not "called Congress to act"
    if names_what_called(verb):
        return False  # "called the attack 'an act of terror'", "calling X as Y"
    # ("called X on Monday": a prep after the one called is the call's time or place)
    return not any(
        c.dep_ in ("xcomp", "oprd") or (c.dep_ == "prep" and c.i == verb.i + 1)
        for c in verb.children
    ) and any(c.dep_ == "dobj" and _callable(c) for c in verb.children)


def _callable(obj) -> bool:
    """'called Saied', 'called him', 'called his Japanese counterpart': one who can be phoned,
    not a thing named ('called the attempt a grave attack', 'calling the invasion a
    crisis')."""
    if obj.pos_ != "NOUN" or any(
        a.dep_ in ("appos", "conj") and is_named_person(a) for a in obj.children
    ):
        return True  # ("called her pastor, A B": the person named beside the noun)
    word = obj.lemma_.lower()
    return word in lx.ROLE_NOUNS or word in lx.TITLE_WORDS or word in mlx.ENVOY_NOUNS


def called_person(verb):
    """'A called B to discuss X': the parser may take the person called for what they
    were called ("called X a liar"); a person's name there, with no object, is the one
    phoned."""
    if (verb.dep_ == "acl" and not called_by_person(verb)) or any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and not of_time(c)) for c in verb.children
    ):
        return None  # ("a group called Child Health and ...": a name given)
    # ("Macron called Putin on Monday": a day is when the call was made, no name's part)
    return next(
        (
            child
            for child in verb.children
            if child.dep_ == "oprd"
            and child.pos_ == "PROPN"
            and (child.ent_type_ == "PERSON" or name_chain(child) is not None)
        ),
        None,
    )


def called_by_person(verb) -> bool:
    """'Trump called Vance on Monday, to offer him the spot', parsed as 'Trump (who is)
    called Vance': a person's name the verb hangs on, with a day after the one called,
    is the caller (not 'a group called X', 'Vladimir, called Volodya by friends')."""
    return (
        verb.dep_ == "acl"
        and verb.i == verb.head.i + 1
        and verb.head.ent_type_ == "PERSON"
        and any(c.dep_ == "prep" and of_time(c) for c in verb.children)
    )


def names_what_called(verb) -> bool:
    """'called the attempt on X's life "a grave attack"', 'calling the invasion as "a
    crisis"': a name given to what is called (a quoted phrase right after the object, or
    an 'as' phrase), not a call to anyone."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return True
    doc = verb.doc
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        after = max(t.i for t in obj.subtree)
        # (the parser may hang the quoted name inside the object: its quote opens it)
        following = [t for t in obj.subtree if t.i > obj.i]
        if after + 1 < len(doc):
            following.append(doc[after + 1])
        if any(t.is_quote and t.is_left_punct for t in following):
            return True
    return False


def called_to_talk(verb) -> bool:
    """'A called B to congratulate him': a person called to be told something (a verb of
    the table mlx.CALL_PURPOSE_VERBS) was phoned, unlike one urged to act ('called
    Congress to act')."""
    # (the parser may take the one called for a predicate, "called X on Tuesday to offer")
    return any(
        c.dep_ in ("xcomp", "advcl")
        and c.lemma_ in mlx.CALL_PURPOSE_VERBS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    ) and any(
        c.dep_ in ("dobj", "oprd")
        and (
            c.ent_type_ == "PERSON" or name_chain(c) is not None or c.lower_ in mlx.CALLED_PRONOUNS
        )
        for c in verb.children
    )


def is_named_person(token) -> bool:
    # (a name the model left untagged or half-took for a place: "Santiago Pena")
    return token.ent_type_ == "PERSON" or (not token.ent_type_ and name_chain(token) is not None)


def of_time(prep) -> bool:
    """'on Monday', 'late on Tuesday': a phrase that says only when (so 'called Putin on
    Monday' names the one phoned, not what he was called)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def called_on(verb) -> bool:
    """'A called on President B later in the day': a call paid on someone, a visit (not
    'called on B to resign' nor 'called on B for restraint', a demand made of B)."""
    if verb.pos_ != "VERB" or verb.lemma_ != "call":
        return False
    on = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
    if on is None or on.lower_ not in mlx.CALLED_ON_PREPOSITIONS:
        return False
    # ("called on vice-president X": the parser may take the name for the verb's object)
    called = [*on.subtree, *(c for c in verb.children if c.dep_ == "dobj")]
    if not any(o.ent_type_ == "PERSON" or name_chain(o) is not None for o in called):
        return False
    after = [t for t in verb.subtree if t.i > on.i]
    return not any(
        t.tag_ == "TO" or (t.dep_ == "prep" and t.lower_ in mlx.DEMAND_PREPOSITIONS) for t in after
    ) and not any(c.dep_ in ("xcomp", "ccomp", "advcl", "oprd") for c in verb.children)
