"""Speakers: the actors that are the subject of a speech verb, through coordinations,
inverted subjects, headlines run into a sentence (those parse repairs are in ``parses``),
and antecedents ('the official said', 'it said')."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.genders import pronoun_gender
from kg.extract.actors.persons import bare_epithet
from kg.extract.common import (
    sentence_of,
)
from kg.extract.lexicon import actors as lx_actors
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.according_owners import office_holder_speakers
from kg.extract.statements.anonymous import (
    anonymous_before,
    anonymous_speakers,
    unnamed_antecedent,
    unnamed_noun_antecedent,
)
from kg.extract.statements.bodies import body_over_its_words
from kg.extract.statements.body_antecedents import body_that_spoke
from kg.extract.statements.closings import closing_subject
from kg.extract.statements.documents import (
    authors_at,
    document_author,
    document_authors,
    document_participle,
    document_subject,
    last_authored,
    named_authors,
)
from kg.extract.statements.entourage import principal_state
from kg.extract.statements.joint import (
    appositive_coordination,
    both_states_named,
    counted_states,
    pair_who_met,
    with_appositive_conjuncts,
    with_coordinated_names,
)
from kg.extract.statements.missions import mission_servant_state
from kg.extract.statements.named_bodies import (
    BODY_TYPES,
    aliased_body,
    body_subject,
    explicit_subject,
)
from kg.extract.statements.outlets import outlet_phrase
from kg.extract.statements.owned import (
    named_voice_owner,
    owned_words_speakers,
    voice_with_owner,
)
from kg.extract.statements.parses import (
    adjunct_gerund,
    after_dateline,
    clause_coordinated_before,
    dateline_subjects,
    hearer_taken_for_subject,
    inverted_subject,
    name_after_description,
    one_named_person,
    out_of_reported_clause,
    paragraph_between,
    predicate_infinitive,
    quoted_as_saying,
    rootless_participle_subject,
    speech_verb_taken_for_noun,
    subject_after_headline,
)
from kg.extract.statements.pronoun_bodies import it_antecedent, its_owner, non_person_subject
from kg.extract.statements.servants import (
    partitive_group,
    sourced_subject,
    state_in_phrase,
    state_of_officials_before,
    state_servant,
)
from kg.extract.statements.services import named_service_before
from kg.extract.statements.sources import source_phrase, state_document_author
from kg.extract.statements.state_offices import office_speakers
from kg.extract.statements.state_services import state_service
from kg.extract.statements.subjects import alias_name, conjoined_actors, subject_tokens


def subject_actors(actors, verb, antecedents: bool = True) -> list[str]:
    """The actors who are the subject of a verb: 'Both A and B said' gives A and B; 'the
    official said', 'the statement said' give who the last official or statement was. A
    news outlet reporting is no speaker ('The Kyiv Post reported that ...')."""
    subject = inverted_subject(verb) or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    subject = subject or rootless_participle_subject(verb)
    if subject is not None and outlet_phrase(subject_tokens(subject)):
        return []
    if antecedents and subject is not None:  # 'the presidential palace said': its state
        office = office_speakers(actors, subject, _bare_speakers_of(actors))
        if office is not None:
            return office
    anonymous = anonymous_speakers(actors, subject) if subject is not None else None
    if anonymous is not None:
        return anonymous  # 'one resident of X said': no one, not X
    served = principal_state(actors, subject) if subject is not None else None
    if served:
        return served  # 'an adviser to X said': X's state
    mission = mission_servant_state(actors, subject) if subject is not None else None
    if mission:
        return mission  # 'a US embassy official said': the United States
    alias = alias_name(actors, subject) if subject is not None else None
    if alias:
        return [alias]  # 'a spokesman for X, who goes by the alias A B, said': A B
    if antecedents and subject is not None and subject.lower_ in lx.PERSON_SUBJECT_PRONOUNS:
        # 'A trader said he heard gunfire. “...,” he said': not the last person named
        pointed = unnamed_antecedent(actors, subject, lambda v: subject_actors(actors, v))
        if pointed is not None:
            return pointed
    voiced = _named_voice_owner(actors, subject) if subject is not None else None
    if voiced:
        return [voiced]  # "the Peruvian Navy's press office said": the navy
    named = _named_body_speaker(actors, verb)
    if named:
        return [named]  # 'the X Governor's office said': that office, its own body
    found = _named_subject_actors(actors, verb, antecedents) or closing_subject(actors, verb)
    if len(found) == 1:
        found = _not_the_hearer(actors, verb, found)
    if found or not antecedents:
        return found
    reporting = _reporting_verb_of_participle(verb) if subject is None else None
    if reporting is not None:
        # 'The three countries announced that they were quitting X, accusing it of ...':
        # the participle's speakers are those of the verb reporting the clause it hangs on
        return subject_actors(actors, reporting)
    if subject is not None and subject.lower_ == "it":
        return it_antecedent(actors, subject, _speakers_of(actors), _source_of(actors))
    if subject is not None and subject.lower_ in lxs.PLURAL_SUBJECT_PRONOUNS:
        return _plural_antecedent(actors, subject)
    if subject is not None and _plural_bodies(subject):
        found = _plural_antecedent(actors, subject)
        if found:
            return found
    group = partitive_group(subject) if subject is not None else None
    subject = group if group is not None else subject  # 'one of the officials said'
    if subject is None or not _common_noun(subject):
        return []
    pair = (
        pair_who_met(actors, subject)
        or both_states_named(actors, subject)
        or counted_states(actors, subject)
    )
    if pair:
        return pair
    if not _anaphoric(subject) or voice_with_owner(subject):
        return _unnamed_servant(actors, subject)
    return noun_antecedent(actors, subject)


def _named_body_speaker(actors, verb) -> str | None:
    """A body named as the verb's explicit subject (kg.extract.statements.named_bodies):
    its short name given by a participle, or the body its owner and head word name."""
    subject = explicit_subject(verb)
    if subject is None or actors.in_quote(subject.idx):
        return None
    return (
        aliased_body(actors, subject)
        or body_subject(actors, subject)
        or state_service(actors, subject)
    )


def _named_voice_owner(actors, subject) -> str | None:
    """The organisation named as the owner of the subject, its own voice
    (kg.extract.statements.owned.named_voice_owner), or None."""
    owner = named_voice_owner(subject)
    if owner is None or actors.in_quote(owner.idx):
        return None
    key = actors.resolve([t for t in owner.subtree if t.dep_ != "case"], before=owner.i + 1)
    if key is None or actors.records[key].type not in BODY_TYPES:
        return None
    return key


def _reporting_verb_of_participle(verb):
    """The speech verb whose reported clause a participle of speech without a subject hangs
    on ('announced that they were quitting X, accusing it of ...'), or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i == verb.i:
        return None
    reporting = out_of_reported_clause(verb.head)
    if reporting.i == verb.head.i or reporting.lemma_ not in lx.SPEECH_VERBS:
        return None
    return reporting


