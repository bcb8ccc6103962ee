"""Counter-denials: a claim one party makes that another denies in a phrase trailing it, in
the same sentence ("X accused Y of shelling the market – an accusation Y denies", "X said Y
had moved tanks to the border, something Y denied", "... of funding the protests, a charge
the embassy has rejected", "accused Y of arming the rebels, which Y denies"). The denier
voices the same proposition (GUIDELINES: for a denial, the proposition denied), so its
statement has the claim's span; a claim whose clause ran on into the trailing phrase ends
before it. The denying verbs, the words naming the claim and the marks parting the phrase
from it are lexicon tables (``COUNTER_DENYING_VERBS``, ``CLAIM_REJECTING_VERBS``,
``DENIED_NOUNS``, ``DENIED_PRONOUNS``, ``RELATIVE_OBJECTS``, ``DENIAL_SEPARATORS``)."""

from __future__ import annotations

from kg.extract.common import doc_text, sentence_of
from kg.extract.lexicon import statements as lx
from kg.extract.statements.facts import statements_of


def counter_denials(doc, article, actors, reported, speakers_of) -> list:
    """The reported statements, each claim denied in a phrase trailing it ended before that
    phrase, with the statements of those who deny it; ``speakers_of(verb)`` gives the speakers
    of a verb's subject."""
    text = doc_text(doc)
    out, denied = [], []
    for statement in reported:
        found = None if statement.direct else _trailing_denial(doc, text, statement)
        if found is None:
            out.append(statement)
            continue
        verb, end = found
        begin = statement.mention.begin
        if end != statement.mention.end:
            out += statements_of(doc, article, actors, [statement.speaker], begin, end, False)
        else:
            out.append(statement)
        deniers = [k for k in speakers_of(verb) if k != statement.speaker]
        denied.append((verb.i, begin, end, deniers))
    done = set()
    for verb, begin, end, deniers in denied:
        if verb in done:
            continue  # one claim per denial: the first reported before it
        done.add(verb)
        out += statements_of(doc, article, actors, deniers, begin, end, False)
    return out


def _trailing_denial(doc, text: str, statement):
    """(denying verb, where the claim ends) when a denial trails the reported claim in its
    sentence, parted from it by a comma or dash; the claim's clause may run on into it."""
    begin, end = statement.mention.begin, statement.mention.end
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for token in sentence_of(span[0]):
        if token.idx <= begin or not _denies_what_went_before(token):
            continue
        opening = _phrase_opening(token)
        if opening is None or opening.idx <= begin:
            continue
        if opening.idx >= end:
            if text[end : opening.idx].strip() in lx.DENIAL_SEPARATORS:
                return token, end
            continue
        before = text[begin : opening.idx].rstrip()
        if before and before[-1] in "".join(lx.DENIAL_SEPARATORS):
            claim = before.rstrip("".join(lx.DENIAL_SEPARATORS)).rstrip()
            if claim:
                return token, begin + len(claim)
    return None


def _denies_what_went_before(verb) -> bool:
    """'(an accusation) the army denies', '(which) Georgetown denies': a denying verb of a
    relative clause, not negated, with a subject and no complement of its own but its gap."""
    if verb.dep_ != "relcl":
        return False
    if verb.lemma_ not in lx.COUNTER_DENYING_VERBS and not (
        verb.lemma_ in lx.CLAIM_REJECTING_VERBS and verb.head.lemma_.lower() in lx.DENIED_NOUNS
    ):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    complements = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "prep")]
    return all(c.lower_ in lx.RELATIVE_OBJECTS for c in complements)


def _phrase_opening(verb):
    """The first word of the trailing phrase: the noun naming the claim with its determiner
    ('an accusation', 'something'), or the relative pronoun itself ('which')."""
    head = verb.head
    if head.i < verb.i and (
        head.lemma_.lower() in lx.DENIED_NOUNS or head.lower_ in lx.DENIED_PRONOUNS
    ):
        return min([head, *(c for c in head.children if c.i < head.i)], key=lambda t: t.i)
    relative = next((c for c in verb.children if c.lower_ in lx.RELATIVE_OBJECTS), None)
    if relative is not None and relative.i < verb.i:
        return relative
    return None
