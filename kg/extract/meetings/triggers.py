"""Meeting triggers: the words that report a meeting ("negotiated with X", "A and B resumed
contacts"), and those that only look like one ("called for", "Visit Ukraine", a trip that
dates another meeting, a meeting noun that is only the purpose of a host's verb, "A and B
have hosted talks"). Telling
and contacting verbs are in telling.py, joint appearances in appearances.py, refused and
negated meetings in negations.py, rounds of talks in rounds.py."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain
from kg.extract.common import has_particle, heads, objects_of
from kg.extract.lexicon import meeting_modes as mmx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.addressees import gathered, pair_subject, speaks_with
from kg.extract.meetings.alongside import alongside_objects
from kg.extract.meetings.appearances import (
    appeared_with,
    attended_together,
    joint_event,
    remote_conference,
    shook_hands,
    side_by_side,
)
from kg.extract.meetings.briefings import briefed
from kg.extract.meetings.calls import called_on, phoned
from kg.extract.meetings.gatherings import attended_occasion
from kg.extract.meetings.in_contact import in_contact
from kg.extract.meetings.invitations import invited_to_place
from kg.extract.meetings.needs_met import need_met
from kg.extract.meetings.pairs import joint_body_named
from kg.extract.meetings.phrases import conjuncts, states_of_chain
from kg.extract.meetings.rounds import next_sitting, round_of
from kg.extract.meetings.signings import is_signing, signers
from kg.extract.meetings.stays import stays_in
from kg.extract.meetings.telling import (
    addressed,
    is_summoning,
    outlet,
    reached_out_to,
    summoned_envoy,
    told_at_one_joined,
    told_person,
)
from kg.extract.meetings.visits import awaited_in, travels_to_state, where_visit


def since_meeting(trigger):
    """'their first meeting since the summit in Arusha', 'the first talks since upgrading
    ties at a summit': the meeting whose 'since' phrase names this one, held before it by
    the same people; None if none does."""
    node = trigger
    for _ in range(6):
        if node.dep_ == "prep" and node.lower_ in mlx.SINCE_PREPOSITIONS:
            return node.head if is_trigger(node.head) and node.head.i != trigger.i else None
        if node.head.i == node.i or node.dep_ in ("ROOT", "ccomp", "relcl", "conj"):
            return None
        node = node.head
    return None


def _shared_guest(verb) -> bool:
    """'X held talks with Y and was received by Z': a passive of receiving joined to a
    verb whose subject, a person named, is the guest (no subject of its own)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.ent_type_ == "PERSON" or name_chain(c))
        for c in verb.head.children
    )


