"""News outlets: never speakers (GUIDELINES: outlets are only a statement's medium, unless
the outlet itself acts). Here an outlet is told by the lexicon: a name in the table of
outlets (``NEWS_OUTLETS``), a name ending in a newspaper's word ("the Kyiv Post", "the
Manila Times"), or a phrase headed by an outlet's noun ("the state news agency", "the
newspaper X", "a local radio station"). A newsroom's closing credit ("..., X said, BelTA has
learned", "..., an Ukrinform correspondent reports") is no clause and no attribution of its
own (``newsroom_credit``). The outlets an article shows itself to come from (its masthead,
wire dateline or credits) are told from the page's structure by
``kg.extract.actors.mastheads``."""

from __future__ import annotations

from kg.extract.lexicon import actors as lx
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.owned import own_voice

_LEADING = ("the ", "a ", "an ")


def outlet_name(name: str) -> bool:
    """Whether a name, as written, is a news outlet's."""
    folded = " ".join(name.lower().replace("’", "'").split())
    for lead in _LEADING:
        if folded.startswith(lead):
            folded = folded[len(lead) :]
    words = folded.split()
    if not words:
        return False
    if folded in lx.NEWS_OUTLETS:
        return True
    # a name of several capitalised words ending in a newspaper's word ("Kyiv Post"); one
    # word alone ("Post", "Independent") is too often something else
    capitalised = all(w[:1].isupper() for w in name.split() if w.lower() not in ("the", "of"))
    return len(words) >= 2 and capitalised and words[-1] in lx.OUTLET_NAME_WORDS


def outlet_phrase(tokens) -> bool:
    """Whether a noun phrase (its tokens) names a news outlet: by a name of the table or a
    newspaper's name (the phrase's proper names), or by its head noun or an apposition of
    it being an outlet's noun ("the broadcaster NHK", "Kommersant newspaper")."""
    tokens = [t for t in tokens if not t.is_punct and not t.is_space]
    if not tokens:
        return False
    ids = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[0])
    if _outlet_noun(head):
        return True
    if any(c.dep_ in ("appos", "compound") and _outlet_noun(c) for c in head.children):
        # "the ministry's media office": a body's own voice, whose word is no outlet's
        return not own_voice(head)
    names = [t for t in tokens if t.pos_ == "PROPN" or (t.ent_type_ and t.ent_type_ != "GPE")]
    if head.pos_ == "PROPN" and names:
        # the proper name the head ends: "the Kyiv Post", "Reuters"
        run = [t for t in tokens if t.i <= head.i and (t.pos_ == "PROPN" or t.lower_ == "of")]
        while run and run[0].lower_ == "of":
            run = run[1:]
        return bool(run) and outlet_name(" ".join(t.text for t in run))
    return False


def _outlet_noun(token) -> bool:
    word = token.lower_
    if word in lxs.PRESS_NOUNS and token.pos_ == "NOUN":
        return True
    if word in lx.OUTLET_NOUNS and token.pos_ in ("NOUN", "PROPN", "ADJ"):
        # "daily" and "weekly" are nouns only as the head ("the daily reported")
        return word not in ("daily", "weekly") or token.pos_ == "NOUN"
    if word in lx.OUTLET_AGENCY_NOUNS:
        return any(
            c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lx.OUTLET_MODIFIERS
            for c in token.children
        )
    return False


def wire_credit(clause) -> bool:
    """'..., X said as he met envoys in Minsk, BelTA has learned', '..., an Ukrinform
    correspondent reports': an outlet or its reporter closing the sentence credits the
    newsroom with it; whatever the parser hung on that verb is the speaker's circumstance,
    not what was said."""
    return not any(c.dep_ in ("ccomp", "dobj") for c in clause.children) and newsroom_credit(clause)


def newsroom_credit(verb) -> bool:
    """'BelTA has learned', 'an Ukrinform correspondent reports', set off by a comma: a
    verb of the newsroom's credit with an outlet or its reporter as subject (whatever the
    parser hung on it)."""
    if verb.lemma_ not in lxs.WIRE_CREDIT_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects:
        return False
    doc = verb.doc
    before = min(t.i for t in subjects[0].subtree) - 1
    if before < 0 or doc[before].text != ",":
        return False  # a credit is set off by a comma
    if verb.lemma_ in lxs.WIRE_LEARNING_VERBS:
        return True  # 'X has learned' closing another's words is only ever a credit
    if subjects[0].lower_ in lxs.REPORTER_NOUNS:
        # 'an Ukrinform correspondent reports' credits; 'the journalist said' may be a
        # journalist quoted as a witness
        return verb.lemma_ in lxs.REPORTER_CREDIT_VERBS
    return outlet_phrase(list(subjects[0].subtree))
