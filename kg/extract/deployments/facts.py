"""The deployment fact: the extractor's versioned name, and the deployment of one force
under one trigger, unless the words around it make it none (a loss, a delivery, a
strike, a counterfactual, the enemy's forces, a moved force's usual base)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.common import heads, mention, sentence_date, sentence_of
from kg.extract.deployments.anaphora import mission_of
from kg.extract.deployments.captions import unkeyed_name_on
from kg.extract.deployments.first_person import quoted_speaker_owner
from kg.extract.deployments.forces import force_text, people_of_state
from kg.extract.deployments.group_owners import group_owner
from kg.extract.deployments.listed_owners import listed_modifier_owners, summed_up
from kg.extract.deployments.missions import peace_mission
from kg.extract.deployments.modality import modality_of
from kg.extract.deployments.origins import origin_owners
from kg.extract.deployments.owners import (
    actor_of,
    body_named_before,
    body_state,
    command_area,
    hosted_arms,
    last_named_state,
    named_before,
    named_formation,
    partner_owners,
    possessor_state,
    reported_by_actor,
    service_owner,
    stateless_service,
    unit_state,
)
from kg.extract.deployments.places import location_of
from kg.extract.deployments.presence_places import seized_place
from kg.extract.deployments.ships import prefix_owner
from kg.extract.deployments.sizes import size_of
from kg.extract.deployments.sources import armed_body
from kg.extract.deployments.state_bodies import only_state_before, stateless_state_body
from kg.extract.deployments.watchers import downing_craft
from kg.extract.lexicon import deployment_forces as flx
from kg.extract.lexicon import deployment_moves as mlx
from kg.extract.lexicon import deployments as dlx
from kg.models import MilitaryDeployment

NAME = "kg.deployment.v42"


# Who may own a service of no state by a possessive ("X's Y Force"): a state, an alliance or a
# group (GUIDELINES: the state or group whose forces they are).
_POSSESSING_BODIES = ("Country", "Organization", "Group")


def deployment_of(doc, article, actors, trigger, force, location=None, carried=None):
    """The deployment of a force its trigger moves or places, or None; ``carried`` is the
    owner a force that names none in its sentence takes from the one before."""
    # "missiles were launched from Crimea" is a strike ("forces launched an offensive in
    # the south" places them); only the verb that governs the force counts
    if trigger.lemma_ in lx.STRIKE_VERBS and force.dep_ != "nsubj":
        return None
    # "launched 170 drones, 30 cruise missiles and 120 ballistic missiles toward X": a
    # munition listed under a verb of firing is the strike, whichever trigger found it
    if force.lower_ in dlx.MUNITION_NOUNS and any(
        t.lemma_ in lx.STRIKE_VERBS for t in heads(force, 4) if t.pos_ == "VERB"
    ):
        return None
    if _home_base(trigger, force):
        return None
    # "Photo: EUFOR soldiers at X": a caption's name the actor reader keeps no actor from
    # gives an owner no reading can tell
    if unkeyed_name_on(actors, force):
        return None
    # "the bridge was attacked by two X sea drones": the attacker of a passive attack is
    # the strike itself
    agent = force.dep_ == "pobj" and force.head.dep_ == "agent"
    if agent and force.head.head.lemma_ in dlx.TARGETING_VERBS:
        return None
    # losses, withdrawals and deliveries mention forces without deploying them; a force
    # that captured a place is there ("fighters captured the town")
    above = heads(force, 3)
    if force.dep_ == "nsubj" and force.head.i == trigger.i and seized_place(trigger):
        above = above[1:]
        words = [*_own_clause(above)]
    else:
        words = [trigger, *_own_clause(above)]
    if any(
        t.lemma_ in lx.NOT_DEPLOYMENT_VERBS
        and not sighted_craft(t, force)
        and not downing_craft(t, force)
        and not trained_there(t, force)
        and not _people_provided(t, force, trigger)
        and not _done_where_placed(t, force, trigger)
        for t in words
    ):
        return None
    if any(
        t.lower_ in lx.LOSS_WORDS and not _done_where_placed(t, force, trigger)
        for t in [*force.children, *above]
    ):
        return None
    # "did not say how many soldiers had been redeployed": an amount asked is no fact
    if any(
        c.lower_ in ("many", "much") and any(g.lower_ == "how" for g in c.children)
        for c in force.children
    ):
        return None
    # "missiles flew over X": a munition that moves itself is a strike
    munition = force.lower_ in dlx.MUNITION_NOUNS and trigger.lemma_ in dlx.FLIGHT_VERBS
    if munition and _moves_itself(trigger, force):
        return None
    # "bought 400 tanks in X", "tanks were purchased from Y": arms procured
    if _procured(force):
        return None
    # "approved the sale of 40 jets to X", "the delivery of 50 tanks": arms traded; "a
    # reduction of US troops in X", "the drawdown of forces": a withdrawal
    if any(
        t.pos_ == "NOUN" and t.lemma_.lower() in dlx.TRADE_NOUNS | dlx.REDUCTION_NOUNS
        for t in above
    ):
        return None
    # "soldiers took huge losses"
    if force.dep_ == "nsubj" and any(t.lower_ in lx.LOSS_WORDS for t in force.head.children):
        return None
    # "training Ukraine's forces", "the wounded soldiers": the words before the force (not
    # a word that makes it a force: "a carrier strike group")
    qualifiers = lx.QUALIFIED_FORCE_NOUNS.get(force.lower_, frozenset())
    # ("live-fire drills": an exercise's kind is no act on a force)
    exercise = force.lemma_.lower() in dlx.EXERCISE_NOUNS
    if not exercise and any(
        t.lemma_ in lx.NOT_DEPLOYMENT_VERBS and t.lower_ not in qualifiers
        for t in force.doc[force.left_edge.i : force.i]
    ):
        return None
    # "troops dying each day", "soldiers killed in the battle"
    if any(
        c.dep_ in ("acl", "relcl") and c.lemma_ in lx.NOT_DEPLOYMENT_VERBS for c in force.children
    ):
        return None
    # "it would have taken 60 days to move tanks": a counterfactual moved nothing
    if any(_counterfactual(node) for node in [trigger, *heads(trigger, 2)]):
        return None
    # "an air strike on his fighters in X": the target of an attack
    if _attacked(force) or _acted_on(force) or _removed(force):
        return None
    # "the enemy's infantry": whose enemy is the speaker's side, which the sentence's
    # subject or speaker would name wrongly
    if any(t.lower_ in lx.ENEMY_WORDS for t in force.subtree if t.i < force.i):
        return None
    # a person deploys for the state the gazetteer or the article's titles give them, a
    # state's ministry or service for the state (GUIDELINES: the state, not the army); a
    # body of no state (an alliance, an armed group) is its own.
    # "the X Democratic Forces claimed to have 5,000 fighters": a group's own name, though
    # a demonym is in it
    owner = group_owner(actors, trigger, force, named_only=True)
    # "(the ministry said) 12 of the aircraft crossed the line": a definite force that moves
    # itself is the one named before, not the speaker's side
    if not owner and _moves_itself(trigger, force):
        owner = named_before(actors, force)
    owner = owner or actor_of(actors, trigger, force)
    actor = actors.acting_for(owner) or (owner and actors.state_of(owner))
    # ("the UN Interim Force": a peace mission named as a force is its own, no state's service)
    if actor is not None and not peace_mission(actors, actor):
        actor = _service_state(actors, actor)
        # "the X Army" kept as "Army", "the Y Military Forces" kept as "YMF": the state it is
        # named with elsewhere
        actor = body_state(actors, actor, doc) or actor
        # "Russia, which would send Red Army tanks": a service of no state in its name
        # deploys for the state the sentence gives it
        # ("Moscow confirmed instructors from its X Corps had landed": a corps the model
        # took for a group is the state's whose possessive one of its mentions carries,
        # where the force names the corps: "X Corps fighters")
        named = any(actors.key_at(t) == actor for t in force.subtree)
        if stateless_service(actors, actor) and actors.records[actor].type == "Group":
            actor = (named and possessor_state(actors, actor, doc, pronouns=True)) or actor
        elif stateless_service(actors, actor):
            actor = (
                service_owner(actors, trigger, force)
                or possessor_state(actors, actor, doc)
                or possessor_state(actors, actor, doc, types=_POSSESSING_BODIES)
                or unit_state(actors, force)
                or actor
            )
    if actor is None:
        # "JNIM fighters": an armed group the gazetteer does not list
        actor = (
            group_owner(actors, trigger, force)
            # '"We have deployed our troops," the X leader said': the speaker's side
            or quoted_speaker_owner(actors, trigger, force)
            or carried
            or body_named_before(actors, trigger)
            or _home_state(actors, force)
            or prefix_owner(actors, force)
            # "the mission's spokesman said peacekeepers were deployed to X"
            or mission_of(actors, force)
        )
    if actor is None:
        return None
    # "the X Brigade has been redeployed", "the Defence Department said frigates would
    # arrive": a state's unit or body named with no state deploys for the state
    if named_formation(actors, actor) and not peace_mission(actors, actor):
        actor = (
            prefix_owner(actors, force)
            or service_owner(actors, trigger, force)
            or possessor_state(actors, actor, doc)
            or _commanded_ground(actors, actor, trigger)
            or unit_state(actors, force)
            or actor
        )
    # "the Ministry of Defence said troops were sent": a state's body no rule gave a state
    # deploys for the one state the text names before it (GUIDELINES: the state, not the army)
    if not peace_mission(actors, actor) and stateless_state_body(actors, actor):
        actor = only_state_before(actors, force.i) or actor
    # "Macron will send Americans to X": a state sends its own people, not another's
    # ("Turkey sent Syrians to fight in Libya": a sender's recruits are its force)
    people = people_of_state(force)
    raising = dlx.FIGHTING_PURPOSE_VERBS | dlx.RECRUIT_VERBS
    fights = any(t.lemma_ in raising for t in [trigger, *trigger.children])
    if people is not None and not fights and people != actors.records[actor].name:
        return None
    if force.lower_ in flx.INSURGENT_NOUNS and actors.records[actor].type == "Country":
        return None  # "Syrian rebels", "Iran-backed militants": not the state's forces
    size, size_text = size_of(force, trigger)
    begin = min(trigger.idx, force.idx)
    end = max(trigger.idx + len(trigger), force.idx + len(force))
    sentence = sentence_of(force)
    location = location or location_of(trigger, force) or _arrival_place(trigger, force)
    if location is not None:
        # "... as warships head to X\n\nThe ...": a place ends with its paragraph
        location = location.split("\n")[0].strip() or None
    if hosted_arms(actors, trigger, force, actor, location):
        return None
    span = mention(doc, begin, end, NAME)
    # a state's own account of its forces is its report; a warlord's or a party's is a claim;
    # an alliance's or a peace mission's account of its own deployment is its report too
    # ("the mission said it had increased patrols around its base in X")
    own_word = (
        actors.records[actor].type != "Country"
        and not armed_body(actors, actor)
        and reported_by_actor(actors, trigger, actor)
    )
    modality = modality_of(trigger, force, own_word)
    # "their tanks could reach X", "the army could take the whole country": a conquest
    # imagined is no force sent or placed
    if modality == "possible" and _advance_only(trigger):
        return None
    if _delivered(actors, trigger, force, actor):
        return None
    return MilitaryDeployment(
        actor=actors.use(actor),
        force=force_text(force, actors),
        modality=modality,
        mention=span,
        size=size,
        size_text=size_text,
        location=location,
        date=sentence_date(sentence, article.date, future=modality == "planned"),
    )


def _home_base(trigger, force) -> bool:
    """'a battalion, normally stationed in the north, has been moved to X': a participle
    that gives the force's usual base, while the clause's verb moves it elsewhere, places
    it nowhere now (the move is the deployment)."""
    if trigger.dep_ != "acl" or trigger.head.i != force.i:
        return False
    if not any(c.lower_ in mlx.HOME_BASE_ADVERBS for c in trigger.children if c.dep_ == "advmod"):
        return False
    return force.head.lemma_ in lx.DEPLOYMENT_VERBS


def _done_where_placed(verb, force, trigger) -> bool:
    """'X troops operating in Y killed three militants': what a force that its own clause
    places does there (it is the active subject) leaves it where the clause says; 'troops
    killed in Y' (passive, a loss) do not."""
    return (
        verb.lemma_ in dlx.DONE_BY_FORCE_VERBS
        and trigger.dep_ in ("acl", "relcl")
        and trigger.head.i == force.i
        and force.dep_ == "nsubj"
        and force.head.i == verb.i
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def _procured(force) -> bool:
    """Whether the force (or the amount it is counted in) is what a verb of buying or
    receiving acts on: its object, or its passive subject."""
    top = force
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.like_num:
        top = top.head.head
    return top.dep_ in ("dobj", "nsubjpass") and top.head.lemma_ in dlx.PROCUREMENT_VERBS


def _moves_itself(trigger, force) -> bool:
    """'the bombers flew near X', '12 of the aircraft crossed Y': the force, or the amount
    it is counted in, is the subject of its own move."""
    top = force
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.like_num:
        top = top.head.head
    return top.dep_ == "nsubj" and top.head.i == trigger.i


def _people_provided(verb, force, trigger) -> bool:
    """'provided 1,000 troops to the mission in X': people a verb of providing puts
    somewhere are sent there ('provided tanks' is a delivery, 'provided training to
    troops' acts on them)."""
    return (
        verb.i == trigger.i
        and verb.lemma_ in dlx.CONTRIBUTING_VERBS
        and force.head.i == verb.i
        and force.dep_ in ("dobj", "nsubjpass")
        and force.lower_ in dlx.PERSONNEL_NOUNS
    )


def sighted_craft(verb, force) -> bool:
    """'Japan intercepted two X bombers flying near Y': an aircraft or ship that is met or
    watched is where it is met (an intercepted missile is a strike, not this)."""
    return verb.lemma_ in dlx.SIGHTING_VERBS and force.lower_ in dlx.CRAFT_NOUNS


def trained_there(verb, force) -> bool:
    """'X servicemen train near Y', 'soldiers trained at the Z range': a force that trains
    itself (the verb's subject, with no object) is where it trains ('training X's forces'
    acts on them, 'trained 900 recruits' on others)."""
    return (
        verb.lemma_ in mlx.SELF_TRAINING_VERBS
        and verb.pos_ == "VERB"
        and force.dep_ == "nsubj"
        and force.head.i == verb.i
        and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children)
    )


