"""Organisation names the entity ruler or the model cut: a demonym the ruler tags before NER
runs splits "the Federation of American Scientists" into "the Federation of" and "American";
the model leaves out a name's first word before a comma ("Foreign, Commonwealth and
Development Office") or the capitalised words before its head ("Attorney General's Office"),
runs an owner into it ("the Treasury Department's Office of ..."), cuts it at its remit
("the UN Office | for | the Coordination of ...") or after the preposition before its place
("the Islamic Resistance in | Somalia"), or cuts it at the 'of' before a name the ruler
tagged ("the Joint Command of | the Armed Forces"; "the Gabonese | Ministry of | the Armed
Forces" with 'Ministry of' left untagged).
The speaker of what such a body says is then a fragment ("Federation of") that names nobody."""

from __future__ import annotations

from kg.extract.actors.region_commands import command_spans_repaired
from kg.extract.lexicon import actors as lx
from kg.gazetteer import fold, gazetteer

# Last words of a body's name that show a run of capitalised words is that name.
_BODY_HEADS = lx.INSTITUTION_HEADS | lx.NAMED_INSTITUTION_HEADS | lx.KIND_OF_STATE_BODY_HEADS
# ... and those of an armed service's name ('the Royal | Thai | Army').
_RUN_HEADS = _BODY_HEADS | lx.NAMED_SERVICE_HEADS
# ... and those that close a run of capitalised words joined by "and" ('the Peace and |
# Security Bureau').
_JOINED_HEADS = _BODY_HEADS | lx.JOINED_NAME_HEADS
# ... and those a body's name leads up to before its "of" ('the General Staff of | the Armed
# Forces').
_OF_HEADS = _RUN_HEADS | lx.NAMED_STATE_BODY_HEADS
_PLACE_LABELS = ("GPE", "LOC")
# Words a body's name goes on after, never ends with ('the Ministry of X and | Y').
_NAME_JOINS = frozenset(["of", "and"])


def organisation_spans_repaired(doc, ents: list) -> list:
    """The entities with cut organisation names made whole (see the module's docstring)."""
    from spacy.tokens import Span

    out = command_spans_repaired(doc, list(ents))
    for index, ent in enumerate(out):
        if ent is None or ent.label_ != "ORG":
            continue
        start, end = _lead_start(doc, ent), _demonym_run_end(doc, ent, out, index)
        owned = _owned_body_start(doc, ent)
        start = owned if owned > ent.start else start
        end = max(
            end,
            _purpose_tail_end(doc, ent, out, index),
            _dangling_place_end(ent, out, index),
            _dangling_of_end(ent, out, index),
            _placed_body_end(doc, ent, out, index),
            _state_closing_end(ent, out, index),
        )
        head_start = _untagged_head_start(doc, ent)
        start = head_start if head_start < ent.start else start
        if (start, end) == (ent.start, ent.end):
            continue
        for other, span in enumerate(out):
            if other != index and span is not None and span.start < end and span.end > start:
                out[other] = None  # the demonym the ruler tagged inside the name
        out[index] = Span(doc, start, end, label="ORG")
    return [e for e in out if e is not None]


def _name_word(token) -> bool:
    """A capitalised word of a name that no entity holds, not its sentence's first."""
    return (
        token.is_title and token.is_alpha and token.ent_iob_ == "O" and token.i != token.sent.start
    )


def _demonym_run_end(doc, ent, ents: list, index: int) -> int:
    """Where a name cut at a demonym ends: 'the Federation of | American | Scientists' (a
    name ending in 'of' goes on), 'the North | American | Aerospace Defense Command' (the
    capitalised words after the demonym end in a body's head word, or a service's: 'the
    Royal | Danish | Navy')."""
    following = next((e for e in ents[index + 1 :] if e is not None), None)
    if following is None or following.start != ent.end or following.label_ != "NORP":
        return ent.end
    if len(following) != 1:
        return ent.end
    end = following.end
    while end < len(doc) and _name_word(doc[end]) and doc[end].sent == ent.sent:
        end += 1
    cut_at_of = ent[-1].lower_ == "of" or (len(ent) > 2 and ent[-2:].text.lower() == "of the")
    if end == following.end:
        # 'the Joint Command of the | Uruguayan | Armed Forces': a name cut at its "of"
        # goes on over the demonym into the service's name the model tagged after it
        rest = next((e for e in ents[index + 1 :] if e is not None and e.start >= end), None)
        named = rest is not None and rest.start == end and rest.label_ == "ORG"
        if cut_at_of and named and rest[-1].lower_ in _RUN_HEADS:
            return rest.end
        return ent.end
    if cut_at_of or doc[end - 1].lower_ in _RUN_HEADS:
        return end
    return ent.end


