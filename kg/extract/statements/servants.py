"""Unnamed servants of a state named only by the service they serve ('a senior army
officer', 'a defence official', 'a government source', 'government sources'), and a speaker
picked out of a group named before ('one of the officials'). GUIDELINES: unnamed officials
('a senior White House official', 'German government sources') stand for their state;
anonymous sources of no organisation ('two security sources') speak for no one."""

from __future__ import annotations

from kg.extract.common import sentence_of
from kg.extract.lexicon import statements as lxs


def state_servant(subject) -> bool:
    """'a senior army officer', 'a defence official', 'a government source', 'government
    sources': a servant role whose modifiers name only a service of a state (and a rank),
    one indefinite (or, for the government's sources, a bare plural). A source serves the
    state only as the government's; a 'security source' is anonymous."""
    lemma = subject.lemma_.lower()
    if lemma in lxs.STATE_SERVANT_ROLES:
        services = lxs.STATE_SERVICE_MODIFIERS
    elif lemma in lxs.STATE_SOURCE_ROLES:
        services = lxs.STATE_SOURCE_SERVICES
    else:
        return False
    modifiers = [c for c in subject.children if c.dep_ in ("compound", "amod") and c.i < subject.i]
    allowed = lxs.STATE_SERVICE_MODIFIERS | lxs.OFFICIAL_RANK_WORDS
    if not any(c.lower_ in services for c in modifiers):
        return False
    if not all(c.lower_ in allowed for c in modifiers):
        return False  # ('a Western intelligence official' is of no one state)
    determiners = [c for c in subject.children if c.dep_ == "det"]
    if subject.tag_ == "NN":
        return len(determiners) == 1 and determiners[0].lower_ in ("a", "an")
    placed = any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in subject.children)
    if subject.tag_ == "NNS" and not determiners and lemma in lxs.STATE_SERVANT_ROLES:
        # 'Defence officials said', 'two defense officials said': officials of a state's
        # service, named by it alone (GUIDELINES: unnamed officials stand for their state;
        # 'security officials in X' are where X places them)
        return not placed
    # ('government sources said')
    return subject.tag_ == "NNS" and not determiners and lemma in lxs.STATE_SOURCE_ROLES


def partitive_group(subject):
    """'one of the officials said', 'two of the officers told ...': the group the speaker
    is picked out of, which speaks as the group would; None for any other subject."""
    if subject.lower_ not in lxs.PARTITIVE_WORDS:
        return None
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            group = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if group is not None and group.tag_ == "NNS" and group.pos_ == "NOUN":
                return group
    return None


def state_of_officials_before(actors, subject) -> str | None:
    """'Greek officials had been discussing a meeting. According to a senior government
    official, ...': the state of the officials its sentence or the one before named by
    their state (the last so named), whose servant an unnamed one is."""
    doc = subject.doc
    start = sentence_of(subject).start
    if start > 0:
        start = sentence_of(doc[start - 1]).start
    found = None
    for token in doc[start : subject.i]:
        if token.tag_ != "NNS" or token.lemma_.lower() not in lxs.STATE_SERVANT_ROLES:
            continue
        named = [c for c in token.children if c.dep_ in ("amod", "compound") and c.ent_type_]
        key = actors.resolve(named, before=token.i) if named else None
        if key and actors.records[key].type == "Country":
            found = key
    return found
