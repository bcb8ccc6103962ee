"""ArticleActors: the actors of one parsed article, and the one entry point that resolves
a phrase to the actor it names.

Every entity the model tagged is keyed once, as the article is read (persons, states,
organisations and groups by the rules of the sibling modules, one mixin each; the words
around a name, :mod:`kg.extract.actors.type_cues`, outweigh the model's label); then the
extractors ask :meth:`ArticleActors.resolve` for the actor of a phrase (a subject, an
object), which tries the readings in a fixed order: a person the model left untagged, a
person's own organisation ("the Harris campaign"), a named state body, a role or office, a
person noun, a tagged entity, a pronoun, a seat of government, a name the gazetteer knows.
"""

from __future__ import annotations

import bisect
import re

from kg.extract.actors.genders import pronoun_gender
from kg.extract.actors.mastheads import outlet_or_writer_of_article
from kg.extract.actors.names import clean_name, name_after_title, without_titles
from kg.extract.actors.organisations import OrganisationRules, group_context, unit_ordinal
from kg.extract.actors.persons import (
    PersonMentions,
    aged_name,
    bare_epithet,
    counted,
    leading_name_words,
    main_clause_subject,
    name_run_on,
    names_a_thing,
    surname_shaped,
    told_by_pronoun,
    viewpoint_of,
    who_names,
)
from kg.extract.actors.places import place_name
from kg.extract.actors.records import ACTOR_LABELS
from kg.extract.actors.states import StateMentions
from kg.extract.actors.sub_bodies import body_in_apposition, owned_body
from kg.extract.actors.title_bearers import title_bearers_taken_for_bodies
from kg.extract.actors.title_phrases import title_phrase, title_remit
from kg.extract.actors.titles import TitleRules, titled_name
from kg.extract.actors.type_cues import (
    acronym_shaped,
    armed_group_name,
    organisation_cue,
    person_cue,
)
from kg.extract.actors.unnamed import portfolio_body, unnamed_portfolio
from kg.extract.common import clutter_ranges, doc_text, entities, entity_at, lemma_positions
from kg.extract.lexicon import actors as lx
from kg.extract.lexicon.common import QUOTE_MARKS
from kg.extract.lexicon.statements import SPEECH_VERBS
from kg.gazetteer import Entry, fold
from kg.line_openers import clock_zone


