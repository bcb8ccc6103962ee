"""Unnamed officials of a portfolio ("Defence officials said", "government officials have
insisted", "a senior administration official", "defence sources"): who they speak for.

GUIDELINES: a named body is its own organisation, and unnamed officials speak for their
state. So officials named only by their portfolio speak for the body of that portfolio the
article named before them ("the Ministry of Defence ... Defence officials said": that
ministry), and otherwise for their state as other unnamed officials do
(statements.speakers asks these first; kg.extract.actors.article after a city or place
the phrase names). Officials of the
government, the administration, the military or intelligence are the state's whatever
bodies are named.
"""

from __future__ import annotations

from kg.extract.lexicon import actors as lx
from kg.gazetteer import fold

# The word before 'officials' that names their portfolio -> the words of the name of a
# body of that portfolio; an empty set: the state's own officials, never a body's.
PORTFOLIOS = {
    "defence": {"defence", "defense"},
    "defense": {"defence", "defense"},
    "foreign": {"foreign"},
    "interior": {"interior"},
    "home": {"home"},
    "finance": {"finance", "treasury"},
    "treasury": {"finance", "treasury"},
    "justice": {"justice"},
    "health": {"health"},
    "government": set(),
    "administration": set(),
    "military": set(),
    "intelligence": set(),
    "security": set(),
    "state": set(),
}
# The heads of a phrase that names unnamed officials.
OFFICIAL_HEADS = frozenset(["official", "officials", "source", "sources"])


def unnamed_portfolio(tokens, head) -> str | None:
    """The portfolio word of a phrase naming unnamed officials by it alone ('Defence
    officials', 'a senior administration official'), if it is one."""
    if head.lower_ not in OFFICIAL_HEADS:
        return None
    for token in tokens:
        if token.i >= head.i:
            break
        if token.dep_ in ("compound", "amod", "nmod") and token.head.i == head.i:
            word = token.lower_
            if word in PORTFOLIOS:
                return word
    return None


def portfolio_body(actors, portfolio: str, before: int) -> str | None:
    """The state body of a portfolio (a ministry, department, agency: a word of
    INSTITUTION_HEADS in its name) mentioned last before token ``before`` ('the Department
    of Defence' for 'Defence officials'), if any."""
    words = PORTFOLIOS.get(portfolio) or set()
    if not words:
        return None

    def of_portfolio(key: str) -> bool:
        record = actors.records[key]
        name = set(fold(record.name).split())
        if record.type != "Organization":
            return False
        return bool(words & name) and bool(name & lx.INSTITUTION_HEADS)

    return actors.institution_before(before, of_portfolio, with_mentions=True)
