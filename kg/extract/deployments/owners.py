"""Owners: the actor whose force it is (its modifier, the subject of its trigger, the
noun a participle describes; of a ship named by its navy's prefix, the prefix's state,
``ships``), and whether that actor is the one reporting it; an armed group's own name on its
force is found by ``group_owners``, the group, mission or alliance a definite noun points back
to by ``anaphora``; a name that owns none (one spoken to, an observer, a kit's designation)
is told by ``bystanders``, the states a verb gathers a force from by ``origins``, a watcher
that only saw the move by ``observers``."""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.common import doc_text, heads, objects_of, sentence_of
from kg.extract.deployments.anaphora import body_pointed_back
from kg.extract.deployments.bystanders import bystander, kit_designation, wire_tag
from kg.extract.deployments.destinations import destination_states
from kg.extract.deployments.observers import seen_owner, watched
from kg.extract.deployments.origins import gathered_owner
from kg.extract.deployments.partners import partner_mention, state_beside_partners
from kg.extract.deployments.ships import prefix_owner
from kg.extract.deployments.sources import reporting_source
from kg.extract.lexicon import deployment_forces as flx
from kg.extract.lexicon import deployment_owners as olx
from kg.extract.lexicon import deployment_places as plx
from kg.extract.lexicon import deployments as dlx
from kg.gazetteer import gazetteer

# the modifiers of a force that may name its owner
_OWNER_DEPS = ("amod", "compound", "poss", "nmod")


def actor_of(actors, trigger, force):
    # "the Rapid Support Forces is fighting in X, Y said": a subject that ends an armed
    # group's own name is the group itself, not a force of the speaker above it ("X
    # deployed its paramilitary Z Battalion": a unit moved is the mover's)
    own = actors.key_at(force)
    if force.dep_ == "nsubj" and own is not None and actors.records[own].type == "Group":
        return own
    # "Turkey hired Syrian mercenaries to fight in X": whoever recruits a force to fight
    # sends it, whatever its nationality
    raiser = _recruiter(trigger, force)
    if raiser is not None:
        owner = _subject_owner(actors, raiser, force)
        if owner:
            return owner
    owner = modifier_owner(actors, force) or gathered_owner(actors, force)
    if owner:
        return owner
    # "KNM X was sailing near Y, Z said": a navy's prefix names the ship's state before any
    # subject or speaker does
    owner = prefix_owner(actors, force)
    if owner:
        return owner
    # "21 Chinese aircraft and six naval vessels": a listed force with no owner of its own
    # is the first one's
    if force.dep_ == "conj" and _is_listed_force(force.head):
        owner = modifier_owner(actors, force.head)
        if owner:
            return owner
    # "the planned US deployment of missiles", "Russia's build-up of troops": the
    # deployment noun's own modifier names whose it is, before any subject above it
    if trigger.i != force.i and trigger.lower_ in dlx.DEPLOYMENT_NOUNS:
        for child in trigger.children:
            if child.dep_ in _OWNER_DEPS and child.i < trigger.i and actors.key_at(child):
                return actors.key_at(child)
    # "the 25th Brigade of the Armenian army": the force the unit belongs to names it
    for child in force.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.lower_ in lx.FORCE_NOUNS or pobj.lower_ in flx.OWNING_BODIES:
                    owner = modifier_owner(actors, pobj)
                    if owner:
                        return owner
    return _subject_owner(actors, trigger, force) or _whole_owner(actors, force)


def _whole_owner(actors, force):
    """'X military personnel sent to Y, including 11,000 combat troops deployed to Z': a
    part listed under a force is the whole's owner's (also under 'the total number of X
    personnel')."""
    top = force
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    prep = top.head
    if top.dep_ != "pobj" or prep.lower_ not in dlx.PART_OF_TOTAL_WORDS:
        return None
    whole = prep.head
    # ("X personnel sent to Y, including ...": the parser may hang the part on the verb)
    if whole.pos_ == "VERB" and whole.dep_ in ("acl", "relcl"):
        whole = whole.head
    if whole.lower_ in olx.COUNT_NOUNS:
        whole = next(iter(objects_of(whole, "of")), whole)
    if not _is_listed_force(whole):
        return None
    return modifier_owner(actors, whole)