def _unnamed_servant(actors, subject) -> list[str]:
    """Who an unnamed servant speaks for: 'his office said' is the state of the person
    'his' points to; 'an alliance spokesperson said' the alliance named just before; 'a
    defence official said' the state the text is about."""
    owned = owned_words_speakers(
        subject,
        lambda p: its_owner(actors, p, _speakers_of(actors)),
        lambda n: noun_antecedent(actors, n),
    )
    if owned is not None:
        return owned  # 'its daily briefing said', "the ministry's statement said"
    lemma = subject.lemma_.lower()
    owners = [c for c in subject.children if c.dep_ == "poss"]
    if (
        lemma in lxs.OWNED_SERVANT_ROLES
        and len(owners) == 1
        and owners[0].lower_ in lxs.SINGLE_BODY_POSSESSIVES
    ):
        # "Moldova fears it is next. Its foreign minister said ...": the person who holds
        # the office of the body 'its' is, when named, else that body
        body = its_owner(actors, owners[0], _speakers_of(actors))
        if body is None:
            return []
        words = [t for t in subject.subtree if t.dep_ not in ("det", "poss") and not t.is_punct]
        return [actors.bearer_of(" ".join(t.lower_ for t in words), subject, body) or body]
    if lemma in lxs.PERSONAL_OFFICE_NOUNS and len(owners) == 1:
        pronoun = owners[0]
        if pronoun.lower_ not in lxs.PERSON_POSSESSIVES:
            return []
        person = actors.person_before(pronoun.i, gender=pronoun_gender(pronoun.lower_))
        state = actors.state_of(person) if person else None
        return [state] if state else []
    if state_servant(subject):
        return _state_served(actors, subject)
    if lemma not in lxs.BODY_SERVANT_ROLES or subject.tag_ != "NN":
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return []
    modifiers = [c for c in subject.children if c.dep_ in ("compound", "amod")]
    kinds = [c for c in modifiers if c.lower_ in lxs.KIND_NOUNS]
    if kinds:
        body = _body_of_kind(actors, kinds[-1])
        return [body] if body else []
    return []


