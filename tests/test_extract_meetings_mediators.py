"""A host or mediator told after the meeting (kg.extract.meetings.mediators), on invented
sentences: a later clause hosting, brokering or mediating the meeting just told adds its
third party, and so do the meeting's own words ("C-mediated talks", "with C's mediation",
"under the auspices of C"); a state hosting or mediating talks of states takes part too (the
blind probes' annotators' reading of GUIDELINES)."""

from tests.meeting_views import names, only, parties


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


def test_a_host_of_talks_between_states_takes_part(facts_of):
    facts = facts_of(
        "Chile and Peru held talks in Quito on Monday. The talks were hosted by Ecuador."
    )
    assert names(facts, only(facts).participants) == ["Chile", "Ecuador", "Peru"]


def test_a_state_hosting_talks_between_two_others_takes_part(facts_of):
    facts = facts_of("Ghana hosted talks between Togo and Benin in Accra on Monday.")
    assert names(facts, only(facts).participants) == ["Benin", "Ghana", "Togo"]


def test_a_hyphenated_mediator_before_the_talks_takes_part(facts_of):
    facts = facts_of(
        "Colombia and the ELN held a new round of Cuban-mediated talks in Havana on Monday."
    )
    assert "Cuba" in names(facts, only(facts).participants)


def test_mediation_named_by_a_preposition_takes_part(facts_of):
    facts = facts_of("Bolivia and Chile met in Lima on Monday, with Peruvian mediation.")
    assert names(facts, only(facts).participants) == ["Bolivia", "Chile", "Peru"]
    facts = facts_of(
        "Ghana and Togo held talks under the auspices of the African Union in Accra on Monday."
    )
    assert names(facts, only(facts).participants) == ["African Union", "Ghana", "Togo"]


def test_the_host_in_a_clause_on_the_meeting_told_joins_it(facts_of):
    facts = facts_of(
        "Serbian and Kosovar officials met in Brussels on Monday. The meeting, held at a "
        "government villa and hosted by the European Union, focused on energy."
    )
    assert "European Union" in names(facts, only(facts).participants)


def test_the_two_sides_agreeing_in_mediated_talks(facts_of):
    facts = facts_of(
        "Relations between Eritrea and Djibouti deteriorated sharply in 2024. The two sides "
        "agreed to end the dispute in talks mediated by Kenya in Nairobi in December."
    )
    assert names(facts, only(facts).participants) == ["Djibouti", "Eritrea", "Kenya"]


def test_a_minister_shuttling_between_state_delegations_stands_for_their_state(facts_of):
    facts = facts_of(
        "Venezuelan and Guyanese negotiators wrapped up a new round of indirect talks in the "
        "Brazilian capital on Thursday, with Brazil's Foreign Minister Mauro Vieira "
        "shuttling between the two delegations."
    )
    assert names(facts, only(facts).participants) == ["Brazil", "Guyana", "Venezuela"]


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


def test_one_set_to_host_the_talks_just_told_takes_part(facts_of):
    facts = facts_of(
        "Foreign Minister Lena Holm and her Latvian counterpart, Juris Ozols, will meet in "
        "Oslo on May 4. Norwegian Prime Minister Jonas Gahr Store is set to host the talks, "
        "which are expected to last two days.",
        date="2025-04-02",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Jonas Gahr Store", "Juris Ozols", "Lena Holm"]
    assert (meeting.status, meeting.date) == ("scheduled", "2025-05-04")


def test_an_earlier_meeting_keeps_its_own_mediator_not_the_later_host(facts_of):
    facts = facts_of(
        "Foreign Minister Lena Holm and her Latvian counterpart, Juris Ozols, are expected to "
        "meet in Oslo next month. Norwegian Prime Minister Jonas Gahr Store is set to host the "
        "talks, which will be the first meeting of the ministers since talks in Vienna in "
        "March that were mediated by Austrian Chancellor Karl Nehammer.",
        date="2025-04-02",
    )
    by_status = {m.status: names(facts, m.participants) for m in facts.meetings}
    assert by_status == {
        "scheduled": ["Jonas Gahr Store", "Juris Ozols", "Lena Holm"],
        "held": ["Juris Ozols", "Karl Nehammer", "Lena Holm"],
    }


def test_states_that_have_hosted_talks_are_no_meeting_of_their_own(facts_of):
    assert not facts_of(
        "Norway has also mediated between the two sides, while Kenya and Egypt have hosted "
        "talks on other issues, including Nile shipping."
    ).meetings
    facts = facts_of("Kenya and Egypt hosted talks between Sudan and Chad on Monday.")
    assert [names(facts, m.participants) for m in facts.meetings] == [
        ["Chad", "Egypt", "Kenya", "Sudan"]
    ]
    # guard: the two hosting a guest named did meet the guest
    facts = facts_of("Kenya and Egypt hosted Abdel Fattah al-Burhan on Monday.")
    assert [names(facts, m.participants) for m in facts.meetings] == [
        ["Abdel Fattah al-Burhan", "Egypt", "Kenya"]
    ]


def test_those_the_meeting_just_told_was_also_attended_by_join_it(facts_of):
    facts = facts_of(
        "Javier Milei met Gabriel Boric in Santiago on Wednesday. The meeting, at La Moneda, "
        "lasted an hour and was also attended by Interior Minister Carolina Toha and "
        "officials of the National Intelligence Agency.",
        date="2024-05-10",
    )
    assert parties(facts) == [
        ("Carolina Toha", "Gabriel Boric", "Javier Milei", "National Intelligence Agency")
    ]


def test_one_acting_for_a_side_who_attended_the_meeting_is_that_side(facts_of):
    facts = facts_of(
        "Chile and Argentina held talks on border security in Santiago on Wednesday. The "
        "meeting, held at the defence ministry, was attended by Chilean President Gabriel Boric, "
        "according to a statement from his office.",
        date="2024-05-10",
    )
    assert parties(facts) == [("Argentina", "Chile")]
