"""Reports set off at the end of another's clause: 'X said A, accusing B of C', 'X said A
until B amends its constitution, whose preamble Y says contains C', 'X said A, which, he
noted, hardly fits C'. A speech verb inside a reported clause that hangs on it through a
non-restrictive modifier (a relative clause, a participle or a prepositional phrase opened
after a comma) and runs to the clause's end is a statement of its own (GUIDELINES: the
reported clause as printed, after its reporting verb); the outer clause ends before that
modifier's comma.

Invariants: a clause reported through a chain of complements ('said he did not think
China was ...') is untouched (``reported.outermost`` keeps only the outer one); a
modifier inside the clause that does not run to its end ('the attack, which officials said
killed five, was ...') cuts nothing; the outer clause keeps at least
``DETACHED_OUTER_MIN_WORDS`` words, else both stay as they were.
"""

from __future__ import annotations

import dataclasses

from kg.extract.common import doc_text, mention, word_count
from kg.extract.lexicon import statement_spans as lxs
from kg.extract.statements.cuts import set_against
from kg.extract.statements.facts import NAME


def detached_reports(doc, statements: list, verbs: dict) -> list:
    """The statements with each outer clause that closes on a detached report cut before it
    (``verbs`` maps a reported span to its verb's character offset; the cut span is entered
    there too, so that ``outermost`` reads it as reported after its verb)."""
    text = doc_text(doc)
    out = []
    for outer in statements:
        span = (outer.mention.begin, outer.mention.end)
        verb_at = verbs.get(span, -1)
        if outer.direct or not 0 <= verb_at < span[0]:
            out.append(outer)
            continue
        cut = _cut_before_detached(doc, outer, statements, verbs)
        if cut is None or word_count(text[span[0] : cut]) < lxs.DETACHED_OUTER_MIN_WORDS:
            out.append(outer)
            continue
        short = mention(doc, span[0], cut, NAME)
        verbs[(short.begin, short.end)] = verb_at
        out.append(dataclasses.replace(outer, content=short.anchor, mention=short))
    return out


def _cut_before_detached(doc, outer, statements, verbs):
    """The character offset where the outer clause ends, before the comma of the earliest
    detached modifier holding another report's verb, or None."""
    begin, end = outer.mention.begin, outer.mention.end
    clause = doc.char_span(begin, end, alignment_mode="expand")
    if clause is None or not len(clause):
        return None
    cuts = []
    for inner in statements:
        if inner.direct or (inner.mention.begin, inner.mention.end) == (begin, end):
            continue
        if not (begin < inner.mention.begin and inner.mention.end <= end):
            continue
        at = verbs.get((inner.mention.begin, inner.mention.end))
        verb = _token_at(doc, at) if at is not None else None
        if verb is None or not begin < verb.idx < end or not _own_report(doc, inner, verb):
            continue
        modifier = _detached_modifier(verb, clause)
        if modifier is not None:
            cuts.append(modifier)
    if not cuts:
        return None
    first = min(cuts)
    comma = doc[first - 1]
    before = doc[comma.i - 1]
    return before.idx + len(before)


def _own_report(doc, inner, verb) -> bool:
    """Whether the inner report stands as a statement of its own: a verb that reports (not
    one under another verb, 'had yet to confirm it would ...', nor an infinitive of purpose
    without a subject of its own, 'to express ...'; not an invitation, 'which had invited
    both sides to ...'; not one set against the clause, 'while the government pressed
    ...'), with a clause of some words that neither opens on the relative pronoun ('which
    Moscow has promised to deploy') nor on a pronoun object of its verb ('calling it “a
    significant change”')."""
    if verb.dep_ == "xcomp" or verb.lemma_ in lxs.DETACHED_UNREPORTING_VERBS:
        return False
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if infinitive and not any(c.dep_ == "nsubj" for c in verb.children):
        return False  # '..., to express “solidarity”': the purpose of the act reported
    if set_against(verb):
        return False
    words = doc.char_span(inner.mention.begin, inner.mention.end, alignment_mode="expand")
    if words is None or word_count(inner.content) < lxs.DETACHED_INNER_MIN_WORDS:
        return False
    first = words[0]
    if first.tag_ in lxs.OPENING_TAGS:
        return False
    ids = {t.i for t in words}
    clause = any(t.head.i == verb.i and t.dep_ == "ccomp" for t in words if t.head.i not in ids)
    if clause and any(t.tag_ in lxs.OPENING_TAGS and _object_gap(t, verb) for t in verb.subtree):
        return False  # 'which Moscow has said it will re-establish': the clause lacks its object
    return not (first.pos_ == "PRON" and first.dep_ == "dobj" and first.head.i == verb.i)


def _object_gap(pronoun, verb) -> bool:
    """Whether a relative pronoun is the object of the clause reported ('which X said it
    will re-establish'), not the verb's own adjunct ('in which he urged ...'); (the verb's
    clause is checked by the caller: 'which X described as Y' reports the 'as' phrase)."""
    if pronoun.i > verb.i:
        return False
    if pronoun.dep_ in ("dobj", "dep"):
        return True  # (the parser may hang it on the verb of saying, as its object)
    return pronoun.dep_ == "pobj" and pronoun.head.head.i != verb.i


def _detached_modifier(verb, clause):
    """The index of the first word of the outermost modifier on the path from the verb up to
    the clause's head that is set off by a comma and runs to the clause's end, or None."""
    doc = verb.doc
    inside = range(clause.start, clause.end)
    last = clause.end - 1
    while last > clause.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    found = None
    node = verb
    while node.i in inside:
        if node.dep_ in lxs.DETACHED_MODIFIER_DEPS:
            left, right = node.left_edge.i, node.right_edge.i
            if (
                left - 1 > clause.start
                and doc[left - 1].text == ","
                and right >= last
                and left in inside
            ):
                found = left
        if node.head.i == node.i:
            break
        node = node.head
    return found


def _token_at(doc, idx: int):
    span = doc.char_span(idx, idx + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
