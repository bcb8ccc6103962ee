"""Who takes part in a meeting (kg.extract.meetings.participants, phrases, visits, passes), on
invented sentences: titles whose name the parser broke, lists the parser broke, meetings
held one by one, and people who are not those named (kin, others left unnamed)."""

from tests.meeting_views import names, only, parties


def test_a_title_whose_name_opens_like_a_preposition_names_the_person(facts_of):
    # "minister Than Swe": the parser reads "Than" as a preposition under the title
    facts = facts_of("Myanmar foreign minister Than Swe is visiting Thailand this week.")
    assert parties(facts) == [("Thailand", "Than Swe")]
    facts = facts_of("Myanmar foreign minister Than Swe is considering a visit to Laos.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Laos", "Than Swe"]
    assert meeting.status == "proposed"


def test_a_traveller_the_sentence_gives_a_title_makes_a_visit(facts_of):
    facts = facts_of(
        "Angola, where Rwandan government spokesperson Yolande Makolo will travel after "
        "Kinshasa, is a close partner of Rwanda."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Angola", "Yolande Makolo"]
    assert (meeting.status, meeting.mode) == ("scheduled", "in_person")
    # a title of no office: no one's errand
    facts = facts_of("State TV presenter Yolande Makolo traveled to Angola on Monday.")
    assert facts.meetings == []


def test_people_met_in_turn_each_on_their_own_day(facts_of):
    facts = facts_of(
        "Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent on March 4 and Sadyr "
        "Japarov in Bishkek on March 6.",
        date="2024-03-12",
    )
    dated = sorted((names(facts, m.participants), m.date) for m in facts.meetings)
    assert dated == [
        (["Kassym-Jomart Tokayev", "Sadyr Japarov"], "2024-03-06"),
        (["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "2024-03-04"),
    ]
    # a verb of its own after the "and": someone else speaking, not met
    facts = facts_of(
        "Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent on March 4 and Sadyr "
        "Japarov said on March 6 that the talks had failed.",
        date="2024-03-12",
    )
    assert parties(facts) == [("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev")]


def test_meetings_of_someone_unknown_with_two_people_are_none_between_them(facts_of):
    # the first word of the first name is left untagged by the model
    facts = facts_of(
        "The letter was written after his meetings with Taye Atske Selassie and Retno Marsudi."
    )
    assert facts.meetings == []


def test_separate_calls_are_one_with_each(facts_of):
    facts = facts_of(
        "Luiz Inacio Lula da Silva held separate calls with Gabriel Boric and Gustavo Petro "
        "on Sunday.",
        date="2024-03-12",
    )
    assert parties(facts) == [
        ("Gabriel Boric", "Luiz Inacio Lula da Silva"),
        ("Gustavo Petro", "Luiz Inacio Lula da Silva"),
    ]
    assert {(m.mode, m.date) for m in facts.meetings} == {("phone", "2024-03-10")}
    # without "separate", talks with two are one meeting of three
    facts = facts_of(
        "Luiz Inacio Lula da Silva held talks with Gabriel Boric and Gustavo Petro in Brasilia "
        "on Sunday."
    )
    assert len(only(facts).participants) == 3


def test_a_titled_name_after_a_broken_list_takes_part(facts_of):
    facts = facts_of(
        "Kassym-Jomart Tokayev will hold talks in Astana with President Shavkat Mirziyoyev and "
        "Turkmen counterpart Serdar Berdimuhamedov on Thursday.",
        date="2024-03-12",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == [
        "Kassym-Jomart Tokayev",
        "Serdar Berdimuhamedov",
        "Shavkat Mirziyoyev",
    ]
    assert (meeting.status, meeting.mode, meeting.date) == ("scheduled", "in_person", "2024-03-14")


def test_with_hung_on_the_place_of_the_talks(facts_of):
    facts = facts_of(
        "Gabriel Boric will hold talks in the Chilean capital with Peruvian president Dina "
        "Boluarte and Bolivian counterpart Luis Arce on Friday.",
        date="2024-03-12",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Dina Boluarte", "Gabriel Boric", "Luis Arce"]
    assert (meeting.mode, meeting.date) == ("in_person", "2024-03-15")


def test_a_meeting_with_the_leaders_of_states_is_the_one_with_their_people(facts_of):
    facts = facts_of(
        "Gabriel Boric will meet the leaders of Peru and Bolivia this week, officials said. "
        "Gabriel Boric will hold talks in Santiago with Dina Boluarte and Bolivian counterpart "
        "Luis Arce on Friday.",
        date="2024-03-12",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Dina Boluarte", "Gabriel Boric", "Luis Arce"]
    assert meeting.date == "2024-03-15"


def test_talks_involving_states_are_theirs(facts_of):
    facts = facts_of(
        "The deal was the result of months of negotiations involving Chile, Peru and Bolivia."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Bolivia", "Chile", "Peru"]
    assert (meeting.status, meeting.mode, meeting.date) == ("held", "unknown", None)
    assert facts_of("A dispute involving Chile and Peru flared on Monday.").meetings == []


def test_kin_met_are_not_the_person_named(facts_of):
    assert facts_of("Gabriel Boric met the family of Gustavo Petro in Santiago.").meetings == []
    facts = facts_of("Gabriel Boric held a meeting with Gustavo Petro's parents on Monday.")
    assert facts.meetings == []


def test_a_meeting_with_people_left_unnamed_refers_to_no_meeting_before(facts_of):
    facts = facts_of(
        "Gabriel Boric spoke with Gustavo Petro on Sunday. Gustavo Petro is expected to speak "
        "with political appointees across the government on Monday.",
        date="2024-03-12",
    )
    meeting = only(facts)
    assert (meeting.status, meeting.date) == ("held", "2024-03-10")


def test_the_leader_of_a_state_is_its_head_of_government_not_its_minister(facts_of):
    facts = facts_of(
        "Chilean Foreign Minister Alberto van Klaveren and Chilean President Gabriel Boric met in "
        "Santiago on Monday. Lula said he would discuss the matter with the Chilean leader at "
        "their meeting in Brasilia next month."
    )
    assert ("Gabriel Boric", "Lula") in parties(facts)


def test_a_name_opening_like_a_preposition_in_a_list_of_those_met(facts_of):
    facts = facts_of(
        "Pham Minh Chinh held talks with To Lam and Hun Manet in Hanoi on Monday.",
        date="2024-03-12",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Hun Manet", "Pham Minh Chinh", "To Lam"]
    facts = facts_of("Joao Lourenco hosted Than Swe and Srettha Thavisin for talks in Luanda.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Joao Lourenco", "Srettha Thavisin", "Than Swe"]


def test_a_state_named_with_an_of_of_its_own_keeps_its_list_whole(facts_of):
    facts = facts_of(
        "Defence officials from Burundi, the Democratic Republic of the Congo and Zambia held "
        "talks in Lusaka on Monday."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == [
        "Burundi",
        "Democratic Republic of the Congo",
        "Zambia",
    ]
    facts = facts_of(
        "Talks between the Democratic Republic of the Congo and Burundi, brokered by Kenya, "
        "were held in Nairobi on Thursday."
    )
    meeting = only(facts)
    # (a state that brokers the talks of others takes part, as the probes' annotators read)
    assert names(facts, meeting.participants) == [
        "Burundi",
        "Democratic Republic of the Congo",
        "Kenya",
    ]


def test_a_first_person_meeting_in_a_quotation_is_its_speakers_with_one_it_names(facts_of):
    # '“I spoke by phone with X,” Y said': "I" is the one the attribution names
    facts = facts_of(
        "“I spoke by phone with President Bernardo Arevalo on Monday,” Honduran President "
        "Xiomara Castro said.",
        date="2024-03-13",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Bernardo Arevalo", "Xiomara Castro"]
    assert (meeting.mode, meeting.status, meeting.date) == ("phone", "held", "2024-03-11")
    facts = facts_of(
        "“When Prime Minister Sitiveni Rabuka called me, we discussed fisheries,” Solomon "
        "Islands Prime Minister Jeremiah Manele wrote on social media."
    )
    assert parties(facts) == [("Jeremiah Manele", "Sitiveni Rabuka")]
    assert only(facts).mode == "phone"
    # "her" names no one: no meeting of the speaker's with someone else the paragraph named
    facts = facts_of(
        "Senator Ana Brnabic and Senator Milos Vucevic endorsed the plan on Tuesday.\n\n"
        "“When I spoke with her Sunday, she said she wanted the post,” Brnabic said."
    )
    assert facts.meetings == []
    # a bare surname the article never gives in full: no one sure
    facts = facts_of("“When President Gustavo Petro called me, we talked trade,” Noboa wrote.")
    assert facts.meetings == []
    # "your visit": the one addressed travelled, not the speaker
    facts = facts_of(
        "“I made this clear before your visit to Hanoi,” Prime Minister Christopher Luxon "
        "wrote to Prime Minister Shehbaz Sharif."
    )
    assert facts.meetings == []


def test_the_meeting_a_first_meeting_is_since_is_an_earlier_one_of_the_same_people(facts_of):
    facts = facts_of(
        "Paraguayan President Santiago Pena met Uruguayan President Luis Lacalle Pou in "
        "Asuncion on Tuesday. It was their first meeting since a summit in Brasilia in March.",
        date="2024-06-13",
    )
    dated = sorted((names(facts, m.participants), m.status, str(m.date)) for m in facts.meetings)
    assert dated == [
        (["Luis Lacalle Pou", "Santiago Pena"], "held", "2024-06-11"),
        (["Luis Lacalle Pou", "Santiago Pena"], "held", "None"),
    ]
    # a year is no meeting: only the one reported
    facts = facts_of(
        "Paraguayan President Santiago Pena met Uruguayan President Luis Lacalle Pou in "
        "Asuncion on Tuesday, their first meeting since 2019.",
        date="2024-06-13",
    )
    assert len(facts.meetings) == 1


def test_huddled_or_conferred_with_someone_is_a_meeting(facts_of):
    facts = facts_of(
        "Ecuadorian Foreign Minister Gabriela Sommerfeld conferred with Colombian Foreign "
        "Minister Luis Gilberto Murillo on Monday.",
        date="2024-03-13",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Gabriela Sommerfeld", "Luis Gilberto Murillo"]
    assert (meeting.mode, meeting.status, meeting.date) == ("unknown", "held", "2024-03-11")
    facts = facts_of("Peruvian President Dina Boluarte huddled with Alberto Otarola on Saturday.")
    assert parties(facts) == [("Alberto Otarola", "Dina Boluarte")]


def test_titled_pair_at_a_news_conference_appears_jointly(facts_of):
    # the parser hangs the news conference on the phrase after the verb
    facts = facts_of(
        "Senate President Aquilino Pimentel and House Speaker Martin Romualdez endorsed Vice "
        "President Sara Duterte for the nomination during a news conference in Manila on "
        "Tuesday.",
        date="2024-03-13",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Aquilino Pimentel", "Martin Romualdez"]
    assert (meeting.mode, meeting.status, meeting.date) == ("in_person", "held", "2024-03-12")


def test_titled_subject_with_another_named_in_a_phrase_at_a_news_conference_is_alone(facts_of):
    # a guard: the ally named under "of" was not at the news conference
    facts = facts_of(
        "Prime Minister Anthony Albanese, a close ally of Christopher Luxon, announced the "
        "deal at a news conference in Canberra on Tuesday.",
        date="2024-03-13",
    )
    assert facts.meetings == []


def test_the_talks_someone_had_with_another_are_theirs(facts_of):
    facts = facts_of(
        "Paul Kagame described the talks that he held with Felix Tshisekedi in Luanda on "
        "Sunday as frank.",
        date="2024-03-13",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Felix Tshisekedi", "Paul Kagame"]
    assert (meeting.mode, meeting.status, meeting.date) == ("in_person", "held", "2024-03-10")


def test_the_conversation_had_is_held_and_not_dated_by_the_verb_above(facts_of):
    # "offered" is no proposal of the talk, "on Monday" the day details were given
    facts = facts_of(
        "Gustavo Petro offered details on Monday of the conversation he had with Nicolas "
        "Maduro. Petro described the call as cordial.",
        date="2024-03-13",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Gustavo Petro", "Nicolas Maduro"]
    assert (meeting.mode, meeting.status, meeting.date) == ("phone", "held", None)


def test_the_meeting_someone_else_had_is_not_the_speakers(facts_of):
    facts = facts_of(
        "Emmanuel Macron recalled the meetings Olaf Scholz had with Li Qiang last year."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Li Qiang", "Olaf Scholz"]


def test_a_conversation_never_had_or_only_maybe_had_is_no_meeting(facts_of):
    facts = facts_of("Cyril Ramaphosa denied the conversation he never had with Bola Tinubu.")
    assert facts.meetings == []
    facts = facts_of(
        "A spokesman said Thursday reports misrepresent any conversations Raila Odinga may "
        "have had with William Ruto."
    )
    assert all(m.status != "held" or m.date is None for m in facts.meetings)


def test_they_of_a_clause_told_of_a_pair_is_the_pair(facts_of):
    facts = facts_of(
        "Paul Kagame and Felix Tshisekedi said they would meet Joao Lourenco in Luanda next month."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == [
        "Felix Tshisekedi",
        "Joao Lourenco",
        "Paul Kagame",
    ]
    assert (meeting.mode, meeting.status) == ("in_person", "scheduled")
    facts = facts_of(
        "Luis Arce and Gabriel Boric had not yet signed the accord, at first stating that "
        "they looked forward to meeting in person with Javier Milei."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Gabriel Boric", "Javier Milei", "Luis Arce"]
    assert (meeting.mode, meeting.status) == ("in_person", "proposed")


def test_they_under_a_subject_of_its_own_is_not_the_pair_above(facts_of):
    # a guard: "the officials" stand between the pair and the pronoun
    facts = facts_of(
        "Paul Kagame and Felix Tshisekedi said the officials told them they had spoken to "
        "Joao Lourenco."
    )
    assert not any(
        {"Felix Tshisekedi", "Paul Kagame"} <= set(names(facts, m.participants))
        for m in facts.meetings
    )


def test_reached_out_to_someone_is_a_talk_in_no_stated_way(facts_of):
    facts = facts_of(
        "Hakainde Hichilema reached out to Lazarus Chakwera on Monday to offer help.",
        date="2024-03-13",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Hakainde Hichilema", "Lazarus Chakwera"]
    assert (meeting.mode, meeting.status, meeting.date) == ("unknown", "held", "2024-03-11")


def test_reaching_out_to_voters_or_for_comment_is_no_meeting(facts_of):
    # a guard: no one named, or an outlet asking for comment
    facts = facts_of(
        "Hakainde Hichilema reached out to voters in Lusaka on Monday. Reuters has reached "
        "out to Lazarus Chakwera for comment."
    )
    assert facts.meetings == []


def test_bare_title_joined_to_a_titled_name_is_that_persons(facts_of):
    facts = facts_of(
        "GOP presidential candidate and former Governor Nikki Haley met with Israeli Prime "
        "Minister Benjamin Netanyahu in Jerusalem on Monday.",
        date="2024-03-13",
    )
    assert parties(facts) == [("Benjamin Netanyahu", "Nikki Haley")]


def test_possessed_title_joined_to_a_titled_name_is_another_side(facts_of):
    # guard: "Y's minister and Nato chief X" are two
    facts = facts_of(
        "Ukraine's defence minister and Nato chief Mark Rutte met in Brussels on Thursday.",
        date="2024-03-13",
    )
    assert parties(facts) == [("Mark Rutte", "Ukraine")]


def test_two_titled_subjects_pressing_a_third_at_a_summit_all_take_part(facts_of):
    # the parser hangs the first name on the second's title as an apposition
    facts = facts_of(
        "Kenyan president William Ruto and AU chairman Moussa Faki pressed Ethiopian leader "
        "Abiy Ahmed during talks in Nairobi on Friday to end the fighting.",
        date="2024-05-07",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Abiy Ahmed", "Moussa Faki", "William Ruto"]
    assert (meeting.mode, meeting.status, meeting.date) == ("in_person", "held", "2024-05-03")


def test_a_pair_who_will_urge_a_third_at_a_meeting_are_all_its_parties(facts_of):
    # guard: a subject the parser coordinates whole was read before
    facts = facts_of(
        "Brazilian President Luiz Inacio Lula da Silva and Colombian President Gustavo Petro "
        "will urge Venezuelan leader Nicolas Maduro at a meeting in Bogota to hold fair elections."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == [
        "Gustavo Petro",
        "Luiz Inacio Lula da Silva",
        "Nicolas Maduro",
    ]
    assert meeting.status in ("scheduled", "proposed")


def test_a_name_headed_by_a_particle_is_that_person_not_a_name_before_it(facts_of):
    # "van der Berg": the parser heads the name with "Berg" on "der", the first name and
    # its title hung on it
    facts = facts_of(
        "Spanish premier Pedro Sanchez and EU Council president Hendrik van der Berg pressed "
        "Indian leader Narendra Modi at a summit in Madrid on Monday to press Moscow.",
        date="2024-05-07",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == [
        "Hendrik van der Berg",
        "Narendra Modi",
        "Pedro Sanchez",
    ]


def test_a_single_subject_pressing_someone_at_a_summit_is_a_pair(facts_of):
    # guard: one subject, no coordination, adds no one
    facts = facts_of(
        "Chilean president Gabriel Boric pressed Javier Milei at a summit in Santiago on Monday "
        "to ease tariffs.",
        date="2024-05-07",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Gabriel Boric", "Javier Milei"]


def test_those_a_summit_was_attended_by_take_part(facts_of):
    facts = facts_of(
        "The summit in Lima on Thursday was attended by Gustavo Petro, Luis Arce and Daniel Noboa.",
        date="2024-05-07",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Daniel Noboa", "Gustavo Petro", "Luis Arce"]
    assert (meeting.mode, meeting.status, meeting.date) == ("in_person", "held", "2024-05-02")


def test_one_who_joined_a_call_takes_part_in_the_one_call(facts_of):
    facts = facts_of(
        "Gustavo Petro told Luis Arce on a phone call joined by Daniel Noboa on Tuesday that "
        "the deal was close.",
        date="2024-05-07",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Daniel Noboa", "Gustavo Petro", "Luis Arce"]
    assert (meeting.mode, meeting.status) == ("phone", "held")


def test_a_meeting_held_and_attended_by_others_is_one_of_all(facts_of):
    facts = facts_of(
        "Lula da Silva held a meeting in Brasilia on Monday attended by Santiago Pena and "
        "Luis Lacalle Pou.",
        date="2024-05-07",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == [
        "Luis Lacalle Pou",
        "Lula da Silva",
        "Santiago Pena",
    ]


def test_a_rally_attended_by_crowds_is_no_meeting(facts_of):
    # guard: no one named attends
    facts = facts_of("The summit in Quito on Monday was attended by thousands of people.")
    assert facts.meetings == []


def test_a_wife_who_joined_a_call_is_the_one_of_the_article_with_the_callers_surname(facts_of):
    facts = facts_of(
        "Andrzej Duda and Agata Duda thanked the nurses. Andrzej Duda told Petr Pavel on a "
        "phone call joined by his wife on Tuesday that the deal was close.",
        date="2024-05-07",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Agata Duda", "Andrzej Duda", "Petr Pavel"]
    assert meeting.mode == "phone"


def test_a_wife_of_one_not_taking_part_is_not_added(facts_of):
    # guard: no one of the caller's surname in the article
    facts = facts_of(
        "Andrzej Duda and Agata Duda thanked the nurses. Petr Pavel told Andrzej Duda on a "
        "phone call joined by his wife on Tuesday that the deal was close.",
        date="2024-05-07",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Andrzej Duda", "Petr Pavel"]


def test_a_name_after_a_list_closed_by_and_is_no_side(facts_of):
    # "A and B, C said": the parser hangs the next clause's subject on the list
    facts = facts_of(
        "Asked about the meeting between Gabriel Boric and Luis Arce, Santiago Pena said "
        "the river port would stay open."
    )
    assert parties(facts) == [("Gabriel Boric", "Luis Arce")]


def test_a_state_that_begins_a_title_is_the_named_persons_not_a_side(facts_of):
    facts = facts_of(
        "Chilean foreign minister Alberto van Klaveren and Bolivia navy chief Juan Arnez "
        "pressed Santiago Pena at a summit in Lima on Tuesday to reopen the river port."
    )
    assert parties(facts) == [("Alberto van Klaveren", "Juan Arnez", "Santiago Pena")]


def test_a_person_gone_or_flown_to_a_state_visits_it(facts_of):
    facts = facts_of("Chilean President Gabriel Boric went to Bolivia on Monday.")
    assert parties(facts) == [("Bolivia", "Gabriel Boric")]
    assert only(facts).mode == "in_person"
    facts = facts_of("Chilean President Gabriel Boric flew to La Paz on Monday.")
    assert parties(facts) == [("Bolivia", "Gabriel Boric")]
    # not a person's journey: no visit
    assert facts_of("Thousands of migrants went to Bolivia last year.").meetings == []


def test_a_surname_on_second_mention_is_the_person_named_in_full(facts_of):
    # the article drops the family name's article; the model may tag the surname a place
    facts = facts_of(
        "Libyan commander Khalifa al-Haftar has criticised Tunisian President Kais Saied "
        "for months. Haftar met Saied in Rome on Tuesday."
    )
    assert parties(facts) == [("Kais Saied", "Khalifa al-Haftar")]
    # a family name written first ("Lai" of "Lai Ching-te")
    facts = facts_of(
        "Chinese Defence Minister Dong Jun has criticised Japanese Defence Minister Minoru "
        "Kihara for months. On Tuesday, Dong spoke with Kihara by phone."
    )
    assert parties(facts) == [("Dong Jun", "Minoru Kihara")]


def test_an_official_staying_in_another_states_capital_visits_that_state(facts_of):
    facts = facts_of(
        "Ghana's President John Mahama was in Ouagadougou on Tuesday.", date="2025-06-11"
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Burkina Faso", "John Mahama"]
    assert (meeting.mode, meeting.status, meeting.date) == ("in_person", "held", "2025-06-10")
    facts = facts_of("Senegal's foreign minister Yassine Fall will be in Bamako on Monday.")
    assert only(facts).status == "scheduled"
    # talks it is for name the host; one's own capital, a denial, or a reporter: no visit
    facts = facts_of(
        "Azerbaijani President Ilham Aliyev was in Yerevan for talks with Nikol Pashinyan."
    )
    assert parties(facts) == [("Ilham Aliyev", "Nikol Pashinyan")]
    assert facts_of("Serbian President Aleksandar Vucic is in Belgrade.").meetings == []
    assert facts_of("Turkish Foreign Minister Hakan Fidan was not in Cairo.").meetings == []
    assert facts_of("Reporter Evan Gershkovich was in Russia when he was detained.").meetings == []


def test_an_office_in_apposition_makes_a_stay_abroad_a_visit(facts_of):
    facts = facts_of("Badr Abdelatty, the Egyptian foreign minister, was in Khartoum on Sunday.")
    assert parties(facts) == [("Badr Abdelatty", "Sudan")]
    assert facts_of("Evan Gershkovich, an American reporter, was in Yekaterinburg.").meetings == []


def test_people_named_beside_a_meeting_with_an_unnamed_group_did_not_meet(facts_of):
    # "met with detectives": those met are left unnamed; the two people the sentence names
    # are no pair that met
    facts = facts_of(
        "The Guardian said Gordon Brown wrote to police after documents showed Will Lewis "
        "met with detectives in 2011."
    )
    assert facts.meetings == []


def test_a_possessor_of_a_title_is_not_at_the_meeting_of_the_one_titled(facts_of):
    facts = facts_of(
        "Kamala Harris thanked donors. Harris’ chief of staff Lorraine Voles and Governor "
        "Eleni Kounalakis led a call on Monday with Gavin Newsom."
    )
    assert parties(facts) == [("Eleni Kounalakis", "Gavin Newsom", "Lorraine Voles")]


def test_a_pronoun_that_meets_someone_is_not_that_someone(facts_of):
    # the nearest subject before "she" is the one she called: she is the person before
    facts = facts_of(
        "Kamala Harris spoke. Harris knew what Joe Biden had decided: She had multiple phone "
        "calls with Biden on Sunday.",
        date="2025-06-11",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Joe Biden", "Kamala Harris"]
    assert (meeting.mode, meeting.status, meeting.date) == ("phone", "held", "2025-06-08")


def test_people_met_in_turn_after_a_gerund_with_no_subject(facts_of):
    # "ended his visit after meeting A, B and C": the visitor met each of them
    facts = facts_of(
        "The UN envoy Maria Lindqvist wrapped up her visit to Chad after meeting Prime "
        "Minister Oumar Haliki, Foreign Minister Ali Mahamat and army chief General Idriss "
        "Koulamallah."
    )
    assert parties(facts) == [
        ("Ali Mahamat", "Maria Lindqvist"),
        ("Idriss Koulamallah", "Maria Lindqvist"),
        ("Maria Lindqvist", "Oumar Haliki"),
    ]


def test_people_spoken_with_in_turn(facts_of):
    facts = facts_of(
        "Portuguese President Carlos Moedas said he had spoken with Spanish Prime Minister "
        "Luis Carrera, Italian Prime Minister Marco Bellini and Greek Prime Minister Nikos "
        "Vlachos."
    )
    assert parties(facts) == [
        ("Carlos Moedas", "Luis Carrera"),
        ("Carlos Moedas", "Marco Bellini"),
        ("Carlos Moedas", "Nikos Vlachos"),
    ]


def test_a_visitor_named_by_surname_alone_meets_each_in_turn(facts_of):
    facts = facts_of(
        "Rashad al-Alimi spoke about the port of Aden on Sunday. Alimi would also meet "
        "Faisal bin Farhan and Ignazio Cassis in Bern before flying home."
    )
    assert parties(facts) == [
        ("Faisal bin Farhan", "Rashad al-Alimi"),
        ("Ignazio Cassis", "Rashad al-Alimi"),
    ]


def test_a_call_paid_on_someone_is_a_visit_not_a_demand(facts_of):
    facts = facts_of(
        "The Kenyan envoy Samuel Otieno met Foreign Minister Joseph Kato on Tuesday and "
        "later called on President Amina Bello."
    )
    assert parties(facts) == [("Amina Bello", "Samuel Otieno"), ("Joseph Kato", "Samuel Otieno")]
    assert {m.mode for m in facts.meetings} == {"in_person"}
    assert (
        facts_of(
            "Opposition leader Karim Haddad called on President Amina Bello to resign."
        ).meetings
        == []
    )
    assert (
        facts_of("The senator called on Prime Minister Luis Carrera for restraint.").meetings == []
    )


def test_the_one_met_after_a_second_verb_taken_for_its_subject(facts_of):
    # "and later met C": the parser may make C the second verb's subject
    facts = facts_of(
        "Ravi Menon met Li Qiang in Beijing on Wednesday morning and later met Zhao Ming."
    )
    assert parties(facts) == [("Li Qiang", "Ravi Menon"), ("Ravi Menon", "Zhao Ming")]


def test_a_hyphenated_short_name_after_a_title_is_the_person_named_in_full(facts_of):
    # "Mr al-Hakim": the parser may split the name into several subjects ("Mr", "al",
    # "Hakim"), the short name tagged but linked to no one
    facts = facts_of(
        "Iraqi envoy Fuad al-Hakim arrived in Amman on Sunday.\n\n"
        "Mr al-Hakim also met army chief Yousef Huneiti at the defence ministry on Monday.",
        date="2025-03-12",
    )
    assert ("Fuad al-Hakim", "Yousef Huneiti") in parties(facts)


def test_one_also_present_at_the_meeting_takes_part_in_it(facts_of):
    facts = facts_of(
        "Hakainde Hichilema met Lazarus Chakwera in Lilongwe on Monday. “We agreed on a "
        "lot,” Hichilema said after the meeting. “The border will stay open.”\n\n"
        "Malawi's foreign minister Nancy Tembo was also present at the meeting, the "
        "ministry said.",
        date="2025-03-12",
    )
    assert parties(facts) == [("Hakainde Hichilema", "Lazarus Chakwera", "Nancy Tembo")]


def test_one_who_also_attended_the_talks_takes_part_in_them(facts_of):
    facts = facts_of(
        "William Ruto held talks with Yoweri Museveni in Kampala on Monday. Kenya's "
        "foreign minister Musalia Mudavadi also attended the talks.",
        date="2025-03-12",
    )
    assert parties(facts) == [("Musalia Mudavadi", "William Ruto", "Yoweri Museveni")]


def test_attending_a_meeting_of_its_own_joins_no_earlier_one(facts_of):
    facts = facts_of(
        "Andry Rajoelina met Wavel Ramkalawan in Victoria on Monday. Nancy Tembo attended "
        "a meeting of farmers in Blantyre.",
        date="2025-03-12",
    )
    assert parties(facts) == [("Andry Rajoelina", "Wavel Ramkalawan")]


def test_a_name_set_out_after_a_title_with_a_for_phrase_is_the_person(facts_of):
    # the parser hangs the name on the object of "for", not on the title
    facts = facts_of(
        "The EU Special Representative for the South Caucasus Dialogue, Toivo Klaar, is "
        "due to host Armenia's chief negotiator Mher Grigoryan in Brussels on June 19.",
        date="2025-06-14",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Mher Grigoryan", "Toivo Klaar"]


def test_two_titled_names_joined_after_a_title_are_both_met(facts_of):
    facts = facts_of(
        "Ramtane Lamamra hosted Sudan's army chief Abdel Fattah al-Burhan and Chad's "
        "prime minister Allamaye Halina in Algiers on Monday.",
        date="2025-06-14",
    )
    assert ("Abdel Fattah al-Burhan", "Allamaye Halina", "Ramtane Lamamra") in parties(facts)


def test_a_second_titled_name_set_beside_the_first_title_is_met_too(facts_of):
    # "hosted A's president B and C's president D": the parser may set the second title
    # in apposition to the first, with its own name in apposition to it
    facts = facts_of(
        "Retno Marsudi hosted Burkina Faso's president Ibrahim Traore and Niger's president "
        "Abdourahamane Tiani in Jakarta on Monday.",
        date="2025-06-14",
    )
    assert parties(facts) == [("Abdourahamane Tiani", "Ibrahim Traore", "Retno Marsudi")]


def test_one_added_with_as_well_as_after_the_verb_is_met_too(facts_of):
    # the parser leaves "as well as" a "cc" on the verb, the one added a bare phrase
    facts = facts_of(
        "Kaja Kallas met Armen Grigoryan in Yerevan on Monday, as well as Armenian prime "
        "minister Nikol Pashinyan.",
        date="2025-06-14",
    )
    people = {p for pair in parties(facts) for p in pair}
    assert {"Armen Grigoryan", "Kaja Kallas", "Nikol Pashinyan"} <= people
    assert all("Kaja Kallas" in pair for pair in parties(facts))


def test_one_added_with_as_well_as_with_after_a_list_is_met_too(facts_of):
    facts = facts_of(
        "Tom Fletcher met on Monday with Abdel Fattah al-Burhan and Malik Agar in Port Sudan, "
        "as well as with Sudanese foreign minister Ali Youssef.",
        date="2025-06-14",
    )
    people = {p for pair in parties(facts) for p in pair}
    assert "Ali Youssef" in people


def test_spoke_separately_by_phone_with_two_is_a_call_with_each(facts_of):
    facts = facts_of(
        "Kenyan President William Ruto spoke separately by phone with Ethiopian Prime "
        "Minister Abiy Ahmed and Eritrean President Isaias Afwerki on Sunday."
    )
    assert parties(facts) == [("Abiy Ahmed", "William Ruto"), ("Isaias Afwerki", "William Ruto")]
    # together: one call of the three
    facts = facts_of(
        "Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy "
        "Ahmed and Eritrean President Isaias Afwerki together on Sunday."
    )
    assert parties(facts) == [("Abiy Ahmed", "Isaias Afwerki", "William Ruto")]


def test_a_short_name_the_parser_folded_into_the_next_titled_name_is_met_too(facts_of):
    # "with A and President B": the parser makes "A and President" a modifier of B
    facts = facts_of(
        "Ethiopian Prime Minister Abiy Ahmed said on Sunday that his country sought access "
        "to the sea. Kenyan President William Ruto held separate phone calls with Abiy and "
        "President Isaias Afwerki over the weekend."
    )
    assert parties(facts) == [("Abiy Ahmed", "William Ruto"), ("Isaias Afwerki", "William Ruto")]


def test_those_talks_brought_together_take_part_with_the_host(facts_of):
    facts = facts_of(
        "The talks, hosted by Kenyan Foreign Minister Musalia Mudavadi, brought together "
        "Sudanese envoy Ali Yousif and his Chadian counterpart Abderaman Koulamallah.",
        date="2024-05-07",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == [
        "Abderaman Koulamallah",
        "Ali Yousif",
        "Musalia Mudavadi",
    ]
    assert (meeting.mode, meeting.status) == ("in_person", "held")


def test_states_a_meeting_brought_together_take_part(facts_of):
    facts = facts_of("The meeting in Dakar on Monday brought together Senegal, Gambia and Mali.")
    assert parties(facts) == [("Gambia", "Mali", "Senegal")]
    # the object list before "together"
    facts = facts_of("The talks in Geneva brought Peru, Chile and Bolivia together at last.")
    assert parties(facts) == [("Bolivia", "Chile", "Peru")]


def test_a_body_that_brings_together_members_is_no_meeting(facts_of):
    # guard: not a meeting word that brings them together
    facts = facts_of("The task force brings together troops from Niger, Chad and Benin.")
    assert facts.meetings == []
    facts = facts_of("The platform brings together Peru, Chile and Bolivia.")
    assert facts.meetings == []


def test_a_ceremony_attended_by_two_named_people_is_their_joint_appearance(facts_of):
    facts = facts_of(
        "The ceremony in Riga's Dome Square, attended by French Defence Minister Sebastien "
        "Lecornu and Latvian President Edgars Rinkevics, marked the start of the mission.",
        date="2024-05-07",
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Edgars Rinkevics", "Sebastien Lecornu"]
    assert (meeting.mode, meeting.status) == ("in_person", "held")


def test_a_ceremony_attended_by_one_named_guest_is_no_meeting(facts_of):
    # guard: one person named, the rest unnamed
    facts = facts_of(
        "The base was handed over in a ceremony attended by Defence Minister Paul Okello "
        "and senior officers."
    )
    assert facts.meetings == []
    facts = facts_of("Putin was sworn in at a ceremony attended by the political elite.")
    assert facts.meetings == []


def test_a_companion_of_another_state_meets_the_one_accompanied(facts_of):
    # "accompanied by" a minister of another state: a visit made together is their meeting
    facts = facts_of(
        "Senegalese President Amadou Ba Sy, accompanied by Gambia's foreign minister "
        "Mamadou Tangara, visited the border post at Karang."
    )
    assert parties(facts) == [("Amadou Ba Sy", "Mamadou Tangara")]
    # one of no other state comes with the side: the one met is the other side
    # (the parser may take the name met after the clause for an adverb)
    facts = facts_of(
        "President Isaias Afwerki, accompanied by Foreign Minister Osman Saleh, met Prime "
        "Minister Abiy Ahmed."
    )
    assert parties(facts) == [("Abiy Ahmed", "Isaias Afwerki")]


def test_a_bare_group_listed_beside_someone_named_leaves_those_named_to_meet(facts_of):
    facts = facts_of(
        "Governor Gavin Newsom met with fire chiefs and Mayor Rosa Delgado on Tuesday."
    )
    assert parties(facts) == [("Gavin Newsom", "Rosa Delgado")]
    # a named body's group is that body
    facts = facts_of("Governor Gavin Newsom met with FBI officials and Mayor Rosa Delgado.")
    assert parties(facts) == [("FBI", "Gavin Newsom", "Rosa Delgado")]
    # guard: "other" ones are more of those named, a meeting not told in full
    facts = facts_of("Governor Gavin Newsom met with Mayor Rosa Delgado and other officials.")
    assert facts.meetings == []


def test_a_with_said_again_for_each_side_is_a_meeting_with_each(facts_of):
    for text in (
        "Kazakh Prime Minister Alisher Karimov held talks over the phone with Nigerian "
        "President Ade Adeyemi and with Portuguese Prime Minister Rui Moreira on Monday.",
        "Kazakh Prime Minister Alisher Karimov talked by phone late on Sunday with Nigerian "
        "President Ade Adeyemi and with Portuguese Prime Minister Rui Moreira.",
    ):
        facts = facts_of(text)
        assert parties(facts) == [
            ("Ade Adeyemi", "Alisher Karimov"),
            ("Alisher Karimov", "Rui Moreira"),
        ]
        assert {(m.mode, m.status) for m in facts.meetings} == {("phone", "held")}


def test_one_call_with_a_with_said_again_is_one_call_unless_told_as_later(facts_of):
    # a singular call with A and with B: one call of all three
    facts = facts_of(
        "Special envoy Ivo Tavares held a phone call late on Sunday with Ghana's foreign "
        "minister, Kojo Mbeki, and with Portugal's intelligence chief, Rui Moreira, a "
        "diplomat said."
    )
    assert parties(facts) == [("Ivo Tavares", "Kojo Mbeki", "Rui Moreira")]
    # "and later with": another call at another time
    facts = facts_of(
        "His spokesman said Alisher Karimov had spoken by phone with Eva Holmqvist at noon, "
        "and later with the presidents of Ghana, Portugal and Nigeria."
    )
    assert parties(facts) == [
        ("Alisher Karimov", "Eva Holmqvist"),
        ("Alisher Karimov", "Ghana"),
        ("Alisher Karimov", "Nigeria"),
        ("Alisher Karimov", "Portugal"),
    ]


def test_calls_received_from_several_callers_are_a_call_with_each(facts_of):
    facts = facts_of(
        "Ghanaian President Kojo Mbeki has received telephone calls from Swedish Prime Minister "
        "Eva Holmqvist and Brazilian President Joao Tavares, the presidency said."
    )
    assert parties(facts) == [("Eva Holmqvist", "Kojo Mbeki"), ("Joao Tavares", "Kojo Mbeki")]
    assert {(m.mode, m.status) for m in facts.meetings} == {("phone", "held")}
    # a group of callers named in part: those it names
    facts = facts_of(
        "Ghanaian President Kojo Mbeki said on Friday that he had got calls from many foreign "
        "leaders, including Swedish Prime Minister Eva Holmqvist and Brazilian "
        "President Joao Tavares, who offered help."
    )
    assert parties(facts) == [("Eva Holmqvist", "Kojo Mbeki"), ("Joao Tavares", "Kojo Mbeki")]
    # the one phoned unknown: no call of the callers with each other
    facts = facts_of(
        "He said he had got calls from many foreign leaders, including "
        "Swedish Prime Minister Eva Holmqvist and Brazilian President Joao Tavares."
    )
    assert facts.meetings == []
    # calls made as demands are no phone calls
    facts = facts_of(
        "Ghanaian President Kojo Mbeki received calls from the opposition for early elections."
    )
    assert facts.meetings == []


def test_a_call_in_a_relative_clause_under_a_rejection_is_held(facts_of):
    facts = facts_of(
        "Bolivian officials blamed the army, a charge rejected by Uzbek President Alisher "
        "Karimov, who telephoned Nigerian President Ade Adeyemi to express regret."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Ade Adeyemi", "Alisher Karimov"]
    assert (meeting.mode, meeting.status) == ("phone", "held")
    # a refusal inside the clause is the meeting's
    facts = facts_of(
        "Uzbek President Alisher Karimov, who refused to meet Nigerian President Ade "
        "Adeyemi, left Tashkent."
    )
    assert facts.meetings == []


def test_a_parents_name_after_bin_is_not_the_one_word_name_of_another(facts_of):
    # "Nasser bin Faris Al Dosari" is Faris's son: "King Faris" is another person
    facts = facts_of(
        "Crown Prince Nasser bin Faris Al Dosari met Kuwaiti officials on Sunday. King Faris "
        "met Portuguese Prime Minister Rui Moreira in Doha on Monday."
    )
    assert ("Faris", "Rui Moreira") in parties(facts)
    assert ("Nasser bin Faris Al Dosari", "Rui Moreira") not in parties(facts)


def test_a_with_said_again_after_by_phone_is_a_call_with_each(facts_of):
    # "by telephone" is how the talks were held, no count of calls (the parser may hang
    # the "with" phrases on the manner noun)
    facts = facts_of(
        "Ellison had spoken by telephone with Nepal's Arjun Thapa and with Pakistan Foreign "
        "Minister Abdul Hameed on Thursday."
    )
    assert parties(facts) == [("Abdul Hameed", "Ellison"), ("Arjun Thapa", "Ellison")]
    # the one who called unknown: those called did not meet each other
    facts = facts_of(
        "He added he had spoken by telephone with Australian Defence Minister Claire Doyle "
        "and with US Ambassador Mark Ellison, who had offered assistance."
    )
    assert facts.meetings == []


def test_a_call_someone_needed_to_take_is_no_call_received(facts_of):
    facts = facts_of("Rector Ivan Petrov hinted that he needed to take a call from Kassym Tokayev.")
    assert facts.meetings == []
