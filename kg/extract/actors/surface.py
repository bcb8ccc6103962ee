"""The name an actor is written under in one article's eval row: a form the article itself
writes.

An actor's key and canonical name come from the gazetteer (kg.gazetteer), which is right
across articles; but a reader of one article matches names against that article's own
words, so a canonical form the article never writes ("United Nations" where it says only
"the UN", "Republic of the Congo" where it says "Republic of Congo", a constructed "US X
Department" where it says "the U.S. X Department") is a name no one reading it would
write. The canonical name stands wherever the article writes it, and for a person (a
surname names them) and a state whose common English name is unlike every form the article
writes ("United States" for "U.S.", "United Kingdom" for "Britain": the standard name,
kept), unless the form it writes is another English name of the state, official or former
("Côte d'Ivoire", "Burma": kg/data/state_names.tsv). Otherwise a form of the actor the
article writes is its name here: one of the gazetteer's aliases of the entry or a surface
the article's mentions recorded; never a seat or capital (another entry's name), never a
description ('the Union'); of several, the one the article writes most often on its own ('X
Department' more than 'Department of X'), the longer of two written as often.

A name the article follows with an acronym in brackets, after the words the model cut off
it ("the X Integrated Mission in the Y Republic (XIMY)", "Z and W Front (ZWF)", a
one-word 'person' "Dar" of "Dar o B Kendra (DOBK)"), is written as that acronym: the model's
cut is no name the article writes whole, and the acronym is (its letters are the initials
of the words around the name, in any order). A person known by one word the article
writes on with a surname ("Gen Mateo Ruiz Vega", "Mateo 'Nick' Ruiz": a title or nickname
cut the name) is written under the whole name. A suffix the article writes after a person's
name each time ("A B Jr.") is part of the name, and a title the model took into it
("Chairperson A") is not.

Only the eval rows (kg.extract.to_eval_json) read this: the store keeps the canonical name.
"""

from __future__ import annotations

import re
import unicodedata

from kg.extract.lexicon.actors import (
    ABBREVIATED_NAME_SUFFIXES,
    FILIAL_PARTICLES,
    NAME_SUFFIXES,
    ORGANISATION_WORDS,
    RANK_WORDS,
    REGNAL_TITLES,
    TITLE_OR_ROLE_WORDS,
)
from kg.gazetteer import gazetteer
from kg.models import Actor

# spellings a reader takes for one word ("Defence Ministry" is "Defense Ministry")
_SPELLINGS = {"defence": "defense", "kyiv": "kiev"}
_POSSESSIVE = re.compile(r"[’']s\b")
_WORD = re.compile(r"[a-z0-9]+")
# words that say nothing of which actor a name is ('the Republic of the X')
_FUNCTION_WORDS = frozenset({"the", "of", "and", "for", "in", "on", "to", "a", "an", "de"})


