"""Subject phrases: the actor a subject names, or each actor of a coordination of names
('Both A and B said'), and the words of a subject that belong to it."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_after_title as titled_name_words
from kg.extract.actors.title_bearers import bearer_taken_for_body
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.parses import appositions_after, name_after_place


def names_speaker(token) -> bool:
    """Whether a common noun or pronoun can itself be who speaks ('the minister', 'he')."""
    word = token.lower_
    return (
        word in lx.PERSON_PRONOUNS
        or word in lx.ORG_PRONOUNS
        or word in lx.ROLE_NOUNS
        or word in lx.TITLE_WORDS
        or token.lemma_.lower() in lx.ROLE_NOUNS
    )


def conjoined_actors(actors, subject) -> list[str]:
    """The actor a subject names, or each actor of a coordination of names ('Both A and
    B', 'A and B'), when every conjunct names a distinct actor; a family in the plural
    ('the Obamas') is each of its members named in the article."""
    family = actors.family_at(subject)
    if family:
        return family
    titled_pair = _titled_names_run_together(actors, subject)
    if titled_pair:
        return titled_pair
    person = actors.untagged_person(subject) or _titled_last_conjunct(actors, subject)
    if person:
        # "A B and C D said": each conjunct that names a distinct actor speaks too
        chain = _conjunct_chain(subject)
        keys = [person] + [
            actors.untagged_person(c) or actors.resolve(_own_tokens(c), before=c.i + 1)
            for c in chain
        ]
        return keys if chain and None not in keys and len(set(keys)) == len(keys) else [person]
    bearer = bearer_taken_for_body(actors, subject)
    if bearer:
        return [bearer]  # "Head of X A B said" with A B tagged an organisation: A B
    if subject.ent_type_ in ("", "CARDINAL") or actors.key_at(subject) is None:
        # "The head of X, General A B, said", "One of X's allies, A B, said": the person
        # named in apposition to a title or a description (one the model tagged as a name,
        # "the Leader of Opposition, A B", names no actor)
        for child in subject.children:
            key = actors.key_at(child)
            if child.dep_ == "appos" and key and actors.records[key].type == "Person":
                key = actors.resolve(list(child.subtree), before=child.i + 1)
                if key:
                    return [key]
        named = _name_after_owner(actors, subject)
        placed = name_after_place(subject)
        named = named or (actors.key_at(placed) if placed is not None else None)
        if named and actors.records[named].type == "Person":
            return [named]
    chain = _conjunct_chain(subject)
    if (
        not subject.ent_type_
        and len(chain) >= 2
        and chain[0].ent_type_ == "PERSON"
        and all(c.ent_type_ for c in chain)
        and names_speaker(subject)
    ):
        # "The Secretary-General of X, A B and Prime Minister C D said": the parser took the
        # title's apposition for a conjunct; the names are the speakers
        keys = [actors.resolve(_own_tokens(c), before=c.i + 1) for c in chain]
        if None not in keys and len(set(keys)) == len(keys):
            return keys
    owners = _coordinated_owners(actors, subject)
    if owners:
        return owners
    tokens = subject_tokens(subject)
    whole = actors.resolve(tokens, before=subject.i + 1)
    if whole and subject.lemma_.lower() in lx.PERSON_BODIES and not subject.ent_type_:
        # "Ramaphosa's office said": those who work for a leader speak for the leader's
        # state, not as the leader
        whole = actors.state_of(whole) or whole
    conjuncts = chain
    # only names are split: 'the founder of X, and its director, Y' is one person
    if not subject.ent_type_ or not all(c.ent_type_ for c in conjuncts):
        conjuncts = []
    if not conjuncts or whole is None:
        return [whole] if whole else []
    split = set()
    for conjunct in conjuncts:
        split.update(t.i for t in conjunct.subtree)
    split.update(c.i for c in subject.children if c.dep_ in ("cc", "preconj"))
    first = actors.resolve([t for t in tokens if t.i not in split], before=subject.i + 1)
    keys = [first]
    for conjunct in conjuncts:
        # ('A, B and C': C may hang on B, and is not part of B)
        keys.append(actors.resolve(_own_tokens(conjunct), before=conjunct.i + 1))
    if None in keys or len(set(keys)) != len(keys):
        return [whole]
    return keys


def _name_after_owner(actors, subject) -> str | None:
    """'A spokeswoman for A, B C, said': the parser hangs the role's name on the owner the
    role speaks for; a name needs no name in apposition, so the person after a named owner
    is the role's (after 'the president', it is the president's own name)."""
    if not names_speaker(subject) or subject.pos_ != "NOUN":
        return None
    for owner, child in appositions_after(subject, lx.ROLE_PREPOSITIONS):
        if owner.pos_ != "PROPN" or not actors.key_at(owner):
            continue
        key = actors.key_at(child)
        if key and key != actors.key_at(owner) and actors.records[key].type == "Person":
            return key
    return None


def _titled_names_run_together(actors, subject) -> list[str]:
    """'Foreign Minister A B and Defence Minister C D said': the parser hangs the first
    titled name on the second's title as a compound, with no conjunct of the subject. The
    people named before the subject's own name in its phrase speak too, when 'and' stands
    right before the last one's title and a comma or 'and' between the others, with nothing
    but their titles (no preposition, no verb, no possessive) between them."""
    if subject.ent_type_ != "PERSON" or any(c.dep_ == "conj" for c in subject.children):
        return []
    doc, start = subject.doc, subject.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # the first word of the subject's own name
    names, joined = [], None
    for token in reversed(doc[subject.left_edge.i : start]):
        if token.ent_type_ == "PERSON":
            if token.ent_iob_ == "B":
                if not joined:
                    return []
                names.append(token)
                joined = False
        elif token.lower_ == "and" or token.text == ",":
            if joined is None and token.lower_ != "and":
                return []  # ('the envoy of A, B said': an apposition, not a pair)
            joined = True
        elif token.pos_ in ("ADP", "VERB", "AUX", "PART", "PUNCT", "PRON"):
            return []
    keys = [actors.key_at(t) for t in reversed(names)] + [actors.key_at(subject)]
    if not names or None in keys or len(set(keys)) != len(keys):
        return []
    return keys


def _titled_last_conjunct(actors, subject) -> str | None:
    """'Alberta Forestry and Parks Minister Todd Loewen said': the parser coordinates the
    words of a title's portfolio ('Forestry' and 'Parks Minister Todd Loewen'); when the
    last conjunct is a name after a title and the words before it name no person, the whole
    is one titled person, who speaks."""
    chain = _conjunct_chain(subject)
    if not chain or subject.ent_type_ == "PERSON" or subject.pos_ != "PROPN":
        return None
    if any(t.ent_type_ == "PERSON" for c in [subject, *chain[:-1]] for t in _own_tokens(c)):
        return None
    if not titled_name_words(chain[-1], actors.in_quote):
        return None
    return actors.untagged_person(chain[-1])


def _coordinated_owners(actors, subject) -> list[str]:
    """'Top NATO and EU officials', 'Malian and Burkinabe officials': unnamed people of a
    role (plural) whose modifiers coordinate two or more states or bodies speak for each of
    them (GUIDELINES: unnamed officials stand for their body; one statement per speaker)."""
    if subject.ent_type_ or subject.tag_ != "NNS":
        return []
    if subject.lemma_.lower() not in lxs.PLURAL_ROLE_LEMMAS:
        return []
    left = [t for t in subject.subtree if t.i < subject.i and t.dep_ != "det"]
    roles = _conjunct_chain(subject)
    if roles:
        # 'the ministers and senior officials of A, B and C': roles coordinated before the
        # owners they share, hung on the last; 'officials and experts': no owners
        if any(r.ent_type_ or r.lemma_.lower() not in lxs.PLURAL_ROLE_LEMMAS for r in roles):
            return []
        parts = _owners_after(roles[-1])
        coordinated_left = any(t.dep_ == "cc" or t.text == "," for t in left)
        return _owner_keys(actors, parts) if len(parts) >= 2 and not coordinated_left else []
    parts: list[list] = [[]]
    for token in left:
        if token.dep_ == "cc" or token.text == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    parts = [p for p in parts if p]
    if len(parts) < 2:
        parts = _owners_after(subject)
    if len(parts) < 2:
        return []
    return _owner_keys(actors, parts)


def _owner_keys(actors, parts: list[list]) -> list[str]:
    """The actors the owners' words name, each distinct, or none."""
    keys = [actors.resolve(p, before=p[-1].i + 1) for p in parts]
    if None in keys or len(set(keys)) != len(keys):
        return []
    if any(actors.records[k].type == "Person" for k in keys):
        return []  # 'Biden and Harris aides': a leader's staff, not the leader
    return keys


