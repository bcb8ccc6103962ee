"""A person's entourage: 'an adviser to X', 'aides to X', 'a spokesman for X' the text does
not name speak for the state X acts for (GUIDELINES: unnamed officials map to their state),
not for X, who did not say their words. One named in apposition ('a spokeswoman for X, A B')
is that person, as any speaker's phrase names them. The role nouns and their prepositions
are lexicon tables (``statement_sources.ENTOURAGE_ROLES``, ``ENTOURAGE_PREPOSITIONS``)."""

from __future__ import annotations

from kg.extract.lexicon import statement_sources as lxsrc


def principal_state(actors, subject) -> list[str] | None:
    """The state of the person an unnamed member of whose entourage is the subject ('an
    adviser to X who was present', 'senior advisers to X'), or None when the subject is
    none such, is named, or serves no person of a known state."""
    if subject.pos_ != "NOUN" or subject.ent_type_ or actors.in_quote(subject.idx):
        return None
    if subject.lemma_.lower() not in lxsrc.ENTOURAGE_ROLES:
        return None
    if any(t.dep_ == "appos" and t.i > subject.i for t in subject.subtree) or any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in subject.children
    ):
        return None  # 'a spokeswoman for X, A B': the one named (the parser may hang A B on X)
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in lxsrc.ENTOURAGE_PREPOSITIONS:
            continue
        # (the parser may take a given name for a second preposition: 'to Than Swe')
        clauses = {t.i for t in prep.subtree if t.dep_ in ("relcl", "acl")}
        drop = {t.i for c in clauses for t in prep.doc[c].subtree}
        words = [t for t in prep.subtree if t.i > prep.i and t.i not in drop]
        if any(t.is_punct for t in words):
            return None
        key = actors.resolve(words, before=words[-1].i + 1) if words else None
        if key is None or actors.records[key].type != "Person":
            return None
        state = actors.state_of(key)
        return [state] if state else None
    return None
