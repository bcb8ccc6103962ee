"""Organisations and groups: named bodies, state institutions, outlets and armed groups.

A named ministry, agency or armed service is an organisation of its own, named with its
state ("the U.K. Ministry of Defence"; "Chile's Foreign Ministry", where the model tags the
ministry alone, takes the state before it), and a short form later repeats it ("the Ministry
said"), and one named by its kind alone ("the defence ministry said") is that of the state
that was a subject just before, named with the state's adjective ("the Polish defence
ministry"); a state's generic forces are the state
(:mod:`kg.extract.actors.states`). An organisation with a cue around it ("the militia X", "X
rebels", "the Iran-backed X", "X, a militia", "the self-styled X") is a Group, and its
acronym is too (an acronym is the kind of actor its full name is). A news outlet is an actor
only when it reports on its own.
A police force named by its nationality or place ("Thai police") and a body whose name ends
with its state's ("News UK", "Parks Canada") are organisations, not the state.
"""

from __future__ import annotations

import re

from kg.extract.actors.names import clean_name, without_titles
from kg.extract.actors.records import ActorRecords
from kg.extract.actors.sub_bodies import place_in_name_end
from kg.extract.actors.type_cues import (
    armed_group_name,
    described_after,
    initials,
    tied_words,
)
from kg.extract.common import doc_text, entity_at
from kg.extract.lexicon import actors as lx
from kg.extract.lexicon import deployment_forces as flx
from kg.extract.lexicon import statements as lxs
from kg.gazetteer import Entry, fold


