"""Posts a state reinforces or sets up: 'X has reinforced its positions around Y', 'the
border outposts at Z were reinforced', 'the joint forces will set up positions at W'.
Positions, outposts and bases are forces held at a place (GUIDELINES: forces positioned at a
place) only under such a verb, which says they are manned: 'political positions' and 'an
attack on the outposts' are none; a post set up nowhere named places no one."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import verb_in
from kg.extract.deployments.facts import deployment_of
from kg.extract.deployments.places import location_of
from kg.extract.lexicon import deployments as dlx


def held_posts(doc, article, actors, verb, covered) -> list:
    """The deployment of the posts a verb of reinforcing or setting up holds (none or one);
    the post joins ``covered``."""
    if verb.pos_ != "VERB" or not _holding(verb):
        return []
    # "troops were sent forward to strengthen positions near X": the posts are where the
    # moved force goes, its place, not a second force
    if verb.dep_ in ("advcl", "xcomp", "acl", "relcl") and _moves(verb.head):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    post = next((o for o in objects if o.lemma_.lower() in dlx.HELD_POST_NOUNS), None)
    if post is None or post.i in covered:
        return []
    location = location_of(verb, post, places_only=True)
    if location is None:
        return []
    deployment = deployment_of(doc, article, actors, verb, post, location)
    if deployment is None:
        return []
    covered.add(post.i)
    # "soldiers had mounted checkpoints on the X road": the subject that mans the posts is
    # placed by them, one fact
    covered.update(c.i for c in verb.children if c.dep_ == "nsubj")
    return [deployment]


def _holding(verb) -> bool:
    """'reinforced', 'fortified', 'set up', 'established': a verb that mans a post."""
    return verb_in(verb, dlx.POST_HOLDING_VERBS, dlx.POST_SETTING_VERBS)


def _moves(verb) -> bool:
    return verb.lemma_ in lx.DEPLOYMENT_VERBS or verb.lemma_ in lx.ADVANCE_VERBS
