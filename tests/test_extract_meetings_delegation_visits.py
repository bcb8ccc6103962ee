"""A state's delegation visiting another state, no one named (kg.extract.meetings.
delegation_visits): the two states meet. Invented sentences only."""

from tests.meeting_views import only, parties


def test_visit_by_a_delegation_to_a_capital_is_the_two_states(facts_of):
    facts = facts_of(
        "An official in Lusaka said that a visit by a senior Malawian delegation to Lusaka "
        "had been discussed but that no date had been set."
    )
    assert parties(facts) == [("Malawi", "Zambia")]
    assert only(facts).status == "proposed"


def test_visit_to_a_capital_by_a_delegation_put_on_hold(facts_of):
    facts = facts_of(
        "Officials said a visit to Hanoi by a high-level Cambodian delegation was put on hold."
    )
    assert parties(facts) == [("Cambodia", "Vietnam")]
    assert only(facts).status == "cancelled"


def test_a_visit_on_hold_is_cancelled(facts_of):
    facts = facts_of(
        "A visit to Accra by a Togolese delegation, which had been planned for weeks, was on "
        "hold for now, a source said."
    )
    assert parties(facts) == [("Ghana", "Togo")]
    assert only(facts).status == "cancelled"


def test_delegation_from_a_state_expected_to_visit_a_place_in_another(facts_of):
    facts = facts_of(
        "A technical delegation from Bolivia is expected to visit the Arica port in Chile "
        "to inspect the terminal, officials said."
    )
    assert parties(facts) == [("Bolivia", "Chile")]


def test_delegation_touring_its_own_state_is_no_visit(facts_of):
    facts = facts_of("A Chilean delegation is expected to visit the port in Chile next week.")
    assert facts.meetings == []


def test_a_visit_by_a_delegation_to_no_state_is_no_meeting(facts_of):
    facts = facts_of("A visit by a Peruvian delegation to the mine was cut short by rain.")
    assert facts.meetings == []


def test_delegation_visiting_its_own_capital_is_no_visit(facts_of):
    # the guest's state and the capital are compared as actors' keys and states' names
    facts = facts_of("A Chilean delegation is expected to visit Santiago next week.")
    assert facts.meetings == []


def test_a_capital_and_its_state_are_one_host(facts_of):
    facts = facts_of(
        "Officials said a visit to Dhaka by a Nepalese delegation to Bangladesh was put on hold."
    )
    assert parties(facts) == [("Bangladesh", "Nepal")]
