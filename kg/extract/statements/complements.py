"""What a verb says through a complement that is neither a clause nor an appeal: a warning
against something ("warned Iran against sending troops"), a rejected claim's 'that' clause
("dismissed accusations that it was shifting blame"), a proposed or offered act ("suggested
recognising the killings as genocide", "offered to host the talks") and a declared intent or
a raised prospect ("announced her intention to run", "raised the prospect of talks"). The
verbs are lexicon tables (``DISSUADING_VERBS``, ``REJECTING_VERBS``, ``PROPOSING_VERBS``,
``OFFERING_VERBS``, ``INTENT_DECLARING_VERBS``, ``PROSPECT_RAISING_VERBS``); a negated verb
says nothing."""

from __future__ import annotations

from kg.extract.lexicon import statements as lx
from kg.extract.statements.cuts import (
    cut_coordinated_speech,
    cut_with_speaker,
    trimmed,
)
from kg.extract.statements.denials import denies_its_gap

# the verbs whose 'against', 'that', proposal or object clause says something
_COMPLEMENT_VERBS = frozenset(lx.DISSUADING_VERBS).union(
    lx.REJECTING_VERBS,
    lx.PROPOSING_VERBS,
    lx.OFFERING_VERBS,
    lx.TELLING_VERBS,
    lx.FACT_VERBS,
    lx.INTENT_DECLARING_VERBS,
    lx.PROSPECT_RAISING_VERBS,
)


def complement_speech(verb) -> bool:
    """Whether a verb can say something through one of these complements."""
    if verb.lemma_ == lx.COPULA_LEMMA:
        return any(_insisting(c) for c in verb.children)
    return verb.pos_ == "VERB" and verb.lemma_ in _COMPLEMENT_VERBS


