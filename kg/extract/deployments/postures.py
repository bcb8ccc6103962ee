"""A force's posture where no verb moves it: a force a verb puts on alert with no place
named ("placed frontline units on heightened alert": a possible move, GUIDELINES: standby is
possible; one readied for a place is ``readiness``'s, one placed somewhere by the verb is
the placing verb's, one whose state names the place is there: "placed on standby at the X
base") or keeps on alert somewhere ("keeps a frigate on standby in Y": possible, where a
preposition on the state puts them); the site a force guards or mans ("troops would guard
the parliament building", "soldiers manning checkpoints on the roads into Z", "the bridge
is guarded by W troops"); and the place
a force is bound for ("a frigate bound for the X Sea": where it goes, not where it leaves).
Each but the first is a force positioned at a place (GUIDELINES: counted), the first one
with no place; an attack on positions or an advance is none of these. A force another
reading covered is left to it: ``extract`` runs these last."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.deployments.facts import deployment_of
from kg.extract.deployments.forces import force_under
from kg.extract.deployments.place_wording import comma_free_phrase, place_phrase
from kg.extract.deployments.places import definite, is_place
from kg.extract.deployments.relatives import antecedent
from kg.extract.lexicon import deployment_postures as plx
from kg.extract.lexicon import deployments as dlx

_SUBJECTS = ("nsubj", "nsubjpass")


def postured_forces(doc, article, actors, verb, covered) -> list:
    """The deployments of the forces a verb puts or keeps on alert, has guard or man a site
    or has bound for a place (none or more); each force joins ``covered``."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    for reading in (_alerted, _kept_on_alert, _guarding, _bound):
        found = reading(verb)
        if found is None:
            continue
        forces, location, modality = found
        out = []
        for force in forces:
            if force.i in covered:
                continue
            deployment = deployment_of(doc, article, actors, verb, force, location)
            if deployment is None:
                continue
            if location is None and deployment.location is not None:
                continue  # a place the verb gives is the placing reading's
            covered.add(force.i)
            out.append(deployment if modality is None else replace(deployment, modality=modality))
        return out
    return []


def _forces(verb, deps):
    """The forces a verb's subject or object (of ``deps``) names: the first of a list only
    ("placed X units and the Y on high alert": one entry, as the guidelines count a
    mention)."""
    found = (force_under(c) for c in verb.children if c.dep_ in deps)
    return [force for force in found if force is not None][:1]


def _modified_force(participle):
    """The force a participle modifies ("soldiers manning ...", "a frigate bound for ..."),
    as a list of none or one."""
    force = force_under(participle.head)
    return [force] if force is not None else []


def _alert_states(verb):
    """The states of readiness a verb puts its force in ('on high alert', 'on standby')."""
    states = [
        s
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in plx.ALERT_PREPOSITIONS
        for s in p.children
        if s.dep_ == "pobj" and s.lemma_.lower() in plx.ALERT_NOUNS
    ]
    # "troops were on standby at X": the parser may hang the state on the verb,
    # beside its preposition
    return states + [
        s
        for s in verb.children
        if s.dep_ in _MISREAD_STATE_DEPS
        and s.lemma_.lower() in plx.ALERT_NOUNS
        and s.doc[s.i - 1].lower_ in plx.ALERT_PREPOSITIONS
        and s.doc[s.i - 1].head.i == verb.i
    ]


_MISREAD_STATE_DEPS = ("attr", "advcl", "npadvmod", "dobj")


def _alerted(verb):
    """'placed units on high alert', 'air-defence units had been placed on alert': the
    forces so readied, placed nowhere, a possible move; 'placed on standby at the X
    base': possible where the state puts them (on alert there: there)."""
    if verb.lemma_ not in plx.ALERTING_VERBS:
        return None
    states = _alert_states(verb)
    if not states:
        return None
    # a place on the verb ("placed in X on alert") is the placing reading's
    if any(_place_prep(p) for p in verb.children):
        return None
    # "helicopters were placed on standby at the X base": ready where the state
    # puts them, a possible move
    location = _located(states)
    # ("units were placed on high alert at X": on alert where they are, there; GUIDELINES:
    # standby is possible)
    standby = any(s.lower_ in dlx.STANDBY_WORDS for s in states)
    modality = "possible" if location is None or standby else None
    return _forces(verb, ("dobj", "nsubjpass")), location, modality