def _state_served(actors, subject) -> list[str]:
    """'The US Navy sent ..., a defence official said': the state whose body the clause is
    about; 'Greek officials had been ... a government official said': the state of officials
    named by it just before; 'Pentagon officials said ... a defence official said': the
    state of the officials named before; else the state the text is about."""
    sourced = sourced_subject(subject)  # 'Sources said A's army / units of A's army'
    body = None if sourced else actors.portfolio_body_before(subject)
    if body:
        return [body]  # 'the Department of Defence ... Defence officials said': that body
    reported = _state_of_reported_subject(actors, subject.head)
    for phrase in sourced:
        reported = reported or _state_of_reported_subject(actors, subject, phrase)
    reported = reported or (state_in_phrase(actors, sourced[0]) if sourced else None)
    if reported:
        return [reported]
    state = state_of_officials_before(actors, subject)  # (in this sentence or the last)
    named = [
        key
        for i, role, key in _role_antecedents(subject.doc, actors)
        if i < subject.i and role in lxs.BARE_PLURAL_ROLES
    ]
    state = state or (actors.acting_for(named[-1]) if named else None)
    if sourced and state and actors.records[state].type != "Country":
        state = None  # (a state's sources are no body's the text named: 'the JCS said')
    state = state or actors.state_written_about(subject.i)
    return [state] if state else []


