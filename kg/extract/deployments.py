"""Military deployments: who moved or keeps which forces where, how many, how certain."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.common import heads, in_headline, mention, sentence_date, sentence_of
from kg.models import MilitaryDeployment
from kg.ns import KG

NAME = "kg.deployment.v6"
produces = KG.MilitaryDeployment


def extract(doc, article, actors) -> list[MilitaryDeployment]:
    out: list[MilitaryDeployment] = []
    covered: set[int] = set()  # force tokens already in a deployment
    for token in doc:
        if in_headline(token):
            continue
        if token.pos_ == "VERB" and token.lemma_ in lx.DEPLOYMENT_VERBS:
            force = _force_of_verb(token)
        elif token.pos_ == "VERB" and token.lemma_ in lx.ADVANCE_VERBS:
            force = _force_of_advance(token)
        elif token.lemma_.lower() in lx.DEPLOYMENT_NOUNS and token.pos_ == "NOUN":
            force = _force_of_noun(token) or _held_presence(actors, token)
        else:
            continue
        if force is None or force.i in covered:
            continue
        if token.lemma_ == "build" and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in token.children
        ):
            continue
        if (
            token.lemma_ in lx.PLACED_ONLY_VERBS
            and _location(token, force, places_only=True) is None
        ):
            continue
        # "3,000 troops in Romania, two squadrons of jets in the UK and two destroyers in
        # Spain": each coordinated force is its own deployment
        for each in [force, *_coordinated_forces(token, force)]:
            if each.i in covered:
                continue
            deployment = _deployment(doc, article, actors, token, each)
            if deployment is not None:
                covered.add(each.i)
                out.append(deployment)
                out += _gapped(actors, token, deployment)
    # presence with a number: "around 100,000 Russian troops could participate ..."
    for token in doc:
        if token.i in covered or not _stands_alone(token) or in_headline(token):
            continue
        if not any(c.dep_ == "nummod" for c in token.children):
            continue
        if token.head.lemma_ in lx.NOT_DEPLOYMENT_VERBS:
            continue
        if _few_people(token):
            continue
        deployment = _deployment(doc, article, actors, token.head, token)
        if deployment is not None:
            covered.add(token.i)
            out.append(deployment)
    # presence without a movement verb: "the Kremlin's forces in occupied areas"
    for token in doc:
        if token.i in covered or not _stands_alone(token) or in_headline(token):
            continue
        if _few_people(token):
            continue
        deployment = _presence(doc, article, actors, token)
        if deployment is not None:
            covered.add(token.i)
            out.append(deployment)
    return _once(out)


def _gapped(actors, trigger, deployment) -> list[MilitaryDeployment]:
    """'France's presence has risen to 969, and Italy's from 350 to 385': a conjunct
    that keeps only its owner and its numbers repeats the presence for that owner."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return []
    out = []
    for conjunct in trigger.head.children:
        if conjunct.dep_ != "conj":
            continue
        # a conjunct with its own object or force says something else
        if any(c.dep_ in ("dobj", "attr") for c in conjunct.children):
            continue
        # the parser makes the owner the conjunct itself or its subject
        owners = [conjunct, *(c for c in conjunct.children if c.dep_ in ("nsubj", "poss"))]
        owners = [c for c in owners if actors.key_at(c)]
        key = actors.acting_for(actors.key_at(owners[0])) if owners else None
        # the count is where it rose to: the number after the last "to"
        ends = [t for t in conjunct.subtree if t.lower_ == "to"]
        number = next((t for t in ends[-1].children if t.like_num), None) if ends else None
        if key is None or number is None or key == deployment.actor:
            continue
        size = _to_int(number.text)
        if size is not None:
            out.append(replace(deployment, actor=actors.use(key), size=size, size_text=None))
    return out


def _few_people(force) -> bool:
    """'two soldiers laid a wreath': a handful of people with no movement verb are
    individuals, not a deployment ('two destroyers' are a force)."""
    size = _size(force, force.head)[0]
    return force.lower_ in lx.GENERIC_FORCES and size is not None and size < _FEWEST_PEOPLE


