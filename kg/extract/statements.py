"""Statements: direct quotes with their speaker, and reported speech after speech verbs."""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.common import (
    Quote,
    doc_text,
    mention,
    quotations,
    sentence_date,
    sentence_of,
    word_count,
)
from kg.models import Statement
from kg.ns import KG

NAME = "kg.statement.v9"
produces = KG.Statement

_SPEECH_VERB_ALTERNATION = "|".join(
    sorted(
        {
            "said",
            "says",
            "added",
            "adds",
            "explains",
            "explained",
            "continued",
            "insisted",
            "stressed",
            "noted",
            "warned",
            "asked",
            "told",
            "recalled",
            "declared",
            "wrote",
        },
        key=len,
        reverse=True,
    )
)
# ', explains Dmytro Kuleba, the head of diplomacy. ' inside one pair of quotation marks
_EMBEDDED_ATTRIBUTION = re.compile(
    rf",\s+(?:(?:{_SPEECH_VERB_ALTERNATION})\s+[^.,;]{{2,60}}?|[A-Z][^.,;]{{1,40}}?\s+(?:{_SPEECH_VERB_ALTERNATION}))"
    r"(?:,\s+[^.;]{2,60}?)?[.,;]\s+"
)


def extract(doc, article, actors) -> list[Statement]:
    text = doc_text(doc)
    statements: list[Statement] = []
    quotes = [q for q in quotations(text) if word_count(q.text(text)) >= 1]
    long_quotes = [
        (q.begin, q.end) for q in quotes if word_count(q.text(text)) >= lx.QUOTE_DOMINATES_WORDS
    ]
    all_quotes = [(q.begin, q.end) for q in quotes]
    # a reported clause that is mostly one long quotation is that quotation, quoted directly
    reported = [
        s
        for s in _reported(doc, article, actors, quotes)
        if not _mostly_quoted(s, long_quotes, all_quotes)
    ]
    reported = _outermost(
        reported,
        doc.user_data.get("kg_reporting_verbs", {}),
        doc.user_data.get("kg_relative_attributions", set()),
    )
    reported_spans = [(s.mention.begin, s.mention.end) for s in reported]
    found: list[tuple[Quote, list[str]]] = []
    for quote in quotes:
        for piece, attribution in _split_embedded(text, quote):
            words = word_count(text[piece.begin : piece.end])
            if words < lx.MIN_DIRECT_QUOTE_WORDS:
                continue
            if _inside_reported(piece, reported_spans) or _cited_source(text, piece):
                continue
            speakers = []
            if attribution is not None:
                speakers = [k for k in [_speaker_in_range(doc, actors, *attribution)] if k]
            if not speakers:
                speakers = _speaker_for_quote(doc, actors, piece, quotes)
            found.append((piece, speakers))
    # a paragraph left open runs on into the next one's quotation, whose attribution
    # names the speaker of both ('“... strong.\n\n“Australia is proud ...,” he said')
    for k in range(len(found) - 2, -1, -1):
        piece, speakers = found[k]
        following, next_speakers = found[k + 1]
        if not speakers and next_speakers and _runs_on_into(text, piece, following):
            found[k] = (piece, next_speakers)
    # a quotation with no attribution of its own is the last speaker's, whether that one
    # was quoted or reported ('..., Mitchell wrote. Since then, X has risen “...”')
    said = sorted((s.mention.end, s.speaker) for s in reported)
    for piece, speakers in found:
        earlier = [(end, key) for end, key in said if end <= piece.begin]
        last_speaker = earlier[-1] if earlier else None
        if (
            not speakers
            and last_speaker
            and _same_or_next_paragraph(text, last_speaker[0], piece.begin)
            and not _attributed_to_other(doc, piece, quotes)
        ):
            speakers = [last_speaker[1]]
        if not speakers:
            continue
        said.append((piece.end, speakers[0]))
        said.sort()
        statements += _statements(doc, article, actors, speakers, piece.begin, piece.end, True)
    statements.extend(reported)
    statements.sort(key=lambda s: (s.mention.begin, s.mention.end))
    return _unique(statements)


def _statements(doc, article, actors, speakers, begin: int, end: int, direct: bool):
    """One Statement per speaker of the span [begin, end): "Both A and B said ..." is two
    statements (a report's IRI names its speaker, so two speakers of one span are two
    reports)."""
    span = mention(doc, begin, end, NAME)
    medium, date = _medium(doc, begin, end), _date(doc, begin, article)
    return [
        Statement(
            speaker=actors.use(speaker),
            content=span.anchor,
            direct=direct,
            mention=span,
            medium=medium,
            date=date,
        )
        for speaker in speakers
    ]


def _unique(statements):
    seen, out = set(), []
    for s in statements:
        key = (s.mention.begin, s.mention.end, s.speaker)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _split_embedded(text: str, quote: Quote):
    """A quote interrupted by its attribution inside the same marks gives two pieces."""
    content = text[quote.begin : quote.end]
    match = _EMBEDDED_ATTRIBUTION.search(content)
    if not match or word_count(content[: match.start()]) < 3:
        yield quote, None
        return
    attribution = (quote.begin + match.start(), quote.begin + match.end())
    yield Quote(quote.begin, quote.begin + match.start(), quote.open_mark), attribution
    yield Quote(quote.begin + match.end(), quote.end, quote.open_mark), attribution


def _inside_reported(piece: Quote, reported_spans) -> bool:
    """A quotation inside a reported clause belongs to that clause."""
    # (the clause's final stop, inside the marks, is trimmed from it)
    return any(begin <= piece.begin and piece.end <= end + 2 for begin, end in reported_spans)


