"""Words of forces at work in a place (GUIDELINES: forces operating in a place are
deployments there): craft in flight, and what a force carries out where it is. Read as
``alx.*`` by the deployment frames; nothing here names an actor of a particular article.
Changing a table changes what the extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

from kg.extract.lexicon import deployments as dlx
from kg.extract.lexicon.meetings import HABIT_VERBS

# Craft nouns that are a force only at work in the air ("Zambian drones were circling over the
# valley"; "drones" alone also name toys, parcels' carriers and a strike's munitions).
FLYING_CRAFT_NOUNS = frozenset(["drones", "drone", "uavs", "uav"])
# Verbs of a craft's own flight that keep it over a place ("flying over X", "hovering above
# Y", "circling near Z"); not a strike's ("drones struck X").
FLIGHT_VERBS = frozenset("fly hover circle loiter patrol".split())
# Prepositions of a place a craft flies over or about ("over X", "near Y"; "close to Z" is
# read as an approach adverb), not a goal it flies at ("flew toward X before being shot down"
# is a strike's approach).
OVERFLIGHT_PREPOSITIONS = frozenset(
    "over above near around along across off inside within in".split()
)
# Verbs whose infinitive a flight goes on in ("drones continued to fly over X"): the verbs of
# keeping a habit up that meetings read too (one table).
KEEPING_VERBS = HABIT_VERBS
# Verbs by which a craft is sighted in flight ("drones were detected flying close to X"): the
# verbs of sighting a craft where it is (``deployments.SIGHTING_VERBS``) but "intercept"
# ("intercepted drones" are downed, a strike's) and "shadow" (never read here), with the
# plain verbs of seeing ("seen", "sighted", "recorded flying over Y").
FLIGHT_SIGHTING_VERBS = (dlx.SIGHTING_VERBS - {"intercept", "shadow"}) | {"see", "sight", "record"}
# Nouns of a run of exercises that a verb of holding takes in their stead ("began a series of
# snap drills at X", "held a round of exercises near Y").
EXERCISE_RUN_NOUNS = frozenset(["series", "round", "rounds", "wave", "set", "cycle"])
# The preposition of a partner in a joint exercise ("held drills with X in Y"): the
# partner's forces are there too. The prepositions of a partner or foe
# (``deployments.PARTNER_PREPOSITIONS``) but those of a foe ("drills against X" are no joint
# ones).
PARTNER_PREPOSITIONS_BUT_FOE = dlx.PARTNER_PREPOSITIONS - dlx.FOE_PREPOSITIONS