def _lead_start(doc, ent) -> int:
    """Where a body's name begins when the model left out its first words: capitalised words
    listed before it ('Foreign, Trade and | Development Office'), a compass word and a demonym
    ('South American | Maritime Command'), capitalised words right before the head's name
    ('Attorney | General's Office', with the demonym before them)."""
    head = ent[-1].lower_
    if head not in _JOINED_HEADS or not ent[0].is_title:
        return ent.start
    start = ent.start
    while start >= 2 and doc[start - 1].lower_ in (",", "and") and _name_word(doc[start - 2]):
        start -= 2
    if start < ent.start:
        listed = doc[start : ent.end]
        has_and = any(t.lower_ == "and" for t in listed)
        # ('the Peace and | Security Bureau': without a comma, the parse must hang the words
        # before it on the name itself, not on a verb or a noun outside it)
        inside = all(start <= t.head.i < ent.end for t in doc[start : ent.start])
        listed_ok = any(t.text == "," for t in listed) or inside
        return start if has_and and listed_ok else ent.start
    if head not in _BODY_HEADS:
        return ent.start
    if (
        start >= 2
        and doc[start - 1].ent_type_ == "NORP"
        and doc[start - 1].ent_iob_ == "B"
        and _name_word(doc[start - 2])
        and doc[start - 2].lower_ in lx.STATE_QUALIFIERS  # "South", "Central"
    ):
        return start - 2
    while (
        start > ent.sent.start
        and _name_word(doc[start - 1])
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].lower_ not in lx.TITLE_WORDS  # 'said President Office ...'
    ):
        start -= 1
    if start < ent.start and start > 0 and doc[start - 1].ent_type_ == "NORP":
        start -= 1  # 'the Venezuelan Attorney General's Office': its state's word leads it
    return start


def _owned_body_start(doc, ent) -> int:
    """Where a body's name begins when the model ran its owner into it: 'the Treasury
    Department’s | Office of Foreign Assets Control' is the office's name after the
    possessive (the owner is another body), when a body's head word follows it."""
    for token in ent[:-1]:
        owner = doc[token.i - 1] if token.i > ent.start else None
        if owner is None or owner.lower_ not in _BODY_HEADS:
            continue  # ('the Attorney General's Office': a title's office, one name)
        if token.tag_ == "POS" and token.i + 1 < ent.end:
            rest = doc[token.i + 1 : ent.end]
            if rest[0].is_title and any(t.lower_ in _BODY_HEADS for t in rest):
                return token.i + 1
    return ent.start


def _purpose_tail_end(doc, ent, ents: list, index: int) -> int:
    """Where a body's name ends when the model cut it at the preposition of its remit: 'the
    UN Office | for | the Coordination of Humanitarian Affairs' (a capitalised head word,
    then 'for' or 'on' and a name the model tagged on its own) is one name."""
    if not (ent[-1].is_title and ent[-1].lower_ in _BODY_HEADS) or ent.end + 2 >= len(doc):
        return ent.end
    if doc[ent.end].lower_ not in lx.REMIT_PREPOSITIONS or doc[ent.end].sent != ent.sent:
        return ent.end
    following = next((e for e in ents[index + 1 :] if e is not None), None)
    if following is not None and following.start == ent.end + 1:
        if following.label_ != "ORG":
            return ent.end
        words = [t for t in following if t.lower_ not in lx.ACRONYM_SKIPPED_WORDS]
        return following.end if words and all(t.is_title for t in words) else ent.end
    # (the remit left untagged: its capitalised words, with the small words between them)
    end, at = ent.end, ent.end + 1
    at += doc[at].lower_ == "the"
    while at < len(doc) and doc[at].ent_iob_ == "O":
        if doc[at].is_title and doc[at].is_alpha and doc[at].i != doc[at].sent.start:
            end = at = at + 1
        elif doc[at].lower_ in lx.ACRONYM_SKIPPED_WORDS and end == at:
            at += 1
        else:
            break
    return end if end > ent.end + 1 else ent.end


