"""Sources: who reports a force's move without owning it (an intelligence service, a
monitor, a foreign ministry), as against a state's armed or defence body, which speaks of its
own forces; and which organisations are bodies with forces of their own (an alliance, a
mission, a defence body: ``armed_body``)."""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.lexicon import deployment_owners as olx
from kg.extract.lexicon import deployment_places as plx
from kg.extract.statements.outlets import outlet_phrase
from kg.gazetteer import gazetteer


def reporting_source(actors, verb, subject, key) -> bool:
    """Whether the subject of a verb of saying above a force's trigger is only its source
    (``source_body``); a state, a person, an alliance or a defence ministry speaks of its
    own forces."""
    speaks = verb.lemma_ in lx.SPEECH_VERBS and verb.pos_ == "VERB"
    return speaks and (
        source_body(actors, subject, key)
        or outlet_phrase(list(subject.subtree))
        or _reporting_body(actors, verb, key)
    )


def _reporting_body(actors, verb, key) -> bool:
    """'NRK reported that two destroyers had entered the fjord': an organisation of no state
    that reports (an outlet the lexicon does not list, a monitor) is a source, where a
    state, a state's body or an alliance that reports speaks of its own forces."""
    record = actors.records[key]
    if verb.lemma_ not in olx.REPORTING_VERBS or record.type != "Organization":
        return False
    return actors.acting_for(key) in (None, key) and not armed_body(actors, key)


def source_body(actors, subject, key) -> bool:
    """Whether a speaker is an agency, monitor or ministry that is no state's armed or
    defence body ('the X Intelligence Service said the soldiers were shipped to Y', 'the
    Syrian Observatory said'), or an intelligence service of any kind ('X's military
    intelligence believes ...'): a source of what it reports, never the owner."""
    record = actors.records[key]
    if record.type not in ("Organization", "Country"):
        return False
    named = [t.lower_ for t in subject.subtree if t.dep_ not in ("acl", "relcl", "appos")]
    if record.type == "Organization":
        named += re.findall(r"[a-z]+", " ".join([record.name, *record.aliases]).lower())
    words = set(named)
    # ("the X military intelligence agency said ...": an intelligence service of the armed
    # forces reports others' moves, it moves no force of its own)
    if words & olx.INTELLIGENCE_BODY_WORDS:
        return True
    return bool(words & olx.SOURCE_BODY_WORDS) and not words & olx.DEFENCE_BODY_WORDS


def armed_body(actors, key) -> bool:
    """An alliance or a mission, or a defence body, by the words of its names ('NATO', the
    North Atlantic Treaty Organization; 'the UN Mission in X') or by a mission acronym's
    shape ('UNXYZ'): a body with forces of its own."""
    record = actors.records[key]
    if record.type != "Organization":
        return False
    # ("NATO": the gazetteer's longer names of it, 'North Atlantic Treaty Organization')
    entry = gazetteer().lookup(record.name)
    names = [record.name, *record.aliases, *(entry.aliases if entry is not None else ())]
    words = set(re.findall(r"[a-z]+", " ".join(names).lower()))
    if words & (olx.ARMED_BODY_NAME_WORDS | olx.DEFENCE_BODY_WORDS):
        return True
    return any(mission_acronym(name) for name in names)


def mission_acronym(name: str) -> bool:
    """Whether a name is shaped like a peace mission's acronym ('UNXYZ', 'Minuxx', 'XFOR'):
    one word of letters, four or more, upper-cased starting or ending as missions' do, not
    a UN agency's or organ's."""
    if not re.fullmatch(r"[A-Za-z]{4,9}", name) or not (name.isupper() or name.istitle()):
        return False
    upper = name.upper()
    if upper in olx.UN_BODY_ACRONYMS:
        return False
    if name.isupper() and upper.startswith(olx.MISSION_ACRONYM_STARTS):
        return True
    # ("Monusco", "Kfor": written as a word, only a shape no English word or brand has;
    # "Semafor" is an outlet)
    short = len(name) <= 5 or name.isupper()
    return upper.startswith(olx.MISSION_WORD_STARTS) or (
        short and upper.endswith(olx.MISSION_ACRONYM_ENDS)
    )


def only_a_source(actors, token, key=None) -> bool:
    """A name in the subject of a verb of saying that is only a source ('..., the W
    Intelligence Service said'); ``key``: the actor it names (found at the token if not
    given)."""
    for node in [token, *token.ancestors]:
        if node.dep_ == "nsubj" and node.head.lemma_ in lx.SPEECH_VERBS:
            key = key if key is not None else actors.key_at(token)
            return key is not None and source_body(actors, node, key)
    return False


def in_place_phrase(token) -> bool:
    """A word of a place phrase, the object of a preposition of location ('in X', 'to Y'):
    a state named there is a place, no owner or source."""
    for node in [token, *token.ancestors]:
        if node.dep_ == "pobj" and node.head.lower_ in plx.LOCATION_PREPOSITIONS:
            return True
    return False
