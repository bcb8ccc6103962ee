"""Modality of a deployment: reported, planned, possible, denied or claimed, from the
words of the trigger's chain of heads."""

from __future__ import annotations

from itertools import pairwise

from kg.extract import lexicon as lx
from kg.extract.common import sentence_of
from kg.extract.deployments.places import is_infinitive
from kg.extract.lexicon import deployment_modality as mmx
from kg.extract.lexicon import deployment_places as plx
from kg.extract.lexicon import deployments as dlx
from kg.extract.lexicon.common import CONDITION_MARKS
from kg.gazetteer import gazetteer as kg_gazetteer


def modality_of(trigger, force, speaker_is_actor: bool = False) -> str:
    # "where it will join the USS X": the force joined is there already, whatever the
    # joining one's mood
    if (
        force.dep_ == "dobj"
        and force.head.i == trigger.i
        and trigger.lemma_ in lx.JOINING_WAR_VERBS
    ):
        return "reported"
    modality = _worded(trigger, force, speaker_is_actor)
    # "X has pledged 500 troops": a force pledged or promised is an announced future move
    pledged = force.dep_ == "dobj" and force.head.lemma_ in mmx.PLEDGED_FORCE_VERBS
    if pledged and modality == "reported":
        return "planned"
    # "Nor did X fighters in Y distinguish themselves": a place the force's own phrase
    # gives is not denied by the verb's negation ("no troops in Y" is the force's own
    # denial); its mood still holds ("any troops in Y would be targets" are hypothetical)
    own_place = trigger.pos_ == "ADP" and trigger.head.i == force.i
    if own_place and modality == "denied":
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in force.children)
        # "there is no intention to allow a foreign base in X": a force the negated verb
        # would bring is denied with its place
        denied = denied or (force.dep_ == "dobj" and _indefinite_force(force))
        return "denied" if denied else "reported"
    # "X will attack when the Russian army in the Donbas has been defeated": a definite
    # force in a place of its own phrase is there, whatever the clause's mood ("any troops in
    # Y would be targets" are not)
    if own_place and modality in ("planned", "possible") and _definite_force(force):
        return "reported"
    return modality


_BESIDE = ("advcl", "conj")


def _own_subject(clause) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _indefinite_force(force) -> bool:
    """'a foreign base', 'any troops' (not 'the base', 'its troops')."""
    return any(c.dep_ == "det" and c.lower_ in mmx.INDEFINITE_DETERMINERS for c in force.children)


def _definite_force(force) -> bool:
    """'the Russian army', 'Moscow's troops' (not 'any troops', 'more soldiers')."""
    return any(
        (c.dep_ == "det" and c.lower_ in dlx.DEFINITE_DETERMINERS) or c.dep_ == "poss"
        for c in force.children
    )


# Dependents that give a conjoined verb a mood of its own ("and will deploy", "and did not
# deploy", "and Peru sent"); a bare "to" ("plans to send X and to deploy Y") shares the first's
_OWN_MOOD_DEPS = ("nsubj", "nsubjpass", "aux", "auxpass", "neg")


def _lead_conjunct(verb):
    """'is to send 200 troops to A and dispatch a frigate to B', 'has offered to send troops
    and station jets', 'was sending troops and deploying ships': the first of the verbs a bare
    conjunct is joined to, whose auxiliaries, 'to' and governing verb it shares. A conjunct with
    a subject, auxiliary or negation of its own, or of another verb form ('is to send troops and
    sent jets' is a misparse), keeps its own mood."""
    lead = verb
    while (
        lead.dep_ == "conj"
        and lead.pos_ == "VERB"
        and lead.head.pos_ == "VERB"
        and lead.tag_ == lead.head.tag_
        and not any(c.dep_ in _OWN_MOOD_DEPS and c.lower_ != "to" for c in lead.children)
    ):
        lead = lead.head
    return lead