class OrganisationRules(ActorRecords):
    """The rules that resolve a mention to an organisation or group (a mixin of
    ``ArticleActors``)."""

    def organisation_called(self, noun: str, before: int, words: tuple = ()) -> str | None:
        """'the council said': the organisation named last before whose name ends with the
        noun ('the city's Regional Council'), or with the noun and the ``words`` before it
        ('the police service said': 'the South African Police Service (SAPS)'), under its
        name or another it was written as."""
        wanted = [fold(w) for w in (*words, noun)]
        seen: set[str] = set()
        for start, key in reversed(self._mentions):
            record = self.records[key]
            if start >= before or key in seen or record.type not in ("Organization", "Group"):
                continue
            seen.add(key)  # (a key's names need folding once)
            if name_closes_on(record, wanted):
                return key
        return None

    def _police_forces(self) -> None:
        """'Thai police said', 'Philadelphia police said': a nationality or place right
        before a word for the police names that police force, an organisation of its own
        (a named police force is its own Organization; its later 'police said' is it),
        not the state the word belongs to."""
        doc = self.doc
        for token in doc[1:]:
            if token.lower_ not in lx.POLICE_FORCE_NOUNS or token.ent_type_:
                continue
            place = entity_at(doc, token.i - 1)
            if place is None or place.end != token.i or place.label_ not in ("NORP", "GPE"):
                continue
            if self._in_quote(token.idx) or doc[place.root.i].head.i != token.i:
                continue
            if any(c.dep_ in ("compound", "amod") and c.i < place.start for c in token.children):
                continue  # 'the riot and Thai police': not the force's name alone
            state = self._key_for_place(place)
            if state is None:
                continue
            name = f"{clean_name(place.text)} {token.text}"
            entry = Entry(name, "Organization", country=self.records[state].name)
            key = self._record(entry, name)
            self._entity_keys[place.start] = key
            self._mentions = [(s, k) for s, k in self._mentions if s != place.start]
            self._mentions.append((place.start, key))

    def body_named_by(self, words) -> str | None:
        """'The X Governor's office said', 'the Y Secretariat said': a body the text
        names by its owner or parent and its head word, with no entity of its own, is an
        organisation of its own under the words that name it (GUIDELINES: a named body is
        its own organisation); recorded as a mention, so that 'the office' after it is it."""
        name = clean_name("".join(t.text_with_ws for t in words))
        if not name or self._in_quote(words[0].idx):
            return None
        key = self._record(Entry(name, "Organization"), name)
        self._note_mention(words[0].i, key)
        return key

    def _key_for_place(self, place) -> str | None:
        """The state a nationality or place names ('Thai', 'Philadelphia')."""
        if place.label_ == "NORP":
            entry = self._demonym_state(clean_name(place.text))
            return self._record(entry, "", named=False) if entry else None
        return self.state_of_city(list(place)) or self._entity_keys.get(place.start)

    def _body_named_with_state(self, ent) -> str | None:
        """'News UK said', 'Parks Canada said': a capitalised word the parser hangs on a
        state's name as a compound, right before it, makes with it the name of a body (a
        company, an agency), not the state; a qualifier of the state ('Northern Ireland',
        'Soviet Russia'), a title or a name of its own is no such word."""
        if ent.start == 0:
            return None
        word = self.doc[ent.start - 1]
        if (
            word.dep_ != "compound"
            or word.head.i != ent.root.i
            or word.pos_ != "PROPN"
            or not word.is_title
            or word.ent_type_ in ("GPE", "NORP", "PERSON", "LOC")
            or word.lower_ in lx.STATE_QUALIFIERS
            or word.lower_ in lx.TITLE_WORDS
            or any(c.dep_ == "compound" for c in word.children)
        ):
            return None
        if ent.root.dep_ not in ("nsubj", "nsubjpass") and not _spokesperson_of(ent.root):
            return None  # a body acting as a subject, or its spokesperson
        previous = self.doc[word.i - 1] if word.i > ent.sent.start else None
        if previous is not None and previous.is_title and previous.dep_ != "det":
            return None  # 'Take Up Work Germany is ...': a headline run into the sentence
        state = self.gaz.lookup(clean_name(ent.text))
        name = f"{word.text} {clean_name(ent.text)}"
        if state is None or state.type != "Country" or self.gaz.lookup(name):
            return None
        if fold(ent.text) != fold(state.name) and not ent.text.isupper():
            return None  # named with its state's name or code ('UK'), not a city or seat
        if self.gaz.country_of_demonym(word.text) or without_titles([word.text])[0]:
            return None
        key = self._record(Entry(name, "Organization", country=state.name), name)
        if word.ent_type_ == "ORG" and word.i in self._entity_keys:
            # 'Invest' tagged alone as an organisation: it is the body's first word
            self._entity_keys[word.i] = key
            self._mentions = [(s, k) for s, k in self._mentions if s != word.i]
        return key

    def _institution_of_state_before(self, ent) -> str | None:
        """ "Chile's Foreign Ministry", "a Peruvian Defence Ministry spokesman": a ministry
        the model tags by its kind alone, with its state right before it (a possessive, a
        demonym or the state's name the ministry's head takes as a modifier), is that state's
        ministry, named with the state as written ('s dropped: GUIDELINES, "Russia's foreign
        ministry" is a named body) and no generic one another state's may be taken for."""
        root = ent.root
        if not _is_institution(root) or ent.start < 1:
            return None
        if root.lower_ in lx.NAMED_STATE_BODY_HEADS:
            return None  # "Iraq's Joint Operations Command": a command's own name, tagged whole
        if any(
            t.ent_type_ in ("GPE", "NORP") or not t.text[:1].isupper()
            for t in ent
            if t.is_alpha and t.lower_ not in lx.ACRONYM_SKIPPED_WORDS
        ):
            return None  # a word of the name is a place's or in lower case: not the kind alone
        end = ent.start - 1 if self.doc[ent.start - 1].lower_ in ("'s", "’s") else ent.start
        if end < 1:
            return None
        place = entity_at(self.doc, end - 1)
        if place is None or place.end != end or place.label_ not in ("GPE", "NORP"):
            return None
        # ("Chile's Foreign Ministry spokesman": the state may hang on the role noun the
        # ministry's name qualifies)
        held = place.root.head.i in range(ent.start, ent.end) or (
            root.dep_ == "compound" and place.root.head.i == root.head.i
        )
        if not held or place.root.dep_ not in (
            "poss",
            "amod",
            "compound",
        ):
            return None
        state = self._key_for_place(place)
        if state is None or self.records[state].type != "Country":
            return None
        name = f"{clean_name(place.text)} {clean_name(ent.text)}"
        return self._record(Entry(name, "Organization", country=self.records[state].name), name)

    def _spelled_out_acronyms(self) -> None:
        """'the South African Police Service (SAPS)': an organisation's acronym in brackets
        after the words it abbreviates is written as those words too (so 'the police
        service said' and 'Police said' find it), whether or not the model tagged them, and
        is the kind of actor they name ('the rebel X Liberation Front (XLF)' is a group; 'the
        X Institute of Sociology (Xis)' no person)."""
        doc = self.doc
        keys = {
            self.records[key].name: key
            for _, key in self._mentions
            if self.records[key].type in ("Organization", "Group", "Person")
            and not self.records[key].wikidata
            and _bracketed_acronym(self.records[key].name)
        }
        for token in doc[2:-1]:
            key = keys.get(token.text)
            if key is None or doc[token.i - 1].text != "(" or doc[token.i + 1].text != ")":
                continue
            before = doc[max(0, token.i - 2 * len(token.text) - 3) : token.i - 1]
            words = _words_spelled([t for t in before if not t.is_space], token.text)
            named = self.key_at(doc[token.i - 2]) if doc[token.i - 2].ent_type_ else None
            if not words and named and _letters_of(self.records[named].name, token.text):
                # 'the Azawad Liberation Front (FLA)': the acronym of the name in another
                # language, the same letters in another order
                words = self.records[named].name
            elif not words:
                continue
            else:
                record = self.records[key]
                if record.type != "Person" or _acronym(token.text):
                    record.aliases.add(words)
            record = self.records[key]
            first = token.i - 1 - len(words.split())
            span = doc[max(0, first) : token.i - 1]
            if named and self.records[named].type == "Group":
                record.type = "Group"
            elif armed_group_name(words.split()) or group_context(span):
                record.type = "Group"
                if named and self.records[named].type == "Organization":
                    self.records[named].type = "Group"
            elif record.type == "Person":
                record.type = "Organization"

    def _acronym_types(self) -> None:
        """'according to the KIA': an acronym the article also names in full (by the
        initials of the full name's words) is the same kind of actor as the full name."""
        full = {}
        for record in self.records.values():
            if record.type in ("Organization", "Group") and len(record.name.split()) >= 2:
                full.setdefault(initials(record.name), record.type)
        for record in self.records.values():
            kind = full.get(record.name) if _acronym(record.name) else None
            if kind and not record.wikidata and record.type in ("Organization", "Person"):
                record.type = kind

    def _named_body(self, tokens, head, found) -> str | None:
        """The state institution a phrase names, as its head ('Italy's financial police')
        or as what a role speaks for ('a spokesperson for X', 'an official at X'), or the
        one named before that a short form repeats ('the financial police said')."""
        body = self._body_of_organisation(
            tokens, head, [(t, k) for t, k in found if t in head.subtree]
        )
        if body:
            return body
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
            if inner is not None:
                tokens = [t for t in inner.subtree if not t.is_punct]
            else:
                # "Iran's foreign ministry spokesperson", "a Turkish foreign ministry
                # official": an unnamed servant of the institution named before the role
                inner = _institution_before_role(head)
                if inner is None or any(self.records[k].type == "Person" for _, k in found):
                    return None
                tokens = [t for t in tokens if t.i < head.i and not t.is_punct]
            found = [(t, k) for t in tokens if (k := self.key_at(t))]
        else:
            return None
        own = [(t, k) for t, k in found if t.i == inner.i or t in inner.subtree or t.i < inner.i]
        if any(
            self.records[k].type in ("Organization", "Group") and not self._service_words(k)
            for _, k in own
        ):
            return None  # the model named it whole: its own entity holds
        state = next((k for _, k in own if self.records[k].type == "Country"), None)
        if state is not None:
            return self._state_institution(tokens, inner, state)
        words = [fold(t.text) for t in tokens if t.dep_ not in ("det", "poss", "case")]
        if len(words) >= 2:
            key = self.institution_before(
                inner.i, lambda k: fold(self.records[k].name).split()[-len(words) :] == words
            )
            if key is not None:
                return key
        return self._institution_in_context(tokens, inner)

    def _body_of_organisation(self, tokens, head, own) -> str | None:
        """'the UN human rights office', 'the United Nations Office for the Coordination of
        Humanitarian Affairs': an office or agency of a named organisation, with words of
        its own, is an organisation of its own, named as the text names it (a press or
        media office speaks for the organisation itself)."""
        if head.ent_type_ or head.lemma_.lower() not in lx.BODY_HEADS:
            return None
        parents = [
            (t, k)
            for t, k in own
            if t.i < head.i and t.dep_ in ("compound", "nmod") and t.head.i == head.i
        ]
        if not parents or self.records[parents[0][1]].type != "Organization":
            return None
        parent = parents[0][0]
        kind = [t for t in self.doc[parent.i + 1 : head.i] if not t.ent_type_]
        if any(t.lower_ in lx.SPOKES_OFFICE_WORDS for t in kind):
            return None
        after = [t for t in tokens if t.i > head.i]
        named_after = (
            head.text[:1].isupper() and after and after[0].lower_ in lx.BODY_NAME_PREPOSITIONS
        )
        # "the European Union Mission in Georgia said": the place ends the name
        place_end = None if kind or named_after else place_in_name_end(head)
        if not kind and not named_after and place_end is None:
            return None
        first = min(t.i for t in tokens if t.ent_type_ and self.key_at(t) == parents[0][1])
        last = max(t.i for t in tokens) if named_after else place_end or head.i
        words = [t for t in self.doc[first : last + 1] if not t.is_punct or t.text == "-"]
        name = clean_name(doc_text(self.doc)[words[0].idx : words[-1].idx + len(words[-1])])
        if len(name.split()) < 3:
            return None
        return self._record(self.gaz.lookup(name) or Entry(name, "Organization"), name)

    def _service_words(self, key: str) -> bool:
        """'Armed Forces' of 'the Swedish Armed Forces' tagged alone: a name of a service's
        words only, that names no state."""
        words = fold(self.records[key].name).split()
        return bool(words) and all(w in lx.SERVICE_NAME_WORDS for w in words)

    def _institution_in_context(self, tokens, head) -> str | None:
        """'Turkey says ... “...,” the defence ministry says': an institution named by its
        kind alone is that of the state that was a subject within the sentences before."""
        if head.lemma_.lower() not in lx.CONTEXT_INSTITUTION_HEADS or head.text[:1].isupper():
            return None
        kind = [
            t
            for t in tokens
            if t.i < head.i and t.dep_ in ("compound", "amod") and t.head.i == head.i
        ]
        # the phrase is only its kind and head: "the defence ministry", lower case
        rest = [t for t in tokens if t.i != head.i and t not in kind and t.dep_ != "det"]
        if not kind or rest or not all(t.is_lower for t in [*kind, head]):
            return None
        state = self._state_subject_before(head.i)
        if state is None:
            return None
        # named with its state's adjective, as the state's own bodies are ("the Polish
        # defence ministry"), or its name where the table has no adjective for it
        country = self.records[state].name
        qualifier = (
            country if country in lx.STATE_NAMED_BODIES else self.gaz.demonym_of(country) or country
        )
        name = " ".join([qualifier, *(t.text for t in kind), head.text])
        key = self._record(Entry(name, "Organization", country=country), name)
        self._note_institution(head.i, key)
        return key

    def _state_subject_before(self, index: int) -> str | None:
        """The last state that was the subject of a clause within the three sentences
        before a token (outside quotation marks)."""
        for start, key in self._mentions_back(index, sentences_back=3, narrated=True):
            token = self.doc[start]
            if self.records[key].type == "Country" and any(
                t.dep_ in ("nsubj", "nsubjpass") for t in (token, token.head)
            ):
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
        kind = {
            t.i for t in head.children if t.dep_ in ("compound", "amod", "nmod") and t.i < head.i
        }
        named_kind = any(self.doc[i].ent_type_ not in ("GPE", "NORP") for i in kind)
        mission = head.lemma_.lower() in lx.MISSION_HEADS or (
            head.lower_ in lx.STATE_NAMED_SERVICE_HEADS and head.text[:1].isupper() and bool(kind)
        )
        if (
            not named_kind
            and not mission
            and not any(
                c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i for c in head.children
            )
        ):
            return None  # "Russian police", "Hong Kong police": a state's generic forces
        words = [
            t for t in tokens if t.i >= head.i or t.i in kind or t.ent_type_ in ("GPE", "NORP")
        ]
        # the name ends at a comma or bracket after its head ("X Department, the body
        # that manages ...", "X agency (HUR)"; the phrase's tokens may come without
        # their punctuation, so the text's own tokens are looked at)
        last = max(x.i for x in tokens)
        stops = [t.i for t in self.doc[head.i + 1 : last + 1] if t.text in (",", "(", "—", "–")]
        # ... and before a date or time ("X's Foreign Ministry on May 9 said")
        stops += [
            p.i
            for p in head.children
            if p.dep_ == "prep"
            and p.i > head.i
            and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in p.children)
        ]
        end = min(stops) if stops else last + 1
        words = [t for t in words if t.dep_ != "det" and t.i < end]
        if not words:
            return None
        text = doc_text(self.doc)[words[0].idx : words[-1].idx + len(words[-1])]
        name = re.sub(r"\s*[’']s\b", "", text).strip()
        if len(name.split()) < (2 if mission else 3):
            return None
        entry = self.gaz.lookup(name) or Entry(
            name, "Organization", country=self.records[state].name
        )
        key = self._record(entry, name)
        self._note_institution(head.i, key)
        return key

    def outlet(self, tokens) -> str | None:
        """A news outlet named by a phrase, as an actor: outlets are left out of the
        article's actors (mostly they are where a statement appeared), but one that reports
        on its own ('The Wall Street Journal reported that ...') is the speaker."""
        tokens = [t for t in tokens if not t.is_punct]
        ents = {t.ent_type_ for t in tokens}
        if not tokens or not ents & {"ORG", "PERSON", "WORK_OF_ART", "GPE"}:
            return None
        text = clean_name(" ".join(t.text for t in tokens if t.ent_type_))
        if fold(text) not in lx.NEWS_OUTLETS:
            return None
        return self.organisation_named(text)

    def service_of_state(self, state: str, words: list[str], at: int) -> str:
        """'Ukraine's air force said': a state's armed service named by its kind in lower case
        is a named service, an organisation of its own, named with its state's adjective and
        in capitals as the state's own bodies are ("Ukrainian Air Force"); recorded as a
        mention at token ``at``, so that 'it said' after it is it."""
        country = self.records[state].name
        qualifier = (
            country if country in lx.STATE_NAMED_BODIES else self.gaz.demonym_of(country) or country
        )
        name = " ".join([qualifier, *(w.capitalize() for w in words)])
        key = self._record(Entry(name, "Organization", country=country), name)
        self._note_mention(at, key)
        return key

    def organisation_named(self, text: str) -> str:
        """A body the text names in capitals that the model left untagged ('the Lisbon
        Institute of Trade Studies'); a listed name keeps its entry."""
        text = clean_name(text)
        return self._record(self.gaz.lookup(text) or Entry(text, "Organization"), text)

    def group_named(self, text: str) -> str:
        """An armed group an unlisted name is, by the words around it ('X fighters moved
        in'), whatever the model tagged the name; a listed name keeps its entry."""
        text = clean_name(text)
        known = self.gaz.lookup(text)
        key = self._record(known or Entry(text, "Group"), text)
        if known is None:
            self.records[key].type = "Group"
        return key