def co_hosted(verb) -> bool:
    """'A and B have hosted talks on other issues': coordinated subjects hosting a meeting
    named by its noun are its hosts, each of its own perhaps, and no meeting of theirs (the
    noun tells whose talks they were)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        any(any(c.dep_ == "conj" for c in s.children) for s in subjects)
        and any(
            c.dep_ == "dobj" and (c.lemma_ in lx.MEETING_NOUNS or c.lower_ in lx.MEETING_NOUNS)
            for c in verb.children
        )
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    )


def is_trigger(token) -> bool:
    lemma = token.lemma_.lower()
    if is_signing(token):
        return bool(signers(token))  # "A and B signed the treaty", not "A signed a law"
    if token.pos_ == "VERB" and lemma in lx.TRAVEL_VERBS:
        return travels_to_state(token)  # "traveled to Uganda": a visit to the state
    if token.pos_ == "VERB" and lemma in mlx.PHRASAL_MEETING_VERBS:
        # "sat down with X" (not "sat down", nor "sat down with CNN": no person)
        return has_particle(token, mlx.PHRASAL_MEETING_VERBS[lemma]) and any(
            (o.ent_type_ == "PERSON" or name_chain(o) is not None) and not outlet(o)
            for o in objects_of(token, "with")
        )
    if token.pos_ == "VERB" and lemma in mlx.REACHING_OUT_VERBS:
        return reached_out_to(token) is not None  # "reached out to X", not "to voters"
    if token.pos_ == "VERB" and lemma in mlx.JOINT_APPEARING_VERBS:
        return bool(appeared_with(token))  # "appeared with X", not "appeared tired"
    if token.pos_ == "VERB" and lemma in mlx.HANDSHAKE_VERBS:
        return shook_hands(token)  # "A and B shook hands", not "shook the region"
    if token.pos_ == "VERB" and lemma in mlx.SIDE_BY_SIDE_VERBS and side_by_side(token):
        return True  # "speaking alongside X, Y said"
    if token.pos_ == "VERB" and lemma in mlx.JOINT_ATTENDING_VERBS and attended_together(token):
        return True  # "attended a ceremony together with X": a joint appearance
    if alongside_objects(token):
        return True  # "watched the drill alongside his Lithuanian counterpart"
    if token.pos_ == "VERB" and lemma in mlx.TELLING_VERBS:
        # "told Putin that", not "told reporters"; nor "told A on a call joined by B",
        # where the call names all who took part
        return told_person(token) is not None and not told_at_one_joined(token)
    if is_summoning(token):
        return summoned_envoy(token) is not None  # "summoned the ambassador", not "his aides"
    if awaited_in(token) or stays_in(token):
        return True  # "X is due in Kyiv on Monday": a visit to come; "X is in Kyiv": one now
    if token.pos_ == "VERB" and lemma in mlx.BRIEFING_VERBS:
        return briefed(token)  # "briefed the Chinese ambassador", not "briefed reporters"
    if token.pos_ == "VERB" and lemma in mlx.GATHERING_VERBS:
        return gathered(token)  # "ministers of A, B and C gathered", not "gathered troops"
    if token.pos_ == "VERB" and lemma in lx.INVITING_VERBS:
        return invited_to_place(token)  # "invited X to Berlin", not "invited X to the debate"
    if token.pos_ == "VERB" and lemma in lx.MEETING_VERBS:
        if lemma in mlx.JUNCTION_VERBS and junction(token):
            return False  # "where the borders of A, B and C meet"
        if need_met(token):
            return False  # "the wish for a corridor to the coast could be met"
        if lemma == "call":
            # "called X on Monday", "called on X" (a visit), not "called for" or "called X a Y"
            return phoned(token) or called_on(token)
        if lemma == "discuss" or lemma in mlx.WITH_ONLY_VERBS:
            # "discussed the war with X": a meeting only with someone to discuss it with;
            # "has been negotiating with X" (not "negotiated a deal")
            return bool(with_objects(token))
        if lemma in lx.RECEIVING_VERBS:
            # "received Lukashenko in Beijing", not "received weapons" or "received a call";
            # "X was received by Y": the guest the subject of the passive
            # ("where he was received by Y": a pronoun, with the host named by "by")
            agent = any(c.dep_ == "agent" for c in token.children)
            return any(
                (
                    c.dep_ in ("dobj", "nsubjpass")
                    and (c.ent_type_ == "PERSON" or name_chain(c) or _surname_told(c))
                )
                or (c.dep_ == "nsubjpass" and c.tag_ == "PRP" and agent)
                # "X, who was received by Y": the one the relative clause is on
                or (
                    c.dep_ == "nsubjpass"
                    and c.tag_ == "WP"
                    and agent
                    and token.dep_ == "relcl"
                    and (token.head.ent_type_ == "PERSON" or name_chain(token.head))
                )
                # "flew to X, where Y welcomed him": the visitor, named by the journey
                or (
                    c.dep_ == "dobj"
                    and (c.tag_ == "PRP" or c.pos_ == "PROPN")
                    and where_visit(token) is not None
                )
                or (c.dep_ == "dobj" and _receivable(c))
                for c in token.children
            ) or (agent and _shared_guest(token))
        if lemma == "speak" and any(c.dep_ == "prt" for c in token.children):
            return False  # "spoke out against the war", "spoke up"
        if lemma == "speak":
            # "spoke by phone", "spoke with X", "Biden and Xi are expected to speak again"
            return (
                speaks_with(token)
                or any(
                    # "spoke to Kuleba on Monday", not "spoke to reporters"
                    c.dep_ == "prep" and c.lower_ == "to" and any(addressed(g) for g in c.children)
                    for c in token.children
                )
                or pair_subject(token)
            )
        if lemma == "talk":
            # "talked with X", "would talk to X soon" (not "talked to reporters"), "A and B
            # will talk by video link next week"
            return (
                any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
                or any(
                    c.dep_ == "prep" and c.lower_ == "to" and any(addressed(g) for g in c.children)
                    for c in token.children
                )
                or pair_subject(token)
            )
        if lemma in lx.ATTENDING_VERBS:
            # "attended Nato summits": a habit, not one meeting; "addressed the G7 summit
            # by video", not "addressed the issue"
            return any(
                c.dep_ == "dobj" and c.lemma_ in lx.MEETING_NOUNS and c.tag_ != "NNS"
                for c in token.children
            )
        if lemma in mlx.CO_HOSTING_VERBS and co_hosted(token):
            return False  # "A and B have hosted talks": hosts, not a meeting of the two
        if lemma == "hold":
            # ("talks" may be lemmatised "talk"; "held a 2+2 dialogue")
            nouns = lx.MEETING_NOUNS | lx.HELD_MEETING_NOUNS
            return any(
                c.dep_ == "dobj" and (c.lemma_ in nouns or c.lower_ in nouns) and not other_sense(c)
                for c in token.children
            )
        return True
    if lemma in mlx.JOINT_EVENT_NOUNS:
        return token.pos_ == "NOUN" and (joint_event(token) or remote_conference(token))
    if lemma in mlx.TOUR_NOUNS:
        # "a tour of X and Y": a meeting only as a journey to states ("a tour of duty",
        # "a tour of the plant" are none)
        return token.pos_ == "NOUN" and any(
            c.dep_ == "prep"
            and c.lower_ in mlx.DESTINATION_PREPOSITIONS | mlx.TOUR_PREPOSITIONS
            and any(o.ent_type_ == "GPE" for o in c.children)
            for c in token.children
        )
    if token.pos_ == "NOUN" and round_of(token) is not None:
        return True  # "several rounds of negotiation between A and B"
    if attended_occasion(token):
        return True  # "the ceremony, attended by A and B": a joint appearance
    if next_sitting(token):
        return True  # "the next session was scheduled for May": of the talks told before
    if lemma in mlx.SESSION_NOUNS:
        # "a session of the Parliamentary Assembly of A and B": a body of several states
        # ("the session of the Joint A-B Fisheries Commission": a joint body of two)
        return token.pos_ == "NOUN" and (bool(states_of_chain(token)) or joint_body_named(token))
    if in_contact(token):
        return True  # "has been in contact with X", "in touch with X"
    if token.pos_ == "NOUN" and token.lower_ in mlx.CONTACT_NOUNS:
        return contacts_of_sides(token)
    return (
        token.pos_ in ("NOUN", "PROPN")
        and (lemma in lx.MEETING_NOUNS or token.lower_ in lx.MEETING_NOUNS)
        and not other_sense(token)
        and not with_press_only(token)
    )


def contacts_of_sides(noun) -> bool:
    """'A and B resumed high-level contacts': contacts are a meeting between the joint
    subject of the verb that holds them (not 'his contacts in the ministry', 'contacts
    continue'; nor one side's 'contacts with X', often a channel kept open, not talks)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in mlx.CONTACT_VERBS:
        return False
    return any(
        c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children
    )