def _once(found: list[MilitaryDeployment]) -> list[MilitaryDeployment]:
    """A deployment repeated later in the article ('Macron again would not rule out
    sending troops') is one fact."""
    seen, out = set(), []
    for deployment in found:
        key = (deployment.actor, deployment.force, deployment.size, deployment.location)
        if key not in seen and not any(_same_presence(deployment, kept) for kept in out):
            seen.add(key)
            out.append(deployment)
    return out


def _same_presence(one, other) -> bool:
    """'Syrian forces hold the depot' and 'Syrian troops are trapped in the depot':
    forces of no stated kind, of one actor and at one place, are one deployment."""
    if one.actor != other.actor or one.size is not None or other.size is not None:
        return False
    if one.location is None or other.location is None:
        return False
    kinds = {one.force.split()[-1], other.force.split()[-1]}
    if not kinds <= lx.GENERIC_FORCES:
        return False
    words = [set(re.findall(r"\w+", d.location.lower())) - {"the"} for d in (one, other)]
    # "the depot" and "the town's fuel depot" are one place; "eastern Ukraine" and
    # "southern Ukraine" two
    last = [d.location.lower().split()[-1] for d in (one, other)]
    if (words[0] <= words[1] or words[1] <= words[0]) and last[0] == last[1]:
        return True
    shared = len(words[0] & words[1])
    return 2 * shared > 0.5 * (len(words[0]) + len(words[1]))


def _is_force(token) -> bool:
    """A force noun, or one that is a force only with its qualifier ('nuclear weapons')."""
    if token.lower_ in lx.FORCE_NOUNS:
        return True
    qualifiers = lx.QUALIFIED_FORCE_NOUNS.get(token.lower_, ())
    return any(c.dep_ in ("amod", "compound") and c.lower_ in qualifiers for c in token.children)


def _stands_alone(token) -> bool:
    """A force noun that heads its own force phrase: not the "battalion" of "battalion
    tactical groups" nor the "squadrons" of "squadrons of fighters"."""
    if not _is_force(token):
        return False
    if token.dep_ in ("compound", "nmod") and _is_force(token.head):
        return False
    deeper = _of_object(token)
    return deeper is None or not _is_force(deeper)


def _presence(doc, article, actors, force):
    """A force that a state's name or demonym modifies, placed somewhere by a preposition
    on it or on the verb it is the subject or object of."""
    # "Iraq has troops in Kuwait": a force the subject holds is the subject's
    held = force.dep_ == "dobj" and force.head.lemma_ in lx.HOLD_VERBS
    if (
        not held
        and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod") and actors.key_at(c)
            for c in force.children
        )
        and not any(_its_owner(actors, c) for c in force.children)
    ):
        return None
    controlled = _controlled_place(force)
    if controlled is not None:
        verb, location = controlled
        return _deployment(doc, article, actors, verb, force, location)
    # "Ukrainian soldiers fighting near X say ...", "Russian troops who hold the town"
    for clause in force.children:
        if clause.dep_ in ("acl", "relcl") and clause.lemma_ in lx.PRESENCE_CLAUSE_VERBS:
            if _infinitive(clause):
                continue
            location = _location(clause, clause, places_only=True) or _held_place(clause)
            if location is not None:
                return _deployment(doc, article, actors, clause, force, location)
    head = force.head if force.dep_ in ("nsubj", "dobj", "nsubjpass") else force
    if head.lemma_ in lx.NOT_DEPLOYMENT_VERBS or head.lemma_ in lx.SPEECH_VERBS:
        return None
    # with no movement verb, only a place makes it a deployment: "Russian forces bombed
    # civilians in Irpin" places them, "inflicted horror on civilians" does not
    location = _location(head, force, places_only=True)
    if location is None and force.dep_ == "nsubj":
        location = _state_place(head) or _operation_place(head) or _held_place(head)
        if location is None and head.lemma_ in lx.ATTEMPT_VERBS:
            # "the Russian army is trying to encircle the city"
            for clause in head.children:
                if clause.dep_ == "xcomp" and location is None:
                    location = _operation_place(clause) or _held_place(clause, attempted=True)
    if location is None:
        return None
    return _deployment(doc, article, actors, head, force, location)


