"""Invasions not (yet) made: 'X could invade Y at any moment', 'X denied it plans to invade',
'X could launch an invasion of Y within days' put X's forces at Y as a possible, planned,
claimed or denied move (GUIDELINES), though no force is named. An invasion stated as made
('since X invaded Y', 'X's invasion of Y') is a past invasion, no deployment."""

from __future__ import annotations

from kg.extract.common import mention, sentence_date, sentence_of
from kg.extract.deployments.modality import modality_of
from kg.extract.deployments.owners import actor_of
from kg.extract.deployments.places import definite, is_place, of_object, place_phrase
from kg.extract.lexicon import deployments as dlx
from kg.extract.lexicon.common import CONDITION_MARKS
from kg.models import MilitaryDeployment

# The force text of an invasion no force noun names.
_FORCE = "invasion force"


def unmade_invasion(doc, article, actors, word, name) -> MilitaryDeployment | None:
    """The deployment of an invasion a verb or noun of invading speaks of as possible,
    planned, claimed or denied, or None (a made one, or one of no state or group)."""
    if not _invading(word):
        return None
    modality = modality_of(word, word)
    if modality == "reported":
        return None  # "X invaded Y in 2014", "since the invasion": past invasions
    # "accuse X of preparing an invasion": a noun of invading only hedged or denied (the
    # seed gold enters no accusation of one being prepared)
    if word.pos_ == "NOUN" and modality not in ("possible", "denied"):
        return None
    actor = _invader(actors, word)
    if actor is None:
        return None
    return MilitaryDeployment(
        actor=actors.use(actor),
        force=_FORCE,
        modality=modality,
        mention=mention(doc, word.idx, word.idx + len(word), name),
        size=None,
        size_text=None,
        location=_invaded_place(word),
        date=sentence_date(sentence_of(word), article.date, future=modality == "planned"),
    )


def _invading(word) -> bool:
    """'X could invade', 'plans to launch an invasion', 'an invasion could come': a verb of
    invading, or a noun of one that a verb of launching governs or a modal hedges, whose
    verb is not past ('invaded', 'has launched its invasion', 'would have invaded')."""
    if word.pos_ == "VERB" and word.lemma_ in dlx.INVADING_VERBS:
        verb = word
    elif word.pos_ == "NOUN" and word.lemma_.lower() in dlx.INVASION_NOUNS:
        verb = word.head
        launched = word.dep_ == "dobj" and verb.lemma_ in dlx.LAUNCHING_VERBS
        # "an invasion could come within days" (not "the invasion could escalate")
        hedged = word.dep_ == "nsubj" and verb.lemma_ in dlx.HAPPENING_VERBS
        hedged = hedged and any(
            c.dep_ == "aux" and c.lower_ in dlx.POSSIBLE_MODALS for c in verb.children
        )
        if not (launched or hedged):
            return False  # "since the invasion", "to deter an invasion"
    else:
        return False
    # "if Moscow decides to invade, we will retaliate": an invasion a condition supposes is
    # no move (the seed gold enters none)
    if any(_conditional(node) for node in [verb, *verb.ancestors][:4]):
        return False
    # "may have forced X to invade": what a past verb made one do was done
    made = verb.dep_ == "xcomp" and verb.head.lemma_ not in dlx.DENIAL_VERBS and _past(verb.head)
    return not _past(verb) and not made


def _conditional(clause) -> bool:
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children
    )


def _past(verb) -> bool:
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & {"have", "has", "had"}))


def _invader(actors, word) -> str | None:
    """The state or group that would invade: the verb's subject, the noun's owner ('a
    Russian invasion') or the subject of the verb whose object it is ('X could launch an
    invasion'; not 'the Pentagon warned that an invasion could come')."""
    subjects = [c for c in word.children if c.dep_ == "nsubj"]
    if word.pos_ == "VERB" and subjects and subjects[0].lower_ not in dlx.SELF_PRONOUNS:
        # "X could invade", "Russian troops could invade" ("100,000 forces would invade"
        # names no one; the speaker is no invader)
        subject = subjects[0]
        key = actors.resolve(list(subject.subtree), before=subject.i + 1)
    elif word.pos_ == "VERB":
        key = actor_of(actors, word, word) or _speaker_of_pronoun(actors, word)
    else:
        key = next((actors.key_at(c) for c in word.children if actors.key_at(c)), None)
        if key is None and word.dep_ == "dobj":
            key = actor_of(actors, word.head, word)
    if key is None:
        return None
    key = actors.acting_for(key) or actors.state_of(key) or key
    # "the invasion Biden warned of": a person of no state invades nothing
    if actors.records[key].type not in ("Country", "Group"):
        return None
    return key


def _speaker_of_pronoun(actors, verb) -> str | None:
    """'X insists it has no intention of invading Y': the one a pronoun subject on the way
    up stands for, the subject of the clause that reports it."""
    node, pronoun = verb, False
    for _ in range(6):
        for child in node.children:
            if child.dep_ == "nsubj" and child.lower_ in dlx.SELF_PRONOUNS:
                pronoun = True
            elif child.dep_ == "nsubj" and pronoun:
                return actors.resolve(list(child.subtree), before=child.i + 1)
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _invaded_place(word) -> str | None:
    """'invade Y', 'an invasion of Y': the place invaded, if named."""
    if word.pos_ == "VERB":
        places = [c for c in word.children if c.dep_ == "dobj"]
    else:
        places = [of_object(word)] if of_object(word) is not None else []
        places += [
            g
            for c in word.children
            if c.dep_ == "prep" and c.lower_ in dlx.INVADED_PREPOSITIONS
            for g in c.children
            if g.dep_ == "pobj"
        ]
    for place in places:
        if is_place(place) and definite(place):
            return place_phrase(place)
    return None