def _spokesperson_of(token) -> bool:
    """'The News UK spokesperson said': a name that qualifies a speaking role's noun, which
    is the subject, speaks through it as if it were the subject itself."""
    head = token.head
    return (
        token.dep_ == "compound"
        and head.i > token.i
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.lemma_.lower() in lxs.BODY_SERVANT_ROLES
    )


def _institution_before_role(role):
    """The institution's head a role noun is compounded with, right before it ('foreign
    ministry spokesperson'), or None."""
    return next(
        (
            c
            for c in role.children
            if c.dep_ == "compound" and c.i == role.i - 1 and _is_institution(c)
        ),
        None,
    )


def _is_institution(token) -> bool:
    """Whether a noun heads a state institution's name: a ministry, an agency, a police
    force ... in any case; an office or authority only when capitalised ('Foreign Office'),
    and so an armed service ('the Swedish Armed Forces')."""
    lemma = token.lemma_.lower()
    if lemma in lx.INSTITUTION_HEADS or token.lower_ in lx.INSTITUTION_HEADS:
        return True
    heads = lx.NAMED_INSTITUTION_HEADS | lx.NAMED_SERVICE_HEADS | lx.NAMED_STATE_BODY_HEADS
    return (token.text[:1].isupper() and (lemma in heads or token.lower_ in heads)) or (
        _kind_of_state_body(token)
    )


