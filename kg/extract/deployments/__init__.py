"""Military deployments: who moved or keeps which forces where, how many, how certain.

Readings, in order: a movement verb or deployment noun and its force (``forces``; also a
force ordered to guard a place; one its trigger places nowhere is where a clause on it puts
it: "the frigate, which is operating in X"; a part an "including" lists is placed by its own
clause); the forces an exercise involves, where it is held (``exercises``); posts a state
reinforces or sets up ('reinforced its positions around X': ``posts``); a force with a
number and no trigger; a present force placed by a preposition, a clause, its control of a
place or a ground operation it carries out there (``presence``, ``operations``; one
presence per place of coordinated verbs); a part of the force the sentence before moved,
pointed back to ("about 1,000 of them are stationed in X": ``pointed``); a state's people
named by a plural demonym in combat ("the Russians are fighting in X"); a state's named
service or an armed group as the subject of its entry, presence or operation ("the IDF
moved into X": ``services``; "the RSF is fighting in Y"); last, an exercise a state holds
in a place, when the sentence gives no force of it (``held_exercises``); then a force's
posture where no verb moves it, for forces no reading took (put or kept on alert, a site
guarded or manned, bound for a place: ``postures``); last, a force naming no owner placed
by a phrase of where with any predicate or none ("images show frigates berthed at X", a
caption), the article's deployer's (``bare_presence``; a 'Photo:' line's force, its
demonym's state or the article's, ``captions``). A deployment placed at
the other side's lines ("broke through X's defensive lines") is an attack, dropped
(``targets``).
``facts`` (which holds the extractor's ``NAME``)
makes each deployment from its ``owners`` (an armed group's own name: ``group_owners``;
never a ``sources`` that only reports it; a force naming none, the state whose move the
text just gave: ``discourse``; 'the group', 'the mission' named before, and a mission's
peacekeepers: ``anaphora``; a state named only as the far side of a border or ground
entered is no owner, ``destinations``), ``places`` (a relative pronoun stands for the
noun it modifies, ``relatives``), ``sizes`` and ``modality``, or none;
``passes`` keeps a repeated one once. A force token is in at most one deployment per owner
(coordinated owners, "Ghanaian and Nigerian troops", each have theirs); forces listed under
one trigger are one deployment where they share its owner, place and mood and the later ones
give no number or article ("sent troops and armoured vehicles to X"; "a division of X and
a squadron of Y" are two). A force a passive moves with no agent, owned by nothing else,
is the forces of the one state named just before it (``unsent``). A deployment whose owner
was read as a place ('two squads from Mt X were sent') is the state's the text is about, else
none (``kg.extract.actors.places.owner_for_place``: the owner choice's last step, once the
readings are done).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.actors.places import owner_for_place, place_keys
from kg.extract.common import body_tokens, has_particle, sentence_of
from kg.extract.deployments import forces
from kg.extract.deployments.bare_presence import bare_presences
from kg.extract.deployments.contributors import listed_contributors
from kg.extract.deployments.counts import counted_presence
from kg.extract.deployments.discourse import discourse_owner
from kg.extract.deployments.exercises import exercise_forces
from kg.extract.deployments.facts import NAME, deployment_of, shared_by
from kg.extract.deployments.held_exercises import held_exercise
from kg.extract.deployments.listed_forces import interrupted_place, listed_before
from kg.extract.deployments.owners import named_before
from kg.extract.deployments.passes import co_subjects, gapped, gapped_counts, gapped_owners, once
from kg.extract.deployments.places import is_infinitive, location_of
from kg.extract.deployments.pointed import part_pointed_back, reporter_state
from kg.extract.deployments.posts import held_posts
from kg.extract.deployments.postures import postured_forces
from kg.extract.deployments.presence import (
    clause_place,
    conjoined_presences,
    fighting_people,
    group_in_place,
    presence_of,
    subject_place,
)
from kg.extract.deployments.presence_places import host_place
from kg.extract.deployments.readiness import readied_for_place
from kg.extract.deployments.services import service_in_place
from kg.extract.deployments.sizes import changed_strength, few_people, force_total
from kg.extract.deployments.sources import in_place_phrase, only_a_source
from kg.extract.deployments.targets import at_enemy_lines
from kg.extract.deployments.unsent import agentless_move, named_state_before
from kg.extract.lexicon import deployments as dlx
from kg.models import MilitaryDeployment
from kg.ns import KG

produces = KG.MilitaryDeployment

__all__ = ["NAME", "extract", "produces"]


def extract(doc, article, actors) -> list[MilitaryDeployment]:
    out: list[MilitaryDeployment] = []
    covered: set[int] = set()  # force tokens already in a deployment
    placed: dict[int, set] = {}  # force token -> the places its deployments give
    built: dict[int, str] = {}  # sentence start -> actor of a presence it expands there
    unowned = []  # (trigger, force) that named no owner: the text before may give one
    for token in body_tokens(doc):
        if token.pos_ == "VERB" and token.lemma_ in lx.DEPLOYMENT_VERBS:
            force = forces.force_of_verb(token)
            if force is None and token.lemma_ in lx.ADVANCE_VERBS:
                # "marines were flown to the port", "bombers flew over the gulf": a verb that
                # moves a force or that a force moves by, then only to a place
                force = forces.force_of_advance(token)
        elif token.pos_ == "VERB" and token.lemma_ in lx.ADVANCE_VERBS:
            force = forces.force_of_advance(token)
        elif token.pos_ == "VERB" and token.lemma_ in dlx.ORDERING_VERBS:
            # "ordered reinforcements to defend X", "ordered a carrier to the Y Sea"
            force = forces.ordered_to_guard(token) or forces.ordered_to_place(token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in dlx.FRONT_NOUNS:
            force = forces.opened_front(token)  # "opened a new front in the X region"
        elif token.pos_ == "VERB" and token.lemma_ in dlx.CONTRIBUTING_VERBS:
            force = forces.contributed_people(token)  # "provided 900 troops to the mission in X"
        elif token.pos_ == "VERB" and token.lemma_ in dlx.FIGHTING_PURPOSE_VERBS:
            # "recruited 2,000 police officers to serve in X"
            force = forces.recruited_to_place(token)
        elif token.lemma_.lower() in lx.DEPLOYMENT_NOUNS and token.pos_ == "NOUN":
            force = (
                forces.force_of_noun(token)
                or forces.held_presence(actors, token)
                or forces.owned_presence(actors, token)
                or forces.own_deployment(token)
            )
        else:
            continue
        if force is None or warned_against(token):
            continue
        if force.i in covered and not _moved_on(token, force, placed):
            continue
        particle = lx.PARTICLE_VERBS.get(token.lemma_)
        if particle and not has_particle(token, particle):
            continue
        if (
            token.lemma_ in lx.PLACED_ONLY_VERBS
            and location_of(token, force, places_only=True) is None
        ):
            continue
        # "3,000 troops in Romania, two squadrons of jets in the UK and two destroyers in
        # Spain": each coordinated force is its own deployment
        first = None  # the first listed force's deployment
        for each in [force, *forces.coordinated_forces(token, force)]:
            if each.i in covered and each.i != force.i:
                continue
            numbered = any(c.dep_ == "nummod" for c in each.children)
            own = (
                numbered
                or _clause_placed(each, token) is not None
                or location_of(each, each, places_only=True) is not None
            )
            if each.i != force.i and _included(each) and not own:
                # "700 personnel arrived, including a mechanised company": a part listed
                # with no place or number of its own is the first force's entry ("including
                # forces in X" has its place)
                covered.add(each.i)
                continue
            moved_before = mover_before(actors, each, out) or discourse_owner(actors, each, out)
            deployment = deployment_of(doc, article, actors, token, each, carried=moved_before)
            deployment = _placed_by_clause(deployment, token, each)
            deployment = interrupted_place(doc, article, actors, token, each, deployment)
            if deployment is None and moved_before is None:
                unowned.append((token, each))
            if each.i == force.i:
                first = deployment
            elif same_entry(first, deployment) and not forces.counted_item(each):
                # "sent troops and armoured vehicles to X": one entry for the list, as the
                # guidelines count a mention of actor, size and location
                covered.add(each.i)
                continue
            if each.i in covered and (
                deployment is None or deployment.location in placed.get(each.i, {None})
            ):
                continue  # the same force at a place already given
            # "will mobilise 60,000 reservists": a call-up, placed nowhere
            if deployment and deployment.location is None and forces.called_up(token, each):
                continue
            if deployment is not None:
                if token.pos_ == "NOUN" and token.lemma_.lower() in dlx.EXPANDED_NOUNS:
                    built[sentence_of(token).start] = deployment.actor
                covered.add(each.i)
                placed.setdefault(each.i, set()).add(deployment.location)
                # "the Syrian army has stationed marines": the army deploys, it is not
                # deployed
                covered.update(c.i for c in token.children if c.dep_ == "nsubj")
                out.append(deployment)
                out += shared_by(actors, each, deployment)
                # "two submarines, three corvettes moored at X": a clause on the last item
                out += listed_before(doc, article, actors, each, deployment, covered)
                out += gapped(actors, token, deployment)
                out += gapped_counts(token, deployment)
                out += co_subjects(actors, token, each, deployment)
                out += gapped_owners(actors, each, deployment)
    # the parse alone decides which nouns head a force phrase
    alone = [token for token in body_tokens(doc) if forces.stands_alone(token)]
    # "placed 2,000 troops on standby for the Middle East": a force readied for a place
    out += _each_token(readied_for_place, doc, article, actors, covered)
    # "countries that have committed personnel include X, Y and Z": each listed state's
    out += _each_token(listed_contributors, doc, article, actors, covered)
    # "held drills in the X strait involving fast-attack boats": what an exercise involves
    out += _each_token(exercise_forces, doc, article, actors, covered)
    # "has reinforced its positions around X": posts a verb mans
    out += _each_token(held_posts, doc, article, actors, covered)
    # "officials put the number of X troops near Y at 130,000": a count given of a force
    for token in alone:
        if token.i in covered:
            continue
        deployment = counted_presence(doc, article, actors, token)
        if deployment is not None:
            out += _taken(doc, article, actors, token, deployment, covered)
    # presence with a number: "around 100,000 Russian troops could participate ..."
    for token in alone:
        if token.i in covered:
            continue
        if not any(c.dep_ == "nummod" for c in token.children):
            continue
        if token.head.lemma_ in lx.NOT_DEPLOYMENT_VERBS:
            continue
        # "the mission has escorted 200 ships": what a verb acts on is not its subject's
        if token.dep_ == "dobj" and token.head.lemma_ in dlx.ACTED_ON_VERBS:
            continue
        if few_people(token):
            continue
        carried = carried_owner(actors, token, built) or discourse_owner(actors, token, out)
        # "tracked three X warplanes operating over Y": the clause on the force places it
        # "100,000 X troops are defending the border": the place the verb it is the
        # subject of holds or operates at
        trigger, place = clause_place(token) or subject_place(token) or (token.head, None)
        # "Djibouti hosts 4,000 X troops": the host is where they are
        place = place or host_place(token)
        deployment = deployment_of(doc, article, actors, trigger, token, place, carried=carried)
        unplaced = deployment is not None and deployment.location is None
        # "Finland can activate 900,000 reservists", "increase the army by 170,000 personnel":
        # a strength, placed nowhere
        if unplaced and (force_total(token) or changed_strength(token)):
            continue
        if deployment is not None and deployment.location is None and carried:
            continue  # a carried-over owner only for a force the sentence places
        if deployment is not None:
            out += _taken(doc, article, actors, token, deployment, covered)
            # "X and Y maintain 50,000 troops each in Z": each subject holds its own; "X and
            # Y have each pledged 500 troops, and Z 300": each pledges its own ("X and Y
            # pledged 60 jets" may be one total)
            each = any(c.lower_ == "each" for c in [*token.head.children, *token.children])
            pledged = token.head.lemma_ in dlx.PLEDGING_VERBS and each
            if token.dep_ == "dobj" and (token.head.lemma_ in lx.HOLD_VERBS or pledged):
                out += co_subjects(actors, token.head, token, deployment)
            out += gapped_owners(actors, token, deployment)
    # presence without a movement verb: "the Kremlin's forces in occupied areas"
    for token in alone:
        if token.i in covered:
            continue
        if few_people(token):
            continue
        deployment = presence_of(doc, article, actors, token)
        before = (named_before, reporter_state, lambda a, t, d=out: discourse_owner(a, t, d))
        for pointed in before:
            # "The bombers remained in international airspace": the ones named before,
            # whoever the sentence quotes; "an X army spokesman said troops continue to
            # operate in Y": the reporting state's
            owner = pointed(actors, token) if deployment is None else None
            if owner is not None:
                deployment = presence_of(doc, article, actors, token, carried=owner)
                if deployment is not None:
                    deployment = replace(deployment, actor=actors.use(owner))
        if deployment is not None:
            out += _taken(doc, article, actors, token, deployment, covered)
        # "X forces made gains around Y and continued attacks across Z": one per place
        more = conjoined_presences(doc, article, actors, token, deployment)
        if more:
            covered.add(token.i)
            out += more
    # "The X soldiers were shipped to Y. About 1,000 of them are stationed in Z": a part of
    # the force the sentence before moved
    for token in body_tokens(doc):
        part = part_pointed_back(doc, article, token, out)
        if part is not None:
            out.append(part)
    # "the Russians are fighting battles in X": a people named by its demonym, in combat
    for token in body_tokens(doc):
        if token.dep_ != "nsubj" or token.i in covered:
            continue
        deployment = fighting_people(doc, article, actors, token)
        if deployment is not None:
            covered.add(token.i)
            out.append(deployment)
    # "the IDF moved into X", "the PLA held drills near Y": a state's named service as the
    # subject of its entry, presence or operation; then "the RSF is fighting in X": an armed
    # group named as the subject of its presence (services first: a service's acronym has a
    # group's form)
    for in_place in (service_in_place, group_in_place):
        for token in body_tokens(doc):
            if token.i in covered:
                continue
            deployment = in_place(doc, article, actors, token)
            if deployment is not None:
                covered.add(token.i)
                out.append(deployment)
    # "China held live-fire drills in the X Strait": an exercise a state holds
    # somewhere (after the services: "the PLA held drills near Y" is the service's)
    out += _each_token(held_exercise, doc, article, actors, covered)
    # "placed units on high alert", "have taken up positions around X", "troops guarding
    # the airport": a force's posture where no verb moves it, once every other
    # reading has had its forces
    out += _each_token(postured_forces, doc, article, actors, covered)
    # "the X Brigade was redeployed along Y, and a reserve brigade was moved into Z": a force
    # naming no owner, once the deployments the later readings found before it are known
    for token, force in unowned:
        if force.i in covered:
            continue
        owner = discourse_owner(actors, force, out)
        if owner is None and agentless_move(token, force):
            # "a spokesman said reinforcements had been sent to the area": the state
            # named just before
            owner = named_state_before(actors, force)
        deployment = owner and deployment_of(doc, article, actors, token, force, carried=owner)
        if deployment and not (deployment.location is None and forces.called_up(token, force)):
            covered.add(force.i)
            out.append(deployment)
    # "images show four frigates berthed at X": a bare force placed with any predicate or
    # none is the article's deployer's, once every other reading has had its forces
    out += bare_presences(doc, article, actors, covered, out, alone)
    # "tried to break through X's defensive lines": the other side's lines are attacked
    out = once([d for d in out if not at_enemy_lines(doc, actors, d)])
    # a force whose owner was read as a place ('two squads from Mt X') is the state's the
    # text is about (kg.extract.actors.places), else none
    places = place_keys(actors.records, doc)
    out = [owner_for_place(actors, doc, d, places) for d in out]
    return [d for d in out if d is not None]


def _placed_by_clause(deployment, trigger, force):
    """'deployed the frigate, which is currently operating in the X Sea', 'the presence of
    Y soldiers, officially deployed in the country': a deployment its trigger places nowhere
    is where a clause on the force puts it."""
    if deployment is None:
        return deployment
    # "moved firepower into the region, including the X group, which is operating in Y":
    # a listed part's own clause places it
    if deployment.location is not None and not _included(force):
        return deployment
    placed = _clause_placed(force, trigger)
    return deployment if placed is None else replace(deployment, location=placed[1])


def _clause_placed(force, trigger):
    """(clause, place) of a clause on the force (other than the trigger) that places it, or
    None: 'which is operating in X', 'deployed to Y'."""
    placed = clause_place(force)
    # ("the presence of X soldiers, deployed in Y": the parser may hang it on the noun)
    holders = [force, trigger] if trigger.pos_ == "NOUN" else [force]
    if placed is None:
        for clause in (c for holder in holders for c in holder.children):
            moved = clause.dep_ in ("acl", "relcl") and clause.lemma_ in lx.DEPLOYMENT_VERBS
            if moved and clause.i != trigger.i and not is_infinitive(clause):
                location = location_of(clause, clause, places_only=True)
                placed = (clause, location) if location is not None else None
                break
    return None if placed is None or placed[0].i == trigger.i else placed


def _included(force) -> bool:
    """'..., including the X carrier group': a part of a force an 'including' lists (or a
    later one of the parts: 'including a company and a unit')."""
    while force.dep_ == "conj" and force.head.i != force.i:
        force = force.head
    return force.dep_ == "pobj" and force.head.lower_ in dlx.PART_OF_TOTAL_WORDS


def same_entry(first, other) -> bool:
    """Whether a listed force's deployment repeats the first one's: the same actor, place
    and modality, and no number of its own ('troops and tanks to X'; '3,000 troops and 200
    tanks' are two counts)."""
    return (
        first is not None
        and other is not None
        and other.location is not None
        and (other.actor, other.location, other.modality)
        == (first.actor, first.location, first.modality)
        and other.size is None
    )


def warned_against(trigger) -> bool:
    """'X warned Y against deploying troops', 'Z kept W from sending ships': a move warned
    against or stopped is not stated to happen."""
    prep = trigger.head
    return (
        trigger.dep_ in ("pcomp", "pobj")
        and prep.lower_ in dlx.DETERRING_PREPOSITIONS
        and prep.head.lemma_ in dlx.DETERRING_VERBS
    )


def carried_owner(actors, force, built) -> str | None:
    """'X is expanding its presence in the south. There will be 5,000 more troops in Y':
    a force in a sentence that names no actor belongs to the one whose presence or build-up
    the sentence before expands."""
    sentence = sentence_of(force)
    # a state named as a place ("troops in X") is no owner
    named = [t for t in sentence if actors.key_at(t) and not in_place_phrase(t)]
    if sentence.start == 0 or named:
        return None
    before = sentence_of(force.doc[sentence.start - 1])
    return built.get(before.start)


def mover_before(actors, force, found) -> str | None:
    """'X has massed 100,000 troops near Y. Images showed tanks being positioned near Z': a
    force a verb moves in a sentence that names no one (but a source that reports it: 'the
    W Intelligence Service said') is that of the one whose move the sentence before gave
    (one such actor only, or the one of several who moved a force of its kind); with a
    source named, of the one mover of the article so far. A name in a conjoined clause of
    its own ('and residents of X posted pictures') names no one of the move."""
    sentence = sentence_of(force)
    held = {force.i, *(a.i for a in force.ancestors)}
    named = [
        t
        for t in sentence
        if actors.key_at(t) and not in_place_phrase(t) and not _other_clause(t, held)
    ]
    sourced = [t for t in named if only_a_source(actors, t)]
    if sentence.start == 0 or len(sourced) < len(named):
        return None
    # a sub-heading ("Heavy equipment positioned near X") goes with no sentence before it
    if not sentence.text.rstrip().endswith(dlx.SENTENCE_ENDS):
        return None
    before = sentence_of(force.doc[sentence.start - 1])
    begin, end = before.start_char, before.end_char
    moved = [d for d in found if begin <= d.mention.begin < end]
    owners = {d.actor for d in moved}
    if len(owners) > 1:
        # "X sent extra troops to Y, after three Z landing ships were seen. Several hundred
        # soldiers were moved to the island": of several movers, the one of a force of the
        # same kind
        kind = dlx.FORCE_KINDS.get(force.lower_)
        owners = {d.actor for d in moved if kind and _kind_of(d.force) == kind}
    if not owners and sourced:
        owners = {d.actor for d in found if d.mention.begin < sentence.start_char}
    return owners.pop() if len(owners) == 1 else None


def _other_clause(token, held) -> bool:
    """'Several hundred soldiers were moved to the island, and residents of X posted
    pictures': a name in a conjoined clause with a subject of its own, which does not hold
    the force (``held``: the indices of the force and its ancestors), names no one of the
    move."""
    for node in [token, *token.ancestors]:
        if node.i in held:
            return False
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return True
    return False


def _kind_of(force_text: str) -> str | None:
    """The kind of a found force by its last word ('extra troops' -> troops)."""
    words = force_text.lower().split()
    return dlx.FORCE_KINDS.get(words[-1]) if words else None


def _moved_on(trigger, force, placed) -> bool:
    """'800 troops, stationed in X, will be moved to Y': a force a participle placed that
    the clause's own verb moves on elsewhere (each place its own deployment)."""
    top = force  # "a contingent of 800 troops": the phrase the verb governs
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.i != top.i:
        top = top.head.head
    # "X forces entered Y and pushed into villages beyond Z": a verb coordinated with the one
    # the force is the subject of, with no subject of its own, moves it on too
    shared = (
        trigger.dep_ == "conj"
        and top.dep_ in ("nsubj", "nsubjpass")
        and top.head.i == trigger.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in trigger.children)
    )
    return (
        trigger.pos_ == "VERB"
        and ((trigger.dep_ == "ROOT" and top.head.i == trigger.i) or shared)
        and force.i in placed
        and None not in placed[force.i]
    )


def _taken(doc, article, actors, token, deployment, covered: set[int]) -> list:
    """A force's deployment, with the states sharing it and each counted item listed before
    it ("three submarines, two corvettes moored at X"); the force joins ``covered``."""
    covered.add(token.i)
    return [
        deployment,
        *shared_by(actors, token, deployment),
        *listed_before(doc, article, actors, token, deployment, covered),
    ]


def _each_token(reading, doc, article, actors, covered: set[int]) -> list:
    """What a per-token reading finds across the body, token by token in order (so each
    sees the forces the readings before it covered)."""
    out = []
    for token in body_tokens(doc):
        out += reading(doc, article, actors, token, covered)
    return out
