"""'According to' sources: where such a phrase starts, and the words of its object that may
name who said it (anonymous sources only by the words before them and the body they are in;
a state's own documents by the state; a document 'seen by' someone never by its reader)."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import statement_sources as lxsrc
from kg.extract.lexicon import statements as lxs

_ACCORDING_TO_STARTS = frozenset(phrase.split()[0] for phrase in lx.ACCORDING_TO)


def according_to_at(token):
    """The last word of an "according to" phrase that starts at a token, if one does."""
    if token.lower_ not in _ACCORDING_TO_STARTS:
        return None
    doc = token.doc
    for phrase in lx.ACCORDING_TO:
        words = phrase.split()
        if token.i + len(words) <= len(doc) and all(
            doc[token.i + k].lower_ == word for k, word in enumerate(words)
        ):
            return doc[token.i + len(words) - 1]
    return None


def state_document_author(actors, noun) -> str | None:
    """'according to a government document seen by Reuters': a document of a state's own
    institution named by a bare noun is the state's, the one its modifiers name ('a Russian
    government memo') or else the state the text is about (GUIDELINES: a state's unnamed
    offices map to the country)."""
    if noun.lemma_.lower() not in lxs.DOCUMENT_NOUNS:
        return None
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    if not any(c.lower_ in lxs.STATE_INSTITUTION_NOUNS for c in modifiers):
        return None
    named = [c for c in modifiers if c.lower_ not in lxs.STATE_INSTITUTION_NOUNS]
    if named:
        key = actors.resolve(named, before=noun.i)
        return key if key and actors.records[key].type == "Country" else None
    return actors.state_written_about(noun.i)


def source_phrase(noun) -> list:
    """The words of an 'according to' object that may name its speaker: anonymous sources
    ('diplomats in Lima', 'sources close to the talks') are named only by the words before
    them ('Chilean diplomats'); any other noun by its phrase without relative clauses."""
    if noun.lemma_.lower() in lxs.ANONYMOUS_SOURCE_ROLES:
        before = [t for c in noun.children if c.i < noun.i for t in c.subtree]
        return [*before, noun, *_source_body(noun)]
    return _without_relative_clauses(noun)


def _source_body(noun) -> list:
    """'according to a source in the defence ministry', 'a source at the General Staff': the
    body a source is placed in names it, as it does for a source that is a speech verb's
    subject (statements/anonymous.py); a place or a person after it ('diplomats in Lima',
    'a source close to the president') is where it sits or whom it is close to: no words."""
    for prep in noun.children:
        if (
            prep.dep_ != "prep"
            or prep.i < noun.i
            or prep.lower_ not in lxs.SOURCE_BODY_PREPOSITIONS
        ):
            continue
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if body is not None and body.ent_type_ not in lxs.SOURCE_PLACE_LABELS:
            return [prep, *_without_relative_clauses(body)]
    return []


def _without_relative_clauses(noun) -> list:
    """A noun's phrase without its relative clauses ('the ministry, which called for ...'
    names the ministry) and the participle of who read it ('a draft agenda seen by X' is
    no word of X's)."""
    drop = {
        t.i
        for c in noun.children
        if c.dep_ == "relcl" or (c.dep_ == "acl" and c.lemma_.lower() in lxsrc.READER_PARTICIPLES)
        for t in c.subtree
    }
    return [t for t in noun.subtree if t.i not in drop]
