"""Hyphenated pairs before a meeting noun: 'US-Russia talks', 'the Ruto-Museveni call', or
before the matter it is on ('the meeting on the A-B boundary question'); and
the joint commissions of two states named by such a pair ('a meeting of the A-B joint
commission')."""

from __future__ import annotations

import itertools

from kg.extract.lexicon import meeting_sides as rgx
from kg.extract.lexicon.actors import NAME_SUFFIXES
from kg.extract.meetings.accounts import resolve_phrase
from kg.extract.meetings.records import surnames
from kg.gazetteer import fold, gazetteer


def paired(actors, noun) -> list[str]:
    """'US-Russia talks', 'Russian-Ukrainian negotiations', 'the recent Ruto-Museveni call':
    a hyphenated pair of states, or of people, before a meeting noun are its sides; else
    the pair of states of the matter the noun is on ('talks on the A-B boundary question')."""
    words = [
        t
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
        for t in c.subtree
    ]
    keys = _pair_of(actors, words)
    return keys or _matter_pair(actors, noun)


def _matter_pair(actors, noun) -> list[str]:
    """'the 12th meeting on the A-B boundary issue', 'talks over the A-B border': the two
    states a hyphen joins before the matter (rgx.PAIR_MATTER_NOUNS) a meeting noun with no
    "with" of its own is on; [] if none."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if any(p.lower_ == "with" for p in preps):
        return []
    for p in preps:
        if p.lower_ not in rgx.PAIR_MATTER_PREPS:
            continue
        for o in p.children:
            if o.dep_ != "pobj" or o.lemma_.lower() not in rgx.PAIR_MATTER_NOUNS:
                continue
            words = [t for t in o.subtree if t.i < o.i]
            keys = _pair_of(actors, words)
            if len(keys) == 2 and all(actors.records[k].type != "Person" for k in keys):
                return keys
    return []


def _pair_of(actors, words) -> list[str]:
    """The sides a hyphenated pair among the words names (states, else people)."""
    named = [t for t in words if t.ent_type_ in ("GPE", "NORP", "ORG") and actors.key_at(t)]
    hyphens = [t for t in words if t.text in HYPHENS]
    keys = list(dict.fromkeys(actors.key_at(t) for t in named))
    if len(keys) < 2 or not hyphens:
        # ("the Mohamud-Duale call" tagged one organisation: a pair of surnames)
        return _paired_people(actors, words) if hyphens else []
    if not any(a.i < h.i < b.i for a, b in itertools.pairwise(named) for h in hyphens):
        return []
    return keys


HYPHENS = ("-", "–", "—")


def _paired_people(actors, words) -> list[str]:
    """'the Ruto-Museveni call', 'the Bahiddha-Nukara-Swe call': the two people of the
    names a hyphen joins (each half resolved as written, the model's tags on such a run
    being unreliable; the first split at which both halves are people of the article, a
    name may hold a hyphen of its own)."""
    run: list = []
    for t in sorted(words, key=lambda t: t.i):
        # ("the recent A-B call": only the names and hyphens next to the noun)
        run = [*run, t] if t.pos_ == "PROPN" or t.text in HYPHENS else []
    for n, t in enumerate(run):
        if t.text not in HYPHENS or n == 0 or n == len(run) - 1:
            continue
        left, right = run[:n], run[n + 1 :]
        keys = [_person_called(actors, half) for half in (left, right)]
        if all(keys) and keys[0] != keys[1]:
            return keys
    return []


def _name_forms(name: str) -> list[str]:
    """A full name folded, and without a suffix ("Ferdinand Marcos Jr." -> "... marcos")."""
    words = fold(name).split()
    if len(words) > 1 and words[-1] in NAME_SUFFIXES:
        return [" ".join(words), " ".join(words[:-1])]
    return [" ".join(words)]


def _person_called(actors, words) -> str | None:
    """The one person of the article whose name is, or ends in, the words (a surname),
    whatever the model tagged them; else the person the phrase resolves to."""
    text = fold(words[0].doc[words[0].i : words[-1].i + 1].text)
    people = [(key, _name_forms(record.name)) for key, record in actors.records.items()]
    people = [(key, forms) for key, forms in people if actors.records[key].type == "Person"]
    # a surname; else the name a family name first, or a single name, is called by
    # ("Dong" of "Dong Jun", "Abiy" of "Abiy Ahmed")
    for called in (
        lambda name: name == text or name.endswith(" " + text),
        # ("Alimi" of "Rashad al-Alimi": the family name without its article)
        lambda name: text in surnames(name.split()[-1]) and " " in name,
        lambda name: name.startswith(text + " "),
    ):
        named = [key for key, forms in people if any(called(name) for name in forms)]
        if len(named) == 1:
            return named[0]
        if named:
            break
    key = resolve_phrase(actors, words, words[-1].i + 1)
    return key if key and actors.records[key].type == "Person" else None


def joint_body_named(noun) -> bool:
    """Whether a noun's "of" names a joint body of a hyphenated pair ('the session of the
    Joint A-B Fisheries Commission'), actors aside."""
    return any(
        o.dep_ == "pobj"
        and o.lemma_.lower() in rgx.JOINT_BODY_NOUNS
        and any(t.text in HYPHENS for t in o.subtree if t.i < o.i)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
    )


def joint_body_named_by_pair(body) -> bool:
    """'the NATO-Russia Council', 'the Kenyan-Ugandan joint commission': a noun of a
    standing body (rgx.JOINT_BODY_NOUNS) with a hyphenated pair before it, actors aside."""
    return body.lemma_.lower() in rgx.JOINT_BODY_NOUNS and any(
        t.text in HYPHENS for t in body.subtree if t.i < body.i
    )


def joint_body_states(actors, trigger) -> list[str]:
    """'a meeting of the Kenyan-Ugandan joint commission', 'the Joint Kenya-Uganda Border
    Committee will meet': a standing body of two states named by their hyphenated pair
    (rgx.JOINT_BODY_NOUNS), whose meeting is the two states' (the gold's convention for
    such commissions); [] if none."""
    if trigger.pos_ == "VERB":
        bodies = [c for c in trigger.children if c.dep_ == "nsubj"]
    else:
        bodies = [
            o
            for c in trigger.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        ]
    gaz = gazetteer()
    for body in bodies:
        if not joint_body_named_by_pair(body):
            continue
        words = [t for t in body.subtree if t.i < body.i]
        keys = []
        for t in words:
            entry = gaz.country_of_demonym(t.text) or gaz.lookup(t.text)
            if entry is not None and entry.type == "Country":
                key = actors.state_named(entry.name)
            else:
                # "the NATO-Russia Council": an organisation named as one of the pair
                key = _organisation_at(actors, t)
            if key is not None and key not in keys:
                keys.append(key)
        if len(keys) == 2:
            return [actors.use(k) for k in keys]
    return []


def _organisation_at(actors, token) -> str | None:
    """The organisation a proper name in a joint body's pair is ("NATO" of "the NATO-Russia
    Council"), if it is one of the article's."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("ORG", "GPE", "NORP"):
        return None
    key = actors.key_at(token)
    if key is None or actors.records[key].type != "Organization":
        return None
    return key
