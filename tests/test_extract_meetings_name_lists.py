"""Lists of people's names the parser broke (kg.extract.meetings.name_lists): names with
particles ("al-", "bin") or a given name read as a word ("Than") lose their coordination;
the names one phrase lists, each after a comma or "and" and the title of its own phrase,
are its sides. Invented sentences only."""

from tests.meeting_views import parties


def test_names_with_particles_listed_as_signers_met(facts_of):
    facts = facts_of(
        "Omar al-Faruq and Hamad bin Jassim signed a water accord in Geneva on Monday."
    )
    assert parties(facts) == [("Hamad bin Jassim", "Omar al-Faruq")]


def test_a_given_name_read_as_a_preposition_in_the_by_phrase(facts_of):
    facts = facts_of(
        "The treaty, signed in Dakar on Friday by Than Swe and Ousmane Sonko, sets out the border."
    )
    assert parties(facts) == [("Ousmane Sonko", "Than Swe")]


def test_an_occasion_attended_by_two_titled_names(facts_of):
    facts = facts_of(
        "The parade in Tunis on Sunday, attended by Libyan premier Abdul Hamid al-Dbeibah and "
        "Algerian army chief Said Chengriha, opened the fair."
    )
    assert parties(facts) == [("Abdul Hamid al-Dbeibah", "Said Chengriha")]


def test_an_apposition_or_a_possessor_lists_no_one(facts_of):
    # "A, B's envoy": B is whose envoy A is, not a side of A's journey
    facts = facts_of(
        "Yuri Borisov, Lukashenko's special adviser, is expected to travel to Ankara next week."
    )
    assert all("Alexander Lukashenko" not in p for p in parties(facts))
    # a list closes with "and": two names after a comma are a name and its apposition
    assert not facts_of(
        "Omar al-Faruq, Hamad bin Jassim, said on Monday the deal was near."
    ).meetings


def test_a_second_title_folded_into_the_second_name_is_met_too(facts_of):
    facts = facts_of(
        "Hakan Fidan is also due to meet Kenya's trade minister Rebecca Miano and defence "
        "minister Aden Duale."
    )
    assert sorted(parties(facts)) == [
        ("Aden Duale", "Hakan Fidan"),
        ("Hakan Fidan", "Rebecca Miano"),
    ]


def test_names_under_a_title_head_are_listed_but_not_those_of_its_clause(facts_of):
    facts = facts_of(
        "The funeral in Lima on Tuesday, attended by Myanmar foreign minister Than Swe and "
        "Thai prime minister Srettha Thavisin, drew crowds."
    )
    assert parties(facts) == [("Srettha Thavisin", "Than Swe")]
    # the names of a relative clause on the title are of another clause
    assert not facts_of(
        "William Ruto met the minister, who praised Than Swe and Srettha Thavisin."
    ).meetings


def test_phone_talks_with_titled_names_past_a_relative_clause_are_one_call_each(facts_of):
    # the parser hangs the names after the relative clause in it, and leaves some untagged
    facts = facts_of(
        "The Mongolian president, Ukhnaagiin Khurelsukh, also held phone talks with President "
        "of Moldova Maia Sandu, Prime Minister of Georgia Irakli Kobakhidze, who chairs the "
        "regional council, President of Kyrgyzstan Sadyr Japarov and President of Tajikistan "
        "Emomali Rahmon."
    )
    assert parties(facts) == [
        ("Emomali Rahmon", "Ukhnaagiin Khurelsukh"),
        ("Irakli Kobakhidze", "Ukhnaagiin Khurelsukh"),
        ("Maia Sandu", "Ukhnaagiin Khurelsukh"),
        ("Sadyr Japarov", "Ukhnaagiin Khurelsukh"),
    ]


def test_three_states_listed_as_a_subject_the_parser_broke_hold_one_call(facts_of):
    # "Chile, the U.S. and Peru": parsed as Chile with the apposition "the U.S. and Peru"
    facts = facts_of(
        "Meanwhile, Chile, the U.S. and Peru held a trilateral phone call among their top trade "
        "envoys Friday to discuss the treaty, the foreign ministry said."
    )
    assert parties(facts) == [("Chile", "Peru", "United States")]