def words_of(text: str) -> str:
    """A name or text as a reader compares them: no accents, case, punctuation, possessive
    or leading 'the', with one spelling per word."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = _WORD.findall(_POSSESSIVE.sub("", text))
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(_SPELLINGS.get(w, w) for w in words)


class ArticleForms:
    """The article's words, asked whether it writes a name."""

    def __init__(self, text: str):
        self._raw = text
        self._text = f" {words_of(text)} "

    def writes(self, name: str) -> bool:
        folded = words_of(name)
        return bool(folded) and f" {folded} " in self._text

    def name_of(self, actor: Actor) -> str:
        """The name the actor is written under in this article."""
        short = self._bracketed_acronym(actor)
        if short is not None:
            return short
        if actor.type == "Person":
            # 'Chairperson A' for 'Chairperson A B C': the name the title's word cut
            untitled = _untitled(actor.name)
            whole = self._whole_name(untitled)
            name = whole if whole != untitled else self._whole_name(actor.name)
            return self._regnal(self._suffixed(name))
        if self.writes(actor.name):
            return actor.name
        forms = [f for f in self._forms(actor) if self.writes(f)]
        if actor.type == "Country":
            # a variant of the state's own name ('DR Congo'), not a code ('U.S.') or
            # another name ('Britain'), which the standard name stands for
            # or one of its other English names ("Côte d'Ivoire", "Burma": kg.gazetteer)
            own = set(words_of(actor.name).split()) - _FUNCTION_WORDS
            others = {words_of(n) for n in gazetteer().state_names(actor.name)}
            forms = [
                f
                for f in forms
                if not f.isupper() and (own & set(words_of(f).split()) or words_of(f) in others)
            ]
        if not forms:
            return actor.name
        return max(forms, key=lambda f: (self._standalone(f, forms), len(words_of(f).split())))

    def _standalone(self, form: str, forms: list[str]) -> int:
        """How often the article writes a form other than inside a longer one of the
        forms ('State Department' apart from 'the U.S. State Department')."""
        folded = words_of(form)
        count = self._text.count(f" {folded} ")
        for other in forms:
            longer = words_of(other)
            if longer != folded and f" {folded} " in f" {longer} ":
                count -= self._text.count(f" {longer} ") * f" {longer} ".count(f" {folded} ")
        return count

    @staticmethod
    def _forms(actor: Actor) -> list[str]:
        """The forms of an actor: its gazetteer entry's aliases and the surfaces its
        mentions recorded, none that the gazetteer gives to another entry (a capital, a
        seat of government)."""
        gaz = gazetteer()
        entry = gaz.lookup(actor.name)
        forms = [*(entry.aliases if entry else ()), *actor.aliases]
        out = []
        for form in dict.fromkeys(forms):
            if form.lower().startswith("the "):
                continue  # a description ('the Union'), not a name
            known = gaz.lookup(form)
            if known is not None and (entry is None or known.name != entry.name):
                continue  # a name the gazetteer gives to another actor
            out.append(form)
        return out

    def _whole_name(self, name: str) -> str:
        """A one-word person's name as the article writes it whole where it goes on with
        capitalised words (after a nickname in quotation marks or none)."""
        if " " in name or not name[:1].isupper():
            return name
        pattern = (
            r"\b" + re.escape(name) + r"(?:\s+['‘“\"][^'’”\"\n]{1,20}['’”\"])?"
            r"((?:\s+[A-Z][a-z][\w’'-]*){1,3})"
        )
        for found in re.finditer(pattern, self._raw):
            before = self._raw[max(0, found.start() - 8) : found.start()].split()
            if before and before[-1].lower() in FILIAL_PARTICLES:
                continue  # "A bin B Al C": B is A's father's name, not B's own
            words = []
            for word in found.group(1).split():
                if (
                    word.lower() in _NOT_NAME_WORDS
                    # ("the A Qarase Government", "the B Administration": a body of the
                    # person's, no more of the name)
                    or word.lower() in ORGANISATION_WORDS
                    or gazetteer().lookup(word) is not None
                ):
                    break
                words.append(word)
            if words:
                return " ".join([name, *words])
        return self._given_before_body(name)

    def _given_before_body(self, name: str) -> str:
        """A surname the article writes whole only inside the name of the person's body
        ('the A Qarase Government', 'the B Smith Administration'): the given name before it
        with it; the surname as it is if the article writes no such body."""
        pattern = r"\b([A-Z][a-z][\w’'-]*)\s+" + re.escape(name) + r"\s+([A-Z][a-z]+)\b"
        for found in re.finditer(pattern, self._raw):
            given, body = found.group(1), found.group(2)
            if body.lower() not in ORGANISATION_WORDS:
                continue
            low = given.lower().strip(".")
            if (
                low in _NOT_NAME_WORDS
                or low in _TITLE_WORDS
                or low in REGNAL_TITLES
                or low in ORGANISATION_WORDS
                or low in ("the", "a", "an")
                or gazetteer().lookup(given) is not None
            ):
                continue
            return f"{given} {name}"
        return name

    def _regnal(self, name: str) -> str:
        """A one-word person's name as the article writes it after a regnal title ('King
        Abdullah', 'Prince Harry', 'Pope Francis'), the title most often written with it;
        the name as it is if the article writes none."""
        if " " in name or not name[:1].isupper():
            return name
        counts: dict[str, int] = {}
        for found in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(name) + r"\b", self._raw):
            if found.group(1).lower() in REGNAL_TITLES:
                counts[found.group(1)] = counts.get(found.group(1), 0) + 1
        if not counts:
            return name
        return f"{max(counts, key=lambda t: counts[t])} {name}"

    def _suffixed(self, name: str) -> str:
        """A person's name with the suffix the article writes after it each time ('A B'
        written only 'A B Jr.'; not where 'A B' is written alone too, a father beside his
        son), and a surname with its suffix ('B Jr') with the given name the article
        writes before it and the same suffix ('A B Jr.', 'A C. B Jr.'): the suffix is part
        of the name."""
        words = name.split()
        if len(words) >= 2 and words[-1].lower() in NAME_SUFFIXES:
            if len(words) > 2:
                return name
            bare = words[-1].rstrip(".")
            suffix = re.escape(bare) + (
                r"\b\.?" if bare.lower() in ABBREVIATED_NAME_SUFFIXES else r"\b"
            )
            found = re.search(
                # one given name, and an initial after it ('A C. B Jr.')
                r"\b([A-Z][\w’'-]+\s+(?:[A-Z]\.\s+)?)" + re.escape(words[0]) + r"\s+" + suffix,
                self._raw,
            )
            given = []
            for word in reversed(found.group(1).split() if found else []):
                if word.lower().strip(".") in _TITLE_WORDS:
                    break  # 'General B Jr.': a title before the surname, no given name
                given.insert(0, word)
            if not given:
                return name
            return " ".join([*given, found.group(0).split()[-2], found.group(0).split()[-1]])
        if " " not in name:
            return name
        written = list(
            re.finditer(r"\b" + re.escape(name) + r"\b(,?\s+" + _SUFFIX + ")?", self._raw)
        )
        suffixes = {m.group(2) for m in written}
        if len(suffixes) != 1 or None in suffixes:
            return name
        return f"{name} {suffixes.pop()}"

    def _bracketed_acronym(self, actor: Actor) -> str | None:
        """The acronym in brackets the article writes after a name the model cut short
        (a name of no gazetteer entry, or a person's one word), within the capitalised
        and small words around it, whose initials hold the acronym's letters."""
        name = actor.name
        if actor.type == "Person" and " " in name:
            return None
        if actor.type != "Person" and gazetteer().lookup(name) is not None:
            return None
        if name.isupper() or " (" in name:
            return None
        pattern = (
            r"((?:(?:[A-Z][\w’'-]*|"
            + _SMALL
            + r")\s+){0,4})"
            + re.escape(name)
            + r"((?:\s+(?:[A-Z][\w’'-]*|"
            + _SMALL
            + r")){0,8})\s+\(([A-Z][A-Za-z]{1,7})\)"
        )
        for found in re.finditer(pattern, self._raw):
            acronym = found.group(3)
            if not acronym[1:].isupper():
                continue
            words = (found.group(1) + " " + name + " " + found.group(2)).replace("-", " ").split()
            letters = sorted(w[0].upper() for w in words)
            wanted = sorted(acronym.upper())
            if _holds(letters, wanted) and len(wanted) > len(name.split()) - 1:
                return acronym
        return None


