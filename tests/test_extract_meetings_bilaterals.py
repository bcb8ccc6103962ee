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
