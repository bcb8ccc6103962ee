"""Titles: what a person is called in the article ("the secretary general", "Ukraine's
defense minister") and which person a title alone stands for.

Titles are read from the parse around a person's name (the words before it in its phrase,
an apposition, a title the parser hung beside it) and kept lower-cased on the person's
record, with the state they name. A role resolves to the person named before who bears the
title (or, for a lead that names the person only further on, the first one named after who
bears all of it); "his Russian counterpart" to the person of that state; "the Nato chief" to
the person who acts for the organisation. One head of government is one title, whatever a
country calls the office (``HEAD_OF_GOVERNMENT``).
"""

from __future__ import annotations

import re

from kg.extract.actors.names import capitalised, clean_name, without_titles
from kg.extract.actors.records import ActorRecords, Record
from kg.extract.common import sentences
from kg.extract.lexicon import actors as lx


class TitleRules(ActorRecords):
    """The rules that collect titles and resolve a title to its bearer (a mixin of
    ``ArticleActors``)."""

    def _collect_titles(self, ent, key: str) -> None:
        root = ent.root
        left = [t for t in root.subtree if t.i < ent.start and not t.is_punct]
        while left and left[0].dep_ == "det":
            left = left[1:]
        titles = []
        inner = without_titles(clean_name(ent.text).split())[0]
        if left or inner:
            titles.append(" ".join([t.text for t in left] + inner))
        for child in root.children:
            if child.dep_ == "appos" and child.ent_type_ != "PERSON":
                words = [t for t in child.subtree if not t.is_punct]
                while words and words[0].dep_ == "det":
                    words = words[1:]
                titles.append(" ".join(t.text for t in words))
        sibling = self._title_sibling(ent)
        if sibling is not None:
            # "Ukrainian Ambassador to the U.S. Oksana Markarova appeared": the parser took
            # the title before the name for a second subject
            words = [t for t in sibling.subtree if not t.is_punct and t.i < ent.start]
            while words and words[0].dep_ == "det":
                words = words[1:]
            titles.append(" ".join(t.text for t in words))
        head = root.head
        if root.dep_ == "appos" and head.i < ent.start and head.ent_type_ != "PERSON":
            # "The Commander-in-Chief of the Armed Forces, General A B, said": the title
            # the name stands in apposition to
            own = {t.i for t in root.subtree}
            words = [t for t in head.subtree if t.i not in own and not t.is_punct]
            while words and words[0].dep_ == "det":
                words = words[1:]
            if words:
                titles.append(" ".join(t.text for t in words))
        record = self.records[key]
        for title in titles:
            low = title.lower()
            if set(low.split()) & lx.TITLE_WORDS and len(low) < 80:
                record.titles.add(low)
                if record.country is None:
                    record.country = self._country_in(title)

    def _title_sibling(self, ent):
        """The phrase right before a name that the parser hung beside it on the same head
        (two subjects), when it is headed by a title word."""
        if ent.start == 0:
            return None
        root = ent.root
        title = _title_holding_name(root)
        if title is not None and max(t.i for t in title.subtree) == ent.end - 1:
            return title
        token = self.doc[ent.start - 1]
        while token.head.i != root.head.i and token.head.i != token.i:
            token = token.head
        if token.i == root.i or token.head.i != root.head.i or token.dep_ != root.dep_:
            return None
        if max(t.i for t in token.subtree) != ent.start - 1 or token.ent_type_ == "PERSON":
            return None
        return token if token.lower_ in lx.TITLE_WORDS else None

    def _person_by_title(
        self, role: str, head, before: int, state: str | None, ahead: bool = False
    ) -> str | None:
        """The person named before who bears a title; ``ahead``: the first one named after
        who bears all of it (a lead that names the person only further on)."""
        state_name = self.records[state].name if state else None
        candidates = []
        if ahead:
            if head.text.lower() == "counterpart":
                return None
            for start, key in self._mentions:
                record = self.records[key]
                if start < before or record.type != "Person":
                    continue
                if state_name and record.country and record.country != state_name:
                    continue
                titles = record.titles | set(self._gazetteer_titles(record))
                if any(_title_matches(role, title, whole=True) for title in titles):
                    return key
            return None
        for start, key in self._mentions:
            if start >= before:
                break
            record = self.records[key]
            if record.type != "Person":
                continue
            titles = record.titles | set(self._gazetteer_titles(record))
            if state_name and record.country and record.country != state_name:
                continue
            if head.text.lower() == "counterpart":
                if state_name and record.country == state_name:
                    candidates.append(key)
                continue
            if any(_title_matches(role, title) for title in titles):
                candidates.append(key)
        if len(set(candidates)) > 1:
            # 'A said that the president of B ... “...,” the president said': of several
            # who bear the title, the one who was speaking, not the one spoken of
            speaking = self._titled_speaker(candidates, before)
            if speaking:
                return speaking
        if not candidates and head.text.lower() == "counterpart" and state_name:
            # "his Russian counterpart Vladimir Putin", or named only further on
            return next(
                (
                    key
                    for start, key in self._mentions
                    if start >= before
                    and self.records[key].type == "Person"
                    and self.records[key].country == state_name
                ),
                None,
            )
        return candidates[-1] if candidates else None

    def bearer_of(self, role: str, head, state: str | None) -> str | None:
        """The person of a state who bears all of a role ("its infrastructure minister"):
        the last named before, else the first named after."""
        state_name = self.records[state].name if state else None
        bearers = []
        for start, key in self._mentions:
            record = self.records[key]
            if record.type != "Person" or (
                state_name and record.country and record.country != state_name
            ):
                continue
            titles = record.titles | set(self._gazetteer_titles(record))
            # every word of the role ('culture minister' bears no 'infrastructure minister')
            if any(set(role.split()) <= set(title.split()) for title in titles):
                bearers.append((start, key))
        before = [key for start, key in bearers if start < head.i]
        return before[-1] if before else next((key for _, key in bearers), None)

    def office_holder(self, tokens, head, before: int, state: str | None) -> str | None:
        """'said the head of the committee', 'the Petroperu CEO warns', 'Chile's top
        diplomat underscored': a definite office one person holds, which no one named
        bears as a title, is held by the person the text speaks of there: the last person
        who was a subject within the few sentences before (or the one person named there);
        in a lead that names no one before it, the main subject of the next sentence. An
        office another acts on ('A met the President of X') is not the actor's, and when
        several people are named there it is guessed only for one known as the state's. A
        person of another state does not hold a state's office, nor one known as a state's
        an organisation's; a deputy's or the opposition's office is held by one so titled."""
        if not _single_office(tokens, head):
            return None
        state_name = self.records[state].name if state else None
        keys = [k for t in tokens if (k := self.key_at(t))]
        body = any(self.records[k].type != "Country" for k in keys)
        # ('the opposition leader', 'the deputy head' is not the one titled president or head)
        qualifiers = {t.lower_ for t in tokens} & lx.OTHER_OFFICE_QUALIFIERS
        # ('A met the President of X': the office is the other side's, not A's)
        partners = self._clause_subjects(head) or set()
        # (an office acted on by no one resolved, "Residents met the head of X": as before)
        acted_on = bool(partners)

        def holds(key: str) -> bool:
            if key in partners:
                return False
            titles = self.records[key].titles
            if qualifiers and not any(qualifiers <= set(t.split()) for t in titles):
                return False
            # (an organisation's head is no one known as a state's servant)
            country = self.records[key].country
            if body and not state_name:
                return country is None
            return not (state_name and country and country != state_name)

        people = [
            (s, k)
            for s, k in self._mentions
            if s < before and self.records[k].type == "Person" and holds(k)
        ]
        pronouns = [(s, k) for s, k in self._pronoun_subjects if s < before and holds(k)]
        recent = self._recent_subject(sorted(people + pronouns), before)
        if recent:
            return recent
        # ('A B toured X ...' with the name the parser did not make the subject): the one
        # person named in those sentences who may hold it; of an office another acts on
        # ('I held talks with the President of X'), only the one person named there or one
        # known as the state's: when several were named, the one left who may hold it is a
        # guess by elimination, and the office met is most often someone not named yet
        window = self._sentence_start_before(before, sentences_back=3, narrated=True)
        named = {
            k
            for s, k in self._mentions
            if window <= s < before and self.records[k].type == "Person"
        }
        holders = {k for k in named if holds(k)}
        if len(holders) == 1:
            holder = holders.pop()
            known = state_name and self.records[holder].country == state_name
            if not acted_on or len(named) == 1 or known:
                return holder
        if any(self.records[k].type == "Person" for s, k in self._mentions if s < before):
            return None  # (a person named after one named before is someone else)
        return self._next_main_subject(before, holds)

    def _clause_subjects(self, head) -> set[str] | None:
        """The actors who are the subject of the clause a phrase is an object in ('A met
        the President of X', 'A held talks with the head of Y': A), with the subjects
        joined to it ('A and B met ...'); None for a phrase that is no object of a clause
        with a subject (a subject itself: 'the President of X said')."""
        verb = head
        while verb.dep_ in _OBJECT_LINKS and verb.head.i != verb.i:
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                break
        if verb.i == head.i or verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        subjects += [c for s in subjects for c in s.conjuncts]
        pronouns = dict(self._pronoun_subjects)
        return {k for s in subjects if (k := self.key_at(s) or pronouns.get(s.i))}

    def _next_main_subject(self, before: int, holds) -> str | None:
        """The person who is the main subject of the sentence after the one at ``before``."""
        sentence = next((s for s in sentences(self.doc) if s.start <= before < s.end), None)
        if sentence is None or sentence.end >= len(self.doc):
            return None
        following = next(s for s in sentences(self.doc) if s.start == sentence.end)
        for start, key in self._mentions:
            if (
                following.start <= start < following.end
                and start in self._main_subjects
                and self.records[key].type == "Person"
                and holds(key)
            ):
                return key
        return None

    def _titled_speaker(self, candidates: list[str], before: int) -> str | None:
        """Of the people who bear a title, the last who was a main subject within the few
        sentences before ``before``, else the last who was ever the main subject of a
        sentence before it (one only named inside what another said is spoken of)."""
        people = [(s, k) for s, k in self._mentions if s < before and k in candidates]
        recent = self._recent_subject(people, before)
        if recent:
            return recent
        speaking = [k for s, k in people if s in self._main_subjects]
        return speaking[-1] if speaking else None

    def _leader_of(self, found, head, before: int) -> str | None:
        """'the Nato chief said': the person named before who acts for the organisation."""
        if head.lemma_.lower() not in lx.LEADER_NOUNS:
            return None
        org = next((k for _, k in found if self.records[k].type == "Organization"), None)
        if org is None:
            return None
        people = [
            key
            for start, key in self._mentions
            if start < before and self.records[key].type == "Person" and self.acting_for(key) == org
        ]
        return people[-1] if people else None

    def _gazetteer_titles(self, record: Record) -> tuple[str, ...]:
        entry = self.gaz.entries.get(record.name)
        return entry.titles if entry else ()


