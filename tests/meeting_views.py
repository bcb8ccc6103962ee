"""What meeting tests read off extracted facts: the sorted names of a meeting's sides, every
meeting's sides, and the one meeting a sentence gives."""


def names(facts, keys):
    return sorted(facts.actors[k].name for k in keys)


def parties(facts):
    return sorted(tuple(names(facts, m.participants)) for m in facts.meetings)


def only(facts):
    [meeting] = facts.meetings
    return meeting