def _mostly_quoted(statement: Statement, direct_spans, all_spans) -> bool:
    begin, end = statement.mention.begin, statement.mention.end
    inside = [(b, e) for b, e in all_spans if begin <= b and e - 2 <= end]
    # three or more fragments woven into the reporter's syntax ('said China “can't have it
    # both ways,” by “putting ...,” while it continues to “fuel ...”') stay one reported clause
    if len(inside) >= lx.WOVEN_QUOTES:
        return False
    covered = sum(max(0, min(end, e) - max(begin, b)) for b, e in direct_spans)
    return covered >= 0.5 * (end - begin)


def _outermost(reported: list[Statement], verbs: dict, relative=frozenset()) -> list[Statement]:
    """'He said he did not think China was ...': the thought is part of what was said;
    a reported clause inside another one is not a statement of its own."""
    spans = [(s.mention.begin, s.mention.end, s.speaker) for s in reported]
    return [
        s
        for s in reported
        if not any(
            b <= s.mention.begin
            and s.mention.end <= e
            and (b, e) != (s.mention.begin, s.mention.end)
            # 'X said Y, Reuters reported': an attribution closing the sentence reports
            # the whole of it; the statement inside stands
            and verbs.get((b, e), -1) < b
            # 'threats, which Peskov said had reached ...': another speaker's words
            # within the clause are theirs
            and (speaker == s.speaker or (s.mention.begin, s.mention.end) not in relative)
            for b, e, speaker in spans
        )
    ]


def _cited_source(text: str, piece: Quote) -> bool:
    """'citing “people familiar with the matter”': the quotation names a source."""
    before = text[max(0, piece.open_mark - 20) : piece.open_mark].lower()
    return re.search(rf"\b(?:{'|'.join(lx.CITING_WORDS)})\s*$", before) is not None


def _runs_on_into(text: str, piece: Quote, following: Quote) -> bool:
    """Whether a quotation is left open at its paragraph's end and the next paragraph
    opens with the quotation that follows."""
    rest = text[piece.end : following.open_mark]
    closed = text[piece.end : piece.end + 1] in lx.QUOTE_MARKS + lx.SINGLE_QUOTE_MARKS
    # (marks that opened mid-paragraph are more likely a pair gone astray)
    opens_paragraph = text[: piece.open_mark].endswith("\n") or piece.open_mark == 0
    return opens_paragraph and not closed and not rest.strip() and rest.count("\n") >= 1


def _attributed_to_other(doc, piece: Quote, quotes) -> bool:
    """'“...,” it said' (the letter), '“...,” the authors write': a quotation whose own
    speech verb has a subject that names no actor is someone else's, not the last
    speaker's (a title may well be theirs: 'the deputy minister noted')."""
    return any(
        t.lemma_ in lx.SPEECH_VERBS
        and t.pos_ in ("VERB", "AUX")
        and any(
            c.dep_ in ("nsubj", "nsubjpass")
            and (c.lower_ in ("it", "they") or not _names_speaker(c))
            for c in t.children
        )
        for t in _tokens_outside(doc, piece.begin, piece.end, quotes)
    )


def _same_or_next_paragraph(text: str, previous_end: int, begin: int) -> bool:
    return text.count("\n\n", previous_end, begin) <= 1 and begin - previous_end < 600


def _tokens_outside(doc, begin: int, end: int, quotes):
    """Tokens of the sentences around [begin, end) that are outside every quotation."""
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return []
    first, last = sentence_of(span[0]), sentence_of(span[-1])
    inside = [(q.open_mark, q.end + 1) for q in quotes]
    return [t for t in doc[first.start : last.end] if not any(b <= t.idx < e for b, e in inside)]


def _speaker_for_quote(doc, actors, quote: Quote, quotes) -> list[str]:
    """The speaker of a quotation (or the joint speakers: 'Both A and B said')."""
    outside = _tokens_outside(doc, quote.begin, quote.end, quotes)
    # 1. a speech verb outside the quote with a subject, nearest the quote first
    verbs = [t for t in outside if t.lemma_ in lx.SPEECH_VERBS and t.pos_ in ("VERB", "AUX")]
    verbs.sort(key=lambda t: min(abs(t.idx - quote.begin), abs(t.idx - quote.end)))
    for verb in verbs:
        speakers = _subject_actors(actors, verb)
        if speakers:
            return speakers
    speaker = _single_speaker_for_quote(doc, actors, quote, outside)
    return [speaker] if speaker else []


def _single_speaker_for_quote(doc, actors, quote: Quote, outside) -> str | None:
    # 2. "according to X"
    for token in outside:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            speaker = _according_to(actors, doc[token.i + 1])
            if speaker:
                return speaker
    # 3. the nearest person named outside the quote in the same sentence(s)
    people = [t for t in outside if t.ent_type_ == "PERSON" and actors.key_at(t)]
    if people:
        people.sort(key=lambda t: min(abs(t.idx - quote.begin), abs(t.idx - quote.end)))
        return actors.key_at(people[0])
    # 4. the subject of the sentence's main verb, when it is an actor
    for token in outside:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
            # "France's troop presence has risen “...”": a subject that only mentions an
            # actor is not one; the speaker is then the one of the quotes before
            if not (token.ent_type_ or _names_speaker(token)):
                continue
            speaker = actors.resolve(list(token.subtree))
            if speaker:
                return speaker
    return None


def _names_speaker(token) -> bool:
    """Whether a common noun or pronoun can itself be who speaks ('the minister', 'he')."""
    word = token.lower_
    return (
        word in lx.PERSON_PRONOUNS
        or word in lx.ORG_PRONOUNS
        or word in lx.ROLE_NOUNS
        or word in lx.TITLE_WORDS
        or token.lemma_.lower() in lx.ROLE_NOUNS
    )


