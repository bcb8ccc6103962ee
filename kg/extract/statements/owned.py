"""Words owned by a body that speak for it: "Its daily briefing said ...", "the ministry's
statement said ..." give the body that owns the briefing or statement.

Invariants: only a document noun (``DOCUMENT_NOUNS`` or ``OWNED_WORDS_NOUNS``) with one
possessor; the possessor is 'its' (resolved as 'its' is for an unnamed servant: a body that
was a subject before) or a common noun pointing back ('the ministry's'), resolved as that
noun would be as a subject. Any other possessor is left to the other rules (None)."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import statements as lxs


def owned_words_speakers(subject, its_owner, noun_antecedent) -> list[str] | None:
    """Who speaks through a possessed document: its owner (a list, maybe empty, when the
    frame applies), else None. ``its_owner(token)`` resolves 'its'; ``noun_antecedent(token)``
    a common noun that points back."""
    lemma = subject.lemma_.lower()
    if subject.pos_ != "NOUN" or lemma not in lxs.DOCUMENT_NOUNS | lxs.OWNED_WORDS_NOUNS:
        return None
    owners = [c for c in subject.children if c.dep_ == "poss"]
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
