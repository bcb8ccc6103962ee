"""Documents that speak: "the report said", "the letter says", "the study found that ..."
speak for who wrote the document, named where the text introduced it ("a report by X",
"X's report", "an X report", "a report released by X", "X released a report", "X wrote in a
letter").
A document of joint authors ("A and B issued a joint statement", or "they" pointing back to
them) speaks for each.
The nouns, prepositions and verbs are lexicon tables; no document is known by its name."""

from __future__ import annotations

from kg.extract.lexicon import actors as lxa
from kg.extract.lexicon import statements as lx
from kg.extract.lexicon.common import BODY_POSSESSIVES
from kg.extract.statements.parses import that_clause_after
from kg.extract.statements.subjects import conjoined_actors

# how far back (in tokens) the document's introduction may stand
_WINDOW = 1500


def document_subject(token) -> bool:
    """Whether a subject is a document pointed back to ('the report', 'this letter')."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in lx.DOCUMENT_NOUNS
        and any(c.dep_ == "det" and c.lower_ in lx.ANAPHORIC_DETERMINERS for c in token.children)
    )


def finding_verb(verb) -> bool:
    """'the report found that ...', 'an Air Force investigation found ...': a verb of
    finding whose subject is a document pointed back to or named with its author."""
    if verb.lemma_ not in lx.FINDING_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(document_subject(c) or _authored_document(c) for c in subjects):
        return True
    # 'the UN has found that ...', 'the agency concluded that ...': a body's findings are
    # its statement, when it finds a 'that' clause (not 'found the bodies')
    return (
        verb.lemma_ in lx.BODY_FINDING_VERBS
        and any(_body_subject(c) for c in subjects)
        and that_clause_after(verb)
    )


def _body_subject(token) -> bool:
    """A body named ('the UN', 'Amnesty International') or pointed back to ('the agency')."""
    if token.ent_type_ in lx.BODY_ENTITY_TYPES and token.pos_ == "PROPN":
        return True
    return token.lemma_.lower() in lx.KIND_NOUNS and any(
        c.dep_ == "det" and c.lower_ in lx.ANAPHORIC_DETERMINERS for c in token.children
    )


def _authored_document(token) -> bool:
    """'an Air Force investigation', 'a UN report': a document whose author's name
    compounds its noun."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in lx.DOCUMENT_NOUNS
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    )


def document_author(actors, subject, speakers_of) -> str | None:
    """Who wrote the document a subject points back to (the first, for a joint one)."""
    return next(iter(document_authors(actors, subject, speakers_of)), None)


def document_authors(actors, subject, speakers_of) -> list[str]:
    """Who wrote the document a subject points back to: the author named at the subject
    itself ("the statement released by X") or at the nearest earlier mention of the same
    noun that names one, or each of its joint authors ("A and B issued a joint statement").
    ``speakers_of(verb)`` gives the speakers of a speech verb (for "X said it had opened a
    case")."""
    return last_authored(actors, subject, speakers_of)[1]


def last_authored(actors, subject, speakers_of) -> tuple[int, list[str]]:
    """The nearest mention of a subject's document noun up to it that names its authors
    (its token index, or -1) and those authors."""
    doc = subject.doc
    noun = subject.lemma_.lower()
    # the subject itself may name its author ("the statement released by X said")
    for token in reversed(doc[max(0, subject.i - _WINDOW) : subject.i + 1]):
        if token.lemma_.lower() != noun or token.pos_ != "NOUN":
            continue
        keys = authors_at(actors, token, speakers_of)
        if keys:
            return token.i, keys
    return -1, []