def _speaker_in_range(doc, actors, begin: int, end: int) -> str | None:
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return None
    people = [t for t in span if t.ent_type_ == "PERSON" and actors.key_at(t)]
    if people:
        return actors.key_at(people[0])
    words = [t for t in span if not t.is_punct and t.lemma_ not in lx.SPEECH_VERBS]
    return actors.resolve(words) if words else None


def _subject_actor(actors, verb) -> str | None:
    """The actor who is the subject of a verb, following conjunctions and xcomp chains."""
    speakers = _subject_actors(actors, verb)
    return speakers[0] if speakers else None


def _subject_actors(actors, verb, antecedents: bool = True) -> list[str]:
    """The actors who are the subject of a verb: 'Both A and B said' gives A and B; 'the
    official said', 'the statement said' give who the last official or statement was."""
    found = _named_subject_actors(actors, verb)
    if len(found) == 1:
        found = _not_the_hearer(actors, verb, found)
    if found or not antecedents:
        return found
    subject = _inverted_subject(verb) or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "it":
        return _it_antecedent(actors, subject)
    if (
        subject is None
        or subject.pos_ != "NOUN"
        or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children)
    ):
        return []
    earlier = [
        key
        for i, lemma, key in _role_antecedents(verb.doc, actors)
        if i < subject.i and lemma == subject.lemma_
    ]
    if not earlier and subject.lemma_ == "author":
        earlier = _first_author(actors, subject)
    if not earlier:
        # "the city's Regional Council said ... the council said": the one named so
        named = actors.organisation_called(subject.lemma_, subject.i)
        earlier = [named] if named else []
    return earlier[-1:]


def _first_author(actors, subject) -> list[str]:
    """'Mark Leonard, a co-author of a report ... the authors said': the authors are those
    named as such earlier; their statement goes to the first of them, who leads."""
    for token in subject.doc[: subject.i]:
        if token.lemma_ == "author" and token.dep_ == "appos":
            key = actors.key_at(token.head)
            if key:
                return [key]
    return []


