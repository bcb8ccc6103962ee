"""Meeting frames on invented sentences (issue #15): the constructions the capability suite
measures, each with actors and places of no annotated article."""


def names(facts, keys):
    return sorted(facts.actors[k].name for k in keys)


def only(facts):
    [meeting] = facts.meetings
    return meeting


def test_invited_to_visit_is_proposed_with_the_inviter_as_host(facts_of):
    facts = facts_of("Hakan Fidan invited Abbas Araghchi to visit Ankara.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Abbas Araghchi", "Hakan Fidan"]
    assert (meeting.status, meeting.mode) == ("proposed", "in_person")


def test_meeting_being_prepared_is_proposed_in_no_stated_mode(facts_of):
    facts = facts_of(
        "Preparations are under way for a meeting between William Ruto and Abiy Ahmed."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Abiy Ahmed", "William Ruto"]
    assert (meeting.status, meeting.mode, meeting.date) == ("proposed", "unknown", None)


def test_proposed_talks_have_no_mode_yet(facts_of):
    facts = facts_of(
        "Ferdinand Marcos Jr. proposed talks with Anthony Albanese on maritime patrols."
    )
    meeting = only(facts)
    assert (meeting.status, meeting.mode) == ("proposed", "unknown")


def test_called_off_trip_is_a_cancelled_meeting_in_person(facts_of):
    facts = facts_of("Nicolas Maduro called off his trip to Georgetown to meet Irfaan Ali.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Irfaan Ali", "Nicolas Maduro"]
    assert (meeting.status, meeting.mode) == ("cancelled", "in_person")


def test_received_by_in_the_passive(facts_of):
    facts = facts_of("Wang Yi was received by Lai Ching-te in Taipei on Monday.", date="2024-03-13")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Lai Ching-te", "Wang Yi"]
    assert (meeting.status, meeting.mode, meeting.date) == ("held", "in_person", "2024-03-11")


def test_where_clause_on_a_visit_names_the_host_person(facts_of):
    facts = facts_of(
        "Ibrahim Traore visited Niamey on Monday, where he was received by Abdourahamane Tiani.",
        date="2024-03-13",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Abdourahamane Tiani", "Ibrahim Traore"]
    assert meeting.date == "2024-03-11"


def test_where_clause_on_a_cancelled_visit_is_cancelled(facts_of):
    facts = facts_of(
        "Yolande Makolo cancelled a planned visit to Kinshasa, where she was to meet "
        "Felix Tshisekedi."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Felix Tshisekedi", "Yolande Makolo"]
    assert meeting.status == "cancelled"


def test_mediator_named_by_by_takes_part(facts_of):
    facts = facts_of(
        "Talks between Ararat Mirzoyan and Jeyhun Bayramov took place in Ankara on Monday, "
        "mediated by Turkish foreign minister Hakan Fidan."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == [
        "Ararat Mirzoyan",
        "Hakan Fidan",
        "Jeyhun Bayramov",
    ]


def test_list_of_three_taken_for_an_apposition_keeps_the_third(facts_of):
    facts = facts_of("Nikol Pashinyan, Jeyhun Bayramov and Badr Abdelatty met in Cairo on Sunday.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == [
        "Badr Abdelatty",
        "Jeyhun Bayramov",
        "Nikol Pashinyan",
    ]


def test_officials_of_three_states_holding_talks_in_a_city(facts_of):
    facts = facts_of("Defence officials from Peru, Chile and Bolivia held talks in Lima on Friday.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Bolivia", "Chile", "Peru"]
    assert meeting.mode == "in_person"


def test_visit_for_talks_with_someone_is_one_meeting_on_the_visit_date(facts_of):
    facts = facts_of(
        "Anwar Ibrahim is to visit Naypyitaw on March 22 for talks with Min Aung Hlaing.",
        date="2024-03-13",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Anwar Ibrahim", "Min Aung Hlaing"]
    assert (meeting.status, meeting.date) == ("scheduled", "2024-03-22")


def test_three_who_met_together_are_one_meeting(facts_of):
    facts = facts_of(
        "Yoav Gallant, Abdallah Bou Habib and Mohammed bin Abdulrahman Al Thani met in Doha "
        "on Tuesday."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == [
        "Abdallah Bou Habib",
        "Mohammed bin Abdulrahman Al Thani",
        "Yoav Gallant",
    ]


def test_two_plus_two_dialogue_held_is_a_meeting(facts_of):
    facts = facts_of("India and Japan held their 2+2 dialogue in New Delhi on Monday.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["India", "Japan"]
    assert meeting.mode == "in_person"
    # a dialogue only called for is none
    called = facts_of("Anwar Ibrahim called for dialogue between the junta and its foes.")
    assert not called.meetings


def test_trilateral_meeting_of_a_list_of_states(facts_of):
    facts = facts_of(
        "A trilateral meeting of Japan, South Korea and the Philippines took place in Manila "
        "on Friday."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Japan", "Philippines", "South Korea"]


def test_state_hosting_talks_takes_part_on_their_date(facts_of):
    facts = facts_of(
        "Qatar hosted talks between Abiy Ahmed and Hassan Sheikh Mohamud on Monday.",
        date="2024-03-13",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Abiy Ahmed", "Hassan Sheikh Mohamud", "Qatar"]
    assert meeting.date == "2024-03-11"
