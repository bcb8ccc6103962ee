"""Who speaks through an 'according to' phrase naming an office by its holder: 'CLAUSE,
according to his office', 'according to an aide in her office'. The same words as the
subject of a speech verb ('his office said') speak for the holder's state (GUIDELINES:
unnamed officials map to their state); an 'according to' phrase speaks for the same one.

Invariants: only a personal office noun owned by a personal pronoun ('his office'), or one
unnamed source inside such an office ('an aide in his office'), is taken; who it speaks
for is decided by the caller's resolution of a speech verb's subject
(``servant_speakers``), never here; any other noun gives None, so every other 'according
to' phrase is left as it was. (A document issued from the office, 'a note from his
office', was measured and left out: it added as many unmatched statements as matched.)"""

from __future__ import annotations

from kg.extract.lexicon import statement_sources as lxsrc
from kg.extract.lexicon import statements as lxs


def owned_office(noun):
    """The office noun an 'according to' object names by its holder's pronoun: the object
    itself ('his office') or the office one source is in ('an aide in his office'); None
    when there is none."""
    if _pronoun_owned(noun):
        return noun
    if noun.lemma_.lower() not in lxsrc.OFFICE_SOURCE_NOUNS or noun.tag_ != "NN":
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in lxsrc.OFFICE_SOURCE_PREPOSITIONS:
            continue
        office = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if office is not None and _pronoun_owned(office):
            return office
    return None


def office_holder_speakers(noun, servant_speakers) -> str | None:
    """The speaker of 'according to' an office named by its holder (``owned_office``), as
    ``servant_speakers`` gives it for the same noun as a verb's subject, or None."""
    office = owned_office(noun)
    if office is None:
        return None
    found = servant_speakers(office)
    return found[0] if len(found) == 1 else None


def _pronoun_owned(noun) -> bool:
    """'his office', 'her office': a personal office noun its holder's pronoun owns."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lxs.PERSONAL_OFFICE_NOUNS:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return len(owners) == 1 and owners[0].lower_ in lxs.PERSON_POSSESSIVES
