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

# A speech verb coordinated inside a reported clause stays in it when its form is the
# clause's, not the speaker's own next act: present tense under a past report ('has said
# Yaounde is open to dialogue ... but rejects ...'), or backshifted by one of these
# auxiliaries ('said Baghdad “rejects ...” and had asked the other side for ...').
BACKSHIFT_AUXILIARIES = frozenset(["had", "would", "could", "might"])
PRESENT_TAGS = frozenset(["VBZ", "VBP"])
PAST_TAGS = frozenset(["VBD", "VBN"])

# An attribution in mid-sentence ('CLAUSE, X said on Tuesday, TAIL'): the dependencies of
# the words it may carry after its verb ('on Tuesday', 'in a statement', 'late'), the
# fewest words of a tail it sets off and of the clause before it, the most words of a
# dateline opening the sentence ('Dubai:', 'Port Moresby:', '(CNN) —') and the marks that
# close it, and the dependencies of a verb that heads no clause of its own (a relative, a
# participle modifying a noun, an auxiliary, an open or a preposition's clausal complement).
ATTRIBUTION_ADJUNCT_DEPS = frozenset(["prep", "npadvmod", "advmod", "punct"])
MIDSENTENCE_TAIL_WORDS = 2
MIDSENTENCE_MIN_WORDS = 4
DATELINE_WORDS = 6
DATELINE_MARKS = frozenset([":", "—", "–"])
DEPENDENT_CLAUSE_DEPS = frozenset(["relcl", "amod", "aux", "auxpass", "xcomp", "pcomp"])
# Verbs of speech whose addressee may stand in such an attribution ('X told reporters').
ADDRESSING_VERBS = frozenset(["tell", "inform", "brief"])
# Conjunctions that set another speaker's report against the clause ('..., while X said').
CONTRASTING_MARKS = frozenset(["while", "whereas"])
# Dashes that set off a journalist's gloss closing a reported clause ('– a proposal X has
# refused').
GLOSS_DASHES = frozenset(["–", "—"])
# Tags of a word that opens a clause an attribution may interrupt ('which, X said, ...').
OPENING_TAGS = frozenset(["WDT", "WP", "WP$", "WRB"])

# A report set off at the end of another's clause ('X said A, accusing B of C', '..., whose
# preamble Y says contains C'; :mod:`kg.extract.statements.nested`): the dependencies of a
# modifier opened after a comma that detach it from the clause, the fewest words the outer
# clause keeps once cut before it and the inner report has of its own, and the verbs whose
# object and infinitive propose a meeting or an act rather than report one ('which had
# invited both sides to talks').
DETACHED_MODIFIER_DEPS = frozenset(["relcl", "advcl", "acl", "prep"])
DETACHED_OUTER_MIN_WORDS = 3
DETACHED_INNER_MIN_WORDS = 4
DETACHED_UNREPORTING_VERBS = frozenset(["invite"])
# Words opening a proviso the parser hangs on the speech verb after its clause ('said the
# front was ready to meet a mission “at any time”, provided the bill is withdrawn'): the
# condition is the speaker's, part of the clause (:func:`statements.boundaries.through_proviso`).
PROVISO_WORDS = frozenset(["provided", "providing", "unless"])
