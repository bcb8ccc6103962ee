"""Group owners: the armed group whose force it is, named before the force ('JNIM
fighters', 'the Y Liberation Front deployed 800 fighters') or as the subject of its entry
or combat, by a name of a group's form (an acronym, a group's word, an Arabic article) or
one the model left untagged."""

from __future__ import annotations

import re

from kg.extract.common import entity_at
from kg.extract.lexicon import actors as alx
from kg.extract.lexicon import deployment_forces as flx


def group_owner(actors, trigger, force, named_only: bool = False):
    """'JNIM fighters moved into X', 'the Y Liberation Front deployed 800 fighters': a group's
    force names its armed group, an unlisted name the model may not have tagged or may
    have taken for a person (a state's forces are named by its demonym, found before).
    ``named_only``: only a name that is a group's by its own words ('the Z Democratic
    Forces'), which outweighs the demonym inside it."""
    if force.lower_ not in flx.GROUP_FORCE_NOUNS:
        return None
    name = group_compound(force, named_only) or _group_subject(trigger, force, named_only)
    return actors.group_named(name) if name else None


def group_compound(force, named_only: bool = False) -> str | None:
    """The proper name before a group's force ('RSF fighters', 'Al-Shabab militants'), not
    an aircraft's ('Typhoon fighters', 'F-16 fighters') nor a place's."""
    tokens = group_name_tokens(force)
    if not tokens:
        return None
    text = "".join(t.text_with_ws for t in tokens).strip()
    if not text or any(ch.isdigit() for ch in text) or _names_place(tokens):
        return None
    if force.lower_ == "fighters" and any(t.lower_ in flx.AIRCRAFT_NAMES for t in tokens):
        return None
    if named_only and not _group_worded(tokens, text):
        return None
    return text


def group_name_tokens(force) -> list:
    """The words of the name before a group's force: 'Free Syrian Army fighters' (the
    parser may hang 'Free' on the force), none if no proper name is there."""
    if force.lower_ not in flx.GROUP_FORCE_NOUNS:
        return []
    names = [c for c in force.children if c.dep_ == "compound" and name_word(c)]
    if not names:
        return []
    start = names[0].left_edge.i
    while start > 0 and _name_part(force.doc[start - 1], force, start):
        start -= 1
    return [t for t in force.doc[start : force.i] if t.dep_ != "det"]


def _name_part(token, force, start) -> bool:
    """A capitalised modifier of the force or of the name, just before it."""
    within = token.head.i == force.i or start <= token.head.i < force.i
    return token.text[:1].isupper() and token.dep_ in ("amod", "compound") and within


def name_word(token) -> bool:
    """A proper name's word: 'Fano', or an acronym the model took for a noun ('RSF')."""
    return token.pos_ == "PROPN" or (len(token.text) > 1 and token.text.isupper())


def _names_place(tokens) -> bool:
    """'Gaza fighters', 'Syrian rebels': a place or nationality, not a group's name ('the
    Syrian Democratic Forces' ends in a name of its own)."""
    return tokens[-1].ent_type_ in ("GPE", "LOC", "FAC", "NORP", "DATE")


def _group_worded(tokens, text: str) -> bool:
    """A name that is an armed group's by its form: an acronym, a group's word ('Front'),
    an Arabic article or linking vowel ('Lashkar-e-Taiba', 'Jaish al-Adl')."""
    acronym = len(text) > 1 and text.replace("-", "").isupper()
    worded = any(t.lower_ in flx.GROUP_NAME_WORDS for t in tokens)
    hyphened = re.search(r"-[a-z]{1,3}-|\bal-", text.lower()) is not None
    return acronym or worded or hyphened


def group_by_form(actors, noun, bare: bool = False) -> str | None:
    """The name of an armed group a subject in combat gives: one with a group's form ('the
    National Liberation Army', 'JNIM', 'Lashkar-e-Taiba') or, ``bare``, a name the model
    took for no person, unless it names a state or a listed state's body ('the Sudanese Army',
    'the US Army') or a place."""
    if not name_word(noun):
        return None
    key = actors.key_at(noun)
    # (a state's named service, 'the PLA', is its state's: kg.extract.deployments.services)
    if key is not None and (
        actors.records[key].type == "Country"
        or actors.state_in_name(key) is not None
        or actors.acting_for(key) not in (key, None)
    ):
        return None
    entity = entity_at(noun.doc, noun.i)
    if entity is not None and entity.label_ in ("NORP", "GPE", "LOC", "FAC"):
        return None
    if entity is not None:
        tokens = [t for t in entity if t.dep_ != "det"]
    else:
        tokens = [t for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"]
    if not tokens or _names_place(tokens) or any(t.ent_type_ in ("NORP", "GPE") for t in tokens):
        return None
    # "Mr al-Jubeir arrived in X": a name after a personal title is a person's
    before = noun.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    titled = [*tokens, *([before] if before is not None else [])]
    if any(t.lower_.rstrip(".") in alx.GENDER_HONORIFICS for t in titled):
        return None
    text = noun.doc[tokens[0].i : tokens[-1].i + 1].text
    # a bare name in combat that the model took for no person ('Fano is fighting in X')
    untyped = (
        bare
        and (key is None or actors.records[key].type != "Person")
        and (entity is None or entity.label_ == "ORG")
    )
    return text if _group_worded(tokens, text) or untyped else None


def _group_subject(trigger, force, named_only: bool = False) -> str | None:
    """'X deployed fighters', 'X claimed to have fighters': the subject of the trigger or
    of the verb it completes, if it is a name the model left untagged or one with a
    group's form (a person's name is a leader's)."""
    nodes = [trigger]
    if trigger.dep_ in ("xcomp", "conj") and trigger.head.i != trigger.i:
        nodes.append(trigger.head)
    for node in nodes:
        for child in node.children:
            if child.dep_ != "nsubj" or child.i == force.i or not name_word(child):
                continue
            entity = entity_at(child.doc, child.i)
            if entity is not None and entity.label_ not in ("NORP", "GPE"):
                tokens = [t for t in entity if t.dep_ != "det"]
            else:
                tokens = [t for t in child.subtree if t.i <= child.i and t.dep_ != "det"]
            if not tokens or _names_place(tokens):
                return None
            text = child.doc[tokens[0].i : tokens[-1].i + 1].text
            if _group_worded(tokens, text) or (entity is None and not named_only):
                return text
            return None
    return None
