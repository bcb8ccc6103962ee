"""Participants of a meeting noun: the phrases its own words name ('talks with A', 'A's
visit', 'negotiations involving A and B', 'the meeting they had'), else the subject of the
clause it stands in ('during a call with X, A said'), unless that subject only speaks of the
meeting or the meeting is a body's own sitting."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain
from kg.extract.common import sentence_of
from kg.extract.lexicon import meeting_modes as mmx
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.accounts import resolve_phrase
from kg.extract.meetings.addressees import state_official
from kg.extract.meetings.appearances import subject_names
from kg.extract.meetings.negations import having_clause
from kg.extract.meetings.phrases import (
    between_pair,
    conjuncts,
    had_by,
    held_at_with,
    listed_after,
    phrase_tokens,
    plural_antecedent,
    prep_objects,
    represented,
    spoken_of,
    states_of_chain,
)
from kg.extract.meetings.titled_lists import titled_names_listed
from kg.extract.meetings.triggers import with_objects


def noun_participants(actors, noun) -> list:
    """The phrases naming those who take part in a meeting noun's meeting: those its own
    words name ("talks with A", "A's visit", "a meeting of A, B and C"), else the subject
    of the verb above it ("During his visit, Xi praised Putin"), unless that subject only
    speaks of it."""
    phrases = []
    for o in held_at_with(noun):
        phrases += [o, *listed_after(o)]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "between", "among"):
            # "A thanked B during a call with him": the pronoun is the one addressed, found
            # below as the object of the verb above
            phrases += [
                c for c in prep_objects(child) if c.lower_ not in mlx.OBJECT_PRONOUNS_OF_PEOPLE
            ]
            # "a video call with A, B, C and D", the list broken by the parser
            phrases += [t for c in prep_objects(child) for t in listed_after(c)]
            # "phone talks with President of A B, Prime Minister of C D and ...": the names
            phrases += [t for c in prep_objects(child) for t in titled_names_listed(c)]
            # "talks with A and B", B hung on the meeting noun
            phrases += [
                c
                for c in noun.children
                if c.dep_ == "conj" and c.i > child.i and c.ent_type_ == "PERSON"
            ]
        if (
            child.dep_ == "prep"
            and child.lower_ in mlx.CALLED_ON_PREPOSITIONS
            and noun.lemma_ in mlx.PAID_CALL_NOUNS
        ):
            # "paid a courtesy call on X": X is visited (not "a call on Friday", "a call on
            # Ukraine with Y": a person)
            phrases += [
                o
                for o in prep_objects(child)
                if any(t.ent_type_ == "PERSON" for t in o.subtree) and o.ent_type_ != "DATE"
            ]
        if child.dep_ == "poss":
            phrases.append(child)
        if child.dep_ == "acl" and child.lemma_ in mlx.INVOLVING_VERBS:
            # "negotiations involving A, B and C" (the parser may take B for A's apposition)
            objects = [c for c in child.children if c.dep_ in ("dobj", "pobj")]
            phrases += objects + [
                a for o in objects for a in o.children if a.dep_ == "appos" and a.ent_type_ == "GPE"
            ]
        if child.dep_ == "prep" and child.lower_ == "of":
            # "a trilateral meeting of A, B and C": a list of states
            phrases += [
                c
                for c in child.children
                if c.dep_ == "pobj"
                and c.ent_type_ == "GPE"
                and any(g.dep_ == "conj" and g.ent_type_ == "GPE" for g in c.children)
            ]
            # "will attend a virtual summit of G7 leaders": the group whose leaders meet, with
            # one who comes to it (a meeting of the leaders alone is the group's own)
            # (not "after a summit of G7 leaders": one that only dates another event)
            if noun.dep_ in ("dobj", "pobj") and not _framing(noun):
                phrases += [group for c in child.children if (group := _group_of_members(c))]
    clause = having_clause(noun)
    if clause is not None:
        phrases += had_by(clause)
    if noun.lemma_ not in lx.VISIT_WORDS:
        # "a session of the Parliamentary Assembly of the Union State of A and B" (not "a
        # tour of A and B", a visit to each)
        phrases += [t for t in states_of_chain(noun) if t not in phrases]
    # "Putin criticized, during a conversation with X, ...": the subject of the verb above,
    # passing over subjects that name no actor ("Xi had made it clear in a call with X")
    if any(c.dep_ == "poss" and c.lower_ in lx.PLURAL_POSSESSIVES for c in noun.children):
        # "their visit": a group's, not the singular subject's above; "Xi and Putin ahead
        # of their meeting": the pair named before it in the sentence
        pairs = [
            t
            for t in sentence_of(noun)
            if t.i < noun.i
            and t.ent_type_ == "PERSON"
            and t.dep_ != "conj"  # the whole coordination, not its tail
            and [c.ent_type_ for c in conjuncts(t)] == ["PERSON", "PERSON"]
        ]
        if not pairs:
            # "At their first joint appearance ..., there was little doubt who between A
            # and B was the main act": the pair named after it
            pairs = [
                t
                for t in sentence_of(noun)
                if t.i > noun.i
                and t.ent_type_ == "PERSON"
                and t.dep_ != "conj"
                and [c.ent_type_ for c in conjuncts(t)] == ["PERSON", "PERSON"]
            ][:1]
        return phrases + pairs[-1:]
    if any(p.dep_ == "nsubj" and p.head.dep_ == "relcl" for p in phrases):
        return phrases  # "A recalled the talks B held with C": B's, not A's
    if noun.lemma_ in lx.VISIT_WORDS:
        visitors = [
            c
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in ("of", "by")
            for c in p.children
            # "a visit to X by the Spanish prime minister": an official of a state, unnamed
            if c.dep_ == "pobj" and (c.ent_type_ == "PERSON" or state_official(c))
        ]
        if visitors:
            return phrases + visitors  # "the visit of X to Taiwan": X's, not the subject's
    if any(c.dep_ == "poss" and c.lower_ in mlx.SECOND_PERSON for c in noun.children):
        return phrases  # "I said so before your visit to X": the one addressed's visit
    if _body_of_its_own(actors, phrases):
        return phrases  # "at the central bank's next meeting": its members', no one else's
    if between_pair(noun) or spoken_of(noun):
        # "X posted a video of a call between A and B", "Asked about the visit between A and
        # B, X said", "X commented on the talks with Y": those the meeting's own words name
        # took part, not the subject who speaks of it
        return phrases
    node = noun
    for _ in range(4):
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in lx.SPEECH_VERBS:
            break  # "... during meetings with X, Peskov said": the speaker was not there
        node = node.head
        subjects = [
            s
            # "A and B said they look forward to meeting C": the pair
            for c in (plural_antecedent(c) or c for c in node.children)
            if (
                c.dep_ == "nsubj"
                # "X is expected in Beirut for talks with A and B": the one expected
                or (c.dep_ == "nsubjpass" and node.lemma_ in mlx.AWAITED_VERBS)
            )
            and c.i != noun.i
            and not _other_event(c, node)
            for s in [_relative_antecedent(c, node) or c]
            if resolve_phrase(actors, phrase_tokens(s), s.i + 1)
            # "delegations of A and B held a round of talks": the sides they stand for (not
            # "representatives of C and D attended the talks", observers of talks told before)
            or (
                c.dep_ == "nsubj"
                and node.lemma_ not in lx.ATTENDING_VERBS | mlx.ATTENDED_BY_VERBS
                and represented(s, noun) != [s]
            )
        ]
        if subjects:
            # "During his visit, Xi praised Putin": the pronoun is the subject itself
            phrases = [p for p in phrases if p.tag_ != "PRP$"]
            # (spaCy makes a new Token object at each access: tokens compare by index)
            if (
                not phrases
                and noun.head.dep_ == "prep"
                and noun.head.head.i == node.i
                and node.lemma_ not in lx.ACCOMPANYING_VERBS
                # "A and B praised C at a joint news conference": C was spoken of
                and noun.lemma_.lower() not in mlx.JOINT_EVENT_NOUNS
            ):
                # "A pressed B at a summit", "A told B during the meeting": the one
                # addressed there was at it (not one accompanied on a visit, whose
                # companion came along to meet others)
                phrases += [
                    c
                    for c in node.children
                    if c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or name_chain(c))
                ]
                if node.lemma_ in mmx.RAISED_WITH_VERBS:
                    # "raised the issue with X during a call": the one it was raised with
                    phrases += with_objects(node)
            phrases += subjects
            # "Senate Leader A and House Leader B endorsed C at a news conference": the
            # names in the subject, however the parser hung them on the titles
            phrases += [n for s in subjects for n in subject_names(s, noun) if n not in phrases]
            break
        if node.head.i == node.i:
            break
    return phrases


def _group_of_members(members):
    """'G7 leaders', 'Nato members', 'EU countries': the organisation a plural of its
    leaders or member states is named by (mlx.MEMBER_NOUNS), if any."""
    if members.dep_ != "pobj" or members.tag_ != "NNS":
        return None
    if members.lemma_.lower() not in mlx.MEMBER_NOUNS | lx.LEADER_NOUNS:
        return None
    # ("CIS leaders": the name may be parsed a modifier of the plural)
    return next(
        (
            c
            for c in members.children
            if c.dep_ in ("compound", "nmod") and c.ent_type_ in ("ORG", "GPE")
        ),
        None,
    )


def _framing(noun) -> bool:
    """'after a summit of X leaders', 'ahead of the summit': a meeting that only dates
    or places another event."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in mlx.FRAMING_SUMMIT_PREPOSITIONS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in mlx.FRAMING_SUMMIT_NOUNS


