"""First-person forces in a quotation: '"We have deployed our troops along the border," the
X leader said' is a force of the speaker's side (GUIDELINES: the actor is the state or group
whose force it is), not of the mover the sentence before gave.

The speaker is the subject of a verb of saying in the attribution beside the quotation: the
words after its closing mark up to the end of their sentence (', the X leader said'), else
the words before its opening mark in the same sentence ('X said: "..."'). A speaker who
acts for a state or group gives it, else the state the speaker's words name ('the X
president'); one that names no actor gives none.

Invariants: only a force whose own possessive is 'our' or 'my', or whose verb's subject is
'we' or 'I', inside quotation marks; no owner is ever given from outside the quotation's
paragraph.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import doc_quotations, sentence_of, tokens
from kg.extract.lexicon import deployments as dlx


def quoted_speaker_owner(actors, trigger, force) -> str | None:
    """The state or group whose force a first-person force in a quotation is: its
    speaker's (module docstring), or None."""
    if not _first_person(trigger, force):
        return None
    quote = next((q for q in doc_quotations(force.doc) if q.begin <= force.idx < q.end), None)
    if quote is None:
        return None
    for subject in _attribution_subjects(force.doc, quote):
        key = actors.resolve(list(subject.subtree), before=subject.i + 1)
        owner = actors.acting_for(key) or (key and actors.state_of(key))
        # ("the X president said": the state the speaker's words name)
        states = [actors.key_at(t) for t in subject.subtree if actors.key_at(t)]
        states = [k for k in states if actors.records[k].type == "Country"]
        if owner or states:
            return owner or states[0]
    return None


def _first_person(trigger, force) -> bool:
    """'our troops', 'my soldiers', 'we have deployed troops'."""
    if any(c.dep_ == "poss" and c.lower_ in dlx.FIRST_PERSON_POSSESSIVES for c in force.children):
        return True
    verb = trigger if trigger.pos_ == "VERB" else force.head
    return any(
        c.dep_ == "nsubj" and c.lower_ in lx.FIRST_PERSON_SUBJECTS and c.i != force.i
        for c in verb.children
    )


def _attribution_subjects(doc, quote):
    """The subjects of the verbs of saying just after a quotation (to the end of the
    sentence its closing mark is in), then just before it (from the start of the sentence
    its opening mark is in); in one paragraph."""
    after = [t for t in tokens(doc) if t.idx > quote.end]
    if after:
        sentence = sentence_of(after[0])
        words = [t for t in after if t.i < sentence.end and "\n" not in t.text]
        words = words[: next((n for n, t in enumerate(words) if t.text in lx.QUOTE_MARKS), None)]
        yield from _speech_subjects(words)
    opening = next((t for t in tokens(doc) if t.idx >= quote.open_mark), None)
    if opening is not None:
        sentence = sentence_of(opening)
        words = [t for t in sentence if t.i < opening.i and "\n" not in t.text]
        yield from _speech_subjects(words)


def _speech_subjects(words):
    for word in words:
        if word.lemma_ in lx.SPEECH_VERBS and word.pos_ == "VERB":
            yield from (c for c in word.children if c.dep_ == "nsubj" and c.tag_ != "PRP")