def noun_antecedent(actors, subject) -> list[str]:
    """Who a common noun pointing back speaks for ('the official', 'officials', 'the
    report', 'the council'): the last one named so before it, if any."""
    if anonymous_before(actors, subject):
        return []  # 'A Gulf diplomat said ... the diplomat said': that one, unnamed
    roles = [r for r in _role_antecedents(subject.doc, actors) if r[0] < subject.i]
    earlier = [key for i, lemma, key in roles if lemma == subject.lemma_]
    if earlier and not document_subject(subject):
        # 'Local officials told X ... according to two officials in Quetta ... One of the
        # officials said': an unnamed one introduced since the last of that noun who spoke
        since = max(i for i, lemma, _ in roles if lemma == subject.lemma_)
        unnamed = _unnamed_noun_antecedent(actors, subject, since)
        if unnamed:
            return unnamed
    if earlier and document_subject(subject):
        # "X said in a statement ... A, B and C issued a joint statement ... the statement
        # said": the statement introduced last, with its authors
        at, authors = last_authored(actors, subject, lambda v: subject_actors(actors, v))
        if authors and at > max(i for i, lemma, _ in roles if lemma == subject.lemma_):
            return authors
    if not earlier and subject.lemma_ == lx.AUTHOR_NOUN:
        earlier = _first_author(actors, subject)
    if not earlier and document_subject(subject):
        # "the report said": who wrote the report, named where it was introduced (each
        # author of a joint statement speaks)
        authors = document_authors(actors, subject, lambda v: subject_actors(actors, v))
        if authors:
            return authors
    if not earlier:
        # "the city's Regional Council said ... the council said": the one named so
        compounds = [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i]
        words = tuple(t.text for c in compounds for t in c.subtree)
        named = actors.organisation_called(subject.lemma_, subject.i, words)
        # "Bolivia's Eastern Naval District said ... the district's press office said":
        # the body that spoke just before under a name closing on the noun (its subjects
        # read with no antecedents: no chain of them back through the text)
        named = named or body_that_spoke(
            actors, subject, lambda v: subject_actors(actors, v, antecedents=False)
        )
        earlier = [named] if named else []
    if not earlier and subject.lemma_.lower() in lxs.KIND_NOUNS:
        # "HSBC cut its lending. The bank said ...": the body of that kind named just before
        body = _body_of_kind(actors, subject)
        earlier = [body] if body else []
    if not earlier and _bare_state_role(subject):
        # "Rescue operations are ongoing in Kerala, officials said": unnamed officials of
        # no state named with them speak for the state the text is about
        state = actors.state_written_about(subject.i)
        earlier = [state] if state else []
    if not earlier and _state_institution(subject):
        # "Chad has sent troops north, the army said": a state's own institution named
        # by a bare noun speaks for the state whose body or leader the report is about
        # ("Israel's navy sent ..., the military said"), else the state the text is about
        # ("the IDF says ... The military says": the service named, its own organisation)
        state = named_service_before(actors, subject)
        state = state or _state_of_reported_subject(actors, subject.head)
        state = state or _state_subject_just_before(actors, subject)
        state = state or actors.state_written_about(subject.i)
        earlier = [state] if state else []
    if not earlier:
        # 'A senior army officer said ... the officer said': as that one did
        unnamed = _unnamed_noun_antecedent(actors, subject)
        if unnamed is not None:
            return unnamed
    if not earlier and bare_epithet(subject) and subject.tag_ != "NNS":
        # ('diplomats said' is a crowd of anonymous people, none of them the one named)
        # "Nikolenko said ... “...,” the diplomat said": a word for a person that names
        # no office or state is the person the text is about
        person = actors.person_written_about(subject.i)
        if person is None and subject.lemma_.lower() in lxs.STATE_SERVANT_ROLES:
            # '“...,” the officer said' with no person named before: a servant of the
            # state the text is about
            person = actors.state_written_about(subject.i)
        earlier = [person] if person else []
    return earlier[-1:]


def _unnamed_noun_antecedent(actors, subject, since: int = -1) -> list[str] | None:
    return unnamed_noun_antecedent(
        actors,
        subject,
        lambda v: subject_actors(actors, v),
        lambda to: according_to_actor(actors, to),
        since,
    )


_BODY_OR_KIND_NOUNS = lxs.BARE_BODY_NOUNS | lxs.KIND_NOUNS.keys()


def _common_noun(token) -> bool:
    """A common noun, or 'Police' opening a sentence, 'the regional bloc' (which the tagger
    takes for a name)."""
    return token.pos_ == "NOUN" or (
        token.pos_ == "PROPN" and not token.ent_type_ and token.lower_ in _BODY_OR_KIND_NOUNS
    )


def _anaphoric(subject) -> bool:
    """'the official said', 'this ministry said', and a bare plural role ('officials said',
    'authorities said'): a common noun that points back to one named before."""
    if any(c.dep_ == "det" and c.lower_ in lx.ANAPHORIC_DETERMINERS for c in subject.children):
        return True
    if subject.lower_ in lxs.BARE_BODY_NOUNS and not list(subject.children):
        return True  # 'Police said ...': the police force named before, if any
    return (
        subject.tag_ == "NNS"
        and subject.lemma_.lower() in lxs.BARE_PLURAL_ROLES
        # 'officials in Venice', 'senior officials': a role of its own, not an anaphor
        and all(c.is_punct for c in subject.children)
    )


