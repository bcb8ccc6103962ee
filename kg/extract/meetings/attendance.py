"""Presence at talks held in person: 'China's envoy X attended the talks', told after a
call: the talks an article told (a meeting in person, or of no stated way), not the call
mentioned last. A call or video link is no meeting one attends "at" in person; one who
attended talks, a meeting or a summit joins the last such meeting mentioned.

Invariants: only for the nouns of a meeting held in person (mlx.ATTENDED_IN_PERSON_NOUNS);
only meetings of the reach a presence may point back over (mlx.PRESENCE_REACH_SENTENCES);
``recent`` holds (meeting found, offset of its latest mention), oldest first, as in
kg.extract.meetings.mentions.
"""

from __future__ import annotations

from kg.extract.common import sentence_of, sentences
from kg.extract.lexicon import meetings as mlx

REMOTE_MODES = frozenset(["phone", "video"])


def attended_in_person(token) -> bool:
    """'X attended the talks', 'Y was present at the meeting': the noun attended is one of
    a meeting held in person."""
    noun = token
    if token.pos_ == "VERB":
        noun = next((c for c in token.children if c.dep_ == "dobj"), None)
    return noun is not None and (
        noun.lemma_.lower() in mlx.ATTENDED_IN_PERSON_NOUNS
        or noun.lower_ in mlx.ATTENDED_IN_PERSON_NOUNS
    )


def remote(found) -> bool:
    return found.meeting.mode in REMOTE_MODES


def last_held_in_person(recent, token):
    """The meeting mentioned last, not held by phone or video, within the sentences a
    presence may point back over; None if none."""
    every = sentences(token.doc)
    position = every.index(sentence_of(token))
    reach = every[max(0, position - mlx.PRESENCE_REACH_SENTENCES)].start_char
    for entry, mentioned in reversed(recent):
        if mentioned < reach:
            return None
        if not remote(entry):
            return entry
    return None