def _is_listed_force(token) -> bool:
    return token.pos_ == "NOUN" and (
        token.lower_ in lx.FORCE_NOUNS or token.lower_ in lx.QUALIFIED_FORCE_NOUNS
    )


def hosted_arms(actors, trigger, force, actor, location) -> bool:
    """'Lukashenko said the nuclear weapons stationed in Belarus ...': arms no modifier owns,
    moved by no subject of their trigger, placed in the very state the owner search found
    (its reporting leader's): that state hosts them, it did not deploy them."""
    arms = force.lower_ in dlx.HOSTED_ARMS or force.lemma_.lower() in dlx.HOSTED_ARMS
    if not arms or location is None:
        return False
    if modifier_owner(actors, force):
        return False
    if any(c.dep_ in ("nsubj", "agent") and c.i != force.i for c in trigger.children):
        return False
    record = actors.records[actor]
    names = {record.name, *record.aliases}
    words = re.findall(r"[\w-]+", location)
    # "had arrived in the country": a definite state noun is the state last named before
    if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in dlx.STATE_NOUNS:
        return last_named_state(actors, force) == actor
    return any(name in words or (" " in name and name in location) for name in names)


def last_named_state(actors, token):
    """The state named last before a token in its article ('Belarus ... the country')."""
    for before in reversed(token.doc[: token.i]):
        key = actors.key_at(before)
        if key and actors.records[key].type == "Country" and not partner_mention(before):
            return key
    return None


