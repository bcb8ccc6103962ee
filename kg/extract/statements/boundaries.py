"""Where a reported clause ends other than where the parse's subtree does: it runs on
through a proviso the parser hung on the verb ('said X, provided Y'); it runs on
through a colon that continues it ('noted that X: it is Y'); it stops before a second
'that' clause wholly quoted ('that X and that “Y”', the quotation being its own direct
statement); and after an opening quotation, a second 'that' clause is reported on its own
('said “X” and that Y'); a clause the parser hung on a channel's noun runs on through the
'and that' clause it hung on the verb ('said in a statement that X and that Y'); a 'that'
after a channel's noun that the parser read as a relative pronoun opens the reported clause
when the clause has no gap for it."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import sentence_of, word_count
from kg.extract.lexicon import statement_spans as lxs_spans
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.cuts import trimmed


def before_quoted_conjunct(tokens):
    """'adding that more containers are being inspected and that “all inquiries are focused
    on ...”': a second 'that' clause wholly quoted is quoted on its own; the reported
    clause ends before its 'and'."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    last = tokens[-1].i
    while last + 1 < len(doc) and doc[last].text not in lx.QUOTE_MARKS:
        if doc[last + 1].text not in lx.QUOTE_MARKS and doc[last + 1].text not in ".,!?":
            break
        last += 1  # the closing mark after the stop the clause was trimmed of
    if doc[last].text not in lx.QUOTE_MARKS:
        return tokens
    for k, token in enumerate(tokens[1:-3], start=1):
        if token.lower_ not in lxs.ADDING_CONJUNCTIONS or doc[token.i + 1].lower_ != "that":
            continue  # ('but that “...”' turns against the clause, which it stays part of)
        opening = doc[token.i + 2]
        if opening.text not in lx.QUOTE_MARKS:
            continue
        inner = doc[opening.i + 1 : last]
        if any(t.text in lx.QUOTE_MARKS for t in inner):
            continue  # two quotations, not one running to the end
        return trimmed(tokens[:k]) or tokens
    return tokens


def through_colon(tokens, verb):
    """'noted that the conflict is not the outcome of old hatreds: it is a war of choice':
    a reported clause the parser ended at a colon runs on through what the colon opens,
    to the sentence's end, when that is the speaker's too: no quotation (which is quoted
    on its own, and ends a clause the parser ran into it), no speech verb of its own, no
    paragraph break."""
    if not tokens or tokens[-1].i < verb.i:
        return tokens
    doc = verb.doc
    for k, token in enumerate(tokens):
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.text == ":" and following is not None and following.text in lx.QUOTE_MARKS:
            # 'said the pact would be signed soon: “Peace will come ...”': the quotation the
            # colon opens is quoted on its own
            return trimmed(tokens[:k]) or tokens
    colon = tokens[-1].i + 1
    sentence = sentence_of(verb)
    end = sentence.end
    while end > colon and doc[end - 1].is_space:
        end -= 1  # the paragraph break closing the sentence
    if colon >= end - 1 or doc[colon].text != ":":
        return tokens
    rest = list(doc[colon + 1 : end])
    if any(t.is_space and "\n" in t.text for t in rest):
        return tokens  # a paragraph break: a heading or a list of its own
    if any(t.text in lx.QUOTE_MARKS or t.text in lx.SINGLE_QUOTE_MARKS for t in rest):
        return tokens
    if any(t.lemma_ in lx.SPEECH_VERBS and t.pos_ == "VERB" and t.i != verb.i for t in rest):
        return tokens
    return trimmed(list(doc[tokens[0].i : end])) or tokens


def second_that_clause(content, quote_end: int):
    """'said “Kenyans will not surrender” and that the war will only end when ...': the
    clause after an opening quotation's 'and that' is the speaker's, reported."""
    after = [t for t in content if t.idx >= quote_end]
    while after and (after[0].is_punct or after[0].is_space):
        after = after[1:]  # the closing mark and a comma
    if (
        len(after) < 2
        or after[0].lower_ not in lxs.ADDING_CONJUNCTIONS
        or after[1].lower_ != "that"
    ):
        return None
    rest = after[2:]
    if word_count(" ".join(t.text for t in rest)) < lxs.REPORTED_MIN_WORDS:
        return None
    return rest


def through_coordinated_that(verb, tokens):
    """'said in a statement that its forces were “fully prepared” and that Y': the parser
    hung the first clause on the channel's noun and the second, with its 'and that', on the
    verb; one statement runs through both (the gold keeps 'X and that Y' whole)."""
    if not tokens:
        return tokens
    doc = verb.doc
    k = tokens[-1].i + 1
    while k < len(doc) and (doc[k].text in lx.QUOTE_MARKS or doc[k].text == ","):
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in lxs.ADDING_CONJUNCTIONS:
        return tokens
    that = doc[k + 1]
    clause = that.head
    if that.lower_ != "that" or that.dep_ != "mark" or clause.dep_ != "conj":
        return tokens
    if clause.head.i != verb.i:
        return tokens
    end = max(t.i for t in clause.subtree)
    if sentence_of(doc[end]).start != sentence_of(tokens[0]).start:
        return tokens
    return trimmed(list(doc[tokens[0].i : end + 1]))


def through_proviso(tokens, verb):
    """'said the front was ready to meet a mission “at any time”, provided the bill is
    withdrawn': a proviso the parser hung on the speech verb after the clause's comma is the
    speaker's condition on what was said; the clause runs on to its end (not across a
    paragraph, nor over another speech verb)."""
    if not tokens or tokens[-1].i < verb.i:
        return tokens
    doc = verb.doc
    k = tokens[-1].i + 1
    while k < len(doc) and doc[k].text in lx.QUOTE_MARKS:
        k += 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return tokens
    proviso = doc[k + 1]
    if proviso.lower_ not in lxs_spans.PROVISO_WORDS or proviso.head.i != verb.i:
        return tokens
    rest = list(proviso.subtree)
    if any("\n" in t.text for t in rest) or any(
        t.lemma_ in lx.SPEECH_VERBS and t.pos_ == "VERB" for t in rest
    ):
        return tokens
    return trimmed(list(doc[tokens[0].i : rest[-1].i + 1])) or tokens


def conjunction_read_as_relative(that) -> bool:
    """'said at a briefing that the army was holding the line': the parser may read the
    'that' after a channel's noun as a relative pronoun and the clause as the noun's; it is
    the conjunction when the clause has a subject of its own and no gap for the pronoun to
    fill: an object, a complement or a passive subject of its own, or a modal ('a briefing
    that he attended' keeps its gap)."""
    clause = that.head
    if clause.dep_ != "relcl" or clause.head.i != that.i - 1:
        return False
    if clause.head.lemma_.lower() not in lxs.CHANNEL_NOUNS:
        return False
    own = [c for c in clause.children if c.i != that.i]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in own):
        return False
    filled = ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "nsubjpass")
    return any(c.dep_ in filled or (c.dep_ == "aux" and c.tag_ == "MD") for c in own)
