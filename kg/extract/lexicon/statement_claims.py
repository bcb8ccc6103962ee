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
