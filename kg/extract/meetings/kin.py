"""Kin who take part in a meeting: a spouse who joined a call or a visit, named only as
"his wife" or "her husband"."""

from __future__ import annotations

from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.accounts import resolve_phrase
from kg.extract.meetings.phrases import attendees, phrase_tokens
from kg.gazetteer import fold


def spouses(actors, trigger, keys: list[str]) -> list[str]:
    """'A told B on a call joined by his wife': the spouse a joining clause names is the
    one other person of the article named in full with the surname of the clause's
    subject, when that subject takes part (none when no one or several bear it)."""
    out = []
    if trigger.pos_ == "VERB":
        return out  # ("A met B, joined by his wife": a visit met one by one, not read yet)
    for word in attendees(trigger):
        if word.lemma_.lower() not in mlx.SPOUSE_NOUNS or not any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for c in word.children
        ):
            continue
        subject = _clause_subject(word)
        key = resolve_phrase(actors, phrase_tokens(subject), subject.i + 1) if subject else None
        if key not in keys or actors.records[key].type != "Person":
            continue
        words = actors.records[key].name.split()
        kin = [
            k
            for k, r in actors.records.items()
            if r.type == "Person"
            and k not in keys
            and len(words) > 1
            and len(r.name.split()) > 1
            and fold(r.name.split()[-1]) == fold(words[-1])
        ]
        if len(kin) == 1 and kin[0] not in out:
            out.append(kin[0])
    return out


def _clause_subject(word):
    """The subject of the nearest clause above a word that has one ("A told B on a call
    joined by his wife": A), whose the possessive is."""
    node = word
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None
