"""Words of where a reported clause ends: which appositions closing it are the speaker's.
Split from ``statements`` (at its size limit); the cut rules are in
:mod:`kg.extract.statements.cuts`.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# Names whose apposition closing a reported clause is the speaker's own account of the thing
# named ("work on the “Coastal Wall”, a programme of fences and sensors ..."; "alongside the
# Mixed Vigilance Brigades (MVB), a militia formed in 2019 ..."), not the journalist's gloss
# of a place or a person ("entering Rostov, a large city in the south"), which is cut.
SPEAKER_DESCRIBED_NAME_TYPES = frozenset(["ORG", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT"])