def _kept_on_alert(verb):
    """'border units were on high alert in X', 'the navy keeps a frigate on standby
    in Y': the force in a state of readiness where a preposition on the state puts it, a
    possible move."""
    dep = plx.KEPT_ALERT_VERBS.get(verb.lemma_)
    if dep is None:
        return None
    states = _alert_states(verb)
    if not states:
        return None
    # ("the armed forces remained on high alert": with no place, whose forces they are is
    # too often another clause's; measured, more wrong owners than right)
    location = _located(states)
    if location is None:
        return None
    return _forces(verb, (dep,)), location, "possible"


def _guarding(verb):
    """'troops would guard the parliament building', 'soldiers manning checkpoints on the
    roads into X': the subject force (or the force the participle modifies), at the site."""
    if verb.lemma_ not in plx.SITE_HOLDING_VERBS:
        return None
    # "the bridge is being guarded by X troops", "the ministry, which was guarded by Y
    # soldiers": the agent holds the passive's subject (or the noun its relative stands for)
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    deps = ("nsubjpass",) if agents else ("dobj",)
    site = next((antecedent(c) for c in verb.children if c.dep_ in deps), None)
    if site is None:
        return None
    if site.lower_ in plx.MANNED_POST_HEADS:
        # "manning checkpoints on the roads into X": the posts stand on the place
        location = _located([site], phrase=comma_free_phrase)
    elif (site.lemma_.lower() in plx.GUARDED_SITE_HEADS or is_place(site)) and definite(site):
        location = comma_free_phrase(site)
    else:
        return None
    if location is None:
        return None
    if agents:
        forces = (force_under(a) for a in agents if a.dep_ == "pobj")
        return [f for f in forces if f is not None][:1], location, None
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return _modified_force(verb), location, None
    return _forces(verb, ("nsubj",)), location, None


def _bound(verb):
    """'a frigate bound for the X Sea', 'paratroopers lifted off from X, bound for Y': the
    force headed for the place, there (its destination, never where it leaves)."""
    preposition = plx.DESTINED_WORDS.get(verb.lower_)
    if preposition is None:
        return None
    place = next(
        (
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == preposition
            for o in p.children
            if o.dep_ == "pobj" and is_place(o) and definite(o)
        ),
        None,
    )
    if place is None:
        return None
    if verb.dep_ == "acl":
        forces = _modified_force(verb)
    elif verb.dep_ == "advcl":
        forces = _forces(verb.head, _SUBJECTS)
    else:
        forces = _forces(verb, _SUBJECTS)
    return forces, place_phrase(place), None


def _place_prep(prep):
    """The definite place or site of a preposition of where ('around X', 'on the Y road'),
    or None."""
    if prep.dep_ not in ("prep", "conj") or prep.lower_ not in plx.POSTURE_PREPOSITIONS:
        return None
    for obj in prep.children:
        if obj.dep_ != "pobj" or not definite(obj):
            continue
        if is_place(obj) or obj.lemma_.lower() in plx.GUARDED_SITE_HEADS:
            return obj
    return None


def _located(holders, phrase=place_phrase) -> str | None:
    """The wording of the first place a preposition on one of ``holders`` names, with the
    places of prepositions coordinated with it ('in X and along the road to Y')."""
    for holder in holders:
        for prep in holder.children:
            place = _place_prep(prep)
            if place is None:
                continue
            text = phrase(place)
            if prep.lower_ not in plx.BARE_PLACE_PREPOSITIONS:
                text = f"{prep.text} {text}"
            for conj in prep.children:
                other = _place_prep(conj) if conj.dep_ == "conj" else None
                if other is not None:
                    text += f" and {conj.text} {phrase(other)}"
            return text
    return None