class ArticleActors(PersonMentions, TitleRules, StateMentions, OrganisationRules):
    """The actors of one parsed article, and the rules that resolve phrases to them."""

    def __init__(self, doc, quoted: list[tuple[int, int]] = ()):
        super().__init__(doc, quoted)
        # site furniture ('Privacy Notice: Newsletters may contain ...') is no article text
        self._furniture = clutter_ranges(doc_text(doc))
        # a name the model calls an organisation that a 'who' once follows is a person's,
        # wherever it stands
        self._who_names = who_names(doc)
        self._full_names = self._full_person_names()
        self._cued_types: dict[str, str] = {}  # key -> the type a cue around a name gave
        for ent in entities(doc):
            key = self._key_for_entity(ent)
            if key is not None:
                self._entity_keys[ent.start] = key
                if not self._in_quote(ent.start_char) and not names_a_thing(ent):
                    self._mentions.append((ent.start, key))
                    subject = _subject_named(ent)
                    if subject is not None:
                        self._add_subject(ent.start, subject)
                    elif told_by_pronoun(ent):
                        self._hearers.add(ent.start)
                if ent.label_ == "PERSON" or (
                    self.records[key].type == "Person" and titled_name(ent)
                ):
                    self._collect_titles(ent, key)
        for key, kind in self._cued_types.items():
            if not self.records[key].wikidata:
                self.records[key].type = kind  # a cue outweighs the model's label elsewhere
        self._surnames_taken_for_bodies()
        self._add_untagged_surnames()
        self._police_forces()
        self._mentions.sort()
        self._spelled_out_acronyms()
        self._acronym_types()
        self._mention_starts = [start for start, _ in self._mentions]
        title_bearers_taken_for_bodies(self, doc)  # ('Head of X, A B, said': A B a person)
        self._add_titled_subjects()
        self._resolve_subject_pronouns()
        if self._add_described_subjects():
            self._resolve_subject_pronouns()

    def _add_described_subjects(self) -> bool:
        """'The Chilean president insisted ... “...,” she said': an office named by its
        definite description ('the president', 'the Kenyan foreign minister', 'Kenya's
        foreign minister'), the main
        subject of its sentence, is a mention of the person who holds it (a 'he' or 'she'
        after it points to that person, not to one named before); whether any was added."""
        added = False
        for token in self.doc:
            if (
                token.dep_ != "nsubj"
                or token.pos_ != "NOUN"
                or token.lower_ not in lx.OFFICE_TITLES
                or token.i in self._subjects
                or self._in_quote(token.idx)
                or not (
                    any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
                    or self._state_possessed(token)
                )
                or any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in token.children)
                or (
                    any(c.dep_ == "poss" for c in token.children)
                    and not self._state_possessed(token)
                )
                or not main_clause_subject(token)
            ):
                continue
            words = [t for t in token.subtree if not t.is_punct]
            if any(
                self.key_at(t) and self.records[self.key_at(t)].type != "Country" for t in words
            ):
                continue  # ('the Nato chief': an organisation's head, read where it speaks)
            key = self.resolve(words, before=token.i)
            if key is None or self.records[key].type != "Person":
                continue
            self._mentions.insert(
                bisect.bisect_left(self._mentions, (token.i, key)), (token.i, key)
            )
            self._mention_starts = [start for start, _ in self._mentions]
            self._add_subject(token.i, token)
            added = True
        return added

    def _of_kind(self, key: str, noun: str) -> bool:
        """A body written, under a name of its own, with the word for its kind ('ministry')."""
        record = self.records[key]
        names = (record.name, *record.aliases)
        if record.type != "Organization" or place_name(record.name, doc_text(self.doc)):
            return False  # ('the Foreign Ministry at X Palace' cut with its place is none)
        return any(noun in fold(n).split() for n in names)

    def _state_possessed(self, token) -> bool:
        """'Sudan's foreign minister': an office whose possessor is a state by its name."""
        owners = [c for c in token.children if c.dep_ == "poss"]
        if len(owners) != 1 or owners[0].pos_ != "PROPN":
            return False
        key = self.key_at(owners[0])
        return key is not None and self.records[key].type == "Country"

    def _portfolio_body(self, portfolio: str, before: int) -> str | None:
        return portfolio_body(self, portfolio, before)

    def portfolio_body_before(self, subject) -> str | None:
        """The body named before of the portfolio that unnamed officials are named by
        ('Defence officials' after 'the Department of Defence'), if any."""
        tokens = [t for t in subject.subtree if t.i <= subject.i]
        portfolio = unnamed_portfolio(tokens, subject)
        return self._portfolio_body(portfolio, subject.i) if portfolio else None

    def _key_for_entity(self, ent) -> str | None:
        label = ent.label_
        if label not in ACTOR_LABELS:
            return None
        text = clean_name(ent.text)
        doc = ent.doc
        if (
            label == "ORG"
            and (ent[-1].lower_ == "of" or (len(ent) > 2 and ent[-2:].text.lower() == "of the"))
            and ent.end < len(doc)
            and doc[ent.end].ent_type_ == "GPE"
        ):
            # "the Armed Forces of (the) | Ukraine": the model cut the name before its state
            following = entity_at(doc, ent.end)
            if following is not None and following.start == ent.end:
                text = clean_name(doc[ent.start : following.end].text)
        run_on = name_run_on(ent)
        if run_on is not None:
            text = clean_name(doc[ent.start : run_on.i + 1].text)  # 'A B | C D said'
        # "Photo: X Group vehicles in Y": a caption's label is no word of the name
        label_cut = re.match(r"(\w+)\s*:\s*", text)
        if label_cut and fold(label_cut.group(1)) in lx.CAPTION_LABELS:
            text = text[label_cut.end() :]
        if not text or not _capitalised_name(text, label) or "/" in text:
            return None  # "/" marks a photo credit ("Name/AFP/Getty Images")
        if label == "ORG" and (ordinal := unit_ordinal(ent)) is not None:
            text = f"{ordinal.text} {text}"  # 'the 3rd | Assault Brigade said'
        if fold(text) in lx.SOCIAL_PLATFORMS:
            return None  # 'posted on Twitter': where words were posted, no one who speaks
        if label in ("PERSON", "ORG") and outlet_or_writer_of_article(text, doc):
            return None  # 'told X', X's masthead: an outlet, only ever a statement's medium
        if any(b <= ent.start_char < e for b, e in self._furniture):
            return None  # a newsletter box or breadcrumb names no actor of the article
        if clock_zone(ent):
            return None  # "10:42 GMT": a live blog's timestamp
        if (
            label != "PERSON"
            and (fold(text) in self._full_names or text in self._full_names.values())
            and (not self.gaz.lookup(text) or self._surname_not_seat(text))
        ):
            label = "PERSON"  # a (sur)name the model mislabelled, of a person named in full
        if label == "ORG" and fold(text) in self._who_names and not self.gaz.lookup(text):
            label = "PERSON"
        if label != "NORP" and not self.gaz.lookup(text) and not without_titles(text.split())[1]:
            return None  # "the Taoiseach", "Emir": an office, resolved to who bears it
        if label != "NORP" and (title_phrase(text.split()) or title_remit(ent)):
            return None  # "Managing Director", "Commissioner for | X Affairs": an office
        titled = name_after_title(ent.root, self._in_quote) if label != "PERSON" else None
        if label == "PERSON" and ent.root.dep_ == "compound" and ent.root.head.i >= ent.end:
            # "Chairperson A | B C said": the title and the name's first word tagged a
            # person, the rest of the name something else; the whole name is the person
            whole = name_after_title(ent.root.head, self._in_quote)
            titled = whole if whole and ent.start <= whole[0].i < ent.end else None
        if titled and titled[-1].i >= ent.end - 1:
            # "Foreign Ministry Spokesperson A B" tagged whole as an organisation, or
            # "Colonel A | B" with only the surname tagged: the person the title leads to
            return self._person_key("".join(t.text_with_ws for t in titled).strip(), titled[0].i)
        family = self._family_named(text) if label in ("PERSON", "NORP", "ORG") else []
        if family:
            self._families[ent.start] = family
            return None  # 'the Obamas': each of them, resolved where they speak
        if label == "PERSON" and counted(ent):
            return None  # "90 Shaheds were launched": things counted, not a person
        if label != "PERSON" and aged_name(ent):
            # "Oleksii Vlasenko, 32, ...": an age after a name makes it a person's
            words = [t.text for t in leading_name_words(ent)] + text.split()
            if 2 <= len(words) <= 3 and not self.gaz.lookup(" ".join(words)):
                return self._person_key(" ".join(words), ent.start)
        if self._is_place(ent, text, label):
            return None
        if label == "ORG" and (titled_name(ent) or person_cue(ent)) and not self.gaz.lookup(text):
            label = "PERSON"  # "campaign chair A B" tagged as an organisation
        if (
            label == "PERSON"
            and not self.gaz.lookup(text)
            and fold(text) not in self._full_names
            and (acronym_shaped(text) or organisation_cue(ent))
        ):
            # "the metals firm X", "an analyst for X", "MI6" tagged as a person
            key = self._record(Entry(text, "Organization"), text)
            self._cued_types[key] = "Organization"
            return key
        if label == "NORP":
            entry = self._demonym_state(text)
            if entry is None:
                # "the Houthis", "Taliban": a group the model calls a nationality
                known = self.gaz.lookup(text)
                return self._record(known, text) if known and known.type == "Group" else None
            return self._record(entry, "", named=False)
        if label == "PERSON" and group_context(ent, backed=False) and not self.gaz.lookup(text):
            return self._record(Entry(text, "Group"), text)  # "the militia X said"
        if label == "PERSON":
            return self._person_key(text, ent.start)
        body = self._body_named_with_state(ent) if label == "GPE" else None
        if body is not None:
            return body
        entry = self.gaz.lookup(text)
        if entry is not None:
            return self._record(entry, text)
        body = self._institution_of_state_before(ent) if label == "ORG" else None
        if body is not None:
            return body
        if label == "GPE" and not _described_as_company(ent):
            return None  # a city or region: a place, not an actor
        folded = fold(text)
        if folded in lx.NEWS_OUTLETS or len(folded) < 2:
            return None
        state = self._generic_forces(text)
        if state is not None:
            return self._record(state, "", named=False)
        words = set(folded.split())
        group = (
            words & (lx.GROUP_WORDS | lx.GROUP_NAME_CUES)
            or armed_group_name(text.split())
            or group_context(ent)
        )
        return self._record(Entry(text, "Group" if group else "Organization"), text)

    def _surnames_taken_for_bodies(self) -> None:
        """'Popsoi said', "Moskalyov's daughter" tagged as an organisation: one word the
        model took for a body's name that is the surname of one person the article names in
        full is that person."""
        surnames: dict[str, set[str]] = {}
        for key, record in self.records.items():
            words = fold(record.name).split()
            if record.type == "Person" and len(words) >= 2:
                surnames.setdefault(words[-1], set()).add(key)
        taken = {}
        for key, record in self.records.items():
            owners = surnames.get(fold(record.name), set())
            if (
                record.type == "Organization"
                and not record.wikidata
                and " " not in record.name
                and key not in self._cued_types
                and len(owners) == 1
            ):
                taken[key] = next(iter(owners))
        if not taken:
            return
        for start, key in list(self._entity_keys.items()):
            if key in taken:
                self._entity_keys[start] = taken[key]
        self._mentions = [(s, taken.get(k, k)) for s, k in self._mentions]
        for key in taken:
            self.records[key].named = False
            self.records[taken[key]].aliases.add(self.records[key].name)

    def _person_described(self, noun) -> str | None:
        """The last person named with this noun before it ('Romanian journalist A B', 'A
        B, a journalist', 'a journalist, A B'): who 'the journalist' is."""
        for at in reversed(lemma_positions(self.doc).get(noun.lemma_, [])):
            token = self.doc[at]
            if at >= noun.i or self._in_quote(token.idx):
                continue
            near = [token.head, *(c for c in token.children if c.dep_ == "appos")]
            if token.dep_ not in ("compound", "appos"):
                near = near[1:]
            for other in near:
                key = self.key_at(other) or (
                    self.untagged_person(other) if other.pos_ == "PROPN" else None
                )
                if key and self.records[key].type == "Person":
                    return key
        return None

    def _person_organisation(self, tokens) -> str | None:
        """'the Harris campaign', 'Biden's campaign', 'a Harris campaign official': the
        organisation a person's name qualifies (a noun of PERSON_ORGANISATION_NOUNS whose
        possessor or compound is the person), named after the person's surname."""
        for noun in tokens:
            if not _organisation_noun(noun):
                continue
            # ('a Harris campaign official': the parser hangs both words on 'official';
            # "Harris’ campaign": a possessive apostrophe alone, the owner as a nmod)
            heads = {noun.i, noun.head.i} if noun.dep_ == "compound" else {noun.i}
            owners = [
                t
                for t in tokens
                if t.i < noun.i and t.dep_ in ("poss", "compound", "nmod") and t.head.i in heads
            ]
            keys = [
                self.key_at(t)
                or (self._untagged_surname(t.text, t.i) if t.pos_ == "PROPN" else None)
                for t in owners
            ]
            person = next((k for k in keys if k and self.records[k].type == "Person"), None)
            if person is None:
                continue
            others = {self.key_at(t) for t in tokens if t.ent_type_ == "PERSON"} - {person, None}
            if others:
                return None  # 'Harris campaign spokesman Michael Tyler': the person named
            name = f"{self.records[person].name.split()[-1]} {noun.lemma_.lower()}"
            return self._record(Entry(name, "Organization"), name)
        return None

    def _place_of_role(self, token, role, key: str) -> bool:
        """'officials in Ilave': a name in a locative 'in' on a role noun, that the
        gazetteer does not know and no word for a body ends, names a place (the model may
        tag a town it does not know as an organisation or a person)."""
        record = self.records[key]
        if record.type not in ("Organization", "Person") or not _place_of_role_word(token, role):
            return False
        words = fold(record.name).split()
        if self.gaz.lookup(record.name) or record.wikidata or not words:
            return False
        return not (set(words) & (lx.BODY_NAME_ENDINGS | lx.INSTITUTION_HEADS | lx.GROUP_WORDS))

    def _owned_body(self, head) -> str | None:
        """The organisation a head word's entity names when another body owns it ('the
        Treasury Department's Office of ...'), else None."""
        if head.ent_type_ != "ORG":
            return None
        ent = entity_at(self.doc, head.i)
        if ent is None or ent.start < 2 or self.doc[ent.start - 1].tag_ != "POS":
            return None
        if self.doc[ent.start - 2].lower_ not in lx.INSTITUTION_HEADS:
            return None
        key = self.key_at(head)
        return key if key and self.records[key].type == "Organization" else None

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
        # "the UN's humanitarian office (OCHA) said": the office its apposition names
        body = body_in_apposition(self.records, found, head)
        if body:
            return body
        # "China's Xi": a surname the model left untagged (or took for a title, "Bible"
        # a work of art), of a person named in full
        named = head.pos_ == "PROPN" or (head.pos_ == "NOUN" and surname_shaped(head.text))
        if named and (head.ent_iob_ == "O" or head.ent_type_ not in ACTOR_LABELS):
            person = self._untagged_surname(head.text, head.i)
            if person:
                return person
        campaign = self._person_organisation(tokens)
        if campaign:
            return campaign
        if (
            head.lower_ in lx.LEADER_NOUNS
            and not _state_head_role(tokens)
            and not any(self.records[k].type == "Person" for _, k in found)
        ):
            # "the head of Britain's intelligence service says": its head, when named (not
            # the service, which "a spokesperson for" it speaks for)
            role = " ".join(t.text.lower() for t in tokens if t.dep_ not in ("det", "poss"))
            state = next((k for _, k in found if self.records[k].type == "Country"), None)
            holder = self._person_by_title(role, head, before, state) or self.office_holder(
                tokens, head, before, state
            )
            if holder:
                return holder
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
            # "officials in Ilave said": a name the role is in is where they are, a town
            # the model took for a body or person, not who they speak for
            where = [(t, k) for t, k in found if self._place_of_role(t, head, k)]
            found = [pair for pair in found if pair not in where]
            person = next((k for t, k in found if self.records[k].type == "Person"), None)
            if person:
                return person
            role = " ".join(t.text.lower() for t in tokens if t.dep_ not in ("det", "poss"))
            state = next((k for _, k in found if self.records[k].type == "Country"), None)
            named = self._owned_body(head)
            if named:
                # "the Treasury Department's Office of Foreign Assets Control": the office
                # the model named, not a name made of its owner's words around it
                return named
            institution = self._state_institution(tokens, head, state)
            if institution:
                return institution
            bare = [t for t in tokens if t.dep_ != "det"]
            if len(bare) == 1 and head.lemma_.lower() in lx.INSTITUTION_HEADS:
                # "the Ministry also said": the state institution named last (a mission
                # only as "the embassy", which is no ministry)
                mission = head.lemma_.lower() in lx.MISSION_HEADS
                earlier = self.institution_before(
                    head.i,
                    lambda k: (
                        mission == bool(lx.MISSION_HEADS & set(fold(self.records[k].name).split()))
                        and self._of_kind(k, head.lemma_.lower())
                    ),
                    with_mentions=True,
                )
                if earlier:
                    return earlier
            if state and any(t.lower_ in lx.FORMER_WORDS for t in tokens if t.i < head.i):
                # "the former Russian president added": no one who holds the office now,
                # but the person of that state the text was just about
                person = self.person_before(before)
                if person and self.state_of(person) in (state, None):
                    return person
            if state and _state_head_role(tokens):
                # "the Belarusian leader said", "the Russian head of state said": the state's
                # president or prime minister named before
                for title in lx.STATE_HEAD_TITLES:
                    titled = self._person_by_title(title, head, before, state)
                    if titled:
                        return titled
            if any(t.lower_ in lx.OTHER_BEARER_WORDS and t.dep_ in ("det", "amod") for t in tokens):
                # "another State Department spokesperson said": not the one named before
                # with that title, but someone unnamed, who speaks for the body or state
                body = next((k for _, k in found if self.records[k].type != "Person"), None)
                return body or state
            titled = self._person_by_title(role, head, before, state)
            if titled:
                return titled
            leader = self._leader_of(found, head, before)
            if leader:
                return leader
            # "the UK Ministry of Defence said": the ministry, not the state it belongs to
            # ("the Petroperu CEO said": its head, when the text speaks of one)
            for wanted in ("Organization", "Group"):
                org = next((k for _, k in found if self.records[k].type == wanted), None)
                if org:
                    return self.office_holder(tokens, head, before, None) or org
            if state:
                # "Ireland's premier said ...", with the name only further on (a state's
                # office: "the 70-year-old leader" may be anyone named later)
                return (
                    self._person_by_title(role, head, before, state, ahead=True)
                    or self.office_holder(tokens, head, before, state)
                    or state
                )
            if _state_head_role(tokens):
                # "..., the head of state noted": no state named, the leader just spoken of
                holder = self.office_holder(tokens, head, before, None)
                if holder:
                    return holder
            # "a Mariupol police official": a city's officials speak for its state; the
            # officials of a town not known as a city, for the state the text is about
            state = self._state_of_city(tokens)
            portfolio = unnamed_portfolio(tokens, head) if not (state or where) else None
            if portfolio is not None:
                # "Defence officials said": unnamed officials of a portfolio speak for
                # its body the text named before; else for their state, as other officials
                # (the state the text is about is often the other side's)
                body = self._portfolio_body(portfolio, before)
                if body:
                    return body
            return state or (self.state_written_about(before) if where else None)
        if head.lower_ in lx.SINGLE_OFFICE_HEADS and not any(
            self.records[k].type == "Person" for _, k in found
        ):
            # "says the Gazprom CEO": the company's head the text speaks of, if any
            holder = self.office_holder(tokens, head, before, None)
            if holder:
                return holder
        if head.lemma_.lower() in lx.PERSON_NOUNS and not any(
            self.records[k].type == "Person" for _, k in found
        ):
            # "the founder of X wrote": a person, the one the text is about, not X
            person = self.person_before(before)
            if person:
                return person
        if _private_person(head) and all(self.records[k].type == "Country" for _, k in found):
            # "the Romanian journalist said": the person named so before, else the one
            # written about, not Romania ("a Hong Kong journalist says", "the doctor
            # said": someone not named)
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children)
            if not definite:
                return None
            # ("the district attorney" is an office of someone named further on)
            return self._person_described(head) or (
                self.person_written_about(before) if bare_epithet(head, demonyms=True) else None
            )
        # "the X Army's Eastern Command said": the command, not the army that owns it
        sub_body = owned_body(self.records, found, head)
        if sub_body:
            return sub_body
        for wanted in ("Person", "Organization", "Group", "Country"):
            for token, key in found:
                if self.records[key].type == wanted and token.ent_type_ != "NORP":
                    return key
        if found:
            return found[0][1]
        if head_text in lx.PERSON_PRONOUNS:
            return self.person_before(
                before, gender=pronoun_gender(head_text)
            ) or self._person_taken_for_organisation(before)
        seat = self._seat_named(tokens, head_text)
        if seat:
            return seat
        # a name, not a pronoun or common word that spells one ('who' is not the WHO)
        entry = self.gaz.lookup(" ".join(t.text for t in tokens))
        if entry is not None and any(t.text[:1].isupper() for t in tokens):
            return self._record(entry, "", named=False)
        return None


