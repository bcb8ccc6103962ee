"""Meeting triggers: the words that report a meeting, and those that only look like one
("called for", "Visit Ukraine", "his refusal to hold talks", a trip that dates another
meeting)."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain
from kg.extract.common import (
    entity_span,
    heads,
    objects_of,
    tokens,
)
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.addressees import (
    gathered,
    pair_subject,
    speaks_with,
    state_official,
)
from kg.extract.meetings.calls import called_on, is_named_person, phoned
from kg.extract.meetings.invitations import invited_to_place
from kg.extract.meetings.phrases import attendees, conjuncts, states_of_chain
from kg.extract.meetings.stays import stays_in
from kg.extract.meetings.visits import awaited_in, travels_to_state, where_visit
from kg.gazetteer import fold, gazetteer


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


def is_trigger(token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in lx.TRAVEL_VERBS:
        return travels_to_state(token)  # "traveled to Uganda": a visit to the state
    if token.pos_ == "VERB" and lemma in mlx.PHRASAL_MEETING_VERBS:
        # "sat down with X" (not "sat down", nor "sat down with CNN": no person)
        return any(
            c.dep_ == "prt" and c.lower_ == mlx.PHRASAL_MEETING_VERBS[lemma] for c in token.children
        ) and any(
            (o.ent_type_ == "PERSON" or name_chain(o) is not None) and not _outlet(o)
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
    if token.pos_ == "VERB" and lemma in mlx.TELLING_VERBS:
        # "told Putin that", not "told reporters"; nor "told A on a call joined by B",
        # where the call names all who took part
        return told_person(token) is not None and not _told_at_one_joined(token)
    if token.pos_ == "VERB" and lemma in mlx.SUMMONING_VERBS:
        return summoned_envoy(token) is not None  # "summoned the ambassador", not "his aides"
    if awaited_in(token) or stays_in(token):
        return True  # "X is due in Kyiv on Monday": a visit to come; "X is in Kyiv": one now
    if token.pos_ == "VERB" and lemma in mlx.GATHERING_VERBS:
        return gathered(token)  # "ministers of A, B and C gathered", not "gathered troops"
    if token.pos_ == "VERB" and lemma in lx.INVITING_VERBS:
        return invited_to_place(token)  # "invited X to Berlin", not "invited X to the debate"
    if token.pos_ == "VERB" and lemma in lx.MEETING_VERBS:
        if lemma == "call":
            # "called X on Monday", "called on X" (a visit), not "called for" or "called X a Y"
            return phoned(token) or called_on(token)
        if lemma == "discuss":
            # "discussed the war with X": a meeting only with someone to discuss it with
            return bool(with_objects(token))
        if lemma in lx.RECEIVING_VERBS:
            # "received Lukashenko in Beijing", not "received weapons" or "received a call";
            # "X was received by Y": the guest the subject of the passive
            # ("where he was received by Y": a pronoun, with the host named by "by")
            agent = any(c.dep_ == "agent" for c in token.children)
            return any(
                (c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or name_chain(c)))
                or (c.dep_ == "nsubjpass" and c.tag_ == "PRP" and agent)
                # "flew to X, where Y welcomed him": the visitor, named by the journey
                or (
                    c.dep_ == "dobj"
                    and (c.tag_ == "PRP" or c.pos_ == "PROPN")
                    and where_visit(token) is not None
                )
                or (c.dep_ == "dobj" and _receivable(c))
                for c in token.children
            )
        if lemma == "speak" and any(c.dep_ == "prt" for c in token.children):
            return False  # "spoke out against the war", "spoke up"
        if lemma == "speak":
            # "spoke by phone", "spoke with X", "Biden and Xi are expected to speak again"
            return (
                speaks_with(token)
                or any(
                    # "spoke to Kuleba on Monday", not "spoke to reporters"
                    c.dep_ == "prep" and c.lower_ == "to" and any(_addressed(g) for g in c.children)
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
                    c.dep_ == "prep" and c.lower_ == "to" and any(_addressed(g) for g in c.children)
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
    if lemma in mlx.SESSION_NOUNS:
        # "a session of the Parliamentary Assembly of A and B": a body of several states
        return token.pos_ == "NOUN" and bool(states_of_chain(token))
    return (
        token.pos_ in ("NOUN", "PROPN")
        and (lemma in lx.MEETING_NOUNS or token.lower_ in lx.MEETING_NOUNS)
        and not other_sense(token)
        and not with_press_only(token)
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


def reached_out_to(verb):
    """'Harris reached out to Vance on Monday': the person a verb of contacting with its
    particle names after "to"; None if it names none."""
    particle = mlx.REACHING_OUT_VERBS[verb.lemma_.lower()]
    if not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return None
    if any(c.dep_ == "nsubj" and _outlet(c) for c in verb.children):
        return None  # "CNN has reached out to X for comment": a reporter's request
    return next(
        (
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children
            if o.dep_ == "pobj" and _named_one(o)
        ),
        None,
    )


def _named_one(word) -> bool:
    """'spoke to X Y': a person's name, also one the model took for something else, not an
    outlet's ('talked to Al Jazeera')."""
    if word.ent_type_ == "PERSON":
        return True
    return word.dep_ == "pobj" and name_chain(word) is not None and not _outlet(word)


