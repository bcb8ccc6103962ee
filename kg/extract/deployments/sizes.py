"""Sizes: how many a force counts ('3,000 troops', 'two squadrons', 'tens of thousands'),
as an integer or, when vague, as text."""

from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.lexicon import deployment_owners as olx
from kg.extract.lexicon import deployments as dlx


def few_people(force) -> bool:
    """'two soldiers laid a wreath': a handful of people with no movement verb are
    individuals, not a deployment ('two destroyers' are a force)."""
    size = size_of(force, force.head)[0]
    return force.lower_ in lx.GENERIC_FORCES and size is not None and size < _FEWEST_PEOPLE


def force_total(force) -> bool:
    """'the army has 900,000 personnel', 'can activate 900,000 reservists', 'will add 20,000
    conscripts': a numbered force that a verb of strength or of raising forces governs is
    a total, unless it is at the ready ('has 25,000 fighters ready to march'). Only for a
    force with no place: with one ('has 1,700 troops in Estonia') it is a presence."""
    if force.dep_ == "pobj" and force.head.lower_ in dlx.PART_OF_TOTAL_WORDS:
        # "has 4,477 warheads, including 1,900 tactical nuclear weapons": part of a total
        return force.head.head.i != force.i and force_total(force.head.head)
    # "the largest military, with more than two million soldiers": a strength it has
    if force.dep_ == "pobj" and force.head.lower_ == "with":
        return True
    verb = force.head
    if force.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in dlx.FORCE_TOTAL_VERBS:
        return False
    near = [*force.children, *(c for c in verb.children if c.dep_ in ("acomp", "xcomp", "oprd"))]
    return not any(t.lemma_.lower() in dlx.READY_WORDS for t in near)


def changed_strength(force) -> bool:
    """'increase the armed forces by 170,000 personnel to a strength of 1,320,000
    servicemen': a number by which, or to which, a strength changes."""
    prep = force.head
    if force.dep_ != "pobj":
        return False
    if prep.lower_ in ("by", "to") and prep.head.lemma_.lower() in dlx.STRENGTH_CHANGE_VERBS:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in dlx.STRENGTH_NOUNS


# fewer people than this, counted with no movement verb, are individuals
_FEWEST_PEOPLE = 10


# a number glued to a letter or hyphen is a model name ("Su-25"), not a count
# and one glued to a suffix an ordinal ("the 25th Brigade"), a unit's name
_NUMBER = re.compile(r"(?<![\w-])\d[\d,.]*(?![\w])")
# digits grouped by threes with spaces, South African and French style ("1 000", "12 500")
_SPACED_THOUSANDS = re.compile(r"(?<![\w,.-])\d{1,3}(?: \d{3})+(?![\w,.])")


def size_of(force, trigger):
    # "the troop presence has risen from 300 to 969": a presence counts where it rose to
    if force.lemma_.lower() in lx.DEPLOYMENT_NOUNS and force.dep_ == "nsubj":
        for prep in force.head.children:
            target = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.lower_ == "to" and target is not None and target.like_num:
                text = " ".join(t.text for t in target.subtree)
                return to_int(text), None
    # "120 battalion tactical groups", "six Thai patrol boats": the number may hang on a
    # compound, or on a compound's compound
    modifiers = [*force.children, *_compound_children(force)]
    numbers = [
        c
        for c in modifiers
        if (c.dep_ == "nummod" or (c.like_num and c.dep_ in ("amod", "quantmod")))
        and not _hull_number(c, force)
    ]
    # "troops, numbering some 20,000,": the count a participle gives the force
    numbers += [
        d
        for c in force.children
        if c.dep_ in ("acl", "relcl") and c.lemma_ in dlx.COUNTING_VERBS
        for d in c.children
        if d.dep_ in ("dobj", "attr", "npadvmod") and d.like_num
    ]
    # "the X Division, which comprises some 5,000 troops,": a unit's count is the force
    # its clause says it is made of
    numbers += [
        d
        for c in force.children
        if c.dep_ in ("acl", "relcl") and c.lemma_ in dlx.COMPRISING_VERBS
        for made_of in _made_of(c)
        if made_of.lower_ in lx.FORCE_NOUNS
        for d in made_of.children
        if d.dep_ == "nummod" and d.like_num
    ]
    # "a force of more than 150,000", "a contingent of 800": the number it is made of
    numbers += [
        d
        for c in force.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for d in c.children
        if d.dep_ == "pobj" and d.pos_ == "NUM"
    ]
    # "a 2,500-strong force": the number its strength word carries
    numbers += [d for c in force.children if strength_word(c) for d in c.children if d.like_num]
    # "F-35 fighters": a number glued to a letter is a model name, not a size
    numbers = [c for c in numbers if _is_count(c) and not _in_a_name(c)]
    # "tens of thousands of soldiers", "one of its two carriers": the amount is the chain
    # of heads above the force, before any number on the force itself
    chain, node = [], force
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i != node.i:
        node = node.head.head
        chain.append(node)
    # "the total number of X personnel sent to Y has risen to (would bring it to) more than
    # 20,000": a count's number is where it rises to
    counted = _counted_to(force, chain)
    if counted is not None:
        return counted, None
    if chain:
        first = chain[-1]
        text = force.doc[first.left_edge.i : force.i].text.strip()
        text = re.sub(r"\s+of$", "", text)
        value = to_int(text)
        if value or not numbers:
            return value, (None if value else text)
    # "between 169,000 and 190,000 troops", which the parser may read as "between 169,000"
    # and "190,000 troops": a range counts its lower bound
    low = _range_start(force)
    if low is not None:
        numbers = [low]
    if numbers:
        number = numbers[0]
        words = sorted(
            [number, *[t for t in number.subtree if t.like_num or t.lower_ in lx.NUMBER_SCALES]],
            key=lambda t: t.i,
        )
        text = " ".join(dict.fromkeys(t.text for t in words))
        return to_int(text), None
    return None, None


