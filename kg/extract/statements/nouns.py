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
        if clause is None:
            continue
        content = trimmed([t for t in clause if t.i > clause[0].i])
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
            return span
    return None


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
    if noun.lemma_.lower() not in lx.STANCE_NOUNS:
        return []  # 'investigated claims that ...': others' words, with no speaker named
    verb = _voicing_verb(noun)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return []
    return subject_actors(actors, verb)


def _voicing_verb(noun):
    """The verb that voices the noun: its object ('expressed regret'), or through a
    preposition of topic ('spoke of his hope')."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and head.i < noun.i:
        return head if head.lemma_ in lx.VOICING_VERBS else None
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in lx.TOPIC_PREPOSITIONS:
        verb = head.head
        if verb.pos_ == "VERB" and verb.lemma_ in lx.TOPIC_SPEECH_VERBS and verb.i < head.i:
            return verb
    return None
