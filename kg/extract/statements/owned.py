"""Words owned by a body that speak for it: "Its daily briefing said ...", "the ministry's
statement said ...", "its press service said", "the press service of the ministry said"
give the body that owns the briefing, the statement or the voice.

Invariants: only a document noun (``DOCUMENT_NOUNS`` or ``OWNED_WORDS_NOUNS``) or a body's
own voice (an office or service of the press: ``SPOKES_OFFICE_WORDS``) with one owner: its
possessor, or for a voice with none, the one noun its 'of' names; the owner is 'its'
(resolved as 'its' is for an unnamed servant: a body that was a subject before) or a common
noun pointing back ('the ministry'), resolved as that noun would be as a subject; any other
owner is left to the other rules (None). A voice whose one owner is a proper name ("the X
Navy's press office", 'the press service of the X Navy') gives that name
(``named_voice_owner``), for the caller to resolve: the owner speaks, not a body made of its
name and the voice's words."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import actors as lx_actors
from kg.extract.lexicon import statements as lxs


def owned_words_speakers(subject, its_owner, noun_antecedent) -> list[str] | None:
    """Who speaks through a possessed document: its owner (a list, maybe empty, when the
    frame applies), else None. ``its_owner(token)`` resolves 'its'; ``noun_antecedent(token)``
    a common noun that points back."""
    lemma = subject.lemma_.lower()
    if subject.pos_ != "NOUN":
        return None
    if lemma not in lxs.DOCUMENT_NOUNS | lxs.OWNED_WORDS_NOUNS and not own_voice(subject):
        return None
    owners = _voice_owners(subject)
    if len(owners) != 1:
        return None
    owner = owners[0]
    if owner.lower_ in lxs.SINGLE_BODY_POSSESSIVES:
        body = its_owner(owner)
        return [body] if body else []
    if owner.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in lx.ANAPHORIC_DETERMINERS for c in owner.children
    ):
        return noun_antecedent(owner)
    return None


def own_voice(noun) -> bool:
    """'its press service', "the ministry's press office": the office that speaks for the
    body owning it, not a body of its own."""
    return noun.lemma_.lower() in lx_actors.BODY_VOICE_HEADS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in lx_actors.SPOKES_OFFICE_WORDS
        for c in noun.children
    )


def _voice_of(noun) -> list:
    """'the press service of the ministry': the owner of a body's own voice named after it."""
    if not own_voice(noun):
        return []
    return [
        o
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def _voice_owners(noun) -> list:
    """The owners of the words or voice a noun is: its possessors ("the ministry's
    statement"), else the one a voice's 'of' names ('the press service of the ministry')."""
    return [c for c in noun.children if c.dep_ == "poss"] or _voice_of(noun)


def voice_with_owner(noun) -> bool:
    """Whether a noun is a body's own voice with its owner named after it ('the press service
    of the ministry'): it speaks for that owner, whatever its article."""
    return bool(_voice_of(noun))


def named_voice_owner(noun):
    """ "The Peruvian Interior Ministry's press office", 'the press service of the Chilean
    Navy': the owner named in capitals whose own voice the noun is (its head word), else
    None; the owner speaks, not a body made of the owner's name and the voice's words."""
    if not own_voice(noun):
        return None
    owners = _voice_owners(noun)
    if len(owners) != 1 or owners[0].pos_ != "PROPN":
        return None
    return owners[0]