def _plural_antecedent(actors, pronoun) -> list[str]:
    """'A and B met in Lima. Both called for ...', 'They said ...': a plural pronoun opening
    its words speaks for the two or more actors coordinated as a subject just before, in
    the same sentence or the one before it (one actor alone is not what 'they' means)."""
    found: list[str] = []
    for token in pronoun.doc[_this_or_last_sentence(pronoun) : pronoun.i]:
        if token.dep_ not in ("nsubj", "nsubjpass") or actors.in_quote(token.idx):
            continue
        if not any(c.dep_ == "conj" for c in token.children):
            continue
        keys = conjoined_actors(actors, token)
        if len(keys) >= 2:
            found = keys
    return found


def _plural_bodies(subject) -> bool:
    """'the agencies', 'the two countries', 'both governments': a plural noun of bodies
    that points back to those coordinated before it."""
    return (
        subject.tag_ == "NNS"
        and subject.lemma_.lower() in lxs.PLURAL_BODY_NOUNS
        and any(
            c.dep_ in ("det", "predet") and c.lower_ in ("the", "both") for c in subject.children
        )
    )


def _this_or_last_sentence(token) -> int:
    """Where to look back from a token for what it points to: the start of the sentence
    before its own, unless a paragraph break comes between (then of its own)."""
    start = sentence_of(token).start
    if start > 0 and not paragraph_between(token.doc[start - 1], token):
        start = sentence_of(token.doc[start - 1]).start
    return start


def _body_of_kind(actors, noun) -> str | None:
    """The organisation or group of the noun's kind that was a subject last in its sentence
    or the one before, unless a paragraph break comes between ('the group' further back is
    unsure)."""
    types = lxs.KIND_NOUNS[noun.lemma_.lower()]
    found = None
    start = _this_or_last_sentence(noun)
    own = sentence_of(noun).start
    if start == own and own > 0 and _opens_with_quotation(noun.doc, own):
        # "X said it was cooperating.\n\n“...,” the company said": a quotation opening a
        # paragraph goes on from the main subject of the sentence that closed the one before
        root = sentence_of(noun.doc[own - 1]).root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        key = actors.resolve(subject_tokens(subject), before=subject.i + 1) if subject else None
        found = key if key and actors.records[key].type in types else None
    for token in noun.doc[start : noun.i]:
        # a body that acted as a subject, not one named in passing ('called to Terminal 2')
        if token.dep_ not in ("nsubj", "nsubjpass") or actors.in_quote(token.idx):
            continue
        key = actors.resolve(subject_tokens(token), before=token.i + 1)
        if key and actors.records[key].type in types:
            found = key
    return found


def _opens_with_quotation(doc, start: int) -> bool:
    first = next((t for t in doc[start:] if not t.is_space), None)
    return first is not None and first.text in lx.QUOTE_MARKS


def _bare_state_role(subject) -> bool:
    """'officials said', 'authorities say': a plural role of a state's servants with no
    determiner or modifier of its own."""
    return (
        subject.tag_ == "NNS"
        and subject.lemma_.lower() in lxs.STATE_PLURAL_ROLES
        and not any(c.dep_ in lxs.ROLE_MODIFIER_DEPS for c in subject.children)
    )


