"""Direct quotations: the pieces of a quotation (one interrupted by its own attribution
gives two), those that are no statement (inside a reported clause, a cited source) and
the speaker the sentences around a quotation name."""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.common import (
    Quote,
    doc_text,
    sentence_of,
    tokens,
    word_count,
)
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.anonymous import speaks_anonymously, told_hearer
from kg.extract.statements.cuts import set_against
from kg.extract.statements.documents import finding_verb
from kg.extract.statements.named_bodies import names_other_body
from kg.extract.statements.sources import according_to_at
from kg.extract.statements.speakers import according_to_actor, subject_actors
from kg.extract.statements.subjects import names_speaker, subject_tokens
from kg.models import Statement

_SPEECH_VERB_ALTERNATION = "|".join(sorted(lx.EMBEDDED_SPEECH_VERBS, key=len, reverse=True))


# ', explains Dmytro Kuleba, the head of diplomacy. ' inside one pair of quotation marks
_EMBEDDED_ATTRIBUTION = re.compile(
    rf",\s+(?:(?:{_SPEECH_VERB_ALTERNATION})\s+[^.,;]{{2,60}}?|[A-Z][^.,;]{{1,40}}?\s+(?:{_SPEECH_VERB_ALTERNATION}))"
    r"(?:,\s+[^.;]{2,60}?)?[.,;]\s+"
)


def split_embedded(text: str, quote: Quote):
    """A quote interrupted by its attribution inside the same marks gives two pieces."""
    content = text[quote.begin : quote.end]
    match = _EMBEDDED_ATTRIBUTION.search(content)
    if not match or word_count(content[: match.start()]) < 3:
        yield quote, None
        return
    attribution = (quote.begin + match.start(), quote.begin + match.end())
    yield Quote(quote.begin, quote.begin + match.start(), quote.open_mark), attribution
    yield Quote(quote.begin + match.end(), quote.end, quote.open_mark), attribution


def inside_reported(piece: Quote, reported_spans) -> bool:
    """A quotation inside a reported clause belongs to that clause."""
    # (the clause's final stop, inside the marks, is trimmed from it)
    return any(begin <= piece.begin and piece.end <= end + 2 for begin, end in reported_spans)


def mostly_quoted(statement: Statement, direct_spans, all_spans) -> bool:
    begin, end = statement.mention.begin, statement.mention.end
    inside = [(b, e) for b, e in all_spans if begin <= b and e - 2 <= end]
    # three or more fragments woven into the reporter's syntax ('said China “can't have it
    # both ways,” by “putting ...,” while it continues to “fuel ...”') stay one reported clause
    if len(inside) >= lx.WOVEN_QUOTES:
        return False
    covered = sum(max(0, min(end, e) - max(begin, b)) for b, e in direct_spans)
    return covered >= 0.5 * (end - begin)


def closing_quoted_clause(doc, statement: Statement, spans) -> bool:
    """'said X would not agree to “we have asked for observers”', 'said X expected Y to
    accept that “the door remains open”': a reported clause that closes on (or is cut
    inside) a long quotation which is a clause of its own, with its own subject, is that
    quotation quoted directly; the words before it are the reporter's frame for it. (A
    quoted predicate, 'said it would “act against any threat”', or a quoted clause opened
    by its conjunction stays part of the clause.)"""
    begin, end = statement.mention.begin, statement.mention.end
    text = doc_text(doc)
    for b, e in spans:
        if not begin < b < end:
            continue
        if e <= end + 2:
            if text[e:end].strip(lx.QUOTE_MARKS + "".join(lxs.SENTENCE_STOPS) + ", "):
                continue  # the clause goes on after the quotation
        elif "\n" in text[end:e]:
            continue
        if any(m in text[begin : b - 1] for m in lx.QUOTE_MARKS):
            continue  # another quotation before it: fragments woven into the clause
        inside = doc.char_span(b, e, alignment_mode="contract")
        if inside is None or inside.start < 2 or not _own_clause(inside):
            continue
        # the quotation is the object of the word before its mark ('agree to “...”', 'accept
        # that “...”', 'would accept “...”'), not a clause a connective hangs on the
        # reporter's words ('to see how “...”', 'where “...”', '- “which ...”')
        opener = doc[inside.start - 2]
        if word_count(text[begin : b - 1]) < lxs.QUOTED_CLAUSE_FRAME_WORDS:
            continue  # 'said “...” and that ...': the quotation opens the clause
        if doc[inside.start - 3].lower_ in lxs.ADDING_CONJUNCTIONS:
            continue  # '... and that “...”': a second clause, quoted on its own
        if opener.lower_ in lxs.QUOTED_CLAUSE_OPENERS or opener.pos_ == "VERB":
            return True
    return False