def _held_place(verb, attempted: bool = False):
    """'Ukrainian troops are holding the town': the place a force holds or besieges (an
    infinitive only when tried: 'to defend their country' is what a force is for)."""
    if verb.lemma_ not in lx.HOLD_PLACE_VERBS or (_infinitive(verb) and not attempted):
        return None
    for place in verb.children:
        if place.dep_ == "dobj" and _is_place(place) and _definite(place):
            return _place_phrase(place)
    return None


def _controlled_place(force):
    """'the depot, which is under the control of Syrian forces': the force holds
    the subject of the verb its control hangs on. Returns that verb and the place."""
    holder = force.head
    if force.dep_ != "pobj" or holder.lower_ not in ("of", "by"):
        return None
    noun = holder.head
    if holder.dep_ == "agent" and noun.lemma_ in lx.HOLD_PLACE_VERBS:
        # "Donbas, which is now controlled by Russian forces"
        verb = noun
    else:
        # "under the control of Ukrainian forces"
        if noun.lemma_.lower() not in lx.CONTROL_NOUNS or noun.dep_ != "pobj":
            return None
        if noun.head.lower_ != "under" or noun.head.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = noun.head.head
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        # "which is under ...": the place is the noun the clause describes
        if subject.tag_ in ("WDT", "WP", "IN") and verb.dep_ == "relcl":
            place = verb.head
            if _is_place(place) and _definite(place):
                text = place.doc[place.left_edge.i : verb.left_edge.i].text
                return verb, text.strip(" ,")
            return None
        if _is_place(subject) and _definite(subject):
            return verb, _place_phrase(subject)
    # "Crimea, occupied by Russian forces": the place the participle describes
    place = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _is_place(place) and _definite(place):
        return verb, place.doc[place.left_edge.i : verb.left_edge.i].text.strip(" ,")
    return None


def _infinitive(verb) -> bool:
    """'to defend their country' says what a force is for, not where it is."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _state_place(verb):
    """'troops are trapped in the depot', 'soldiers are dug in near X': the place of
    the state the force is in, on the verb's complement."""
    for complement in verb.children:
        if (
            complement.dep_ in ("acomp", "oprd")
            and complement.lemma_ not in lx.NOT_DEPLOYMENT_VERBS
        ):
            for prep in complement.children:
                place = _place_of_prep(prep)
                if place is not None:
                    return place
    return None


def _operation_place(verb):
    """'Russian forces continue their siege of X': the place of the force's operation."""
    if verb.lemma_ in lx.NOT_DEPLOYMENT_VERBS:
        return None
    for operation in verb.children:
        if operation.dep_ == "dobj" and operation.lemma_.lower() in lx.OPERATION_NOUNS:
            for prep in operation.children:
                if prep.lower_ in ("of", "on", "in", "toward", "towards", "into"):
                    place = _place_of_prep(prep)
                    if place is not None:
                        return place
    return None


def _place_of_prep(prep):
    """The definite place a preposition names, or None."""
    if prep.dep_ != "prep" or prep.lower_ not in (*lx.LOCATION_PREPOSITIONS, "of"):
        return None
    if prep.lower_ in ("from", "to"):
        return None
    for pobj in prep.children:
        if pobj.dep_ == "pobj" and _is_place(pobj) and _definite(pobj):
            text = _place_phrase(pobj)
            if prep.lower_ in ("near", "around", "along", "across", "inside", "within", "outside"):
                text = f"{prep.text} {text}"
            return text
    return None


