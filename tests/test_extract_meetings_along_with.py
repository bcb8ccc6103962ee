"""Those named after "along with" on a meeting or occasion verb take part in it
(along_with); invented sentences."""

from tests.meeting_views import parties


def test_those_met_along_with_others_all_take_part(facts_of):
    facts = facts_of(
        "Rajnath Singh and Richard Marles met in Canberra last week, along with Australian "
        "Foreign Minister Penny Wong and Indian Foreign Minister Subrahmanyam Jaishankar."
    )
    meeting = facts.meetings[0]
    assert len(facts.meetings) == 1
    assert len(meeting.participants) == 4
    assert (meeting.mode, meeting.status) == ("in_person", "held")


def test_a_site_visited_along_with_someone_is_a_meeting_with_them(facts_of):
    facts = facts_of(
        "Interior Minister Matteo Piantedosi, who visited the flooded district on Tuesday "
        "along with Civil Protection chief Fabrizio Curcio, said aid would arrive soon."
    )
    assert parties(facts) == [("Fabrizio Curcio", "Matteo Piantedosi")]
    assert facts.meetings[0].mode == "in_person"


def test_arriving_along_with_equipment_is_no_meeting(facts_of):
    # guard: "along with" names no one
    facts = facts_of(
        "Around 200 Turkish engineers arrived in Tripoli in May along with an air defence battery."
    )
    assert not facts.meetings


def test_an_occasion_attended_along_with_a_counterpart_is_a_joint_appearance(facts_of):
    facts = facts_of(
        "Estonian Defence Minister Hanno Pevkur attended the drill along with his Latvian "
        "counterpart Andris Spruds."
    )
    assert parties(facts) == [("Andris Spruds", "Hanno Pevkur")]
    assert facts.meetings[0].mode == "in_person"


def test_attending_along_with_others_with_no_occasion_named_is_no_meeting_of_its_own(
    facts_of,
):
    # guard: "X attended, along with Y" joins a meeting told before, not one of its own
    facts = facts_of(
        "The leaders of Chile, Peru and Bolivia attended, along with OAS Secretary General "
        "Albert Ramdin."
    )
    assert not facts.meetings