def _state_of_reported_subject(actors, verb, subject=None) -> str | None:
    """The state a reported clause's subject belongs to: its possessor ('Israel's navy'),
    or the state of the body or person it names ('the US Navy', 'Peruvian President A').
    A state itself, or forces named by a demonym ('Russian forces attacked ...'), say
    nothing of whose institution reports it."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    subject = subject or next(
        (c for clause in clauses[:1] for c in clause.children if c.dep_ == "nsubj"), None
    )
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None:
        key = actors.resolve(list(owner.subtree), before=owner.i + 1)
        return key if key and actors.records[key].type == "Country" else None
    key = actors.untagged_person(subject) or actors.resolve(
        subject_tokens(subject), before=subject.i + 1
    )
    if key is not None and actors.records[key].type == "Country":
        # "The Indian Navy sent ...": a state's named service is that state's; a state
        # itself or its forces in lower case ('Russian forces') may be the other side's
        service = subject.text[:1].isupper() and subject.lower_ in lx_actors.SERVICE_NAME_WORDS
        return key if service else None
    if key is None:
        return None
    if actors.records[key].type == "Person":
        return actors.state_of(key)
    state = actors.acting_for(key)
    return state if state != key else actors.state_in_name(key)


def _state_subject_just_before(actors, token) -> str | None:
    """'The UK remains a supporter of Kyiv. The government announced ...': the state that
    is the subject of the sentence before, in the same paragraph."""
    start = sentence_of(token).start
    if start == 0 or paragraph_between(token.doc[start - 1], token):
        return None
    found = non_person_subject(actors, sentence_of(token.doc[start - 1]), start)
    return found if found and actors.records[found].type == "Country" else None


def _state_institution(subject) -> bool:
    """'the army', 'the presidency': a singular institution of a state with no modifier
    naming whose it is."""
    if subject.tag_ not in ("NN", "NNP"):
        return False
    # ('the presidency, which gave no details': a relative clause names no owner)
    others = [c for c in subject.children if c.dep_ not in ("det", "relcl") and not c.is_punct]
    if subject.lower_ in lxs.STATE_INSTITUTION_NOUNS:
        return not others
    # 'the army general staff': a phrase of the institution, any word before it one more
    compounds = [c.lower_ for c in others if c.dep_ in ("compound", "amod", "nmod")]
    if len(compounds) != len(others):
        return False
    for phrase in lxs.STATE_INSTITUTION_PHRASES:
        words = phrase.split()
        if [*compounds, subject.lower_][-len(words) :] == words:
            rest = compounds[: len(compounds) + 1 - len(words)]
            return all(w in lxs.STATE_INSTITUTION_NOUNS for w in rest)
    return False


def _first_author(actors, subject) -> list[str]:
    """'Mark Leonard, a co-author of a report ... the authors said': the authors are those
    named as such earlier; their statement goes to the first of them, who leads."""
    for token in subject.doc[: subject.i]:
        if token.lemma_ == lx.AUTHOR_NOUN and token.dep_ == "appos":
            key = actors.key_at(token.head)
            if key:
                return [key]
    return []


def _not_the_hearer(actors, verb, found: list[str]) -> list[str]:
    """'He also told Blinken that ...': a pronoun subject is not the person its verb names
    as the hearer, so it goes to the person before that one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in lx.PERSON_SUBJECT_PRONOUNS:
        return found
    hearers = {
        actors.key_at(t)
        for c in verb.children
        if c.dep_ in ("dobj", "dative", "iobj")
        for t in c.subtree
        if actors.key_at(t)
    }
    if found[0] not in hearers:
        return found
    other = actors.person_before(
        subject.i, exclude=frozenset(hearers), gender=pronoun_gender(subject.lower_)
    )
    return [other] if other else []


