"""A delegation from a body stands for that body (delegation_bodies); invented
sentences."""

from tests.meeting_views import parties


def test_a_delegation_from_an_organisation_met_is_the_organisation(facts_of):
    facts = facts_of(
        "Gambian President Lamin Ceesay on Friday received a six-member delegation from the "
        "African Union in Banjul."
    )
    assert parties(facts) == [("African Union", "Lamin Ceesay")]
    assert facts.meetings[0].mode == "in_person"


def test_having_met_with_a_delegation_from_a_party(facts_of):
    facts = facts_of(
        "Nepali Prime Minister Hari Adhikari, having met on Monday with a small delegation "
        "from the National Farmers Union, said talks would go on."
    )
    assert parties(facts) == [("Hari Adhikari", "National Farmers Union")]


def test_a_delegation_from_a_town_is_no_body(facts_of):
    # guard: only an organisation or armed group named after "from"
    facts = facts_of(
        "Nepali Prime Minister Hari Adhikari received a delegation from Pokhara on Monday."
    )
    assert not facts.meetings
