"""Words of a body named as the subject of a speech verb ('the X Governor's office
said', 'the Y Secretariat said', 'the bloc's mission, known as X, said')."""

from __future__ import annotations

# Heads of a phrase that names a body by its owner, its parent or its portfolio ('the X
# Governor's office', 'the X State Command', 'the Y Secretariat', 'the home affairs
# ministry'): with a proper name before them, the phrase is a body of its own (GUIDELINES:
# a named body is its own organisation), not the owner, and not the speaker of the
# sentences before. Not derived from kg.extract.lexicon.actors.SUB_BODY_HEADS (no set
# operation on it gives this one): it holds "secretariat", which that table lacks, and
# leaves out twelve of its heads ("agency", "department", "staff", "fleet", "forces", ...).
OWNED_BODY_HEADS = frozenset(
    """
    office secretariat mission command headquarters directorate bureau commission
    ministry council committee authority
    """.split()
)  # fmt: skip
# Words of a participle that gives a body's short name ('the W's mission in Z, known
# as V', 'the force, called X'): the name it gives is the body that speaks.
ALIAS_PARTICIPLES = frozenset(["known", "called", "named", "dubbed"])
# Heads of a phrase that points back to a body by the word its name closes on ('the
# command's press office', 'the zone said'): the body that spoke just before under such a
# name (kg.extract.statements.body_antecedents).
SPOKEN_BODY_HEADS = frozenset(
    """
    command zone district fleet service agency ministry force army navy
    guard directorate department headquarters corps brigade division regiment
    """.split()
)  # fmt: skip