def _addressed(word) -> bool:
    """'spoke to X', 'talked to his Polish counterpart': one spoken with, named or not."""
    return _named_one(word) or state_official(word)


def _outlet(token) -> bool:
    """'sat down with Al Jazeera': a news outlet the model took for a person."""
    span = entity_span(token)
    words = token.doc[span[0] : span[1]] if span else [token]
    return fold(" ".join(t.text for t in words)) in lx.NEWS_OUTLETS


def round_of(noun):
    """'the third round of talks': the round noun a meeting noun is of, if any."""
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or (noun.lemma_.lower() not in mlx.ROUND_OF_NOUNS and noun.lower_ not in mlx.ROUND_OF_NOUNS)
        or prep.lower_ != "of"
        or prep.head.lemma_.lower() not in mlx.ROUND_NOUNS
    ):
        return None
    return prep.head


def round_ordinal(trigger) -> str | None:
    """The ordinal of the round a meeting noun is of ('third'; '' for a round or rounds
    told by none), None when it is of no round."""
    round_ = round_of(trigger)
    if round_ is None:
        return None
    return next(
        (
            c.lower_
            for c in round_.children
            if c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in mlx.ROUND_ORDINALS)
        ),
        "",
    )


def another_round(earlier: str | None, later: str | None) -> bool:
    """Whether a mention of a round ('the third round') is of another round than a meeting
    found before with ``earlier`` its ordinal: a round told by another ordinal, unless it
    is the opening one of talks told by none."""
    if not later:
        return False  # "the talks": the round just told
    return later != earlier and not (not earlier and later in mlx.OPENING_ORDINALS)


def remote_conference(noun) -> bool:
    """'held a video conference with A and B', 'a telephone conference': a conference held
    over a line is a call, whoever holds it."""
    return noun.lemma_.lower() in mlx.REMOTE_EVENT_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in mlx.REMOTE_WORDS for c in noun.children
    )


def joint_event(noun) -> bool:
    """'a joint news conference', 'a press conference with her Latvian counterpart X': a
    public event held with another, not one person's ('told a news conference')."""
    kinds = mlx.JOINT_EVENT_NOUNS[noun.lemma_.lower()]
    if kinds and not any(
        c.dep_ in ("compound", "amod") and c.lower_ in kinds for c in noun.children
    ):
        return False
    if any(c.dep_ == "amod" and c.lower_ in mlx.JOINT_WORDS for c in noun.children):
        return True
    # "a press conference with her Latvian counterpart, X": the one the "with" names, by
    # name or by the state that describes them (not those of a phrase hung below it,
    # "with journalists from X")
    if any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(_names_party(o) for o in c.children if o.dep_ == "pobj")
        for c in noun.children
    ):
        return True
    return _joint_subjects(noun)


_PARTY_ENTITIES = ("PERSON", "GPE", "NORP", "ORG")


def _names_party(phrase) -> bool:
    words = [phrase, *phrase.lefts, *(c for c in phrase.children if c.dep_ == "appos")]
    return any(t.ent_type_ in _PARTY_ENTITIES for t in words)


