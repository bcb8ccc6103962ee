"""The accused as the denier: in 'X accused Y of arming rebels, an allegation the party
denies' or 'Y is accused of war crimes, which it denies' the denier's words only point back
(a pronoun, a definite common noun), and what they point to is the one accused of the claim
in that sentence: the object of the accusing verb, or its passive subject. The verbs and
their prepositions, and the pointing words, are lexicon tables
(``statement_claims.ACCUSED_PREPOSITIONS``, ``ACCUSED_PRONOUNS``)."""

from __future__ import annotations

from kg.extract.lexicon import statement_antecedents as lxa
from kg.extract.lexicon import statement_claims as lxc


def points_back(words) -> bool:
    """Whether a denier's words only point back: 'it', 'they', 'the party', 'the
    government in Nairobi', 'the Russian side' (no name of their own but an adjective)."""
    words = [t for t in words if not t.is_punct]
    if len(words) == 1 and words[0].lower_ in lxc.ACCUSED_PRONOUNS:
        return True
    if not words or words[0].lower_ not in lxa.ANAPHORIC_DETERMINERS:
        return False
    head = next((t for t in words if t.head.i == t.i or t.head not in words), None)
    return head is not None and head.pos_ == "NOUN"


def accused_of(actors, doc, begin: int, denier_words) -> list[str]:
    """The actors accused of the claim opening at char ``begin``: the object (or passive
    subject) of an accusing verb whose preposition holds the claim's first word. A person
    pronoun ('a charge he denies') points to a person accused, another pointer to a body or
    state; [] when no one accused fits."""
    span = doc.char_span(begin, begin + 1, alignment_mode="expand")
    if span is None or not len(span):
        return []
    first = span[0]
    person = any(t.lower_ in lxc.ACCUSED_PERSON_PRONOUNS for t in denier_words)
    for prep in first.ancestors:
        if prep.pos_ != "ADP":
            continue
        verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head
        expected = lxc.ACCUSED_PREPOSITIONS.get(verb.lemma_)
        if expected is None or prep.lower_ != expected or verb.pos_ != "VERB":
            continue
        accused = next(
            (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ != "PRON"),
            None,
        )
        if accused is None:
            return []
        # (not the claim's preposition hung on the accused, nor a clause on them)
        trailing = [
            c
            for c in accused.children
            if c.dep_ in ("relcl", "acl") or (c.dep_ == "prep" and c.lower_ == expected)
        ]
        drop = {t.i for c in trailing for t in c.subtree}
        words = [t for t in accused.subtree if t.i not in drop]
        key = actors.resolve(words, before=accused.i + 1)
        if key is None or (actors.records[key].type == "Person") != person:
            return []
        return [key]
    return []


def accusation_claim(span):
    """(begin, end) of what someone is accused of in a span ('accused Y of arming rebels'
    gives 'arming rebels'): the words after the accusing verb's preposition, to the span's
    end; None when the span holds no accusation."""
    for verb in span:
        expected = lxc.ACCUSED_PREPOSITIONS.get(verb.lemma_)
        if expected is None or verb.pos_ != "VERB":
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        prep = next(
            (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == expected),
            None,
        )
        if prep is None or prep.i + 1 >= span.end:
            continue
        begin = prep.doc[prep.i + 1].idx
        end = span[-1].idx + len(span[-1].text)
        stop = max(t.idx + len(t.text) for t in prep.subtree)
        return begin, min(end, stop)
    return None
