"""Person names the model missed or cut, read from the words and the parse.

The statistical model does not know every name of every region: "Choe Son Hui" may come out
untagged, "Yoon Suk Yeol" a work of art, "Espen Barth Eide" a person "Espen Barth", the
entity ruler may take the first word of "Israel Katz" for the state (a gazetteer surface is
fixed before NER runs, so "Speaker Mike Johnson" gives the person "Johnson" and
"Commissioner Christopher Paris" the place "Paris"), and the parser the first word of "Than
Htay" for a preposition. The word rules that repair such names are here, each for the place
it reads:

- :func:`person_names`, the spaCy component ``kg_person_names`` (after NER, kg.nlp): a
  one-word gazetteer entity led by given names in its noun phrase is one person with them,
  and a state's name or capital that leads the rest of a name where a person is meant (after
  a title, as a speaker, beside another person: "Aden Duale said") is that person's;
- :func:`name_chain`, a meeting participant's phrase (the subject or object of a meeting
  verb, the object of its "with" or "between"), where a name is far likelier a person's
  than a place's or an organisation's: a proper-noun head led by proper-noun compounds, all
  shaped like the words of a name and none an office, an organisation's word or a name the
  gazetteer knows for something else;
- :func:`untagged_name`, a speaker's phrase: two or three title-cased proper nouns, stricter
  (a speaker's place holds organisations as often as people).

Each rule reads only the words and the parse around the name; what a name found so stands
for in the article (a surname of a person named before, say) is decided by
kg.extract.actors.persons, which keys it.
"""

from __future__ import annotations

import functools
import re

from kg.extract.actors.body_spans import organisation_spans_repaired
from kg.extract.actors.patronymics import patronymic_names_repaired
from kg.extract.actors.split_names import split_name
from kg.extract.actors.styles import style_alone, without_style
from kg.extract.actors.title_phrases import title_phrase, without_honorifics_alone
from kg.extract.common import entity_span
from kg.extract.lexicon import actors as lx
from kg.extract.lexicon.common import QUOTE_MARKS
from kg.extract.lexicon.statements import SPEECH_VERBS
from kg.gazetteer import fold, gazetteer

# A quoted word or two inside a name ('Mohamed Hamdan "Hemedti" Dagalo').
_NICKNAME = re.compile(r"\s+[\"“”‘’'][^\"“”‘’'\s]+(?:\s[^\"“”‘’'\s]+)?[\"“”‘’']\s+")


def capitalised(word: str) -> bool:
    """A word of letters with a capital first ("Haley", "McCarthy")."""
    return word[:1].isupper() and word.isalpha()


def title_cased(word: str) -> bool:
    """A word of letters, capital first and the rest lower case ("Haley", not "McCarthy")."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


@functools.lru_cache(maxsize=1 << 14)  # (a pure function of the text, called per mention)
def clean_name(text: str) -> str:
    """A name as a mention writes it, without quotes, "the", prefixes ("Mr") or a
    possessive 's; a prefix before a body's word is the body's ("General Staff")."""
    text = text.strip().strip("'’\"“”")
    # 'Jimmy "Barbecue" Cherizier': a quoted nickname is no part of the name
    text = _NICKNAME.sub(" ", text)
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    words = without_style(text.split())  # "His Majesty King X": "King X"
    while len(words) > 1 and words[0].rstrip(".").lower() in lx.NAME_PREFIXES:
        if fold(words[1]) in lx.TITLED_BODY_WORDS:
            break  # "General Staff", "General Prosecutor's Office": the word opens a body's name
        words = words[1:]
    text = " ".join(words)
    if "(" in text and ")" not in text and text.index("(") > 0:
        # "Independent Office for Police Conduct (IOPC": an abbreviation the model cut open
        text = text[: text.index("(")]
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return text.strip()


def without_titles(words: list[str]) -> tuple[list[str], list[str]]:
    """'Taoiseach Leo Varadkar' -> (['Taoiseach'], ['Leo', 'Varadkar']): the office words
    written before a person's name, and the name."""
    position = 0
    while position < len(words) and (
        fold(words[position]) in lx.OFFICE_TITLES
        or words[position].rstrip(".").lower() in lx.NAME_PREFIXES
    ):
        position += 1
    return words[:position], words[position:]


