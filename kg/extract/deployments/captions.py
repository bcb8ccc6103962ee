"""Captions: a photo caption states forces at a place with no verb ('Photo: X soldiers near
Y, November 2024.', '[Photo caption: Police on patrol near the Z market at dawn.]'), a
deployment reported (GUIDELINES); ``bare_presence`` places the force, this module gives
the owner the caption's words leave to it, and tells the site-furniture filter of
``kg.extract.extract_doc`` (which drops a 'Photo:' line's facts) to keep a caption's forces.

A caption line opens with a caption label and a colon ('Photo:', '[Photo caption:',
'Image:'). The actor reader keeps no actor from a 'Photo:' line (site furniture, with its
credits), so a demonym or a state's name in the force's own phrase ('Ukrainian soldiers',
'Royal Danish Air Force jets') keys no actor there: the owner is the state it names.
Any other name there that keys no actor ('EUFOR soldiers', 'SAPS members') is an owner the
caption gives that no reading can tell: such a force gives no deployment
(``unkeyed_name_on``, checked in ``facts.deployment_of``). A force of a state's kind with
no owner word ('Police on patrol near X', 'Soldiers at a roadblock') is the
article's deployer's (``bare_presence``), else the state the article is written about at
that point (``state_written_about``), when the caption names no other actor outside its
place phrases.

Invariants: only for a token on a caption line; never for a force of the other side's
kind ('rebels', 'militants', 'fighters': whose they are the caption does not say).
"""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.common import doc_text, sentence_of
from kg.extract.deployments.discourse import demonym_state
from kg.extract.deployments.sources import in_place_phrase
from kg.extract.lexicon import deployment_owners as olx
from kg.extract.lexicon import deployments as dlx
from kg.extract.lexicon.actors import CAPTION_LABELS
from kg.gazetteer import gazetteer

_LABEL = re.compile(r"\s*\[?\s*([A-Za-z]+)(?:\s+caption)?\s*:")
# a state's own forces, which a caption with no owner word shows for the article's state
_STATE_FORCE_NOUNS = dlx.GENERIC_FORCES | frozenset(
    "police policemen officers officer gendarmes marines sailors paratroopers commandos "
    "guards patrol patrols".split()
)


def caption_line(token) -> bool:
    """Whether a token stands on a line a caption label opens (module docstring)."""
    return caption_at(doc_text(token.doc), token.idx)


def caption_at(text: str, offset: int) -> bool:
    """Whether the character at ``offset`` stands on a line a caption label opens: the
    site-furniture filter, which drops a 'Photo:' line's facts, keeps a caption's forces."""
    start = text.rfind("\n", 0, offset) + 1
    label = _LABEL.match(text, start)
    return label is not None and label.group(1).lower() in CAPTION_LABELS


def caption_demonym_owner(actors, force) -> str | None:
    """'Ukrainian soldiers', 'Indian Army trucks', 'Royal Danish Air Force jets' on a
    caption line: the state a demonym or a state's name before the force in its own phrase
    names, where no actor is keyed on that word."""
    if not caption_line(force):
        return None
    for word in _own_words(force):
        if actors.key_at(word):
            continue
        name = _state_word(word)
        if name is not None:
            return actors.state_named(name)
    return None


def _own_words(force) -> list:
    """The words of the force's own phrase before it ('Royal Danish Air Force' of
    '... jets')."""
    return [t for t in force.subtree if t.i < force.i]


def _state_word(word) -> str | None:
    """The state a demonym ('Dutch') or a state's name ('Netherlands') names, or None."""
    name = demonym_state(word)
    if name is None and word.pos_ == "PROPN":
        entry = gazetteer().lookup(word.text)
        name = entry.name if entry is not None and entry.type == "Country" else None
    return name


def unkeyed_name_on(actors, force) -> bool:
    """'Photo: EUFOR soldiers at X', 'SAPS members outside Y': a name on a caption's force
    that keys no actor (none is kept from a caption line) and is no demonym names an owner
    the caption gives, which is then not the article's deployer nor its state."""
    if not caption_line(force):
        return False
    return any(
        # (an acronym the model may tag as a common noun: "EUFOR")
        (c.pos_ == "PROPN" or (len(c.text) > 1 and c.text.isupper()))
        and c.text[:1].isupper()
        and actors.key_at(c) is None
        and _state_word(c) is None
        # ("Police special units": a service's common word, capitalised, names no one)
        and c.lower_ not in olx.GENERIC_BODY_WORDS
        and c.lower_ not in lx.FORCE_NOUNS
        for c in _own_words(force)
    )


def caption_home_owner(actors, force) -> str | None:
    """'Police on patrol near X' on a caption line: the state the article is written
    about, for a state's kind of force naming no owner, when the caption names no other
    actor outside its place phrases."""
    if not caption_line(force) or force.lower_ not in _STATE_FORCE_NOUNS:
        return None
    if unkeyed_name_on(actors, force):
        return None
    state = actors.state_written_about(force.i)
    if state is None:
        return None
    for token in sentence_of(force):
        key = actors.key_at(token)
        if key is None or in_place_phrase(token):
            continue
        if key != state and (actors.acting_for(key) or key) != state:
            return None
    return state
