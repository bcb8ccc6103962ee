"""Which pronoun a person of the article takes, read from the article itself: a 'she' can
not stand for a man the text calls 'he', whatever the order of the mentions.

The evidence is the sentences (outside quotation marks) that name one person only: an
honorific, a reflexive, and a 'he' or 'she' that is the main clause's subject there are
that person's ('Mrs', 'herself', 'When A arrived, she said').
A person with evidence one way only takes that pronoun; one with none, or with both, any.
No name list: the article tells.
"""

from __future__ import annotations

from kg.extract.common import sentences
from kg.extract.lexicon import actors as lx

MALE, FEMALE = "m", "f"


def pronoun_gender(word: str) -> str | None:
    """The gender a pronoun or honorific says ('he', 'her', 'Mr')."""
    word = word.lower().rstrip(".")
    if word in lx.MALE_WORDS:
        return MALE
    if word in lx.FEMALE_WORDS:
        return FEMALE
    return None


def _telling(token, subject) -> bool:
    """A word whose gender is the person's that a sentence names alone: an honorific right
    before a name ('Mrs A'); a reflexive or a 'he' or 'she' that is the subject of what
    the person's own verb says ('A said she would ...', 'A hurt herself'), or the main
    clause's subject after the person was the main one ('A arrived, and she said ...').
    An object or a possessive ('declining to endorse him', 'his remarks'), or a subject
    after someone unnamed ('When A came, the deputy stepped back, he said') is as often
    someone the text has not named there. ``subject``: the person's subject token."""
    word = token.lower_.rstrip(".")
    if word in lx.GENDER_HONORIFICS:
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_type_ == "PERSON"
    if subject is None or subject.i > token.i:
        return False
    verb = subject.head
    if word in lx.REFLEXIVE_PRONOUNS:
        return token.head.i == verb.i
    if token.dep_ != "nsubj" or word not in lx.PERSON_SUBJECT_PRONOUNS:
        return False
    if token.head.dep_ == "ccomp" and token.head.head.i == verb.i:
        return True  # 'A said she would ...'
    return verb.dep_ == "ROOT" and token.head.dep_ == "conj" and token.head.head.i == verb.i


def _subject_token(first):
    """The token of a mention (its first token given) that is a subject."""
    node = first
    while node.dep_ not in ("nsubj", "nsubjpass") and node.head.i != node.i:
        node = node.head
    return node


def person_genders(doc, mentions, subjects, is_person, in_quote) -> dict[str, str]:
    """Person key -> 'm' or 'f', for each person the article's one-person sentences give a
    pronoun or honorific of one gender only (``mentions``: (token, key) in text order;
    ``subjects``: the tokens of those mentions that are subjects; ``is_person``: whether a
    key is a person's; ``in_quote``: whether a character offset stands inside quotation
    marks)."""
    counts: dict[str, dict[str, int]] = {}
    position = 0
    for sentence in sentences(doc):
        people, subject = set(), None
        while position < len(mentions) and mentions[position][0] < sentence.end:
            start, key = mentions[position]
            if start >= sentence.start and is_person(key):
                people.add(key)
                if start in subjects and subject is None:
                    subject = _subject_token(doc[start])
            position += 1
        if len(people) != 1:
            continue
        found = [
            gender
            for token in sentence
            if not in_quote(token.idx)
            and (gender := pronoun_gender(token.text))
            and _telling(token, subject)
        ]
        tally = counts.setdefault(next(iter(people)), {MALE: 0, FEMALE: 0})
        for gender in found:
            tally[gender] += 1
    out = {}
    for key, tally in counts.items():
        if tally[MALE] and not tally[FEMALE]:
            out[key] = MALE
        elif tally[FEMALE] and not tally[MALE]:
            out[key] = FEMALE
    return out