def _worded(trigger, force, speaker_is_actor: bool) -> str:
    chain = [trigger]
    negated_elsewhere: set[int] = set()
    own_mood: set[int] = set()  # verbs another conjunct's mood is no part of
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
        if node.dep_ == "conj" and _own_subject(node) and node.head.pos_ in ("VERB", "AUX"):
            # "said X had been ordered to Y, and that Z was already operating in W": a
            # conjoined clause with a subject of its own keeps its own mood, not that of the
            # verb it is joined to (what both hang on still counts)
            own_mood.add(node.head.i)
        node = node.head
        chain.append(node)
    # "is to send troops to A and dispatch a frigate to B": a bare conjunct reads the frames
    # of its move (be to, set to, proposed, studied, expected) on the first conjunct
    lead = _lead_conjunct(trigger)
    at = [k for k, n in enumerate(chain) if n.i == lead.i]
    lead, led = (lead, chain[at[0] :]) if at else (trigger, chain)
    # "did not mention the build-up of troops near X": a source's silence denies nothing
    negated_elsewhere.update(
        c.i
        for n in chain[1:]
        if n.lemma_ in mmx.SILENCE_VERBS and n.pos_ == "VERB"
        for c in n.children
        if c.dep_ == "neg"
    )
    # ("HANOI, May 3 - X sent ...": a month is no modal)
    voiced = [n for n in chain if n.i not in own_mood]
    # ("moved troops to X without warning": a scoped negation denies only what it governs,
    # the move when it is in the chain, "without sending troops")
    words = {
        t.lower_
        for n in voiced
        for t in n.children
        if t.i not in negated_elsewhere
        and t.ent_type_ != "DATE"
        and t.lower_ not in dlx.SCOPED_NEGATIONS
    }
    words |= {n.lower_ for n in voiced}
    lemmas = {n.lemma_ for n in voiced}
    # "X denied the claim, insisting that its units deployed in Y ...": a verb of denial
    # denies its complement, not a clause set beside it
    denying = {
        n.lemma_
        for k, n in enumerate(chain)
        if n.lemma_ in lx.DENIAL_VERBS and (k == 0 or chain[k - 1].dep_ not in _BESIDE)
    }
    if lemmas & lx.RULE_OUT_VERBS:
        # "cannot rule out sending troops" leaves it possible; "ruled out sending" denies
        return "possible" if words & lx.NEGATIONS else "denied"
    negated = bool(words & lx.NEGATIONS) or any(c.lower_ == "no" for n in chain for c in n.children)
    if negated and (lemmas - {trigger.lemma_}) & dlx.REDUCING_VERBS:
        return "reported"  # "has no plans to reduce its presence at X": still there
    if negated and {n.lemma_.lower() for n in voiced[1:]} & dlx.DOUBT_WORDS:
        return "reported"  # "no reason to doubt that the weapons were in X": affirmed
    if (
        words & lx.NEGATIONS
        or denying & lemmas
        or any(c.lower_ == "no" for n in chain for c in n.children)
        # "NATO has no troops in Ukraine"
        or any(c.dep_ == "det" and c.lower_ == "no" for c in force.children)
        # "has no more troops to send": the "no" the parser hangs on "more"
        or any(t.lower_ == "no" for t in force.subtree if t.i < force.i)
    ):
        return "denied"
    # "amid allegations that troops were in X, talks stalled": what a claim asserts is
    # claimed, whatever the sentence around the claim says; a move it hedges or puts ahead
    # keeps its mood ("insinuated that he would send troops if ...")
    moods = lx.POSSIBLE_MODALS | lx.POSSIBLE_WORDS | lx.PLANNED_WORDS
    if (_hedged_claim(chain) or _claim_tag(trigger) or _unverified(trigger)) and not words & moods:
        return "claimed"
    above = set(lemmas - {trigger.lemma_})
    if above & dlx.REQUEST_VERBS:
        return "possible"  # "X asked Y to send troops": Y has not said it will
    # "held talks about deploying troops", "will discuss sending": a move under discussion
    if above & dlx.DISCUSSION_WORDS or _studied(led):
        return "possible"
    # "declared his readiness to send troops", "pressure to send his troops": a move
    # undecided ("a call to replenish his forces in X" leaves them there)
    if _undecided_move(trigger, chain):
        return "possible"
    # "ordered forces to deploy": an order is a plan ("announced it has sent" is done;
    # "announced the first deployment of X" announces one made)
    done = _announced_as_done(trigger)
    ordered = (
        above & lx.ANNOUNCE_VERBS
        and trigger.tag_ not in ("VBD", "VBN")
        and not done
        and not _under_way(lead)
    )
    planned = words & lx.PLANNED_WORDS or above & (lx.PLAN_VERBS | dlx.PLAN_NOUNS) or ordered
    # "if Minsk forced its troops to fight": a hedged or planned combat is no claimed gain
    hedged = words & (lx.POSSIBLE_MODALS | lx.POSSIBLE_WORDS)
    if (
        lemmas & lx.CLAIM_VERBS
        or words & dlx.CLAIM_ADVERBS
        or (_own_combat_claim(chain, force) and not hedged and not planned)
        or (speaker_is_actor and not words & lx.POSSIBLE_MODALS and not planned)
    ):
        return "claimed"
    # "a carrier group remained available if needed", "will send more troops if asked": a
    # move on a condition is possible (GUIDELINES), whatever its tense
    if any(_conditioned(n) for n in voiced):
        return "possible"
    # "proposed sending troops", "threatened to send", "put troops on alert for deployment"
    if _proposed(led) or above & dlx.THREAT_VERBS or _readied(chain, force):
        return "possible"
    # "has offered to send troops" (not "will offer to deploy a squadron": a plan)
    if _proposed(led, mmx.OFFER_VERBS) and not words & lx.PLANNED_WORDS:
        return "possible"
    expected = _expected(led)
    if expected:
        return expected
    modifiers = [c for n in (trigger, force) for c in n.children if c.dep_ == "amod"]
    if _future_in_past(chain, words):
        return "planned"
    if (
        words & lx.POSSIBLE_MODALS
        or words & lx.POSSIBLE_WORDS
        or any(t.lower_ in lx.POSSIBLE_WORDS for t in modifiers)
        or any(n.pos_ == "ADJ" and n.lower_ in mmx.READY_ADJECTIVES for n in voiced)
    ):
        # "Russian forces may feel insecure in X": a hedged feeling, of a force that is there
        feeling = trigger.lemma_ in dlx.FEELING_VERBS and trigger.i != force.i
        return "reported" if feeling else "possible"
    scheduled = _is_set_to(lead) or _scheduled_be(trigger)
    if planned or _is_to(lead) or scheduled or _still_to_send(trigger, force):
        return "planned"
    # "Biden announced the stationing of ...": an announced deployment is a plan
    if trigger.pos_ == "NOUN" and trigger.head.lemma_ in lx.ANNOUNCE_VERBS and not done:
        return "planned"
    if _announcement_topic(trigger):
        return "planned"
    return "reported"


