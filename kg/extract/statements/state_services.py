"""A state's air force named by its kind in lower case as a speaker: "Ukraine's air force
said", "the Ukrainian air force said". The gold keeps such a service as its own
organisation, named with its state's adjective ("Ukrainian Air Force"; GUIDELINES: a named
service is its own organisation), where a state's generic forces ("Israel's military said")
are the state. The services so read are ``lexicon.actors.SPEAKING_SERVICE_WORDS``.

Invariants: the phrase is the service's words in lower case and one owner before them, a
state's name (possessive) or adjective that resolves to a Country; a capitalised service
("the Ukrainian Air Force") is an entity read where names are keyed, never here."""

from __future__ import annotations

from kg.extract.lexicon import actors as lx

_OWNER_DEPS = ("poss", "amod", "compound")


def state_service(actors, subject) -> str | None:
    """The state's service a subject names (see the module's docstring), or None."""
    if subject.pos_ != "NOUN" or not subject.is_lower:
        return None
    doc = subject.doc
    for words in lx.SPEAKING_SERVICE_WORDS:
        start = subject.i - len(words) + 1
        if start < 1 or subject.lower_ != words[-1]:
            continue
        if tuple(t.text for t in doc[start : subject.i + 1]) != words:
            continue
        owners = [c for c in subject.children if c.dep_ in _OWNER_DEPS and c.i < start]
        owners = [c for c in owners if c.ent_type_ in ("GPE", "NORP")]
        if len(owners) != 1 or owners[0].i < start - 2:
            return None
        owner = owners[0]
        state = actors.resolve([t for t in owner.subtree if t.dep_ != "case"], before=owner.i + 1)
        if state is None or actors.records[state].type != "Country":
            return None
        return actors.service_of_state(state, list(words), owner.i)
    return None
