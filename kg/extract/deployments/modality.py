"""Modality of a deployment: reported, planned, possible, denied or claimed, from the
words of the trigger's chain of heads."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import deployments as dlx


def modality_of(trigger, force, speaker_is_actor: bool = False) -> str:
    modality = _worded(trigger, force, speaker_is_actor)
    # "Nor did X fighters in Y distinguish themselves": a place the force's own phrase
    # gives is not denied by the verb's negation ("no troops in Y" is the force's own
    # denial); its mood still holds ("any troops in Y would be targets" are hypothetical)
    own_place = trigger.pos_ == "ADP" and trigger.head.i == force.i
    if own_place and modality == "denied":
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in force.children)
        return "denied" if denied else "reported"
    return modality


def _worded(trigger, force, speaker_is_actor: bool) -> str:
    chain = [trigger]
    negated_elsewhere: set[int] = set()
    node = trigger
    for _ in range(4):
        # "if forces based in X chose to attack": the participle describing the force is
        # asserted, whatever the clause says the force may do
        if node.dep_ == "acl" and node.head.i == force.i:
            chain.append(force)
            break
        # "may look to Belarus for help as its forces flag": a clause of time or reason is
        # asserted as it stands, whatever hedges the clause it hangs on
        if node.dep_ == "advcl" and any(c.lower_ in lx.ASSERTING_MARKS for c in node.children):
            break
        # "Bolivia, which moved troops to the border, denied any plan to attack": a
        # relative clause states its own fact, whatever its noun's verb says
        if _states_own_fact(node) and node.head.i != force.i:
            break
        if node.head.i == node.i:
            break
        # "could become a target due to its hosting of a US base at X": a present force
        # in a phrase that adjoins a verb is asserted, whatever the verb's mood
        if trigger.i == force.i and node.dep_ in _ADJUNCTS and node.head.pos_ in ("VERB", "AUX"):
            break
        if node.dep_ == "conj" and any(
            c.lower_ in lx.CONTRASTING_CONJUNCTIONS for c in node.head.children
        ):
            # "X has not been abandoned, but Biden is sending Y": the first conjunct's
            # negation is its own ("did not send troops or jets" is shared)
            negated_elsewhere.update(c.i for c in node.head.children if c.dep_ == "neg")
        node = node.head
        chain.append(node)
    words = {t.lower_ for n in chain for t in n.children if t.i not in negated_elsewhere}
    words |= {n.lower_ for n in chain}
    lemmas = {n.lemma_ for n in chain}
    if lemmas & lx.RULE_OUT_VERBS:
        # "cannot rule out sending troops" leaves it possible; "ruled out sending" denies
        return "possible" if words & lx.NEGATIONS else "denied"
    if (
        words & lx.NEGATIONS
        or lemmas & lx.DENIAL_VERBS
        or any(c.lower_ == "no" for n in chain for c in n.children)
        # "NATO has no troops in Ukraine"
        or any(c.dep_ == "det" and c.lower_ == "no" for c in force.children)
        # "has no more troops to send": the "no" the parser hangs on "more"
        or any(t.lower_ == "no" for t in force.subtree if t.i < force.i)
    ):
        return "denied"
    above = set(lemmas - {trigger.lemma_})
    if above & dlx.REQUEST_VERBS:
        return "possible"  # "X asked Y to send troops": Y has not said it will
    # "held talks about deploying troops", "will discuss sending": a move under discussion
    if above & dlx.DISCUSSION_WORDS:
        return "possible"
    # "ordered forces to deploy": an order is a plan ("announced it has sent" is done;
    # "announced the first deployment of X" announces one made)
    done = _announced_as_done(trigger)
    ordered = above & lx.ANNOUNCE_VERBS and trigger.tag_ not in ("VBD", "VBN") and not done
    planned = words & lx.PLANNED_WORDS or above & (lx.PLAN_VERBS | dlx.PLAN_NOUNS) or ordered
    if lemmas & lx.CLAIM_VERBS or (
        speaker_is_actor and not words & lx.POSSIBLE_MODALS and not planned
    ):
        return "claimed"
    modifiers = [c for n in (trigger, force) for c in n.children if c.dep_ == "amod"]
    if _future_in_past(chain, words):
        return "planned"
    if (
        words & lx.POSSIBLE_MODALS
        or words & lx.POSSIBLE_WORDS
        or any(t.lower_ in lx.POSSIBLE_WORDS for t in modifiers)
    ):
        return "possible"
    if planned or _is_to(trigger) or _still_to_send(trigger, force):
        return "planned"
    # "Biden announced the stationing of ...": an announced deployment is a plan
    if trigger.pos_ == "NOUN" and trigger.head.lemma_ in lx.ANNOUNCE_VERBS and not done:
        return "planned"
    return "reported"


def _announced_as_done(trigger) -> bool:
    """'Putin announced the first deployment of X to Y': a deployment noun an announcing
    verb governs, worded as one made (ACCOMPLISHED_MODIFIERS), is announced as done."""
    if trigger.pos_ != "NOUN" or trigger.head.lemma_ not in lx.ANNOUNCE_VERBS:
        return False
    return any(
        c.dep_ == "amod" and c.lower_ in dlx.ACCOMPLISHED_MODIFIERS for c in trigger.children
    )


def _states_own_fact(clause) -> bool:
    """A relative clause introduced by 'which', 'who', 'whose', or describing a name ('X,
    having sent troops'); not the clause of 'there is no way it would send troops'."""
    if clause.dep_ != "relcl":
        return False
    if clause.head.pos_ == "PROPN":
        return True
    return any(
        c.tag_ in _RELATIVE_TAGS or any(g.tag_ in _RELATIVE_TAGS for g in c.children)
        for c in clause.children
    )


_RELATIVE_TAGS = ("WDT", "WP", "WP$")


def _future_in_past(chain, words) -> bool:
    """'He said troops would be positioned there': reported 'would' is a future, not a
    condition, when nothing conditional goes with it."""
    if words & lx.POSSIBLE_MODALS != {"would"} or words & lx.POSSIBLE_WORDS:
        return False
    return any(n.dep_ == "ccomp" and n.head.tag_ == "VBD" for n in chain)


def _still_to_send(verb, force) -> bool:
    """'looking for fighters to send to the front', 'the troops to deploy next': a force
    an infinitive is yet to move (not 'troops continue to be sent', nor 'to defend X')."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    raised = force.dep_ == "nsubj" and force.head.i == verb.i
    described = verb.dep_ == "relcl" and verb.head.i == force.i
    moved = verb.lemma_ in lx.DEPLOYMENT_VERBS and verb.lemma_ not in lx.SELF_MOVING_VERBS
    return (raised or described) and moved


def _is_to(verb) -> bool:
    """'Britain is to send troops': be + to-infinitive is a plan ('continue to' is not)."""
    # ("X is home to Y's base": only a verb is planned)
    to = any(c.lower_ == "to" for c in verb.children)
    return verb.pos_ == "VERB" and verb.head.lemma_ == "be" and to


# Dependencies by which a phrase adjoins a verb ("due to its hosting of a base", "committed
# by troops in X")
_ADJUNCTS = ("prep", "agent")
