"""Joint speakers: words said together by several actors are each one's (GUIDELINES: one
statement per speaker), also where the parse or the wording hides the coordination."""

from __future__ import annotations

from kg.extract.common import conjunct_chain, objects_of, sentence_of
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
    """'A met B on Monday. The two men agreed to ...', 'A discussed it with B, and the two
    leaders affirmed ...', 'A and B agreed ... The leaders said ...': a plural of persons
    counted two (or 'both men', or 'the leaders' alone) points back to the last pair of
    persons: who met (a meeting's subject and its object, or the one it was 'with'), or two
    persons coordinated as a subject; in its own sentence before it or in the two before,
    in its paragraph."""
    if subject.tag_ != "NNS" or subject.lemma_.lower() not in lxs.JOINT_PERSON_NOUNS:
        return []
    if not _the_two(subject) and not _the_alone(subject):
        return []
    sentence = sentence_of(subject)
    doc = subject.doc
    scopes = [list(doc[sentence.start : subject.i])]
    start = sentence.start
    for _ in range(lxs.JOINT_PAIR_SENTENCES_BACK):
        if start == 0:
            break
        before = sentence_of(doc[start - 1])
        if "\n" in doc[before.end - 1 : start + 1].text:
            break  # another paragraph is about something else
        scopes.append(list(before))
        start = before.start
    for tokens in scopes:
        pair = _pair_in(actors, tokens)
        if pair:
            return pair
    return []


def _the_alone(noun) -> bool:
    """'the leaders': a plural with the definite article and nothing else before it."""
    before = [c for c in noun.children if c.i < noun.i]
    return len(before) == 1 and before[0].dep_ == "det" and before[0].lower_ == "the"


def _pair_in(actors, tokens) -> list[str]:
    """The two persons who met in these words (the last meeting verb with a person as its
    subject and one as its object or its 'with'), or two persons coordinated as a subject;
    else nothing."""
    verbs = [t for t in tokens if t.pos_ == "VERB" and t.lemma_.lower() in lxm.MEETING_VERBS]
    for verb in reversed(verbs):
        subject = _person_of(actors, _subject_verb(verb), "nsubj")
        other = _person_of(actors, verb, "dobj") or _with_person(actors, verb)
        keys = subject + other
        if len(keys) == 2 and len(set(keys)) == 2:
            return keys
    for token in reversed(tokens):
        if token.dep_ != "nsubj" or token.ent_type_ != "PERSON":
            continue
        if not any(c.dep_ == "conj" for c in token.children):
            continue
        keys = conjoined_actors(actors, token)
        people = all(actors.records[k].type == "Person" for k in keys)
        if len(keys) == 2 and len(set(keys)) == 2 and people:
            return keys
    return []


def _subject_verb(verb):
    """The verb whose subject a verb shares: the first of coordinated verbs ('A cut short
    his trip and held a call with B': A's), else the verb itself."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
        verb = verb.head
    return verb


def _pair_met(actors, verb) -> bool:
    """Whether a verb tells of a meeting of two persons, each named (or a meeting's noun
    tells of one with a person named: 'talks with B')."""
    if verb.pos_ == "NOUN" and lxm.MEETING_NOUNS & {verb.lemma_.lower(), verb.lower_}:
        return bool(_with_person(actors, verb))
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lxm.MEETING_VERBS:
        return False
    other = _person_of(actors, verb, "dobj") or _with_person(actors, verb)
    return bool(_person_of(actors, verb, "nsubj") and other)


def _with_person(actors, verb) -> list[str]:
    """The one person a meeting verb was 'with' ('discussed it in a call with B', 'held
    talks with B'), on the verb, its object or the noun of its phrase."""
    objects = objects_of(verb, "with")
    for child in verb.children:
        if child.dep_ == "dobj":
            objects += objects_of(child, "with")  # 'held talks with B'
        elif child.dep_ == "prep":
            for noun in child.children:
                objects += objects_of(noun, "with")  # 'in a call with B'
    for noun in objects:
        keys = conjoined_actors(actors, noun)
        if len(keys) == 1 and keys[0] and actors.records[keys[0]].type == "Person":
            return keys
    return []


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
    """'..., officials from both countries said', 'officials on both sides said': unnamed
    officials of 'both countries' (or 'the two countries', 'both sides') speak for each of
    the two states their sentence named before them, when it named exactly two."""
    if subject.tag_ != "NNS" or subject.lemma_.lower() not in lxs.PLURAL_ROLE_LEMMAS:
        return []
    states = [o for p in lxs.JOINT_STATE_PREPOSITIONS for o in objects_of(subject, p)]
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


def counted_states(actors, subject) -> list[str]:
    """'The three countries announced ...', 'Both sides have claimed ...': a plural of states
    counted (``COUNTED_STATE_WORDS``) points back to the last states the text coordinated
    in as many ('Niger, Mali and Burkina Faso', 'Kyrgyzstan and Tajikistan'), unless a
    meeting was told since (the sides are then those who met)."""
    if subject.tag_ != "NNS" or subject.lemma_.lower() not in lxs.COUNTED_STATE_NOUNS:
        return []
    if subject.head.dep_ == "relcl":
        return []  # 'a deal in which the two countries vowed to ...': the deal's terms
    words = [c.lower_ for c in subject.children if c.dep_ in ("det", "predet", "nummod")]
    counts = [lxs.COUNTED_STATE_WORDS[w] for w in words if w in lxs.COUNTED_STATE_WORDS]
    if len(counts) != 1:
        return []
    for token in reversed(subject.doc[: subject.i]):
        if _pair_met(actors, token):
            return []  # 'A held talks with B ... The two sides agreed': the sides who met
        if token.dep_ == "conj" or not token.ent_type_ or actors.in_quote(token.idx):
            continue
        if not any(c.dep_ == "conj" for c in token.children):
            continue
        keys = conjoined_actors(actors, token)
        if len(set(keys)) == len(keys) == counts[0] and all(
            k and actors.records[k].type == "Country" for k in keys
        ):
            return keys
    return []


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


def appositive_coordination(actors, subject, keys: list[str]) -> list[str]:
    """'The A Union, the B Authority (C) and the Troika - D, E and F - called for ...': the
    parser hung the second body on the first in apposition and the rest on the second; a
    body in apposition that names another actor and has conjuncts is a coordination, and
    each body speaks (a group set off by dashes, 'the Troika - D, E and F', by its
    members)."""
    if len(keys) != 1 or not subject.ent_type_:
        return keys
    bodies = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_]
    if len(bodies) != 1 or not any(c.dep_ == "conj" for c in bodies[0].children):
        return keys
    found = [keys[0]]
    for token in (bodies[0], *conjunct_chain(bodies[0])):
        members = [c for c in token.children if c.dep_ == "appos" and c.ent_type_]
        heads = [members[0], *conjunct_chain(members[0])] if len(members) == 1 else [token]
        for head in heads:
            key = actors.key_at(head) or actors.resolve(_name_tokens(head), before=head.i + 1)
            if key is None:
                return keys
            found.append(key)
    return found if len(set(found)) == len(found) else keys


def _name_tokens(head) -> list:
    """A name's own words: the head and what hangs on it before it, with no apposition,
    conjunct or bracket after it."""
    return [t for t in head.subtree if t.i <= head.i or t.dep_ in ("prep", "pobj")][
        : head.i - head.left_edge.i + 1
    ] or [head]