def _announcement_topic(trigger) -> bool:
    """'a joint statement on the deployment of missiles in X', 'the announcement of the
    stationing of jets': a deployment noun an announcement is about is a plan announced
    (not 'the first deployment': ACCOMPLISHED_MODIFIERS)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    link = trigger.head
    if link.lower_ not in dlx.TOPIC_PREPOSITIONS:
        return False
    # "issued a statement on the deployment": the parser may hang the topic on the verb
    issued = [c for c in link.head.children if c.dep_ == "dobj" and c.i < link.i]
    if not any(n.lemma_ in dlx.ANNOUNCEMENT_NOUNS for n in [link.head, *issued]):
        return False
    return not any(
        c.dep_ == "amod" and c.lower_ in dlx.ACCOMPLISHED_MODIFIERS for c in trigger.children
    )


def _links(chain):
    """The (clause, head) steps of a chain of heads, each with the dependency between."""
    return [(a, b) for a, b in pairwise(chain) if a.head.i == b.i and a.i != b.i]


def _hedged_claim(chain) -> bool:
    """'comments that suggested X's troops are in Y', 'allegations that troops were in Z':
    a deployment in the finite clause of a hedging verb, or of a noun of claiming, is an
    unconfirmed claim ('suggested sending troops' proposes one: _proposed)."""
    for clause, head in _links(chain):
        if clause.dep_ == "ccomp" and head.lemma_ in dlx.HEDGED_ASSERTION_VERBS:
            return True
        claim_noun = head.pos_ == "NOUN" and head.lemma_.lower() in dlx.CLAIM_NOUNS
        # "allegations that ...": the noun's own clause, not one describing it
        marked = any(c.dep_ == "mark" for c in clause.children)
        if claim_noun and clause.dep_ in ("acl", "ccomp") and marked:
            return True
    return False


def _claim_tag(trigger) -> bool:
    """'Rwanda has sent troops to Goma, Kinshasa claims': a closing tag of claiming, which
    the parser may hang anywhere in the clause it reports (even take for a noun: 'Chad
    claims'), makes the sentence before it a claim."""
    sentence = sentence_of(trigger)
    for tag in sentence:
        if tag.i <= trigger.i or tag.lemma_ not in _CLAIM_TAG_VERBS:
            continue
        # a bare tag: nothing it says but the clause before it ("claimed victory" is none)
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tag.children):
            continue
        if _tag_subject_opens(tag, sentence) and all(
            t.is_punct for t in tag.doc[tag.right_edge.i + 1 : sentence.end]
        ):
            return True
    return False


