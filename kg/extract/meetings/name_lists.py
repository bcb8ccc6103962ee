"""Lists of people's names the parser broke: 'A al-B and C bin D', 'by Than E and F G', 'by
Xian president H al-J and Yian defence minister K L'. Names with particles ("al-", "bin", a
given name read as "than") often leave the parse with one name hung inside another, or a
name under a preposition, so the coordination is lost. Read linearly instead: the people's
names inside one phrase, each next to the one before but for a comma or "and" (and the title
words, adjectives of state and possessives that open a name's own phrase), the last after
"and", are listed together ("A, B's envoy" lists no one)."""

from __future__ import annotations

import itertools

from kg.extract import lexicon as lx
from kg.extract.common import entities
from kg.extract.lexicon import meetings as mlx

# words of a name's own opening phrase between two listed names ("and Turkish defence
# minister"): what may stand between them beside the comma or "and"


def name_list(head) -> list:
    """The last token of each person's name that the phrase under ``head`` lists with the
    name ``head`` is in (or the name right after it, when ``head`` is a title), when they
    are two or more; else []."""
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    names = [
        e
        for e in entities(doc)
        if e.label_ == "PERSON"
        and start <= e.start
        and e.end <= end
        # ("A, B's envoy": a possessor, no one listed)
        and not (e.end < len(doc) and doc[e.end].tag_ == "POS")
    ]
    if len(names) < 2:
        return []
    # the name the head is in, or the one right after a title head ("minister Than E")
    own = next((n for n, e in enumerate(names) if e.start <= head.i < e.end), None)
    if own is None:
        own = next((n for n, e in enumerate(names) if e.start == head.i + 1), None)
    if own is None:
        return []  # ("the minister, who praised A and B": names of another clause)
    runs, run = [], [names[0]]
    for before, after in itertools.pairwise(names):
        if _list_gap(doc[before.end : after.start]):
            run.append(after)
        else:
            runs.append(run)
            run = [after]
    runs.append(run)
    chosen = next(r for r in runs if names[own] in r)
    if len(chosen) < 2 or "and" not in {t.lower_ for t in doc[chosen[-2].end : chosen[-1].start]}:
        return []  # ("A, B": an apposition, no list; a list closes with "and")
    return [e[-1] for e in chosen]


def _list_gap(gap) -> bool:
    """Whether the words between two names are those of a list: a comma or "and" (one
    of them), and else only what opens the next name's phrase ("Turkish defence minister",
    "Syria's foreign minister")."""
    words = [t.lower_ for t in gap]
    if not any(w in (",", "and") for w in words) or "or" in words:
        return False
    for token in gap:
        if token.pos_ in mlx.NAME_LIST_GAP_POS and token.lower_ not in (";", ":", "(", ")"):
            continue
        if token.ent_type_ in ("NORP", "GPE") and token.pos_ == "PROPN":
            continue  # "and Syria's foreign minister"
        if token.lower_ in lx.TITLE_OR_ROLE_WORDS or (
            token.pos_ == "NOUN"
            and any(t.lower_ in lx.TITLE_OR_ROLE_WORDS for t in gap if t.i > token.i)
        ):
            continue  # "minister", "defence" before "minister"
        return False
    return True


def given_name_as_preposition(token) -> bool:
    """'by A B and C': a person's given name the parser read as a preposition (one whose
    word is also a preposition), which stands for the person's name in a list."""
    return token.dep_ == "prep" and token.ent_type_ == "PERSON"
