"""Person mentions: which person a surname, a pronoun or a name the model mislabelled
stands for, within one article.

A surname goes to the full name it stands for (the gazetteer's well-known bearer when the
article names them, else the last one named in full before it; also when the model left it
untagged); "he" or "she" to the last person who was the subject of a main clause within the
few sentences before (a long quotation counting as one; a main-subject "he" or "she" before
it stands for its own person; the subject of a clause a body reports, "A held calls, the
press office said", counts as a main one; one a question asks about, "Asked whether A
would ...", as none), else of any clause, else the nearest person named outside
quotations; "the diplomat" to the person the text is about. A name the model tagged
as an organisation is a person's when a person of that surname is named in full, or when a
pronoun points back to it with no person before it. The word rules that say a run of tokens
is a person's name live in :mod:`kg.extract.actors.names`; here they meet the article's
records.
"""

from __future__ import annotations

import bisect

from kg.extract.actors.genders import person_genders, pronoun_gender
from kg.extract.actors.names import (
    capitalised,
    clean_name,
    name_after_title,
    title_cased,
    untagged_name,
    without_titles,
)
from kg.extract.actors.records import ActorRecords
from kg.extract.common import entities, tokens
from kg.extract.lexicon import actors as lx
from kg.extract.lexicon.statements import SPEECH_VERBS
from kg.gazetteer import Entry, fold