# the links from an object up to the verb of its clause ('met the President of X', 'held
# talks with the head of Y')
# (not a copula's "attr": 'A is the head of X' gives A the office, it does not act on it)
_OBJECT_LINKS = frozenset({"dobj", "pobj", "prep", "dative", "conj", "appos"})


def _single_office(tokens, head) -> bool:
    """'the Petroperu CEO', 'the head of X', "Chile's top diplomat": the head of a phrase
    for an office one person holds, made definite by an article or an owner (not 'a
    director', 'another chief'), and not a plural."""
    if head.tag_ != "NN" and not (head.tag_ == "NNP" and head.lower_ in lx.SINGLE_OFFICE_HEADS):
        return False
    word = head.lower_
    ranks = {t.lower_ for t in head.children if t.dep_ in ("amod", "compound")}
    ranks |= {
        f"{a.lower_} {t.lower_}" for t in head.children for a in t.children if a.dep_ == "advmod"
    }
    if word not in lx.SINGLE_OFFICE_HEADS and not (
        word in lx.TOP_RANKED_HEADS and ranks & lx.TOP_RANK_WORDS
    ):
        return False
    if any(t.lower_ in lx.FORMER_WORDS | lx.OTHER_BEARER_WORDS for t in tokens):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this")) or c.dep_ == "poss" for c in head.children
    )


