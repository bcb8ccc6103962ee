"""Unnamed servants of a state named only by the service they serve ('a senior army
officer', 'a defence official', 'a government source', 'government sources'), and a speaker
picked out of a group named before ('one of the officials'). GUIDELINES: unnamed officials
('a senior White House official', 'German government sources') stand for their state;
anonymous sources of no organisation ('two security sources') speak for no one."""

from __future__ import annotations

from kg.extract.common import sentences_back_start
from kg.extract.lexicon import statements as lxs
from kg.gazetteer import gazetteer


def state_servant(subject) -> bool:
    """'a senior army officer', 'a defence official', 'a government source', 'government
    sources': a servant role whose modifiers name only a service of a state (and a rank),
    one indefinite (or, for the sources of the government or its forces, a bare plural). A
    source serves the state only as its government's, army's, police's ('defence sources
    said'); a 'security source' is anonymous."""
    lemma = subject.lemma_.lower()
    if lemma in lxs.STATE_SERVANT_ROLES:
        services = lxs.STATE_SERVICE_MODIFIERS
    elif lemma in lxs.STATE_SOURCE_ROLES:
        services = lxs.STATE_SOURCE_SERVICES
    else:
        return False
    modifiers = [c for c in subject.children if c.dep_ in ("compound", "amod") and c.i < subject.i]
    allowed = lxs.STATE_SERVICE_MODIFIERS | lxs.OFFICIAL_RANK_WORDS | services
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
    start = sentences_back_start(subject, 1)
    found = None
    for token in doc[start : subject.i]:
        if token.tag_ != "NNS" or token.lemma_.lower() not in lxs.STATE_SERVANT_ROLES:
            continue
        named = [c for c in token.children if c.dep_ in ("amod", "compound") and c.ent_type_]
        key = actors.resolve(named, before=token.i) if named else None
        if key and actors.records[key].type == "Country":
            found = key
    return found


def sourced_subject(source) -> list:
    """The subject of the clause a state's sources report ('Sources told X that A's army
    moved ...', 'A's army moved ..., according to military sources'), then the bodies it is
    'of' or 'from' ('two battalions of A's army'): whose forces it names is whose sources
    they are; none for any other source."""
    if source.lemma_.lower() not in lxs.STATE_SOURCE_ROLES:
        return []
    subject = None
    if (
        source.dep_ == "pobj"
        and source.head.lower_ == "to"
        and source.head.head.lower_ == ("according")
    ):
        clause = source.head.head.head  # 'according' hangs on the clause it sources
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif source.dep_ == "nsubj":
        verb = source.head
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        subject = (
            next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if clause
            else None
        )
    if subject is None:
        return []
    found = [subject]
    for phrase in found:  # grows while read: 'battalions from the 7th Division of A's army'
        if len(found) >= 4:
            break
        found += [
            o
            for p in phrase.children
            if p.dep_ == "prep" and p.lower_ in ("of", "from")
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return found


def state_in_phrase(actors, head) -> str | None:
    """The first state a phrase names, by its name or a body of it ('two battalions from
    the 3rd Division of the Kenyan Army': Kenya), or None."""
    for token in head.subtree:
        key = actors.key_at(token)
        if key is None and token.text[:1].isupper():
            entry = gazetteer().country_of_demonym(token.text)  # ('the Kenyan Army')
            key = actors.state_named(entry.name) if entry is not None else None
        if key is None:
            continue
        if actors.records[key].type == "Country":
            return key
        if actors.records[key].type == "Organization":
            state = actors.state_in_name(key)
            if state:
                return state
    return None
