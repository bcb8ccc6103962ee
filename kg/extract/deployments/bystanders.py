"""Bystanders: names in a force's sentence that own no force. One spoken to or an observer
('residents told X that the rebels had moved fighters', 'images seen by Y show ships berthed
at Z') relays or saw the move; a name the article only ever sets on kit ('two Griffon
helicopters', 'X coastal missile systems'), which the model took for an organisation's and
the gazetteer does not know, is the kit's designation (GUIDELINES: the actor is the state or
group whose force it is); a wire service's bracketed tag ('(LEAD) X carrier arrives in Y') is an
editing note."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import deployment_forces as flx
from kg.extract.lexicon import deployment_owners as olx
from kg.gazetteer import gazetteer


def _phrase_head(token):
    """The noun a name's word belongs to ('The EastAfrican' -> 'EastAfrican')."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token


def bystander(token) -> bool:
    """Whether a word is in the phrase of one spoken to or of an observer: the object of a
    verb of telling, 'to' after a verb of saying, or the agent of a verb of looking."""
    noun = _phrase_head(token)
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ in ("dobj", "dative") and head.lemma_ in olx.TELLING_VERBS:
        # ("told him to send troops": the one asked is the one who sends them)
        return not any(c.dep_ == "xcomp" for c in head.children)
    if noun.dep_ != "pobj":
        return False
    verb = head.head
    if head.lower_ == "to" and verb.lemma_ in lx.SPEECH_VERBS and verb.pos_ == "VERB":
        return True
    return head.dep_ == "agent" and verb.lemma_ in olx.OBSERVING_VERBS


def kit_designation(actors, key, doc) -> bool:
    """Whether an actor is only ever named as a modifier of kit ('two Griffon helicopters'):
    an organisation the gazetteer does not know, of no state, whose every mention modifies a
    head of KIT_HEADS."""
    record = actors.records[key]
    if record.type != "Organization" or gazetteer().lookup(record.name) is not None:
        return False
    if actors.acting_for(key) not in (None, key) or actors.state_in_name(key) is not None:
        return False
    # "Red Army tanks": a named armed service is a state's, whatever it is set on
    if record.name.split()[-1].lower() in flx.SERVICE_HEADS:
        return False
    mentions = [t for t in doc if actors.key_at(t) == key]
    if not mentions:
        return False
    # ("Iskander-M launchers": a word of the name hung on another word of it says nothing)
    inside = {t.i for t in mentions}
    for token in (t for t in mentions if t.head.i not in inside or t.head.i == t.i):
        if token.is_punct:
            continue
        noun = _phrase_head(token)
        if noun.i == token.i and token.dep_ not in ("compound", "nmod", "amod"):
            return False
        kit = noun if noun.i != token.i else token.head
        if kit.lower_ not in olx.KIT_HEADS:
            return False
    return True


def wire_tag(token) -> bool:
    """Whether a word is a wire service's bracketed editing tag ('(LEAD)', '(2nd LD)',
    '(ATTN: ...)'): an upper-case word of WIRE_TAGS just inside an opening bracket."""
    if not token.text.isupper() or token.text not in olx.WIRE_TAGS:
        return False
    before = token.doc[max(0, token.i - 2) : token.i]
    return any(t.text in ("(", "[") for t in before)
