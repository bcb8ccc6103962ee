"""Briefings that report a meeting (kg.extract.meetings.briefings): the one who briefs and
the one briefed, named or told by their state; not reporters briefed. Invented sentences,
actors and places of no annotated article."""

from tests.meeting_views import names, only


def test_briefing_an_envoy_told_by_state_is_a_meeting(facts_of):
    facts = facts_of(
        "Grace Mulenga said she had earlier briefed the Namibian ambassador on the river accord."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Grace Mulenga", "Namibia"]
    assert (meeting.status, meeting.mode) == ("held", "unknown")


def test_briefed_by_a_named_person_in_the_passive(facts_of):
    facts = facts_of(
        "Foreign Minister Alberto van Klaveren was briefed by Bolivian Foreign Minister "
        "Celinda Sosa on Monday."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Alberto van Klaveren", "Celinda Sosa"]


def test_officials_briefing_a_team_told_by_state(facts_of):
    facts = facts_of("Zambian officials later briefed a Namibian team that had come by road.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Namibia", "Zambia"]


def test_briefing_reporters_is_no_meeting(facts_of):
    facts = facts_of("Alberto van Klaveren briefed reporters on the pact in Santiago.")
    assert facts.meetings == []