def _relative_antecedent(subject, verb):
    """'The cabinet includes A, who has made two visits to X': the one a relative "who"
    stands for (whatever the antecedent's own place in the sentence), not the subject of
    the clause the antecedent is in (and a "which": 'the A and B delegations, which held
    their first round of talks')."""
    if subject.tag_ in lx.RELATIVE_TAGS and subject.dep_ == "nsubj" and verb.dep_ == "relcl":
        return verb.head
    return None


def _body_of_its_own(actors, phrases) -> bool:
    """'He expects a cut at the central bank's next meeting': a meeting noun whose one
    phrase is an organisation's possessive is the organisation's own sitting (an internal
    meeting), not one of the subject above, who only speaks of it."""
    if len(phrases) != 1 or phrases[0].dep_ != "poss":
        return False
    key = resolve_phrase(actors, phrase_tokens(phrases[0]), phrases[0].i + 1)
    return key is not None and actors.records[key].type == "Organization"


def _other_event(subject, verb) -> bool:
    """'A's visit follows B's visit': a subject that is itself a meeting is another event,
    whose people are not at this one (unless it takes this one in: 'A's visit included
    talks with C')."""
    if verb.lemma_ in lx.JOINING_VERBS:
        return False
    word = subject.lemma_.lower()
    if word in lx.WAR_WORDS:
        return True  # "the Russian war will dominate the summit": no one who attends it
    return word in lx.VISIT_WORDS or word in lx.MEETING_NOUNS or subject.lower_ in lx.MEETING_NOUNS