def _owners_after(subject) -> list[list]:
    """'officials from Kenya and Ethiopia': the coordinated bodies of the role's phrase
    ('from', 'of', 'at'), each conjunct's own words."""
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in lx.ROLE_PREPOSITIONS:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects:
            return [_own_tokens(c) for c in [objects[0], *_conjunct_chain(objects[0])]]
    return []


def _conjunct_chain(subject) -> list:
    """The conjuncts of a subject, also those hung on another conjunct ('A, B and C')."""
    out, todo = [], [subject]
    while todo:
        node = todo.pop(0)
        for child in node.children:
            if child.dep_ == "conj":
                out.append(child)
                todo.append(child)
    return sorted(out, key=lambda t: t.i)


def _own_tokens(conjunct):
    """A conjunct's words without the conjuncts and conjunctions hung on it."""
    drop = set()
    for child in conjunct.children:
        if child.dep_ == "conj":
            drop.update(t.i for t in child.subtree)
        elif child.dep_ in ("cc", "preconj"):
            drop.add(child.i)
    return [t for t in subject_tokens(conjunct) if t.i not in drop]


def subject_tokens(subject):
    # Drop relative clauses and trailing appositions that name other actors.
    drop = set()
    for child in subject.children:
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "appos" and child.i > subject.i + 3):
            drop.update(t.i for t in child.subtree)
    return [t for t in subject.subtree if t.i not in drop]


def alias_name(actors, subject) -> str | None:
    """'A spokesman for the Front, who goes by the alias A B, said': a role whose relative
    clause gives the name it goes by ('known as A B', 'who uses the nom de guerre A B') is
    that person."""
    if subject.pos_ != "NOUN" or not names_speaker(subject):
        return None
    for clause in subject.children:
        if clause.dep_ not in ("relcl", "acl"):
            continue
        words = list(clause.subtree)
        if not any(t.lower_ in lxs.ALIAS_WORDS for t in words):
            continue
        key = alias_actor(actors, [t for t in words if t.ent_type_ == "PERSON"], ("Person",))
        if key:
            return key
    return None


def alias_actor(actors, words, types) -> str | None:
    """The first actor of one of ``types`` that the words of a clause giving a name name
    ('who goes by the alias A B', 'known as X'), or None: the one the subject speaks as
    (``alias_name``; kg.extract.statements.named_bodies.aliased_body for a body)."""
    for token in words:
        key = actors.key_at(token)
        if key and actors.records[key].type in types:
            return key
    return None