def body_named_before(actors, trigger):
    """'Myanmar's military government ... The junta has flown in reinforcements to X': a
    state's army, military or government named bare as the mover is the one the article
    named before with its state ('the army' with no such mention is no one's)."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in dlx.STATE_BODY_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    if any(c.dep_ in _OWNER_DEPS for c in subject.children):
        return None
    for before in reversed(trigger.doc[: subject.i]):
        if before.lemma_.lower() not in dlx.STATE_BODY_NOUNS:
            continue
        for child in before.children:
            key = actors.key_at(child) if child.dep_ in _OWNER_DEPS else None
            if key and actors.records[key].type == "Country":
                return key
    return None


def stateless_service(actors, key) -> bool:
    """A named armed service or unit with no state in its name ('the Red Army', 'the
    Multi-Domain Task Force')."""
    record = actors.records[key]
    words = record.name.lower().split()
    if record.type == "Group":
        return bool(words) and words[-1] in flx.STATE_CORPS_HEADS
    return record.type == "Organization" and bool(words) and words[-1] in flx.SERVICE_HEADS


def body_state(actors, key, doc):
    """'The X Army' named 'Army' elsewhere, 'the Republic of Y Military Forces (RYMF)': the
    state a state's armed or defence body (an organisation with no state in the name it is
    kept under) is named with in one of its mentions or longer names, or by the word just
    before one of them ("Taiwan's Coast Guard Administration")."""
    record = actors.records[key]
    if record.type != "Organization" or actors.state_in_name(key) is not None:
        return None
    texts = [record.name, *record.aliases]
    # ("the Philippine Army": the demonym may stand outside the name's entity)
    texts += [doc[t.left_edge.i : t.i + 1].text for t in doc if actors.key_at(t) == key]
    if not any(set(re.findall(r"[a-z]+", t.lower())) & olx.DEFENCE_BODY_WORDS for t in texts):
        return None
    # ("Taiwan's Coast Guard Administration (CGA)": the word just before a name's mention)
    names = [record.name, *record.aliases]
    text = doc_text(doc)
    for name in names:
        for found in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            before = text[max(0, found.start() - 40) : found.start()].split()
            texts += [before[-1]] if before else []
    for text in texts:
        words = re.sub(r"[’']s\b", "", text).split()
        for position in range(len(words)):
            pair = " ".join(words[position : position + 2])
            for phrase in (pair, words[position]):
                entry = gazetteer().country_of_demonym(phrase) or gazetteer().lookup(phrase)
                if entry is not None and entry.type == "Country":
                    return actors.state_named(entry.name)
    return None


def named_formation(actors, key) -> bool:
    """A state's unit or body named with no state in its name ('the 1st Mountain Brigade',
    'the Defence Department', 'the Second Army Region'), which a name of its own makes look
    like an actor."""
    record = actors.records[key]
    words = record.name.lower().split()
    return (
        record.type in ("Group", "Organization")
        and bool(words)
        and (
            words[-1] in flx.FORMATION_HEADS
            or words[-1] in olx.MINISTRY_HEADS
            or command_area(actors, key)
        )
        and actors.state_in_name(key) is None
    )


def command_area(actors, key) -> bool:
    """A command over a part of a state's ground named with no state ('the Second Army
    Region', 'the Eastern Military District')."""
    words = actors.records[key].name.lower().split()
    return (
        len(words) > 1
        and words[-1] in olx.COMMAND_AREA_HEADS
        and bool(set(words[:-1]) & olx.DEFENCE_BODY_WORDS)
    )


def unit_state(actors, force):
    """The state a stateless unit belongs to when nothing on it names one: a state its
    sentence names outside a place phrase ('soldiers from the 1st X Brigade would be sent
    ..., bringing Y's presence to 1,000'), else the state, or a service named for one, the
    article names last before it."""
    # ("moved to the border with X": a state named only as the far side is no owner)
    places = destination_states(actors, force)
    for token in sentence_of(force):
        key = actors.key_at(token)
        country = key and actors.records[key].type == "Country"
        if country and key not in places and not _in_place_phrase(token):
            return key
    for token in reversed(force.doc[: force.i]):
        key = actors.key_at(token)
        # ("while Washington has offered equipment": a helper, no owner)
        if key is None or key in places or _in_place_phrase(token) or partner_mention(token):
            continue
        if actors.records[key].type == "Country":
            # ("Egypt and France signed a deal": of states coordinated, the first)
            first = actors.key_at(token.head) if token.dep_ == "conj" else None
            if first and first not in places and actors.records[first].type == "Country":
                return first
            return key
        state = actors.state_in_name(key) if actors.records[key].type == "Organization" else None
        if state is not None:
            return state
    # ("the US offers help ... conflict in X": only a helper and a place are named)
    return state_beside_partners(actors, force)


def _in_place_phrase(token) -> bool:
    """A word of a place phrase ('troops in X'): what it names is no owner."""
    for node in [token, *token.ancestors]:
        if node.dep_ == "pobj" and node.head.lower_ in plx.LOCATION_PREPOSITIONS:
            return True
    return False


def service_owner(actors, trigger, force):
    """The state whose a stateless service's force is: a state's adjective or possessive on
    the unit ('Soviet Red Army tanks', 'its Task Force'), else the state that moves it (the
    trigger's subject or the noun its clause describes)."""
    for token in force.subtree:
        if token.dep_ not in _OWNER_DEPS or token.i > force.i:
            continue
        key = actors.key_at(token) or its_owner(actors, token)
        if key and actors.records[key].type == "Country":
            return key
    key = _comma_relative_owner(actors, trigger) or _subject_owner(actors, trigger, force)
    if key and actors.records[key].type == "Country":
        return key
    return None


def possessor_state(actors, key, doc, types=("Country",), pronouns=False):
    """'X's Revolutionary Guards said they had deployed ...': the state whose possessive a
    mention of the service carries anywhere in the article; with ``types`` an alliance or
    a group too ('the alliance's reserve force', 'NATO's Rapid Reaction Force')."""
    for token in doc:
        if actors.key_at(token) != key:
            continue
        for child in token.children:
            # ("X said instructors from its Y Corps had landed": 'its' is X, when asked)
            owner = actors.key_at(child) if child.dep_ == "poss" else None
            if owner is None and pronouns and child.dep_ == "poss":
                owner = its_owner(actors, child, skip=key)
            if owner and owner != key and actors.records[owner].type in types:
                return owner
    return None


def _comma_relative_owner(actors, trigger):
    """'the defeat of X by Y, which would send Z': the name just before the comma of a
    relative clause the trigger heads, whatever noun the parser hung the clause on."""
    if trigger.dep_ != "relcl" or not any(_relative(c) for c in trigger.children):
        return None
    left = trigger.left_edge.i
    if left < 2 or trigger.doc[left - 1].text != ",":
        return None
    return actors.key_at(trigger.doc[left - 2])


def _recruiter(trigger, force):
    """The verb of recruiting that raised the force for the fighting its trigger names."""
    if trigger.lemma_ in dlx.FIGHTING_PURPOSE_VERBS and trigger.head.lemma_ in dlx.RECRUIT_VERBS:
        return trigger.head
    return None


def modifier_owner(actors, force):
    """The owner a force's own modifier names ('Malian troops', 'Russia's forces'), or None
    (its 'of' phrase is read by the callers that take one)."""
    # 1. the force's own modifier: "Russian troops", "Russia's forces", "US troops"; in
    # "Russia's Wagner mercenaries" the group is nearer than its patron. A modifier in
    # the force's own name ("the 12th Armoured Battalion") names no owner.
    own = actors.key_at(force)
    # "Russian fighter jets": the parser may hang the owner on the compound, and "Chinese
    # F-16 jets" on the designation it reads as a number
    modifiers = [
        *force.children,
        *(
            g
            for c in force.children
            if c.dep_ in ("compound", "nmod") or (c.dep_ == "nummod" and not c.like_num)
            for g in c.children
        ),
    ]
    if force.dep_ in ("compound", "amod") and force.head.pos_ == "PROPN":
        # "the Turkish frigate X": the owner may hang on the ship's name
        modifiers += [c for c in force.head.children if c.i != force.i]
    # "250 soldiers from X's reserve force, most of them Italian": a nationality set off
    # after the force tells who its members are, not whose force it is
    modifiers = [c for c in modifiers if not _set_off_after(force, c)]
    # "INS X", "KNM Y": a navy's prefix on a ship's name is no actor (its state is found
    # when no one else owns the ship; ``facts``)
    modifiers = [c for c in modifiers if c.text not in flx.SHIP_PREFIXES and not wire_tag(c)]
    owners = [
        actors.key_at(c)
        for c in modifiers
        if c.dep_ in _OWNER_DEPS and actors.key_at(c) and actors.key_at(c) != own
    ]
    # "Patriot missile batteries": a name the model took for a person's, of no state, is
    # the weapon's, not its owner
    owners = [key for key in owners if not _stateless_person(actors, key)]
    # "two Griffon helicopters": a name only ever set on kit is its designation
    owners = [key for key in owners if not kit_designation(actors, key, force.doc)]
    for c in modifiers:
        state = _state_after_service(actors, c)
        if state:
            return state
    for key in owners:
        if actors.records[key].type in ("Group", "Organization"):
            return key
    if owners:
        return owners[0]
    for child in force.children:
        owner = its_owner(actors, child) or _leader(actors, child)
        # "the mission's quick reaction force": the mission named before
        owner = owner or (child.dep_ == "poss" and body_pointed_back(actors, child))
        if owner:
            return owner
    # "the mission and police from X": a 'from' after the last conjunct, which the parser
    # hangs on the first, is the last one's
    trailing = [c for c in force.head.children if c.i > force.i] if force.dep_ == "conj" else []
    for child in [*force.children, *trailing]:
        if child.dep_ == "prep" and child.lower_ == "from" and not _moved_from(force, child):
            for pobj in child.children:
                if actors.key_at(pobj):
                    return actors.key_at(pobj)
                # "soldiers from NATO's reserve force", "from the X army's 5th Brigade": the
                # owner the unit's possessor names
                if any(c.dep_ == "poss" for c in pobj.children):
                    owner = modifier_owner(actors, pobj)
                    if owner:
                        return owner
    # "the Turkish army's 36th Division": a possessive force whose own modifier names it
    for child in force.children:
        if child.dep_ == "poss" and child.lower_ in lx.FORCE_NOUNS and child.i != force.i:
            owner = modifier_owner(actors, child)
            if owner:
                return owner
    return owner_by_allegiance(actors, force)


def _set_off_after(force, modifier) -> bool:
    """A modifier after its force with a comma between ('soldiers ..., most of them X')."""
    between = force.doc[force.i + 1 : modifier.i]
    return modifier.i > force.i and any(t.text == "," for t in between)


def _moved_from(force, prep) -> bool:
    """'X has moved troops from Y to bases in Z': a 'from' on the object of a verb that
    moves it to a place is where the move starts, and the verb's subject moves it (the
    parser hangs the goal on the verb, the force or the 'from')."""
    top = force.head if force.dep_ == "conj" else force
    verb = top.head
    if top.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ not in lx.DEPLOYMENT_VERBS:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in dlx.MOVE_GOAL_PREPOSITIONS
        for head in (verb, force, prep)
        for c in head.children
    )


