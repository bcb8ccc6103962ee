"""Journeys made to meet someone named (kg.extract.meetings.journeys): the one met is the
host, not the state of the place; the meeting is in person and as far along as the journey;
the pronoun of a "during which" clause is the traveller; a visit told of one met is that
meeting. Invented sentences, actors and places of no annotated article."""

from tests.meeting_views import only, parties


def test_journey_to_meet_with_someone_is_a_meeting_with_them(facts_of):
    facts = facts_of(
        "Peruvian President Dina Boluarte spoke to reporters in Lima on Monday. "
        "Bolivian President Luis Arce is expected to travel to Paraguay to meet with "
        "Santiago Peña next month."
    )
    assert parties(facts) == [("Luis Arce", "Santiago Peña")]
    meeting = only(facts)
    assert meeting.mode == "in_person"
    assert meeting.status in ("scheduled", "proposed")


def test_journey_to_meet_someone_takes_the_journeys_status(facts_of):
    facts = facts_of(
        "Bolivian President Luis Arce is expected to travel to Paraguay to meet Santiago Peña."
    )
    meeting = only(facts)
    assert parties(facts) == [("Luis Arce", "Santiago Peña")]
    assert (meeting.mode, meeting.status) == ("in_person", "scheduled")


def test_journey_to_sign_a_pact_with_someone_is_a_meeting_with_them(facts_of):
    facts = facts_of(
        "Estonian Prime Minister Kristen Michal, who was travelling to Riga to sign a border "
        "accord with President Edgars Rinkevics, urged calm."
    )
    assert parties(facts) == [("Edgars Rinkevics", "Kristen Michal")]
    assert only(facts).mode == "in_person"


def test_during_which_clause_on_a_trip_is_the_travellers(facts_of):
    facts = facts_of(
        "Kenyan President William Ruto opened the fair on Tuesday. The visit follows "
        "Rwandan President Paul Kagame's trip to Kampala, during which he met Yoweri "
        "Museveni and Robinah Nabbanja."
    )
    assert parties(facts) == [
        ("Paul Kagame", "Robinah Nabbanja"),
        ("Paul Kagame", "Yoweri Museveni"),
    ]


def test_visit_of_one_met_is_that_meeting(facts_of):
    facts = facts_of(
        "Kenyan President William Ruto opened the fair on Tuesday. "
        "President Shavkat Mirziyoyev held talks with President Ilham Aliyev, who is paying "
        "a state visit to Uzbekistan, at the Kuksaroy residence."
    )
    assert parties(facts) == [("Ilham Aliyev", "Shavkat Mirziyoyev")]
    assert only(facts).mode == "in_person"


def test_where_clause_of_a_journey_due_to_meet_is_the_travellers(facts_of):
    facts = facts_of(
        "Kenyan President William Ruto opened the fair on Tuesday. "
        "Foreign Minister Penny Wong is due to fly on to Jakarta and then to Manila, where "
        "she will meet Enrique Manalo on Friday."
    )
    assert ("Enrique Manalo", "Penny Wong") in parties(facts)
    assert ("Philippines", "Penny Wong") not in parties(facts)


def test_talks_held_during_a_visit_are_the_travellers(facts_of):
    facts = facts_of(
        "Kenyan President William Ruto opened the fair on Tuesday. Ghanaian Foreign "
        "Minister Shirley Ayorkor Botchwey's visit to Abuja, during which she held talks "
        "with Yusuf Tuggar, ended on Friday."
    )
    assert parties(facts) == [("Shirley Ayorkor Botchwey", "Yusuf Tuggar")]


def test_journey_for_meetings_with_one_named_and_others_unnamed(facts_of):
    facts = facts_of(
        "Kenyan President William Ruto opened the fair on Tuesday. Ghanaian Foreign "
        "Minister Shirley Ayorkor Botchwey postponed her trip to Abuja, where she had been "
        "due to meet Kashim Shettima and other ministers at the weekend."
    )
    assert parties(facts) == [("Kashim Shettima", "Shirley Ayorkor Botchwey")]
    assert only(facts).status == "cancelled"


def test_a_visit_by_one_of_no_known_state_is_no_meeting_of_others_of_none(facts_of):
    # Uhuru Kenyatta's state is not told, nor Huang Xia's: Huang Xia's visit is no part of
    # Kenyatta's meeting in the state visited
    facts = facts_of(
        "Uhuru Kenyatta will meet Congolese President Felix Tshisekedi on Thursday. Huang Xia "
        "will visit Kinshasa on Friday.",
        date="2023-05-10",
    )
    assert parties(facts) == [
        ("Democratic Republic of the Congo", "Huang Xia"),
        ("Felix Tshisekedi", "Uhuru Kenyatta"),
    ]