def junction(verb) -> bool:
    """'a town close to where the borders of A, B and C meet', 'the area where the three
    countries meet': a "where" clause in the simple present, with no auxiliary and no one
    met named after the verb, tells where places join (or what is done there as a rule),
    not a meeting."""
    return (
        verb.tag_ in mlx.SIMPLE_PRESENT_TAGS
        and any(c.dep_ == "advmod" and c.lower_ in mlx.WHERE_WORDS for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
        and not objects_of(verb, "with")
    )


def _surname_told(word) -> bool:
    """'who received Okafor', the surname tagged as a body: a lone proper noun that is
    the last word of a person's name told before in the article."""
    if word.pos_ != "PROPN" or any(c.dep_ == "compound" for c in word.children):
        return False
    return any(
        t.ent_type_ == "PERSON"
        and t.text == word.text
        and t.i > 0
        and word.doc[t.i - 1].ent_type_ == "PERSON"
        for t in word.doc[: word.i]
    )


def _receivable(obj) -> bool:
    """'received his Turkish counterpart', 'received a delegation of US lawmakers': one who
    acts for someone, by the role noun (not 'received weapons', 'received a call')."""
    word = obj.lemma_.lower()
    return obj.pos_ == "NOUN" and (
        word in mlx.RECEIVED_ROLE_NOUNS or word in mlx.ENVOY_NOUNS or word in mlx.SIDE_NOUNS
    )


def other_sense(noun) -> bool:
    """'Biden's call for reforms', 'the roll call vote': a meeting noun in a sense that is
    no meeting, told by the words it takes (mlx.OTHER_SENSES)."""
    if noun.lemma_.lower() in mlx.DEVICE_NOUNS and any(c.dep_ == "poss" for c in noun.children):
        return True  # "my phone hasn't rung yet", "his phone was tapped": the device
    senses = mlx.OTHER_SENSES.get(noun.lemma_.lower()) or mlx.OTHER_SENSES.get(noun.lower_)
    if not senses:
        return False
    compounds, prepositions = senses
    return any(
        (c.dep_ == "compound" and c.lower_ in compounds)
        or (c.dep_ == "prep" and c.lower_ in prepositions)
        for c in noun.children
    )


def with_press_only(noun) -> bool:
    """'said during a regular call with journalists', 'talks with reporters', 'a press
    call': a meeting noun whose "with" names only the press, or held for the press, is a
    briefing, no meeting."""
    if any(c.dep_ == "compound" and c.lower_ in mlx.PRESS_NOUNS for c in noun.children):
        return True  # "speaking on a press call Sunday": a briefing
    met = [o for o in objects_of(noun, "with") if o.head.head.i == noun.i]
    return bool(met) and all(
        m.lemma_.lower() in mlx.PRESS_NOUNS or m.lower_ in mlx.PRESS_NOUNS
        for o in met
        for m in conjuncts(o)
    )


def in_name(trigger) -> bool:
    """'Visit Ukraine's founder': the first word of a name (a company's, a work's), not a
    meeting word."""
    if trigger.pos_ == "PROPN" and trigger.dep_ == "compound" and trigger.head.pos_ == "PROPN":
        return True  # the model may not tag the name at all
    return (
        trigger.ent_iob_ == "B"
        and trigger.ent_type_ in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT")
        and trigger.i + 1 < len(trigger.doc)
        and trigger.doc[trigger.i + 1].ent_iob_ == "I"
    )


def is_time_anchor(trigger) -> bool:
    """'planned to speak with X after his trip to Moscow', 'met X in a surprise trip': a
    journey named to date or frame another meeting, reported elsewhere if at all; 'is
    expected to meet X on the sidelines of the summit': a gathering that places the meeting
    (whose people it would otherwise take, in its own status)."""
    if _sidelines_of_meeting(trigger):
        return True
    if trigger.pos_ == "VERB" or trigger.lemma_ not in lx.VISIT_WORDS:
        return False
    prep = trigger.head
    if not is_trigger(prep.head):
        return False
    # "visited military sites during a trip to Russia": a journey of its own, with its
    # place, unless it only dates the other ("after his trip to Moscow")
    place = any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children)
    return prep.lower_ in lx.DATING_PREPOSITIONS or (
        prep.lower_ in lx.FRAMING_PREPOSITIONS and not place
    )


