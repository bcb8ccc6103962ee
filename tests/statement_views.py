"""What statement tests read off extracted facts: each statement as (speaker's name, content,
direct), in the order the extractors give them."""


def statement_triples(facts):
    return [(facts.actors[s.speaker].name, s.content, s.direct) for s in facts.statements]