def _kind_of_state_body(token) -> bool:
    """'Italy's competition authority', 'Peru's northern military command': a body's word
    in lower case, with a word for its kind and its state before it, names that body (not
    'the local authority', with no state; not 'Peru's authorities')."""
    if token.tag_ != "NN" or token.lower_ not in lx.KIND_OF_STATE_BODY_HEADS:
        return False
    before = [c for c in token.children if c.i < token.i]
    if token.dep_ == "compound" and token.head.i > token.i:
        # "Peru's foreign office spokesperson": the state may hang on the role noun
        before += [c for c in token.head.children if c.i < token.i and c.dep_ == "poss"]
        before += [c for c in token.head.children if c.i < token.i and c.dep_ == "amod"]
    state = any(
        c.ent_type_ in ("GPE", "NORP") and c.dep_ in ("poss", "amod", "compound") for c in before
    )
    kind = any(
        c.dep_ in ("amod", "compound") and not c.ent_type_ and c.pos_ in ("NOUN", "ADJ")
        for c in before
    )
    return state and kind


def group_context(ent, backed: bool = True) -> bool:
    """Whether the words around an organisation's name say it is an armed group: a cue
    word next to it or in its phrase ("the militia X", "X rebels", "X, an armed group");
    ``backed``: "the Iran-backed X" too (not of a person: "Kremlin-backed A B")."""
    doc = ent.doc
    near = tied_words(ent)
    before = [t for t in doc[max(0, ent.start - 2) : ent.start] if t.dep_ != "det"]
    near += before[-1:] + list(doc[ent.end : ent.end + 1])
    if backed and any(t.lower_ == "backed" for t in near):
        return True  # "the Iran-backed X"
    if [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]][-3:] == ["self", "-", "styled"]:
        return True  # "the self-styled X": a force no state recognises
    if described_after(ent, lx.GROUP_CUES):
        return True  # "X, a militia founded by ...", "X, known as Y, a powerful militia"
    for token in near:
        if token.lower_ in lx.GROUP_CUES or token.lemma_.lower() in lx.GROUP_CUES:
            return True
        if token.lemma_.lower() in lx.GROUP_NOUNS and any(
            c.lower_ in lx.ARMED_MODIFIERS for c in token.children if c.dep_ in ("amod", "compound")
        ):
            return True
    return False


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()


