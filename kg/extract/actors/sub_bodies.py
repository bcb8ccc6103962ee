"""Named sub-bodies: 'the People's Liberation Army's Southern Theater Command said' names two
organisations, the parent as the possessor and the command it owns as the phrase's head. The
gold keeps a named command, mission, agency or service as its own Organization (GUIDELINES,
'Named bodies are their own organisation'), so the body the phrase heads speaks, not its
parent; and a body's phrase whose apposition names it ('the UN's humanitarian office
(OCHA)') speaks as the body the apposition names, not as the parent named inside it."""

from __future__ import annotations

from kg.extract.lexicon import actors as lx
from kg.gazetteer import fold

_BODY_TYPES = ("Organization", "Group")


def owned_body(records, found, head) -> str | None:
    """The organisation a phrase's head names when the phrase also names the organisation
    that owns it ('X's Y', 'X Y' with X a parent body before the head's own name), else
    None. A person named in the phrase keeps precedence (the caller prefers persons)."""
    own = [k for t, k in found if t.i == head.i]
    if not own or records[own[0]].type not in _BODY_TYPES:
        return None
    # the body as the text names it, not a listed body a word of it was looked up as ('the
    # African Union's Peace and Security Council' is not the UN's)
    phrase = fold(" ".join(t.text for t in head.subtree))
    if fold(records[own[0]].name) not in phrase:
        return None
    if any(records[k].type == "Person" for _, k in found):
        return None
    parents = [k for t, k in found if t.i < head.i and k != own[0]]
    # only a parent organisation before the head: a body named after its head ('the
    # Command of X') is the head's complement, decided elsewhere
    if not parents or not all(records[k].type in _BODY_TYPES for k in parents):
        return None
    return own[0]


def place_in_name_end(head) -> int | None:
    """The index of the last word of a place a capitalised body's name ends with ('the
    European Union Mission in Georgia': 'Georgia'), or None: 'in' and a named place right
    after the head are part of the name, an apposition or clause after them is not."""
    if not head.text[:1].isupper():
        return None
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "in":
        return None
    preposition = doc[head.i + 1]
    if preposition.head.i != head.i:
        return None
    place = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if place is None or place.ent_type_ not in ("GPE", "LOC"):
        return None
    words = [t for t in place.subtree if t.ent_type_ in ("GPE", "LOC")]
    return max(t.i for t in words) if words else None


def body_in_apposition(records, found, head) -> str | None:
    """The body a phrase's apposition names when the phrase heads a body ('the UN's
    humanitarian office (OCHA)', 'the United Nations Interim Security Force for Abyei
    (UNISFA)'): its own name, not the parent organisation or state named before its head.
    A person named in the phrase keeps precedence (the caller prefers persons)."""
    if head.lemma_.lower() not in lx.SUB_BODY_HEADS and head.lower_ not in lx.SUB_BODY_HEADS:
        return None
    if any(records[k].type == "Person" for _, k in found):
        return None
    # (an acronym in brackets after the name's complement hangs on its last word: 'the
    # Interim Security Force for Abyei (UNISFA)')
    appositions = {t.i for t in head.subtree if t.dep_ == "appos" and t.i > head.i}
    own = [k for t, k in found if t.i in appositions and records[k].type in _BODY_TYPES]
    parents = [k for t, k in found if t.i < head.i and k not in own]
    # only where a parent is named inside: the apposition's body is then the head's own
    return own[0] if own and parents else None