def _role_antecedents(doc, actors) -> list[tuple[int, str, str]]:
    """(token, noun, actor) for each speech verb whose subject names its actor with a common
    noun ('a US official', 'Japan's foreign ministry') or speaks in a statement, in order."""
    cached = doc.user_data.get("kg_role_antecedents")
    if cached is not None:
        return cached
    out = []
    for verb in doc:
        if verb.lemma_ in lx.SPEECH_VERBS and speech_verb_taken_for_noun(verb):
            # "Ukraine's military claims that ...": the role is among the modifiers
            modifiers = [c for c in verb.children if c.i < verb.i]
            roles = [c for c in modifiers if c.lower_ in lx.ROLE_NOUNS]
            key = actors.resolve([t for c in modifiers for t in c.subtree], before=verb.i)
            if roles and key:
                out.append((roles[-1].i, roles[-1].lower_, key))
            continue
        if verb.lemma_ not in lx.SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if actors.in_quote(verb.idx):
            continue  # '“Chile reaffirms its ...,” the statement added': the quotation's words
        subject = inverted_subject(verb) or next(
            (c for c in verb.children if c.dep_ == "nsubj"), None
        )
        if subject is None:
            continue
        keys = _named_subject_actors(actors, verb)
        if len(keys) != 1:
            continue
        role = subject.lemma_.lower()
        if subject.pos_ in ("NOUN", "PROPN") and (
            role in lx.ROLE_NOUNS or role in lxs.BARE_PLURAL_ROLES
        ):
            out.append((subject.i, subject.lemma_.lower(), keys[0]))
        sentence = sentence_of(verb)
        for t in sentence:
            if t.lower_ != lx.STATEMENT_NOUN:
                continue
            # ('A statement by X's spokesperson, A B, said': the statement is the speaker's)
            # 'According to a statement by X, A reaffirmed ...': the statement is X's
            author = named_authors(actors, t)
            out.append((subject.i, lx.STATEMENT_NOUN, author[0] if author else keys[0]))
            break
    doc.user_data["kg_role_antecedents"] = out
    return out


def _named_subject_actors(actors, verb, antecedents: bool = True) -> list[str]:
    node = verb
    inverted = inverted_subject(verb)
    if inverted is not None:
        return name_after_description(actors, inverted) or conjoined_actors(actors, inverted)
    quoted = quoted_as_saying(verb)
    if quoted is not None:
        return conjoined_actors(actors, quoted)
    document = document_participle(verb)
    if document is not None:
        # 'X released a statement saying ...': the document speaks for who issued it
        return authors_at(actors, document, lambda v: subject_actors(actors, v, antecedents))
    for step in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if hearer_taken_for_subject(node):
            subjects = []  # 'spoke with B to urge him': who spoke urges
        rootless = rootless_participle_subject(node) if step == 0 else None
        if rootless is not None:
            subjects = [rootless]  # 'The three countries announced ...' read as a participle
        if (
            not subjects
            and step == 0
            and node.dep_ not in ("conj", "xcomp", "advcl")
            and not adjunct_gerund(node)
            and not predicate_infinitive(node)
        ):
            run_in = subject_after_headline(actors, verb)
            if run_in:
                return [run_in]
            before = clause_coordinated_before(verb)
            if before is not None:
                return conjoined_actors(actors, before)
        # a headline the parser ran into the sentence: only what follows it is the subject
        own = [c for c in subjects if not paragraph_between(c, node)]
        # a word of the quotation the parser took for a second subject is not the speaker
        outside = [c for c in own if not actors.in_quote(c.idx)]
        own = outside if len(outside) < len(own) and outside else own
        own = dateline_subjects(own)
        if subjects and not own:
            rest = [
                t for t in subjects[0].subtree if t.i > node.i or not paragraph_between(t, node)
            ]
            key = actors.resolve(rest) if rest else None
            return [key] if key else []
        if own:
            # two subjects are a parse gone wrong ('Topics ... Won't Trigger War With Russia
            # Kallas said'): a person's name right before the verb is its own
            people = [c for c in own if c.ent_type_ == "PERSON" and c.i < node.i]
            person = one_named_person(actors, people) if len(own) > 1 else None
            if person is not None:
                # "X's presidential council chairman A al-B said": the parser split the
                # name into subjects beside the title; the one name is the speaker (and
                # each person coordinated after it)
                return with_coordinated_names(actors, people, person)
            subject = people[0] if len(own) > 1 and len(people) == 1 else own[0]
            if subject.dep_ == "nsubjpass":
                agents = [c for c in node.children if c.dep_ == "agent"]
                if not agents:
                    return []
                subject = next((c for c in agents[0].children if c.dep_ == "pobj"), None)
                if subject is None:
                    return []
            if subject.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                # 'Mr Zelensky, who ... insisted he did not want ...': who the clause is about
                subject = node.head
            subject = after_dateline(subject)
            mission = mission_servant_state(actors, subject)
            if mission:
                return mission  # 'a US embassy official said ... and noted': the state
            keys = conjoined_actors(actors, subject)
            keys = appositive_coordination(actors, subject, keys)
            return with_appositive_conjuncts(actors, subject, keys)
        if (
            node.dep_ in ("conj", "xcomp", "advcl")
            and node.head.i != node.i
            and not paragraph_between(node.head, node)
        ):
            participle = node.dep_ == "advcl" and node.tag_ == "VBG"
            node = out_of_reported_clause(node.head, participle)
        elif (adjunct_gerund(node) or predicate_infinitive(node)) and not paragraph_between(
            node.head.head, node
        ):
            # 'X opened the session by calling for ...', 'X became the first leader to call
            # for ...': X calls
            node = node.head.head
        else:
            return []
    return []