def _place_of_role_word(token, role) -> bool:
    """Whether a name is what a locative 'in' on a role noun takes ('officials in X'; not
    'a source in X's delegation', the name only qualifying what it takes)."""
    if token.dep_ == "compound" and token.head.ent_type_ == token.ent_type_:
        token = token.head  # a word of the name before its last
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ == "in"
        and prep.head.i == role.i
    )


def _state_head_role(tokens) -> bool:
    """'the Belarusian leader', 'Russia's head of state': a word for whoever leads a state,
    with only the state's name or adjective besides."""
    words = [
        t.lower_
        for t in tokens
        if t.dep_ not in ("det", "poss", "case") and t.ent_type_ not in ("NORP", "GPE")
    ]
    return " ".join(words) in lx.STATE_HEAD_ROLES


def _private_person(head) -> bool:
    """'the Romanian journalist', 'a Hong Kong activist': a common noun for a person who
    holds no office."""
    return head.tag_ == "NN" and head.lemma_.lower() in lx.PRIVATE_PERSON_NOUNS


def _organisation_noun(token) -> bool:
    return token.lemma_.lower() in lx.PERSON_ORGANISATION_NOUNS and token.pos_ == "NOUN"


def _capitalised_name(text: str, label: str) -> bool:
    """A name opens with a capital; a person's may open with a particle after a comma or
    mid-sentence ('von der Leyen said')."""
    if text[:1].isupper():
        return True
    words = text.split()
    return (
        label == "PERSON"
        and len(words) > 1
        and words[0].lower() in lx.NAME_PARTICLES
        and words[-1][:1].isupper()
    )