def _sidelines_of_meeting(noun) -> bool:
    prep = noun.head
    if noun.pos_ == "VERB" or noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    frame = prep.head
    return (
        frame.lower_ in mlx.FRAMING_SUMMIT_NOUNS
        and frame.dep_ == "pobj"
        and frame.head.head.i != frame.i
        and is_trigger(frame.head.head)
    )


def on_air(trigger) -> bool:
    """'spoke with A during an interview', 'hosted B on his podcast', 'if A and B meet for
    a debate', 'a debate hosted by a network': an interview or a debate, not a meeting of
    those in it (the word's own prepositions, or the noun the word describes)."""
    nouns = mlx.INTERVIEW_NOUNS | mlx.DEBATE_NOUNS
    if trigger.dep_ in ("acl", "relcl") and trigger.head.lemma_.lower() in nouns:
        return True
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in nouns
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in mlx.ON_AIR_PREPOSITIONS
        for o in c.children
    )


def with_objects(verb) -> list:
    """'discussed the war with X': the objects of a "with" on the verb or, where the parser
    hung it there, on its object ("to discuss security and the threat ... with X")."""
    objects = []
    holders = [verb]
    for child in verb.children:
        if child.dep_ == "dobj":
            holders += conjuncts(child)
    for holder in holders:
        for obj in objects_of(holder, "with"):
            if (
                holder.i != verb.i
                and obj.ent_type_ != "PERSON"
                and not _surname_named_before(obj)
                and obj.lemma_.lower() not in mlx.COUNTERPART_NOUNS
                and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children)
            ):
                continue  # "discussed the war with Russia": the war's foe, not a party
            objects.append(obj)
    return objects