def _in_a_name(number) -> bool:
    """'the X Dizhi 8 survey ship', 'Y Hong 10': a number after a proper noun it hangs on is
    part of a ship's or unit's name, no count."""
    if number.head.pos_ == "PROPN" and number.i > number.head.i:
        return True
    # ("the X Dizhi 8 survey ship": the parser may hang the number on the ship, after the
    # name's own words)
    before = number.doc[number.i - 1] if number.i > 0 else None
    return (
        before is not None
        and before.pos_ == "PROPN"
        and before.dep_ in ("nmod", "compound")
        and before.head.i == number.head.i
        and before.ent_type_ not in ("DATE", "GPE", "NORP")
    )


def _range_start(force):
    """The first number of a range the parser splits from the force ('between 9,000 and
    12,000 troops': 9,000 as the object of 'between', the force as its conjunct), or None."""
    low = force.head
    if force.dep_ != "conj" or low.i == force.i or low.pos_ != "NUM" or not _is_count(low):
        return None
    if low.dep_ == "pobj" and low.head.lower_ in dlx.RANGE_PREPOSITIONS:
        return low
    return None


def _counted_to(force, chain) -> int | None:
    """The number a count of the force ('the total number of X troops') rises or is brought
    to, on the count's verb or on the participle that moves the force (where the parser
    may hang it: 'personnel sent to Y to more than 20,000')."""
    if len(chain) != 1 or chain[0].lower_ not in olx.COUNT_NOUNS:
        return None
    holders = [chain[0].head, *(c for c in force.children if c.dep_ == "acl")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for target in prep.children:
                if target.dep_ == "pobj" and target.pos_ == "NUM" and _is_count(target):
                    value = to_int(" ".join(t.text for t in target.subtree))
                    if value:
                        return value
    return None


def _compound_children(force) -> list:
    """The children of the force's compounds, down the chain of compounds before it."""
    out, stack = [], [c for c in force.children if c.dep_ in ("compound", "nmod")]
    while stack:
        compound = stack.pop()
        out += compound.children
        stack += [c for c in compound.children if c.dep_ in ("compound", "nmod")]
    return out


def strength_word(token) -> bool:
    """'strong' of 'a 2,500-strong force', 'member' of 'a 5,000-member force': a strength
    word that carries a number (the 'troop' of 'troop presence' carries none)."""
    if token.dep_ not in ("amod", "compound") or token.lower_ not in dlx.STRENGTH_WORDS:
        return False
    return any(c.like_num for c in token.children)


def _hull_number(number, force) -> bool:
    """'CCG vessels 3105 and 3306', 'patrol boat 4408': bare digits after the force noun
    name a hull, they count nothing ('a force of 800' hangs on 'of')."""
    return number.i > force.i and number.text.isdigit()


def _is_count(number) -> bool:
    if number.lower_ in lx.NUMBER_WORDS or number.lower_ in lx.NUMBER_SCALES:
        return True  # "two", "six hundred"
    glued = number.i > 0 and number.nbor(-1).text == "-"
    return not glued and not any(ch.isalpha() for ch in number.text)


def to_int(text: str) -> int | None:
    first = next((w for w in text.lower().split() if w in lx.NUMBER_WORDS or w[:1].isdigit()), "")
    if first in lx.NUMBER_WORDS:  # "two squadrons of F-35 fighters": two, not 35
        words = text.lower().split()
        value = lx.NUMBER_WORDS[first]
        # "twelve hundred", "two thousand": a word's scales right after it
        for word in words[words.index(first) + 1 :]:
            if word not in lx.NUMBER_SCALES:
                break
            value *= lx.NUMBER_SCALES[word]
        return value
    # "1 000 troops", "between 2 000 and 4 000": a space may separate thousands
    text = _SPACED_THOUSANDS.sub(lambda m: m.group(0).replace(" ", ""), text)
    match = _NUMBER.search(text)
    if not match:
        return None
    raw = match.group(0).rstrip(".,")
    try:
        value = float(raw.replace(",", "")) if raw.count(",") or raw.count(".") <= 1 else None
    except ValueError:
        return None
    if value is None:
        return None
    for word, scale in lx.NUMBER_SCALES.items():
        if word in text.lower():
            value *= scale
    return int(value) if value >= 1 else None


def _made_of(clause) -> list:
    """The objects of a clause of composition: 'comprises 5,000 troops', 'consists of two
    brigades'."""
    out = [c for c in clause.children if c.dep_ == "dobj"]
    for prep in clause.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            out += [c for c in prep.children if c.dep_ == "pobj"]
    return out