def _state_after_service(actors, token):
    """'the Border Guard X paramilitary force': a service's name that ends in its state's
    name is the state's service (GUIDELINES: the state, not the service)."""
    key = actors.key_at(token)
    if key is None or actors.records[key].type not in ("Group", "Organization"):
        return None
    words = actors.records[key].name.lower().split()
    after = next((t for t in token.doc[token.i + 1 : token.i + 4] if not t.is_space), None)
    if not words or words[-1] not in flx.SERVICE_HEADS or after is None:
        return None
    state = actors.key_at(after)
    if state and after.pos_ == "PROPN" and actors.records[state].type == "Country":
        return state
    return None


def _leader(actors, modifier):
    """'the Kenyan-led mission': the state the leading participle names."""
    if modifier.dep_ != "amod" or modifier.lower_ not in dlx.LEADING_PARTICIPLES:
        return None
    for child in modifier.children:
        if child.i < modifier.i and actors.key_at(child):
            return actors.key_at(child)
    return None


def owner_by_allegiance(actors, force):
    """'troops loyal to X', 'soldiers belonging to the X army': the one they are loyal to or
    belong to."""
    for word in force.children:
        if word.dep_ not in ("amod", "acl") or word.lemma_.lower() not in flx.ALLEGIANCE_WORDS:
            continue
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    key = actors.resolve(list(pobj.subtree), before=pobj.i + 1)
                    if key:
                        return key
    return None


