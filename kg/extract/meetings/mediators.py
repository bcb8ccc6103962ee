"""Third parties of a meeting already told: the state or person a later clause says hosted,
brokered or mediated it ("A and B will meet on April 9. The talks are being hosted by C",
"C, who hosted that meeting, said ...", "A met B in D on Friday. C's envoy, E, mediated",
"The meeting, held at a guest house and hosted by C, focused on ..."); and the third
parties a meeting's own words name ("C-mediated talks", "talks with C's mediation", "the
talks, held in D and hosted by C"). A host or mediator takes part, of the talks of states as
much as of people (as the blind probes' annotators read GUIDELINES)."""

from __future__ import annotations

from kg.extract.actors.names import name_chain
from kg.extract.common import agents_of
from kg.extract.lexicon import meeting_mediators as mdx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.phrases import conjuncts, phrase_tokens


def told_by_name(noun) -> bool:
    """'the talks', 'that meeting': a meeting word pointing back to one told (not 'the
    first round of talks', 'the talks in Geneva', a meeting the words tell of their own)."""
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in mlx.DEFINITE_DETERMINERS for c in noun.children
    ) and all(c.dep_ in ("det", "poss", "compound", "punct") or _set_off(c) for c in noun.children)


def _set_off(clause) -> bool:
    """'the talks, which will be the first since May': a relative clause set off by a
    comma, which tells more of the meeting without picking out another."""
    start = clause.left_edge.i
    return clause.dep_ == "relcl" and start > 0 and clause.doc[start - 1].text == ","


def _hosting_agents(noun) -> list:
    """'talks, held in D and hosted by C', 'talks mediated by C': the agents of a hosting
    or brokering clause on a meeting word, or of one coordinated with such a clause."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    return [member for obj in agents_of(clauses, mlx.MEDIATING_VERBS) for member in conjuncts(obj)]


def hosted_told(noun) -> list:
    """'The meeting, held at a guest house and hosted by C, focused on ...': the host a
    clause gives a meeting word that points back to one told (a definite one with no sides
    of its own)."""
    if noun.pos_ == "VERB" or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return []
    if not any(
        c.dep_ in ("det", "poss") and c.lower_ in mlx.DEFINITE_DETERMINERS for c in noun.children
    ):
        return []
    if any(
        c.dep_ not in ("det", "poss", "compound", "punct", "acl", "relcl") for c in noun.children
    ):
        return []
    if noun.tag_ == "NNS" and noun.lower_ not in mlx.PLURAL_ONLY_MEETINGS:
        return []
    return _hosting_agents(noun)


def _meeting_nouns(trigger) -> list:
    """The meeting word, or the meeting words a verb holds ('held a round of talks')."""
    if trigger.pos_ != "VERB":
        return [trigger]
    nouns = [c for c in trigger.children if c.dep_ == "dobj"]
    return nouns + [
        o
        for n in nouns
        for p in n.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _good_offices(holder) -> list:
    """'with Cuban mediation', 'under Qatar's mediation', 'under the auspices of the AU',
    'with C shuttling between the delegations': the one whose good offices a preposition
    on the meeting or its verb names."""
    out = []
    for prep in holder.children:
        if prep.dep_ != "prep" or prep.lower_ not in mdx.MEDIATION_PREPOSITIONS:
            continue
        # "with C shuttling between the two delegations": the one who shuttles
        out += [
            m
            for v in prep.children
            if v.dep_ in ("pcomp", "pobj", "acl") and v.lemma_ in mdx.SHUTTLING_VERBS
            for s in v.children
            if s.dep_ == "nsubj"
            for m in conjuncts(s)
        ]
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in mdx.MEDIATION_NOUNS:
                continue
            for c in noun.children:
                if c.dep_ in ("amod", "poss", "compound") and c.pos_ in ("PROPN", "ADJ"):
                    out.append(c)
                elif c.dep_ == "prep" and c.lower_ == "of":
                    out += [m for o in c.children if o.dep_ == "pobj" for m in conjuncts(o)]
    return out


def named_mediators(trigger) -> list:
    """'a round of Qatar-mediated talks', 'talks with Cuban mediation', 'the talks, held in
    D and hosted by C': the third parties a meeting's own words name as host or broker."""
    out = []
    for noun in _meeting_nouns(trigger):
        for mod in noun.children:
            if mod.dep_ == "amod" and mod.lower_ in mdx.MEDIATED_PARTICIPLES:
                # "Turkish-mediated talks": the word joined to the participle
                out += [
                    c
                    for c in mod.children
                    if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i < mod.i
                ]
        out += _hosting_agents(noun) + _good_offices(noun)
    verb = trigger if trigger.pos_ == "VERB" else _governing_verb(trigger)
    if verb is None:
        return out
    if verb.i != trigger.i and verb.lemma_ in mlx.MEDIATING_VERBS:
        # "C hosted three rounds of talks between A and B": the subject of the hosting
        out += [m for c in verb.children if c.dep_ == "nsubj" for m in conjuncts(c)]
    return out + _good_offices(verb)


def _governing_verb(noun):
    """'held talks', 'held a new round of talks': the verb a meeting word (or the round
    it is of) is the subject or object of."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        return noun.head
    return None