def _phrase_head(tokens):
    ids = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in ids or token.head.i == token.i:
            return _name_before_brackets(token)
    return tokens[-1]


def _name_before_brackets(head):
    """'The Danish Defense Intelligence Service (FE) wrote', parsed with the bracketed
    acronym as the head: the body's noun before the brackets heads the phrase."""
    doc = head.doc
    if head.i < 2 or doc[head.i - 1].text != "(" or head.i + 1 >= len(doc):
        return head
    if doc[head.i + 1].text != ")":
        return head
    noun = doc[head.i - 2]
    named = noun.text[:1].isupper() and noun.lower_ in lx.SUB_BODY_HEADS
    return noun if named and noun.head.i == head.i else head


def _subject_named(ent):
    """The subject a name stands as: its own head ('A said'), or the subject it is in
    apposition to ('B's spokesman, A, said', 'said the mayor, A'), or the agent of a
    passive verb ('was put best by A'), which a 'he' or a quotation after it then points
    back to (not to B)."""
    node = ent.root.head if ent.root.dep_ == "appos" else ent.root
    node = name_run_on(ent) or node  # 'A B C D said' with the name cut after 'A B'
    node = _named_in_own_clause(ent) or node
    node = _title_bearer_subject(ent) or node
    if node.dep_ in ("nsubj", "nsubjpass"):
        return node
    if node.dep_ == "pobj" and node.head.dep_ == "agent":
        # 'the argument was summed up by A': the agent acts as a subject would
        return node.head
    return viewpoint_of(node) or _inverted_speaker(ent)