def complement_content(verb):
    """The tokens said through the verb's complement, or None."""
    if not complement_speech(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    return (
        dissuasion_content(verb)
        or rejected_claim(verb)
        or proposed_act(verb)
        or told_clause(verb)
        or stated_fact(verb)
        or insisted_clause(verb)
        or declared_object(verb)
    )


def _insisting(token) -> bool:
    return token.dep_ == "acomp" and token.lemma_.lower() in lx.INSISTING_ADJECTIVES


def insisted_clause(verb):
    """'X was adamant that the talks would resume': the clause the subject insisted on,
    hung on the adjective or on the copula after it."""
    if verb.lemma_ != lx.COPULA_LEMMA:
        return None
    adjectives = [c for c in verb.children if _insisting(c)]
    if not adjectives:
        return None
    adjective = adjectives[0]
    clauses = [
        c for c in (*adjective.children, *verb.children) if c.dep_ == "ccomp" and c.i > adjective.i
    ]
    if not clauses:
        return None
    tokens = sorted(clauses[0].subtree, key=lambda t: t.i)
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens = tokens[1:]
    if not tokens or any("\n" in t.text for t in tokens):
        return None
    return trimmed(cut_coordinated_speech(tokens))


def dissuasion_content(verb):
    """'warned Iran against sending troops into Iraq': the hearer with the phrase naming
    what they are warned off, as printed (GUIDELINES: the clause after the verb); with no
    hearer, the phrase alone ('cautioned against cutting aid')."""
    preposition = lx.DISSUADING_VERBS.get(verb.lemma_)
    if preposition is None:
        return None
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    heads = [verb, *objects[:1]]
    phrases = [
        c
        for head in heads
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == preposition and c.i > verb.i
    ]
    if not phrases or not any(c.dep_ in ("pobj", "pcomp") for c in phrases[0].children):
        return None
    phrase = phrases[0]
    filled = [c for c in phrase.children if c.dep_ in ("pobj", "pcomp")]
    words = [t for t in phrase.subtree if t.i > phrase.i and not t.is_punct]
    if filled[0].tag_ != "VBG" and len(words) < lx.DISSUASION_MIN_WORDS:
        return None
    first = min(t.i for t in objects[0].subtree) if objects else phrase.i
    # right after the verb: 'warned on Monday against ...' has its adjunct before
    if first != verb.i + 1:
        return None
    last = max(t.i for t in phrase.subtree)
    tokens = list(doc[first : last + 1])
    if any("\n" in t.text for t in tokens):
        return None
    return trimmed(cut_coordinated_speech(tokens))


def rejected_claim(verb):
    """'dismissed accusations that it was trying to shift blame': the claim's 'that'
    clause, the proposition rejected; a claim with no clause ('rejected the claims') names
    only what was rejected."""
    if verb.lemma_ not in lx.REJECTING_VERBS:
        return None
    tokens = _object_clause(verb, lx.DENIED_NOUNS)
    return trimmed(cut_coordinated_speech(_without_characterisation(tokens))) if tokens else None


def _object_clause(verb, nouns):
    """The 'that' clause of the verb's object when that object is one of these nouns
    ('accusations that ...', 'the fact that ...'); None when there is none or it runs
    across a paragraph."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i):
        if obj.lemma_.lower() not in nouns:
            continue
        for clause in obj.children:
            marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"]
            if denies_its_gap(clause):
                continue  # 'a claim that X denied': a relative 'that', X's denial
            if clause.dep_ in ("acl", "ccomp", "relcl") and marks and clause.i > obj.i:
                tokens = [t for t in clause.subtree if t.i > marks[0].i]
                return None if any("\n" in t.text for t in tokens) else tokens
    return None


def _without_characterisation(tokens):
    """'dismissed suggestions that Russia might attack as “nonsense”': the parser may hang
    the rejecting verb's 'as' phrase inside the clause; closing it, it is the speaker's
    verdict on the claim, not part of the claim."""
    for k, token in enumerate(tokens):
        if (
            k >= 3
            and token.lower_ == lx.CHARACTERISING_PREPOSITION
            and token.dep_ == "prep"
            and max(t.i for t in token.subtree) >= tokens[-1].i - 1
        ):
            return tokens[:k]
    return tokens


def proposed_act(verb):
    """'suggested recognising the killings as genocide', 'proposed to demolish the
    monument', 'has offered to host the talks': the act proposed or offered, a gerund or an
    infinitive right after the verb or after an adjunct of time ('offered this week to
    send ...'); an offer only as an infinitive (a participle of the proposer's own,
    'proposing', modifies nothing said)."""
    offering = verb.lemma_ in lx.OFFERING_VERBS
    if verb.lemma_ not in lx.PROPOSING_VERBS and not offering:
        return None
    doc = verb.doc
    # (the parser may read an offer's infinitive as one of purpose)
    deps = ("xcomp", "advcl") if offering else ("xcomp",)
    start = _after_adjuncts(verb)
    for child in verb.children:
        if child.dep_ not in deps or child.pos_ not in ("VERB", "AUX"):
            continue
        tokens = sorted(child.subtree, key=lambda t: t.i)
        if tokens[0].i != start:
            continue
        gerund = child.tag_ == "VBG" and child.i == start and not offering
        infinitive = doc[start].lower_ == "to" and doc[start].head.i == child.i
        if not (gerund or infinitive) or any("\n" in t.text for t in tokens):
            continue
        # ('offered to sit with X, with ministers saying ...': another speaker's)
        return trimmed(cut_with_speaker(cut_coordinated_speech(tokens)))
    return None


_DATED = ("DATE", "TIME")


def _after_adjuncts(verb) -> int:
    """Where the verb's complement starts: after the verb, or after an adjunct of time or
    manner right after it ('offered this week to ...', 'offered on Monday to ...')."""
    k = verb.i + 1
    for child in verb.children:
        dated = child.dep_ == "prep" and any(c.ent_type_ in _DATED for c in child.children)
        first = min(t.i for t in child.subtree)
        if first == k and (child.dep_ in lx.DIRECTIVE_ADJUNCT_DEPS or dated):
            k = max(t.i for t in child.subtree) + 1
    return k


def told_clause(verb):
    """'informed the court he is receiving care for ...': the clause the parser hung on the
    hearer as a relative one; it has a subject of its own (no relative pronoun) and a
    complement, where a true relative clause has a gap ('told the man he met')."""
    if verb.lemma_ not in lx.TELLING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    if not objects:
        return None
    hearer = objects[0]
    for clause in hearer.children:
        if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
            continue
        tokens = sorted(clause.subtree, key=lambda t: t.i)
        inside = {t.i for t in tokens}
        end = max(t.i for t in hearer.subtree if t.i not in inside)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].tag_ in ("WDT", "WP", "WP$") or tokens[0].i != end + 1:
            continue
        if tokens[0].tag_ in ("WDT", "WP", "WP$", "WRB") or tokens[0].lower_ == "that":
            continue
        if not any(c.dep_ in lx.TOLD_COMPLEMENT_DEPS for c in clause.children):
            continue
        if any("\n" in t.text for t in tokens):
            return None
        return trimmed(cut_coordinated_speech(tokens))
    return None


def stated_fact(verb):
    """'noted the fact that the rebels had broken the truce': the fact's 'that' clause."""
    if verb.lemma_ not in lx.FACT_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].lemma_.lower() in lx.UTTERANCE_NOUNS:
        return None  # "X's statements highlight the fact that ...": the writer's reading
    tokens = _object_clause(verb, lx.FACT_NOUNS)
    return trimmed(cut_coordinated_speech(tokens)) if tokens else None


def declared_object(verb):
    """'announced her intention to seek a second term', 'raised the prospect of troops
    crossing the border': the object, as printed, when it is a noun of intent with its
    infinitive or a noun of possibility with its 'of' phrase (the noun alone names no
    proposition: 'announced a plan', 'raised the idea')."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects or (verb.tag_ == "VBN" and verb.dep_ == "acl"):
        return None  # 'the plan announced on Monday': a noun's modifier states nothing
    if verb.i > 0 and verb.doc[verb.i - 1].tag_ == "POS":
        return None  # "Washington's stated intentions": an adjective taken for a verb
    obj = objects[0]
    noun = obj.lemma_.lower()
    if verb.lemma_ in lx.INTENT_DECLARING_VERBS and noun in lx.INTENT_NOUNS:
        filled = any(_infinitive(c) for c in obj.children if c.i > obj.i)
    elif verb.lemma_ in lx.PROSPECT_RAISING_VERBS and noun in lx.PROSPECT_NOUNS:
        filled = any(
            c.dep_ == "prep" and c.lower_ == lx.PROSPECT_PREPOSITION and list(c.children)
            for c in obj.children
            if c.i > obj.i
        )
    else:
        return None
    tokens = sorted(obj.subtree, key=lambda t: t.i)
    if not filled or tokens[0].i != verb.i + 1 or any("\n" in t.text for t in tokens):
        return None
    return trimmed(cut_coordinated_speech(tokens))


def _infinitive(token) -> bool:
    """Whether a noun's dependent is an infinitive clause ('intention to run')."""
    return token.dep_ in ("acl", "relcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i < token.i for c in token.children
    )
