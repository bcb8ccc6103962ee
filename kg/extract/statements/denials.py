"""Counter-denials: a claim one party makes that another denies in a phrase trailing it, in
the same sentence ("X accused Y of shelling the market – an accusation Y denies", "X said Y
had moved tanks to the border, something Y denied", "... of funding the protests, a charge
the embassy has rejected", "accused Y of arming the rebels, which Y denies", "a claim that
the ministry denied at the time"; a denier that only points back, 'an allegation the party
denies', is the one accused: ``accused``). The denier
voices the same proposition (GUIDELINES: for a denial, the proposition denied), so its
statement has the claim's span; a claim whose clause ran on into the trailing phrase ends
before it. The parser may not see the phrase's relative clause ('a charge X has
repeatedly rejected' read as an apposition and an adverbial clause): the words in that order,
closing the sentence, are the same phrase, its denier the words between the noun and the
verb. The denying verbs, the words naming the claim and the marks parting the phrase
from it are lexicon tables (``COUNTER_DENYING_VERBS``, ``CLAIM_REJECTING_VERBS``,
``DENIED_NOUNS``, ``DENIED_PRONOUNS``, ``RELATIVE_OBJECTS``, ``DENIAL_SEPARATORS``)."""

from __future__ import annotations

from kg.extract.common import doc_text, sentence_of
from kg.extract.lexicon import QUOTE_MARKS
from kg.extract.lexicon import statement_claims as lxc
from kg.extract.lexicon import statements as lx
from kg.extract.statements.accused import accusation_claim, accused_of, points_back
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
        verb, end, denier = found
        begin = statement.mention.begin
        claim = _claim_of_denier(doc, statement, verb, end)
        if claim is not None:
            # '..., a charge Y denies' read as Y denying the whole sentence before it: Y
            # denies what it is accused of there, not the accusation
            denied.append((verb.i, *claim, [statement.speaker]))
            continue
        if end != statement.mention.end:
            out += statements_of(doc, article, actors, [statement.speaker], begin, end, False)
        else:
            out.append(statement)
        words = denier if denier else _subject_words(verb)
        # 'X accused Y of Z, an allegation the party denies': the one pointed back to is Y
        pointer = points_back(words) and actors.resolve(words) is None
        named = accused_of(actors, doc, begin, words) if pointer else []
        named = named or (_deniers(actors, denier) if denier else speakers_of(verb))
        deniers = [k for k in named if k and k != statement.speaker]
        denied.append((verb.i, begin, end, deniers))
    done = set()
    for verb, begin, end, deniers in denied:
        if verb in done:
            continue  # one claim per denial: the first reported before it
        done.add(verb)
        out += statements_of(doc, article, actors, deniers, begin, end, False)
    return out


def _trailing_denial(doc, text: str, statement):
    """(denying verb, where the claim ends, the denier's words or None to take the verb's
    subject) when a denial trails the reported claim in its sentence, parted from it by a
    comma or dash; the claim's clause may run on into it."""
    begin, end = statement.mention.begin, statement.mention.end
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sentence = sentence_of(span[0])
    for token in sentence:
        if token.idx <= begin:
            continue
        denier = None
        if _denies_what_went_before(token):
            opening = _phrase_opening(token)
        else:
            opening, denier = _unparsed_phrase(token, sentence)
        if opening is None or opening.idx <= begin:
            continue
        if opening.idx >= end:
            # (a quotation closing the claim may stand before the mark)
            if text[end : opening.idx].strip().lstrip(QUOTE_MARKS) in lx.DENIAL_SEPARATORS:
                return token, end, denier
            continue
        before = text[begin : opening.idx].rstrip()
        if before and before[-1] in "".join(lx.DENIAL_SEPARATORS):
            claim = before.rstrip("".join(lx.DENIAL_SEPARATORS)).rstrip()
            if claim:
                return token, begin + len(claim), denier
    return None