def person_names(doc):
    """Whole names the entity ruler cut: a gazetteer surface is fixed before NER runs, so
    "Speaker Mike Johnson" gives the person "Johnson" (a gazetteer surname) and
    "Commissioner Christopher Paris" the person "Christopher" and the place "Paris". A one-word
    gazetteer entity led by given names in the same noun phrase (compound words, title-cased,
    no office title) is one person with them: for a person's surname, the given names may be
    untagged; for any other reading (a capital), the model must have tagged them a person or
    an office title must lead them."""
    from spacy.tokens import Span

    ents, changed = list(doc.ents), False
    for index, ent in enumerate(ents):
        if len(ent) != 1 or ent.label_ not in ("PERSON", "GPE", "ORG") or not ent.start:
            continue
        entry = gazetteer().lookup(ent.text)
        if entry is None or entry.name == ent.text:
            continue  # not an alias cut out of a longer name
        start = ent.start
        while start > 0 and _given_name(doc[start - 1], ent.root):
            start -= 1
        previous = ents[index - 1] if index else None
        tagged = previous is not None and previous.end == ent.start
        if start == ent.start and not tagged:
            continue
        if tagged:
            if previous.label_ != "PERSON" or previous.start < start - 2:
                continue
            start = min(start, previous.start)
        elif any(t.ent_iob_ != "O" for t in doc[start : ent.start]) or not (
            entry.type == "Person" or (start and _title_word(doc[start - 1]))
        ):
            continue  # "Dynamo Kyiv" is no person; "Police Chief Maria Lima" is one
        ents[index] = Span(doc, start, ent.end, label="PERSON")
        if tagged:
            ents[index - 1] = None
        changed = True
    for index, ent in enumerate(ents):
        end = _name_led_by_state(ent) if ent is not None else None
        if end is None:
            continue
        ents[index] = Span(doc, ent.start, end, label="PERSON")
        for other in range(index + 1, len(ents)):
            if ents[other] is not None and ents[other].start < end:
                ents[other] = None  # the model's part of the name ("Duale")
        changed = True
    kept = [e for e in ents if e is not None]
    repaired = organisation_spans_repaired(
        doc, name_spans_repaired(doc, patronymic_names_repaired(doc, kept))
    )
    if changed or repaired != kept:
        doc.ents = repaired
        doc.user_data.pop("kg_entities", None)  # kg.extract.common.entities made anew
    return doc


def name_spans_repaired(doc, ents: list) -> list:
    """The entities with the person names the model cut made whole and the words it took
    for people that name none dropped: a name with a quoted nickname inside ('Jimmy
    "Barbecue" Cherizier'), one the model ended before a joining particle ("Mohammed bin
    Abdulrahman Al Thani") or before its last word ("Espen Barth Eide"); a rank alone ("Rear
    Admiral"), a ship's name ("the frigate Alsace", "USS Carney") or a weapon's or a unit's
    ("a Patriot battery") is no person."""
    from spacy.tokens import Span

    ents = [
        e for e in ents if not _rank_alone(e) and not _names_a_thing(e) and not _common_opening(e)
    ]
    ents = without_honorifics_alone(ents)
    ents = [e for e in ents if not style_alone(e)]  # "Royal Highness", "HRH": no one
    ents = [_without_trailing_nickname(_without_closing_rank(e)) for e in ents]
    ents = [e for e in ents if e is not None]
    for start, end in _nicknamed_names(doc):
        ents = [e for e in ents if e.end <= start or e.start >= end]
        ents.append(Span(doc, start, end, label="PERSON"))
    ents.sort(key=lambda e: e.start)
    out: list = []
    for ent in ents:
        if out and out[-1].label_ == "PERSON" and split_name(out[-1], ent):
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if out and out[-1].label_ == ent.label_ == "PERSON" and _joined(out[-1], ent):
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if out and out[-1].label_ == "PERSON" and _surname_taken_for_body(out[-1], ent):
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if out and ent.start < out[-1].end:
            continue  # inside a name made whole before it
        end = _name_end(ent) if ent.label_ == "PERSON" else ent.end
        if end > ent.end:
            ent = Span(doc, ent.start, end, label="PERSON")
        out.append(ent)
    return out


