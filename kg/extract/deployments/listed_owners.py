"""Listed owners: 'Indian, Japanese, American and Chinese ships', 'US, British and Norwegian
frigates'. The parser hangs a list of state modifiers on the force as several siblings
(each with or without its own conjuncts); read together, in text order, they are the
force's owners, and each deploys its own (GUIDELINES: one entry per actor).

Invariants: only modifiers before the force that name a state (a country, or a body
acting for one) count, and only when the words between two of them are list separators
(a comma or a coordinator), so 'Russian Wagner fighters' or 'the US Navy's British-built
frigates' are no list. A list the verb sums up with a floating 'all' ('X, Y and Z ships have
all come to our ports') tells of each state's forces on occasions of their own, which the
text does not give: ``facts.shared_by`` splits it into no entries, however the parser hangs
the list (the force's reading stands as it is)."""

from __future__ import annotations

from itertools import pairwise

_MODIFIER_DEPS = ("amod", "compound", "nmod")
_SEPARATORS = frozenset([",", "and", "or", "as", "well"])


def listed_modifier_owners(actors, force) -> list[str]:
    """The states a list of sibling modifiers before the force names, in text order (none
    unless more than one)."""
    named = []
    for child in force.children:
        if child.dep_ not in _MODIFIER_DEPS or child.i > force.i:
            continue
        for token in (child, *(t for t in child.subtree if t.dep_ == "conj")):
            key = actors.state_key_at(token)
            if key is not None:
                named.append((token.i, key))
    named.sort()
    if len(named) < 2:
        return []
    # the words between two listed states are separators only
    for (one, _), (other, _) in pairwise(named):
        between = force.doc[one + 1 : other]
        if not between or any(t.lower_ not in _SEPARATORS for t in between):
            return []
    keys = list(dict.fromkeys(key for _, key in named))
    return keys if len(keys) > 1 else []


def summed_up(force) -> bool:
    """'X, Y and Z ships have all come': a floating 'all' on the verb the force is the
    subject of (``facts.shared_by`` splits no list so summed up)."""
    if force.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "all" for c in force.head.children)