class PersonMentions(ActorRecords):
    """The rules that resolve a mention to a person (a mixin of ``ArticleActors``)."""

    def _full_person_names(self) -> dict[str, str]:
        """Surname (folded) -> the longest person name in the article ending with it."""
        names: dict[str, str] = {}
        given: dict[str, list[tuple[int, str]]] = {}
        for ent in entities(self.doc):
            if ent.label_ != "PERSON":
                # "Foreign Ministry Spokesperson A B" tagged whole as an organisation
                titled = name_after_title(ent.root, self._in_quote)
                if not titled or titled[0].i < ent.start or titled[-1].i != ent.end - 1:
                    continue
                ent = self.doc[titled[0].i : ent.end]
            words = without_titles(clean_name(ent.text).split())[1]
            if len(words) < 2:
                continue
            short = [fold(words[-1])]
            if len(words) <= 3 and fold(words[0]) in lx.SURNAME_FIRST:
                short.append(fold(words[0]))
            for word in short:
                self._named_at.setdefault(word, []).append((ent.start, " ".join(words)))
                if len(" ".join(words)) > len(names.get(word, "")):
                    names[word] = " ".join(words)
            given.setdefault(fold(words[0]), []).append((ent.start, " ".join(words)))
        self._add_given_names(names, given)
        # "Nikki Haley" tagged ORG, "Haley" PERSON: a person's full name all the same
        ents = entities(self.doc)
        surnames = {fold(e.text) for e in ents if e.label_ == "PERSON" and len(e) == 1}
        for ent in ents:
            words = clean_name(ent.text).split()
            if (
                ent.label_ == "ORG"
                and 2 <= len(words) <= 3
                and fold(words[-1]) in surnames
                and fold(words[-1]) not in names
                and all(map(capitalised, words))
                and not self.gaz.lookup(" ".join(words))
            ):
                names[fold(words[-1])] = " ".join(words)
        # "Orysia Lutsevych, deputy director of X, said ... Lutsevych (ORG) believes": the
        # full name untagged, the surname tagged an organisation alone
        for ent in ents:
            if ent.label_ == "ORG" and len(ent) == 1 and fold(ent.text) not in names:
                full = self._untagged_full_name(ent.text)
                if full:
                    names[fold(ent.text)] = full
        return names

    def _add_given_names(self, names: dict[str, str], given: dict) -> None:
        """'Prime Minister Abiy Ahmed ... Abiy said': where a name's second part is the
        father's name (Ethiopian, Eritrean, many Arabic names), the person is named later
        by the first part. A first word that is no one's surname and opens one full name
        alone stands for that person (a surname of the article keeps its own reading)."""
        for word, spots in given.items():
            fulls = {name for _, name in spots}
            if len(fulls) != 1 or word in names or word in lx.NAME_PARTICLES:
                continue
            full = fulls.pop()
            if len(full.split()) > 3 or not all(map(capitalised, full.split())):
                continue
            if self.gaz.lookup(full.split()[0]) is not None:
                continue  # a word the gazetteer knows ('Jordan') keeps its reading
            self._named_at[word] = spots
            names[word] = full

    def _untagged_full_name(self, surname: str) -> str | None:
        """A given name and this surname, both proper nouns the model left untagged,
        written as a subject or before an apposition (who someone is), outside quotes."""
        if not title_cased(surname) or self.gaz.lookup(surname) is not None:
            return None
        for token in tokens(self.doc):
            if token.text != surname or token.ent_type_ or token.pos_ != "PROPN":
                continue
            given = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
            if (
                len(given) != 1
                or given[0].i != token.i - 1
                or given[0].ent_type_
                or given[0].pos_ != "PROPN"
                or not title_cased(given[0].text)
                or given[0].lower_ in lx.ORGANISATION_WORDS
                or given[0].lower_ in lx.TITLE_WORDS
                or self._in_quote(token.idx)
            ):
                continue
            if token.dep_ in ("nsubj", "nsubjpass") or any(
                c.dep_ == "appos" for c in token.children
            ):
                name = f"{given[0].text} {surname}"
                if self.gaz.lookup(name) is None:
                    return name
        return None

    def _family_named(self, text: str) -> list[str]:
        """'the Clintons', 'the Obamas': a surname in the plural, of two or more people the
        article names in full, is each of them (GUIDELINES: words attributed jointly give
        one statement per speaker), not a person of its own."""
        word = fold(text)
        stems = [word[: -len(end)] for end in lx.FAMILY_PLURAL_ENDINGS if word.endswith(end)]
        for stem in stems:
            family = stem.split()
            size = len(family)
            names: dict[str, int] = {}
            people = 0
            for ent in entities(self.doc):
                words = without_titles(clean_name(ent.text).split())[1]
                folded = [fold(w) for w in words]
                # the family name closes a name, or opens it where it comes first; a member
                # the model tagged as an organisation ("Yolande Makolo" ORG beside "Maria
                # Makolo" PERSON) is a person all the same
                if (
                    self._person_like(ent, words)
                    and len(words) >= max(2, size)
                    and family in (folded[-size:], folded[:size])
                ):
                    names.setdefault(" ".join(words), ent.start)
                    people += ent.label_ == "PERSON"
            if len(names) >= 2 and people:
                return [self._person_key(name, at) for name, at in names.items()]
        return []

    def _person_like(self, ent, words) -> bool:
        """A person's entity, or an organisation's of two or three capitalised words the
        gazetteer does not know (a name the model mistook)."""
        return ent.label_ == "PERSON" or (
            ent.label_ == "ORG"
            and 2 <= len(words) <= 3
            and all(map(capitalised, words))
            and not self.gaz.lookup(" ".join(words))
        )

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

    def _full_name(self, surname: str, at: int | None) -> str | None:
        """The person a bare surname stands for: the gazetteer's, if the article names them
        in full; else the last one named in full before it ("Lyndon B. Johnson ... Speaker
        Mike Johnson. Johnson said": Mike Johnson), else the first named after it."""
        spots = self._named_at.get(fold(surname))
        if not spots or at is None:
            return self._full_names.get(fold(surname))
        known = self.gaz.lookup(surname)
        # "Joe Biden ... Jill Biden ... Biden said": the well-known one, however the
        # article spells the name (with accents the gazetteer's spelling lacks)
        if known is not None and any(self._same_entry(name, known) for _, name in spots):
            return known.name
        before = [name for start, name in spots if start < at]
        return before[-1] if before else spots[0][1]

    def _same_entry(self, name: str, entry: Entry) -> bool:
        found = self.gaz.lookup(name)
        return found is not None and found.name == entry.name

    def _person_key(self, text: str, at: int | None = None) -> str:
        """The key of the person a name stands for (office words before it dropped): the
        full name a surname stands for at token ``at``, else the name itself."""
        title, words = without_titles(text.split())
        # ("Major said": a surname that is an office word is a name all the same)
        if title and words and not self.gaz.lookup(text):
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

    def person_named(self, tokens) -> str:
        """The person a run of name words stands for, when the model missed or cut the name
        (kg.extract.actors.names decides that it is one)."""
        text = "".join(t.text_with_ws for t in tokens).strip()
        return self._person_key(text, at=tokens[0].i)

    def untagged_person(self, head) -> str | None:
        """'Than Swe said', 'according to Ararat Mirzoyan' with the name untagged or cut by
        the model: the person a speaker's name is (kg.extract.actors.names.untagged_name
        decides that it is one), recorded as a mention for the pronouns after it."""
        words = untagged_name(head, self._in_quote) or name_after_title(head, self._in_quote)
        if words is None:
            return None
        key = self._person_key("".join(t.text_with_ws for t in words).strip(), words[0].i)
        if self._note_mention(words[0].i, key):
            if head.dep_ in ("nsubj", "nsubjpass"):
                self._add_subject(words[0].i, head)
            self._resolve_subject_pronouns()  # a person more may change who they stand for
        return key

    def _add_titled_subjects(self) -> None:
        """'Fellow protester A B agrees.' with the name untagged or taken for a place: a
        name after a title, as a subject, is a mention of that person (a 'he' after it
        points to it), whatever its verb."""
        for token in tokens(self.doc):
            if (
                token.dep_ in ("nsubj", "nsubjpass")
                and token.pos_ == "PROPN"
                and token.ent_type_ != "PERSON"
                and self.key_at(token) is None
                and name_after_title(token, self._in_quote)
            ):
                self.untagged_person(token)

    def _add_subject(self, start: int, head) -> None:
        """Record a person mention (first token ``start``, phrase head ``head``) as a
        subject, and as a main one when its verb heads the sentence; one the speaker is
        asked about ('Asked whether A would come, he said ...') is none: it is spoken of."""
        if asked_about(head):
            return
        self._subjects.add(start)
        if main_clause_subject(head) or body_narrated_subject(head):
            self._main_subjects.add(start)
        elif reported_clause_subject(head):
            self._reported_subjects.add(start)

    def _resolve_subject_pronouns(self) -> None:
        """Each 'he' or 'she' that is the main subject of its sentence, outside quotation
        marks, with the person it stands for, in text order (each may point back to the
        one before it); again whenever a person mention is added."""
        self._pronoun_subjects = []
        for token in self._main_subject_pronouns():
            key = self.person_before(token.i, gender=pronoun_gender(token.text))
            if key:
                self._pronoun_subjects.append((token.i, key))
                self._subjects.add(token.i)
                self._main_subjects.add(token.i)

    def _main_subject_pronouns(self) -> list:
        """The 'he' and 'she' tokens that are main subjects outside quotation marks: found
        once, since the parse decides them, whoever they come to stand for."""
        found = self._main_pronouns
        if found is None:
            found = self._main_pronouns = [
                token
                for token in tokens(self.doc)
                if token.lower_ in lx.PERSON_SUBJECT_PRONOUNS
                and token.dep_ == "nsubj"
                and not self._in_quote(token.idx)
                and main_clause_subject(token)
            ]
        return found

    def _add_untagged_surnames(self) -> None:
        """'Anton Taranenko tells CNN ... Taranenko says ...' with the second name left
        untagged by the model: a bare surname of a person the article names in full is a
        mention of that person all the same (a 'he' after it points to it); so is a name
        that a 'who' follows somewhere ('Sabalenka, who ...')."""
        taken = {start for start, _ in self._mentions}
        for token in tokens(self.doc):
            if (
                not _surname_word(token)
                # ('Grushko' tagged a product: a label no actor bears is the model's slip)
                or (token.ent_type_ and token.ent_type_ not in lx.NON_SPEAKING_LABELS)
                or token.i in taken
                or token.dep_ in ("compound", "poss")
                or fold(token.text) not in self._full_names.keys() | self._who_names
                or self._in_quote(token.idx)
                # ("Mr Dar, for his part, ...": an honorific before it is no given name)
                or any(
                    c.dep_ == "compound"
                    and c.i < token.i
                    and c.lower_.rstrip(".") not in lx.GENDER_HONORIFICS
                    for c in token.children
                )
            ):
                continue
            if self.gaz.lookup(token.text) is not None and not self._surname_not_seat(token.text):
                continue
            key = self._person_key(token.text, token.i)
            self._mentions.append((token.i, key))
            if token.dep_ in ("nsubj", "nsubjpass"):
                self._add_subject(token.i, token)
            elif viewpoint_of(token) is not None:
                self._add_subject(token.i, viewpoint_of(token))

    def _untagged_surname(self, word: str, at: int | None = None) -> str | None:
        """'China's Xi': the person a word the model left untagged (or took for a title)
        stands for, if the article names them in full or the gazetteer knows them."""
        full = self._full_names.get(fold(word))
        entry = self.gaz.lookup(word)
        if full or (entry is not None and entry.type == "Person"):
            return self._person_key(word, at)
        return None

    def person_before(
        self, index: int, exclude: frozenset[str] = frozenset(), gender: str | None = None
    ) -> str | None:
        """The person 'he' or 'she' at token ``index`` most likely means: the last person
        who was the subject of a sentence, within the few sentences before, else the
        nearest person named (outside quotations). ``exclude``: people the pronoun cannot
        be ('he told Blinken' is not Blinken); ``gender``: the pronoun's ('m', 'f'), which
        rules out a person the article calls otherwise (when someone else is left)."""
        position = bisect.bisect_left(self._mention_starts, index)
        people = [
            (s, k)
            for s, k in self._mentions[:position]
            if self.records[k].type == "Person" and k not in exclude
        ]
        exclude = exclude | self._other_gender(gender, {k for _, k in people}, index)
        if not people:
            return None
        # 'A arrived. “...,” he said, after B had warned ... He said ...': a pronoun that
        # was a main subject stands for its own antecedent, later in the text than A
        # (not the pronoun being resolved itself, right before ``index``)
        pronouns = [
            (s, k)
            for s, k in self._pronoun_subjects
            if s + 1 < index and k not in exclude and s >= people[0][0]
        ]
        people = [(s, k) for s, k in people if k not in exclude] or people
        subject = self._recent_subject(sorted(people + pronouns), index)
        if subject:
            return subject
        # 'He also informed Mr A about ...  He said ...': not A, whom 'he' was talking to
        told = [(s, k) for s, k in people if s not in self._hearers]
        return (told or people)[-1][1]

    def _other_gender(
        self, gender: str | None, keys: set[str], index: int | None = None
    ) -> frozenset[str]:
        """Of these people, those the article calls by the other pronoun than ``gender``
        (none when that would leave no one); of those it gives no evidence for, one that a
        'he' or 'she' subject of the other gender before ``index`` stood for ('A greeted
        B. He later said ... “...,” she said': not A)."""
        if gender is None:
            return frozenset()
        if self._genders is None:
            self._genders = person_genders(
                self.doc,
                self._mentions,
                self._subjects,
                lambda k: self.records[k].type == "Person",
                self._in_quote,
            )
        said = {}
        for start, key in self._pronoun_subjects if index is not None else ():
            if start < index:
                said.setdefault(key, set()).add(pronoun_gender(self.doc[start].text))

        def of(key: str) -> str:
            known = self._genders.get(key)
            if known or len(said.get(key, ())) != 1:
                return known or gender
            return next(iter(said[key])) or gender

        other = frozenset(k for k in keys if of(k) != gender)
        return other if other != keys else frozenset()

    def _recent_subject(self, people: list[tuple[int, str]], index: int) -> str | None:
        """The last of these people who was a subject within the three sentences before:
        of a sentence's main clause first ('A told CNN that while B should ...: “...,” she
        said' is A's), else of any clause."""
        window_start = self._sentence_start_before(index, sentences_back=3, narrated=True)
        recent = [(s, k) for s, k in people if s >= window_start and s in self._subjects]
        # 'When A was in Kyiv, he said ...': a subject earlier in the pronoun's own sentence
        own = self._sentence_start_before(index, sentences_back=0)
        main = [(s, k) for s, k in recent if s in self._main_subjects or s >= own]
        # 'The report came as A said B had lied. She added ...': the one who spoke, not
        # the one spoken of
        speaking = [(s, k) for s, k in recent if s not in self._reported_subjects]
        return (main or speaking or recent)[-1][1] if recent else None

    def person_written_about(self, index: int) -> str | None:
        """The person 'the diplomat' or 'the warlord' at token ``index`` means: the last
        person who was a subject within the few sentences before, else the person named
        most often before it (the one the text is about), the later one on a tie."""
        position = bisect.bisect_left(self._mention_starts, index)
        people = [(s, k) for s, k in self._mentions[:position] if self.records[k].type == "Person"]
        placed = {k for k in {k for _, k in people} if self._only_placed(k)}
        people = [(s, k) for s, k in people if k not in placed]
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

    def _only_placed(self, key: str) -> bool:
        """Whether every mention of a 'person' is the place a preposition of place governs
        ('arrived in Monguno and B', 'villages near B'): a village the model took for a
        name, no one a word for a person points back to."""
        starts = [s for s, k in self._mentions if k == key]
        for start in starts:
            token = self.doc[start]
            while token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN":
                token = token.head
            if token.dep_ == "compound" and token.head.lemma_.lower() in lx.SETTLEMENT_NOUNS:
                token = token.head  # 'the B area'
            while token.dep_ in ("conj", "appos") and token.head.i != token.i:
                token = token.head
            preposition = token.head.lower_
            of_place = preposition == "of" and token.head.head.lemma_.lower() in (
                lx.SETTLEMENT_NOUNS
            )
            if token.dep_ != "pobj" or not (of_place or preposition in lx.PLACE_PREPOSITIONS):
                return False
        return bool(starts)

    def _person_taken_for_organisation(self, index: int) -> str | None:
        """'A B arrived in X. “...,” he said.' with no person named before: the model took
        A B for an organisation; a name of a person's shape (``person_taken_for_body``)
        that a 'he' or 'she' points back to is a person's (the nearest within the few
        sentences before)."""
        for _, key in self._mentions_back(index, sentences_back=2):
            if self.person_taken_for_body(key):
                return key
        return None

    def person_taken_for_body(self, key: str) -> bool:
        """Whether an actor the model took for an organisation is a person, once a cue
        (a pronoun pointing back, a title it bears) says a person is meant: a name in no
        gazetteer, of two or three words whose last two are title-cased words of letters
        (a leading one, of two letters or more, may be an acronym: 'DNI A B', not 'W') and
        none an organisation's word. The record is retyped a Person when so."""
        record = self.records[key]
        words = record.name.split()
        if (
            record.type != "Organization"
            or record.wikidata is not None
            or not 2 <= len(words) <= 3
            or not all(map(title_cased, words[-2:]))
            or not (capitalised(words[0]) and len(words[0]) > 1)
            or any(fold(w) in lx.ORGANISATION_WORDS for w in words)
            or self.gaz.lookup(record.name) is not None
        ):
            return False
        record.type = "Person"
        return True


