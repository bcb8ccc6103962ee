"""Sides told by a relative clause on them (kg.extract.meetings.participants, phrases,
noun_phrases): "which" stands for the phrase it is on as "who" does ('the A and B
delegations, which held talks in C'); and a meeting of those states is not one of their
people held another way (passes). Invented sentences only."""

from tests.meeting_views import parties


def test_delegations_which_held_talks_are_their_states(facts_of):
    facts = facts_of(
        "The Peruvian and Bolivian delegations, which held talks in La Paz on Monday, "
        "agreed to meet again."
    )
    assert [(m.status, names) for m, names in zip(facts.meetings, parties(facts), strict=True)] == [
        ("held", ("Bolivia", "Peru")),
        ("proposed", ("Bolivia", "Peru")),
    ]


def test_delegations_which_held_a_round_of_talks_are_their_states(facts_of):
    facts = facts_of(
        "The Peruvian and Bolivian delegations, which held their first round of talks in "
        "La Paz on 28 February, said little."
    )
    assert parties(facts) == [("Bolivia", "Peru")]
    assert facts.meetings[0].status == "held"


def test_a_thing_which_paid_a_visit_is_no_side(facts_of):
    assert not facts_of(
        "The Peruvian warship, which paid a visit to Arica on Monday, left."
    ).meetings


def test_a_meeting_of_states_is_not_a_call_of_their_ministers(facts_of):
    # a meeting of states alone is one of people of those states, unless held another way
    facts = facts_of(
        "The Chilean Minister of Foreign Affairs, Alberto van Klaveren, had a telephone "
        "conversation on Thursday with his Argentine counterpart Diana Mondino. Chile and "
        "Argentina had already held a meeting of their defence officials in Santiago in February."
    )
    assert sorted(
        (m.mode, names) for m, names in zip(facts.meetings, parties(facts), strict=True)
    ) == [
        ("in_person", ("Argentina", "Chile")),
        ("phone", ("Alberto van Klaveren", "Diana Mondino")),
    ]


def test_a_host_who_received_a_guest_named_by_surname_met_the_guest(facts_of):
    # the model may tag the lone surname as a body
    facts = facts_of(
        "Colombian Defence Minister Ivan Velasquez arrived in Quito on Tuesday. President "
        "Daniel Noboa, who received Velasquez at the Carondelet Palace, thanked Colombia for "
        "its support."
    )
    assert ("Daniel Noboa", "Ivan Velasquez") in parties(facts)


def test_a_host_named_right_before_a_gerund_of_receiving_received_the_guests(facts_of):
    # (the parser hangs the gerund on the noun of the footage, not on the name)
    facts = facts_of(
        "State television broadcast footage of the head of the ruling council, Abdel Fattah "
        "al-Burhan, receiving Ramtane Lamamra and the Algerian delegation at the palace."
    )
    assert parties(facts) == [("Abdel Fattah al-Burhan", "Algeria", "Ramtane Lamamra")]