def shared_by(actors, force, deployment) -> list[MilitaryDeployment]:
    """'Burundian and Kenyan soldiers were stationed in X': the same deployment for each
    other owner the force's coordinated modifiers name (one entry per actor), when the
    deployment's own actor is one of them; none for a list a floating 'all' sums up."""
    # ("contingents from X, Y and Z": each listed state)
    # "X, Y and Z ships have all come to our ports": occasions of each, which the text does
    # not give
    if summed_up(force):
        return []
    # ("X, Y and Z frigates": the parser may hang the list on the force as siblings)
    owners = (
        listed_modifier_owners(actors, force)
        or partner_owners(actors, force)
        or origin_owners(actors, force)
    )
    states = [actors.acting_for(k) or k for k in owners]
    if deployment.actor not in states:
        return []
    others = [k for k in dict.fromkeys(states) if k != deployment.actor]
    return [replace(deployment, actor=actors.use(k)) for k in others]


def _service_state(actors, key):
    """'deployed by the US Army': a state's armed service, named whole as an organisation,
    deploys for the state its name names (GUIDELINES: the state, not the army)."""
    record = actors.records[key]
    words = record.name.lower().split()
    # "US F-16 and F-35 fighter jets": a state's name run into an aircraft's designation is
    # no body, and the state flies them
    designated = any(any(ch.isdigit() for ch in w) for w in words[1:])
    if record.type == "Person" or not words:
        return key
    if designated or (record.type == "Organization" and words[-1] in flx.SERVICE_HEADS):
        return actors.state_in_name(key) or key
    return key


