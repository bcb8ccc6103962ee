"""Bare presence: a force that names no owner in its own words, placed by a locative phrase
in its clause with any predicate or none ("images show four frigates berthed at X",
"several corvettes were spotted in the outer harbour", a caption "Police special units
outside Y"), is a force of the article's deployer: the one state or armed group that owns
nearly all the deployments the other readings found in the article (GUIDELINES: forces
positioned at a place are counted; the actor is the state whose forces they are).

A force whose own words name its owner ('Peruvian marines outside the X monastery', a
caption) is placed here only by a preposition of where on it, at a definite place or
site, with the owner ``deployment_of`` finds (``presence`` places it at named places only).

Invariants: it runs last, on the force nouns no reading took (``covered``); nothing in a
quotation, a headline or a deployment found already; a munition, a force acted on or
leaving, or one a mission or coalition holds gives none; nor does a force of the other
side's kind ("rebels", "militants") or a sentence naming another actor outside place
phrases (a change of side); the place, the stop words (strikes, losses, withdrawals) and
the modality are those of ``presence_of`` and ``deployment_of``, the owner only is carried.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.actors.non_actors import non_actor_keys
from kg.extract.common import doc_quotations, in_headline, in_headline_line, sentence_of
from kg.extract.deployments.captions import caption_demonym_owner, caption_home_owner
from kg.extract.deployments.designations import designation
from kg.extract.deployments.discourse import demonym_state, main_deployer, side_of
from kg.extract.deployments.facts import deployment_of
from kg.extract.deployments.listed_forces import acted_on, listed_before, munition
from kg.extract.deployments.place_wording import place_phrase
from kg.extract.deployments.places import definite, is_infinitive, is_time
from kg.extract.deployments.presence import presence_of
from kg.extract.deployments.sizes import few_people
from kg.extract.deployments.sources import in_place_phrase, only_a_source
from kg.extract.lexicon import deployment_owners as olx
from kg.extract.lexicon import deployments as dlx

_OWNER_DEPS = ("amod", "compound", "poss", "nmod")
_NO_PLACE_ENTITIES = ("PERSON", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT")
# verbs by which a force that is somewhere leaves it (GUIDELINES: withdrawals not counted)
_LEAVING_VERBS = frozenset("replace repatriate relieve disband demobilise demobilize".split())
# bodies of several states, whose forces are no one state's
_SHARED_BODIES = frozenset("mission coalition alliance operation".split())
_IDIOM_PLACES = frozenset(["place", "the ground", "the field", "there", "here"])
# what happens, not where: "at the Battle of X", "during the exercise", "on the move"
_EVENT_NOUNS = frozenset(
    "battle war exercise exercises drill drills parade ceremony operation operations phase "
    "move".split()
)
# prepositions of where a force is (not of where it goes: 'to', 'into', 'towards')
_PRESENT_PREPOSITIONS = frozenset(
    "at in near off outside inside across around along on over within throughout".split()
)


def bare_presences(doc, article, actors, covered: set[int], found: list, alone: list) -> list:
    """The deployments of the bare forces placed in the article (``alone``: the force nouns
    that head a force phrase, ``forces.stands_alone``), each its deployer's (none when the
    article has no single deployer); each force joins ``covered``."""
    article_owner = article_deployer(actors, found)
    out = []
    quoted = [(q.begin, q.end) for q in doc_quotations(doc)]
    nobody = non_actor_keys(actors.records, doc) if article_owner is not None else set()
    for force in alone:
        if force.i in covered:
            continue
        if in_headline(force) or in_headline_line(force):
            continue
        # a party's own words: whose forces a bare noun means is the speaker's view
        if any(begin <= force.idx < end for begin, end in quoted):
            continue
        if few_people(force) or force.lower_ in olx.FOREIGN_FORCE_NOUNS:
            continue
        # "ballistic missiles landed in X": a munition somewhere is a strike
        if munition(force):
            continue
        if _owned_in_words(actors, force):
            # "Police special units of X outside the Y monastery" (a caption): a force its
            # own words give an owner, placed at a site by a preposition on it ("Photo: X
            # soldiers near Y": a caption's demonym keys no actor, its state owns them)
            named = caption_demonym_owner(actors, force)
            deployment = _prep_placed(doc, article, actors, force, named)
            if deployment is not None and named is not None:
                deployment = replace(deployment, actor=actors.use(named))
            if deployment is not None and _sound_place(force, deployment.location):
                covered.add(force.i)
                out.append(deployment)
            continue
        # "Photo: Police on patrol near X": a caption's state force is the article's state
        owner = article_owner if article_owner is not None else caption_home_owner(actors, force)
        if owner is None or _other_side_named(actors, force, owner, nobody):
            continue
        # "personnel on the two platforms are to be replaced": a force that is leaving
        verbs = [force.head, *(c for c in force.head.children if c.dep_ == "xcomp")]
        if any(v.lemma_ in _LEAVING_VERBS for v in verbs):
            continue
        if acted_on(force) or _others_force(actors, force, owner):
            continue
        # "ordered hundreds of soldiers into X": a move the movement readings own
        top = _counted_top(force)
        if top.dep_ == "dobj" and top.head.lemma_ in dlx.ORDERING_VERBS:
            continue
        # "reinforcements, 300 troops, reached X": a force in a deployment found already,
        # or counted in an amount one took
        if any(d.mention.begin <= force.idx < d.mention.end for d in found):
            continue
        if _amount_covered(force, covered):
            continue
        deployment = presence_of(doc, article, actors, force, carried=owner)
        if deployment is None or deployment.location is None:
            deployment = _clause_placed(doc, article, actors, force, owner)
        if deployment is None or deployment.location is None:
            deployment = _prep_placed(doc, article, actors, force, owner)
        if deployment is None or not _sound_place(force, deployment.location):
            continue
        covered.add(force.i)
        out.append(replace(deployment, actor=actors.use(owner)))
        # "four submarines, two frigates and several ships berthed at X": each item
        out += listed_before(doc, article, actors, force, out[-1], covered)
    return out


def article_deployer(actors, found) -> str | None:
    """The state or armed group the article's deployments found are nearly all of
    (``discourse.main_deployer``), or None."""
    top = main_deployer(found, olx.BARE_DEPLOYER_COUNT)
    return top if top is not None and actors.records[top].type in ("Country", "Group") else None


def _owned_in_words(actors, force) -> bool:
    """A force whose own words name an owner ('Russian', 'the group's', 'its'): another
    reading's, or another side's."""
    compounds = [c for c in force.children if c.dep_ in ("compound", "nmod")]
    words = [*force.children, *(g for c in compounds for g in c.children)]
    # ("two S-400 launchers": a model's designation names the kit, not its owner)
    words = [w for w in words if not designation(w.text)]
    return any(
        (c.dep_ in _OWNER_DEPS and (actors.key_at(c) or demonym_state(c)))
        or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in words
    )


def _sound_place(force, location: str | None) -> bool:
    """A place named as one, not an event ('combat operations'), nor where the force comes
    from."""
    words = (location or "").lower().split()
    if not _named_place(location) or words[-1] in _EVENT_NOUNS:
        return False
    return not _origin(force, location)


def _named_place(location: str | None) -> bool:
    """A place the text names: not 'there', nor the idioms 'in place', 'on the ground' (one
    bare word with no capital)."""
    words = (location or "").split()
    if (location or "").lower() in _IDIOM_PLACES:
        return False
    return len(words) > 1 or (len(words) == 1 and words[0][:1].isupper())


def _amount_covered(force, covered: set[int]) -> bool:
    """'hundreds of soldiers', 'a battalion of marines': the amount or unit the force is
    counted in is in a deployment already."""
    top = force
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.i != top.i:
        top = top.head.head
        if top.i in covered:
            return True
    return False


def _counted_top(force):
    """The amount or unit a force is counted in ('hundreds' of 'hundreds of soldiers'), or
    the force."""
    top = force
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ in ("NOUN", "NUM"):
        top = top.head.head
    return top


def _origin(force, location: str) -> bool:
    """'reinforcements from mainland X': where a force comes from is not where it is (and a
    place cut inside its brackets, 'Y (ABC', is no wording of one)."""
    return location.count("(") != location.count(")") or (
        f"from {location}" in sentence_of(force).text
    )


def _others_force(actors, force, owner) -> bool:
    """'the mission had increased patrols along X': a force the object of a verb whose
    subject is a mission or coalition naming no actor of the deployer's side is that
    body's."""
    if force.dep_ != "dobj":
        return False
    verb = force.head
    # ("the mission said ... and had increased patrols": a conjoined verb shares the subject)
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lemma_.lower() not in _SHARED_BODIES:
            continue
        keys = {actors.key_at(t) for t in subject.subtree} - {None}
        if not any(k == owner or side_of(actors, k) == owner for k in keys):
            return True
    return False


def _other_side_named(actors, force, owner, nobody=frozenset()) -> bool:
    """Whether the force's sentence names an actor (or a state's people) other than the
    deployer, its bodies and sources, outside place phrases and the force's own phrase
    ('Admiral X-class frigates': a class's name); ``nobody``: the keys that name no actor."""
    name = actors.records[owner].name
    top = force
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    own = {t.i for t in top.subtree}
    for token in sentence_of(force):
        if in_place_phrase(token) or token.i in own:
            continue
        key = actors.key_at(token)
        if key in nobody:
            continue
        if key is None:
            if demonym_state(token) not in (None, name):
                return True
            continue
        if key == owner or side_of(actors, key) == owner or only_a_source(actors, token, key):
            continue
        return True
    return False


def _prep_placed(doc, article, actors, force, owner):
    """'soldiers outside the X monastery' (a caption), 'frigates off the coast': a
    preposition of where on the force itself places it at a definite place or site,
    whatever the clause's verb."""
    head = force.head if force.dep_ in ("nsubj", "nsubjpass", "dobj") else force
    if head.lemma_ in lx.NOT_DEPLOYMENT_VERBS or head.lemma_ in lx.SPEECH_VERBS:
        return None
    # "the defeat of the X army at the Battle of Y": what a noun says of a force
    if force.dep_ == "pobj" and force.head.lower_ == "of":
        return None
    for prep in force.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PRESENT_PREPOSITIONS:
            continue
        for site in prep.children:
            if site.dep_ != "pobj" or site.pos_ not in ("NOUN", "PROPN"):
                continue
            if not definite(site) or is_time(site) or site.ent_type_ in _NO_PLACE_ENTITIES:
                continue
            if site.ent_type_ == "EVENT" or site.lemma_.lower() in _EVENT_NOUNS:
                continue  # "at the Battle of X", "in the exercise"
            location = place_phrase(site)
            if prep.lower_ in lx.NEARBY_PREPOSITIONS | lx.OUTSIDE_PREPOSITIONS:
                location = f"{prep.text} {location}"
            return deployment_of(doc, article, actors, force, force, location, carried=owner)
    return None


def _clause_placed(doc, article, actors, force, owner):
    """'submarines berthed at X', 'ships moored at the piers': a participle or relative
    clause on the force, of any verb, that places it (not an infinitive: what it is for)."""
    for clause in force.children:
        if clause.dep_ not in ("acl", "relcl") or is_infinitive(clause):
            continue
        # where the force is, not where it goes or what it is linked to ('vessels linked
        # to X')
        if not any(c.dep_ == "prep" and c.lower_ in _PRESENT_PREPOSITIONS for c in clause.children):
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue  # "units that would not take part in X"
        if clause.lemma_ in lx.NOT_DEPLOYMENT_VERBS or clause.lemma_ in lx.SPEECH_VERBS:
            continue
        if clause.lemma_ in dlx.ACTED_ON_VERBS:
            continue
        deployment = deployment_of(doc, article, actors, clause, force, carried=owner)
        if deployment is not None and deployment.location is not None:
            return deployment
    return None