def _speakers_of(actors):
    """A speech verb's subject actors, as kg.extract.statements.pronoun_bodies asks them."""
    return lambda verb: subject_actors(actors, verb)


def _bare_speakers_of(actors):
    """A speech verb's subject actors read with no antecedents."""
    return lambda verb: subject_actors(actors, verb, antecedents=False)


def _source_of(actors):
    """An 'according to' phrase's actor, as kg.extract.statements.pronoun_bodies asks it."""
    return lambda to_token: according_to_actor(actors, to_token)


def according_to_actor(actors, to_token) -> str | None:
    # 'according to X'; 'in his words': the possessor of the words
    objects = [c for c in to_token.children if c.dep_ == "pobj"] or [
        c for c in to_token.children if c.dep_ == "poss" and to_token.lower_ == "words"
    ]
    if not objects or outlet_phrase(list(objects[0].subtree)):
        return None  # 'according to Reuters': the outlet is where it was read, no speaker
    if objects[0].lemma_.lower() in lxs.MUTE_EVIDENCE_NOUNS:
        return None  # 'according to satellite images analysed by X': no one said it
    if objects[0].lemma_.lower() in lxs.DOCUMENT_NOUNS and objects[0].tag_ != "NNS":
        # 'according to a statement by the Peruvian foreign ministry': the ministry, not
        # the state a word of its name is ('statements from both ministries' are several)
        authors = named_authors(actors, objects[0])
        if authors:
            return authors[0]
    found = actors.untagged_person(objects[0]) or body_over_its_words(
        actors, objects[0], actors.resolve(source_phrase(objects[0]), before=objects[0].i + 1)
    )
    if found is None and objects[0].pos_ == "NOUN" and _anaphoric(objects[0]):
        # 'according to the spokesperson', 'according to officials': the one named before
        found = next(iter(noun_antecedent(actors, objects[0])), None)
    if found is None and document_subject(objects[0]):
        # 'according to the report': who wrote the report named before
        found = document_author(actors, objects[0], lambda v: subject_actors(actors, v))
    if found is None and objects[0].lemma_.lower() in lxs.DOCUMENT_NOUNS:
        # 'according to a defence ministry statement': the body named on the document
        bodies = [c for c in objects[0].children if c.dep_ == "compound" and c.i < objects[0].i]
        if bodies:
            found = actors.resolve(list(bodies[-1].subtree), before=objects[0].i)
    if found is None and state_servant(objects[0]):
        # 'according to a senior army officer': the state, as when the officer says it
        found = next(iter(_state_served(actors, objects[0])), None)
    if found is None:
        found = state_document_author(actors, objects[0])
    office = office_speakers(actors, objects[0], _bare_speakers_of(actors)) if not found else None
    found = found or (office[0] if office else None)  # 'according to the presidential palace'
    if found is None:  # 'according to (a source in) his office': as 'his office said'
        found = office_holder_speakers(objects[0], lambda n: _unnamed_servant(actors, n))
    return found
