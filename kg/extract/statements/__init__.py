"""Statements: direct quotes with their speaker, and reported speech after speech verbs.

Stages: ``reported`` finds each speech verb's clause (``clauses``, cut by ``cuts``, its
ends past the parse's in ``boundaries``, the clause before a mid-sentence attribution in
``midsentence``; the
``prepositional``, ``complements`` and ``documents`` frames) and its speaker (``speakers``,
``subjects``, ``parses``; no news outlet, ``outlets``; no anonymous source, ``anonymous``;
an unnamed aide to a person speaks for that person's state, ``entourage``; a body named
as the subject by its owner and head word is its own speaker, ``named_bodies``; a
state's air force written in lower case speaks as its named service,
``state_services``; 'according to his office' or 'to an aide in his office' speaks for the
office holder's state, ``according_owners``);
a report set off at the end of another's clause ('X said A, accusing B of C') is a
statement of its own and ends that clause (``nested``);
``denials`` gives a claim to the party denying it in a phrase trailing it (a denier that
only points back is the one accused, ``accused``);
``nouns`` gives a speech or stance noun's
'that' clause to who voices it; ``ledes`` gives a sentence to the speaker named in the next one;
``quotes`` splits each quotation into pieces and finds the speaker of those no reported
clause holds; ``facts`` makes the statements (and holds the extractor's ``NAME``); none is
taken from a heading (``headings``). The result is in text order, one statement per span and
speaker.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import Quote, doc_quotations, doc_text, word_count
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.cuts import unasserted
from kg.extract.statements.denials import counter_denials
from kg.extract.statements.facts import NAME, statements_of, unique, unrepeated
from kg.extract.statements.headings import outside_headings
from kg.extract.statements.ledes import lede_statements
from kg.extract.statements.nested import detached_reports
from kg.extract.statements.nouns import noun_clause_statements
from kg.extract.statements.quotes import (
    a_name,
    attributed_to_other,
    cited_source,
    closing_quoted_clause,
    inside_reported,
    mostly_quoted,
    quoted_whole,
    runs_on_into,
    same_or_next_paragraph,
    speaker_for_quote,
    speaker_in_range,
    split_embedded,
)
from kg.extract.statements.reported import outermost, reported_statements
from kg.extract.statements.speakers import subject_actors
from kg.models import Statement
from kg.ns import KG

produces = KG.Statement

__all__ = ["NAME", "extract", "produces"]


def extract(doc, article, actors) -> list[Statement]:
    text = doc_text(doc)
    statements: list[Statement] = []
    quotes = [q for q in doc_quotations(doc) if word_count(q.text(text)) >= 1]
    long_quotes = [
        (q.begin, q.end) for q in quotes if word_count(q.text(text)) >= lx.QUOTE_DOMINATES_WORDS
    ]
    all_quotes = [(q.begin, q.end) for q in quotes]
    # a reported clause that is mostly one long quotation, or closes on one that is a clause
    # of its own, is that quotation, quoted directly
    found_reported = reported_statements(doc, article, actors, quotes)
    # 'CLAUSE. X said this in an interview.': the sentence before is X's
    found_reported += lede_statements(doc, article, actors, lambda v: subject_actors(actors, v))
    # 'expressed regret that CLAUSE', 'X's claim that CLAUSE': a noun's clause
    quote_marks = [(q.open_mark, q.end + 1) for q in quotes]
    found_reported += noun_clause_statements(doc, article, actors, quote_marks)
    # '“We are ready,” Halevi said': a short quotation that is a speech verb's whole clause
    # is quoted directly, however few its words (two are still a scare quote)
    short = [
        (q.begin, q.end) for q in quotes if word_count(q.text(text)) >= lxs.MIN_SENTENCE_QUOTE_WORDS
    ]
    whole = {span for s in found_reported for span in short if quoted_whole(s, [span])}
    reported = [
        s
        for s in found_reported
        if not mostly_quoted(s, long_quotes, all_quotes)
        and not quoted_whole(s, whole)
        and not closing_quoted_clause(doc, s, long_quotes)
    ]
    # 'X said A, accusing B of C': a report set off at the clause's end is its own, and
    # the clause ends before it
    reported = detached_reports(doc, reported, doc.user_data.setdefault("kg_reporting_verbs", {}))
    reported = outermost(
        reported,
        doc.user_data.get("kg_reporting_verbs", {}),
        doc.user_data.get("kg_relative_attributions", set()),
    )
    reported_spans = [(s.mention.begin, s.mention.end) for s in reported]
    # a question put to the speaker, or one the clause only names, is no statement; the
    # words inside it (a quotation, a nested clause) are the question's, not statements
    reported = [s for s in reported if not unasserted(doc, s)]
    # '..., an accusation the army denies': the denier voices the claim it denies, and the
    # claim ends before the phrase that denies it
    reported = counter_denials(doc, article, actors, reported, lambda v: subject_actors(actors, v))
    found: list[tuple[Quote, list[str]]] = []
    for quote in quotes:
        for piece, attribution in split_embedded(text, quote):
            if not _stands_alone(text, piece) and (piece.begin, piece.end) not in whole:
                continue
            if inside_reported(piece, reported_spans) or cited_source(text, piece):
                continue
            if a_name(text, piece):
                continue  # a title, slogan or programme's name is nobody's statement
            speakers = []
            if attribution is not None:
                speakers = [k for k in [speaker_in_range(doc, actors, *attribution)] if k]
            if not speakers:
                speakers = speaker_for_quote(doc, actors, piece, quotes)
            found.append((piece, speakers))
    # a paragraph left open runs on into the next one's quotation, whose attribution
    # names the speaker of both ('“... strong.\n\n“Australia is proud ...,” he said')
    for k in range(len(found) - 2, -1, -1):
        piece, speakers = found[k]
        following, next_speakers = found[k + 1]
        if not speakers and next_speakers and runs_on_into(text, piece, following):
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
            and same_or_next_paragraph(text, last_speaker[0], piece.begin)
            and not attributed_to_other(doc, actors, piece, quotes)
        ):
            speakers = [last_speaker[1]]
        if not speakers:
            continue
        said.append((piece.end, speakers[0]))
        said.sort()
        # GUIDELINES: a direct quote without the marks and without a trailing comma
        end = piece.begin + len(text[piece.begin : piece.end].rstrip().rstrip(","))
        statements += statements_of(doc, article, actors, speakers, piece.begin, end, True)
    statements.extend(reported)
    statements.sort(key=lambda s: (s.mention.begin, s.mention.end))
    # a title, section head or related story's headline restates the text: none is taken
    # a long quotation printed twice (a pull quote) is one statement
    return unrepeated(unique(outside_headings(statements, text)), text)


def _stands_alone(text: str, piece: Quote) -> bool:
    """A quotation long enough to be a statement, or a short one that is a whole sentence."""
    words = word_count(text[piece.begin : piece.end])
    return words >= lx.MIN_DIRECT_QUOTE_WORDS or _sentence_quoted(text, piece, words)


def _sentence_quoted(text: str, piece: Quote, words: int) -> bool:
    """'“It is not.”', '“I feel sick.”': a short quotation that is a whole sentence of its
    own (a capital after a sentence's end, its own stop inside the marks) is an answer, not
    a scare quote (GUIDELINES: one- and two-word scare quotes are not statements)."""
    inside = text[piece.begin : piece.end].strip()
    if words < lxs.MIN_SENTENCE_QUOTE_WORDS or not inside[:1].isupper():
        return False
    if inside.endswith(","):
        # '“It is not,” she said': the answer closes on its attribution
        after = text[piece.end : piece.end + lxs.ANSWER_ATTRIBUTION_CHARS].split()[:4]
        if not any(w.strip(".,").lower() in lx.EMBEDDED_SPEECH_VERBS for w in after):
            return False
    elif not inside.endswith(lxs.SENTENCE_STOPS):
        return False
    before = text[: piece.open_mark].rstrip()
    return (
        not before
        or before[-1] in lxs.SENTENCE_STOPS
        or "\n" in text[len(before) : piece.open_mark]
    )