def _joint_subjects(noun) -> bool:
    """'A and B endorsed C at a news conference on Tuesday': two people named together as
    the ones acting at the event hold it jointly (one person at one is no meeting)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in mlx.EVENT_PREPOSITIONS:
        return False
    verb = prep.head
    for _ in range(4):
        # "endorsed the plan at a news conference", "endorsed X for the nomination during
        # a news conference": hung on the object, or on a phrase after the verb
        if verb.pos_ == "VERB" or verb.dep_ not in ("dobj", "pobj", "prep"):
            break
        verb = verb.head
    return any(c.dep_ == "nsubj" and _named_people_in(c) >= 2 for c in verb.children)


def _named_people_in(subject) -> int:
    """The people a subject names: its conjuncts ('A and B'), or for a plural noun the
    names set out beside it ('the two leaders, A and B')."""
    if subject.tag_ in ("NNS", "NNPS"):
        return len({entity_span(t) for t in subject.subtree if t.ent_type_ == "PERSON"})
    # "Senate Majority Leader A and House Minority Leader B": the parser may hang the
    # names on the titles as appositions or compounds, any way round; the names in the
    # subject's own words count (not "A, an ally of B", "A's aide")
    return len({entity_span(n) or n.i for n in joint_names(subject)})


def joint_names(subject) -> list:
    """The people's names in a subject's own words, one word each (the last of a name)."""
    return [
        n
        for n in _own_words(subject)
        if is_named_person(n)
        and not (n.dep_ == "compound" and n.head.ent_type_ == n.ent_type_ == "PERSON")
    ]


def subject_names(subject, noun) -> list:
    """The people a subject names as acting together at a meeting noun: at a joint event
    ("A and B endorsed C at a news conference"), or any coordinated subject ("French
    president A and Commission president B pressed C at a summit in Paris"), however the
    parser hung the names on the titles; none for a subject of one."""
    if noun.lemma_.lower() in mlx.JOINT_EVENT_NOUNS:
        return joint_names(subject)
    if not any(w.dep_ == "cc" and w.lower_ == "and" for w in _own_words(subject)):
        return []
    # the words that head a name ("Marieke van der Linden": "Linden", not "van" on "der")
    names = [n for n in joint_names(subject) if n.dep_ != "compound"]
    return names if len(names) >= 2 else []


_OTHER_PHRASES = frozenset(["prep", "relcl", "acl", "poss", "advcl", "ccomp", "npadvmod"])


def _own_words(phrase) -> list:
    """The words of a phrase outside the phrases hung on it (prepositions, clauses,
    possessives)."""
    words, todo = [], [phrase]
    while todo:
        word = todo.pop()
        words.append(word)
        todo += [c for c in word.children if c.dep_ not in _OTHER_PHRASES and not _possessor(c)]
    return words


def _possessor(word) -> bool:
    """'Harris’ chief of staff A': a name with its possessive's apostrophe, whatever the
    parser made of it (a modifier of the title rather than a possessive)."""
    return any(
        c.dep_ in ("case", "punct") and c.lower_ in mlx.POSSESSIVE_MARKS for c in word.children
    )


def told_person(verb):
    """'Modi told Putin that ...': the person named as the one told, when a person tells
    them (not "told CNN", "told him"); None otherwise."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        subject = verb.head  # "Pelosi, who at one point told Biden that ..."
    if subject is None or not (
        subject.ent_type_ == "PERSON" or subject.tag_ == "PRP" or name_chain(subject) is not None
    ):
        return None
    if subject.lower_ in lx.FIRST_PERSON:
        return None  # "I told Putin": an account in a quote, read by the accounts
    if any(c.dep_ in ("dobj", "dative") and c.ent_type_ == "ORG" for c in verb.children):
        return None  # "told CNN's Jake Tapper", parsed as two objects: an interview
    if any(
        o.lemma_.lower() in mlx.WRITTEN_CHANNEL_NOUNS
        for c in verb.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj"
    ):
        return None  # "told Biden in a letter": a message, not a conversation
    if _told_on_air(verb):
        return None  # "told A on CNN's 'Inside Politics'", "told A in an interview"
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dobj", "dative")
            and (c.ent_type_ == "PERSON" or name_chain(c) is not None)
            and not _outlet(c)
            # "told CNN's Jake Tapper": an interview with the outlet's journalist
            and not any(g.dep_ == "poss" and g.ent_type_ == "ORG" for g in c.children)
            and _named_in_full(c)
            and not _asks_for_an_outlet(c)
        ),
        None,
    )