def _surname_taken_for_body(given, ent) -> bool:
    """'Commander Mykola | Oleshchuk': a one-word person the model ended before a surname it
    tagged as an organisation of one word (no organisation word, no name the gazetteer
    knows) that the given name is a compound of."""
    if ent.label_ != "ORG" or ent.start != given.end or len(given) != 1 or len(ent) != 1:
        return False
    word = ent[0]
    return (
        given[0].head.i == word.i
        and given[0].dep_ == "compound"
        and word.pos_ == "PROPN"
        and title_cased(word.text)
        and title_cased(given[0].text)
        and name_word(word.text)
        and word.lower_ not in lx.ORGANISATION_WORDS
        and not known(word.text)
    )


def _without_closing_rank(ent):
    """'US Army Capt. Molly Murphy': a body's entity the model ran on over the abbreviated
    rank of the person after it ends before the rank (None when the rank was all of it)."""
    from spacy.tokens import Span

    if ent.label_ == "PERSON" or ent[-1].text not in lx.ABBREVIATED_TITLES:
        return ent
    return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_) if len(ent) > 1 else None


def _without_trailing_nickname(ent):
    """A person's name without the quoted nickname the model ran it into after two name
    words or more ('Hassan Ali Nur "Geeljire"' is Hassan Ali Nur)."""
    from spacy.tokens import Span

    if ent is None or ent.label_ != "PERSON":
        return ent
    opened = next((t.i for t in ent[2:] if _quote_mark(t)), None)
    return ent if opened is None else Span(ent.doc, ent.start, opened, label="PERSON")


def _rank_alone(ent) -> bool:
    """'Rear Admiral', 'Brigadier General': a rank the model tagged by itself."""
    words = [w.rstrip(".").lower() for w in ent.text.split()]
    return (
        ent.label_ in ("PERSON", "ORG", "NORP", "GPE")
        and any(w in lx.RANK_WORDS for w in words)
        and all(w in lx.RANK_WORDS or w in lx.RANK_MODIFIERS for w in words)
    )


def _common_opening(ent) -> bool:
    """'Gang leader Jimmy ...': a common noun capitalised only as its sentence's first word,
    before the lower-case noun it qualifies, that the model tagged a name."""
    token = ent[0]
    return (
        len(ent) == 1
        and ent.label_ in ("PERSON", "ORG")
        and token.i == token.sent.start
        and token.pos_ == "NOUN"
        and token.dep_ == "compound"
        and token.head.i == token.i + 1
        and token.head.pos_ == "NOUN"
        and token.head.text.islower()
        and gazetteer().lookup(token.text) is None
    )


def _names_a_thing(ent) -> bool:
    """A 'person' that is a ship ("the French frigate Alsace", "USS Carney") or, one word
    before a weapon's or a unit's noun ("a Patriot battery", "Radwan forces"), a weapon or a
    unit, when no person of that surname is named in full and the gazetteer knows none."""
    if ent.label_ not in ("PERSON", "ORG", "PRODUCT"):
        return False
    doc = ent.doc
    if ent[0].lower_.rstrip(".") in lx.SHIP_PREFIXES and len(ent) > 1:
        return True
    before = doc[ent.start - 1] if ent.start else None
    if ent.label_ != "PERSON":
        return False
    if before is not None and before.lower_ in lx.VESSEL_NOUNS:
        return True
    after = doc[ent.end] if ent.end < len(doc) else None
    if len(ent) != 1 or after is None or after.lower_ not in lx.NAMED_THING_HEADS:
        return False
    if ent.root.head.i != after.i:
        return False
    entry = gazetteer().lookup(ent.text)
    if entry is not None and entry.type == "Person":
        return False
    surname = ent.text.lower()
    return not any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == surname for e in doc.ents
    )


