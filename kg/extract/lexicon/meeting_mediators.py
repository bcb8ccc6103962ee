"""Words of a third party that hosts, brokers or mediates the talks of others: the
participles that name one before the meeting word ("Qatar-mediated talks"), and the nouns
of its good offices ("with Norwegian mediation", "under the auspices of the AU").

Blind probe gold (annotators reading GUIDELINES alone) enters such a host or mediator as a
participant of the talks, a state as much as a person. Nothing here names an actor of a
particular article. Changing a table changes what the extractors emit: bump
``kg.EXTRACTOR_VERSION`` with it."""

from __future__ import annotations

# Participles of hosting or brokering that may stand before a meeting word, joined by a
# hyphen to the one who does it ("Turkish-mediated talks", "US-brokered negotiations").
MEDIATED_PARTICIPLES = frozenset(
    ["mediated", "brokered", "hosted", "facilitated", "sponsored", "chaired"]
)
# Nouns of the good offices of a third party ("with Cuban mediation", "under Qatar's
# mediation", "under the auspices of the African Union").
MEDIATION_NOUNS = frozenset(["mediation", "auspices", "facilitation", "sponsorship"])
# Prepositions those nouns hang on the meeting or its verb by.
MEDIATION_PREPOSITIONS = frozenset(["with", "under", "through"])
# Verbs of a mediator carrying messages between two delegations ("with C shuttling
# between the two delegations"): the one who does it takes part.
SHUTTLING_VERBS = frozenset(["shuttle"])
