"""Bodies named as the subject of a speech verb: the body is the speaker.

'The X Governor's office said', 'the Y Secretariat said', 'the W's mission
in Z, known as V, said': a phrase whose head is a word for an owned body
(kg.extract.lexicon.statement_bodies.OWNED_BODY_HEADS) and that a proper name before its head
owns or qualifies names a body of its own (GUIDELINES: a named body is its own organisation).
Invariants: such a subject is the speaker of its verb, however the parser hung it (a verb
coordinated after the one it is the subject of, a subject taken for the apposition of a
place before it); it is never a person, a state or a title alone ('the Prime Minister's
Office' names its body by a title, 'Kenya's office' by its state: those are read elsewhere);
and an explicit subject of this kind never lets the speaker of an earlier sentence carry over
to a quotation in its sentence (``names_other_body``).
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import subject_climb
from kg.extract.lexicon import actors as lx_actors
from kg.extract.lexicon import statement_bodies as lxb
from kg.extract.statements.subjects import alias_actor

# the kinds of actor a body is
BODY_TYPES = ("Organization", "Group")
# the parser's ways of hanging a verb on the one whose subject it shares
_SHARED_SUBJECT_DEPS = ("conj",)


def explicit_subject(verb):
    """The subject a speech verb has, its own or that of the verb it is coordinated with
    ('The office thanked the soldiers but urged ...': the office), or one the parser took
    for the apposition of a place opening the sentence ('In Z, the Y
    Secretariat said ...'); else None."""
    for node in subject_climb(verb, _SHARED_SUBJECT_DEPS):
        own = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own:
            return own[0]
    return _subject_taken_for_apposition(verb)


def _subject_taken_for_apposition(verb):
    """'In Z, the Y Secretariat in a statement said ...': a verb with no
    subject, after a place in a phrase of its own whose apposition is a definite noun
    phrase: the apposition is the subject the parser lost."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.ent_type_ not in ("GPE", "LOC"):
                continue
            for child in place.children:
                if (
                    child.dep_ == "appos"
                    and child.pos_ in ("NOUN", "PROPN")
                    and not child.ent_type_
                    and any(c.dep_ == "det" for c in child.children)
                ):
                    return child
    return None


def body_head(subject) -> bool:
    return subject.pos_ in ("NOUN", "PROPN") and (
        subject.lower_ in lxb.OWNED_BODY_HEADS or subject.lemma_.lower() in lxb.OWNED_BODY_HEADS
    )


def _name_words(subject) -> list:
    """The words before the head that name the body ('X Governor 's', 'Y')."""
    return [
        t
        for t in subject.subtree
        if t.i < subject.i and t.dep_ != "det" and not t.is_punct and not t.is_space
    ]


def named_body(subject) -> bool:
    """Whether a subject names a body by a proper name before its owned-body head: a
    word the tagger reads as a proper noun that is no title word ('the X Governor's
    office', 'the Y Secretariat', a portfolio's 'the home affairs ministry'; not 'the
    Prime Minister's Office', 'the press office')."""
    if not body_head(subject):
        return False
    words = _name_words(subject)
    if not words or any(t.dep_ in ("prep", "relcl", "acl") for t in words):
        return False
    return any(t.pos_ == "PROPN" and t.is_alpha and t.lower_ not in lx.TITLE_WORDS for t in words)


def body_subject(actors, subject) -> str | None:
    """The body a named-body subject is (see the module's docstring), or None: an actor of
    its own when its words name none; one under its whole name when its head is a
    capitalised word no entity holds and its owner names a body ('the Y Secretariat');
    never when its owner is a person or a state."""
    if not named_body(subject) or _name_goes_on(subject):
        return None
    words = _name_words(subject)
    owner = actors.resolve(words, before=subject.i)
    if owner is not None:
        if actors.records[owner].type not in BODY_TYPES:
            return None  # "A B's office", "X's office": read as theirs elsewhere
        if not subject.text[:1].isupper() or subject.ent_type_:
            return None  # "the bloc's mission": the bloc's own words
    start = min(t.i for t in words)
    return actors.body_named_by(list(subject.doc[start : subject.i + 1]))


def _name_goes_on(subject) -> bool:
    """'the X Assistance Mission for Y (XAMY)': a name that goes on after its head
    (a named complement, an apposition) is read whole where names are resolved."""
    for child in subject.children:
        if child.i < subject.i:
            continue
        if child.dep_ == "appos":
            return True
        if child.dep_ == "prep" and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" for o in child.children
        ):
            return True
    return False


def aliased_body(actors, subject) -> str | None:
    """'the W's mission in Z, known as V, said': a body's phrase
    with a participle that gives its short name speaks as the body that name is."""
    if subject.pos_ not in ("NOUN", "PROPN") or not (
        subject.lower_ in lx_actors.SUB_BODY_HEADS or body_head(subject)
    ):
        return None
    # (the parser may hang the participle on the place that closes the name: 'the mission
    # in Libya, known as X')
    places = [
        o
        for p in subject.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")
    ]
    for clause in [c for owner in (subject, *places) for c in owner.children]:
        if clause.dep_ != "acl" or clause.lower_ not in lxb.ALIAS_PARTICIPLES:
            continue
        key = alias_actor(actors, [t for t in clause.subtree if t.i > clause.i], BODY_TYPES)
        if key:
            return key
    return None


def names_other_body(verb, speakers_of) -> bool:
    """Whether a speech verb's explicit subject names a body (see ``named_body``) that
    speaks as no actor: a quotation in its sentence is then no earlier speaker's."""
    subject = explicit_subject(verb)
    return subject is not None and named_body(subject) and not speakers_of(verb)
