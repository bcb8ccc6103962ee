"""An attribution set off in mid-sentence between the clause it reports and a tail:
'CLAUSE, the ministry said on Tuesday, the eighth such swap ...', 'CLAUSE, the agency said,
and are expected to ...', 'CLAUSE, the government said, though stressed that ...', 'CLAUSE,
the ministry said, in which ...'. The parser hangs such an attribution on the tail as often
as on the clause, and the tail (an apposition, a relative, a second predicate, a clause
its conjunction subordinates) is the reporter's; the clause before is what was said. A
dateline opening the sentence ('Dubai: CLAUSE, X said, ...') is not part of it.
The words are lexicon tables; no actor or phrase is named."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import sentence_of, word_count
from kg.extract.lexicon import statement_spans as lx_spans
from kg.extract.statements.cuts import trimmed


def clause_before_attribution(verb):
    """The clause before a speech verb whose subject follows a comma closing that clause
    and whose own words (the subject, the verb, adjuncts such as 'on Tuesday' or 'in a
    statement') end at a comma that opens a tail; None when the words before are no clause
    of their own ('Turkey, he said, ...', 'At the same time, X said, ...', 'If ..., X
    said, ...') or the attribution closes the sentence (other frames take that)."""
    if verb.lemma_ not in lx.SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1:
        return None
    doc = verb.doc
    sentence = sentence_of(verb)
    start = subjects[0].left_edge.i
    if start - 1 <= sentence.start or doc[start - 1].text != ",":
        return None
    # the verb's own words after it: adjuncts only, up to the comma opening the tail
    end = verb.i + 1
    while end < sentence.end and doc[end].text != ",":
        token = doc[end]
        if not _adjunct_of(token, verb) or token.text in lx.QUOTE_MARKS:
            return None
        end += 1
    tail = [t for t in doc[end + 1 : sentence.end] if not (t.is_punct or t.is_space)]
    if end >= sentence.end or len(tail) < lx_spans.MIDSENTENCE_TAIL_WORDS:
        return None
    if any(t.is_space and "\n" in t.text for t in doc[sentence.start : end]):
        return None
    before = _after_dateline(list(doc[sentence.start : start - 1]))
    before = [t for t in before if not t.is_space]
    if before and (
        before[-1].tag_ in lx_spans.OPENING_TAGS or before[-1].pos_ in ("CCONJ", "SCONJ")
    ):
        return None  # 'a mission which, X insists, must ...': the attribution is inside a clause
    if not before or before[0].text in lx.QUOTE_MARKS or before[0].text in lx.SINGLE_QUOTE_MARKS:
        return None  # a quotation is quoted, not reported
    if _quotation_closes(before):
        return None
    if not _own_clause(before):
        return None
    # 'Meanwhile, CLAUSE': a connective adverb opening the sentence is the reporter's
    if len(before) > 2 and before[0].dep_ == "advmod" and before[1].text == ",":
        before = before[2:]
    before = trimmed(before)
    if not before or word_count(" ".join(t.text for t in before)) < lx_spans.MIDSENTENCE_MIN_WORDS:
        return None
    return before


def _adjunct_of(token, verb) -> bool:
    """A word of the verb's own adjuncts ('on Tuesday', 'in a statement', 'late on Friday')."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.head.i == verb.i:
            # ('told reporters', 'told Reuters': the addressee of a verb of telling)
            addressee = verb.lemma_ in lx_spans.ADDRESSING_VERBS and ancestor.dep_ in (
                "dobj",
                "dative",
            )
            return addressee or ancestor.dep_ in lx_spans.ATTRIBUTION_ADJUNCT_DEPS
    return False


def _after_dateline(tokens):
    """'Dubai: CLAUSE', '(CNN) — CLAUSE': the place or agency of a dateline opening the
    sentence, with its colon or dash, is not part of the clause."""
    for k, token in enumerate(tokens[: lx_spans.DATELINE_WORDS + 1]):
        capitalised = all(t.text[:1].isupper() or t.is_punct for t in tokens[:k])
        if token.text in lx_spans.DATELINE_MARKS and k and capitalised:
            return tokens[k + 1 :]
    return tokens


def _quotation_closes(tokens) -> bool:
    """Whether the words (spaces dropped) end on a closing quotation mark (with its comma):
    a quotation the attribution closes, quoted directly."""
    last = [t for t in tokens if t.text != ","]
    return bool(last) and last[-1].text in lx.QUOTE_MARKS


def _own_clause(tokens) -> bool:
    """A finite clause standing on its own: its top verb (or a verb conjoined with it) has
    its subject among the words, and is no clause a conjunction or 'when' subordinates
    ('If the talks fail', 'When X attacks'), no participle ('Asked whether ...') and no
    report of its own ('X reported that ...', whose clause is X's)."""
    ids = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    for token in [*tops, *(c for t in tops for c in t.conjuncts if c.i in ids)]:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ in lx_spans.DEPENDENT_CLAUSE_DEPS:
            continue
        if token.lemma_ in lx.SPEECH_VERBS:
            continue
        if any(
            c.dep_ == "mark" or (c.tag_ in lx_spans.OPENING_TAGS and c.i < token.i)
            for c in token.children
        ):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in ids for c in token.children):
            return True
    return False


def attribution_before_tail(verb):
    """'CLAUSE, the government said, though stressed that ...': a speech verb with no
    subject of its own, in the tail of a mid-sentence attribution the parser hung on it,
    speaks for that attribution's subject; the attribution verb, or None."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for child in verb.children:
        if (
            child.dep_ in ("parataxis", "conj")
            and child.i < verb.i
            and child.lemma_ in lx.SPEECH_VERBS
            and clause_before_attribution(child) is not None
        ):
            return child
    return None
