"""Closing attributions: 'CLAUSE, the State Committee for X (SCX) said on Monday'.

The parser may hang the noun phrase that closes a sentence's reported clause on a word of
that clause (in apposition to its last noun: 'the frontier with Y, the State Committee
...'), and give the speech verb no subject or a wrong one (the dateline that opens the
sentence, 'CITY, May 5 -- ...'). The speaker is then the phrase between the reported
clause's last comma and the verb.

Invariants: only a speech verb whose reported clause stands before it (a ccomp to its
left) and whose subject, if any, stands before that clause; the phrase is whole (no verb,
no quotation mark, no other comma), short (lexicon ``CLOSING_SUBJECT_TOKENS``) and headed
by a name (a common noun's speaker, 'a diplomat in X', is for the frames of unnamed
sources); a bracketed acronym closing it is skipped; it must name an actor
(``actors.resolve``)."""

from __future__ import annotations

from kg.extract.lexicon import statements as lx


def closing_subject_tokens(verb) -> list:
    """The tokens of the phrase that closes the reported clause before a speech verb, when
    the parser gave that verb no subject of its own there; [] otherwise."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not clauses:
        return []
    clause = clauses[0]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.i > clause.left_edge.i for s in subjects):
        return []  # the verb's own subject stands after the clause opens: no repair
    doc = verb.doc
    end = verb.i
    # '... (SCX) said': the acronym in brackets after the name is no part of the phrase
    if end >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
        end -= 3
    words = []
    for token in reversed(doc[max(clause.left_edge.i, end - lx.CLOSING_SUBJECT_TOKENS) : end]):
        if token.text == ",":
            break
        if token.is_punct or token.pos_ in ("VERB", "AUX") or token.is_space:
            return []
        words.append(token)
    else:
        return []  # no comma sets the phrase off from the clause
    words.reverse()
    if not words or words[0].i <= clause.i:
        return []  # the comma stands inside the clause's own words before its head
    ids = {t.i for t in words}
    heads = [t for t in words if t.head.i not in ids or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ != "PROPN":
        # 'CLAUSE, officials said', 'CLAUSE, a diplomat in X confirmed': a common noun
        # heads the phrase, whose speaker the frames of unnamed sources decide
        return []
    return words


def closing_subject(actors, verb) -> list[str]:
    """The actor named by the phrase that closes a speech verb's reported clause, when the
    parser gave the verb no subject of its own there (see the module's docstring)."""
    words = closing_subject_tokens(verb)
    key = actors.resolve(words) if words else None
    return [key] if key else []


def cut_closing_subject(verb, tokens):
    """A reported clause without the phrase that closes it when that phrase is the speech
    verb's subject (``closing_subject_tokens``), nor the words before the clause the
    parser gave the verb for a subject (a dateline: 'CITY, May 5 -- ')."""
    words = closing_subject_tokens(verb)
    if not words or not tokens:
        return tokens
    clause = next(c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i)
    kept = [t for t in tokens if clause.left_edge.i <= t.i < words[0].i]
    while kept and kept[-1].is_punct:
        kept = kept[:-1]
    return kept or tokens
