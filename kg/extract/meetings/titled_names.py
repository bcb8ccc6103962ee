"""Titled names: a person named right after a long title the parser closed before the
name ("met with Minister of Foreign Affairs A", "the head of the state nuclear
corporation, B"), the name hung elsewhere (a verb of its own, a clause on the meeting
word): the title stands for the person named after it."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.meetings.records import is_person


def name_after_title(actors, member):
    """The last word of the name that follows the title phrase of ``member`` (a title
    word, its "of" chain ending before the name, at most a comma between), when the
    parser did not keep the name in the title's phrase; else None."""
    if member.ent_type_ == "PERSON" or member.lemma_.lower() not in lx.TITLE_OR_ROLE_WORDS:
        return None
    doc = member.doc
    subtree = {t.i for t in member.subtree}
    start = member.right_edge.i + 1
    comma = start < len(doc) and doc[start].text == ","
    start += 1 if comma else 0
    if start >= len(doc) or start in subtree or not doc[start].text[:1].isupper():
        return None
    end = start
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].i not in subtree:
        end += 1
    run = doc[start : end + 1]
    if comma and any(t.dep_ in ("nsubj", "nsubjpass") for t in run):
        return None  # "met the minister of defence, A said": a speaker of its own
    if not (doc[start].ent_type_ == "PERSON" or is_person(actors, doc[end])):
        return None
    return doc[end] if is_person(actors, doc[end]) else None