def _place_phrase(place) -> str:
    """A place without what is said of it: 'the depot under fire' is the depot; 'the
    city of X', 'the towns in northern Y' keep their qualifier."""
    text = _phrase(place)
    for child in place.rights:
        if child.dep_ == "prep" and child.lower_ not in lx.PLACE_QUALIFIERS:
            cut = place.doc[place.left_edge.i : child.i].text
            return cut if len(cut) < len(text) else text
    return text


def _definite(place) -> bool:
    """'a city that forms part of the route' is no place one can name; 'the city', 'X'
    are."""
    if place.pos_ == "PROPN" or place.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if any(t.pos_ == "PROPN" for t in place.subtree):
        return True
    determiners = [c for c in place.children if c.dep_ in ("det", "poss")]
    if not determiners:
        # a bare singular is a headline's ("advance on corridor city") unless a state's
        # name or demonym makes it one ("on Ukrainian soil")
        return place.tag_ != "NN" or any(c.ent_type_ in ("NORP", "GPE") for c in place.children)
    return not any(c.lower_ in ("a", "an", "some", "any") for c in determiners)


def _force_of_verb(verb):
    candidates = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        # "troops that Russia sent", "weapons stationed in Belarus": the force is the
        # noun the clause describes
        candidates.append(verb.head)
    if verb.dep_ in ("xcomp", "acl", "relcl") or not candidates:
        # "troops continue to be sent": the force is the subject of the verb it hangs on
        candidates += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.lemma_ in ("move", "mass", "gather", "deploy", "concentrate", "station"):
        candidates += [c for c in verb.children if c.dep_ == "nsubj"]
    for candidate in candidates:
        force = _descend_to_force(candidate)
        if force is not None:
            return force
    # "accumulates a large artillery feature": a noun that a force noun qualifies
    for candidate in candidates:
        if candidate.pos_ == "NOUN" and any(
            c.dep_ == "compound" and _is_force(c) for c in candidate.children
        ):
            return candidate
    return None


def _held_presence(actors, noun):
    """'Wagner has had a presence in the Central African Republic': a state or armed
    group that holds a presence somewhere has forces there (a company's does not)."""
    if noun.lemma_.lower() != "presence" or noun.dep_ != "dobj":
        return None
    if noun.head.lemma_ not in lx.HOLD_VERBS or _location(noun, noun, places_only=True) is None:
        return None
    for child in noun.head.children:
        if child.dep_ == "nsubj":
            key = actors.resolve(list(child.subtree), before=child.i + 1)
            if key and actors.records[key].type in ("Country", "Group"):
                return noun
    return None


def _force_of_advance(verb):
    """The force that moves itself: 'Russian troops stormed the city', 'forced its troops
    to fight in Ukraine'. Only with a place, since 'forces fought back' places nothing."""
    candidates = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "xcomp" and not candidates:
        candidates = [c for c in verb.head.children if c.dep_ == "dobj"]
        # "Russian troops are trying to advance toward X": the subject of the attempt
        candidates = candidates or [c for c in verb.head.children if c.dep_ == "nsubj"]
    for candidate in candidates:
        force = _descend_to_force(candidate)
        if force is None and candidate.lemma_.lower() in lx.ADVANCING_BODIES:
            force = candidate
        if force is not None and (_location(verb, force) is not None or _joins_war(verb)):
            return force
    return None


def _joins_war(verb) -> bool:
    """'troops would join the war': into a war, if to no named place."""
    if verb.lemma_ != "join":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lx.WAR_WORDS for c in verb.children)


def _force_of_noun(noun):
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                force = _descend_to_force(pobj)
                if force is not None:
                    return force
        if child.dep_ in ("compound", "amod") and _is_force(child):
            return child
    # "the US military presence in Europe": the presence is the force
    if any(c.dep_ in ("compound", "amod") and c.lower_ in lx.PRESENCE_KINDS for c in noun.children):
        return noun
    return None


