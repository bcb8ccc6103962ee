"""Words of the posts a force holds (session 17): the small sites where soldiers stand guard
or keep watch ("soldiers at a checkpoint near X", "troops manning an outpost on the Y
river"), read as places of a present force. Read through ``kg.extract.lexicon.deployments``.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# Posts a force mans ("a checkpoint near X", "border outposts", "roadblocks on the Y road");
# "post" itself is left out (a post on a social network is no place), and so are barracks
# (where a force is off duty: "returned to barracks").
GUARD_POST_HEADS = frozenset(
    "checkpoint checkpoints checkpost checkposts outpost outposts roadblock roadblocks "
    "blockpost blockposts".split()
)
# Posts a force holds, a force only as what a verb of POST_HOLDING_VERBS or
# POST_SETTING_VERBS mans ("reinforced its positions around X"; "political positions",
# "an attack on the outposts" are none).
# ("set up roadblocks near X": a roadblock or barricade set up is manned)
HELD_POST_NOUNS = frozenset(
    ["position", "outpost", "checkpoint", "base", "garrison", "roadblock", "barricade"]
)
# Verbs that man the posts they take: "reinforced the border outposts at X", "established
# two operating bases near Y", "troops mounted checkpoints on the Z highway", "erected
# roadblocks around W".
POST_HOLDING_VERBS = frozenset(
    ["reinforce", "strengthen", "bolster", "fortify", "establish", "mount", "erect"]
)
# Verbs that man posts with their particle: "would set up positions at X".
POST_SETTING_VERBS = {"set": "up"}
# Prepositions of a phrase that says where a place just named lies ("into X in northeastern
# Y", "in the zone just outside Z's waters", "into the north-west, near the borders with
# W"): the parser hangs it on the verb or the force beside the place, but the article's
# wording of the location runs on through it.
SITUATING_PREPOSITIONS = frozenset(["in", "on", "near", "outside", "along", "inside", "off"])
# Adverbs that sharpen such a preposition ("just outside", "right on", "close to").
SITUATING_ADVERBS = frozenset(["just", "right", "directly", "immediately", "close", "far"])
# Heads of a region named after a place and a comma ("a checkpoint near X, Y department",
# "the road to Z, W region"): the region is part of the place's wording.
REGION_HEADS = frozenset(
    "region province department district county state governorate oblast prefecture".split()
)
# Sites named by the place they lie in ("the Russian base in X", "the French camp at Y"):
# where a clause on the place puts a force ("..., where 3,000 troops are stationed"), the
# site with its place is the location, as the article words it.
SITE_IN_PLACE_HEADS = frozenset(
    "base bases airbase air-base airfield camp garrison barracks outpost facility "
    # works and ports a force holds out in or is kept at: "the steelworks in X, where troops
    # are sheltering", "the port in Y, where the fleet is based"
    "steelworks plant factory airport port".split()
)
# Prepositions by which a site names the place it lies in ("the base in X", "at Y", "on Z").
SITE_IN_PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "inside", "on"])