def _not_the_hearer(actors, verb, found: list[str]) -> list[str]:
    """'He also told Blinken that ...': a pronoun subject is not the person its verb names
    as the hearer, so it goes to the person before that one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("he", "she"):
        return found
    hearers = {
        actors.key_at(t)
        for c in verb.children
        if c.dep_ in ("dobj", "dative", "iobj")
        for t in c.subtree
        if actors.key_at(t)
    }
    if found[0] not in hearers:
        return found
    other = actors.person_before(subject.i, exclude=frozenset(hearers))
    return [other] if other else []


def _it_antecedent(actors, pronoun) -> list[str]:
    """'Beijing has denied ..., in contrast to the US, who it has accused of ...': 'it'
    speaking is the state or organisation that is subject earlier in the same sentence
    (a person is 'he' or 'she'; a nearer non-subject 'it' is usually a thing)."""
    sentence = sentence_of(pronoun)
    found = _non_person_subject(actors, sentence, pronoun.i)
    opens = all(
        t.is_punct or t.is_space or actors.in_quote(t.idx)
        for t in pronoun.doc[sentence.start : pronoun.i]
    )
    if found is None and sentence.start > 0 and opens:
        # "The FSB added: “...” It also called on ...": a sentence that opens with 'it'
        # goes on about the state or organisation the sentence before was about
        previous = sentence_of(pronoun.doc[sentence.start - 1])
        subject = next(
            (t for t in previous.root.children if t.dep_ in ("nsubj", "nsubjpass")), None
        )
        if subject is not None and not actors.in_quote(subject.idx):
            keys = _subject_actors(actors, previous.root) if subject.lower_ != "it" else []
            if len(keys) == 1 and actors.records[keys[0]].type != "Person":
                found = keys[0]
    return [found] if found else []


def _non_person_subject(actors, sentence, before: int) -> str | None:
    """The first state or organisation that is a subject in a sentence before a token."""
    for token in sentence:
        if token.i >= before:
            break
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if actors.in_quote(token.idx):
            continue
        key = actors.resolve(_subject_tokens(token), before=token.i + 1)
        if key and actors.records[key].type != "Person":
            return key
    return None


def _role_antecedents(doc, actors) -> list[tuple[int, str, str]]:
    """(token, noun, actor) for each speech verb whose subject names its actor with a common
    noun ('a US official', 'Japan's foreign ministry') or speaks in a statement, in order."""
    cached = doc.user_data.get("kg_role_antecedents")
    if cached is not None:
        return cached
    out = []
    for verb in doc:
        if verb.lemma_ in lx.SPEECH_VERBS and _speech_verb_taken_for_noun(verb):
            # "Ukraine's military claims that ...": the role is among the modifiers
            modifiers = [c for c in verb.children if c.i < verb.i]
            roles = [c for c in modifiers if c.lower_ in lx.ROLE_NOUNS]
            key = actors.resolve([t for c in modifiers for t in c.subtree], before=verb.i)
            if roles and key:
                out.append((roles[-1].i, roles[-1].lower_, key))
            continue
        if verb.lemma_ not in lx.SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = _inverted_subject(verb) or next(
            (c for c in verb.children if c.dep_ == "nsubj"), None
        )
        if subject is None:
            continue
        keys = _named_subject_actors(actors, verb)
        if len(keys) != 1:
            continue
        if subject.pos_ in ("NOUN", "PROPN") and subject.lemma_.lower() in lx.ROLE_NOUNS:
            out.append((subject.i, subject.lemma_.lower(), keys[0]))
        sentence = sentence_of(verb)
        if any(t.lower_ == "statement" and t.i != subject.i for t in sentence):
            out.append((subject.i, "statement", keys[0]))
    doc.user_data["kg_role_antecedents"] = out
    return out


def _named_subject_actors(actors, verb) -> list[str]:
    node = verb
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return _conjoined_actors(actors, inverted)
    for step in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and step == 0 and node.dep_ not in ("conj", "xcomp", "advcl"):
            run_in = _subject_after_headline(actors, verb)
            if run_in:
                return [run_in]
        # a headline the parser ran into the sentence: only what follows it is the subject
        own = [c for c in subjects if not _paragraph_between(c, node)]
        # a word of the quotation the parser took for a second subject is not the speaker
        outside = [c for c in own if not actors.in_quote(c.idx)]
        own = outside if len(outside) < len(own) and outside else own
        if subjects and not own:
            rest = [
                t for t in subjects[0].subtree if t.i > node.i or not _paragraph_between(t, node)
            ]
            key = actors.resolve(rest) if rest else None
            return [key] if key else []
        if own:
            # two subjects are a parse gone wrong ('Topics ... Won't Trigger War With Russia
            # Kallas said'): a person's name right before the verb is its own
            people = [c for c in own if c.ent_type_ == "PERSON" and c.i < node.i]
            subject = people[0] if len(own) > 1 and len(people) == 1 else own[0]
            if subject.dep_ == "nsubjpass":
                agents = [c for c in node.children if c.dep_ == "agent"]
                if not agents:
                    return []
                subject = next((c for c in agents[0].children if c.dep_ == "pobj"), None)
                if subject is None:
                    return []
            if subject.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                # 'Mr Zelensky, who ... insisted he did not want ...': who the clause is about
                subject = node.head
            return _conjoined_actors(actors, subject)
        if (
            node.dep_ in ("conj", "xcomp", "advcl")
            and node.head is not node
            and not _paragraph_between(node.head, node)
        ):
            node = _out_of_reported_clause(node.head)
        else:
            return []
    return []


def _out_of_reported_clause(node):
    """'X said that Russia's aggression is “...”, adding “...”': the parser hangs 'adding'
    on the reported clause, whose subject is a word of what was said; the one adding is
    the subject of the speech verb that reports the clause."""
    head = node.head
    if node.dep_ == "ccomp" and head is not node and head.lemma_ in lx.SPEECH_VERBS:
        return head
    return node


def _subject_after_headline(actors, verb) -> str | None:
    """'Declared a foreign agent\n\nThe FSB, Russia's main intelligence service, said
    ...': the parser hung the subject on a headline it ran into the sentence; the words
    that open the verb's paragraph, with no verb among them, are its subject."""
    doc = verb.doc
    start = sentence_of(verb).start
    breaks = [t.i for t in doc[start : verb.i] if t.is_space and "\n" in t.text]
    if not breaks:
        return None
    words = [t for t in doc[breaks[-1] + 1 : verb.i] if not t.is_space]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return actors.resolve(words, before=words[0].i + 1)


def _conjoined_actors(actors, subject) -> list[str]:
    """The actor a subject names, or each actor of a coordination of names ('Both A and
    B', 'A and B'), when every conjunct names a distinct actor."""
    if not subject.ent_type_:
        # "The head of X, General A B, said": the person named in apposition to a title
        for child in subject.children:
            key = actors.key_at(child)
            if child.dep_ == "appos" and key and actors.records[key].type == "Person":
                key = actors.resolve(list(child.subtree), before=child.i + 1)
                if key:
                    return [key]
    chain = _conjunct_chain(subject)
    if (
        not subject.ent_type_
        and len(chain) >= 2
        and chain[0].ent_type_ == "PERSON"
        and all(c.ent_type_ for c in chain)
        and _names_speaker(subject)
    ):
        # "The Secretary-General of X, A B and Prime Minister C D said": the parser took the
        # title's apposition for a conjunct; the names are the speakers
        keys = [actors.resolve(_own_tokens(c), before=c.i + 1) for c in chain]
        if None not in keys and len(set(keys)) == len(keys):
            return keys
    tokens = _subject_tokens(subject)
    whole = actors.resolve(tokens, before=subject.i + 1)
    if whole and subject.lemma_.lower() in lx.PERSON_BODIES and not subject.ent_type_:
        # "Ramaphosa's office said": those who work for a leader speak for the leader's
        # state, not as the leader
        whole = actors.state_of(whole) or whole
    conjuncts = chain
    # only names are split: 'the founder of X, and its director, Y' is one person
    if not subject.ent_type_ or not all(c.ent_type_ for c in conjuncts):
        conjuncts = []
    if not conjuncts or whole is None:
        return [whole] if whole else []
    split = set()
    for conjunct in conjuncts:
        split.update(t.i for t in conjunct.subtree)
    split.update(c.i for c in subject.children if c.dep_ in ("cc", "preconj"))
    first = actors.resolve([t for t in tokens if t.i not in split], before=subject.i + 1)
    keys = [first]
    for conjunct in conjuncts:
        # ('A, B and C': C may hang on B, and is not part of B)
        keys.append(actors.resolve(_own_tokens(conjunct), before=conjunct.i + 1))
    if None in keys or len(set(keys)) != len(keys):
        return [whole]
    return keys


def _conjunct_chain(subject) -> list:
    """The conjuncts of a subject, also those hung on another conjunct ('A, B and C')."""
    out, todo = [], [subject]
    while todo:
        node = todo.pop(0)
        for child in node.children:
            if child.dep_ == "conj":
                out.append(child)
                todo.append(child)
    return sorted(out, key=lambda t: t.i)


def _own_tokens(conjunct):
    """A conjunct's words without the conjuncts and conjunctions hung on it."""
    drop = set()
    for child in conjunct.children:
        if child.dep_ == "conj":
            drop.update(t.i for t in child.subtree)
        elif child.dep_ in ("cc", "preconj"):
            drop.add(child.i)
    return [t for t in _subject_tokens(conjunct) if t.i not in drop]


def _inverted_subject(verb):
    """'“...”, recalled the secretary general': after a quotation the subject may follow
    its speech verb, and the parser takes it for the verb's object."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.lemma_ in ("tell", "ask", "inform", "accuse", "urge", "call", "warn", "assure"):
        return None  # these take the hearer as object
    previous = verb.doc[verb.i - 1] if verb.i else None
    if previous is None or not (previous.is_punct or previous.text in lx.QUOTE_MARKS):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "npadvmod", "attr") and child.i > verb.i:
            first = min(t.i for t in child.subtree)
            if first <= verb.i + 2 and child.pos_ in ("NOUN", "PROPN"):
                return child
    return None


def _paragraph_between(a, b) -> bool:
    """A paragraph break between two tokens: a headline the parser ran into the next
    sentence is not where that sentence's subject is."""
    begin, end = sorted((a.idx, b.idx))
    return "\n\n" in doc_text(a.doc)[begin:end]


def _subject_tokens(subject):
    # Drop relative clauses and trailing appositions that name other actors.
    drop = set()
    for child in subject.children:
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "appos" and child.i > subject.i + 3):
            drop.update(t.i for t in child.subtree)
    return [t for t in subject.subtree if t.i not in drop]


