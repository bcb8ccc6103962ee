"""Journeys to an organisation's meeting: 'will travel to Astana for a summit of CIS
leaders', 'flew to Brussels for the Nato summit', 'travelled to Vilnius to attend
the Nato summit'. The place is only the venue of the organisation's meeting, whose host is
the organisation (GUIDELINES: a visit counts when a host is stated): no visit to the state
of the place.

Invariants: only a journey whose own purpose ("for" the meeting, or "to attend" it) is a
meeting noun that names one organisation, by a compound ("the Nato summit") or by a plural
of its members or their leaders ("a summit of CIS leaders"); the meeting
itself is read from its own words elsewhere; nothing is read outside the parse and the
lexicon tables."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.summits import organisation


def for_organisation_meeting(actors, journey) -> bool:
    """Whether a journey word is made for an organisation's meeting."""
    if journey.lemma_ not in mlx.PURPOSE_JOURNEY_VERBS:
        return False
    for child in journey.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            nouns = [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ in ("advcl", "xcomp") and child.lemma_ in lx.ATTENDING_VERBS:
            nouns = [o for o in child.children if o.dep_ == "dobj"]
        else:
            continue
        if any(_organisation_named(actors, n) for n in nouns):
            return True
    return False


def _organisation_named(actors, noun) -> bool:
    """'the Nato summit', 'a summit of CIS leaders': a meeting noun naming an
    organisation."""
    if noun.lemma_.lower() not in mlx.MEETING_NOUNS:
        return False
    if any(organisation(actors, c) for c in noun.children):
        return True
    members = [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in mlx.MEMBER_NOUNS
    ]
    return any(
        _is_organisation(actors, c)
        for m in members
        for c in m.children
        if c.dep_ in ("compound", "nmod")
    )


def _is_organisation(actors, token) -> bool:
    key = actors.key_at(token)
    return key is not None and actors.records[key].type in ("Organization", "Group")