def _nicknamed_names(doc) -> list[tuple[int, int]]:
    """Token spans of names with a quoted nickname inside: 'Jimmy "Barbecue" Cherizier',
    'Mohamed Hamdan "Hemedti" Dagalo' (one or two capitalised words between quotation
    marks, name-shaped words on both sides)."""
    spans = []
    for open_ in range(1, len(doc) - 3):
        if not _quote_mark(doc[open_]):
            continue
        close = next(
            (i for i in range(open_ + 2, min(open_ + 4, len(doc))) if _quote_mark(doc[i])), None
        )
        if close is None or close + 1 >= len(doc):
            continue
        if not all(capitalised(t.text) for t in doc[open_ + 1 : close]):
            continue
        start = open_
        while start > 0 and open_ - start < 4 and _nickname_side(doc[start - 1], leading=True):
            start -= 1
        while doc[start].lower_ in lx.NAME_PARTICLES and start < open_:
            start += 1  # a name opens on no particle ("the bin ..." is no name)
        end, words = close + 1, 0
        while end < len(doc) and words < 2:
            if end + 2 < len(doc) and _particle_hyphen(doc[end], doc[end + 1]):
                end += 2  # "al-Assad": the particle and the hyphen lead the word
            elif not _nickname_side(doc[end]):
                break
            end, words = end + 1, words + 1
            if end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_:
                end += 2  # "Pierre-Louis", "Ching-te": the hyphen and the next word are the same
        if start < open_ and end > close + 1:
            spans.append((start, end))
    return spans


def _quote_mark(token) -> bool:
    return len(token.text) == 1 and token.text in QUOTE_MARKS


def _particle_hyphen(particle, hyphen) -> bool:
    return (
        particle.lower_ in lx.NAME_PARTICLES
        and hyphen.text in HYPHENS
        and not particle.whitespace_
        and not hyphen.whitespace_
    )


def _nickname_side(token, leading: bool = False) -> bool:
    """A word of the name on either side of a nickname; a state's name or capital may be a
    given name ('Aden "Tiger" Duale')."""
    if leading and token.ent_type_ == "GPE" and title_cased(token.text):
        return True
    if leading and token.lower_ in lx.NAME_JOINING_PARTICLES:
        return True  # "Faisal bin"
    return (
        capitalised(token.text)
        and name_word(token.text)
        and token.ent_type_ in MISREAD_LABELS | {"NORP", "GPE"}
        and token.lower_ not in lx.ORGANISATION_WORDS
        and not known(token.text)
    )


def _joined(first, second) -> bool:
    """Two person entities side by side that are one name: a joining particle between or
    at the seam ("Mohammed bin Abdulrahman" + "Al Thani")."""
    if second.start != first.end:
        return False
    return (
        first[-1].lower_ in lx.NAME_JOINING_PARTICLES
        or second[0].lower_ in lx.NAME_JOINING_PARTICLES
    )


def _hyphenated_given_name(ent) -> bool:
    """'Choi Min-jae', 'Lee Seong-kweun': a name of two words or more the model ended at the
    hyphen inside its last word, whose lower-case syllable after it is no English word
    ('Putin-backed' is no name; a one-word entity is left alone)."""
    doc, end = ent.doc, ent.end
    if len(ent) < 2 or end + 1 >= len(doc) or ent[-1].whitespace_:
        return False
    hyphen, syllable = doc[end], doc[end + 1]
    return (
        hyphen.text in HYPHENS
        and not hyphen.whitespace_
        and syllable.is_alpha
        and syllable.is_lower
        and len(syllable.text) <= lx.GIVEN_NAME_SYLLABLE_LETTERS
        and syllable.lower_ not in lx.HYPHEN_SUFFIX_WORDS
        and syllable.ent_type_ in ("", "PERSON")
    )


def _name_end(ent) -> int:
    """The end of a person's name the model ended early: over a joining particle and the
    capitalised word after it ("... bin Abdulrahman" + "Al Thani"), or, for a name of two
    words or more, over one untagged name word it is a compound of ("Espen Barth" + "Eide")."""
    doc, end = ent.doc, ent.end
    if _hyphenated_given_name(ent):
        end += 2  # "Choi Min" + "-" + "jae"
    if (
        ent[-1].lower_ in lx.NAME_JOINING_PARTICLES
        and end < len(doc)
        and title_cased(doc[end].text)
        and doc[end].ent_type_ == ""
    ):
        end += 1  # "Fahad bin" + "Salem"
    while end + 1 < len(doc) and doc[end].lower_ in lx.NAME_JOINING_PARTICLES:
        nxt = end + 1
        if doc[nxt].text in HYPHENS and not doc[end].whitespace_ and nxt + 1 < len(doc):
            nxt += 1
        word = doc[nxt]
        if not (title_cased(word.text) and word.ent_type_ in ("", "PERSON")):
            break
        if known(doc[end : nxt + 1].text):
            break  # "El Fasher": a place's name
        end = nxt + 1
    if end == ent.end and len(ent) >= 2 and end < len(doc):
        word = doc[end]
        if (
            ent.root.head.i == word.i
            and ent.root.dep_ == "compound"
            and word.pos_ == "PROPN"
            and word.ent_type_ == ""
            and title_cased(word.text)
            and name_word(word.text)
            and word.lower_ not in lx.ORGANISATION_WORDS
            and gazetteer().lookup(word.text) is None
        ):
            end += 1
    return end


