"""Participants: the actors a meeting word names as taking part, directly, through their
states or delegations (``phrase_sides``), a government by its seat (``seats``), as the one
invited, as a third party that hosts or mediates (``mediators``: of the talks of states as
much as of people), as an organisation at its summit (``summits``), a person for the
organisation their title names (``title_bodies``), or from the sentence when the parse is
broken (``broken_parse``; a list of names the parser broke, ``name_lists``). A news outlet
told something is no side, nor a text two people signed together (``signings``)."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.genders import pronoun_gender
from kg.extract.actors.names import name_chain
from kg.extract.common import (
    in_headline_line,
    subject_climb,
)
from kg.extract.lexicon import meeting_modes as mmx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.accounts import account_line, account_speaker, resolve_phrase
from kg.extract.meetings.addressees import state_official
from kg.extract.meetings.along_with import along_with
from kg.extract.meetings.alongside import alongside_objects, among_own_only
from kg.extract.meetings.appearances import appeared_with
from kg.extract.meetings.broken_parse import line_subject, sentence_people
from kg.extract.meetings.calls import called_by_person, called_on, called_person
from kg.extract.meetings.companions import companions
from kg.extract.meetings.counterparts import (
    regional_counterparts,
    unnamed_counterpart_state,
    without_own_states,
)
from kg.extract.meetings.counterparts_abroad import counterparts_in_states
from kg.extract.meetings.delegation_bodies import delegation_body
from kg.extract.meetings.delegations import delegation_side
from kg.extract.meetings.format_members import format_members
from kg.extract.meetings.gatherings import brought_together
from kg.extract.meetings.in_attendance import in_attendance
from kg.extract.meetings.in_contact import (
    also_with,
    contact_holders,
    holder_unnamed,
    other_ones,
)
from kg.extract.meetings.joined_remotely import joined_remotely
from kg.extract.meetings.journeys import purpose_traveller, signed_on_journey, travellers_for
from kg.extract.meetings.kin import spouses
from kg.extract.meetings.mediators import named_mediators, third_party_keys
from kg.extract.meetings.name_lists import given_name_as_preposition
from kg.extract.meetings.noun_phrases import noun_participants
from kg.extract.meetings.pairs import joint_body_states, paired
from kg.extract.meetings.phrase_sides import (
    acts_for_itself,
    delegate_of,
    it_side,
    represented_person,
    speakers_office,
    state_body,
)
from kg.extract.meetings.phrases import (
    added_as_well,
    attendees,
    cataphoric_subject,
    conjuncts,
    held_at_with,
    listed_after,
    name_preposition,
    named_people,
    office_of,
    phrase_tokens,
    plural_antecedent,
    prep_objects,
    represented,
    states_of_chain,
    title_of_next,
)
from kg.extract.meetings.possessed import owner_state
from kg.extract.meetings.received_calls import callers, receiver_unnamed
from kg.extract.meetings.records import (
    is_person,
    name_tail_person,
    named_head,
    state_of,
    surname_person,
)
from kg.extract.meetings.repeated_preps import only_those_met
from kg.extract.meetings.seats import home_state, seat_state
from kg.extract.meetings.signings import is_signing
from kg.extract.meetings.state_lists import apposed_states
from kg.extract.meetings.stays import stays_in
from kg.extract.meetings.summit_attendees import summit_attendance
from kg.extract.meetings.summits import organisation, summit_sides
from kg.extract.meetings.telling import is_summoning, summoned_objects
from kg.extract.meetings.title_bodies import without_title_bodies
from kg.extract.meetings.titled_lists import titled_list_items
from kg.extract.meetings.triggers import with_objects
from kg.extract.meetings.venues import venues_of
from kg.extract.meetings.visits import (
    awaited_in,
    awaited_visitors,
    visitor_phrases,
    where_visit,
)
from kg.extract.statements.outlets import outlet_name


def own_participants(actors, trigger) -> list[str]:
    """Those the trigger's own words name (not the subject of a verb above it, who may
    only speak of the meeting: "officials declined to confirm the meeting")."""
    phrases = [c for c in trigger.children if c.dep_ in ("nsubj", "dobj", "poss")]
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "between", "among"):
            phrases += prep_objects(child)
    keys = []
    for phrase in phrases:
        for member in conjuncts(phrase):
            key = resolve_phrase(actors, phrase_tokens(member), before=member.i + 1)
            if key and key not in keys:
                keys.append(key)
    return keys


def _inherited_subject(actors, verb):
    """The subject a verb shares with the verb it hangs on: 'he visited Poland and met
    with X', 'travelled to Moscow to meet Putin', 'is due to visit X'."""
    above = subject_climb(verb, _shares_subject_with_head, steps=4)
    next(above)  # (the verb's own subject is read by the caller)
    for node in above:
        for child in node.children:
            # "A and B said they look forward to meeting C": the pair
            child = plural_antecedent(child) or child
            if child.tag_ == "WP" and child.dep_ in ("nsubj", "nsubjpass") and node.dep_ == "relcl":
                # "X, who took office in May and has since visited Y", "X, who is
                # expected to travel to Y": the one the relative clause is on
                child = node.head
                return child if _named_subject(actors, child) else None
            if child.dep_ in ("nsubj", "nsubjpass") and _named_subject(actors, child, verb):
                return child
    return None