def _letters_of(name: str, acronym: str) -> bool:
    """Whether an acronym holds the initials of a name's words in another order."""
    letters = initials(name)
    return len(letters) >= 2 and sorted(letters) == sorted(acronym.upper())


def _bracketed_acronym(text: str) -> bool:
    """An acronym as some outlets write it in brackets ('(Dfat)', '(Unsmil)') too."""
    return 2 <= len(text) <= 8 and text.isalpha() and text[0].isupper() and " " not in text


def _words_spelled(tokens, acronym: str) -> str | None:
    """The capitalised words right before a bracket whose initials spell the acronym
    (small words between them, 'of', 'for', 'and', may be left out of it)."""
    for first in range(len(tokens)):
        run = tokens[first:]
        if not run[0].text[:1].isupper() or run[0].lower_ in lx.ACRONYM_SKIPPED_WORDS:
            continue
        if not all(t.text[:1].isupper() or t.lower_ in lx.ACRONYM_SKIPPED_WORDS for t in run):
            continue
        initials = "".join(t.text[0] for t in run if t.lower_ not in lx.ACRONYM_SKIPPED_WORDS)
        if initials.upper() == acronym.upper():
            return " ".join(t.text for t in run)
    return None


def name_closes_on(record, wanted: list[str]) -> bool:
    """Whether a body's name, or another it was written as, closes on the folded words
    ``wanted`` ('the council': 'the city's Regional Council') or has them as its head."""
    names = [fold(name).split() for name in (record.name, *sorted(record.aliases))]
    # ('police' names 'the Kenya Police Service' too: a body's name may close on the word
    # for its kind of body)
    names += [n[:-1] for n in names if n[-1:] and n[-1] in lx.BODY_NAME_ENDINGS]
    if any(name[-len(wanted) :] == wanted for name in names):
        return True
    # ('the command said': "Operational Command South")
    return any(_head_of_name(name, wanted) for name in names)


def _head_of_name(name: list[str], wanted: list[str]) -> bool:
    """Whether words stand in a body's name as its head, the rest of the name a compass
    point or a preposition's phrase after them ("Operational Command South", "Ministry of
    Defence")."""
    size = len(wanted)
    return any(
        name[at : at + size] == wanted and name[at + size] in lx.BODY_NAME_TAILS
        for at in range(len(name) - size)
    )


def unit_ordinal(ent):
    """'the 3rd | X Brigade': the ordinal the model tagged apart from a unit's name, which
    is part of it (the brigade is the 3rd, not any); the ordinal's token, or None."""
    if ent.start == 0 or ent[-1].lower_ not in flx.NUMBERED_UNIT_HEADS:
        return None
    before = ent.doc[ent.start - 1]
    numbered = re.fullmatch(r"\d+(?:st|nd|rd|th)", before.text)
    return before if numbered and before.ent_type_ in ("ORDINAL", "") else None