def _told_at_one_joined(verb) -> bool:
    """'A told B on a call joined by C': the meeting the telling was at, which names
    others who joined it (the verb's pair alone would be a meeting of its own)."""
    return any(
        attendees(o)
        for c in verb.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj"
    )


def _told_on_air(verb) -> bool:
    """'told A on CNN's show', 'told A in an interview': the one told asks for an outlet."""
    return any(
        o.ent_type_ in ("ORG", "WORK_OF_ART")
        or _outlet(o)
        or o.lemma_.lower() in mlx.INTERVIEW_NOUNS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("on", "in")
        for o in c.children
        if o.dep_ == "pobj"
    )


def _named_in_full(person) -> bool:
    """A person the article names with a first name somewhere ('Kaitlan Collins' for a
    later 'Collins'): a lone capitalised word told something may be an outlet the model
    took for a person ('Radchenko told Euractiv')."""
    if any(c.dep_ == "compound" for c in person.children):
        return True
    known = gazetteer().lookup(person.text)
    if known is not None and known.type == "Person":
        return True  # "told Biden": a well-known surname
    return person.lower_ in _told_name_index(person.doc)[0]


def _asks_for_an_outlet(person) -> bool:
    """'ITV News correspondent A B', 'CNN's A B', at this mention or another of the same
    name: a journalist, whom a speaker tells in an interview."""
    return person.lower_ in _told_name_index(person.doc)[1]


def _told_name_index(doc) -> tuple[frozenset[str], frozenset[str]]:
    """Once per doc: the words that follow a person's name word (a surname named in full),
    and those with a journalist's role or an organisation's possessive in the four words
    before them."""
    cached = doc.user_data.get("kg_told_names")
    if cached is None:
        words = tokens(doc)
        full, asking = set(), set()
        for token in words:
            if token.i > 0 and words[token.i - 1].ent_type_ == "PERSON":
                full.add(token.lower_)
            before = words[max(0, token.i - 4) : token.i]
            if any(w.lemma_.lower() in mlx.MEDIA_ROLE_NOUNS for w in before) or any(
                w.tag_ == "POS" and w.i > 0 and words[w.i - 1].ent_type_ == "ORG" for w in before
            ):
                asking.add(token.lower_)
        cached = doc.user_data["kg_told_names"] = (frozenset(full), frozenset(asking))
    return cached


def summoned_envoy(verb):
    """'summoned the Ugandan ambassador', 'X was summoned, the envoy of Y': the object (or
    subject of the passive) of a summoning verb whose phrase names an envoy; None if none."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if any(
            t.lemma_.lower() in mlx.ENVOY_NOUNS and t.dep_ not in ("pobj", "relcl")
            for t in child.subtree
            if t.head.i == child.i or t.i == child.i
        ):
            return child
    return None


def shook_hands(verb) -> bool:
    """'A and B shook hands in X', 'A shook hands with B': the hands of two people."""
    noun = mlx.HANDSHAKE_VERBS[verb.lemma_.lower()]
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == noun for c in verb.children):
        return False
    people = [
        o
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "with")
        for o in ([c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"])
        for o in conjuncts(o)
    ]
    return len(people) >= 2


def side_by_side(verb) -> bool:
    """'Speaking alongside X, Y said', 'stood alongside X': a person named beside the one
    who speaks or stands."""
    return any(
        c.dep_ == "prep" and c.lower_ in mlx.SIDE_BY_SIDE_PREPOSITIONS
        for c in verb.children
        for o in c.children
        if o.dep_ == "pobj" and _person_named(o)
    )


def attended_together(verb) -> bool:
    """'A attended a ceremony together with B', 'unveiled a memorial together with B': an
    occasion the subject and a person named were at side by side (GUIDELINES: a joint
    appearance somewhere is a meeting in person); not 'fight together with the army'."""
    return bool(together_with(verb))


def together_with(verb) -> list:
    """The people named after "together with" on a verb or on its object ('attended a
    ceremony together with B', however the parser hung the phrase)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [
        o
        for h in holders
        for c in h.children
        if (
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(a.dep_ == "advmod" and a.lower_ in mlx.TOGETHER_WORDS for a in c.children)
        )
        or (
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(a.dep_ == "advmod" and a.lower_ in mlx.TOGETHER_WORDS for a in h.children)
        )
        for o in c.children
        if o.dep_ == "pobj" and _person_named(o)
    ]