def _unverified(trigger) -> bool:
    """'X said it had deployed battalions to Y, a claim that could not be independently
    verified': a move the sentence goes on to call unverified is a claim."""
    for verb in sentence_of(trigger):
        if verb.i <= trigger.i or verb.lemma_ not in dlx.VERIFYING_VERBS:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            return True
    return False


def _tag_subject_opens(tag, sentence) -> bool:
    """Whether a name or a noun phrase, after a comma or a dash, is all there is between
    the clause before and the tag ('..., the Tigrayan authorities claimed')."""
    start = tag.i - 1
    while start > sentence.start and tag.doc[start].pos_ in _TAG_SUBJECT_POS:
        start -= 1
    return start < tag.i - 1 and tag.doc[start].text in _TAG_OPENERS


def _proposed(chain, verbs=dlx.PROPOSAL_VERBS) -> bool:
    """'X proposed sending troops', 'Y suggested deploying jets': a move proposed, in the
    infinitive or gerund a verb of proposing (or of ``verbs``) governs, is not yet
    decided."""
    # the move itself is proposed ("proposed punishing soldiers fighting in X" is not)
    return any(
        clause.i == chain[0].i and clause.dep_ == "xcomp" and head.lemma_ in verbs
        for clause, head in _links(chain)
    )


def _studied(chain) -> bool:
    """'was studying whether to send jets', 'is evaluating sending a brigade', 'agreed to
    study the deployment of units': a move a verb of studying has for its complement or
    object (a clause of time beside it, 'studied the map before it sent', is no study)."""
    # the move itself is studied ("examined reports that X had moved troops" is not)
    return any(
        clause.i == chain[0].i
        and head.lemma_ in dlx.STUDY_VERBS
        and head.pos_ == "VERB"
        and clause.dep_ in dlx.STUDIED_DEPS
        for clause, head in _links(chain)
    )


def _undecided_move(trigger, chain) -> bool:
    """'his readiness to send troops', 'pressure to deploy': a movement a noun of readiness,
    pressure or proposal governs."""
    if (
        trigger.lemma_ not in lx.DEPLOYMENT_VERBS
        and trigger.lemma_.lower() not in lx.DEPLOYMENT_NOUNS
    ):
        return False
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in dlx.UNDECIDED_MOVE_NOUNS for n in chain[1:])