def partner_owners(actors, force) -> list[str]:
    """'Burundian and Kenyan soldiers', 'US and British warships': the owners a force's
    coordinated modifiers name, in text order (more than one: each deploys its own)."""
    for child in force.children:
        if child.dep_ not in _OWNER_DEPS or not actors.key_at(child):
            continue
        chain = [child, *(t for t in child.subtree if t.dep_ == "conj" and t.head.i != force.i)]
        keys = [actors.key_at(t) for t in chain if t.dep_ == "conj" or t.i == child.i]
        keys = list(dict.fromkeys(k for k in keys if k))
        if len(keys) > 1:
            return keys
    # "two X and two Y bombers": each owner has its own number, wherever the parser hangs
    # the two
    before = [t for t in force.subtree if t.i < force.i]
    numbered = [t for t in before if t.like_num and t.dep_ in ("nummod", "conj")]
    owners = [t for t in before if t.dep_ in (*_OWNER_DEPS, "conj") and actors.key_at(t)]
    keys = list(dict.fromkeys(actors.key_at(t) for t in owners))
    return keys if len(numbered) > 1 and len(keys) > 1 else []


def _stateless_person(actors, key) -> bool:
    if actors.records[key].type != "Person":
        return False
    return actors.acting_for(key) is None and actors.state_of(key) is None