def bare_epithet(head, demonyms: bool = False) -> bool:
    """'the diplomat', 'the veteran politician': a word for a person, with nothing but a
    determiner and adjectives; with ``demonyms``, also 'the Romanian journalist' (where an
    adjective that names a state only says whose the person is)."""
    return head.lemma_.lower() in lx.PERSON_EPITHETS and all(
        c.dep_ in ("det", "amod") and (demonyms or not c.ent_type_) for c in head.children
    )


def main_clause_subject(head) -> bool:
    """Whether a subject's verb heads its sentence (through coordinated verbs: 'A took
    issue and told ...'), not a clause inside it ('... that B remained', 'with B writing')."""
    verb = head.head
    if verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
        verb = verb.head  # ('A has pre-emptively rolled out': the parser hung A on 'has')
    if _asks_another(verb):
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    # 'after B had left' taken for the sentence's root: a clause opened by a subordinating
    # word is never the main one
    subordinate = any(c.dep_ == "mark" for c in head.head.children)
    return verb.dep_ in ("ROOT", "parataxis") and not subordinate


def reported_clause_subject(head) -> bool:
    """Whether a subject is that of a clause a speech verb reports ('A said B had lied'; not
    'A asked whether B would ...', where B answers next)."""
    verb = head.head
    return (
        verb.dep_ == "ccomp"
        and verb.head.i != verb.i
        and verb.head.lemma_ in SPEECH_VERBS
        and verb.head.lemma_ not in lx.QUESTIONING_VERBS
        and any(c.dep_ == "nsubj" for c in verb.head.children)
    )