def _title_bearer_subject(ent):
    """'President of Belarus A B, speaking at ..., noted ...', 'Commander-in-Chief of the
    Armed Forces of X A B said': a person's name closing the 'of' phrase of a title that
    is the subject is that title's bearer, so the subject is the name's (a 'he' or 'the
    head of state' after it points to A B); returns that subject, or None."""
    node = ent.root
    if ent.label_ != "PERSON" or node.dep_ != "pobj" or node.head.lower_ != "of":
        return None
    if node.i + 1 < len(ent.doc) and ent.doc[node.i + 1].dep_ in ("prep", "pobj"):
        return None  # (the name is not where the title's phrase ends)
    title = node.head.head
    for _ in range(lx.TITLE_PREPOSITION_DEPTH):
        if title.dep_ != "pobj" or title.head.lower_ != "of":
            break
        title = title.head.head  # 'Chief of the General Staff of the Armed Forces A B'
    last_word = title.lower_.split("-")[0]
    titled = title.text[:1].isupper() and last_word in lx.TITLE_WORDS
    return title if titled and title.dep_ in ("nsubj", "nsubjpass") else None


def _named_in_own_clause(ent):
    """'A teacher, who asked that only his first name, A, be used, said ...', 'a spokesman,
    who identified himself as A, said': the name a relative clause gives the subject it
    hangs on is that subject's (a 'he' after it is A, not a person who spoke before);
    returns that subject, or None."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "as" and _self_named(root.head.head):
        # 'A spokesman for a unit ..., who identified himself as A, claimed ...'
        clause = root.head.head
        return next((t for t in clause.ancestors if t.dep_ in ("nsubj", "nsubjpass")), None)
    if root.dep_ != "appos" or root.head.lemma_ != "name":
        return None
    for above in root.head.ancestors:
        if above.dep_ == "relcl":
            return above.head if above.head.dep_ in ("nsubj", "nsubjpass") else None
    return None


def _self_named(verb) -> bool:
    """'who identified himself as', 'who introduced herself as': a relative clause in which
    the subject names itself."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in verb.children
    )


def _inverted_speaker(ent):
    """'“...,” said A, the chief prosecutor': a name right after a speech verb with no
    subject before it is who speaks, however the parser hung it (the phrase under the
    verb that holds it stands as the subject)."""
    doc = ent.doc
    verb = doc[ent.start - 1] if ent.start else None
    if verb is None or verb.lemma_ not in SPEECH_VERBS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None
    before = doc[verb.i - 1] if verb.i else None
    if before is None or not (before.is_punct or before.text in QUOTE_MARKS):
        return None
    node = ent.root
    while node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    return node if node.head.i == verb.i else None


def _described_as_company(ent) -> bool:
    """'Russian energy giant X says': a name the gazetteer does not know, tagged as a place,
    right after a noun for a company that qualifies it, is the company's."""
    if ent.start == 0 or len(ent) != 1:
        return False
    word = ent.doc[ent.start - 1]
    return (
        word.dep_ == "compound"
        and word.head.i == ent.root.i
        and word.lemma_.lower() in lx.COMPANY_NOUNS
    )
