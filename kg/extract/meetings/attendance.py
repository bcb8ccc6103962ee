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

from kg.extract.common import sentence_start_char
from kg.extract.lexicon import meetings as mlx


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
    return found.meeting.mode in mlx.REMOTE_MODES


def last_held_in_person(recent, token):
    """The meeting mentioned last, not held by phone or video, within the sentences a
    presence may point back over; None if none."""
    reach = sentence_start_char(token, mlx.PRESENCE_REACH_SENTENCES)
    for entry, mentioned in reversed(recent):
        if mentioned < reach:
            return None
        if not remote(entry):
            return entry
    return None