def _coordinated_forces(trigger, force):
    """Forces listed alongside the first one, under the same trigger."""
    tops = [force]
    while tops[-1].dep_ == "pobj" and tops[-1].head.head not in (trigger, tops[-1]):
        tops.append(tops[-1].head.head)  # climb "a brigade of troops" to the list item
    items = []
    for top in tops:
        items += [c for c in top.children if c.dep_ in ("conj", "appos")]
    items += [c for c in trigger.children if c.dep_ == "appos"]
    out = []
    while items:
        item = items.pop(0)
        found = _descend_to_force(item)
        if found is not None and found is not force and found not in out:
            out.append(found)
        items += [c for c in item.children if c.dep_ == "conj"]
    return out


def _descend_to_force(token):
    """'tens of thousands of soldiers' -> soldiers; 'a brigade of 3,000 troops' -> troops."""
    for _ in range(4):
        if _is_force(token):
            deeper = _of_object(token)
            if deeper is not None and _is_force(deeper):
                return deeper
            return token
        nxt = None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                nxt = next((c for c in child.children if c.dep_ == "pobj"), None)
        if nxt is None:
            return None
        token = nxt
    return None


def _of_object(token):
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _deployment(doc, article, actors, trigger, force, location=None):
    # "missiles were launched from Crimea" is a strike ("forces launched an offensive in
    # the south" places them); only the verb that governs the force counts
    if trigger.lemma_ in lx.STRIKE_VERBS and force.dep_ != "nsubj":
        return None
    # losses, withdrawals and deliveries mention forces without deploying them
    if any(t.lemma_ in lx.NOT_DEPLOYMENT_VERBS for t in [trigger, *_own_clause(heads(force, 3))]):
        return None
    if any(t.lower_ in lx.LOSS_WORDS for t in [*force.children, *heads(force, 3)]):
        return None
    # "soldiers took huge losses"
    if force.dep_ == "nsubj" and any(t.lower_ in lx.LOSS_WORDS for t in force.head.children):
        return None
    # "training Ukraine's forces", "the wounded soldiers": the words before the force
    if any(t.lemma_ in lx.NOT_DEPLOYMENT_VERBS for t in force.doc[force.left_edge.i : force.i]):
        return None
    # "troops dying each day", "soldiers killed in the battle"
    if any(
        c.dep_ in ("acl", "relcl") and c.lemma_ in lx.NOT_DEPLOYMENT_VERBS for c in force.children
    ):
        return None
    # "it would have taken 60 days to move tanks": a counterfactual moved nothing
    if any(_counterfactual(node) for node in [trigger, *heads(trigger, 2)]):
        return None
    # "the enemy's infantry": whose enemy is the speaker's side, which the sentence's
    # subject or speaker would name wrongly
    if any(t.lower_ in lx.ENEMY_WORDS for t in force.subtree if t.i < force.i):
        return None
    actor = actors.acting_for(_actor(actors, trigger, force))
    if actor is None:
        return None
    size, size_text = _size(force, trigger)
    begin = min(trigger.idx, force.idx)
    end = max(trigger.idx + len(trigger), force.idx + len(force))
    sentence = sentence_of(force)
    location = location or _location(trigger, force)
    span = mention(doc, begin, end, NAME)
    # a state's own account of its forces is its report; a warlord's or a party's is a claim
    own_word = actors.records[actor].type != "Country" and _speaker_is_actor(actors, trigger, actor)
    modality = _modality(trigger, force, own_word)
    return MilitaryDeployment(
        actor=actors.use(actor),
        force=_force_text(force),
        modality=modality,
        mention=span,
        size=size,
        size_text=size_text,
        location=location,
        date=sentence_date(sentence, article.date, future=modality == "planned"),
    )


def _counterfactual(verb) -> bool:
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and "have" in auxes and bool(auxes & {"would", "could", "might"})


def _own_clause(chain):
    """The heads up to the end of the force's clause: in '... to provide boots as its
    forces flag', 'provide' is another clause's verb."""
    out = []
    for node in chain:
        out.append(node)
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            break
    return out


def _force_text(force) -> str:
    words = [
        c
        for c in force.lefts
        if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("NORP", "GPE")
    ]
    words = [w for w in words if w.lower_ not in lx.FORCE_FILLERS and w.tag_ != "VBN"]
    return " ".join([*(w.text for w in words), force.text]).lower()


