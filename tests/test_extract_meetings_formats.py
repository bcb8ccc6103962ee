"""Meetings told with no meeting verb on a named person (issue #15): formats named with their
members, delegations of a government and a group, a party joined from afar, and a remark
made beside another; invented sentences, actors and places of no annotated article."""

from tests.meeting_views import names, only, parties


def test_format_named_with_its_members_met_as_those_states(facts_of):
    facts = facts_of(
        'On Tuesday, political advisers from the "Weimar Triangle" — Poland, France and '
        "Germany — met in Paris for six hours of talks.",
        date="2024-03-13",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["France", "Germany", "Poland"]
    assert (meeting.status, meeting.mode, meeting.date) == ("held", "in_person", "2024-03-12")


def test_delegations_of_a_government_and_a_group_are_the_two_sides(facts_of):
    facts = facts_of(
        "Delegations of the Colombian government and the National Liberation Army met in "
        "Caracas on Monday."
    )
    assert parties(facts) == [("Colombia", "National Liberation Army")]


def test_delegations_holding_a_round_of_talks_are_its_sides(facts_of):
    facts = facts_of(
        "Delegations of the Peruvian government and the National Liberation Army held a "
        "fourth round of peace talks in Havana on Monday."
    )
    assert parties(facts) == [("National Liberation Army", "Peru")]


def test_joined_by_videoconference_in_a_relative_clause(facts_of):
    facts = facts_of(
        "The African Union foreign ministers, who were joined by Brazilian Foreign Minister "
        "Mauro Vieira via videoconference, agreed on a new mission in Addis Ababa on Thursday."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["African Union", "Mauro Vieira"]
    assert meeting.mode == "video"


def test_told_reporters_alongside_a_person_is_a_joint_appearance(facts_of):
    facts = facts_of(
        '"The alliance stands united," Keir Starmer told reporters in Vilnius, alongside '
        "NATO Secretary General Mark Rutte."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Keir Starmer", "Mark Rutte"]
    assert meeting.mode == "in_person"


def test_said_alongside_a_state_is_no_meeting(facts_of):
    facts = facts_of("Poland, alongside Lithuania, said it would close the border.")
    assert facts.meetings == []


def test_the_leader_of_a_delegation_that_will_meet_stands_for_it(facts_of):
    facts = facts_of(
        "Jorge Salinas is also leading a delegation that will meet with the National "
        "Liberation Army in Havana in April."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Jorge Salinas", "National Liberation Army"]
    assert meeting.status == "scheduled"


def test_signed_alongside_two_leaders_is_one_meeting_of_the_three(facts_of):
    facts = facts_of(
        "Abiy Ahmed on Sunday signed a port agreement in Addis Ababa alongside Somali President "
        "Hassan Sheikh Mohamud and Djiboutian President Ismail Omar Guelleh."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == [
        "Abiy Ahmed",
        "Hassan Sheikh Mohamud",
        "Ismail Omar Guelleh",
    ]
    assert meeting.mode == "in_person"


def test_state_signing_alongside_a_state_is_no_meeting(facts_of):
    assert facts_of("Ukraine signed the deal alongside Poland.").meetings == []


def test_its_delegation_in_a_groups_statement_is_the_groups(facts_of):
    facts = facts_of(
        "The M23 rebel group announced on Sunday that its delegation met Angolan mediators in "
        "Luanda last week."
    )
    assert parties(facts) == [("Angola", "M23")]


def test_observers_attending_the_talks_hold_no_meeting_of_their_own(facts_of):
    facts = facts_of(
        "Representatives of the United States, the United Nations and the Intergovernmental "
        "Authority on Development attended the talks as observers."
    )
    assert facts.meetings == []


def test_talks_between_two_as_well_as_a_third_are_of_the_three(facts_of):
    facts = facts_of("Talks between Serbia and Kosovo, as well as the EU, were held in Brussels.")
    assert parties(facts) == [("European Union", "Kosovo", "Serbia")]


def test_brought_together_two_as_well_as_a_third(facts_of):
    facts = facts_of(
        "The talks in Doha brought together delegations from Sudan and Chad, as well as "
        "representatives of the African Union."
    )
    assert parties(facts) == [("African Union", "Chad", "Sudan")]


def test_a_joint_appearance_alongside_the_two_leaders_just_named(facts_of):
    facts = facts_of(
        "President Gustavo Petro and Ecuador's Daniel Noboa ended two days of talks in Quito "
        "on the border. At a joint news conference alongside the two presidents on Friday, "
        "Luiz Inacio Lula da Silva said the accord would hold."
    )
    assert ("Daniel Noboa", "Gustavo Petro", "Luiz Inacio Lula da Silva") in parties(facts)


def test_people_of_states_listed_after_them_are_no_format(nlp):
    """'the ministers of the Republic of X, A and B met': a broken list of the ministers'
    states (the parse a capability item gave: A hung on the ministers as an apposition),
    not a format named by the ministers."""
    from spacy.tokens import Doc

    from kg.extract.meetings.format_members import format_members

    words = ["ministers", "of", "Ruritania", ",", "Kenya", "and", "Tanzania", "met"]
    heads = [7, 0, 1, 0, 0, 4, 4, 7]
    deps = ["nsubj", "prep", "pobj", "punct", "appos", "cc", "conj", "ROOT"]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O"]
    tags = ["NNS", "IN", "NNP", ",", "NNP", "CC", "NNP", "VBD"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents, tags=tags)
    assert format_members(doc[0]) == []
    # a format's name in the singular keeps its members ("the Contact Group, A and B, met")
    words[0] = "Group"
    tags[0] = "NNP"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents, tags=tags)
    assert [t.text for t in format_members(doc[0])] == ["Kenya", "Tanzania"]
