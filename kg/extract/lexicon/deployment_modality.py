"""Words of a deployment's modality (session 16, from ``deployments``): negations and
denials, cuts denied, possible and planned moves, requests, and the moves announced or left
undecided. Read by ``kg.extract.deployments.modality`` (as ``dlx.*``).

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# Verbs that exclude a move: denied by themselves ("ruled out sending troops"), possible
# when negated ("did not rule out sending troops").
RULE_OUT_VERBS = frozenset(["rule", "exclude"])
NEGATIONS = frozenset(["not", "no", "never", "n't", "without", "neither", "nor"])
DENIAL_VERBS = frozenset(["deny", "reject", "refute", "dismiss"])
# Negations that deny only the phrase they govern: "without sending troops" denies the move,
# "moved troops to X without warning" or "said ..., without naming them" does not.
SCOPED_NEGATIONS = frozenset(["without"])
# States of readiness that make a force's move possible by themselves ("air-defence units
# had been placed on standby", "placed units on heightened preparedness": GUIDELINES,
# standby is possible), where "on alert" needs a purpose ("for deployment to X") or no place
# of its own ("put 8,500 troops on heightened alert", not "on alert along the frontier").
STANDBY_WORDS = frozenset(["standby", "stand-by", "preparedness"])
# Verbs of cutting a force already there: a negation over them ("had no plans to reduce its
# presence at X", "will not withdraw its troops from Y") denies the cut, not the force.
REDUCING_VERBS = frozenset("reduce cut withdraw downsize shrink scale diminish lower".split())
# Words of doubt: a negation over them ("had no reason to doubt that the weapons were in X",
# "there is no doubt troops are in Y") affirms the move, it denies nothing.
DOUBT_WORDS = frozenset(["doubt", "dispute", "question"])
POSSIBLE_MODALS = frozenset(["could", "might", "may", "would", "can"])
POSSIBLE_WORDS = frozenset(
    [
        "possible",
        "possibly",
        "potential",
        "potentially",
        "ready",
        "standby",
        "alert",
        "if",
        "unless",
        "whether",
        "prospect",
        "possibility",
        "likely",
        "unlikely",
        "probably",
        "willing",
    ]
)
# Conjunctions of a clause that states a fact of its own ("as its forces flag").
ASSERTING_MARKS = frozenset(["as", "while", "because", "since", "after", "although"])
# ("to" is not here: "continue to be sent" is no plan; "is to send" is, see _is_to)
PLANNED_WORDS = frozenset(
    ["will", "plan", "plans", "planned", "intend", "intends", "going", "shall"]
)
# Verbs over a deployment that make it a plan: "agreed to deploy", "decided to send".
PLAN_VERBS = frozenset(
    ["plan", "intend", "prepare", "agree", "decide", "promise", "pledge", "vow", "commit", "offer"]
)
# Verbs whose object force is promised, not yet sent: "X has pledged 500 troops" (an
# offer is only possible; "committed" troops may be there already).
PLEDGED_FORCE_VERBS = frozenset(["pledge", "promise"])
# Nouns over a deployment that make it a plan: "the decision to deploy missiles in X".
PLAN_NOUNS = frozenset(["decision", "intention", "pledge", "promise", "commitment"])
# Determiners of a force taken as there ("the troops in X", "those troops in Y").
DEFINITE_DETERMINERS = frozenset(["the", "these", "those", "this", "that"])
# Verbs of asking another to move forces: "X asked Y to send troops" is Y's possible move.
REQUEST_VERBS = frozenset(["ask", "urge", "request", "press", "implore", "beg"])
# Nouns over a move that leave it undecided, a possible move: "declared his readiness to
# send troops", "resisted pressure to send his own troops", "calls to deploy peacekeepers"
# (lemmas of nouns only: "called up reservists" is no call).
UNDECIDED_MOVE_NOUNS = frozenset(
    "readiness willingness pressure call demand appeal plea proposal suggestion idea option".split()
)
# Verbs whose object, a deployment noun, is planned: "announced the stationing of".
ANNOUNCE_VERBS = frozenset(["announce", "unveil", "approve", "order", "authorise", "authorize"])
# Adjectives of a side's readiness to move ("Britain is prepared to send jets"): the move it
# stands ready for is possible, like "ready" and "willing" (the verb, "prepared to send", is a
# plan: PLAN_VERBS).
READY_ADJECTIVES = frozenset(["prepared"])
# Verbs of telling whose negation is a source's silence, not a denial of the move it is
# silent on ("it did not mention the build-up of troops near X": they are there; "would not
# confirm reports that troops had been earmarked": the move keeps the mood of the rest).
SILENCE_VERBS = frozenset("mention comment confirm disclose specify reveal elaborate".split())
# Determiners of a force not yet there ("no intention to allow a foreign base in X", "did not
# send any troops to Y"): a negation over the verb whose object it is denies it, place and
# all, where one over a force there ("X fighters in Y did not ...") does not.
INDEFINITE_DETERMINERS = frozenset(["a", "an", "any"])
# Verbs of offering one's forces: an offer made ("has offered to send troops") waits on its
# acceptance, a possible move; an offer announced ahead ("will offer to deploy a squadron")
# is the side's plan (PLAN_VERBS).
OFFER_VERBS = frozenset(["offer"])