def _according_to(actors, to_token) -> str | None:
    objects = [c for c in to_token.children if c.dep_ == "pobj"]
    if not objects:
        return None
    return actors.resolve(list(objects[0].subtree), before=objects[0].i + 1)


def _reported(doc, article, actors, quotes) -> list[Statement]:
    text = doc_text(doc)
    quote_ranges = [(q.open_mark, q.end + 1) for q in quotes]
    out = []
    for verb in doc:
        if verb.lemma_ not in lx.SPEECH_VERBS and not _made_clear(verb):
            continue
        noun_verb = verb.pos_ == "NOUN" and _speech_verb_taken_for_noun(verb)
        if verb.pos_ not in ("VERB", "AUX") and not noun_verb:
            continue
        if any(b <= verb.idx < e for b, e in quote_ranges):
            continue
        content = _reported_content(verb)
        if content is None:
            continue
        if verb.lemma_ == "make":  # 'made clear that': 'clear' may land in the clause
            content = [t for t in content if t.i > verb.i + 1]
        content = _without_sourcing(_within_paragraph(content, verb)) if content else None
        if not content:
            continue
        begin, end = content[0].idx, content[-1].idx + len(content[-1])
        if word_count(text[begin:end]) < 3:
            continue
        if begin <= verb.idx < end and "\n\n" in text[begin:end]:
            continue  # a parse run across paragraphs, round its own speech verb
        if noun_verb:
            modifiers = [t for c in verb.children if c.i < verb.i for t in c.subtree]
            key = actors.resolve(modifiers, before=verb.i) if modifiers else None
            speakers = [key] if key else []
        else:
            speakers = _subject_actors(actors, verb) or _reporting_outlet(actors, verb)
            if not speakers:
                content, speakers = _speaker_run_into_clause(actors, verb, content)
                begin, end = content[0].idx, content[-1].idx + len(content[-1])
        found = _statements(doc, article, actors, speakers, begin, end, False)
        if found:
            doc.user_data.setdefault("kg_reporting_verbs", {})[(begin, end)] = verb.idx
            if _relative_attribution(verb):
                doc.user_data.setdefault("kg_relative_attributions", set()).add((begin, end))
        out += found
    for token in doc:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            statement = _according_to_statement(doc, article, actors, token, quote_ranges)
            if statement and not any(
                s.mention.sentence_index == statement.mention.sentence_index for s in out
            ):
                out.append(statement)
    return out


def _made_clear(verb) -> bool:
    """'X made clear (plain) that ...': the verb is 'make', the speech is the 'that' clause
    after its 'clear' (which the parser may take for the head of that clause)."""
    doc = verb.doc
    return (
        verb.lemma_ == "make"
        and verb.i + 2 < len(doc)
        and doc[verb.i + 1].lower_ in ("clear", "plain")
        and doc[verb.i + 1].head.i == verb.i
        and doc[verb.i + 2].lower_ == "that"
    )


def _speaker_run_into_clause(actors, verb, content):
    """'CLAUSE, Chairman X told the media ...': with a long title the parser may hang the
    speaker on the clause's last noun and leave the verb without a subject; the name right
    before the verb, after the clause's last comma, is the speaker. A wire dateline the
    parser ran into the clause ('MINSK, 20 June (Agency) - ') is not what was said."""
    if not content or content[-1].i >= verb.i:
        return content, []
    doc = verb.doc
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in verb.children):
        return content, []
    # the clause as cut may have lost the speaker's own apposition ('X, chief of ...,')
    full = list(doc[content[0].i : verb.i])
    while full and full[-1].is_punct:
        full = full[:-1]
    under = {t.i for c in content for t in c.subtree}
    if any(t.i not in under and not t.is_punct for t in full):
        return content, []
    key, clause = None, None
    for comma in [k for k, t in enumerate(full) if t.text == "," and k >= 3][::-1]:
        rest = full[comma + 1 :]
        ids = {t.i for t in rest}
        roots = [t for t in rest if t.head.i not in ids]
        if len(roots) != 1 or roots[0].dep_ != "appos" or roots[0].pos_ != "PROPN":
            continue  # a name (or title) set off after the clause, not a description
        if len(ids) != len(list(roots[0].subtree)):
            continue
        name = rest[: next((k for k, t in enumerate(rest) if t.text == ","), None)]
        key = actors.resolve(name, before=verb.i) or actors.resolve(rest, before=verb.i)
        if key:
            clause = full[:comma]
            break
    if key is None:
        return content, []
    dashes = [k for k, t in enumerate(clause[:12]) if t.text in ("-", "–", "—")]
    if dashes and clause[0].text.isupper() and any(t.text == ")" for t in clause[: dashes[0]]):
        clause = clause[dashes[0] + 1 :]
    return (clause, [key]) if len(clause) >= 3 else (content, [])