def _actor(actors, trigger, force):
    # 1. the force's own modifier: "Russian troops", "Russia's forces", "US troops"; in
    # "Russia's Wagner mercenaries" the group is nearer than its patron
    owners = [
        actors.key_at(c)
        for c in force.children
        if c.dep_ in ("amod", "compound", "poss", "nmod") and actors.key_at(c)
    ]
    for key in owners:
        if actors.records[key].type in ("Group", "Organization"):
            return key
    if owners:
        return owners[0]
    for child in force.children:
        owner = _its_owner(actors, child)
        if owner:
            return owner
    for child in force.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            for pobj in child.children:
                if actors.key_at(pobj):
                    return actors.key_at(pobj)
    # 2. the subject of the trigger or of the verbs it hangs on
    node = trigger
    for _ in range(4):
        for child in node.children:
            # "Moscow has been accused of having massed": a passive subject above the
            # trigger (at the trigger it is the force itself)
            subject = child.dep_ == "nsubj" or (
                child.dep_ == "nsubjpass" and node.i != trigger.i and trigger.pos_ == "VERB"
            )
            if subject and child.i != force.i and force not in child.subtree:
                key = actors.resolve(list(child.subtree), before=child.i + 1)
                if key:
                    return key
            if child.dep_ == "agent":
                for pobj in child.children:
                    key = actors.resolve(list(pobj.subtree), before=pobj.i + 1)
                    if key:
                        return key
        # "Russia, accused of having massed troops": the noun the participle describes,
        # which after a comma is the one just before it, whatever the parser hung it on
        # "Poland and the Baltic states sending troops": the doer the gerund describes
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.i != force.i:
            doer = node.head
            key = actors.key_at(doer)
            if key is None and doer.dep_ == "conj":
                key = actors.key_at(doer.head)
            if key:
                return key
        if node.dep_ == "acl" and node.tag_ == "VBN" and node.head.i != force.i:
            left = node.doc[node.left_edge.i - 1]
            described = node.doc[left.i - 1] if left.text == "," and left.i > 0 else node.head
            key = actors.key_at(described) or actors.resolve([node.head], before=node.i)
            if key:
                return key
        if node.head is node:
            break
        node = node.head
    return None


def _its_owner(actors, token):
    """'as its forces flag': 'its' is the state or body last named as a subject in the
    sentence."""
    if token.dep_ != "poss" or token.lower_ != "its":
        return None
    for subject in reversed([t for t in sentence_of(token) if t.i < token.i]):
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        key = actors.resolve(list(subject.subtree), before=subject.i + 1)
        if key and actors.records[key].type in ("Country", "Organization", "Group"):
            return key
    return None


# fewer people than this, counted with no movement verb, are individuals
_FEWEST_PEOPLE = 10

# a number glued to a letter or hyphen is a model name ("Su-25"), not a count
_NUMBER = re.compile(r"(?<![\w-])\d[\d,.]*")
_SCALES = {"thousand": 1_000, "million": 1_000_000, "hundred": 100}


def _size(force, trigger):
    # "the troop presence has risen from 300 to 969": a presence counts where it rose to
    if force.lemma_.lower() in lx.DEPLOYMENT_NOUNS and force.dep_ == "nsubj":
        for prep in force.head.children:
            target = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.lower_ == "to" and target is not None and target.like_num:
                text = " ".join(t.text for t in target.subtree)
                return _to_int(text), None
    # "120 battalion tactical groups": the number may hang on a compound
    modifiers = [
        *force.children,
        *(g for c in force.children if c.dep_ in ("compound", "nmod") for g in c.children),
    ]
    numbers = [
        c
        for c in modifiers
        if c.dep_ == "nummod" or (c.like_num and c.dep_ in ("amod", "quantmod"))
    ]
    # "F-35 fighters": a number glued to a letter is a model name, not a size
    numbers = [c for c in numbers if _is_count(c)]
    # "tens of thousands of soldiers", "one of its two carriers": the amount is the chain
    # of heads above the force, before any number on the force itself
    chain, node = [], force
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head is not node:
        node = node.head.head
        chain.append(node)
    if chain:
        first = chain[-1]
        text = force.doc[first.left_edge.i : force.i].text.strip()
        text = re.sub(r"\s+of$", "", text)
        value = _to_int(text)
        if value or not numbers:
            return value, (None if value else text)
    if numbers:
        number = numbers[0]
        words = sorted(
            [number, *[t for t in number.subtree if t.like_num or t.lower_ in _SCALES]],
            key=lambda t: t.i,
        )
        text = " ".join(dict.fromkeys(t.text for t in words))
        return _to_int(text), None
    return None, None