def _name_led_by_state(ent) -> int | None:
    """'Aden Duale said', 'defence minister Chad Wolf': a given name that is a state's name
    or capital, which the entity ruler tagged as the state, before the rest of a person's
    name (title-cased proper nouns, no office or organisation word, that the name is a
    compound of). Only where a person is meant: after a title, as the subject of a speech
    verb or of a verb its sentence opens on, or beside another person; never after a
    determiner ('the Jordan Valley') or a preposition ('the President of X A B'), nor before
    a name the model read whole.
    Returns the end of the name."""
    doc, token = ent.doc, ent.root
    if len(ent) != 1 or ent.label_ != "GPE" or token.dep_ != "compound":
        return None
    if not title_cased(token.text):
        return None  # "U.S. Central Command": an abbreviation is no given name
    entry = gazetteer().lookup(ent.text)
    if entry is None or entry.type != "Country" or token.head.i <= token.i:
        return None
    rest = doc[token.i + 1 : token.head.i + 1]
    if len(rest) > 3 or not all(_rest_of_name(t) for t in rest):
        return None
    if len(rest) > 1 and rest[0].ent_iob_ == "B" and rest[1].ent_iob_ == "I":
        return None  # "the President of X A B": the model read the name whole, after it
    head = token.head
    before = doc[token.i - 1] if token.i else None
    if before is not None and (before.dep_ == "det" or before.pos_ == "ADP"):
        return None
    titled = before is not None and _title_word(before)
    speaking = head.dep_ == "nsubj" and head.head.lemma_ in SPEECH_VERBS
    # "Aden Duale arrived in ...": a sentence that opens on the subject's name (a state
    # opening its sentence is written "Somalia's", or alone)
    speaking = speaking or (
        token.i == token.sent.start
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.head.pos_ in ("VERB", "AUX")
    )
    beside = any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in head.children) or (
        head.dep_ == "conj" and head.head.ent_type_ == "PERSON"
    )
    return head.i + 1 if titled or speaking or beside else None


def _rest_of_name(token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ in ("", "PERSON")
        and name_word(token.text)
        and token.lower_ not in lx.ORGANISATION_WORDS
        and not known(token.text)
    )


def _title_word(token) -> bool:
    """A word that may lead a name as its bearer's title ("Chief", "Gen.", "Mr")."""
    word = token.text.lower().rstrip(".")
    return word in lx.OFFICE_TITLES or word in lx.TITLE_WORDS or word in lx.NAME_PREFIXES


def _given_name(token, head) -> bool:
    """A word that can stand before a surname in one name: "Mike", "Christopher", "B."."""
    text = token.text
    shaped = title_cased(text) or (len(text) == 2 and text[0].isupper() and text[1] == ".")
    return (
        shaped
        and token.pos_ == "PROPN"
        and (token.head == head or token.head.head == head)
        and not _office_word(text)
    )


def _office_word(word: str) -> bool:
    """A title, an office or a name prefix ("General", "Taoiseach", "Mr."): no word of a
    person's own name."""
    low = word.lower()
    return low in lx.TITLE_WORDS or low in lx.OFFICE_TITLES or low.rstrip(".") in lx.NAME_PREFIXES