def _expected(chain) -> str | None:
    """'he expects to see Chinese aircraft in the Arctic': an observer's expectation of a
    move is possible; 'recruits are expected to arrive', 'X expects to send troops' (the
    expecting side's own move, or one scheduled) are plans."""
    for clause, head in _links(chain):
        if head.lemma_ not in dlx.EXPECTATION_VERBS or head.pos_ != "VERB":
            continue
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
        # "expects to send troops" (not "expects to see jets over X": an observer's)
        own = clause.i == chain[0].i and clause.dep_ == "xcomp"
        own = own and clause.lemma_ not in dlx.OBSERVING_VERBS
        return "planned" if passive or own else "possible"
    return None


def _own_combat_claim(chain, force) -> bool:
    """'The ministry said its forces captured X', '"Our troops liberated Y," he said', 'X
    forces took Y, the X defence ministry said': a side's own report of a gain in combat
    is a party's claim (a rival's or a monitor's account of it is a report, and a side's
    routine move it reports is its report)."""
    fought = [n for n in chain[:2] if n.lemma_ in dlx.COMBAT_CLAIM_VERBS and n.pos_ == "VERB"]
    # "forced its troops to fight": an infinitive says what they are for, not what they did
    if not fought or is_infinitive(fought[0]):
        return False
    owner = [c.lower_ for c in force.children if c.dep_ == "poss"]
    if owner and owner[0] in dlx.FIRST_PERSON_POSSESSIVES:
        return True
    speakers = [
        c
        for clause, head in _links(chain)
        if clause.dep_ == "ccomp" and head.lemma_ in lx.SPEECH_VERBS
        for c in head.children
        if c.dep_ == "nsubj"
    ]
    if not speakers:
        return False
    # "its forces" is the speaker's when the clause is what a speech verb says
    if owner and owner[0] in dlx.OWN_POSSESSIVES:
        return True
    # "the army said the X military was advancing": whose army is open, and only a gain
    # it reports is surely its own side's
    gained = fought[0].lemma_ in dlx.GAIN_VERBS
    return any(_side_s_own_organ(speaker, force, gained) for speaker in speakers)


def _side_s_own_organ(speaker, force, gained: bool) -> bool:
    """'the Russian defence ministry' of 'Russian forces', or a military organ no state
    qualifies ('the defence ministry', 'the army'): the side's own voice (a monitor, or an
    organ another state's name qualifies, 'the UK Ministry of Defence', is not)."""
    if speaker.lemma_.lower() not in dlx.PARTY_ORGAN_NOUNS:
        return False
    qualifiers = [t for t in speaker.subtree if t.i != speaker.i and t.pos_ in ("ADJ", "PROPN")]
    if all(t.lower_ in dlx.ORGAN_WORDS for t in qualifiers):
        return gained
    # "Ethiopia's military" of "Ethiopian troops", "North Korea's army" of "North Korean"
    sides = {_state_named(name) for name in _modifier_names(force)} - {None}
    return any(_state_named(name) in sides for name in _modifier_names(speaker))


def _modifier_names(head):
    """The names a noun's modifiers give, whole and by their last word ('North Korean')."""
    for child in head.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            yield " ".join(t.text for t in child.subtree if t.dep_ != "case")
            yield child.text


def _state_named(word: str) -> str | None:
    """The state a name or an adjective names ('Ethiopia', 'Ethiopian'), or None."""
    gazetteer = kg_gazetteer()
    entry = gazetteer.country_of_demonym(word) or gazetteer.lookup(word)
    return entry.name if entry is not None and entry.type == "Country" else None


_READY_STATES = lx.POSSIBLE_WORDS | dlx.STANDBY_WORDS