def _advance_only(trigger) -> bool:
    """A verb by which a force takes or reaches a place ('could take the capital'), and
    that sends or places none ('could join the war', 'to patrol the line' do)."""
    return trigger.pos_ == "VERB" and trigger.lemma_ in dlx.CONQUEST_VERBS


def _delivered(actors, trigger, force, actor) -> bool:
    """'Germany will send 14 tanks to X': arms a verb of handing over sends to another
    state are a delivery for its forces (GUIDELINES), not the sender's deployment
    ('deployed missiles to X', 'sent troops to Y' are deployments)."""
    if trigger.lemma_ not in dlx.HANDOVER_VERBS or force.lemma_.lower() not in dlx.MATERIEL_NOUNS:
        return False
    # "the transfer of nuclear weapons to X": a state keeps its nuclear arms where it moves them
    if any(c.lower_ in dlx.KEPT_ARMS_QUALIFIERS for c in force.children):
        return False
    # "sent tanks to X for joint drills": arms sent to an exercise stay the sender's
    if any(t.lower_ in flx.EXERCISE_NOUNS for t in trigger.subtree):
        return False
    # "a Patriot battery and 300 troops to X": arms listed with the sender's own troops go
    # with them, a deployment
    listed = [c for c in force.children if c.dep_ == "conj"]
    listed += [force.head] if force.dep_ == "conj" else []
    if any(t.lower_ in flx.GENERIC_TROOPS for t in listed):
        return False
    for prep in trigger.children:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ != "to":
            continue
        for place in prep.children:
            key = actors.key_at(place) if place.dep_ == "pobj" else None
            if key and key != actor and actors.records[key].type == "Country":
                return True
    return False