def _relative_attribution(verb) -> bool:
    """'threats, which Peskov said had reached ...': the relative pronoun is the subject of
    what the speaker said, so the speaker is only the source of that clause."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "ccomp"
        and any(s.dep_ == "nsubj" and s.tag_ in ("WDT", "WP") and s.i < verb.i for s in c.children)
        for c in verb.children
    )


def _without_sourcing(tokens):
    """'reported that X ..., citing people familiar with the matter': the clause is X ...;
    the complementiser the parser left on it and the source it cites are not."""
    while tokens and tokens[0].lower_ == "that" and tokens[0].tag_ == "IN":
        tokens = tokens[1:]
    for position, token in enumerate(tokens):
        if position >= 3 and token.lower_ in lx.CITING_WORDS and tokens[position - 1].text == ",":
            return _trim(tokens[: position - 1])
    return tokens


def _reporting_outlet(actors, verb) -> list[str]:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i:
        return []
    key = actors.outlet(list(subject.subtree))
    return [key] if key else []


def _speech_verb_taken_for_noun(token) -> bool:
    """ "Ukraine's military claims that Russia has lost ...": the parser reads 'claims' as
    a plural noun heading the sentence; a noun never takes a 'that' clause as ccomp."""
    if token.dep_ != "ROOT" or token.tag_ not in ("NNS", "NN"):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i > token.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in token.children
    )


def _reported_content(verb):
    """The clause a speech verb reports, without 'that' and outer punctuation."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" or _reported_question(verb, c)]
    after = [c for c in clauses if c.i > verb.i]
    if len(after) > 1:
        # "said despite drills agreed to by X there is little appetite": the parser split
        # one clause in two; the statement runs from the first to the end of the last
        doc = verb.doc
        first = min(t.i for t in after[0].subtree)
        last = max(t.i for t in after[-1].subtree)
        spans = [list(doc[first : last + 1])]
    else:
        # the clause after the verb first: one before it may be a headline run into it
        spans = [list(c.subtree) for c in sorted(clauses, key=lambda c: c.i < verb.i)]
    for tokens in spans:
        if _relative_attribution(verb) and tokens and tokens[0].i < verb.i < tokens[-1].i:
            # "threats, which X said had reached “unprecedented levels”": the relative
            # pronoun and the attribution stand before what X said
            tokens = [t for t in tokens if t.i > verb.i]
        while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in ("”", '"', "»", "’"):
            tokens = tokens[:-1]
        tokens = _cut_trailing_apposition(_cut_coordinated_speech(tokens))
        tokens = _cut_own_action(tokens)
        if tokens and tokens[0].i > verb.i:
            tokens = _cut_appended_quotation(tokens)
        if tokens and tokens[0].i > verb.i:
            return _with_quoted_adjuncts(verb, tokens)
        # "CLAUSE, X said": the clause before the verb is reported too (not before a
        # subordinate 'as he warned of the risks', which the parser may hang it on)
        marked = any(c.dep_ == "mark" for c in verb.children)
        if tokens and tokens[-1].i < verb.i and not marked:
            return tokens
    as_clause = _as_clause_content(verb)
    if as_clause:
        return as_clause
    parenthetical = _parenthetical_content(verb)
    if parenthetical:
        return parenthetical
    if verb.lemma_ in lx.SPEECH_VERBS_WITH_INFINITIVE and verb.tag_ != "VBG":
        # "claimed to have taken control of the city"
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i and child.pos_ in ("VERB", "AUX"):
                return _trim(_cut_coordinated_speech(list(child.subtree)))
    if verb.lemma_ == "call":
        # "called on X to ...", "calls for security guarantees": the appeal, with its verb
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "for")]
        if preps and preps[0].i == verb.i + 1 and any(True for _ in preps[0].children):
            right = [t for c in verb.children if c.i > verb.i for t in c.subtree]
            tokens = sorted([verb, *right], key=lambda t: t.i)
            return _trim(_cut_coordinated_speech(tokens))
    if verb.lemma_ in lx.SPEECH_VERBS_WITH_OBJECT:
        for child in verb.children:
            if child.dep_ == "dobj":
                tokens = list(child.subtree)
                doc = verb.doc
                # the parser may hang the marks of '“deep concern”' on the verb
                if tokens[0].i > 0 and doc[tokens[0].i - 1].text in lx.QUOTE_MARKS:
                    tokens.insert(0, doc[tokens[0].i - 1])
                if tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].text in lx.QUOTE_MARKS:
                    tokens.append(doc[tokens[-1].i + 1])
                if any(t.text in lx.QUOTE_MARKS for t in tokens):
                    return _trim(tokens)
    if verb.lemma_ == "accuse":
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        of = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
        if objects and not of:
            # the parser often hangs 'of ...' on the accused ('accused generals of ...')
            of = [
                t
                for t in objects[0].subtree
                if t.dep_ == "prep"
                and t.lower_ == "of"
                and (t.head.i == objects[0].i or t.head.dep_ == "conj")
            ][:1]
        if objects and of and objects[0].i < verb.i:
            # 'the US, who it has accused of ...': the accused is an antecedent elsewhere
            return (
                _trim([t for t in of[0].subtree if t.i != of[0].i])
                if objects[0].tag_ in ("WP", "WDT")
                else None
            )
        if objects and of:
            tokens = sorted({*objects[0].subtree, *of[0].subtree}, key=lambda t: t.i)
            return _trim(tokens)
    return None