def _claim_of_denier(doc, statement, verb, end):
    """(begin, end) of what is accused in a statement the parser made of a whole sentence
    hanging on a trailing denial's verb ('X accused Y of Z, a charge Y denies' read as Y
    denying 'X accused Y of Z'), or None."""
    span = doc.char_span(statement.mention.begin, end, alignment_mode="expand")
    if span is None or not len(span) or span.root.head.i != verb.i or span.root.i == verb.i:
        return None
    return accusation_claim(span)


def _subject_words(verb) -> list:
    """The words of a denying verb's subject ('the party' of 'the party denies')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return list(subject.subtree) if subject is not None else []


def _unparsed_phrase(verb, sentence):
    """(the phrase's first word, the denier's words) for 'a charge X has repeatedly
    rejected' closing the sentence however the parser hung it: a mark parting it, a claim's
    noun (DENIED_NOUNS) with its determiner, a denier of names and nouns, the verb's
    auxiliaries and adverbs, the denying verb, nothing after it but punctuation; else
    (None, None)."""
    none = (None, None)
    if verb.pos_ != "VERB" or not (
        verb.lemma_ in lx.COUNTER_DENYING_VERBS or verb.lemma_ in lx.CLAIM_REJECTING_VERBS
    ):
        return none
    if any(not t.is_punct and not t.is_space for t in sentence if t.i > verb.i):
        return none
    doc = verb.doc
    k = verb.i - 1
    while k > sentence.start and doc[k].dep_ in lx.DENIAL_AUXILIARY_DEPS:
        if doc[k].dep_ == "neg":
            return none  # 'a charge X has not rejected'
        k -= 1  # 'has repeatedly'
    last = k
    while k > sentence.start and doc[k].pos_ in lx.DENIER_POS and not _claim_noun(doc[k]):
        k -= 1
    noun = doc[k]
    if k == last or not _claim_noun(noun) or doc[noun.i + 1].pos_ not in lxc.DENIER_OPENING_POS:
        return none
    denier = list(doc[noun.i + 1 : last + 1])
    opening = noun
    if noun.i > sentence.start and doc[noun.i - 1].pos_ == "DET":
        opening = doc[noun.i - 1]
    if opening.i <= sentence.start or doc[opening.i - 1].text not in lx.DENIAL_SEPARATORS:
        return none
    return opening, denier


def _claim_noun(token) -> bool:
    """A noun naming a claim (DENIED_NOUNS); a bare plural the tagger took for a verb
    ('..., allegations the government has denied') is one too."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in lx.DENIED_NOUNS
    word = token.lower_
    return token.tag_ == "VBZ" and word.endswith("s") and word[:-1] in lx.DENIED_NOUNS


def _deniers(actors, words) -> list[str]:
    """The actors a trailing denial's denier names: each of a coordination ('both Minsk
    and Moscow deny'), else the one the words name."""
    parts, part = [], []
    for token in words:
        if token.pos_ == "CCONJ" or token.is_punct:
            parts.append(part)
            part = []
        elif token.lower_ not in lxc.DENIER_PREDETERMINERS:
            part.append(token)
    parts = [p for p in [*parts, part] if p]
    keys = [actors.resolve(p) for p in parts]
    if len(parts) > 1 and all(keys) and len(set(keys)) == len(keys):
        return keys
    return [actors.resolve(words)]


def _denies_what_went_before(verb) -> bool:
    """'(an accusation) the army denies', '(which) Georgetown denies', '(a claim) that the
    ministry denied at the time': a denying verb of a relative clause, not negated, with a
    subject and no complement of its own but its gap."""
    return verb.dep_ in ("relcl", "acl") and denies_its_gap(verb)


def denies_its_gap(verb) -> bool:
    """A denying verb with a subject, not negated, and no object or clause of its own but
    the relative word standing for the claim ('a claim that X denied at the time': the
    'that' is the relative's object, not the conjunction of a claim's clause)."""
    if verb.lemma_ not in lx.COUNTER_DENYING_VERBS and not (
        verb.lemma_ in lx.CLAIM_REJECTING_VERBS and verb.head.lemma_.lower() in lx.DENIED_NOUNS
    ):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    # (a preposition is an adjunct: 'denied at the time', 'dismissed as fabrications')
    complements = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
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