def asked_about(head) -> bool:
    """Whether a subject is that of a question put to the sentence's speaker ('Asked whether
    A would meet B, he replied ...'): the one asked about, not who answers (a question
    someone puts, 'C asked whether A would ...', is ``_asks_another``'s)."""
    verb = head.head
    asking = verb.head
    return (
        verb.dep_ in ("ccomp", "advcl")
        and asking.i != verb.i
        and asking.lemma_ in lx.QUESTIONING_VERBS
        and asking.dep_ == "advcl"  # (a participle: 'Asked' opening the sentence, any tag)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in asking.children)
        and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
    )


def body_narrated_subject(head) -> bool:
    """'A held calls with B, the press office said.': the subject of a clause that a body or
    an unnamed speaker reports, in a main clause, is who the sentence is about (a 'he' or
    'she' after it stands for A, not for a person quoted further back); a named person or a
    pronoun reporting it ('C said A had lied') keeps the sentence their own."""
    if not reported_clause_subject(head):
        return False
    reporting = head.head.head
    speaker = next(c for c in reporting.children if c.dep_ == "nsubj")
    if not main_clause_subject(speaker):
        return False
    return not any(
        t.ent_type_ == "PERSON" or t.lower_ in lx.PERSON_PRONOUNS or t.lower_ in ("i", "we")
        for t in speaker.subtree
    )


