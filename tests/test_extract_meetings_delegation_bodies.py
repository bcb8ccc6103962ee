"""A delegation from a body stands for that body (delegation_bodies); invented
sentences."""

from tests.meeting_views import parties


def test_a_delegation_from_an_organisation_met_is_the_organisation(facts_of):
    facts = facts_of(
        "Malian President Assimi Goita received a delegation from the Economic Community of "
        "West African States in Bamako on Friday."
    )
    assert parties(facts) == [("Assimi Goita", "ECOWAS")]
    assert facts.meetings[0].mode == "in_person"


def test_having_met_with_a_delegation_from_a_party(facts_of):
    facts = facts_of(
        "Sri Lankan President Ranil Wickremesinghe, having met on Monday with a delegation "
        "from the Tamil National Alliance, said talks would continue."
    )
    assert parties(facts) == [("Ranil Wickremesinghe", "Tamil National Alliance")]


def test_a_delegation_from_a_town_is_no_body(facts_of):
    # guard: only an organisation or armed group named after "from"
    facts = facts_of(
        "Sri Lankan President Ranil Wickremesinghe received a delegation from Jaffna on Monday."
    )
    assert not facts.meetings
