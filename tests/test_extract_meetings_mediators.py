"""A host or mediator told after the meeting (kg.extract.meetings.mediators), on invented
sentences: a later clause hosting, brokering or mediating the meeting just told adds its
third party; a state hosting or mediating talks of states alone is no side of them."""

from tests.meeting_views import names, only


def test_talks_hosted_by_a_state_in_the_next_sentence_add_the_host(facts_of):
    facts = facts_of(
        "Foreign Minister Lena Holm and her Latvian counterpart, Juris Ozols, will meet in "
        "the Qatari capital on April 9. The talks are being hosted by Qatar, which has "
        "offered itself as a venue.",
        date="2025-04-02",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Juris Ozols", "Lena Holm", "Qatar"]
    assert (meeting.status, meeting.date) == ("scheduled", "2025-04-09")


def test_an_envoy_who_mediated_joins_the_meeting_just_told(facts_of):
    facts = facts_of(
        "Rebel commander Jean Mbala met government negotiator Paul Okello in Nairobi on "
        "Friday. Kenya's special envoy, Peter Otieno, mediated.",
        date="2025-04-02",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Jean Mbala", "Paul Okello", "Peter Otieno"]


def test_the_host_of_that_meeting_in_a_relative_clause_takes_part(facts_of):
    facts = facts_of(
        "Kim Soo-hyun and Arvid Lind pledged at a 2021 meeting in Malta not to use force. "
        "Maltese Prime Minister Carmel Vella, who hosted that meeting, said he had written "
        "to both."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Arvid Lind", "Carmel Vella", "Kim Soo-hyun"]


def test_a_host_of_talks_between_states_alone_is_no_side(facts_of):
    facts = facts_of(
        "Chile and Peru held talks in Quito on Monday. The talks were hosted by Ecuador."
    )
    assert names(facts, only(facts).participants) == ["Chile", "Peru"]


def test_a_chair_of_several_meetings_joins_no_one_of_them(facts_of):
    facts = facts_of(
        "Foreign Secretary Ana Reyes met Mr Tanaka on the sidelines in Vientiane. Laos' "
        "Foreign Minister Bounmy Phasouk, who chaired the meetings, said the bloc was united."
    )
    assert all("Bounmy Phasouk" not in names(facts, m.participants) for m in facts.meetings)


def test_a_round_its_own_words_tell_points_back_to_no_meeting(facts_of):
    facts = facts_of(
        "Ivan Petrov met Olena Koval in Minsk on Monday. The second round of talks, "
        "facilitated by Viktor Sokol, was held in Gomel on March 3.",
        date="2025-04-02",
    )
    monday = [m for m in facts.meetings if m.date == "2025-03-31"]
    assert [names(facts, m.participants) for m in monday] == [["Ivan Petrov", "Olena Koval"]]