def _asks_another(verb) -> bool:
    """'A asked whether B would run', 'A asked B about ...': the one who asks a named
    person is not who speaks next; the one asked answers."""
    if verb.lemma_ not in lx.QUESTIONING_VERBS:
        return False
    asked = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    asked += [
        s
        for c in verb.children
        if c.dep_ in ("ccomp", "advcl")
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]
    return any(t.ent_type_ == "PERSON" for t in asked)


def counted(ent) -> bool:
    """'90 Shaheds', 'two Leopards': a plural name with a number before it names things."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return (before is not None and before.like_num) or any(
        c.dep_ == "nummod" for c in ent.root.children
    )


def aged_name(ent) -> bool:
    """'Oleksii Vlasenko, 32, a business owner, said': a name of two or three capitalised
    words set off by an age (the press's way of introducing a person, never a place or
    an organisation)."""
    doc = ent.doc
    words = [t.text for t in leading_name_words(ent)] + ent.text.split()
    if not 2 <= len(words) <= 3 or not all(map(title_cased, words)):
        return False
    following = doc[ent.end : ent.end + 3]
    return (
        len(following) == 3
        and following[0].text == ","
        and following[1].like_num
        and following[1].text.isdigit()
        and 0 < int(following[1].text) < 120
        and following[2].text == ","
    )


def who_names(doc) -> set[str]:
    """'Sabalenka, who could become ...': the names (folded) of one to three capitalised
    proper nouns, with no word of an organisation, that a relative 'who' follows; a
    person's, whatever the model tagged them (an organisation or a place takes 'which')."""
    found = set()
    for token in tokens(doc):
        if token.lower_ != "who" or token.i < 2 or doc[token.i - 1].text != ",":
            continue
        run = []
        for word in reversed(doc[max(0, token.i - 4) : token.i - 1]):
            if word.pos_ != "PROPN" or not title_cased(word.text):
                break
            run.insert(0, word.text)
        if run and len(run) <= 3 and not any(fold(w) in lx.ORGANISATION_WORDS for w in run):
            found.add(fold(" ".join(run)))
    return found


