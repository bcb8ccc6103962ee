"""Partners: a state named as another's helper owns none of the forces it helps. The subject of
a verb of offering, training, funding, equipping or supporting ('Washington has offered
equipment', 'X pledged to train Y's police') and the first part of a compound participle
('US-trained', 'X-funded') name a partner, not the state whose forces the text goes on to
place.

Invariant: consulted only where an owner is taken from the states the text named before a
force that names none (``owners.unit_state``, ``owners.last_named_state``); a state named
otherwise is never skipped, and the force's own words are never read here. Where a partner
was skipped and only place phrases name a state, the state so named last is the owner
(``state_beside_partners``).
"""

from __future__ import annotations

from kg.extract.lexicon import deployment_owners as olx


def partner_mention(token) -> bool:
    """Whether a state's name at ``token`` names it as a helper (module docstring)."""
    doc = token.doc
    # "US-trained", "X-funded": a compound participle's first part
    hyphened = token.i + 2 < len(doc) and doc[token.i + 1].text == "-"
    if hyphened and doc[token.i + 2].lower_ in olx.HELPING_PARTICIPLES:
        return True
    node = token
    while node.dep_ in ("compound", "conj", "appos", "amod") and node.head.i != node.i:
        node = node.head
    verb = node.head
    if node.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    # ("X has offered to help", "Y pledged to train"): the verb or its complement
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(v.lemma_ in olx.HELPING_VERBS for v in verbs)


def state_beside_partners(actors, force):
    """The state named last before a force, where place is all else the text names it as,
    when a partner was named before it ('the US offers help ... a conflict in X': X); else
    None (a state named only as a place is otherwise no owner)."""
    before = [t for t in force.doc[: force.i] if actors.key_at(t)]
    states = [t for t in before if actors.records[actors.key_at(t)].type == "Country"]
    if not any(partner_mention(t) for t in states):
        return None
    return next((actors.key_at(t) for t in reversed(states) if not partner_mention(t)), None)