def _is_count(number) -> bool:
    if number.lower_ in lx.NUMBER_WORDS:
        return True
    glued = number.i > 0 and number.nbor(-1).text == "-"
    return not glued and not any(ch.isalpha() for ch in number.text)


def _to_int(text: str) -> int | None:
    first = next((w for w in text.lower().split() if w in lx.NUMBER_WORDS or w[:1].isdigit()), "")
    if first in lx.NUMBER_WORDS:  # "two squadrons of F-35 fighters": two, not 35
        return lx.NUMBER_WORDS[first]
    match = _NUMBER.search(text)
    if not match:
        return None
    raw = match.group(0).rstrip(".,")
    try:
        value = float(raw.replace(",", "")) if raw.count(",") or raw.count(".") <= 1 else None
    except ValueError:
        return None
    if value is None:
        return None
    for word, scale in _SCALES.items():
        if word in text.lower():
            value *= scale
    return int(value) if value >= 1 else None


def _location(trigger, force, places_only: bool = False) -> str | None:
    # "stormed the city of X", "crossed the border": the object is where the force went
    if trigger.lemma_ in lx.PLACE_OBJECT_VERBS:
        for child in trigger.children:
            if child.dep_ == "dobj" and _is_place(child):
                return _phrase(child)
    holders = [trigger, force]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        # "boosting its presence in Okinawa": the parser often hangs the place on the verb
        holders.append(trigger.head)
    for head in holders:
        for child in _preps(head, partners=head.i == trigger.i and head.lemma_ in lx.ADVANCE_VERBS):
            if child.lower_ not in lx.LOCATION_PREPOSITIONS:
                continue
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if not objects or objects[0].ent_type_ in ("DATE", "TIME", "CARDINAL"):
                continue
            if places_only and not _is_place(objects[0]):
                continue
            if places_only and not _definite(objects[0]):
                continue
            if objects[0].lemma_.lower() in lx.DIRECTION_HEADS:
                # "advance in the direction of X": X, wherever the parser hung "of X"
                found = _of_object(objects[0]) or _of_object(head)
                if found is not None and (found.pos_ == "PROPN" or _is_place(found)):
                    return _phrase(found)
                continue  # "from multiple directions" names no place
            if objects[0].lemma_.lower() in lx.NOT_LOCATION_HEADS:
                # "to the defence of Estonia": the place is the state defended
                place = _of_object(objects[0])
                if place is not None and place.ent_type_ == "GPE":
                    return place.text
                continue
            tokens = list(objects[0].subtree)
            text = force.doc[tokens[0].i : tokens[-1].i + 1].text
            if places_only:  # a present force: "in the factory under fire" is the factory
                text = _place_phrase(objects[0])
            if child.lower_ in ("near", "around", "along", "across", "inside", "within"):
                text = f"{child.text} {text}"
            return text
    # "sent to fight in Ukraine": the place of the purpose clause
    for clause in trigger.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.pos_ == "VERB" and clause.i > trigger.i:
            found = _location(clause, clause, places_only)
            if found is not None:
                return found
    # "Estonia, where Britain has 1,700 personnel deployed"
    for node in (trigger, *heads(trigger, 2)):
        where = node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children)
        if where and node.head.ent_type_ in ("GPE", "LOC", "FAC"):
            return node.head.text
        # "the town, where Ukrainian troops are dug in"
        if where and _is_place(node.head) and _definite(node.head):
            return _phrase(node.head)
    return None