def leading_name_words(ent) -> list:
    """The untagged proper nouns right before an entity that the parser hangs on it as
    its compounds ('Oleksii' of 'Oleksii | Vlasenko' when only the surname was tagged)."""
    doc = ent.doc
    words: list = []
    start = ent.start
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and not doc[start - 1].ent_type_
        and doc[start - 1].dep_ == "compound"
        and ent.start <= doc[start - 1].head.i < ent.end
    ):
        start -= 1
        words.insert(0, doc[start])
    return words


def told_by_pronoun(ent) -> bool:
    """'He also informed Mr A about ...': A is the object of a verb whose subject is a
    pronoun, someone else than A."""
    root = ent.root
    if root.dep_ not in ("dobj", "dative", "iobj"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in root.head.children)


def names_a_thing(ent) -> bool:
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
        and not _title_of_body(before)
    ):
        return True
    return (
        root.dep_ in ("compound", "nmod")
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.ent_type_ != "PERSON"
        and name_run_on(ent) is None
    )


def name_run_on(ent):
    """'Minister A B C D said' with the model's name cut after 'A B' (two given names or
    two surnames, as in Spanish names; 'A B Jr.'): the subject the rest of the name heads,
    when one or two untagged capitalised proper nouns (or a suffix), no word of a body or an
    office, run the name on into it; else None."""
    root = ent.root
    head = root.head
    if ent.label_ != "PERSON" or root.dep_ != "compound" or head.ent_type_:
        return None
    if head.dep_ not in ("nsubj", "nsubjpass") or not 0 <= head.i - ent.end <= 1:
        return None
    run = ent.doc[ent.end : head.i + 1]
    if all(
        t.pos_ == "PROPN"
        and not t.ent_type_
        and (title_cased(t.text) or t.lower_ in lx.NAME_SUFFIXES)
        and t.lower_ not in lx.ORGANISATION_WORDS
        and t.lower_ not in lx.TITLE_WORDS
        for t in run
    ):
        return head
    return None