def _subject_owner(actors, trigger, force):
    # 2. the subject of the trigger or of the verbs it hangs on
    node = below = trigger
    for _ in range(4):
        # "X condemned the deployment of troops": X comments, it does not deploy ("X warned
        # it would send troops" is X's own move)
        if node.i != trigger.i and below.pos_ == "NOUN" and node.lemma_ in dlx.COMMENTING_VERBS:
            return None
        if node.i != trigger.i and node.lemma_ in dlx.ACCUSED_OBJECT_VERBS:
            # "X accused Y of massing troops": Y is the one said to mass them
            for child in node.children:
                if child.dep_ == "dobj":
                    key = actors.resolve(list(child.subtree), before=child.i + 1)
                    if key:
                        return key
        # "it had observed the North deploying troops": a watcher owns nothing it saw
        if node.i != trigger.i and watched(node, force):
            return seen_owner(actors, node, force)
        for child in _nearest_subject_first(node):
            # "Lebanon, which has deployed troops", "X, whose government has sent
            # troops": the clause's subject is the noun it describes
            if child.dep_ == "nsubj" and node.dep_ == "relcl" and _relative(child):
                key = actors.resolve(_described(node), before=node.head.i + 1)
                if key:
                    return key
            # "Moscow has been accused of having massed": a passive subject above the
            # trigger (at the trigger it is the force itself)
            subject = child.dep_ == "nsubj" or (
                child.dep_ == "nsubjpass" and node.i != trigger.i and trigger.pos_ == "VERB"
            )
            # "the exercise will send the frigate X": an exercise owns no force
            exercise = child.lemma_.lower() in flx.EXERCISE_NOUNS
            if subject and child.i != force.i and force not in child.subtree and not exercise:
                child = _after_dateline(child)
                key = (
                    _named_in_apposition(actors, child)
                    or actors.resolve(_own_words(child), before=child.i + 1)
                    # "the group has a dozen members left in X": the group named before
                    or body_pointed_back(actors, child)
                )
                # "the soldiers were shipped to X, the intelligence service said": a
                # source that reports the move is not its owner
                # ("the X Department said it would send": the pronoun is the speaker's own)
                if (
                    key
                    and node.i != trigger.i
                    and not _pronoun_subject(below)
                    and reporting_source(actors, node, child, key)
                ):
                    return None
                if key:
                    return key
            if child.dep_ == "agent":
                for pobj in child.children:
                    key = actors.resolve(list(pobj.subtree), before=pobj.i + 1)
                    if key:
                        return key
        # "Myanmar, having sent marines": a clause with no subject of its own is done by
        # the noun it describes
        if (
            node.dep_ == "relcl"
            and node.head.i != force.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        ):
            key = actors.resolve(_described(node), before=node.head.i + 1)
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
        # "Lithuania's decision to deploy", "X's plan to send": the possessor of the noun
        # the infinitive completes
        if node.dep_ == "acl" and node.head.pos_ == "NOUN" and node.head.i != force.i:
            for child in node.head.children:
                if child.dep_ == "poss" and actors.key_at(child):
                    return actors.key_at(child)
        # "according to the X army, the 98th Division was moved to Y": a unit the source
        # names by its number alone is the source's own
        if _numbered_unit(force):
            for source in objects_of(node, "according", "to"):
                key = actors.resolve(list(source.subtree), before=source.i + 1)
                if key:
                    return key
        # "X asked Y to send troops": the one asked is the one who would send them
        if node.dep_ == "xcomp":
            for child in node.head.children:
                if child.dep_ == "dobj" and child.i != force.i and force not in child.subtree:
                    key = actors.resolve(list(child.subtree), before=child.i + 1)
                    if key:
                        return key
        if node.head.i == node.i:
            break
        below, node = node, node.head
    return None


def _pronoun_subject(verb) -> bool:
    """Whether a verb's subject is a personal pronoun ('it would send')."""
    return any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in verb.children)


