"""A state's named armed service as the force: 'the IDF moved into X', 'the PLA conducted
drills near Y', 'the Z Navy is operating in W'. A service the article names (an
organisation that acts for a state, or whose own name names one, and whose name ends in a
service's head word, 'the Armed Forces of V' too; or a capitalised head after a state's
name, 'the China Coast Guard') that is the subject of a verb of entry, presence or operation
is its state's force there (GUIDELINES: the actor is the state, not the army; the force is
the service as the article writes it). One that speaks, strikes or is acted on is not."""

from __future__ import annotations

from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.deployments.facts import deployment_of
from kg.extract.deployments.operations import entered_place
from kg.extract.deployments.patrols import patrolling_subject
from kg.extract.deployments.places import is_infinitive, location_of
from kg.extract.deployments.presence import verb_place
from kg.extract.lexicon import deployment_forces as flx
from kg.extract.lexicon import deployments as dlx


def service_in_place(doc, article, actors, noun):
    """The deployment of a named service that is the subject of a verb placing it, or None."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or patrolling_subject(noun):
        return None  # ("the X Defence Force increased patrols along Y": the patrols' fact)
    state = service_state(actors, noun)
    if state is None:
        return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or (is_infinitive(verb) and verb.dep_ != "xcomp"):
        return None
    verbs = [verb]
    if verb.lemma_ in lx.ATTEMPT_VERBS:
        # "the IDF continued to push into X"
        verbs += [c for c in verb.children if c.dep_ == "xcomp"]
    for each in verbs:
        if each.lemma_ in lx.SPEECH_VERBS or each.lemma_ in lx.NOT_DEPLOYMENT_VERBS:
            continue
        location = _placed_at(each)
        if location is None:
            continue
        found = deployment_of(doc, article, actors, each, noun, location, carried=state)
        # the owner search may climb to a speaker ('X said the IDF moved into Y'): the
        # service's own state is the actor
        return found and replace(found, actor=actors.use(state), force=_service_words(noun))
    return None


def service_state(actors, noun) -> str | None:
    """The state a named service acts for ('the IDF' -> Israel, 'the US Navy' -> the United
    States), or None for any other name (a ministry, an alliance, an armed group)."""
    key = actors.key_at(noun)
    if key is None:
        return _state_before_service(actors, noun)
    record = actors.records[key]
    # "the Armed Forces of X": the head is the word before 'of'
    words = record.name.lower().split(" of ")[0].split()
    if record.type != "Organization" or not words or words[-1] not in flx.PRESENT_SERVICE_HEADS:
        return None
    state = actors.acting_for(key)
    if state is None or state == key or actors.records[state].type != "Country":
        state = actors.state_in_name(key)
    return state


def _service_words(noun) -> str:
    """The service's name as written, without its article: 'IDF', 'China Coast Guard',
    'Armed Forces of Ukraine'."""
    first = next(t.i for t in noun.subtree if t.dep_ != "det")
    last = noun.i
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == noun.i + 1:
            last = max(last, prep.right_edge.i)
    return noun.doc[first : last + 1].text


def _state_before_service(actors, noun) -> str | None:
    """'the China Coast Guard', 'the Philippine Navy': a capitalised service's head that the
    actors took for no body of its own, after a state's name or demonym."""
    if noun.lower_ not in flx.PRESENT_SERVICE_HEADS or not noun.text[:1].isupper():
        return None
    for child in noun.children:
        key = actors.key_at(child) if child.dep_ in ("compound", "amod") else None
        if key and actors.records[key].type == "Country" and child.i < noun.i:
            return key
    return None


def _placed_at(verb) -> str | None:
    """Where a verb puts its subject: a place it enters, is present at or operates in."""
    if verb.lemma_ in dlx.ENTRY_VERBS:
        return entered_place(verb) or verb_place(verb)
    if verb.lemma_ in dlx.GROUP_PRESENCE_VERBS:
        # "the X Navy is operating in the Y Sea", "is stationed near Z"
        location = location_of(verb, verb, places_only=True)
        if location is not None:
            return location
    return verb_place(verb)