def _title_of_body(word) -> bool:
    """'Secretary of State A B', 'Minister of Defence A B': the name follows a title's "of"
    phrase, whatever the parser hung it on (a compound of the name), not a body's name
    that runs on into the person's."""
    doc = word.doc
    start = word.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_:
        start -= 1
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in lx.TITLE_WORDS


def surname_shaped(text: str) -> bool:
    """A word written like a surname: 'Taranenko', and with an apostrophe ('O’Connor')."""
    head, mark, rest = text.replace("’", "'").partition("'")
    if mark:
        return len(head) == 1 and head.isupper() and title_cased(rest)
    return title_cased(text)


def _surname_word(token) -> bool:
    """A bare surname the model left untagged: a proper noun, or a noun when written like
    a surname with an apostrophe ('O’Connor described ...', which the tagger reads as a
    noun at a sentence's start)."""
    if token.pos_ == "PROPN":
        return surname_shaped(token.text)
    return (
        token.pos_ == "NOUN"
        and ("'" in token.text or "’" in token.text)
        and (surname_shaped(token.text))
    )


def viewpoint_of(name):
    """'For Frolov, the prospect is overwhelming. “...,” he said': a person a sentence opens
    on with 'For', set off by a comma, is whose view the sentence gives, and who the 'he'
    or the quotation after it is; returns the 'For' (it heads the person like a subject's
    verb would), or None. So is a person a sentence opens on with 'According to' ('According
    to A, the army expects ... “...,” he said': A's, not the subject of the sentence before);
    returns the 'According'."""
    prep = name.head
    doc = name.doc
    if name.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according":
        prep = prep.head  # 'According to A, ...'
    elif name.dep_ != "pobj" or prep.lower_ != "for":
        return None
    if prep.dep_ != "prep":
        return None
    if prep.i != prep.sent.start or name.i + 1 >= len(doc) or doc[name.i + 1].text != ",":
        return None
    return prep if prep.head.dep_ == "ROOT" else None
