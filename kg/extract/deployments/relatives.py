"""Relative clauses: the noun a relative pronoun stands for ("the State Lodge, which was
ringed by soldiers": the lodge is what was ringed; "the palace, which troops surrounded":
the palace). Invariant: only a pronoun of a relative clause's own verb stands for the noun
that clause modifies; any other word is itself."""

from __future__ import annotations

# tags of the relative pronouns that stand for the noun a clause modifies
_RELATIVE_TAGS = ("WDT", "WP")


def antecedent(token):
    """The noun a relative pronoun of a relative clause stands for ('which' of 'the palace,
    which was surrounded by troops': palace); any other token itself."""
    if token.tag_ in _RELATIVE_TAGS and token.head.dep_ == "relcl":
        return token.head.head
    return token