def _own_clause(span) -> bool:
    """Whether a quotation opens on a clause of its own: its first words are the subject of
    a verb inside it ('“the door remains open”'; not '“unless the deal is cancelled”' or
    '“that Europe has not forgotten them”', a clause hung on the reporter's words)."""
    ids = {t.i for t in span}
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.head.i in ids
        and t.i < t.head.i
        and min(x.i for x in t.subtree) == span[0].i
        for t in span
    )


def quoted_whole(statement: Statement, spans) -> bool:
    """The reported clause is one quotation and nothing more (its closing comma or stop
    aside): '“We are ready,” she said' is quoted, not reported."""
    begin, end = statement.mention.begin, statement.mention.end
    return any(b <= begin and end <= e + 2 and end - begin >= (e - b) - 2 for b, e in spans)


def cited_source(text: str, piece: Quote) -> bool:
    """'citing “people familiar with the matter”': the quotation names a source."""
    before = text[max(0, piece.open_mark - 20) : piece.open_mark].lower()
    return re.search(rf"\b(?:{'|'.join(lx.CITING_WORDS)})\s*$", before) is not None


def a_name(text: str, piece: Quote) -> bool:
    """'a homemade “2028 Vance for President” sign', 'a report titled “...”': a quotation in
    title case (its words capitalised but for a title's small words) or one a naming word
    introduces is the name of a title, slogan or programme, not what a speaker said."""
    before = text[max(0, piece.open_mark - 25) : piece.open_mark].lower()
    naming = "|".join(re.escape(w) for w in lxs.NAMING_WORDS)
    if re.search(rf"\b(?:{naming})\W*$", before):
        return True
    works = "|".join(re.escape(w) for w in lxs.NAMED_WORK_NOUNS)
    if re.search(rf"\b(?:{works})[ \t]*$", before):
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", text[piece.begin : piece.end])
    content = [w for w in words if w.lower() not in lxs.TITLE_SMALL_WORDS]
    return (
        len(content) >= 2
        and all(w[0].isupper() for w in content)
        and not all(w.isupper() for w in content)
    )


def runs_on_into(text: str, piece: Quote, following: Quote) -> bool:
    """Whether a quotation is left open at its paragraph's end and the next paragraph
    opens with the quotation that follows."""
    rest = text[piece.end : following.open_mark]
    closed = text[piece.end : piece.end + 1] in lx.QUOTE_MARKS + lx.SINGLE_QUOTE_MARKS
    # (marks that opened mid-paragraph are more likely a pair gone astray)
    opens_paragraph = text[: piece.open_mark].endswith("\n") or piece.open_mark == 0
    return opens_paragraph and not closed and not rest.strip() and rest.count("\n") >= 1


def attributed_to_other(doc, actors, piece: Quote, quotes) -> bool:
    """'“...,” it said' (the letter), '“...,” the authors write': a quotation whose own
    speech verb has a subject that names no actor is someone else's, not the last
    speaker's (a title may well be theirs: 'the deputy minister noted'); so is one whose
    'he said' points back to a person the text does not name ('A trader said ... “...,”
    he said')."""
    return any(
        t.lemma_ in lx.SPEECH_VERBS
        and t.pos_ in ("VERB", "AUX")
        and (
            any(
                c.dep_ in ("nsubj", "nsubjpass")
                and (c.lower_ in lx.ORG_SUBJECT_PRONOUNS or not names_speaker(c))
                for c in t.children
            )
            or speaks_anonymously(actors, t, lambda v: subject_actors(actors, v))
            # 'The X Governor's office ... urged “...”': a body named as the subject
            or names_other_body(t, lambda v: subject_actors(actors, v))
        )
        for t in _tokens_outside(doc, piece.begin, piece.end, quotes)
    )


def same_or_next_paragraph(text: str, previous_end: int, begin: int) -> bool:
    """Whether a quotation stands in the paragraph of the last speaker or the next one; a
    heading or a promotion line set between them (no sentence, or all capitals: 'On the
    origins of the conflict', 'CLICK HERE TO GET THE APP') does not count as a paragraph."""
    between = text[previous_end:begin].split("\n\n")[1:-1]
    gap = begin - previous_end - sum(len(p) for p in between)
    return all(_heading(p) for p in between) and gap < 600


