"""Those named after "along with" on a meeting or occasion verb take part in it
(along_with); invented sentences."""

from tests.meeting_views import parties


def test_those_met_along_with_others_all_take_part(facts_of):
    facts = facts_of(
        "Ines Carvalho and Tomasz Wrona met in Gdansk last week, along with Portuguese "
        "Foreign Minister Rui Moreira and Polish Foreign Minister Marta Zielinska."
    )
    meeting = facts.meetings[0]
    assert len(facts.meetings) == 1
    assert len(meeting.participants) == 4
    assert (meeting.mode, meeting.status) == ("in_person", "held")


def test_a_site_visited_along_with_someone_is_a_meeting_with_them(facts_of):
    facts = facts_of(
        "Interior Minister Carla Benedetti, who visited the burned valley on Sunday "
        "along with fire service chief Marco Fontana, said the roads would reopen."
    )
    assert parties(facts) == [("Carla Benedetti", "Marco Fontana")]
    assert facts.meetings[0].mode == "in_person"


def test_arriving_along_with_equipment_is_no_meeting(facts_of):
    # guard: "along with" names no one
    facts = facts_of("Some 150 Greek medics reached Benghazi in March along with a field hospital.")
    assert not facts.meetings


def test_an_occasion_attended_along_with_a_counterpart_is_a_joint_appearance(facts_of):
    facts = facts_of(
        "Estonian Defence Minister Kaarel Tamm attended the drill along with his Latvian "
        "counterpart Janis Ozols."
    )
    assert parties(facts) == [("Janis Ozols", "Kaarel Tamm")]
    assert facts.meetings[0].mode == "in_person"


def test_attending_along_with_others_with_no_occasion_named_is_no_meeting_of_its_own(
    facts_of,
):
    # guard: "X attended, along with Y" joins a meeting told before, not one of its own
    facts = facts_of(
        "The leaders of Chile, Peru and Bolivia attended, along with OAS Secretary General "
        "Miguel Sotelo."
    )
    assert not facts.meetings
