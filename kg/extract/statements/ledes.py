"""Statements whose speaker comes in the sentence after them: "CLAUSE. X said this in an
interview.", "CLAUSE. X made the statement in Minsk.", "CLAUSE.\\n\\nThe relevant statement
was made by X." (the news-agency lede). The sentence pointed back at is X's reported
statement (also under an outlet's closing attribution, "..., Agency reports", "...,
Agency has learned"). The pointing
words are lexicon tables (``POINTING_BACK_OBJECTS``,
``MAKING_VERBS``, ``SOURCED_SPEECH_NOUNS``)."""

from __future__ import annotations

from kg.extract.common import doc_text, sentences
from kg.extract.lexicon import statements as lx
from kg.extract.statements.clauses import bare_attribution, reported_content
from kg.extract.statements.facts import statements_of
from kg.extract.statements.outlets import newsroom_credit

# the sentence pointed back at has at least this many words
_MIN_WORDS = 5


def lede_statements(doc, article, actors, speakers_of) -> list:
    """The statements a sentence gives to the speaker named in the sentence after it;
    ``speakers_of(verb)`` gives the speakers of a verb's subject."""
    text = doc_text(doc)
    spans = sentences(doc)
    out = []
    for k in range(1, len(spans)):
        before, after = spans[k - 1], spans[k]
        speakers = _pointing_back_speakers(actors, after, speakers_of)
        if not speakers:
            continue
        words = [t for t in before if not (t.is_punct or t.is_space)]
        if len(words) < _MIN_WORDS or any(actors.in_quote(t.idx) for t in words):
            continue
        if any(_attributing(t) for t in words):
            continue  # a sentence with its own speech verb has its own attribution
        if "\n\n" in text[words[0].idx : words[-1].idx]:
            continue
        begin, end = words[0].idx, words[-1].idx + len(words[-1])
        out += statements_of(doc, article, actors, speakers, begin, end, False)
    return out


def _attributing(token) -> bool:
    """A speech verb that reports a clause of its own ('X said ...'); one that reports
    nothing ('will respond to any aggression', 'answered the call') is no attribution."""
    return (
        token.lemma_ in lx.SPEECH_VERBS
        and token.pos_ == "VERB"
        and (reported_content(token) is not None or token.dep_ in ("parataxis", "ccomp"))
    )


def _pointing_back_speakers(actors, sentence, speakers_of) -> list[str]:
    root = _under_closing_attribution(sentence.root)
    children = list(root.children)
    if any(c.dep_ in ("ccomp", "xcomp") and not bare_attribution(c) for c in children):
        return []  # 'X said this would ...' reports a clause of its own
    objects = [c for c in children if c.dep_ == "dobj"]
    if root.lemma_ in lx.SPEECH_VERBS and any(
        o.lower_ in lx.POINTING_BACK_OBJECTS for o in objects
    ):
        return speakers_of(root)  # 'X said this in an interview'
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    # 'This was reported by X in its latest update': a speech verb's passive whose subject
    # points back
    reported_back = (
        root.lemma_ in lx.SPEECH_VERBS
        and subject is not None
        and subject.lower_ in lx.POINTING_BACK_OBJECTS
    )
    if root.lemma_ not in lx.MAKING_VERBS and not reported_back:
        return []
    if any(_pointing_noun(o) for o in objects):
        return speakers_of(root)  # 'X made the statement in Minsk'
    agent = next((c for c in children if c.dep_ == "agent"), None)
    if subject is None or agent is None or not (reported_back or _pointing_noun(subject)):
        return []
    source = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if source is None:
        return []
    key = actors.untagged_person(source) or actors.resolve(
        [t for t in source.subtree if t.dep_ != "appos" and t.head.dep_ != "appos"] or [source],
        before=source.i + 1,
    )
    return [key] if key else []  # 'The relevant statement was made by X'


def _pointing_noun(noun) -> bool:
    """'the statement', 'these remarks', 'the relevant statement'."""
    return noun.lemma_.lower() in lx.SOURCED_SPEECH_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that") for c in noun.children
    )


def _under_closing_attribution(root):
    """'X said this in an assessment, Agency reports.': the outlet's closing attribution
    is the parse's root; the sentence's own words are the speech verb it reports."""
    if root.lemma_ not in lx.SPEECH_VERBS and not newsroom_credit(root):
        return root
    clauses = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    if len(clauses) == 1 and clauses[0].lemma_ in lx.SPEECH_VERBS:
        return clauses[0]
    if len(clauses) == 1 and newsroom_credit(root):
        return clauses[0]  # 'X made the statement in Minsk, BelTA has learned'
    return root
