"""Joint speakers: words said together by several actors are each one's (GUIDELINES: one
statement per speaker), also where the parse or the wording hides the coordination."""

from __future__ import annotations

from kg.extract.common import objects_of, sentence_of
from kg.extract.lexicon import meetings as lxm
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.subjects import conjoined_actors


def with_coordinated_names(actors, people, person: str) -> list[str]:
    """'Ministers A B-C and D E threatened to quit': the parser split the first name into
    several subjects and hung the second name on its last word; the person those words
    name speaks, and so does each person coordinated after it."""
    others: list[str] = []
    for token in people:
        for conjunct in (c for c in token.children if c.dep_ == "conj"):
            if conjunct.ent_type_ != "PERSON":
                return [person]
            keys = conjoined_actors(actors, conjunct)
            if not keys or any(actors.records[k].type != "Person" for k in keys):
                return [person]
            others += keys
    keys = [person, *others]
    return keys if len(set(keys)) == len(keys) else [person]


def pair_who_met(actors, subject) -> list[str]:
    """'A met B on Monday. The two men agreed to ...': a plural of persons counted two (or
    'both men') points back to the two persons of a meeting in the sentence just before, its
    subject and its object, each named."""
    if subject.tag_ != "NNS" or subject.lemma_.lower() not in lxs.JOINT_PERSON_NOUNS:
        return []
    if not _the_two(subject):
        return []
    sentence = sentence_of(subject)
    if sentence.start == 0:
        return []
    before = sentence_of(subject.doc[sentence.start - 1])
    if "\n" in subject.doc[before.end - 1 : sentence.start + 1].text:
        return []  # another paragraph is about something else
    verbs = [t for t in before if t.pos_ == "VERB" and t.lemma_.lower() in lxm.MEETING_VERBS]
    if len(verbs) != 1:
        return []
    keys = _person_of(actors, verbs[0], "nsubj") + _person_of(actors, verbs[0], "dobj")
    return keys if len(keys) == 2 and len(set(keys)) == 2 else []


def _person_of(actors, verb, dep: str) -> list[str]:
    """The one person named as a verb's subject or object, else nothing."""
    heads = [c for c in verb.children if c.dep_ == dep]
    if any(c.dep_ == "conj" for h in heads for c in h.children):
        return []
    if len(heads) > 1:
        # 'met Bashar al-Assad': a parse that split one name into several objects
        keys = list({actors.key_at(h) for h in heads})
    else:
        keys = conjoined_actors(actors, heads[0]) if heads else []
    if len(keys) != 1 or keys[0] is None or actors.records[keys[0]].type != "Person":
        return []
    return keys


def both_states_named(actors, subject) -> list[str]:
    """'..., officials from both countries said': unnamed officials of 'both countries' (or
    'the two countries') speak for each of the two states their sentence named before them,
    when it named exactly two."""
    if subject.tag_ != "NNS" or subject.lemma_.lower() not in lxs.PLURAL_ROLE_LEMMAS:
        return []
    states = [o for p in ("from", "of", "in") for o in objects_of(subject, p)]
    if not states or states[0].lemma_.lower() not in lxs.JOINT_STATE_NOUNS:
        return []
    if not _the_two(states[0]):
        return []
    keys: list[str] = []
    for token in subject.doc[sentence_of(subject).start : subject.i]:
        key = actors.key_at(token) if token.ent_type_ else None
        if key and actors.records[key].type == "Country" and key not in keys:
            keys.append(key)
    return keys if len(keys) == 2 else []


def _the_two(noun) -> bool:
    """'the two men', 'both countries': a plural counted as a pair."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet", "nummod")}
    return {"the", "two"} <= words or words == {"both"}


def with_appositive_conjuncts(actors, subject, keys: list[str]) -> list[str]:
    """'Ministers A B and C D threatened to quit': the parser hung the first name on the
    title in apposition and the second on the first; the person found speaks, and so does
    each person coordinated with the name in apposition."""
    if len(keys) != 1 or subject.ent_type_ or actors.records[keys[0]].type != "Person":
        return keys
    names = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if len(names) != 1 or actors.key_at(names[0]) != keys[0]:
        return keys
    return with_coordinated_names(actors, names, keys[0])
