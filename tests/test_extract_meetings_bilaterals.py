"""Talks held with the leaders of several states in turn (kg.extract.meetings.bilaterals):
one with each, as for "met A, B and C"; talks with several people of one state, or with
two people, stay one meeting. Invented sentences only."""

from tests.meeting_views import parties


def test_talks_with_leaders_of_three_states_are_one_with_each(facts_of):
    facts = facts_of(
        "Argentine President Javier Milei arrived in Osaka on Saturday. Milei also held talks "
        "with Indian Prime Minister Narendra Modi, Australian Prime Minister Anthony Albanese "
        "and Japanese Prime Minister Fumio Kishida, as well as with Kenyan President William Ruto."
    )
    assert sorted(parties(facts)) == [
        ("Anthony Albanese", "Javier Milei"),
        ("Fumio Kishida", "Javier Milei"),
        ("Javier Milei", "Narendra Modi"),
        ("Javier Milei", "William Ruto"),
    ]


def test_talks_with_officials_of_one_state_are_one_meeting(facts_of):
    facts = facts_of(
        "A Kenyan delegation headed by Musalia Mudavadi held talks in Kampala on Thursday with "
        "Ugandan Foreign Minister Jeje Odongo, Defence Minister Jacob Oboth and army chief "
        "Muhoozi Kainerugaba."
    )
    assert len(facts.meetings) == 1
    assert len(facts.meetings[0].participants) == 4


def test_talks_with_two_of_two_states_stay_one_meeting(facts_of):
    # ("talks with A and B" of two states may be a trilateral)
    facts = facts_of(
        "Penny Wong held talks with Japanese Foreign Minister Yoko Kamikawa and South Korean "
        "Foreign Minister Cho Tae-yul."
    )
    assert len(facts.meetings) == 1


def test_phone_talks_with_several_people_are_one_call_with_each(facts_of):
    facts = facts_of(
        "Javier Milei held phone talks with Gabriel Boric, Luis Arce and Santiago Pena on Monday.",
        date="2024-05-08",
    )
    assert sorted(parties(facts)) == [
        ("Gabriel Boric", "Javier Milei"),
        ("Javier Milei", "Luis Arce"),
        ("Javier Milei", "Santiago Pena"),
    ]
    assert {(m.mode, m.date) for m in facts.meetings} == {("phone", "2024-05-06")}
    # a conference call of them all stays one
    facts = facts_of(
        "Javier Milei held conference talks with Gabriel Boric and Luis Arce on Monday."
    )
    assert len(facts.meetings) == 1


def test_phone_talks_with_a_list_of_titled_names_are_one_call_with_each(facts_of):
    # (titles with their states: "Chancellor of Germany A and Prime Minister of Spain B")
    facts = facts_of(
        "Emmanuel Macron also held phone talks with Chancellor of Germany Olaf Scholz and "
        "Prime Minister of Spain Pedro Sanchez."
    )
    assert sorted(parties(facts)) == [
        ("Emmanuel Macron", "Olaf Scholz"),
        ("Emmanuel Macron", "Pedro Sanchez"),
    ]
