"""What follows a closing attribution ('CLAUSE, the ministry said, bringing ...', '...,
X said, as troops ...'): a circumstance of the sentence the parser may hang on the speech
verb as a second complement, which says nothing of the speaker's."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import statements as lxs


def adjunct_after_attribution(clause) -> bool:
    """'CLAUSE, the ministry said in a statement, bringing the total to 12,000': a clause
    set off by a comma after the verb that opens with an -ing participle is the sentence's
    circumstance (the parser may take it for a second complement), not what was said;
    the clause before the verb is; so is a clause a subordinator opens there ('..., local
    officials said, as troops took part in air strikes'). (A participle of saying, 'adding
    that ...', is a speech verb of its own.)"""
    doc = clause.doc
    first = min(t.i for t in clause.subtree)
    verb = clause.head
    opening = doc[first]
    adjunct = (opening.tag_ == "VBG" and opening.lemma_ not in lx.SPEECH_VERBS) or (
        opening.dep_ == "mark" and opening.lower_ in lxs.CIRCUMSTANCE_MARKS
    )
    return (
        adjunct
        and first > 0
        and doc[first - 1].text == ","
        and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    )