def _readied(chain, force) -> bool:
    """'put 8,500 troops on heightened alert', 'placed on standby to deploy', 'units were
    placed on heightened preparedness': a force readied for a move may make it; one put on
    alert where it is ('units were placed on high alert along the frontier', 'units in X
    were put on alert') is there."""
    for node in chain:
        if node.lemma_ not in dlx.READYING_VERBS:
            continue
        # ("put 600 paratroopers on alert": the parser may hang the state on the force)
        held = [c for c in node.children if c.dep_ in ("dobj", "nsubjpass")]
        for prep in [c for h in (node, *held) for c in h.children if c.dep_ == "prep"]:
            for state in prep.children:
                if state.dep_ != "pobj" or state.lower_ not in _READY_STATES:
                    continue
                if state.lower_ in dlx.STANDBY_WORDS:
                    return True  # GUIDELINES: a force on standby is possible
                purpose = [*node.children, *state.children]
                if any(c.lower_ == "for" or c.dep_ in ("xcomp", "acl", "advcl") for c in purpose):
                    return True
                if not _placed([node, *held, force], prep):
                    return True  # "put 8,500 troops on heightened alert": no place but it
    return False


def _placed(heads, state_prep) -> bool:
    """Whether a readied force, or the verb that readies it, has a place besides its state
    of readiness ('on alert along the frontier'; not 'on Tuesday')."""
    return any(
        prep.dep_ == "prep"
        and prep.i != state_prep.i
        and prep.lower_ in plx.LOCATION_PREPOSITIONS
        and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in prep.children)
        for head in heads
        for prep in head.children
    )


def _is_set_to(verb) -> bool:
    """'France is set to deploy 1,000 soldiers', 'jets are due to arrive', 'two frigates were
    due to join the patrol': a scheduled move."""
    head = verb.head
    # ("frigates were due to join": the parser hangs 'due' on 'be' as its complement)
    linked = head.dep_ == "acomp" and head.head.lemma_ == "be"
    return (
        verb.dep_ == "xcomp"
        and is_infinitive(verb)
        and head.lower_ in dlx.SCHEDULE_VERBS
        and (linked or any(c.lemma_ == "be" for c in head.children))
    )


def _under_way(trigger) -> bool:
    """'announced that it was sending 4,000 troops to X': a move a finite clause states in
    progress is under way, not ordered ('ordered troops to deploy' is)."""
    return (
        trigger.tag_ == "VBG"
        and trigger.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in trigger.children)
    )


def _scheduled_be(trigger) -> bool:
    """'two frigates are due to join the patrol': a force the parser places by its 'be',
    whose complement schedules a move, is yet to make it."""
    return trigger.lemma_ == "be" and any(
        c.dep_ == "acomp"
        and c.lower_ in dlx.SCHEDULE_VERBS
        and any(x.dep_ == "xcomp" and is_infinitive(x) for x in c.children)
        for c in trigger.children
    )


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
# Verbs of a closing tag that claims, and the marks that open such a tag
_CLAIM_TAG_VERBS = lx.CLAIM_VERBS | dlx.HEDGED_ASSERTION_VERBS
_TAG_SUBJECT_POS = ("PROPN", "NOUN", "DET", "ADJ", "PRON")
_TAG_OPENERS = (",", "—", "–", "-", '"', "”")


def _future_in_past(chain, words) -> bool:
    """'He said troops would be positioned there': reported 'would' is a future, not a
    condition, when nothing conditional goes with it."""
    if words & lx.POSSIBLE_MODALS != {"would"} or words & lx.POSSIBLE_WORDS:
        return False
    # "said he would send troops if X attacked": a condition keeps it hypothetical
    if any(_conditioned(n) for n in chain):
        return False
    return any(n.dep_ == "ccomp" and n.head.tag_ == "VBD" for n in chain)


def _conditioned(node) -> bool:
    """A clause with a condition of its own ('would send troops if X attacked', 'unless
    asked')."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in node.children
    )


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
