"""Lists of titled names after "with": 'phone talks with President of Chile A, Prime
Minister of Peru B, who chairs the council, President of Bolivia C and President of
Ecuador D'. The parser hangs the items of such a list anywhere (on a title's "of", on
the object of a relative clause); the text is read instead, from the first title on: each
item a title (title words, perhaps an "of" and a state) and a name, the items parted by
commas and "and", a relative clause on a name passed over.

Invariants: every item read is a title followed by a name the model tags as a person; the
list ends at the first item of another shape; a list of fewer than two such items is
none (a lone titled name is read by the frames for one name); a name the model left
untagged is two proper nouns or more."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain


def titled_names_listed(obj) -> list:
    """The last word of each name in a list of titled names that starts at ``obj`` (the
    first title word, or the name it is on, as the object of "with"); [] if it is no such
    list."""
    doc = obj.doc
    stop = obj.sent.end
    # ("with Chancellor of Germany A and ...": the name the object, its title before it)
    first = obj.left_edge if _title_word(obj.left_edge) else obj
    if not _title_word(first) or (first.i > 0 and _title_word(doc[first.i - 1])):
        return []
    names, i = [], first.i
    while i < stop:
        item = _titled_name(doc, i, stop)
        if item is None:
            break
        name, i = item
        names.append(name)
        if i + 1 < stop and doc[i].text == "," and _relative_word(doc[i + 1]):
            # "B, who chairs the council, C and D": past the clause on B
            # (to its closing comma: the parser may hang the next items in the clause)
            end = doc[i + 1].head.right_edge.i + 1
            i = next((t.i for t in doc[i + 2 : end] if t.text == ","), end)
        if i >= stop or doc[i].text not in (",", "and"):
            break
        while i < stop and doc[i].text in (",", "and"):
            i += 1
    return names if len(names) >= 2 else []


def _titled_name(doc, i, stop):
    """(the name's last word, the index after it) of a title and a name starting at i;
    None if the words there are not such an item."""
    start = i
    while i < stop and (_title_word(doc[i]) or _state_of_title(doc, i, start)):
        i += 1
    if i == start:
        return None
    end = i
    # (the model may leave a name untagged: "Luis Arce", two proper nouns or more)
    while end < stop and (doc[end].ent_type_ == "PERSON" or _untagged_name_word(doc[end])):
        end += 1
    if end == i or not (any(t.ent_type_ == "PERSON" for t in doc[i:end]) or end - i >= 2):
        return None
    return doc[end - 1], end


def _title_word(token) -> bool:
    """A word of a title before a name ("Prime", "Minister", "President"), not of it."""
    return token.ent_type_ != "PERSON" and token.lower_ in lx.TITLE_OR_ROLE_WORDS


def _state_of_title(doc, i, start) -> bool:
    """'of Bolivia' in 'President of Bolivia C': the "of" after a title word and the
    state it names."""
    if i == start:
        return False
    if doc[i].lower_ == "of":
        return _title_word(doc[i - 1]) and i + 1 < len(doc) and doc[i + 1].ent_type_ == "GPE"
    return doc[i].ent_type_ == "GPE" and doc[i].ent_type_ != "PERSON" and doc[i - 1].lower_ == "of"


def _untagged_name_word(token) -> bool:
    return token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper()


def _relative_word(token) -> bool:
    return token.tag_ in lx.RELATIVE_TAGS and token.head.dep_ == "relcl"


def titled_list_items(phrases) -> list:
    """The participant phrases with a list of titled names opened by the object of "with"
    ("held phone talks with President of A B, President of C D and ...", the "with" on the
    verb, the parser hanging the later names anywhere) read as its names instead."""
    out: list = []
    for phrase in phrases:
        listed = []
        if phrase.dep_ == "pobj" and phrase.head.lower_ == "with":
            listed = titled_names_listed(phrase)
        out += [t for t in listed or [phrase] if t.i not in {o.i for o in out}]
    return out


def titled_people(actors, obj) -> list[str]:
    """The people of a list of titled names opened by ``obj``, a name the model left
    untagged ("President of A Luis Arce") read as the name it is."""
    keys = []
    for last in titled_names_listed(obj):
        key = actors.key_at(last)
        chain = name_chain(last) if key is None else None
        key = actors.person_named(chain) if chain is not None else key
        if key is not None and actors.records[key].type == "Person":
            keys.append(key)
    return keys
