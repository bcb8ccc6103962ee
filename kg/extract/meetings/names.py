"""Person names the model missed or cut among a meeting's participants.

The statistical model does not know every name of every region: "Choe Son Hui" may come out
untagged, "Yoon Suk Yeol" a work of art, "Espen Barth Eide" a person "Espen Barth", the
entity ruler may take the first word of "Israel Katz" for the state, and the parser the first
word of "Than Htay" for a preposition. A participant phrase
whose head is a proper noun led by proper-noun compounds, all shaped like the words of a
name and none an office, an organisation's word or a name the gazetteer knows for something
else, is a person named by all of them. Only phrases in a participant's place are read this
way (the subject or object of a meeting verb, the object of its "with" or "between"), where
a name is far likelier a person's than a place's or an organisation's.
"""

from __future__ import annotations

from kg.extract import lexicon as lx

# Entity labels under which a name of a person may hide.
_MISREAD_LABELS = frozenset(["", "PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"])
# Labels the entity ruler gives a gazetteer place or people cut out of a longer name ("Israel"
# of "Israel Katz", "Ararat" of "Ararat Mirzoyan"): only as the name's first word.
_LEADING_LABELS = frozenset(["GPE", "NORP", "LOC"])
HYPHENS = frozenset(["-", "‐"])


def name_chain(head) -> list | None:
    """The tokens of a person's name a participant phrase's head closes, if it is one the
    model missed or cut; None when the model read it whole or it is no name."""
    if head.dep_ == "prep" and _prep_name_word(head):
        objects = [c for c in head.children if c.dep_ == "pobj"]
        return name_chain(objects[0]) if len(objects) == 1 else None
    chain = _compounds_before(head)
    if not chain or head.text in HYPHENS:
        return None
    before = head.doc[chain[0].i - 1] if chain[0].i else None
    if (
        before is not None
        and head.dep_ == "pobj"
        and head.head.i == before.i
        and _prep_name_word(before)
    ):
        chain.insert(0, before)  # "Than Swe", parsed as the preposition "than" and its object
    if len(chain) < 2 or len(chain) > 8:
        return None
    if any(c.dep_ == "case" for t in chain for c in t.children):
        return None  # "St Michael's Square": a possessive inside is no person's name
    words = words_of(chain)
    hyphenated = head.i > 0 and head.doc[head.i - 1].text in HYPHENS
    if len(words) < 2 or (head.pos_ != "PROPN" and not hyphenated):
        return None
    if not _name_word(words[0]) or not _name_word(words[-1]):
        return None
    if not all(_name_word(w) or w.lower() in lx.NAME_PARTICLES for w in words[1:-1]):
        return None
    if head.ent_type_ not in _MISREAD_LABELS and not _misread_people(head):
        return None
    if any(t.ent_type_ in _LEADING_LABELS for t in chain[1:]):
        return None
    if chain[0].ent_type_ in _LEADING_LABELS and chain[1].ent_iob_ == "I":
        return None  # one entity over both words: a place's own name ("South Sudan")
    entity = _entity_of(head)
    whole = entity is not None and entity[0] <= chain[0].i and entity[1] >= head.i + 1
    if whole and (head.ent_type_ == "PERSON" or _known(head.doc[entity[0] : entity[1]].text)):
        return None  # read whole already, or a name the gazetteer knows
    if _known(" ".join(words)):
        return None
    return chain


def _prep_name_word(token) -> bool:
    """A word of a name the parser took for a preposition: capitalised inside a sentence, or
    at its start one that never opens a sentence ("Than")."""
    if token.dep_ != "prep" or not token.text[:1].isupper() or token.text.isupper():
        return False
    return token.i != token.sent.start or token.lower_ in lx.NOT_OPENING_PREPOSITIONS


def _misread_people(head) -> bool:
    """'Ararat Mirzoyan' with "Mirzoyan" taken for a people: a word tagged so that names
    no people the gazetteer knows."""
    from kg.gazetteer import gazetteer

    return head.ent_type_ == "NORP" and gazetteer().country_of_demonym(head.text) is None


def _compounds_before(head) -> list:
    """The head with the run of compound proper nouns right before it, hyphens within a
    word of the name included ("Cho Tae-yul": "Tae", "-" and "yul")."""
    chain = [head]
    index = head.i - 1
    while index >= 0:
        token = head.doc[index]
        inside = token.head.i in {t.i for t in chain}
        if token.text in HYPHENS and not token.whitespace_ and inside:
            chain.insert(0, token)
        elif (
            token.dep_ != "compound"
            or not inside
            or (token.pos_ != "PROPN" and token.lower_ not in lx.NAME_PARTICLES)
        ):
            break
        else:
            chain.insert(0, token)
        index -= 1
    if chain[0].text in HYPHENS:
        return chain[1:]
    return chain


def words_of(chain) -> list[str]:
    """The words of a name's tokens, a hyphenated word one word ("Tae-yul")."""
    text = "".join(t.text_with_ws for t in chain).strip()
    return text.split()


def _name_word(word: str) -> bool:
    """A word shaped like a word of a name ("Choe", "Bahiddha-Nukara", "al-Alimi",
    "Tae-yul"), no office or organisation word."""
    low = word.lower()
    pieces = word.split("-")
    if not all(p.isalpha() for p in pieces) or (word.isupper() and len(word) > 1):
        return False
    # the capital may come after a particle ("al-Alimi") but the word must have one
    if not any(p[:1].isupper() for p in pieces) or not (
        word[:1].isupper() or pieces[0].lower() in lx.NAME_PARTICLES
    ):
        return False
    if low in lx.TITLE_WORDS or low in lx.OFFICE_TITLES or low.rstrip(".") in lx.NAME_PREFIXES:
        return False
    return low not in lx.NOT_NAME_WORDS


def _entity_of(token) -> tuple[int, int] | None:
    if token.ent_iob_ == "O" or not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _known(text: str) -> bool:
    from kg.gazetteer import gazetteer

    entry = gazetteer().lookup(text)
    return entry is not None and entry.type != "Person"