def _reported_question(verb, clause) -> bool:
    """'He questioned if everything possible was being done': the parser takes the
    'if/whether' clause of a verb of asking for an adverbial one; it is the question."""
    return (
        verb.lemma_ in ("ask", "question")
        and clause.dep_ == "advcl"
        and clause.i > verb.i
        and any(
            m.dep_ == "mark" and m.lower_ in ("if", "whether") and m.i == verb.i + 1
            for m in clause.children
        )
    )


def _with_quoted_adjuncts(verb, tokens):
    """'said China “can't ...,” while it continues to “fuel ...”': the parser hangs the
    trailing clause on the speech verb, but a clause holding a quotation is the speaker's."""
    doc, end = verb.doc, tokens[-1].i
    for child in sorted(verb.children, key=lambda t: t.i):
        if child.i <= end or child.dep_ not in ("advcl", "conj", "prep"):
            continue
        if child.lemma_ in lx.SPEECH_VERBS:
            break  # '..., saying that ...' is a statement of its own
        subtree = list(child.subtree)
        first, last = subtree[0].i, subtree[-1].i
        between = doc[end + 1 : first]
        if any(not (t.is_punct or t.is_space) for t in between) or any(
            t.is_space and "\n" in t.text for t in between
        ):
            break
        if not any(t.text in lx.QUOTE_MARKS for t in subtree):
            break
        tokens = tokens + list(doc[end + 1 : last + 1])
        end = last
    return _trim(tokens) or tokens


def _parenthetical_content(verb):
    """'At the same time, X said, the threat remains ...' and 'The work is crucial, X
    says, as ...': an attribution set off by commas is hung on the clause it reports."""
    head = verb.head
    if verb.dep_ == "conj" and not _closing_attribution(verb):
        return None
    if verb.dep_ not in ("parataxis", "conj") or head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    attribution = {t.i for t in verb.subtree}
    own = [t for t in head.subtree if t.i not in attribution]
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if subjects and subjects[0].i > verb.i:
        # what comes before the attribution is the reporter's framing ('At the same time')
        own = [t for t in own if t.i > verb.i]
    elif head.i < verb.i:
        # the clause before it is reported; an 'as ...' clause after it is the reporter's
        own = [
            t
            for t in own
            if t.i < verb.i
            or not any(
                a.dep_ == "advcl" and a.head.i == head.i and a.i > verb.i and t in a.subtree
                for a in head.children
            )
        ]
    own = [t for t in own if not t.is_space]
    while own and (own[0].is_punct or own[0].dep_ in ("cc", "mark")):
        own = own[1:]
    own = _trim(own)
    if not own or word_count(" ".join(t.text for t in own)) < 3:
        return None
    # a gap left by the attribution would join words that were never together
    if own[0].i < verb.i < own[-1].i:
        return None
    return own


def _closing_attribution(verb) -> bool:
    """'CLAUSE, Ukraine's defense minister said on Friday.': the parser may coordinate the
    closing attribution with the clause; it is one when set off by a comma alone and it
    runs to the end of the sentence."""
    subtree = list(verb.subtree)
    doc, first = verb.doc, subtree[0].i
    if verb.head.i >= verb.i or first == 0 or doc[first - 1].text != ",":
        return False
    sentence = sentence_of(verb)
    rest = [t for t in doc[subtree[-1].i + 1 : sentence.end] if not (t.is_punct or t.is_space)]
    return not rest


def _as_clause_content(verb):
    """'As X emphasized, CLAUSE.' and 'CLAUSE, as X said.': the main clause is reported."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"]
    if not marks or verb.dep_ != "advcl" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    sentence = [t for t in sentence_of(verb) if not t.is_space]
    mark = marks[0]
    position = next(k for k, t in enumerate(sentence) if t.i == mark.i)
    if all(t.is_punct for t in sentence[:position]):
        comma = next((k for k, t in enumerate(sentence) if t.i > verb.i and t.text == ","), None)
        tokens = sentence[comma + 1 :] if comma is not None else []
    elif position and sentence[position - 1].text == ",":
        if any(c.i > verb.i and not c.is_punct for c in verb.children):
            return None  # 'as he warned of the risks': a clause of its own, not a source
        rest = [t for t in sentence[position:] if not t.is_punct]
        if any(t.i > max(x.i for x in verb.subtree) for t in rest):
            return None
        tokens = sentence[: position - 1]
    else:
        return None
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    return _trim(tokens) if len(tokens) >= 3 else None


def _within_paragraph(tokens, verb):
    """A reported clause stops at a paragraph break (a headline or a site's blurb the parser
    ran into the sentence): the part on the speech verb's side is kept."""
    breaks = [k for k, t in enumerate(tokens) if t.is_space and "\n" in t.text]
    if not breaks:
        return tokens
    if tokens[0].i >= verb.i:  # an appeal's clause starts at its verb ('called for ...')
        return _trim(tokens[: breaks[0]]) or tokens[:1]
    return tokens[breaks[-1] + 1 :] or tokens[-1:]