def _heading(paragraph: str) -> bool:
    words = paragraph.split()
    if not words:
        return True
    if paragraph.upper() == paragraph:
        return True
    ends_sentence = paragraph.rstrip()[-1:] in ".?!:" + lx.QUOTE_MARKS + "’"
    return len(words) <= lx.HEADING_MAX_WORDS and not ends_sentence


def _tokens_outside(doc, begin: int, end: int, quotes):
    """Tokens of the sentences around [begin, end) that are outside every quotation."""
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return []
    first, last = sentence_of(span[0]), sentence_of(span[-1])
    inside = [(q.open_mark, q.end + 1) for q in quotes]
    # a sentence the parser ran across a paragraph break: the next paragraph's names are
    # not this quotation's attribution ('“...” ¶ X, a professor, disagreed.')
    text = doc_text(doc)
    opens = text.rfind("\n\n", 0, begin)
    closes = text.find("\n\n", end)
    closes = len(text) if closes < 0 else closes
    return [
        t
        for t in tokens(doc)[first.start : last.end]
        if opens < t.idx < closes and not any(b <= t.idx < e for b, e in inside)
    ]


def speaker_for_quote(doc, actors, quote: Quote, quotes) -> list[str]:
    """The speaker of a quotation (or the joint speakers: 'Both A and B said')."""
    outside = _tokens_outside(doc, quote.begin, quote.end, quotes)
    # 1. a speech verb outside the quote with a subject, nearest the quote first
    verbs = [
        t
        for t in outside
        if (t.lemma_ in lx.SPEECH_VERBS or finding_verb(t))
        and (t.pos_ in ("VERB", "AUX") or _verb_tagged_noun(t))
    ]
    # 'A said Canada would not agree to “...”': a speech verb inside the clause another one
    # reports is part of what was said; the one reporting it is the attribution
    outer = {t.i for t in verbs}
    verbs = [t for t in verbs if not _reported_by(t, outer)]
    verbs.sort(key=lambda t: min(abs(t.idx - quote.begin), abs(t.idx - quote.end)))
    for verb in verbs:
        speakers = subject_actors(actors, verb)
        if speakers or speaks_anonymously(actors, verb, lambda v: subject_actors(actors, v)):
            return speakers  # ('“...,” said a resident': no one else nearby)
    speaker = _single_speaker_for_quote(doc, actors, quote, outside)
    if speaker is None and not [t for t in outside if not (t.is_punct or t.is_space)]:
        speaker = _source_in_next_sentence(doc, actors, quote)
        if speaker is None:
            return _attribution_split_off(doc, actors, quote)
    return [speaker] if speaker else []


def _reported_by(verb, others: set[int]) -> bool:
    """Whether a verb stands in the clause one of the other speech verbs reports (as its
    complement, or in a clause under that); not one set against that clause ('A said B,
    while C said “...”': C's own report, however the parser hangs it)."""
    node = verb
    for _ in range(lxs.REPORTED_VERB_DEPTH):
        if node.head.i == node.i:
            return False
        if node.dep_ == "advcl" and set_against(node):
            return False
        if node.dep_ == "ccomp" and node.head.i in others:
            return True
        node = node.head
    return False


def _verb_tagged_noun(token) -> bool:
    """'as the bank notes in its overview, ...': a speech verb the tagger took for a plural
    noun, which has a subject of its own (no noun has one)."""
    return token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children)


def _attribution_split_off(doc, actors, quote: Quote) -> list[str]:
    """'“... come home!” X said last month.': after a quotation ending in its own '!' or
    '?' the parser may set the attribution apart as a sentence; the bare attribution
    right after the closing mark, in the same line, still names the speaker."""
    span = doc.char_span(quote.begin, quote.end, alignment_mode="expand")
    if span is None:
        return []
    sentence = sentence_of(span[-1])
    if sentence.end >= len(doc):
        return []
    following = sentence_of(doc[sentence.end])
    between = doc_text(doc)[quote.end : following.start_char]
    if "\n" in between or len(between.strip()) > 2:
        return []
    root = following.root
    words = [t for t in following if not (t.is_punct or t.is_space)]
    if (
        root.lemma_ not in lx.SPEECH_VERBS
        or len(words) > lx.HEADING_MAX_WORDS
        or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in root.children)
        or not any(c.dep_ == "nsubj" and c.i < root.i for c in root.children)
    ):
        return []  # a sentence that says something of its own is not an attribution
    return subject_actors(actors, root)


