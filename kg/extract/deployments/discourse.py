"""Discourse owners: the state a force belongs to when its own sentence names none, taken
from what the text said just before it ('X sent troops to Y. The reinforcements will be
deployed in Z, the sources said': X's). The owner is that of the nearest deployment found
before the force, in its paragraph or the sentences just before it, while no other actor
is named in between or beside the force (a change of subject, or the other side's force).
"""

from __future__ import annotations

from kg.extract.common import doc_text, sentence_of, sentences_back_start
from kg.extract.deployments.sources import in_place_phrase, only_a_source
from kg.extract.lexicon import deployment_owners as olx
from kg.gazetteer import gazetteer


def discourse_owner(actors, force, found) -> str | None:
    """The state of the deployment found last before the force (in its sentence or
    before), when that deployment lies in the force's paragraph or within
    ``olx.DISCOURSE_SENTENCES`` sentences before it, and no actor but that state (one of
    its people or bodies, a bare command, a source that only reports) is named from there
    to the end of the force's sentence outside place phrases; further back, the article's
    main deployer, when the force's sentence names no other actor. A demonym of another
    state there (the other side's people), or another owner's deployment in the sentence
    the owner is taken from, also stops it."""
    if force.lower_ in olx.FOREIGN_FORCE_NOUNS:
        return None  # "rebels", "militants", "mercenaries": no state's own force
    doc = force.doc
    sentence = sentence_of(force)
    if sentence.start == 0:
        return None
    earlier = [d for d in found if d.mention.begin < force.idx and d.mention.end <= force.idx]
    if not earlier:
        return None
    last = max(earlier, key=lambda d: d.mention.begin)
    if last.mention.begin < window_start(doc, sentence):
        # further back: the one state the article has moved nearly all forces of so far
        owner = main_deployer(earlier, olx.MAIN_DEPLOYER_COUNT)
        first = sentence.start
    else:
        owner = last.actor
        first = next((t.i for t in doc if t.idx >= last.mention.begin), sentence.start)
        # "X and Y bombers flew near Z. The bombers stayed": two owners leave it open
        given = sentence_of(doc[first])
        if any(
            given.start_char <= d.mention.begin < given.end_char and d.actor != owner
            for d in earlier
        ):
            return None
    if owner is None or actors.records[owner].type != "Country":
        return None
    name = actors.records[owner].name
    for token in doc[first : sentence.end]:
        key = actors.key_at(token)
        if in_place_phrase(token):
            continue
        # "... used by the Ukrainians to resupply troops": the other side's people
        if key is None and demonym_state(token) not in (None, name):
            return None
        if key is None or key == owner:
            continue
        if side_of(actors, key) == owner or only_a_source(actors, token, key):
            continue
        if _stateless_body(actors, key):
            continue  # "the Joint Command said": the state's own command, named bare
        return None
    return owner


def main_deployer(found, least: int) -> str | None:
    """The owner of at least ``olx.MAIN_DEPLOYER_SHARE`` of the deployments found so far
    (and of ``least`` or more): the one whose forces the article is about; None if none."""
    owners = [d.actor for d in found]
    if not owners:
        return None
    top = max(set(owners), key=owners.count)
    count = owners.count(top)
    if count < least or count < olx.MAIN_DEPLOYER_SHARE * len(owners):
        return None
    return top


def demonym_state(token) -> str | None:
    """The state a demonym names ('Ukrainian', 'the Ukrainians'), or None."""
    entry = gazetteer().country_of_demonym(token.text)
    if entry is None and token.lower_.endswith("s"):
        entry = gazetteer().country_of_demonym(token.text[:-1])
    return entry.name if entry is not None and entry.type == "Country" else None


def window_start(doc, sentence) -> int:
    """The first character a carried owner may come from: the start of the force's
    paragraph or of the sentences just before it, whichever is earlier."""
    paragraph = doc_text(doc).rfind("\n", 0, sentence.start_char) + 1
    start = sentences_back_start(doc[sentence.start], olx.DISCOURSE_SENTENCES)
    return min(paragraph, doc[start].idx)


def side_of(actors, key) -> str | None:
    """The state an actor speaks or acts for (a person's, a body's), else itself."""
    side = actors.acting_for(key) or key
    if actors.records[side].type == "Person":
        side = actors.state_of(side) or side
    if actors.records[side].type == "Organization":
        side = actors.state_in_name(side) or side
    return side


def _stateless_body(actors, key) -> bool:
    """A state's armed or defence body named with no state ('the Joint Command of the Armed
    Forces', 'the General Staff'): the side the text is about speaks through it."""
    record = actors.records[key]
    if record.type != "Organization" or actors.state_in_name(key) is not None:
        return False
    return bool(set(record.name.lower().split()) & olx.DEFENCE_BODY_WORDS)