def untagged_name(head, in_quote) -> list | None:
    """The tokens of a speaker's name the model left untagged or cut ('Than Swe said',
    'according to Ararat Mirzoyan'): two or three capitalised proper nouns (the head and its
    compounds), in no gazetteer, with no word of an organisation or office; ``in_quote``
    tells whether a character offset stands inside quotation marks (a name quoted is a
    title or term, not who speaks)."""
    doc = head.doc
    words = [head]  # the head and the compounds right before it, nested ones too
    while (
        words[0].i > 0
        and doc[words[0].i - 1].dep_ == "compound"
        and doc[words[0].i - 1].head.i in {t.i for t in words}
    ):
        words.insert(0, doc[words[0].i - 1])
    if not 2 <= len(words) <= 3 or any(c.dep_ == "poss" for c in head.children):
        return None
    if in_quote(words[0].idx):
        return None  # a name quoted is a title or term, not who speaks
    if any(
        (t.pos_ != "PROPN" and t.i == head.i)
        or not title_cased(t.text)
        or t.ent_type_ in ("PERSON", "GPE", "LOC", "FAC")
        or t.lower_ in lx.ORGANISATION_WORDS
        or fold(t.text) in lx.OFFICE_TITLES
        or t.lower_ in lx.NAME_PREFIXES
        or gazetteer().lookup(t.text) is not None
        or gazetteer().country_of_demonym(t.text) is not None
        for t in words
    ):
        return None
    after = doc[words[-1].i + 1] if words[-1].i + 1 < len(doc) else None
    if (
        words[0].ent_iob_ == "B"
        and all(t.ent_iob_ == "I" for t in words[1:])
        and (after is None or after.ent_iob_ != "I")
        # (a work of art, a product, an event or a law never speaks: "Oleksiy Danilov"
        # tagged a work of art, as a speaker, is a person)
        and words[0].ent_type_ not in lx.NON_SPEAKING_LABELS
    ):
        return None  # the model took the whole name for one entity: its reading holds
    if (
        after is not None
        and after.ent_iob_ == "I"
        and after.pos_ in ("ADP", "CCONJ")
        and words[0].ent_type_ not in ("", "PERSON")
    ):
        return None  # a body's name goes on ('the Islamic Front | in Chad', 'X | & Y Project')
    text = " ".join(t.text for t in words)
    if gazetteer().lookup(text) is not None or fold(text) in lx.NEWS_OUTLETS:
        return None
    return None if title_phrase(text.split()) else words  # ("Managing Director" is an office)


def name_after_title(head, in_quote) -> list | None:
    """'Jasper Mayor Richard Ireland said', 'Alberta Wildfire spokesperson Christie Tucker
    said', 'Army spokesperson Bryce Dubee wrote': the words of a body or place, a title,
    then a name, all compounds of the name's last word; whatever the model tagged the body,
    the place or the name, the two or three name-shaped proper nouns after the last title
    word are the person (who speaks as themselves once named)."""
    doc = head.doc
    # the words right before the head in its own phrase ('Fisheries and Parks Minister A B':
    # the parser may hang the title on a conjunct, not on the name)
    inside = {t.i for t in head.subtree}
    chain = [head]
    while chain[0].i - 1 in inside and (
        not doc[chain[0].i - 1].is_punct or _name_hyphen(doc[chain[0].i - 1])
    ):
        chain.insert(0, doc[chain[0].i - 1])
    titles = [n for n, t in enumerate(chain[:-1]) if _leading_title(t)]
    if not titles or head.pos_ != "PROPN" or in_quote(head.idx):
        return None
    words = chain[titles[-1] + 1 :]
    # ('General A-B-C': a name's hyphens join its parts into one word)
    parts = [t for t in words if not _name_hyphen(t)]
    if not 1 + (len(parts) == len(words)) <= len(parts) <= 3 + 2 * (len(parts) < len(words)):
        return None
    if any(c.dep_ == "poss" for c in head.children) or _name_hyphen(words[0]):
        return None
    if any(t.dep_ != "compound" or t.head.i not in {w.i for w in words} for t in parts[:-1]):
        return None
    if not all(
        t.pos_ == "PROPN"
        and title_cased(t.text)
        and name_word(t.text)
        and t.lower_ not in lx.ORGANISATION_WORDS
        for t in parts
    ):
        return None
    text = "".join(t.text_with_ws for t in words).strip()
    if known(text) or fold(text) in lx.NEWS_OUTLETS or title_phrase(text.split()):
        return None  # ("Chief | Executive Officer": an office, no name after the title)
    return words


def _name_hyphen(token) -> bool:
    """A hyphen joining two capitalised parts of one name, with no space around it
    ('Abu-Bakr-Ould')."""
    doc = token.doc
    return (
        token.text in HYPHENS
        and not token.whitespace_
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and doc[token.i - 1].text[:1].isupper()
        and doc[token.i + 1].text[:1].isupper()
    )