# capitalised words that go on from a name but are none of it
_NOT_NAME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)


def _untitled(name: str) -> str:
    """A person's name without the title the model took into it ('Chairperson A': A),
    kept only where the article writes the rest on with the name the title cut."""
    words = name.split()
    if len(words) >= 2 and words[0].lower().strip(".") in _TITLE_WORDS:
        return " ".join(words[1:])
    return name


# titles and ranks written before a person's name ('Chairperson A', 'General B Jr.')
_TITLE_WORDS = TITLE_OR_ROLE_WORDS | RANK_WORDS


def _written_suffixes() -> str:
    """A suffix closing a person's name, as written ("Jr.", "Jnr", "III"): an
    abbreviation title-cased, with or without its full stop, a numeral in capitals."""
    forms = []
    for bare in sorted({s.rstrip(".") for s in NAME_SUFFIXES}):
        if bare in ABBREVIATED_NAME_SUFFIXES:
            forms += [re.escape(bare.title() + "."), bare.title() + r"\b"]
        else:
            forms.append(bare.upper() + r"\b")
    return "(" + "|".join(forms) + ")"


_SUFFIX = _written_suffixes()

# small words inside an organisation's name ('the Mission in the Republic of X')
_SMALL = r"(?:of|the|in|and|for|on|o|de|du|des|la|le|et|al)"


def _holds(letters: list[str], wanted: list[str]) -> bool:
    """Whether a multiset of letters holds every letter of another."""
    pool = list(letters)
    for letter in wanted:
        if letter not in pool:
            return False
        pool.remove(letter)
    return True