def _dangling_place_end(ent, ents: list, index: int) -> int:
    """Where a body's name ends when the model cut it right after the preposition before its
    place: 'the National Front in | Somalia' (a name never ends in a preposition; the place
    tagged right after it is the name's)."""
    # ('the Armed Forces of | Ukraine' is read where the names are keyed: the state stays one)
    if len(ent) < 3 or ent[-1].pos_ != "ADP" or ent[-1].lower_ not in ("in", "for"):
        return ent.end
    following = _following(ent, ents, index)
    if following is None or following.start != ent.end or following.label_ not in _PLACE_LABELS:
        return ent.end
    return following.end


def _following(ent, ents: list, index: int):
    """The next entity kept after the one at ``index`` in the same sentence, if any."""
    following = next((e for e in ents[index + 1 :] if e is not None), None)
    return following if following is not None and following.sent == ent.sent else None


def _placed_body_end(doc, ent, ents: list, index: int) -> int:
    """Where a body's name ends when it goes on with the place it sits in or serves: 'the
    UN Support Mission | in | Libya', 'the UN Mission for the Referendum | in | Western
    Sahara' (a capitalised head of lx.PLACED_BODY_HEADS in the name, then 'in' and a place the
    model tagged on its own). An armed service's name is no such body ('the Russian Air Force
    in Syria' is the service, placed)."""
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "in" or not ent[-1].is_title:
        return ent.end
    heads = [t for t in ent if t.is_title and t.lower_ in lx.PLACED_BODY_HEADS]
    if not heads or any(t.lower_ in lx.SERVICE_NAME_WORDS and t.i != heads[-1].i for t in ent):
        return ent.end
    following = _following(ent, ents, index)
    if following is None or following.start != ent.end + 1:
        return ent.end
    return following.end if following.label_ in _PLACE_LABELS else ent.end


def _state_closing_end(ent, ents: list, index: int) -> int:
    """Where a body's name ends when its state's name closes it: 'Amnesty International |
    Indonesia' (a country the model tagged right after the name, that the name's last word
    hangs on as a compound: the head of the whole phrase)."""
    following = _following(ent, ents, index)
    if following is None or following.start != ent.end or following.label_ != "GPE":
        return ent.end
    last = ent[-1]
    if not last.is_title or last.dep_ != "compound" or last.head.i != following.root.i:
        return ent.end
    if following.root.dep_ == "compound" or not _country_named(following.text):
        return ent.end  # ('according to the New York Times Kyiv demanded': a capital acting)
    return following.end


def _country_named(text: str) -> bool:
    """Whether a place's words are a country's own name or one of its other English names
    ("Peru", "Czechia"), not its capital's ("Lima") nor a code or short form the gazetteer
    also holds ("UK", "US")."""
    entry = gazetteer().lookup(text)
    if entry is None or entry.type != "Country":
        return False
    return fold(text) in {fold(entry.name), *map(fold, gazetteer().state_names(entry.name))}


def _dangling_of_end(ent, ents: list, index: int) -> int:
    """Where a body's name ends when the model cut it right after its 'of' or 'and', or
    after its first adjective: 'the Joint Command of | the Armed Forces', 'the Ministry of
    Foreign Affairs and | International Cooperation', 'the National | Security Council' (a
    name never ends in 'of' or 'and', nor is an adjective alone; the organisation tagged
    right after it in the same sentence is the rest of the name)."""
    words = [t for t in ent if t.dep_ != "det"]
    cut = len(ent) >= 2 and ent[-1].lower_ in _NAME_JOINS and ent[-2].is_title
    adjective = len(words) == 1 and words[0].is_title and words[0].lower_ in lx.NAME_ADJECTIVES
    if not (cut or adjective):
        return ent.end
    following = next((e for e in ents[index + 1 :] if e is not None), None)
    if following is None or following.start != ent.end or following.label_ != "ORG":
        return ent.end
    return following.end if following.sent == ent.sent else ent.end


def _untagged_head_start(doc, ent) -> int:
    """Where a body's name begins when the model left its head and 'of' untagged before a
    name the ruler tagged: 'the Gabonese Ministry of | the Armed Forces' (a capitalised head
    word of a body, then 'of'; the capitalised words and the state's demonym before it lead
    the name too)."""
    at = ent.start - 1
    if at < 2 or doc[at].lower_ != "of" or doc[at].ent_iob_ != "O":
        return ent.start
    head = doc[at - 1]
    if not (_name_word(head) and head.lower_ in _OF_HEADS) or head.sent != ent.sent:
        return ent.start
    start = head.i
    while start > ent.sent.start and _name_word(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start > 0 and doc[start - 1].ent_type_ == "NORP" and doc[start - 1].ent_iob_ == "B":
        start -= 1  # 'the Gabonese Ministry of ...': its state's word leads it
    return start
