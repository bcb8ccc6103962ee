"""Summits: an organisation's summit with no one named at it is one of the organisation and
the state it is held in (not one that only places another event in time), and the
organisation a compound names ("a Nato summit")."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.phrases import of_pobj
from kg.gazetteer import fold


def summit_sides(actors, trigger) -> list[str]:
    """'the upcoming NATO summit in Madrid', 'this week's summit of 31 Nato states in
    Vilnius': an organisation's summit, with no one named at it, is one of the
    organisation and the state it is held in (a city stands for its state)."""
    if trigger.lemma_ not in lx.ORGANISATION_MEETINGS or _frames_another(trigger):
        return []
    holders = [trigger]
    obj = of_pobj(trigger)
    if obj is not None:
        holders.append(obj)
    orgs = [k for h in holders for c in h.children if (k := organisation(actors, c))]
    places = [
        c
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for c in p.children
        if c.dep_ == "pobj" and c.ent_type_ == "GPE"
    ]
    states = [k for c in places if (k := actors.key_at(c)) and actors.records[k].type == "Country"]
    if len(set(orgs)) != 1 or not states:
        return []
    return [orgs[0], states[0]]


def _frames_another(summit) -> bool:
    """'told CNN ... ahead of a Nato summit in Lithuania', 'a news conference on the
    sidelines of the summit in Washington': a summit that only places another event in
    time, which the article does not report as a meeting of its own."""
    prep = summit.head
    if summit.dep_ != "pobj":
        return False
    if prep.lower_ in mlx.FRAMING_SUMMIT_PREPOSITIONS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in mlx.FRAMING_SUMMIT_NOUNS


def organisation(actors, token) -> str | None:
    """The organisation a compound names ("a Nato summit"), also when the model took the
    name for a place there ("the Crimea Platform summit") but named it elsewhere."""
    # ("BRICS" may be taken for a place: only a record of an organisation counts)
    if token.dep_ != "compound" or token.ent_type_ not in ("ORG", "FAC", "GPE"):
        return None
    key = actors.key_at(token)
    if key is None and token.ent_type_ == "FAC":
        words = [t for t in token.subtree if t.ent_type_ == "FAC"]
        text = fold(" ".join(t.text for t in words))
        key = next(
            (
                k
                for k, r in actors.records.items()
                if r.named and r.type == "Organization" and fold(r.name) == text
            ),
            None,
        )
    if key is None or actors.records[key].type not in ("Organization", "Group"):
        return None
    return key