def _shares_subject_with_head(node) -> bool:
    """Whether a word hangs on one whose subject it shares ("X is due to visit Y": the
    infinitive on "due", "due" on "is"; "received an invitation to visit X": the one
    invited)."""
    return node.dep_ in ("conj", "xcomp", "advcl", "pcomp", "pobj", "prep", "acomp") or (
        node.dep_ in ("acl", "dobj") and _invitation(node if node.dep_ == "dobj" else node.head)
    )


def _gerund_subject(actors, verb):
    """'footage of X receiving Y', 'footage of the council's head, X, receiving Y': the
    person a gerund of meeting with no subject of its own is on, the name written right
    before it (a comma between at most; the parser hangs the gerund on "of" or on the
    noun before); None if no person is named there."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "pcomp") or verb.i < 2:
        return None
    before = verb.doc[verb.i - 1]
    if before.text == ",":
        before = verb.doc[verb.i - 2]
    if before.ent_type_ != "PERSON" or not is_person(actors, before):
        return None
    return before


def _named_subject(actors, child, verb=None) -> bool:
    return bool(
        resolve_phrase(actors, phrase_tokens(child), child.i + 1)
        or name_chain(child)
        # "the leaders of A, B and C are expected to hold a summit", "Israeli and Syrian
        # officials are set to meet"
        or represented(child, verb) != [child]
        # "the ministers of the two countries, A and B, are set to meet"
        or (child.tag_ in ("NNS", "NNPS") and named_people(actors, child))
    )


def _object_taken_for_subject(verb) -> bool:
    """'A met B on Monday and later met C': the one met after a second verb of the pair,
    which the parser may take for its subject; the subject is then the first verb's."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
    )


def _invitation(noun) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in mlx.INVITATION_NOUNS


