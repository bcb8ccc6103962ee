"""'It' and 'its' that speak: the state or organisation a neuter pronoun points back to.

'It said', 'it added' speak for the state or body that is a subject earlier in the sentence,
that gave the sentence's 'according to' source, or, for a pronoun opening its sentence or
closing it as an attribution, that was the subject or the speaker of the sentences just
before; 'its' belongs to a named subject before it. A person is never the antecedent (a
person is 'he' or 'she'), and a subject or source inside a quotation is no antecedent (the
words quoted are another's). Callers pass how speakers are found (``speakers_of``: a speech
verb's subject actors; ``source_of``: the actor of an 'according to' phrase), so this module
stays below kg.extract.statements.speakers, which uses it.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import sentence_of
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.sources import according_to_at
from kg.extract.statements.subjects import subject_tokens


def it_antecedent(actors, pronoun, speakers_of, source_of) -> list[str]:
    """'Beijing has denied ..., in contrast to the US, who it has accused of ...': 'it'
    speaking is the state or organisation that is subject earlier in the same sentence
    (a person is 'he' or 'she'; a nearer non-subject 'it' is usually a thing)."""
    sentence = sentence_of(pronoun)
    found = _according_to_source(actors, sentence, pronoun.i, source_of) or non_person_subject(
        actors, sentence, pronoun.i
    )
    opens = all(
        t.is_punct or t.is_space or actors.in_quote(t.idx)
        for t in pronoun.doc[sentence.start : pronoun.i]
    ) or _after_introduction(pronoun, sentence.start)
    if found is None and sentence.start > 0 and (opens or _closing_attribution(pronoun)):
        # "The FSB added: “...” It also called on ...": a sentence that opens with 'it'
        # goes on about the state or organisation the sentence before was about
        found = _body_subject_before(actors, sentence, speakers_of) or _last_body_speaking(
            actors, sentence, speakers_of, source_of
        )
    return [found] if found else []


def _closing_attribution(pronoun) -> bool:
    """'Ten sailors were taken off by a tanker, it said.': 'it' closing a sentence as the
    subject of the speech verb whose clause went before it, with no body named before it in
    that sentence, goes on about the body the sentences before were about."""
    verb = pronoun.head
    return (
        pronoun.dep_ == "nsubj"
        and verb.lemma_ in lx.SPEECH_VERBS
        and any(c.dep_ in ("ccomp", "parataxis") and c.i < pronoun.i for c in verb.children)
    )


def _last_body_speaking(actors, sentence, speakers_of, source_of) -> str | None:
    """'... according to a statement from the ministry. “...,” it added': the state or
    organisation that spoke in the few sentences before (a speech verb's subject, an
    'according to' source), when no one else did there."""
    doc = sentence.doc
    start, back = sentence.start, 0
    while start > 0 and back < lxs.IT_SPEAKER_SENTENCES_BACK:
        start, back = sentence_of(doc[start - 1]).start, back + 1
    found = []
    for token in doc[start : sentence.start]:
        if actors.in_quote(token.idx):
            continue
        if token.lemma_ in lx.SPEECH_VERBS and token.pos_ == "VERB":
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            keys = speakers_of(token) if subject is not None and subject.lower_ != "it" else []
        else:
            last = according_to_at(token)
            key = source_of(last) if last is not None else None
            keys = [key] if key else []
        found += keys
    if not found or len(set(found)) > 1 or actors.records[found[-1]].type == "Person":
        return None  # (a person who spoke since is 'he' or 'she'; two bodies, either)
    return found[-1]


def _body_subject_before(actors, sentence, speakers_of, named: bool = False) -> str | None:
    """The state or organisation that is the subject of the sentence before this one
    (``named``: by its name, not as the possessor of a thing, "Russia's interference")."""
    if sentence.start == 0:
        return None
    previous = sentence_of(sentence.doc[sentence.start - 1])
    subject = next((t for t in previous.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or actors.in_quote(subject.idx) or subject.lower_ == "it":
        return None
    if named and subject.pos_ != "PROPN":
        return None
    keys = speakers_of(previous.root)
    return keys[0] if len(keys) == 1 and actors.records[keys[0]].type != "Person" else None


def its_owner(actors, pronoun, speakers_of) -> str | None:
    """The state or organisation 'its' points back to: one that is a subject earlier in the
    sentence, else the subject of the sentence before."""
    sentence = sentence_of(pronoun)
    found = non_person_subject(actors, sentence, pronoun.i, named=True)
    return found or _body_subject_before(actors, sentence, speakers_of, named=True)


def _according_to_source(actors, sentence, before: int, source_of) -> str | None:
    """'X advanced, according to the institute, continuing what it called “...”': in a
    sentence that gives its source, the 'it' that speaks after it is that state or body,
    not the subject the source speaks of."""
    for token in sentence:
        if token.i >= before:
            break
        last = according_to_at(token)
        if last is None:
            continue
        found = source_of(last)
        if found and actors.records[found].type != "Person":
            return found
    return None


def _after_introduction(pronoun, start: int) -> bool:
    """'In April, it said ...': the sentence opens with a phrase of time or place set off
    by a comma, then the pronoun; it still opens the sentence's own words."""
    words = list(pronoun.doc[start : pronoun.i])
    if len(words) < 2 or words[-1].text != "," or pronoun.dep_ != "nsubj":
        return False
    verb = pronoun.head
    for token in words[:-1]:
        if token.is_punct or token.is_space:
            continue
        node = token
        # a root is its own head; spaCy makes a new Token per access, so compare indices
        while node.head.i not in (verb.i, node.i):
            node = node.head
        if node.head.i != verb.i or node.dep_ not in lxs.INTRODUCTORY_DEPS:
            return False
    return True


def non_person_subject(actors, sentence, before: int, named: bool = False) -> str | None:
    """The first state or organisation that is a subject in a sentence before a token
    (``named``: a subject that is its name)."""
    for token in sentence:
        if token.i >= before:
            break
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if named and token.pos_ != "PROPN":
            continue
        if actors.in_quote(token.idx):
            continue
        key = actors.resolve(subject_tokens(token), before=token.i + 1)
        if key and actors.records[key].type != "Person":
            return key
    return None
