"""One named at an organisation's summit or meeting attends it (summit_attendees,
organisation_journeys): a meeting with the organisation, not with the state it is held in;
invented sentences."""

from tests.meeting_views import parties


def test_one_named_at_a_summit_meets_the_organisation_not_the_host_state(facts_of):
    facts = facts_of(
        "Bola Tinubu told reporters he would bring up the dispute at the AU summit in Addis "
        "Ababa next month."
    )
    assert parties(facts) == [("African Union", "Bola Tinubu")]


def test_one_meeting_unnamed_leaders_at_a_summit_meets_the_organisation(facts_of):
    facts = facts_of("Anthony Albanese met regional leaders at the ASEAN summit in Vientiane.")
    assert parties(facts) == [("ASEAN", "Anthony Albanese")]


def test_a_summit_spoken_of_is_the_organisation_s_and_the_host_state_s(facts_of):
    facts = facts_of(
        "On next month's NATO summit in Ankara, Petr Pavel said that a new strategy would be "
        "adopted."
    )
    assert parties(facts) == [("NATO", "Turkey")]


def test_the_organisation_s_own_head_at_its_summit_is_no_meeting_with_it(facts_of):
    facts = facts_of(
        "NATO chief Jens Stoltenberg told reporters he would bring up the dispute at the NATO "
        "summit in Ankara."
    )
    assert ("Jens Stoltenberg", "NATO") not in parties(facts)


def test_a_journey_to_a_summit_of_an_organisation_s_leaders_is_no_visit_to_the_state(
    facts_of,
):
    facts = facts_of(
        "Prime Minister Kristen Michal will travel to Luxembourg on Tuesday for a summit of "
        "EU leaders."
    )
    assert parties(facts) == [("European Union", "Kristen Michal")]


def test_a_summit_of_leaders_that_only_dates_another_event_has_no_one_at_it(facts_of):
    facts = facts_of("Kaja Kallas spoke to reporters in Riga ahead of a summit of EU leaders.")
    assert parties(facts) == []
