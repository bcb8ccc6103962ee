"""Unnamed counterparts: 'spoke with his Chinese counterpart by phone' names no one, so the
participant is the counterpart's state (GUIDELINES), not a person of that state the article
named before for something else. The counterpart is that person when the article gives them
the rank of the one whose counterpart they are ('the American president and his Russian
counterpart', with 'Russian President Vladimir Putin' in the article: Putin, as the seed gold
has it), or names them just after ("his Russian counterpart ... Putin agreed"). Plural counterparts
named by a regional adjective of a fixed set of states ("his Baltic counterparts") are each
of those states but the side's own."""

from __future__ import annotations

from kg.extract.lexicon import meeting_sides as rgx
from kg.extract.lexicon import meetings as mlx
from kg.gazetteer import gazetteer


def unnamed_counterpart_state(actors, member, key: str | None) -> str | None:
    """The state of a counterpart noun named by its state's adjective or possessive and no
    name of its own; else ``key`` as found."""
    if key is None or member.lemma_.lower() not in mlx.COUNTERPART_NOUNS:
        return key
    if actors.records[key].type != "Person":
        return key
    if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in member.children):
        return key  # "his Iranian counterpart Hossein Amir-Abdollahian"
    if any(member.i < t.i and t.ent_type_ == "PERSON" for t in member.subtree):
        return key
    if not any(actors.key_at(t) == key for t in member.doc[: member.i]) and _named_next(
        actors, member, key
    ):
        return key  # "his Russian counterpart ... Vladimir Putin agreed": named just after
    if _same_rank(actors, key, _possessor_ranks(actors, member, key)):
        return key
    states = [
        actors.key_at(c)
        for c in member.children
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in ("GPE", "NORP")
    ]
    states = [s for s in states if s and actors.records[s].type == "Country"]
    return states[0] if len(states) == 1 else key


def regional_counterparts(actors, member) -> list[str]:
    """'X discussed it with his Baltic counterparts': a plural counterpart noun named by a
    regional adjective of a fixed set of states (``REGIONAL_STATES``) and no names of its
    own stands for each of those states (the side's own state is left out by
    ``without_own_states``)."""
    if member.lemma_.lower() not in mlx.COUNTERPART_NOUNS or member.tag_ not in ("NNS", "NNPS"):
        return []
    if any(t.ent_type_ == "PERSON" for t in member.subtree):
        return []  # "his Baltic counterparts, A and B": the people named
    # "his Nordic and Baltic counterparts": each adjective of the list
    words = [
        w
        for c in member.children
        if c.dep_ in ("amod", "compound")
        for w in [c, *(t for t in c.subtree if t.dep_ == "conj")]
    ]
    if not words or any(w.lower_ not in rgx.REGIONAL_STATES for w in words):
        return []  # "his Baltic and Polish counterparts": not all of a fixed set
    names = dict.fromkeys(n for w in words for n in rgx.REGIONAL_STATES[w.lower_])
    keys = [actors.state_named(name) for name in names]
    return [k for k in keys if k]


def without_own_states(actors, regional: list[str], keys: list[str]) -> list[str]:
    """The states of a regional group but those the meeting's other sides act for ('the
    Latvian minister and her Baltic counterparts': Estonia and Lithuania)."""
    own = set()
    for key in keys:
        state = actors.state_of(key) if actors.records[key].type == "Person" else key
        if state:
            own.add(actors.records[state].name)
    return [k for k in regional if actors.records[k].name not in own and k not in keys]


def _named_next(actors, member, key: str) -> bool:
    """Whether the person is first named after the counterpart in its own sentence or the
    next (one named paragraphs later is of another story)."""
    doc = member.doc
    end = member.sent.end
    following = doc[end].sent.end if end < len(doc) else end
    return any(actors.key_at(t) == key for t in doc[member.i + 1 : following])


def _possessor_ranks(actors, member, key: str) -> set[str]:
    """The ranks of the one whose counterpart this is: the noun the counterpart is joined to
    ('The American president and his Russian counterpart') or the subject of its verb ('X
    spoke with his Indian counterpart'), from the person it names or from its own words."""
    holder = member.head if member.dep_ == "conj" else None
    verb = member
    while holder is None and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            break
    if holder is None:
        return set()
    other = actors.key_at(holder)
    if other and other != key and actors.records[other].type == "Person":
        return _ranks(actors.records[other].titles)
    words = [c.lower_ for c in holder.children if c.dep_ == "compound" and c.i < holder.i]
    return _ranks([" ".join([*words, holder.lower_])])


def _same_rank(actors, key: str, possessor_ranks: set[str]) -> bool:
    """Whether the article gives the person the rank of the one whose counterpart they are."""
    return bool(_ranks(actors.records[key].titles) & possessor_ranks)


def _ranks(titles) -> set[str]:
    """Titles without the states they open with ('russian president' -> 'president')."""
    gaz = gazetteer()
    ranks = set()
    for title in titles:
        words = title.split()
        while words and (gaz.country_of_demonym(words[0]) or gaz.lookup(words[0])):
            words = words[1:]
        if words:
            ranks.add(" ".join(words))
    return ranks