def _source_in_next_sentence(doc, actors, quote: Quote) -> str | None:
    """'“...” The warning came from X, ...' and '“...” The remarks were made by X': a
    quotation that is a sentence of its own, followed by one saying whose words they were."""
    span = doc.char_span(quote.begin, quote.end, alignment_mode="expand")
    if span is None:
        return None
    sentence = sentence_of(span[-1])
    if sentence.end >= len(doc):
        return None
    following = sentence_of(doc[sentence.end])
    if "\n\n" in doc_text(doc)[span[-1].idx : following.start_char]:
        return None
    root = following.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in lx.SOURCED_SPEECH_NOUNS:
        return None
    if root.lemma_ in lx.SOURCE_VERBS:
        links = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "from"]
    elif subject.dep_ == "nsubjpass":
        links = [c for c in root.children if c.dep_ == "agent"]
    else:
        return None
    source = next((o for c in links for o in c.children if o.dep_ == "pobj"), None)
    if source is None:
        return None
    return actors.untagged_person(source) or actors.resolve(
        [t for t in source.subtree if not (t.dep_ == "appos" or t.head.dep_ == "appos")]
        or [source],
        before=source.i + 1,
    )


def _single_speaker_for_quote(doc, actors, quote: Quote, outside) -> str | None:
    # 2. "according to X"
    for token in outside:
        last = according_to_at(token)
        if last is not None:
            speaker = according_to_actor(actors, last)
            if speaker:
                return speaker
    doer = _characterising_doer(doc, actors, quote)
    if doer:
        return doer
    # 3. the nearest person named outside the quote in the same sentence(s)
    # ('a spokesperson told RFE/RL': whom a verb of telling names is the hearer)
    people = [
        t for t in outside if t.ent_type_ == "PERSON" and actors.key_at(t) and not told_hearer(t)
    ]
    # 'A praised B's address as “...”': the one whose address it was is spoken of, not
    # speaking, when the person who acts is named
    owners = [t for t in people if t.dep_ == "poss"]
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in people):
        people = [t for t in people if t not in owners]
    if people:
        people.sort(key=lambda t: min(abs(t.idx - quote.begin), abs(t.idx - quote.end)))
        return actors.key_at(people[0])
    # 4. the subject of the sentence's main verb, when it is an actor
    for token in outside:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
            # "France's troop presence has risen “...”": a subject that only mentions an
            # actor is not one; the speaker is then the one of the quotes before
            if not (token.ent_type_ or names_speaker(token)):
                continue
            speaker = actors.resolve(list(token.subtree))
            if speaker:
                return speaker
    return None


def _characterising_doer(doc, actors, quote: Quote) -> str | None:
    """'A slammed B for “...”', 'A thanked B for her “...”', 'B, sanctioned by A for “...”',
    'A called B “...”': a quotation that a verb takes through a preposition of cause or
    manner, or as the object's predicate, is the wording of the verb's doer (its subject,
    or a passive verb's agent), not of the person it is about."""
    span = doc.char_span(quote.begin, quote.end, alignment_mode="expand")
    if span is None:
        return None
    inside = {t.i for t in span}
    roots = [t for t in span if t.head.i not in inside]
    if len(roots) != 1:
        return None
    node = roots[0]
    if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in lxs.CHARACTERISING_PREPOSITIONS:
        verb = node.head.head
        if node.head.dep_ != "prep" or verb.i == node.head.i:
            return None
    elif node.dep_ == "oprd":
        verb = node.head
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_ in lx.SPEECH_VERBS:
        return None  # (a speech verb's own subject is found as such)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if doer is None:
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None or doer.tag_ in ("WP", "WDT") or actors.in_quote(doer.idx):
        return None
    if doer.lower_ in lx.PERSON_PRONOUNS or doer.lower_ in lx.ORG_PRONOUNS:
        return next(iter(subject_actors(actors, verb)), None)
    return actors.untagged_person(doer) or actors.resolve(subject_tokens(doer), before=doer.i + 1)


def speaker_in_range(doc, actors, begin: int, end: int) -> str | None:
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return None
    people = [t for t in span if t.ent_type_ == "PERSON" and actors.key_at(t)]
    if people:
        return actors.key_at(people[0])
    words = [t for t in span if not t.is_punct and t.lemma_ not in lx.SPEECH_VERBS]
    return actors.resolve(words) if words else None