def hosts_of_told(trigger) -> list:
    """'The talks are being hosted by C', 'C, who hosted that meeting': the third party a
    hosting or brokering verb gives a meeting word that points back to one told."""
    if trigger.pos_ == "VERB" or not told_by_name(trigger):
        return []
    if trigger.tag_ == "NNS" and trigger.lower_ not in mlx.PLURAL_ONLY_MEETINGS:
        return []  # "who chaired the meetings": several, not the one just told
    verb = trigger.head
    if verb.lemma_ not in mlx.VENUE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return []
    if trigger.dep_ == "nsubjpass":
        return [
            member
            for agent in verb.children
            if agent.dep_ == "agent"
            for obj in agent.children
            if obj.dep_ == "pobj"
            for member in conjuncts(obj)
        ]
    if trigger.dep_ == "dobj":
        subjects = _raised_subjects(verb)
        if verb.dep_ == "relcl" and subjects and subjects[0].tag_ in ("WP", "WDT"):
            subjects = [verb.head]  # "C, who hosted that meeting"
        return [m for s in subjects for m in conjuncts(s)]
    return []


def _raised_subjects(verb) -> list:
    """The subject of a verb, or, for one with none of its own that completes another
    ('C is set to host the talks', 'C has offered to mediate the talks'), the subject of
    the verb it completes."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ != "xcomp":
            return subjects
        verb = verb.head
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return [c for c in verb.children if c.dep_ == "nsubjpass"]
    return []


def lone_mediators(verb) -> list:
    """'C's envoy, E, mediated.': the subjects of a mediating verb with nothing mediated
    named (the meeting just told is the one)."""
    if verb.pos_ != "VERB" or verb.lemma_ not in mlx.MEDIATING_ALONE_VERBS:
        return []
    if any(c.dep_ in ("dobj", "agent", "prep", "ccomp", "xcomp") for c in verb.children):
        return []
    return [m for c in verb.children if c.dep_ == "nsubj" for m in conjuncts(c)]


def third_party_keys(actors, members, held) -> list[str]:
    """The actors those members name that a meeting (of those ``held``) does not hold yet
    (a person set out by apposition, "C's envoy, E", by the name; a state by its
    adjective)."""
    keys: list[str] = []
    for member in members:
        if member.dep_ in ("amod", "npadvmod", "compound") and member.ent_type_ == "NORP":
            # "Cuban mediation", "Turkish-mediated": the state of the adjective
            key = actors.resolve([member], before=member.i + 1)
            if key and key not in held and key not in keys:
                keys.append(key)
            continue
        named = [a for a in member.children if a.dep_ == "appos"] or [member]
        for node in named:
            chain = name_chain(node)
            key = actors.resolve(phrase_tokens(node), before=node.i + 1) or (
                actors.person_named(chain) if chain is not None else None
            )
            if key:
                break
        else:
            continue
        if _is_person(actors, key) and held and not any(_is_person(actors, h) for h in held):
            # "Iranian and US negotiators met, with Oman's foreign minister shuttling
            # between them": of talks of states, the state of the one who brokers them
            key = actors.acting_for(key) or key
        if key not in held and key not in keys:
            keys.append(key)
    return keys


def _is_person(actors, key: str) -> bool:
    return key in actors.records and actors.records[key].type == "Person"