def named_authors(actors, noun) -> list[str]:
    """The authors a document noun names by a preposition of its own ('a statement by X',
    'a letter from A and B'), if any."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in lx.AUTHOR_PREPOSITIONS:
            keys = _named(actors, next((c for c in prep.children if c.dep_ == "pobj"), None))
            if keys:
                return keys
    return []


def authors_at(actors, noun, speakers_of) -> list[str]:
    """Who the text names as the author of a document at this mention of its noun ('a
    report by X', 'X's letter', 'X released a statement'), each one of a joint author."""
    keys = named_authors(actors, noun)  # "a report by X", "a letter from X"
    if keys:
        return keys
    for child in noun.children:
        # "a statement released by X"
        if child.dep_ == "acl" and child.lemma_ in lx.PUBLISHING_VERBS:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                keys = _named(actors, next((c for c in agent.children if c.dep_ == "pobj"), None))
                if keys:
                    return keys
    for child in noun.children:
        # "X's report"
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            keys = _named(actors, child)
            if keys:
                return keys
    # "a US Army investigation", "an EU report": a name before the noun that compounds it
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        words = [t for c in names for t in c.subtree]
        key = actors.resolve(sorted(words, key=lambda t: t.i), before=noun.i)
        if key:
            return [key]
    key = _modifier_author(actors, noun)
    if key:
        return [key]
    verb = noun.head
    owner = verb.head if noun.dep_ == "pobj" and verb.dep_ == "prep" else None
    if owner is not None and owner.dep_ == "nsubj" and _its(noun):
        # "X, in its daily update, said": the subject the phrase is set off in
        return _named(actors, owner)
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "X said in a letter", "In a report, X estimates"
    elif noun.dep_ != "dobj" or verb.lemma_ not in lx.PUBLISHING_VERBS:
        return []
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ == "PRON":
        # "X said that it had opened a case": the one reporting its own act
        reporter = _reporting_verb(verb)
        if reporter is None and subject.lower_ in lx.PLURAL_SUBJECT_PRONOUNS:
            # "A, B and C held talks, after which they issued a joint statement": each of
            # those the plural pronoun points back to
            found = speakers_of(verb)
            return found if len(found) >= 2 else []
        found = speakers_of(reporter) if reporter is not None else []
        return found if len(found) == 1 else []
    named = _named(actors, subject)
    if not named and subject is not None and subject.lemma_.lower() in lx.PLURAL_BODY_NOUNS:
        # "the agencies said in a joint bulletin": who the subject points back to
        named = speakers_of(verb)
    return named


def _modifier_author(actors, noun) -> str | None:
    """'a US Army investigation', 'a Malian army report': the body named by the words
    before the noun, when a compound among them can be an author and one is a name."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    tokens = sorted((t for c in modifiers for t in c.subtree), key=lambda t: t.i)
    if not any(c.dep_ == "compound" and _names_author(c) for c in modifiers):
        return None
    if not any(t.ent_type_ for t in tokens):
        return None
    return actors.resolve(tokens, before=noun.i)


def document_participle(verb):
    """'X released a statement saying ...', 'a letter from X urging ...': the document noun
    a participle of speech modifies (the document says it, for who issued it), if any."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.i == verb.i or noun.i > verb.i:
        return None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lx.DOCUMENT_NOUNS:
        return None
    return noun


def _its(noun) -> bool:
    """Whether a document noun is owned by a pronoun ('its update', 'their letter')."""
    return any(c.dep_ == "poss" and c.lower_ in BODY_POSSESSIVES for c in noun.children)


def _reporting_verb(verb):
    """The speech verb whose reported clause holds a verb, if any."""
    node = verb
    while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
        node = node.head
        if node.lemma_ in lx.SPEECH_VERBS:
            return node
    return None


def _named(actors, token) -> list[str]:
    """The author a phrase names, or each author of a coordination ("A and B")."""
    if token is None or token.pos_ not in ("PROPN", "NOUN") or not _names_author(token):
        return []
    return conjoined_actors(actors, token)


_AUTHOR_HEADS = (
    lxa.ROLE_NOUNS
    | lxa.INSTITUTION_HEADS
    | lxa.NAMED_INSTITUTION_HEADS
    | lxa.PERSON_BODIES
    | lxa.GROUP_NOUNS
    | lx.BARE_PLURAL_ROLES
    | lx.AUTHOR_STAFF_NOUNS
    | frozenset(lx.KIND_NOUNS)
)


def _names_author(token) -> bool:
    """Whether a phrase's head can be who wrote a document: a name, or a noun of a role,
    a body or its staff ('a report from X's family' is not X's)."""
    return (
        token.pos_ == "PROPN"
        or bool(token.ent_type_)
        or token.lower_ in _AUTHOR_HEADS
        or token.lemma_.lower() in _AUTHOR_HEADS
    )