def _nearest_subject_first(node):
    """A verb's children with its subjects nearest first: in 'MANILA, June 5 - X sent
    ships ...' the parser makes the wire dateline a second subject, further off."""
    children = list(node.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return children
    return [*reversed(subjects), *(c for c in children if c.dep_ != "nsubj")]


def _after_dateline(subject):
    """'MANILA, June 5 - X sent ships ...': the parser may take a wire dateline's city for
    the subject and hang the story's first words on it in apposition after the dash; the
    subject is those words (the city only says where the story was filed)."""
    dashes = [
        t
        for t in subject.subtree
        if t.i > subject.i
        and t.text in dlx.DATELINE_DASHES
        and t.whitespace_
        and t.i > 0
        and t.doc[t.i - 1].whitespace_
    ]
    if not dashes or subject.ent_type_ != "GPE":
        return subject
    after = {t.i for t in subject.subtree if t.i > dashes[-1].i}
    heads = [subject.doc[i] for i in after if subject.doc[i].head.i not in after]
    heads = [t for t in heads if t.dep_ == "appos"]
    return heads[0] if len(heads) == 1 else subject


def _named_in_apposition(actors, subject):
    """'One of the alliance's newest members, Finland, sent ...': the name set off by commas
    after a description is the subject, not a body the description mentions ('the US,
    Britain's closest ally, sent' is the name's, described after it)."""
    if subject.pos_ == "PROPN" or actors.key_at(subject):
        return None
    for token in subject.subtree:
        if token.dep_ not in ("appos", "npadvmod") or token.i == subject.i:
            continue
        if token.left_edge.i == 0 or token.doc[token.left_edge.i - 1].text != ",":
            continue
        key = actors.resolve(list(token.subtree), before=token.i + 1)
        if key:
            return key
    return None


def _relative(subject) -> bool:
    """'which', 'who', 'that' or a noun with 'whose': a relative clause's subject."""
    return subject.tag_ in ("WDT", "WP") or any(c.tag_ == "WP$" for c in subject.children)


def _described(clause):
    """The noun phrase a relative clause describes, without the clause."""
    noun = clause.head
    return [t for t in noun.subtree if t.i < clause.left_edge.i and not t.is_punct]


def its_owner(actors, token, skip=None):
    """'as its forces flag': 'its' is the state or body last named as a subject in the
    sentence; 'as his forces headed toward X', 'his' the person so named (who deploys for
    the state or group they lead), or named as the owner of a deed ('X's decision to
    replenish his forces')."""
    if token.dep_ != "poss" or token.lower_ not in _POSSESSIVE_OWNERS:
        return None
    types = _POSSESSIVE_OWNERS[token.lower_]
    for subject in reversed([t for t in sentence_of(token) if t.i < token.i]):
        if subject.dep_ not in ("nsubj", "nsubjpass", "poss"):
            continue
        key = actors.resolve(_own_words(subject), before=subject.i + 1)
        if key and key != skip and actors.records[key].type in types:
            return key
    return None


def _own_words(subject) -> list:
    """A subject's words without a clause a comma sets off after it ('X, which runs its
    base, known as Y, ...' is X; the base's name is no owner; 'the coalition led by Z'
    keeps its clause)."""
    doc = subject.doc
    framed = {
        t.i
        for c in subject.children
        if c.dep_ in ("relcl", "acl") and c.i > subject.i and doc[c.left_edge.i - 1].text == ","
        for t in c.subtree
    }
    # ("images seen by X show ...": the observer is no subject's own word)
    return [t for t in subject.subtree if t.i not in framed and not bystander(t)]


_BODIES = ("Country", "Organization", "Group")
_POSSESSIVE_OWNERS = {"its": _BODIES, "their": _BODIES, "his": ("Person",), "her": ("Person",)}


def reported_by_actor(actors, trigger, actor) -> bool:
    """Whether the deployment is reported by its own actor ('Prigozhin said he has 25,000
    fighters'): a claim, where a rival's account of it is a report."""
    if trigger.dep_ == "relcl":
        return False
    for node in heads(trigger, 4):
        # "the mission, which has 200 monitors in X, said ...": a relative clause on the
        # speaker states its own fact, not the speaker's word
        if node.dep_ == "relcl":
            return False
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


def named_before(actors, force):
    """'Two X bombers flew near Y. The bombers remained in international airspace': the
    owner of a definite force that names none, from the same force with an owner in one
    of the two sentences before (one owner only: 'X and Z bombers' leave it open)."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in force.children):
        return None
    if any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and c.pos_ == "PROPN" for c in force.children
    ):
        return None
    sentence = sentence_of(force)
    first = sentence_of(force.doc[sentence.start - 1]).start if sentence.start > 0 else 0
    if first > 0:
        first = sentence_of(force.doc[first - 1]).start
    owners = set()
    kind = dlx.FORCE_KINDS.get(force.lower_)
    for token in force.doc[first : sentence.start]:
        # "four X coast guard vessels entered Y. The ships sailed into Z": the same force,
        # or one of its kind
        if token.lower_ != force.lower_ and (
            kind is None or dlx.FORCE_KINDS.get(token.lower_) != kind
        ):
            continue
        owners |= {
            actors.key_at(c)
            for c in token.children
            if c.dep_ in ("amod", "compound", "poss", "nmod", "conj") and actors.key_at(c)
        }
        # "Russian and Chinese bombers", and "Serbian fighter jets" where the parser hangs
        # the demonym on "fighter"
        owners |= {
            actors.key_at(g)
            for c in token.children
            if c.dep_ in ("amod", "compound")
            for g in c.children
            if g.dep_ in ("conj", "amod", "compound") and actors.key_at(g)
        }
        # "X sent 21 aircraft around Y": the sender of the force the sentence moves
        if token.dep_ == "dobj" and token.head.lemma_ in lx.DEPLOYMENT_VERBS:
            owners |= {
                actors.key_at(c)
                for c in token.head.children
                if c.dep_ == "nsubj" and actors.key_at(c)
            }
    return owners.pop() if len(owners) == 1 else None


def _numbered_unit(force) -> bool:
    """'the 98th Division': a unit named by its ordinal."""
    return any(
        c.text[:1].isdigit() and c.lower_[-2:] in ("st", "nd", "rd", "th")
        for c in force.children
        if c.dep_ in ("amod", "compound", "nummod") and c.i < force.i
    )