def _cut_coordinated_speech(tokens):
    """'he wanted peace and accused the US of ...': a second speech verb coordinated into
    the clause, with no subject of its own, starts another statement of the speaker."""
    ids = {t.i for t in tokens}
    for position, token in enumerate(tokens[1:], start=1):
        if (
            token.dep_ == "conj"
            and token.pos_ == "VERB"
            and token.head.i in ids
            and (token.lemma_ in lx.SPEECH_VERBS or token.lemma_ in lx.SPEECH_VERBS_WITH_OBJECT)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        ):
            cut = position
            while cut > 1 and (tokens[cut - 1].dep_ == "cc" or tokens[cut - 1].is_punct):
                cut -= 1
            return tokens[:cut]
        # '..., as he warned of the risks ...': the reporter's link to another statement
        marks = [c for c in token.children if c.dep_ == "mark" and c.i in ids]
        if token.dep_ == "advcl" and token.lemma_ in lx.SPEECH_VERBS and token.head.i in ids:
            start = next((k for k, t in enumerate(tokens) if marks and t.i == marks[0].i), 0)
            if start >= 4 and tokens[start - 1].text == ",":
                return tokens[: start - 1]
    return tokens


def _cut_appended_quotation(tokens):
    """'said that the concept will be adopted, “He will announce that ...”': a full quoted
    sentence the parser hung on the reported clause is a direct statement of its own."""
    for position in range(3, len(tokens) - 3):
        mark = tokens[position + 1]
        if tokens[position].text != "," or mark.text not in '“"' or mark.tag_ != "``":
            continue
        quoted, before = tokens[position + 2 :], tokens[:position]
        if any(t.dep_ == "nsubj" and t.head in quoted for t in quoted) and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head in before for t in before
        ):
            return tokens[:position]
    return tokens


def _cut_own_action(tokens):
    """'told CNN that the plant was “completely surrounded” and requested assistance': a
    finite past verb coordinated, without a subject, with a passive one cannot share its
    auxiliary; it is what the speaker did, not part of what was said."""
    ids = {t.i for t in tokens}
    for position, token in enumerate(tokens[2:], start=2):
        head = token.head
        if (
            token.dep_ == "conj"
            and token.tag_ == "VBD"
            and head.i in ids
            and head.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in head.children)
            and any(c.dep_ == "nsubjpass" for c in head.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        ):
            cut = position
            while cut > 1 and (tokens[cut - 1].dep_ == "cc" or tokens[cut - 1].is_punct):
                if tokens[cut - 1].text in lx.QUOTE_MARKS and tokens[cut - 1].tag_ == "''":
                    break
                cut -= 1
            return tokens[:cut]
    return tokens


def _cut_trailing_apposition(tokens):
    """'his troops were entering Rostov, a large city in the south ...': the apposition
    that closes the clause describes a name; it is the journalist's, not the speaker's."""
    if len(tokens) < 6:
        return tokens
    ids = {t.i for t in tokens}
    for position, token in enumerate(tokens):
        if (
            token.dep_ == "appos"
            and token.head.i in ids
            and token.head.pos_ == "PROPN"
            and position >= 2
            and tokens[position - 1].i < token.i
        ):
            subtree = list(token.subtree)
            start = min(t.i for t in subtree)
            if max(t.i for t in subtree) < tokens[-1].i - 1 or start <= token.head.i:
                continue
            cut = next((k for k, t in enumerate(tokens) if t.i >= start), len(tokens))
            while cut > 0 and tokens[cut - 1].is_punct:
                cut -= 1
            if cut >= 3 and tokens[cut].i > token.head.i:
                return tokens[:cut]
    return tokens


def _trim(tokens):
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ("”", '"'):
        tokens = tokens[:-1]
    return tokens or None


def _according_to_statement(doc, article, actors, according, quote_ranges):
    to_token = doc[according.i + 1]
    speaker = _according_to(actors, to_token)
    if speaker is None or any(b <= according.idx < e for b, e in quote_ranges):
        return None
    sentence = sentence_of(according)
    # "That's according to X": it points back to a statement already made, says nothing new
    lead = doc_text(doc)[sentence.start_char : according.idx]
    if re.fullmatch(r"\W*(?:that|this|it)\s*(?:['’]s|is|was)\s*", lead, re.IGNORECASE):
        return None
    phrase = {t.i for t in according.subtree} | {t.i for t in to_token.subtree} | {according.i}
    tokens = [t for t in sentence if t.i not in phrase]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if len(tokens) < 4:
        return None
    begin, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    span = mention(doc, begin, end, NAME)
    medium = "statement" if any(t.lower_ == "statement" for t in to_token.subtree) else None
    return Statement(
        speaker=actors.use(speaker),
        content=span.anchor,
        direct=False,
        mention=span,
        medium=medium or _medium(doc, begin, end),
        date=_date(doc, begin, article),
    )


def _medium(doc, begin: int, end: int) -> str | None:
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return None
    sentence = sentence_of(span[0])
    outside = (
        doc_text(doc)[sentence.start_char : begin] + " " + doc_text(doc)[end : sentence.end_char]
    ).lower()
    for cue in sorted(lx.MEDIA, key=len, reverse=True):
        if re.search(rf"\b{re.escape(cue)}\b", outside):
            return lx.MEDIA[cue]
    return None


def _date(doc, begin: int, article) -> str | None:
    span = doc.char_span(begin, begin + 1, alignment_mode="expand")
    return sentence_date(sentence_of(span[0]), article.date) if span is not None else None
