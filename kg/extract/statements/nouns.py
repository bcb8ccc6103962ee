"""Reported speech through a noun of speech or stance with its 'that' clause: "expressed his
regret that CLAUSE", "made the case that CLAUSE", "spoke of his hope that CLAUSE", "rejected
X's claim that CLAUSE", "X's assessment is that CLAUSE", "the declaration by X that CLAUSE".

The clause is what was said; its speaker is the noun's named possessor or its 'by' agent
when there is one, else the subject of the verb that voices the noun (a lexicon table, so
that "allayed fears that ..." or "investigated claims that ..." give nobody's words). The
nouns, verbs and prepositions are lexicon tables; the 'that' must be the clause's
conjunction right after the noun (a relative 'the claim that he made' reports nothing).
"""

from __future__ import annotations

from kg.extract.common import doc_text, tokens, word_count
from kg.extract.lexicon import statements as lx
from kg.extract.statements.clauses import within_paragraph, without_sourcing
from kg.extract.statements.cuts import trimmed
from kg.extract.statements.denials import denies_its_gap
from kg.extract.statements.facts import statements_of
from kg.extract.statements.speakers import subject_actors
from kg.extract.statements.subjects import subject_tokens


def noun_clause_statements(doc, article, actors, quote_ranges) -> list:
    """The statements of every speech or stance noun's 'that' clause whose speaker is
    found."""
    text = doc_text(doc)
    out = []
    for noun in tokens(doc):
        if noun.pos_ != "NOUN" or not _speech_noun(noun):
            continue
        if any(b <= noun.idx < e for b, e in quote_ranges):
            continue
        clause = _that_clause(noun)
        if clause is not None:
            content = trimmed([t for t in clause if t.i > clause[0].i])
        else:
            content = _voiced_clause(noun)
            if content is None:
                continue
        content = without_sourcing(within_paragraph(content, noun)) if content else None
        if not content:
            continue
        begin, end = content[0].idx, content[-1].idx + len(content[-1])
        if word_count(text[begin:end]) < 3 or "\n" in text[begin:end]:
            continue
        speakers = noun_speakers(actors, noun)
        if speakers:
            out += statements_of(doc, article, actors, speakers, begin, end, False)
    return out


def _speech_noun(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in lx.STANCE_NOUNS or lemma in lx.HEARSAY_NOUNS


def _that_clause(noun):
    """The tokens of the noun's 'that' clause, its conjunction first ('the hope that ...',
    and 'X's assessment is that ...', where the clause hangs on the copula)."""
    heads = [noun]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        heads.append(noun.head)  # 'X's assessment is that ...'
    for head in heads:
        for clause in head.children:
            if clause.dep_ not in ("acl", "ccomp", "relcl", "attr") or clause.i < head.i:
                continue
            span = sorted(clause.subtree, key=lambda t: t.i)
            mark = span[0]
            if mark.lower_ != "that" or mark.dep_ != "mark" or mark.head.i != clause.i:
                continue
            if mark.i != head.i + 1:
                continue  # the noun's (or its copula's) own 'that', right after it
            if denies_its_gap(clause):
                continue  # 'a claim that X denied': a relative 'that', X's denial
            return span
    return None


def _voiced_clause(noun):
    """'gave assurances the mines would not be used', 'shared concerns with X that CLAUSE':
    the parser hangs the clause on the verb voicing the noun, or on the noun past its
    hearer; it is the noun's clause when it follows the noun, with only the noun's hearer
    ('with X', 'to X') between them, and has a subject of its own ('that' may be left out;
    a relative 'that' is no mark)."""
    verb = noun.head
    if _voicing_verb(noun) is None or noun.lemma_.lower() not in lx.STANCE_NOUNS:
        return None
    hearers = {
        t.i
        for c in (*noun.children, *verb.children)
        if c.dep_ == "prep" and c.lower_ in lx.HEARER_PREPOSITIONS and c.i > noun.i
        for t in c.subtree
    }
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i]
    clauses += [
        c
        for t in noun.subtree
        if t.i in hearers
        for c in t.children
        if c.dep_ in ("acl", "relcl", "ccomp") and any(_that_conjunction(m) for m in c.children)
    ]
    clauses += [
        c
        for c in noun.children
        if c.dep_ in ("acl", "relcl", "ccomp") and any(_that_conjunction(m) for m in c.children)
    ]
    for clause in clauses:
        span = sorted(clause.subtree, key=lambda t: t.i)
        if _that_conjunction(span[0]):
            span = span[1:]
        if not span or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            continue
        inside = {t.i for t in span} | hearers
        own = [t.i for t in noun.subtree if t.i not in inside and t.dep_ != "prep"]
        between = [t for t in noun.doc[max([noun.i, *own]) + 1 : span[0].i] if t.i not in hearers]
        if any(not _that_conjunction(t) for t in between):
            continue
        return trimmed(span)
    return None


def _that_conjunction(token) -> bool:
    return token.lower_ == "that" and token.dep_ == "mark"


def noun_speakers(actors, noun) -> list[str]:
    """Who voices the noun: its named possessor ('X's claim'), its agent ('a claim by X'),
    else the subject of the verb voicing it ('X expressed regret', 'X spoke of hope')."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            key = actors.untagged_person(child) or actors.resolve(
                subject_tokens(child), before=child.i + 1
            )
            return [key] if key else []
        if child.dep_ == "prep" and child.lower_ in lx.AUTHOR_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("PROPN", "NOUN"):
                key = actors.untagged_person(objects[0]) or actors.resolve(
                    subject_tokens(objects[0]), before=objects[0].i + 1
                )
                if key:
                    return [key]
    verb = _voicing_verb(noun)
    if noun.lemma_.lower() not in lx.STANCE_NOUNS and not (
        verb is not None and verb.lemma_ in lx.HEARSAY_VOICING_VERBS
    ):
        # 'investigated claims that ...': others' words, with no speaker named; 'made
        # claims that ...' makes them the subject's own
        return []
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return []
    return subject_actors(actors, verb)


def _voicing_verb(noun):
    """The verb that voices the noun: its object ('expressed regret'), or through a
    preposition of topic ('spoke of his hope')."""
    head = noun.head
    if noun.dep_ in lx.VOICED_NOUN_DEPS and head.pos_ in ("VERB", "AUX") and head.i < noun.i:
        return head if head.lemma_ in lx.VOICING_VERBS else None
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in lx.TOPIC_PREPOSITIONS:
        verb = head.head
        if verb.pos_ == "VERB" and verb.lemma_ in lx.TOPIC_SPEECH_VERBS and verb.i < head.i:
            return verb
    return None