def _leading_title(token) -> bool:
    """A title or description that may stand right before a name ("Mayor", "spokesperson",
    "Rep.")."""
    word = token.lower_
    return (
        _title_word(token)
        or word in lx.NAME_LEADING_WORDS
        or token.lemma_.lower() in lx.NAME_LEADING_WORDS
    )


# Entity labels under which a name of a person may hide (the model's misreadings of one, and
# none): read by kg.extract.actors.of_titles too.
MISREAD_LABELS = frozenset(["", "PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"])
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
    elif _state_after_title(chain, before):
        chain = chain[1:]  # "the Envoy for Yemen A B": the state the title is of, not a name
    if len(chain) < 2 or len(chain) > 8:
        return None
    if any(c.dep_ == "case" for t in chain for c in t.children):
        return None  # "St Michael's Square": a possessive inside is no person's name
    words = words_of(chain)
    hyphenated = head.i > 0 and head.doc[head.i - 1].text in HYPHENS
    if len(words) < 2 or (head.pos_ != "PROPN" and not hyphenated):
        return None
    if not name_word(words[0]) or not name_word(words[-1]):
        return None
    if not all(name_word(w) or w.lower() in lx.NAME_PARTICLES for w in words[1:-1]):
        return None
    if head.ent_type_ not in MISREAD_LABELS and not _misread_people(head):
        return None
    if any(t.ent_type_ in _LEADING_LABELS for t in chain[1:]):
        return None
    if chain[0].ent_type_ in _LEADING_LABELS and chain[1].ent_iob_ == "I":
        return None  # one entity over both words: a place's own name ("South Sudan")
    entity = entity_span(head)
    whole = entity is not None and entity[0] <= chain[0].i and entity[1] >= head.i + 1
    if whole and (head.ent_type_ == "PERSON" or known(head.doc[entity[0] : entity[1]].text)):
        return None  # read whole already, or a name the gazetteer knows
    if known(" ".join(words)):
        return None
    return chain


def _state_after_title(chain, before) -> bool:
    """'President of Kenya A B', 'the Special Envoy for Yemen A B': a state's name the parser
    hung on the name that follows, right after the preposition of a title; the state is what
    the title is of, the name begins after it (at least two name words left)."""
    return (
        len(chain) >= 3
        and before is not None
        and before.pos_ == "ADP"
        and before.lower_ in ("of", "for")
        and chain[0].ent_type_ in _LEADING_LABELS
        and chain[1].ent_iob_ != "I"
    )


def _prep_name_word(token) -> bool:
    """A word of a name the parser took for a preposition: capitalised inside a sentence, or
    at its start one that never opens a sentence ("Than")."""
    if token.dep_ != "prep" or not token.text[:1].isupper() or token.text.isupper():
        return False
    return token.i != token.sent.start or token.lower_ in lx.NOT_OPENING_PREPOSITIONS


def _misread_people(head) -> bool:
    """'Ararat Mirzoyan' with "Mirzoyan" taken for a people: a word tagged so that names
    no people the gazetteer knows."""
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


def name_word(word: str) -> bool:
    """Whether a word is shaped like a word of a person's name ("Choe", "Bahiddha-Nukara",
    "al-Alimi", "Tae-yul"): letters in hyphenated pieces, a capital (after a particle at
    most), not all capitals unless one letter, and no title, office, name prefix or word of
    an organisation's or place's name (lx.NOT_NAME_WORDS)."""
    low = word.lower()
    pieces = word.split("-")
    if not all(p.isalpha() for p in pieces) or (word.isupper() and len(word) > 1):
        return False
    # the capital may come after a particle ("al-Alimi") but the word must have one
    if not any(p[:1].isupper() for p in pieces) or not (
        word[:1].isupper() or pieces[0].lower() in lx.NAME_PARTICLES
    ):
        return False
    return not _office_word(word) and low not in lx.NOT_NAME_WORDS


def known(text: str) -> bool:
    """Whether the gazetteer knows ``text`` as the name of something other than a person (a
    state, a place, an organisation): such words are no person's name the model missed."""
    entry = gazetteer().lookup(text)
    return entry is not None and entry.type != "Person"