def _preps(head, partners: bool):
    """Prepositions on a head, and those the parser hung on a partner instead: in 'fight
    with Russia in Ukraine' the place is the fight's, not Russia's."""
    out = []
    for child in head.children:
        if child.dep_ != "prep":
            continue
        out.append(child)
        if partners and child.lower_ in lx.PARTNER_PREPOSITIONS:
            for pobj in child.children:
                out += [c for c in pobj.children if c.dep_ == "prep"]
    return out


def _phrase(token) -> str:
    """A noun phrase without what a comma sets off: 'Rostov, a large city in ...' is
    Rostov."""
    tokens = list(token.subtree)
    for child in token.rights:
        start = child.left_edge.i
        if child.dep_ in ("appos", "relcl", "acl") and token.doc[start - 1].text == ",":
            tokens = [t for t in tokens if t.i < start - 1]
            break
    return token.doc[tokens[0].i : tokens[-1].i + 1].text


def _is_place(token) -> bool:
    if token.lemma_.lower() in lx.PLACE_HEADS or token.lower_ in lx.PLACE_HEADS:
        return True
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    # the model often tags a small town as an organisation or a person, or not as a name
    named = token.pos_ == "PROPN" or (token.ent_type_ != "" and token.text[:1].isupper())
    return named and token.ent_type_ not in _NOT_PLACE_ENTITIES


_NOT_PLACE_ENTITIES = ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT")


def _modality(trigger, force, speaker_is_actor: bool = False) -> str:
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
        if node.head is node:
            break
        if node.dep_ == "conj" and any(c.lower_ in ("but", "yet") for c in node.head.children):
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
    ):
        return "denied"
    above = set(lemmas - {trigger.lemma_})
    # "ordered forces to deploy": an order is a plan ("announced it has sent" is done)
    ordered = above & lx.ANNOUNCE_VERBS and trigger.tag_ not in ("VBD", "VBN")
    planned = words & lx.PLANNED_WORDS or above & lx.PLAN_VERBS or ordered
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
    if planned or _is_to(trigger):
        return "planned"
    # "Biden announced the stationing of ...": an announced deployment is a plan
    if trigger.pos_ == "NOUN" and trigger.head.lemma_ in lx.ANNOUNCE_VERBS:
        return "planned"
    return "reported"


def _future_in_past(chain, words) -> bool:
    """'He said troops would be positioned there': reported 'would' is a future, not a
    condition, when nothing conditional goes with it."""
    if words & lx.POSSIBLE_MODALS != {"would"} or words & lx.POSSIBLE_WORDS:
        return False
    return any(n.dep_ == "ccomp" and n.head.tag_ == "VBD" for n in chain)


def _is_to(verb) -> bool:
    """'Britain is to send troops': be + to-infinitive is a plan ('continue to' is not)."""
    return verb.head.lemma_ == "be" and any(c.lower_ == "to" for c in verb.children)


def _speaker_is_actor(actors, trigger, actor) -> bool:
    """Whether the deployment is reported by its own actor ('Prigozhin said he has 25,000
    fighters'): a claim, where a rival's account of it is a report."""
    for node in heads(trigger, 4):
        if node.lemma_ in lx.ANNOUNCE_VERBS:
            return False  # announcing one's own deployment is a plan, not a claim
        if node.lemma_ in lx.SPEECH_VERBS and node.pos_ == "VERB":
            # "..., saying he has 25,000 fighters": the subject of the verb it hangs on
            holder = node.head if node.dep_ in ("advcl", "xcomp", "conj") else node
            for each in (node, holder):
                for child in each.children:
                    if child.dep_ == "nsubj":
                        key = actors.resolve(list(child.subtree), before=child.i + 1)
                        return key is not None and actors.acting_for(key) == actor
            return False
    return False
