"""Words of a force's posture where no verb moves it: the state of alert a verb puts it in,
the sites it guards or mans, the place it is bound for, and the lines and posts another
side holds (an attack's or advance's target, no deployment). Read by
``kg.extract.deployments.postures`` and ``kg.extract.deployments.targets``.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# Verbs that put a force in a state of readiness: "placed units on high alert", "has put its
# forces on standby".
ALERTING_VERBS = frozenset(["place", "put"])
# States of readiness a force is put "on" (or "at": "placed at high readiness"); a force so
# readied where the text names no place may move (GUIDELINES: standby is possible).
ALERT_NOUNS = frozenset(["alert", "readiness", "standby"])
ALERT_PREPOSITIONS = frozenset(["on", "at"])
# Prepositions of where a posture is kept ("on standby in X", "checkpoints on the Y road").
POSTURE_PREPOSITIONS = frozenset("in at around near along on across inside outside".split())
# Of those, the ones a place's wording drops ("in X" -> "X"); the others stay ("near X").
BARE_PLACE_PREPOSITIONS = frozenset(["in", "at", "on"])
# Verbs whose subject force holds the site they take: "troops would guard the parliament
# building", "soldiers manning checkpoints on the main roads".
SITE_HOLDING_VERBS = frozenset(["guard", "man"])
# Sites a force guards or mans that the gazetteer names no place: a building, a crossing, a
# post, a road ("guard the prisoners", "man the phones" are no place).
GUARDED_SITE_HEADS = frozenset(
    """building buildings airport airports bridge bridges border borders frontier crossing
    crossings installation installations facility facilities approaches port ports harbour
    harbor palace station stations road roads highway highways entrance entrances gate gates
    checkpoint checkpoints outpost outposts roadblock roadblocks perimeter compound embassy
    ministry headquarters terminal terminals plant plants base bases airfield airfields
    junction junctions intersection intersections square streets street line""".split()
)
# Posts a force mans that stand on the place the text names: "manning checkpoints on the
# roads into X" is on the roads.
MANNED_POST_HEADS = frozenset(
    "checkpoint checkpoints roadblock roadblocks outpost outposts barricade barricades".split()
)
# Words that give where a force is headed with their preposition: "a frigate bound for the
# X Sea", "paratroopers lifted off, bound for Y" (the place it is bound for, not the one it
# leaves).
DESTINED_WORDS = {"bound": "for"}
# Nouns of a side's held line or post: a force whose place is the other side's ("tried to
# break through Ukrainian defensive lines", "push toward the next X defense line") attacks
# or advances on it, no deployment (GUIDELINES: attacks and advances are none).
HELD_LINE_NOUNS = frozenset(
    "line lines position positions outpost outposts trench trenches defences defenses".split()
)
# Verbs by which a force is (or is kept) in a state of readiness, with the dependency of the
# force: "border units were on high alert", "keeps a frigate on standby in Y" (kept
# ready there: a possible move, as GUIDELINES count standby).
KEPT_ALERT_VERBS = {"be": "nsubj", "remain": "nsubj", "stay": "nsubj", "have": "dobj"}
