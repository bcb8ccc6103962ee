"""Words of the claims a statement denies, accuses someone of or ascribes a cause to."""

from __future__ import annotations

# The fewest words of an act denied or accused right after its verb ('denied any
# involvement', 'denied massing troops', 'accused Kigali of arming rebels'), or of a cause
# a relative clause ascribes its antecedent to ('which X blamed on Y's obstruction'): the
# proposition is what the GUIDELINES give as the statement, however short; a single word
# ('denied it', 'accused him of lying') says too little to stand alone.
CLAIM_MIN_WORDS = 2
# Determiners that point back to a claim made before ('denied the claim', 'rejected this
# accusation'): two words so opened name the claim, not its proposition.
BACK_POINTING_DETERMINERS = frozenset(["the", "this", "that", "these", "those", "such"])
# The verbs that name the one accused ('accused X of arming rebels', 'X is suspected of
# ...', 'blamed X for the blast') with the preposition that holds what X is accused of:
# a trailing denial whose denier only points back ('an allegation the party denies',
# 'which it denies') is the accused's.
ACCUSED_PREPOSITIONS = {"accuse": "of", "suspect": "of", "blame": "for"}
# The denier's words that only point back to the accused: a pronoun for a body or people,
# a definite common noun ('the party', 'the group', 'the government', 'the Russian side').
ACCUSED_PRONOUNS = frozenset(["it", "they", "he", "she"])
ACCUSED_PERSON_PRONOUNS = frozenset(["he", "she"])
# A trailing denial's denier ('a charge the government in X denies', 'a charge both X and Y
# deny'): the parts of speech of its first word, and the predeterminers before a
# coordination of deniers.
DENIER_OPENING_POS = frozenset(["PROPN", "NOUN", "DET", "ADJ"])
DENIER_PREDETERMINERS = frozenset(["both"])