def _home_state(actors, force):
    """'Riot police fanned out across the country': police or security forces no one is
    named to own are the state the article last named before them."""
    qualified = any(
        c.dep_ in ("amod", "compound") and c.lower_ in flx.DOMESTIC_QUALIFIERS
        for c in force.children
    )
    if force.lower_ not in flx.DOMESTIC_FORCE_NOUNS and not qualified:
        return None
    # "a male police officer moved closer": one person is no force of a state
    if force.tag_ == "NN" and force.lower_ not in flx.COLLECTIVE_DOMESTIC_NOUNS:
        return None
    # "Police were deployed in X": the state of the city they are sent to, before the
    # state the article named last ("Russia struck X. Police were deployed in X")
    after = [t for t in sentence_of(force) if t.i > force.i]
    states = [actors.key_at(t) for t in after if t.ent_type_ == "GPE" and actors.key_at(t)]
    states = [k for k in states if actors.records[k].type == "Country"]
    return (
        actors.state_of_city(after)
        or (states[0] if states else None)
        or last_named_state(actors, force)
    )


def _commanded_ground(actors, key, trigger):
    """'The Second Army Region moved a battalion to the border in X's Y district': a
    command over a part of a state's ground moves forces on it, the state of the city its
    move names."""
    if not command_area(actors, key):
        return None
    sentence = sentence_of(trigger)
    places = [e for e in sentence.ents if e.start > trigger.i and e.label_ in ("GPE", "LOC", "FAC")]
    return next(filter(None, (actors.state_of_city_named(e.text) for e in places)), None)


