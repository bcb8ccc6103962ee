"""Cues in the words around a name for the kind of actor it names, whatever label the model
gave it: a noun for a body before or in apposition to it ("the metals firm X", "X, a local
NGO"), a role it employs ("an analyst for X", "the head of X"), an acronym's shape; a noun
for a person before it ("campaign chair A B", "lawyer A B"); the words of an armed group's
own name ("X Liberation Front", "X Independence Army").

Each cue reads the parse and the tables of :mod:`kg.extract.lexicon.actors`; none names an
actor.
"""

from __future__ import annotations

from kg.extract.lexicon import actors as lx


def tied_words(ent):
    """The tokens the parse ties to a name from outside it: its head and the nouns that
    qualify it ('the firm X', 'X, a company')."""
    inside = range(ent.start, ent.end)
    near = [t.head for t in ent if t.head.i not in inside]
    near += [
        c
        for t in ent
        for c in t.children
        if c.i not in inside and c.dep_ in ("compound", "appos", "nmod", "amod")
    ]
    return near


# the parts of speech of the words of a description before its noun
_DESCRIPTION_POS = ("ADJ", "NOUN", "PROPN", "ADV", "PUNCT", "VERB", "NUM")


def described_after(ent, nouns, article: bool = True) -> bool:
    """'X, a militia founded by ...', 'X, known as Y, a powerful militia', 'X, a local NGO':
    a noun of ``nouns`` heads the phrase in apposition right after the name (its article and
    modifiers between; ``article``: the article required), whatever the parser made of the
    commas."""
    doc = ent.doc
    i = ent.end
    if i < len(doc) and doc[i].text == "(":  # 'X (ABC), a militia'
        close = next((t.i for t in doc[i : i + 4] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    if i >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "known" and doc[i + 1].lower_ == "as":
        i += 2  # 'known as Y,': the group's other name, then what it is
        while i < len(doc) and (doc[i].pos_ == "PROPN" or doc[i].text == "-"):
            i += 1
        if i >= len(doc) or doc[i].text != ",":
            return False
        i += 1
    if i < len(doc) and doc[i].lower_ in ("a", "an", "the"):
        i += 1
    elif i + 1 < len(doc) and doc[i].pos_ == "PROPN" and doc[i + 1].lower_ in ("'s", "’s"):
        i += 2  # 'A B, Moldova's top diplomat'
    elif article:
        return False
    for token in doc[i : i + 10]:
        if (token.lower_ in nouns or token.lemma_.lower() in nouns) and token.dep_ not in (
            "poss",
            "compound",
            "amod",
        ):
            return True  # (not 'X, the company's chief officer': its head is the officer)
        if token.pos_ not in _DESCRIPTION_POS or token.text == ",":
            return False
    return False


def organisation_cue(ent) -> bool:
    """Whether the words around a name the model took for a person's say it is a body's:
    its last word ('X Technologies'), an article before it ('the Mejlis'), a noun for a
    body qualifying it ('the metals firm X', 'human rights organisation X', 'a company
    called X', 'X, a local NGO'), or a role a body employs whose object it is ('an analyst
    for X', 'the head of X')."""
    doc = ent.doc
    root = ent.root
    if len(ent) >= 2 and ent[-1].lower_ in lx.BODY_NAME_LAST_WORDS:
        return True  # 'X Technologies', 'X Police', 'X airport'
    before = doc[ent.start - 1] if ent.start else None
    tied = before is not None and (before.head.i == root.i or root.head.i == before.i)
    if tied and before.lower_ == "the" and len(ent) <= 3 and ent[0].is_title:
        return True  # 'the Mejlis', 'the Intelligence Community': no person's name
    if before is not None and before.lower_ == "called" and ent.start >= 2:
        tied = root.head.i == before.i and before.head.i == before.i - 1
        before = doc[ent.start - 2]  # 'a company called X'
    nouns = lx.BODY_DESCRIPTOR_NOUNS
    if (
        tied
        and (before.lower_ in nouns or before.lemma_.lower() in nouns)
        and before.pos_ == "NOUN"
        and before.is_lower
    ):
        return True
    if any(
        t.dep_ == "appos" and t.lemma_.lower() in lx.BODY_DESCRIPTOR_NOUNS for t in root.children
    ) or described_after(ent, lx.BODY_DESCRIPTOR_NOUNS):
        return True
    at = ent.start - 1 - (ent.start >= 2 and doc[ent.start - 1].lower_ == "the")
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "of", "at") and root.head.i == at:
        role = root.head.head
        own = [c for c in root.children if c.i < ent.start and c.dep_ not in ("det", "punct")]
        return not own and role.lemma_.lower() in lx.BODY_MEMBER_ROLES
    return False


def person_cue(ent) -> bool:
    """Whether a noun for a person stands right before a name the model took for a body's
    and qualifies it ('campaign chair A B', 'her lawyer A B', 'opposition figure A B') or
    heads the phrase in apposition after it ('A B, airline analyst for X'), and the name has
    a person's shape (two or three capitalised words, none a body's)."""
    words = ent.text.split()
    if not 2 <= len(words) <= 3 or ent[0].lower_ == "the":
        return False
    if not all(w[:1].isupper() for w in words) or any(
        w.lower() in lx.ORGANISATION_WORDS or w.lower() in lx.NOT_NAME_WORDS for w in words
    ):
        return False
    nouns = lx.PERSON_EPITHETS | lx.PERSON_NOUNS | lx.PERSON_ROLE_NOUNS
    if described_after(ent, nouns, article=False) or any(
        c.dep_ == "appos" and c.lemma_.lower() in nouns for c in ent.root.children
    ):
        return True  # 'A B, airline analyst for X', 'A B, a lawyer'
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if not before.is_lower or before.pos_ not in ("NOUN", "ADJ"):
        return False
    if before.lower_ not in nouns and before.lemma_.lower() not in nouns:
        return False
    # (the parser hangs the noun on the name, on one of its words, or both on one head)
    return (
        ent.start <= before.head.i < ent.end
        or ent.root.head.i == before.i
        or before.head.i == ent.root.head.i
    )


def acronym_shaped(text: str) -> bool:
    """'MI6', 'ABC': capitals (and a digit) alone, no person's name."""
    return 2 <= len(text) <= 6 and text.isalnum() and text.isupper() and text[0].isalpha()


def armed_group_name(words: list[str]) -> bool:
    """'X Liberation Front', 'X Independence Army': a name ending with a word for a
    fighting body and holding a word of a struggle against a state is an armed group's."""
    folded = [w.lower() for w in words]
    return (
        len(folded) >= 2
        and folded[-1] in lx.ARMED_GROUP_NAME_HEADS
        and any(w in lx.ARMED_GROUP_NAME_MARKERS for w in folded[:-1])
    )


def initials(name: str) -> str:
    """The initials of a name's words, small words left out ('Department of Foreign Affairs
    and Trade': 'DFAT')."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in lx.ACRONYM_SKIPPED_WORDS]
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()