def _person_named(token) -> bool:
    """A person's name, or a title with the name in apposition ("president, X")."""
    return (
        token.ent_type_ == "PERSON"
        or name_chain(token) is not None
        or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in token.children)
    )


def appeared_with(verb) -> list:
    """'A appeared with B', 'appeared alongside B at a rally': the people named as
    appearing with the subject."""
    return [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in mlx.JOINT_APPEARING_PREPOSITIONS
        for o in c.children
        if o.dep_ == "pobj" and _person_named(o)
    ]


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


def refused(trigger) -> bool:
    """'his refusal to hold talks', 'had no plans to meet', 'has not spoken to X', 'no
    talks were held': a meeting that is not one."""
    if negated(trigger) or habitual(trigger) or unanswered(trigger):
        return True
    for node in [trigger, *heads(trigger, 3)]:
        if node.lemma_.lower() in lx.MEETING_REFUSALS:
            return True
        if node.i != trigger.i and node.pos_ == "VERB" and node.lemma_ not in lx.MEETING_VERBS:
            # "declined to confirm the meeting": the refusal is of something else
            return False
        if (
            node.i != trigger.i
            and node.lower_ in lx.PLAN_NOUNS
            and any(c.lower_ == "no" for c in node.children)
        ):
            return True
    return False


def habitual(trigger) -> bool:
    """'would continue to call me in the weeks ahead', 'kept talking to X': a meeting verb
    under a verb of going on is a habit, not one meeting."""
    return (
        trigger.pos_ == "VERB"
        and trigger.dep_ == "xcomp"
        and trigger.head.lemma_.lower() in mlx.HABIT_VERBS
    )


def unanswered(trigger) -> bool:
    """'called X on Monday but did not reach him': a call that never got through (a
    negated verb of reaching joined to the call)."""
    if trigger.lemma_ != "call" or trigger.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "conj"
        and c.lemma_ in mlx.REACHING_VERBS
        and any(g.dep_ == "neg" for g in c.children)
        for c in trigger.children
    )


def negated(trigger) -> bool:
    """'has not yet spoken to X', 'never met X', 'no talks took place': a meeting verb
    negated, or a meeting noun (or the verb that holds it) under a negation."""
    verb = trigger if trigger.pos_ == "VERB" else None
    if verb is None and (
        trigger.dep_ == "dobj"
        or (trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_ in mlx.TAKING_PLACE)
    ):
        # "did not hold talks", "the meeting did not take place" (not "the talks did not
        # produce a deal": held, to no avail)
        verb = trigger.head
    if verb is not None and any(
        c.dep_ == "neg" and c.lower_ in mlx.MEETING_NEGATIONS for c in verb.children
    ):
        return True
    if trigger.pos_ == "VERB":
        return False
    return _never_had(trigger) or any(
        c.dep_ == "det" and c.lower_ in mlx.MEETING_NEGATIONS for c in trigger.children
    )


def _never_had(noun) -> bool:
    """'the conversation he never had with X'."""
    clause = having_clause(noun)
    return clause is not None and any(
        n.dep_ == "neg" and n.lower_ in mlx.MEETING_NEGATIONS for n in clause.children
    )


def having_clause(noun):
    """'the conversation he had with X', 'the talks that A held with B': the relative clause
    of having the meeting on a meeting noun, if any (its words are the meeting's own)."""
    if noun.pos_ == "VERB":
        return None
    return next(
        (c for c in noun.children if c.dep_ == "relcl" and c.lemma_ in mlx.HAVING_VERBS), None
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
                and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children)
            ):
                continue  # "discussed the war with Russia": the war's foe, not a party
            objects.append(obj)
    return objects


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
        if infinitive and node.head.lemma_ in mlx.AGREEING_VERBS:
            return node.head
    return None
