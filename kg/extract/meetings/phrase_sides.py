"""Whom a phrase at a meeting stands for, beyond its name: a body named without its state (the
article's body of that state), a leader's title with a state and no name (the one leader of that
state named before), an unnamed delegate (their delegation's state), 'it' meeting someone (the
state or body that says so, or named just before a clause of time), a bare 'the ministry' in
what a minister says (the minister's state), and people who do not act for the state that
describes them (kin, soldiers, rabbis)."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import meeting_sides as rgx
from kg.extract.lexicon import meetings as mlx
from kg.extract.lexicon import statements as slx
from kg.extract.meetings.records import state_of
from kg.gazetteer import fold


def state_body(actors, token, key: str | None) -> str | None:
    """ "Russia's Foreign Ministry", where the article also writes "the Russian Foreign
    Ministry": a body named without its state, owned by a state, is the article's body of
    that state with the same name, when it names one (else the body as found)."""
    if key is None or actors.records[key].type != "Organization" or actors.state_in_name(key):
        return key
    owners = [
        actors.key_at(c)
        for t in token.doc[token.left_edge.i : token.i + 1]
        for c in t.children
        if c.dep_ == "poss" and c.ent_type_ == "GPE"
    ]
    owner = next((o for o in owners if o), None)
    if owner is None:
        return key
    name = fold(actors.records[key].name)
    return next(
        (
            other
            for other, record in actors.records.items()
            if other != key
            and record.type == "Organization"
            and fold(record.name).endswith(" " + name)
            and actors.state_in_name(other) == owner
        ),
        key,
    )


def represented_person(actors, member, key: str | None) -> str | None:
    """'his meeting with the new Polish prime minister': a leader's title with a state and
    no name is the one person of that state named before with a leader's title, if one."""
    if key is None or actors.records[key].type != "Country":
        return key
    if member.lemma_.lower() not in lx.LEADER_TITLES or member.tag_ != "NN":
        return key
    # ("Ecuador's foreign minister": not its president; "the new Polish prime minister")
    words = [c.lower_ for c in member.children if c.dep_ in ("amod", "compound") and c.i < member.i]
    if not _leader_title(" ".join([*words, member.lower_])):
        return key
    state = state_of(actors, key)
    people = []
    for token in member.doc[: member.i]:
        person = actors.key_at(token) if token.ent_type_ == "PERSON" else None
        if person is None or person in people or actors.records[person].type != "Person":
            continue
        titles = actors.records[person].titles
        if state_of(actors, person) == state and any(_leader_title(t) for t in titles):
            people.append(person)
    return people[0] if len(people) == 1 else key


def _leader_title(title: str) -> bool:
    """'chancellor', 'prime minister', 'president' (not 'foreign minister', 'vice
    president'): a head of state's or government's title."""
    words = title.lower().split()
    if set(words) & mlx.SUBORDINATE_TITLE_WORDS:
        return False
    for n, word in enumerate(words):
        if word not in lx.LEADER_TITLES:
            continue
        needed = mlx.QUALIFIED_LEADER_TITLES.get(word)
        if needed is None or (n and words[n - 1] in needed):
            return True
    return False


def delegate_of(actors, member) -> str | None:
    """'an African dignitary who is part of the Central African Republic delegation': an
    unnamed person the phrase places in one state's delegation acts for that state."""
    if member.pos_ != "NOUN":
        return None
    states = {
        actors.key_at(c)
        for t in member.subtree
        if t.lemma_.lower() in lx.SIDE_NOUNS
        for c in t.subtree
        if c.ent_type_ in ("GPE", "NORP") and actors.key_at(c)
    }
    states = {k for k in states if actors.records[k].type == "Country"}
    return states.pop() if len(states) == 1 else None


def acts_for_itself(actors, member, key: str) -> bool:
    """'met Ukrainian soldiers', 'meeting Russia's top rabbis', 'met X's parents': people
    who do not act for the state that describes them, or kin of the person named."""
    if member.pos_ == "NOUN" and mlx.KIN_NOUNS & {member.lower_, member.lemma_.lower()}:
        return False  # "met Gershkovich's parents": the parents, not Gershkovich
    if actors.records[key].type == "Person" or member.ent_type_:
        return True
    return member.lemma_.lower() not in lx.NOT_REPRESENTATIVE_PEOPLE


def it_side(actors, pronoun) -> str | None:
    """'Libya said it had held talks with Turkey', 'a challenge to the Libyan government as
    it holds talks with Ankara': 'it' meeting someone is the state or body that is the
    subject of the speech verb its clause hangs on, or, in a clause of time ('as', 'while')
    on a noun phrase before it, the nearest state or body named before it in the sentence
    (a person is 'he' or 'she')."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    node = pronoun.head
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.lemma_ in lx.SPEECH_VERBS:
            return speaking_body(actors, node.head)
        if node.dep_ not in ("xcomp", "conj", "aux") or node.head.i == node.i:
            break
        node = node.head
    clause = pronoun.head
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in rgx.WHILE_MARKERS for c in clause.children
    ):
        return None
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        key = actors.key_at(token)
        if key is None:
            continue
        return key if _body_or_state(actors, key) else None
    return None


def speaking_body(actors, verb) -> str | None:
    """The state or body the subject of a speech verb names ('Libya said ...',
    'the group said ...'); None for a person or no subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    words = [t for t in subjects[0].subtree if t.i <= subjects[0].i]
    key = actors.resolve(words, before=subjects[0].i + 1)
    return key if key and _body_or_state(actors, key) else None


def _body_or_state(actors, key: str) -> bool:
    return actors.records[key].type in ("Country", "Organization", "Group")


def speakers_office(actors, token, key: str | None) -> str | None:
    """'Foreign Minister A said the ministry would summon a Z diplomat': a bare office noun
    (rgx.BARE_OFFICE_NOUNS, only "the" before it) in what a person says is the state that
    person acts for, unless it names a body of the article by that noun (else the key as
    found)."""
    if (
        token.lemma_.lower() not in rgx.BARE_OFFICE_NOUNS
        or [c.lower_ for c in token.children] != ["the"]
        or (key and fold(token.lemma_) in fold(actors.records[key].name))
    ):
        return key
    clause = next(
        (a for a in token.ancestors if a.dep_ == "ccomp" and a.head.lemma_ in slx.SPEECH_VERBS),
        None,
    )
    if clause is None:
        return key
    verb = clause.head
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "A described it as X and said the ministry would ..."
    for speaker in (c for c in verb.children if c.dep_ == "nsubj"):
        person = actors.key_at(speaker)
        if person and actors.records[person].type == "Person":
            return actors.acting_for(person) or key
    return key