def _arrival_place(trigger, force):
    """'troops sent by X arrived in Y': the place the force, described by its trigger,
    moves to as the subject of a verb of advance."""
    mover = force.head
    if trigger.dep_ != "acl" or trigger.head.i != force.i or force.dep_ != "nsubj":
        return None
    if mover.pos_ != "VERB" or mover.lemma_ not in lx.ADVANCE_VERBS:
        return None
    return location_of(mover, force, places_only=True)


def _attacked(force) -> bool:
    """Whether the force is an attack's target: 'a strike on X', or 'carried out a strike on
    X' where the parser hangs the target on the verb."""
    target = force.head
    if force.dep_ != "pobj" or target.lower_ not in dlx.TARGET_PREPOSITIONS:
        return False
    above = target.head
    near = [above, *above.children, *(g for c in above.children for g in c.children)]
    return any(t.lemma_.lower() in dlx.ATTACK_NOUNS and t.pos_ == "NOUN" for t in near)


def _acted_on(force) -> bool:
    """'drones sank or damaged several X warships', 'escorted 200 ships': the object of a
    verb that acts on it (or of the verb it is coordinated with)."""
    if force.dep_ == "nsubjpass":
        # "the launchers in X were targeted": the passive subject of an attack is its target
        return force.head.lemma_ in dlx.ACTED_ON_VERBS | dlx.TARGETING_VERBS
    if force.dep_ != "dobj":
        return False
    verbs = [force.head, *(c for c in force.head.children if c.dep_ == "conj")]
    if force.head.dep_ == "conj":
        verbs.append(force.head.head)
    return any(v.lemma_ in dlx.ACTED_ON_VERBS for v in verbs)


def _removed(force) -> bool:
    """'took the tanks off the frontline': a verb that removes the force it governs."""
    verb = force.head
    away = dlx.REMOVING_VERBS.get(verb.lemma_)
    return bool(away) and force.dep_ == "dobj" and any(c.lower_ in away for c in verb.children)


def _counterfactual(verb) -> bool:
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and "have" in auxes and bool(auxes & lx.COUNTERFACTUAL_MODALS)


def _own_clause(chain):
    """The heads up to the end of the force's clause: in '... to provide boots as its
    forces flag', 'provide' is another clause's verb."""
    out = []
    for node in chain:
        out.append(node)
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            break
        # "pulled armor out of X and sent fresh units into Y": a conjoined verb is its own
        # clause, whatever the verb it is joined to does with an object of its own ("killed
        # or captured 500 troops" share theirs)
        if (
            node.dep_ == "conj"
            and node.pos_ == "VERB"
            and node.head.pos_ == "VERB"
            and any(c.dep_ in ("dobj", "nsubjpass") for c in node.head.children)
        ):
            break
    return out