def participants_of(actors, trigger) -> list[str]:
    if awaited_in(trigger) or stays_in(trigger):
        return awaited_visitors(actors, trigger)  # "C is due in Asmara": C alone
    phrases = []
    if trigger.pos_ == "VERB":
        for child in trigger.children:
            if (
                child.dep_ in ("nsubj", "nsubjpass")
                and child.tag_ in lx.RELATIVE_TAGS
                and trigger.dep_ == "relcl"
            ):
                # "Guterres, who was visiting Kyiv", "X, who was received by Y" (and "the A
                # and B delegations, which held talks in C")
                phrases.append(trigger.head)
            elif child.dep_ in ("nsubj", "dobj", "nsubjpass"):
                phrases.append(cataphoric_subject(child) or plural_antecedent(child) or child)
            elif _subject_taken_for_auxiliary(trigger, child) or _object_taken_for_adverb(
                trigger, child
            ):
                # ("X, accompanied by Y, met Prime Minister Z": Z taken for an adverb)
                phrases.append(child)
            if child.dep_ == "prep" and child.lower_ in ("with", "between", "among"):
                phrases += [
                    t for c in prep_objects(child) for t in [c, *listed_after(c), *added_as_well(c)]
                ]
            elif child.dep_ == "prep" and child.lower_ in mlx.MEETING_PLACE_PREPOSITIONS:
                # "met in Lviv with X"
                phrases += [t for o in held_at_with(trigger) for t in [o, *listed_after(o)]]
            elif child.dep_ == "prep":
                # "appeared alongside X"
                phrases += [o for o in appeared_with(trigger) if o.head.i == child.i]
            called = called_person(trigger) if child.dep_ == "oprd" else None
            if called is not None and called.i == child.i:
                phrases.append(child)  # "called Saied to discuss", taken for "called X Y"
                if called_by_person(trigger):
                    phrases.append(trigger.head)  # "Trump called Vance on Monday, to ..."
            if child.dep_ == "prep" and name_chain(child) is not None:
                phrases.append(child)  # "will meet Than Swe", parsed as "meet than X"
            elif name_preposition(child):
                # "hosted Than Swe and X", the name tagged whole: its object and the list on it
                phrases += [c for c in child.children if c.dep_ == "pobj"]
            if child.dep_ == "agent":
                # "X was received by Y": the host (not "X was visited by a Russian frigate",
                # a port call of a force, no one's visit)
                phrases += [
                    c
                    for c in child.children
                    if (c.dep_ == "pobj" and c.lemma_.lower() not in lx.FORCE_NOUNS)
                    or given_name_as_preposition(c)
                ]
            if child.dep_ == "prep" and child.i == trigger.i + 1 and called_on(trigger):
                # "called on X" (not the title of one the parser made the verb's object)
                phrases += [
                    p
                    for c in child.children
                    if c.dep_ == "pobj"
                    for p in [c, *(a for a in c.children if a.dep_ == "appos")]
                    if is_person(actors, p)
                ]
            if (
                child.dep_ == "prep"
                and child.lower_ == "to"
                and trigger.lemma_ in mlx.SPEAKING_TO_VERBS | mlx.REACHING_OUT_VERBS.keys()
            ):
                phrases += [
                    c
                    for c in child.children
                    if c.dep_ == "pobj" and (is_person(actors, c) or state_official(c))
                ]
        # "watched the drill alongside his Lithuanian counterpart"
        phrases += [o for o in alongside_objects(trigger) if o not in phrases]
        # "A and B met in X, along with C and D": those too
        phrases += [o for o in along_with(trigger) if o not in phrases]
        # "met A in Doha, as well as B"
        phrases += added_as_well(trigger)
        # "met B in C, with D and E also in attendance": those present too
        phrases += in_attendance(trigger)
        if is_signing(trigger):
            # "A and B signed the treaty", "the treaty was signed by A and B": the text
            # signed is no side
            phrases = [p for p in phrases if p.dep_ not in ("dobj", "nsubjpass")]
            phrases += signed_on_journey(trigger)  # "travelling to X to sign a pact with Y"
        if is_summoning(trigger):
            phrases += _summoned_to(trigger)
            # "called in the Z ambassador", the particle taken for a preposition
            phrases += [o for o in summoned_objects(trigger) if o.dep_ == "pobj"]
        # "the Joint Commission of A and B met on Friday": a body of the states listed
        phrases = [m for p in phrases for m in _body_states(actors, p) or [p]]
        if trigger.lemma_ == "discuss":
            phrases += [o for o in with_objects(trigger) if o.head.head.i != trigger.i]
        if trigger.lemma_ == "visit":
            # "visited Poland": a journey; the people met there are the participants
            phrases = [p for p in phrases if not (p.dep_ == "dobj" and p.ent_type_ == "GPE")]
            # "visited the Church of St Andrew", "visited a theatre company": a place
            # seen, not someone met
            phrases = [
                p
                for p in phrases
                if p.dep_ != "dobj"
                or (is_person(actors, p) and p.lower_ not in lx.NOT_NAME_WORDS)
                or p.lemma_.lower() in lx.ROLE_NOUNS
            ]
        if not any(c.dep_ == "nsubj" for c in trigger.children) or _object_taken_for_subject(
            trigger
        ):
            urged = _urged(trigger)
            inherited = None if urged else _inherited_subject(actors, trigger)
            # "footage of X receiving Y", "X, receiving Y at the palace": the one it is on
            inherited = inherited or _gerund_subject(actors, trigger)
            if not urged:
                # "traveled to A before going on to B the following day to meet Y"
                inherited = inherited or purpose_traveller(trigger)
            if inherited is not None:
                phrases.append(inherited)
            phrases += urged or _invited(trigger)
        visit = where_visit(trigger)
        if visit is not None:
            # "visited Rome, where he was received by X": "he" is the visitor
            phrases = [p for p in phrases if p.tag_ != "PRP"] + visitor_phrases(visit)
        if trigger.lemma_ in ("hold", "attend"):
            for child in trigger.children:
                if child.dep_ == "dobj":
                    phrases += noun_participants(actors, child)
        if trigger.lemma_ in ("attend", "hold", "host", "address"):
            # "attended a Nato summit", "hold the Crimea Platform summit", "will host a
            # BRICS summit": the organisation whose summit it is takes part
            for child in trigger.children:
                if child.dep_ == "dobj" and (
                    trigger.lemma_ in lx.ATTENDING_VERBS or child.lemma_ in lx.ORGANISATION_MEETINGS
                ):
                    phrases += [c for c in child.children if organisation(actors, c)]
    else:
        phrases += noun_participants(actors, trigger)
        phrases += callers(trigger)  # "received phone calls from A and B"
        # "X has been in contact with Y": X, the subject of the verb it hangs on
        phrases += contact_holders(trigger) + also_with(trigger)
        # "X, who were joined by Y via videoconference": both sides, through the verb
        phrases += [p for p in joined_remotely(trigger) if p not in phrases]
        # "talks between A and B, as well as C": C too
        phrases += added_as_well(trigger)
        if (
            trigger.dep_ == "dobj"
            and trigger.head.lemma_ in mlx.ATTENDED_BY_VERBS
            and trigger.tag_ != "NNS"  # ("still attended Nato summits": a habit)
        ):
            # "will join the G7 summit by video": the organisation whose summit it is
            phrases += [c for c in trigger.children if organisation(actors, c)]
        if account_line(actors, trigger) and not any(p.head.lower_ == "with" for p in phrases):
            # "The first conversation in the history of relations with X": the parser may
            # hang the "with" on a noun after the trigger
            phrases += [
                c
                for p in trigger.subtree
                if p.dep_ == "prep" and p.lower_ == "with" and p.head.pos_ in ("NOUN", "PROPN")
                for c in p.children
                if c.dep_ == "pobj"
            ]
    # "advisers from the Weimar Triangle — A, B and C — met", "a meeting of the format's
    # guarantors — A, B and C": the members listed
    phrases = [m for p in phrases for m in format_members(p) or [p]]
    phrases += _mediators(trigger) + attendees(trigger) + brought_together(trigger)
    phrases = titled_list_items(phrases)
    phrases += apposed_states(phrases)  # "A, the U.S. and C held a call": all three
    phrases = travellers_for(trigger, phrases)  # "a trip ..., during which she met Y"
    keys: list[str] = [] if trigger.pos_ == "VERB" else paired(actors, trigger)
    keys = keys or joint_body_states(actors, trigger)  # "a meeting of the A-B commission"
    if len(keys) >= 2:
        # "the A-B call": the pair, not the subject who speaks of it; "after the Nato-Ukraine
        # summit, X said": the two sides, not one who speaks for one of them (and one who
        # hosts or mediates: "C hosted three rounds of A-B talks")
        return keys + third_party_keys(
            actors, [*_mediators(trigger), *named_mediators(trigger)], keys
        )
    if trigger.pos_ == "VERB" and any(
        p.dep_ == "nsubj" and p.head.i == trigger.i and in_headline_line(p) for p in phrases
    ):
        # the parser took a headline run into the sentence for its subject: the subject
        # is the first actor named at the start of the body line
        subject = line_subject(actors, trigger)
        if subject:
            keys.append(subject)
    phrases = [m for p in phrases for m in represented(p, trigger) if not in_headline_line(m)]
    pronouns = []  # "he" or "she" that resolved to someone met
    met: set[str] = set()  # those named as met, called or talked with
    regional: list[str] = []  # "his Baltic counterparts": each state of the group
    for phrase in phrases:
        named_ahead = False
        for n, member in enumerate(conjuncts(phrase)):
            if group := regional_counterparts(actors, member):
                regional += group
                continue
            if other_ones(trigger, member):
                continue  # "in contact with A and other ministers": A alone
            if group := counterparts_in_states(actors, member):
                regional += group  # "his counterparts in A, B and C": each state
                continue
            # "the deputy prime minister, Władysław Kosiniak-Kamysz": the person named
            named = named_people(actors, member)
            beside = _group_beside_name(member)
            if beside:
                named = []  # "FBI officials and Mayor X": the group and X, each a side
            if named and member.ent_type_ == "PERSON":
                # "A, B and C met": a list the parser took for a name and its apposition
                named = [member, *(c for one in named for c in conjuncts(one))]
            elif named and member.tag_ in ("NNS", "NNPS") and member.dep_ in ("nsubj", "nsubjpass"):
                # "the foreign ministers of the two countries, A and B": each one listed
                named = [c for one in named for c in conjuncts(one) if is_person(actors, c)]
            if named_ahead and not any(t.ent_type_ == "PERSON" for t in member.subtree):
                # "the Polish leader, A, and the Nato secretary-general, B": the parser hung
                # both names on the first title; this title is B's, already taken
                continue
            named_ahead = named_ahead or len(named) > 1
            if not named and not beside and title_of_next(member, actors):
                continue
            for one in named or [member]:
                tokens = phrase_tokens(one) + office_of(one)
                if (
                    n
                    and not named
                    and not any(actors.key_at(t) for t in tokens)
                    and name_chain(one) is None
                ):
                    # "the deputy prime minister and minister of defence, X": a second
                    # title of the person named, not someone else who bears it
                    continue
                chain = name_chain(one) if not named else None
                if chain is not None:
                    # "Choe Son Hui" untagged, "Israel Katz" taken for the state
                    key = actors.person_named(chain)
                else:
                    key = (
                        named_head(actors, one)
                        or surname_person(actors, one)
                        or resolve_phrase(actors, tokens, before=one.i + 1)
                        or name_tail_person(actors, one)
                    )
                    key = key or organisation(actors, one) or it_side(actors, one)
                # ("a delegation of US lawmakers led by X": X, or the state)
                key = delegation_side(actors, one) or key
                key = key or delegation_body(actors, one)  # ("a delegation from the Z Party")
                key = unnamed_counterpart_state(actors, one, key)
                key = owner_state(actors, one, key)
                key = represented_person(actors, one, key) or delegate_of(actors, one)
                key = state_body(actors, one, key)
                key = speakers_office(actors, one, key)  # "A said the ministry would ..."
                key = seat_state(actors, one, key)  # "the government in Damascus"
                key = home_state(actors, one, key)  # "the government", the Malian one
                if key and key not in keys and acts_for_itself(actors, one, key):
                    keys.append(key)
                    met.update([key] if one.dep_ in mlx.MET_DEPS else [])
                elif key in met and one.lower_ in mlx.SUBJECT_PERSON_PRONOUNS:
                    pronouns.append(one)
    # "She had calls with Biden": the pronoun is not the one it meets (an antecedent
    # taken again, the nearest subject, is the other side): the person before, but them
    for pronoun in pronouns:
        other = actors.person_before(
            pronoun.i, exclude=frozenset(keys), gender=pronoun_gender(pronoun.text)
        )
        if other and other not in keys:
            keys.append(other)
    if keys and account_line(actors, trigger):
        speaker = account_speaker(actors)[0]
        if speaker not in keys:
            keys.insert(0, speaker)
    if keys and regional:
        keys += without_own_states(actors, regional, keys)
    if len(keys) < 2 and trigger.pos_ != "VERB":
        # ("X raised it at the Nato summit in Madrid": X and Nato, not Spain)
        keys = summit_attendance(actors, trigger, keys) or summit_sides(actors, trigger) or keys
    # "X, accompanied by Y of another state, visited Z": Y too
    keys += companions(actors, trigger, keys)
    if len(keys) < 2:
        keys = sentence_people(actors, trigger, keys)  # a broken parse
    keys = _sides_by_states(actors, trigger, keys)
    if among_own_only(actors, trigger, keys, state_of):
        return []  # "attended the funeral alongside the army chief": the subject's own
    if holder_unnamed(
        trigger, lambda h: resolve_phrase(actors, phrase_tokens(h), before=h.i + 1), keys
    ):
        return []  # "it was in contact with A and B": the one in contact unknown
    if receiver_unnamed(
        trigger, lambda h: resolve_phrase(actors, phrase_tokens(h), before=h.i + 1), keys
    ):
        return []  # "he received calls from A and B", "he" no one known
    if only_those_met(
        trigger, lambda h: resolve_phrase(actors, phrase_tokens(h), before=h.i + 1), keys
    ):
        return []  # "calls with A and with B", the one who had them not found here
    # "X told the Kyiv Independent that ...": an outlet is no side (GUIDELINES: interviews)
    keys = [k for k in keys if not outlet_name(actors.records[k].name)]
    keys += spouses(actors, trigger, keys)  # "a call joined by his wife"
    venues = venues_of(actors, trigger)
    if venues and not [k for k in keys if k not in venues]:
        return []  # "talks brokered by C and D": the sides are named elsewhere
    if len(keys) >= 2:
        # "Qatar hosted talks between A and B", "a round of Turkish-mediated talks", "with
        # Cuban mediation": the host or mediator takes part (as the blind probes'
        # annotators read GUIDELINES)
        keys += third_party_keys(actors, [*_mediators(trigger), *named_mediators(trigger)], keys)
    # "X, head of the Y Council", "the Y Directorate chief X": Y is X's office, not a side
    return without_title_bodies(actors, trigger, keys)


