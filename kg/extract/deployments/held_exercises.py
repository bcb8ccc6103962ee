"""Exercises held in a place: 'China held live-fire drills in the X Strait', 'Russian naval
exercises are planned within Y's waters'. The exercise is the forces of the state that holds
it (the subject of a verb of holding, or the state its modifier names) operating there
(GUIDELINES: forces operating in a place are deployments there). Only with a place, and not
where the sentence already gives a force of the exercise (``exercises``: the forces an
exercise involves; a service that holds it: ``services``).

Patrols a state carries out are held the same way ('India conducted patrols along the
border'), and so is a run of exercises ('began a series of snap drills at X'); a state that
takes part in them ('X participates in joint patrols along Y') holds them too. Each state of
a coordinated subject ('X and Y held joint drills in Z') and each partner the exercise is
held with ('held drills with Y in Z') is there: one entry per actor."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.common import sentence_of
from kg.extract.deployments.exercises import exercise_deployment
from kg.extract.deployments.operations import takes_part
from kg.extract.deployments.passes import co_subjects
from kg.extract.lexicon import deployment_activity as alx
from kg.extract.lexicon import deployment_forces as flx
from kg.extract.lexicon import deployments as dlx


def held_exercise(doc, article, actors, token, covered):
    """The deployments an exercise noun names (none, or one per state holding it); they
    join ``covered``."""
    # ("drills", "exercises": the plural of forces at work; "the X exercise involved a
    # simulated attack" names an event)
    if token.tag_ != "NNS" or token.i in covered:
        return []
    patrols = token.lower_ in flx.PATROL_NOUNS  # patrols a state carries out, a force at work
    if not patrols and token.lemma_.lower() not in dlx.EXERCISE_NOUNS:
        return []
    top = _run_of(token)
    holder = _holder(top)
    # patrols only a verb carries out are held ("Lebanese army patrols near Y" is a force)
    if patrols and holder is None:
        return []
    owned = any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and actors.key_at(c) for c in token.children
    )
    subjects = [c for c in holder.children if c.dep_ == "nsubj"] if holder is not None else []
    if not owned and not any(actors.key_at(s) for s in subjects):
        return []
    # a force already found in the sentence is the exercise's: "X troops held drills in Y"
    sentence = sentence_of(token)
    if any(sentence.start <= i < sentence.end for i in covered):
        return []
    deployment = exercise_deployment(doc, article, actors, top, holder, token, token)
    if deployment is None:
        return []
    covered.add(token.i)
    out = [deployment]
    if holder is not None:
        out += co_subjects(actors, holder, token, deployment)
        out += _partners(actors, holder, token, deployment, out)
    return out


def _run_of(token):
    """'a series of snap drills': the run a verb of holding takes, else the exercise."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        run = token.head.head
        if run.lemma_.lower() in alx.EXERCISE_RUN_NOUNS:
            return run
    return token


def _holder(top):
    """The verb that holds an exercise (its object or passive subject: 'held drills',
    'drills were conducted') or takes part in it ('participates in joint patrols', 'took
    part in drills'), else None."""
    if top.dep_ in ("dobj", "nsubjpass"):
        verb = top.head
        return verb if verb.lemma_ in dlx.EXERCISE_HOLDING_VERBS else None
    if top.dep_ == "pobj" and top.head.lower_ == "in" and top.head.dep_ == "prep":
        verb = top.head.head
        return verb if verb.pos_ == "VERB" and takes_part(verb) else None
    return None


def _partners(actors, holder, exercise, deployment, found):
    """'X held joint drills with Y in Z', 'participates in joint patrols with Y along Z': a
    state or armed group the exercise is held with is at its place too (one entry each)."""
    have = {d.actor for d in found}
    out = []
    for word in (exercise, holder):
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in alx.PARTNER_PREPOSITIONS_BUT_FOE:
                continue
            partners = [c for c in prep.children if c.dep_ == "pobj"]
            partners += [g for p in partners for g in p.children if g.dep_ == "conj"]
            for partner in partners:
                key = actors.state_key_at(partner, ("Country", "Group"))
                if key is None or key in have:
                    continue
                have.add(key)
                out.append(replace(deployment, actor=actors.use(key)))
    return out
