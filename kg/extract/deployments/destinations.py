"""Destinations: a state named only as the other side of the place a force goes to ('moved
to the western border with X', 'would enter Xian territory', 'crossed into X's waters')
names where the force is sent against or beside, not whose it is.

Invariant: consulted only where an owner is taken from the states the text named before a
force that names none (``owners.unit_state``); it only removes candidates, never gives an
owner. A state is a destination of a sentence when one of its mentions there is the
neighbour a border noun names ('the border with X') or the ground a verb of entering goes
into ('enter X territory'), and none stands elsewhere in it. A state named plainly in a
place phrase ('deployed in Thai territory') may still be the owner: forces are mostly
placed at home.
"""

from __future__ import annotations

from kg.extract.common import sentence_of
from kg.extract.lexicon import deployment_owners as olx


def other_side(token) -> bool:
    """Whether a state's word names the far side of a place: the object of 'with' on a
    border noun, or of a verb of entering, or a word under either (module docstring)."""
    for node in [token, *token.ancestors]:
        border = node.head.lower_ == "with" and _after_border(node.head)
        if node.dep_ == "pobj" and border:
            return True
        if node.dep_ == "dobj" and node.head.lemma_ in olx.ENTERED_VERBS:
            return True
        if node.dep_ in ("ROOT", "ccomp", "conj", "advcl", "relcl", "xcomp"):
            break
    return False


def _after_border(with_):
    """'the border with X': 'with' hung on the border noun, or on the verb by the parser
    ('have been sent to the border with X') right after that noun."""
    before = with_.doc[with_.i - 1] if with_.i > 0 else None
    return with_.head.lower_ in olx.BORDER_NOUNS or (
        before is not None and before.lower_ in olx.BORDER_NOUNS
    )


def destination_states(actors, force) -> set[str]:
    """The states the force's sentence names only as a far side (module docstring)."""
    inside, outside = set(), set()
    for token in sentence_of(force):
        key = actors.key_at(token)
        if key is None or actors.records[key].type != "Country":
            continue
        (inside if other_side(token) else outside).add(key)
    return inside - outside