def _subject_taken_for_auxiliary(verb, child) -> bool:
    """'Trump called Vance on Monday, to offer him the spot': the parser may read a
    name before the verb as a passive auxiliary ('X called' as 'is called'); a person's
    name there, the verb having no subject, is its subject."""
    return (
        child.dep_ == "auxpass"
        and child.i < verb.i
        and (child.ent_type_ == "PERSON" or name_chain(child) is not None)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _group_beside_name(member) -> bool:
    """'met with FBI officials and Mayor X': a plural with a name joined to it by "and" (no
    comma before: not "the ministers, A and B") lists X beside the group, whose own words
    name its side (a plural is no title of X's)."""
    if member.tag_ not in ("NNS", "NNPS"):
        return False
    doc = member.doc
    return any(
        c.dep_ == "conj"
        and c.i > member.i
        and c.left_edge.i > 1
        and doc[c.left_edge.i - 1].lower_ == "and"
        and doc[c.left_edge.i - 2].text != ","
        for c in member.children
    )


def _object_taken_for_adverb(verb, child) -> bool:
    """'X, accompanied by Y, met Prime Minister Z': after a clause set off by commas the
    parser may take the name met for a noun phrase used as an adverb; a person's name
    right after the verb, which has no object, is its object."""
    return (
        child.dep_ == "npadvmod"
        and child.i > verb.i
        and child.ent_type_ == "PERSON"
        and not any(c.dep_ == "dobj" for c in verb.children)
        and all(
            t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in verb.doc[verb.i + 1 : child.i]
        )
    )


def _summoned_to(verb) -> list:
    """'the ambassador was summoned to the Foreign Ministry': the ministry an envoy is
    summoned to meets them (not "summoned to Moscow for consultations": their own state's
    capital, a place)."""
    return [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj"
        and (o.ent_type_ == "ORG" or o.lemma_.lower() in mlx.SUMMONING_PLACE_NOUNS)
    ]


def _body_states(actors, subject) -> list:
    """'The Joint Commission of A and B met': the states listed at the end of the "of"
    chain of a subject that is a body, not people ('the leaders of A and B' are read by
    ``represented``), nor a name."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.ent_type_ in ("PERSON", "GPE"):
        return []
    if represented(subject) != [subject]:
        return []
    if subject.lemma_.lower() in lx.ROLE_NOUNS and named_people(actors, subject):
        return []  # "the ministers of A and B, X and Y": the people named
    return states_of_chain(subject)


def _sides_by_states(actors, trigger, keys: list[str]) -> list[str]:
    """'X told the media following a meeting of the Parliamentary Assembly of A and B, BelTA
    has learned': a meeting of a body of the states listed is theirs, not of those named
    around it (who speak of it or report it)."""
    if trigger.pos_ == "VERB" or trigger.lemma_ in lx.VISIT_WORDS:
        return keys
    states = [k for t in states_of_chain(trigger) if (k := actors.key_at(t))]
    states = [k for k in states if actors.records[k].type == "Country"]
    kept = [k for k in keys if k in states]
    return kept if len(set(kept)) >= 2 else keys


def _urged(verb) -> list:
    """'C urged A and B to meet', 'C urged A to meet B': the ones urged to meet, the object
    of a verb of urging (not its subject, who only urges)."""
    if verb.dep_ != "xcomp" or verb.head.lemma_ not in mmx.URGING_VERBS:
        return []
    return [c for c in verb.head.children if c.dep_ == "dobj"]


def _invited(verb) -> list:
    """'A invited B to visit Rome': the one asked to come, the object of the verb of
    asking the meeting word hangs on (its subject, the host, is the inherited one)."""
    if verb.dep_ != "xcomp" or verb.head.lemma_ not in lx.INVITING_VERBS:
        return []
    return [c for c in verb.head.children if c.dep_ == "dobj"]


def _mediators(trigger) -> list:
    """'Talks between A and B took place in Oslo, mediated by C', 'A and B met, hosted by
    C': the third party named by the "by" of a hosting or brokering clause on the meeting
    word or on the verb it is the subject or object of."""
    holders = [trigger]
    if trigger.dep_ in ("nsubj", "nsubjpass", "dobj"):
        holders.append(trigger.head)
    hosts = []
    if trigger.dep_ == "dobj" and trigger.head.lemma_ in lx.MEDIATING_VERBS:
        # "C hosted talks between A and B": the subject of the hosting verb
        hosts = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    return hosts + [
        obj
        for holder in holders
        for clause in holder.children
        if clause.dep_ in ("acl", "advcl", "relcl") and clause.lemma_ in lx.MEDIATING_VERBS
        for agent in clause.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]


def possessors_listed(actors, trigger, participants) -> list[str]:
    """'meet A's Prime Minister X and B's Prime Minister Y', parsed with B a conjunct of X:
    a state the parser listed that owns the next one met ('B's') is no side of its own."""
    owners = set()
    for token in trigger.subtree:
        if (
            token.dep_ == "conj"
            and token.ent_type_ == "GPE"
            and any(c.dep_ == "case" and c.tag_ == "POS" for c in token.children)
        ):
            key = actors.key_at(token)
            if key is not None:
                owners.add(key)
    return [p for p in participants if p not in owners]