def _surname_named_before(obj) -> bool:
    """'to discuss the details with Astudillo': a bare surname (whatever label the model gave
    it) that closes the name of a person the article named before is that person."""
    if (
        obj.pos_ != "PROPN"
        or obj.ent_type_ in ("GPE", "NORP", "LOC", "FAC")
        or any(c.dep_ == "compound" for c in obj.children)
    ):
        return False
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == obj.text
        for ent in obj.doc.ents
        if ent.end <= obj.i
    )


def purpose_of_hosting(trigger) -> bool:
    """'X hosted A and B for talks', 'X received Y for talks': a meeting noun that is only
    the purpose of a host's meeting verb, which reports the meeting with all at it."""
    prep = trigger.head
    if (
        trigger.pos_ == "VERB"
        or trigger.dep_ != "pobj"
        or prep.lower_ not in lx.PURPOSE_PREPOSITIONS
    ):
        return False
    verb = prep.head
    return verb.lemma_ in lx.HOSTING_VERBS and is_trigger(verb)


def purpose_of_meeting(trigger):
    """'A and B met in Antalya for a meeting chaired by C': the meeting verb a meeting noun
    is the purpose of, which reports the same meeting (not a host's, see above)."""
    prep = trigger.head
    if (
        trigger.pos_ == "VERB"
        or trigger.dep_ != "pobj"
        or prep.lower_ not in lx.PURPOSE_PREPOSITIONS
        or prep.head.pos_ != "VERB"
    ):
        return None
    verb = prep.head
    return verb if verb.lemma_ not in lx.HOSTING_VERBS and is_trigger(verb) else None


def agreed_to(trigger) -> bool:
    """'A and B agreed to meet again', '... agreed to discuss it at a personal meeting': a
    meeting in the infinitive of a verb of agreeing is one to come."""
    return agreeing_verb(trigger) is not None


def agreeing_verb(trigger):
    """The verb of agreeing whose infinitive the meeting is in, if any."""
    for node in [trigger, *heads(trigger, 4)]:
        # ("agreed by phone to meet again": the parser may take the infinitive for an advcl)
        infinitive = node.dep_ == "xcomp" or (
            node.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        )
        if infinitive and node.head.lemma_ in mmx.AGREEING_VERBS:
            return node.head
    return None