def _title_holding_name(root):
    """'Ambassador to the U.N. A B', 'Special Envoy of the President of X A B': the parser
    takes the name for the object of the title's last preposition; the outermost title word
    the chain of prepositions climbs to (the envoy, not the president), if one."""
    node, found = root, None
    for _ in range(lx.TITLE_PREPOSITION_DEPTH):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            break
        title = node.head.head
        if title.i >= node.i:
            break
        if title.lower_ in lx.TITLE_WORDS:
            found = title
        node = title
    return found


def titled_name(ent) -> bool:
    """ "Lithuania's president and summit host, Gitanas Nauseda, said": a name in apposition
    to a person's title is a person's, whatever label the model gave it."""
    root = ent.root
    words = ent.text.split()
    return (
        root.dep_ == "appos"
        and root.head.lemma_.lower() in _PERSON_TITLES
        and 2 <= len(words) <= 3
        and all(map(capitalised, words))
    )


# titles only a person bears ("general", "head", "chief" also qualify other words)
_PERSON_TITLES = (lx.ROLE_NOUNS & lx.TITLE_WORDS) - {"general", "head", "chief"}


def _title_words(text: str) -> list[str]:
    # one head of government, whatever the country calls the office
    text = re.sub(r"[’']s\b", "", text.lower())
    for synonym in lx.HEAD_OF_GOVERNMENT:
        text = re.sub(rf"\b{synonym}\b", "prime minister", text)
    return [w for w in text.split() if w not in ("of", "the", "a", "an")]


def _title_matches(role: str, title: str, whole: bool = False) -> bool:
    """Whether a role ("the Taoiseach", "the deputy prime minister") names a title;
    ``whole``: every word of the role that is a title word is in it."""
    role_words = _title_words(role)
    title_words = set(_title_words(title))
    if not role_words:
        return False
    if whole:
        wanted = [w for w in role_words if w in lx.TITLE_WORDS]
        return bool(wanted) and role_words[-1] in title_words and set(wanted) <= title_words
    return role_words[-1] in title_words and sum(w in title_words for w in role_words) >= min(
        2, len(role_words)
    )
