"""Mode, status and date of meetings on invented sentences: the words of another event in a
meeting's sentence (a relative clause, a clause after "days after", a phrase after "ahead
of") tell nothing of the meeting; tense and modals tell its status."""

import pytest

from tests.meeting_views import names, only


def attributes(facts):
    return [(m.mode, m.status, m.date) for m in facts.meetings]


def test_a_summit_after_ahead_of_lends_no_mode(facts_of):
    facts = facts_of(
        "Gabriel Boric spoke with Gustavo Petro on Monday ahead of a summit in Brasilia.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("unknown", "held", "2025-06-09")]


def test_a_clause_on_another_event_lends_no_mode(facts_of):
    facts = facts_of(
        "Gabriel Boric spoke with Gustavo Petro on Tuesday, days after he visited Lima.",
        date="2025-06-11",
    )
    assert attributes(facts)[0] == ("unknown", "held", "2025-06-10")


def test_the_topic_of_talks_lends_no_mode(facts_of):
    facts = facts_of(
        "Gabriel Boric talked with Gustavo Petro on Tuesday about the visit of Chilean troops.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("unknown", "held", "2025-06-10")]


def test_a_call_for_something_is_no_phone_call(facts_of):
    facts = facts_of(
        "Gabriel Boric held talks with Gustavo Petro on Sunday, after his call for a ceasefire.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("unknown", "held", "2025-06-08")]


def test_a_call_joined_by_and_is_not_the_meeting_before_it(facts_of):
    facts = facts_of(
        "Gabriel Boric met Gustavo Petro on Monday and later phoned Javier Milei.",
        date="2025-06-11",
    )
    assert attributes(facts)[0] == ("in_person", "held", "2025-06-09")


def test_a_handshake_in_a_participle_tells_the_mode(facts_of):
    # guard: a participle with no subject of its own tells how the meeting went
    facts = facts_of(
        "Gabriel Boric spoke to Gustavo Petro on Monday, shaking his hand.", date="2025-06-11"
    )
    assert attributes(facts) == [("in_person", "held", "2025-06-09")]


def test_the_future_of_another_clause_leaves_a_meeting_held(facts_of):
    facts = facts_of(
        "Gabriel Boric met Gustavo Petro on Monday, saying they will sign a deal soon.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("in_person", "held", "2025-06-09")]


def test_a_meeting_before_another_journey_is_held(facts_of):
    facts = facts_of(
        "Gabriel Boric met Gustavo Petro on Monday, a day before he is due to travel to Lima.",
        date="2025-06-11",
    )
    assert attributes(facts)[0] == ("in_person", "held", "2025-06-09")


def test_would_in_reported_speech_is_a_meeting_to_come(facts_of):
    facts = facts_of("Gabriel Boric said he would meet Gustavo Petro on Friday.", date="2025-06-11")
    assert attributes(facts) == [("in_person", "scheduled", "2025-06-13")]


def test_would_on_the_journey_to_a_meeting_is_a_meeting_to_come(facts_of):
    facts = facts_of(
        "Gabriel Boric said he would travel to Bogota to meet Gustavo Petro.",
        date="2025-06-11",
    )
    assert [(m.status) for m in facts.meetings] == ["scheduled"]


def test_the_present_progressive_with_a_day_is_a_meeting_to_come(facts_of):
    facts = facts_of("Gabriel Boric is meeting Gustavo Petro on Friday.", date="2025-06-11")
    assert attributes(facts) == [("in_person", "scheduled", "2025-06-13")]


def test_the_present_progressive_without_a_day_is_under_way(facts_of):
    # guard: "are holding talks in Bogota" is under way
    facts = facts_of("Gabriel Boric and Gustavo Petro are holding talks in Bogota.")
    assert [m.status for m in facts.meetings] == ["held"]


def test_a_meeting_wished_for_is_proposed(facts_of):
    for verb in ("wants", "has asked", "is seeking", "tried"):
        facts = facts_of(f"Gabriel Boric {verb} to meet Gustavo Petro.")
        assert [m.status for m in facts.meetings] == ["proposed"], verb


def test_a_wish_about_something_else_leaves_the_meeting_held(facts_of):
    # guard: "asked X to join the call" wishes the joining, not the call
    facts = facts_of(
        "In a tense call, Gabriel Boric asked Gustavo Petro to join the talks on Monday.",
        date="2025-06-11",
    )
    assert "proposed" not in [m.status for m in facts.meetings]


def test_a_planned_meeting_in_a_named_place_is_in_person(facts_of):
    facts = facts_of("Gabriel Boric plans to meet Gustavo Petro in Bogota.")
    assert attributes(facts) == [("in_person", "proposed", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the place table knows towns the model tags as nothing or as an organisation
        *(
            f"Luis Arce held talks with Santiago Pena in {town} on Tuesday."
            for town in ("Chiclayo", "Nakhon Sawan", "Cobija")
        ),
        # the parser hangs "in Lima" on the name in apposition to the role of the one met
        "Deputy minister Ana Ramos will hold talks with Peru's trade envoy Elmer Schialer in"
        " Lima on Monday, officials said.",
        # a region (the model's LOC) is a place too
        "Luis Arce said he intended to meet Santiago Pena in Europe next Thursday.",
    ],
)
def test_a_meeting_held_in_a_place_the_model_names_or_misses_is_in_person(facts_of, sentence):
    facts = facts_of(sentence, date="2025-06-11")
    assert [m.mode for m in facts.meetings] == ["in_person"]


def test_talks_a_verb_holds_with_the_place_on_the_one_met_are_in_person(facts_of):
    # the parser hangs "in Lima" on the one met, under the talks the verb holds
    facts = facts_of(
        "Foreign Secretary Ana Ramos is slated to hold talks with Peruvian Foreign"
        " Minister Elmer Schialer in Lima next week, officials said."
    )
    assert [(m.mode, m.status) for m in facts.meetings] == [("in_person", "scheduled")]


def test_a_simple_past_referring_back_to_a_proposed_visit_is_held(facts_of):
    facts = facts_of(
        "The palace announced that Chilean President Gabriel Boric had invited Colombian"
        " leader Gustavo Petro to visit Chile within weeks, and the two presidents talked"
        " by phone on Monday, a spokesman confirmed.",
        date="2025-06-11",
    )
    assert ("phone", "held", "2025-06-09") in attributes(facts)


def test_talks_by_video_conferencing(facts_of):
    facts = facts_of(
        "Gabriel Boric and Gustavo Petro held talks via video conferencing on Monday.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("video", "held", "2025-06-09")]


def test_a_day_counted_from_the_date_before(facts_of):
    facts = facts_of(
        "Gabriel Boric met Javier Milei in Santiago on April 2. Three days later, he met "
        "Gustavo Petro in Bogota.",
        date="2025-06-11",
    )
    assert [m.date for m in facts.meetings] == ["2025-04-02", "2025-04-05"]


def test_the_next_day_after_a_weekday(facts_of):
    facts = facts_of(
        "Gabriel Boric arrived in Bogota on Monday. The next day, he met Gustavo Petro.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("in_person", "held", "2025-06-10")]


def test_a_week_earlier_with_no_date_before_is_no_date(facts_of):
    # guard: nothing to count from
    facts = facts_of("A week earlier, Gabriel Boric met Gustavo Petro.", date="2025-06-11")
    assert attributes(facts) == [("in_person", "held", None)]


def test_a_vague_date_of_the_meeting_is_not_the_day_it_was_told(facts_of):
    facts = facts_of(
        "Gabriel Boric said on Tuesday that he met Gustavo Petro last month.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("in_person", "held", None)]


def test_the_day_of_saying_does_not_date_a_meeting_to_come(facts_of):
    facts = facts_of(
        "Gabriel Boric will meet Gustavo Petro in Bogota, his office said on Monday.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("in_person", "scheduled", None)]


def test_a_vague_date_in_another_clause_leaves_the_meeting_dated(facts_of):
    # guard: "as the talks enter their second month" is not the visit's date
    facts = facts_of(
        "Gabriel Boric met Gustavo Petro in Bogota on Monday, as the crisis entered its "
        "third month.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("in_person", "held", "2025-06-09")]


def test_a_meeting_told_with_no_time_is_of_the_day_of_its_subject_just_before(facts_of):
    facts = facts_of(
        "Gabriel Boric arrived in Bogota on Monday.\n\nHe met Gustavo Petro and discussed trade.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("in_person", "held", "2025-06-09")]


def test_the_day_of_the_subject_over_sentences_with_no_date(facts_of):
    facts = facts_of(
        "Chile will send aid to Colombia, Gabriel Boric said in Bogota on Monday. Boric said "
        "the aid would arrive soon.\n\nSpeaking at a news conference with Gustavo Petro, "
        "Boric added that more help was planned.",
        date="2025-06-11",
    )
    assert [m.date for m in facts.meetings] == ["2025-06-09"]


def test_no_day_carried_to_a_meeting_of_another_time_or_person(facts_of):
    # guard: another subject, a perfect, an earlier time
    for second in (
        "Javier Milei met Gustavo Petro.",
        "He has met Gustavo Petro many times.",
        "He previously met Gustavo Petro in Lima.",
    ):
        facts = facts_of(f"Gabriel Boric arrived in Bogota on Monday. {second}", date="2025-06-11")
        assert [m.date for m in facts.meetings if m.status == "held"][-1] is None, second


def test_a_meeting_under_a_condition_or_only_possible_is_proposed(facts_of):
    for text in (
        "Trade could be a key issue if Gabriel Boric and Gustavo Petro meet in Lima.",
        "She said Gabriel Boric and Gustavo Petro can meet in Lima.",
        "Gabriel Boric might meet Gustavo Petro in Lima.",
    ):
        facts = facts_of(text)
        assert [m.status for m in facts.meetings] == ["proposed"], text


def test_may_have_met_is_no_possibility_to_come(facts_of):
    # guard: the perfect after the modal
    facts = facts_of("Gabriel Boric may have met Gustavo Petro in Lima.")
    assert [m.status for m in facts.meetings] == ["held"]


def test_a_journey_in_the_present_with_a_day_is_to_come(facts_of):
    for text in (
        "Gabriel Boric heads to Bogota on Friday for talks with Gustavo Petro.",
        "Gabriel Boric travels to Bogota on Friday to meet Gustavo Petro.",
    ):
        facts = facts_of(text, date="2025-06-11")
        assert attributes(facts) == [("in_person", "scheduled", "2025-06-13")], text


def test_talks_set_for_a_day_are_scheduled(facts_of):
    facts = facts_of(
        "Talks between Gabriel Boric and Gustavo Petro are set for Friday.", date="2025-06-11"
    )
    assert [(m.status, m.date) for m in facts.meetings] == [("scheduled", "2025-06-13")]


def test_a_video_conversation(facts_of):
    facts = facts_of(
        "Gabriel Boric and Gustavo Petro had a video conversation on Monday.", date="2025-06-11"
    )
    assert attributes(facts) == [("video", "held", "2025-06-09")]


def test_a_call_named_in_a_broken_clause_still_tells_the_mode(facts_of):
    # guard: a finite clause with no subject is a broken parse of the same sentence
    facts = facts_of(
        "Gabriel Boric and Gustavo Petro spoke on Friday in what Boric called a “had a "
        "very good phone call”.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("phone", "held", "2025-06-06")]


def test_looking_forward_to_a_meeting_is_proposed(facts_of):
    facts = facts_of("Gabriel Boric said he looks forward to meeting Gustavo Petro in Bogota.")
    assert attributes(facts) == [("in_person", "proposed", None)]


def test_they_is_no_one_person_of_the_sentence_before(facts_of):
    # guard: "they" does not carry the day of one person
    facts = facts_of(
        "Javier Milei praised the plan on Monday. They look forward to meeting Gustavo "
        "Petro soon, Gabriel Boric and Milei said.",
        date="2025-06-11",
    )
    assert all(m.date is None for m in facts.meetings)


def test_a_call_told_later_in_a_quote_gives_the_talk_its_mode(facts_of):
    # "called me to share ...": the one called is the quote's speaker, the call the talk
    facts = facts_of(
        "Hakainde Hichilema has spoken with Lazarus Chakwera, his office said on Wednesday. "
        "“President Hichilema called me to share his condolences,” Chakwera said.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("phone", "held", None)]


def test_a_call_gone_on_with_is_a_habit_not_a_meeting(facts_of):
    facts = facts_of(
        "Samia Suluhu Hassan spoke with Hakainde Hichilema on Monday. Hassan said she would "
        "continue to call him in the weeks ahead.",
        date="2025-06-11",
    )
    assert [m.status for m in facts.meetings] == ["held"]
    facts = facts_of("Paul Kagame and Felix Tshisekedi will continue to meet regularly.")
    assert facts.meetings == []


def test_a_talk_in_the_perfect_is_not_dated_by_the_day_it_was_told(facts_of):
    # "has spoken ..., she said Tuesday": spoken before the day of saying so
    facts = facts_of(
        "Hakainde Hichilema has spoken with Lazarus Chakwera, his office said on Tuesday.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("unknown", "held", None)]
    facts = facts_of(
        "Hakainde Hichilema said he had spoken to Lazarus Chakwera on Tuesday.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("unknown", "held", "2025-06-10")]


def test_spoke_to_a_name_the_model_did_not_tag_as_a_person(facts_of):
    facts = facts_of(
        "Yoav Gallant said he had spoken to Ignazio Cassis on Thursday.", date="2024-03-13"
    )
    assert attributes(facts) == [("unknown", "held", "2024-03-07")]
    facts = facts_of("Yoav Gallant spoke to Sky News on Thursday.", date="2024-03-13")
    assert facts.meetings == []


def test_calling_a_thing_something_is_no_phone_call(facts_of):
    facts = facts_of(
        "Earlier Wednesday, Gabriel Boric called the attempt on Luis Arce's life “a grave "
        "attack on democracy.”"
    )
    assert facts.meetings == []


def test_calling_a_person_named_beside_a_noun_is_a_call(facts_of):
    # a guard: "his pastor, A B" and "his Japanese counterpart" can be phoned
    facts = facts_of("Gabriel Boric also called his pastor, Felipe Rojas, who prayed with him.")
    assert attributes(facts) == [("phone", "held", None)]
    facts = facts_of(
        "Fumio Kishida called his South Korean counterpart on Monday.", date="2024-03-13"
    )
    assert attributes(facts) == [("phone", "held", "2024-03-11")]


def test_the_day_of_a_clause_reported_beside_the_meeting_is_not_its(facts_of):
    facts = facts_of(
        "Asked about the meeting between Gabriel Boric and Luis Arce, Santiago Pena said "
        "the river port would reopen on Monday.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("in_person", "held", None)]


def test_a_journey_made_for_talks_dates_them(facts_of):
    facts = facts_of(
        "Gabriel Boric will hold talks with Luis Arce in La Paz, officials said. Boric is "
        "expected to arrive for the talks in La Paz on Friday.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("in_person", "scheduled", "2025-06-13")]
    facts = facts_of(
        "Gabriel Boric flew to La Paz on Monday for talks with Luis Arce.", date="2025-06-11"
    )
    assert attributes(facts) == [("in_person", "held", "2025-06-09")]


def test_a_contracted_had_before_a_participle_is_the_past_not_would(facts_of):
    facts = facts_of("Ilham Aliyev said he'd met Nikol Pashinyan on Friday.", date="2025-06-11")
    assert attributes(facts) == [("in_person", "held", "2025-06-06")]
    facts = facts_of("Ilham Aliyev said he’d meet Nikol Pashinyan on Friday.", date="2025-06-11")
    assert attributes(facts) == [("in_person", "scheduled", "2025-06-13")]


@pytest.mark.parametrize("expected", ["was due", "was expected"])
def test_a_visit_someone_was_due_at_is_still_to_come(facts_of, expected):
    facts = facts_of(
        f"Chilean President Tomas Ferrada left Santiago and {expected} in Asuncion on Friday "
        "for a meeting with Paraguayan President Marta Ibarra.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("in_person", "scheduled", "2025-06-13")]


def test_a_meeting_told_in_the_present_perfect_is_of_the_article_day(facts_of):
    facts = facts_of(
        "Kenyan President Samuel Otieno has met Ugandan President Joseph Kato in Entebbe, "
        "with the two pledging more troops for the border.",
        date="2024-03-06",
    )
    assert attributes(facts) == [("in_person", "held", "2024-03-06")]
    facts = facts_of(
        "UN envoy Maria Lindqvist wraps up her trip after meeting Foreign Minister Ali Mahamat.",
        date="2024-03-06",
    )
    assert attributes(facts) == [("in_person", "held", "2024-03-06")]
    # a time of its own, however vague: not the article's day
    facts = facts_of(
        "Kenyan President Samuel Otieno has met Ugandan President Joseph Kato several times "
        "since 2021.",
        date="2024-03-06",
    )
    assert attributes(facts) == [("in_person", "held", None)]


def test_talks_during_a_trip_and_a_courtesy_call_are_in_person(facts_of):
    facts = facts_of(
        "Sergei Ivanov, who held talks with Syrian leader Omar Khalil during a trip to "
        "Damascus last month, said the deal was done."
    )
    assert [m.mode for m in facts.meetings] == ["in_person"]
    facts = facts_of(
        "Ahmed Rana paid a courtesy call on President Gustavo Petro at the palace in Bogota."
    )
    assert [m.mode for m in facts.meetings] == ["in_person"]


def test_later_that_day_is_the_day_told_before(facts_of):
    for second in ("Later that day, Menon met Zhao Ming.", "Menon met Zhao Ming later in the day."):
        facts = facts_of(
            f"Ravi Menon met Li Qiang in Beijing on Wednesday. {second}", date="2024-03-08"
        )
        assert [m.date for m in facts.meetings] == ["2024-03-06", "2024-03-06"], second
    # guard: the day before is the day before
    facts = facts_of(
        "Ravi Menon met Li Qiang in Beijing on Wednesday. The day before, Menon met Zhao Ming.",
        date="2024-03-08",
    )
    assert [m.date for m in facts.meetings][1] != "2024-03-06"


def test_a_meeting_others_urge_is_proposed(facts_of):
    facts = facts_of(
        "The regional bloc held an emergency summit last week, urging Paul Biya and "
        "Maurice Kamto to meet in person."
    )
    meeting = next(m for m in facts.meetings if len(m.participants) == 2)
    assert names(facts, meeting.participants) == ["Maurice Kamto", "Paul Biya"]
    assert meeting.status == "proposed"
    facts = facts_of("Foreign Minister Mauro Vieira urged Irfaan Ali to meet Nicolas Maduro.")
    assert names(facts, only(facts).participants) == ["Irfaan Ali", "Nicolas Maduro"]


def test_a_mode_said_on_the_meeting_itself_comes_before_another_one(facts_of):
    # "in person" on the meeting verb, not the video link of the summit that urged it
    facts = facts_of(
        "The regional bloc held a summit by video link on Friday, urging Luis Arce and "
        "Santiago Pena to meet in person.",
        date="2025-06-11",
    )
    pair = [
        m
        for m in facts.meetings
        if {"Luis Arce", "Santiago Pena"} <= set(names(facts, m.participants))
    ]
    assert pair and pair[0].mode == "in_person"


def test_a_later_verb_joined_by_and_keeps_the_call_before_it_apart(facts_of):
    facts = facts_of(
        "Bernardo Arevalo said he had raised the matter with his neighbours during a video "
        "call on Monday and would discuss it with Xiomara Castro in Madrid next week.",
        date="2025-06-11",
    )
    pair = [
        m
        for m in facts.meetings
        if {"Bernardo Arevalo", "Xiomara Castro"} <= set(names(facts, m.participants))
    ]
    assert pair and pair[0].mode != "video"


def test_talks_on_the_sidelines_of_a_gathering_are_in_person(facts_of):
    facts = facts_of(
        "Retno Marsudi will hold talks with Penny Wong on the sidelines of the regional "
        "assembly next week.",
        date="2025-06-11",
    )
    assert [m.mode for m in facts.meetings] == ["in_person"]


def test_a_narrow_margin_is_no_gathering(facts_of):
    # guard: "margin" only in "on the margins of"
    facts = facts_of(
        "Retno Marsudi spoke with Penny Wong on Monday after the vote passed by a narrow margin.",
        date="2025-06-11",
    )
    assert [m.mode for m in facts.meetings] == ["unknown"]


def test_the_day_a_meeting_noun_takes_place_is_the_meetings_own(facts_of):
    facts = facts_of(
        "Gabriel Boric spoke with Gustavo Petro about the border. The call took place on Monday.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("phone", "held", "2025-06-09")]


def test_the_day_told_between_commas_on_a_meeting_noun_dates_the_talks_told_before(facts_of):
    facts = facts_of(
        "Gabriel Boric and Gustavo Petro held talks in Quito. The meeting, on Tuesday, lasted "
        "three hours.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("in_person", "held", "2025-06-10")]


def test_a_meeting_in_a_where_clause_is_of_the_journeys_day(facts_of):
    facts = facts_of(
        "Gabriel Boric flew to Quito on Sunday, where he met Daniel Noboa.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("in_person", "held", "2025-06-08")]


def test_a_meeting_to_come_told_after_a_dated_journey_is_of_the_journeys_day(facts_of):
    facts = facts_of(
        "Gabriel Boric will travel to Quito on Friday. He will meet Daniel Noboa and "
        "Foreign Minister Gabriela Sommerfeld.",
        date="2025-06-11",
    )
    assert {(m.status, m.date) for m in facts.meetings} == {("scheduled", "2025-06-13")}


def test_a_meeting_to_come_takes_no_day_of_a_journey_already_made(facts_of):
    facts = facts_of(
        "Gabriel Boric arrived in Quito on Monday. He will meet Daniel Noboa.",
        date="2025-06-11",
    )
    assert [(m.status, m.date) for m in facts.meetings] == [("scheduled", None)]


def test_a_talk_after_a_spell_on_the_phone_is_by_phone(facts_of):
    facts = facts_of(
        "Gabriel Boric spent much of the day on the phone. He said he had spoken with "
        "Gustavo Petro and Daniel Noboa.",
        date="2025-06-11",
    )
    assert {m.mode for m in facts.meetings} == {"phone"}
    assert len(facts.meetings) == 2


def test_a_spell_on_the_phone_in_another_paragraph_says_nothing_of_a_talk(facts_of):
    facts = facts_of(
        "Gabriel Boric spent much of the day on the phone.\n\nHe spoke to Gustavo Petro on "
        "Saturday.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("unknown", "held", "2025-06-07")]


def test_a_meeting_joined_to_a_dated_journey_is_of_its_day(facts_of):
    facts = facts_of(
        "Gabriel Boric flew to Quito on Monday and held talks with Daniel Noboa.",
        date="2025-06-11",
    )
    assert attributes(facts) == [("in_person", "held", "2025-06-09")]


def test_a_meeting_joined_to_a_journey_keeps_a_day_of_its_own(facts_of):
    facts = facts_of(
        "Gabriel Boric flew to Quito on Monday and met Daniel Noboa on Wednesday.",
        date="2025-06-12",
    )
    assert attributes(facts) == [("in_person", "held", "2025-06-11")]


def test_a_meeting_joined_to_a_dated_meeting_of_the_same_subject_is_of_its_day(facts_of):
    facts = facts_of(
        "Javier Gonzalez-Olaechea held talks with Alberto van Klaveren in Santiago on Monday "
        "and was received by Gabriel Boric.",
        date="2025-06-11",
    )
    assert {m.date for m in facts.meetings} == {"2025-06-09"}
    assert len(facts.meetings) == 2


def test_a_meeting_joined_later_to_a_dated_one_takes_no_day(facts_of):
    facts = facts_of(
        "Javier Gonzalez-Olaechea met Alberto van Klaveren in Santiago on Monday and later "
        "spoke with Gabriel Boric by phone.",
        date="2025-06-11",
    )
    assert sorted(attributes(facts)) == [
        ("in_person", "held", "2025-06-09"),
        ("phone", "held", None),
    ]


def test_a_later_round_told_by_its_ordinal_or_held_by_agreement_is_to_come(facts_of):
    told = "Chile and Peru held the fifth round of border talks in Lima on Monday. "
    facts = facts_of(told + "The sixth round will be held in Santiago.", date="2025-06-11")
    assert sorted(m.status for m in facts.meetings) == ["held", "scheduled"]
    facts = facts_of(
        told + "Both sides agreed to hold the next round in Santiago.", date="2025-06-11"
    )
    assert sorted(m.status for m in facts.meetings) == ["held", "proposed"]
    # "the first session": of the talks told, no later one
    facts = facts_of(
        "Chile and Peru will hold border talks in Lima on Monday. A diplomat said the first "
        "session was unlikely to get into details.",
        date="2025-06-11",
    )
    assert [m.status for m in facts.meetings] == ["scheduled"]
    # "the next round of sanctions": of something else
    facts = facts_of(told + "The next round of sanctions will be imposed in May.")
    assert [m.status for m in facts.meetings] == ["held"]


def test_a_later_round_planned_and_postponed_is_cancelled(facts_of):
    facts = facts_of(
        "Chile and Peru signed a border accord. Lima hosted two rounds of talks between the "
        "foreign ministers of the two countries in July and August, but a third round planned "
        "for September was postponed."
    )
    assert sorted(m.status for m in facts.meetings) == ["cancelled", "held"]
    assert {tuple(names(facts, m.participants)) for m in facts.meetings} == {("Chile", "Peru")}


def test_a_later_round_is_of_the_talks_told_in_rounds_not_of_a_meeting_of_their_people(facts_of):
    facts = facts_of(
        "A second round of Kenyan-mediated talks between Sudan and Chad ended in Nairobi on "
        "Tuesday. The talks on Monday, hosted by Kenyan Foreign Minister Musalia Mudavadi, "
        "brought together Ali Yousif and Abderaman Koulamallah. "
        "Mudavadi told reporters after the talks that the two sides had made progress and that "
        "a third round would be held in Mombasa on September 17.",
        date="2025-06-11",
    )
    later = [m for m in facts.meetings if m.status == "scheduled"]
    assert [names(facts, m.participants) for m in later] == [["Chad", "Kenya", "Sudan"]]


def test_an_earlier_meeting_named_beside_one_to_come_was_held(facts_of):
    facts = facts_of(
        "The talks would follow an earlier meeting in Rome last week between Giorgia Meloni "
        "and Pedro Sanchez."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Giorgia Meloni", "Pedro Sanchez"]
    assert meeting.status == "held"


def test_a_port_call_is_no_phone_call(facts_of):
    facts = facts_of(
        "Gabriel Boric met Luis Arce on Monday to plan a Chilean Navy port call at Arica.",
        date="2025-06-11",
    )
    assert [(m.mode, m.status) for m in facts.meetings] == [("in_person", "held")]


@pytest.mark.parametrize(
    "text",
    [
        "A delegation headed by Gabriel Boric was unable to meet Luis Arce on Monday.",
        "Gabriel Boric failed to meet Luis Arce on Monday.",
    ],
)
def test_a_meeting_tried_and_not_had_is_cancelled(facts_of, text):
    facts = facts_of(text, date="2025-06-11")
    assert [m.status for m in facts.meetings] == ["cancelled"], text
