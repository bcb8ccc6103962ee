"""Meetings of pre-war shuttle diplomacy told without the usual cues (kg.extract.meetings
addressees, invitations, visits, modality), on invented sentences: calls by a verb of phoning,
talks with an unnamed official or between a pair, visits one is awaited for or invited to,
gatherings, a host named in a "where" clause, and what is agreed, offered or done by ships;
visits told in a relative clause on the visitor, a place the parser hung on the time after
"visited", a guest received in a relative clause, and an outlet told (no side)."""

from tests.meeting_views import names, only, parties

DATE = "2025-06-11"  # a Wednesday


def test_a_verb_of_telephoning_is_a_call(facts_of):
    facts = facts_of("Recep Tayyip Erdogan telephoned Ilham Aliyev on Sunday.", date=DATE)
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Ilham Aliyev", "Recep Tayyip Erdogan"]
    assert (meeting.mode, meeting.status, meeting.date) == ("phone", "held", "2025-06-08")


def test_one_called_on_a_day_was_phoned_not_named(facts_of):
    facts = facts_of("Cyril Ramaphosa called Paul Kagame on Tuesday.", date=DATE)
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Cyril Ramaphosa", "Paul Kagame"]
    assert (meeting.mode, meeting.date) == ("phone", "2025-06-10")
    assert facts_of("Cyril Ramaphosa called Paul Kagame a liar on Tuesday.").meetings == []


def test_spoke_to_an_unnamed_official_of_a_state_is_a_talk_with_the_state(facts_of):
    facts = facts_of("Wang Yi spoke to his Brazilian counterpart on Monday.", date=DATE)
    assert parties(facts) == [("Brazil", "Wang Yi")]
    facts = facts_of("Wang Yi talked to the Chilean foreign minister on Monday.", date=DATE)
    assert parties(facts) == [("Chile", "Wang Yi")]
    assert facts_of("Wang Yi spoke to reporters on Monday.").meetings == []
    assert facts_of("Wang Yi spoke to Chinese students on Monday.").meetings == []


def test_a_pair_who_will_talk_have_a_talk_to_come(facts_of):
    facts = facts_of("Gustavo Petro and Daniel Noboa will talk by video link next week.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Daniel Noboa", "Gustavo Petro"]
    assert (meeting.mode, meeting.status) == ("video", "scheduled")


def test_a_summit_on_whose_sidelines_a_meeting_is_expected_is_no_meeting_of_its_own(facts_of):
    facts = facts_of(
        "Anthony Albanese is expected to meet Prabowo Subianto on the sidelines of the "
        "ASEAN summit."
    )
    meeting = only(facts)
    assert meeting.status == "scheduled"


def test_invited_to_a_place_is_a_visit_proposed(facts_of):
    facts = facts_of("Javier Milei invited Santiago Pena to Buenos Aires.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Javier Milei", "Santiago Pena"]
    assert (meeting.mode, meeting.status) == ("in_person", "proposed")
    assert facts_of("Javier Milei invited Congress to the debate.").meetings == []


def test_speaking_after_a_call_is_no_speech_with_its_party(facts_of):
    facts = facts_of(
        "Speaking after a telephone conversation with Pedro Sanchez, Luis Montenegro said "
        "the border would stay open."
    )
    assert only(facts).mode == "phone"


def test_what_a_call_agreed_is_a_meeting_of_its_own_way_and_time(facts_of):
    facts = facts_of(
        "Nikos Dendias and Yasar Guler agreed by phone on Tuesday to meet again in Ankara, "
        "but no date was fixed.",
        date=DATE,
    )
    held, agreed = sorted(facts.meetings, key=lambda m: m.status)
    assert (held.mode, held.status, held.date) == ("phone", "held", "2025-06-10")
    assert (agreed.mode, agreed.status, agreed.date) == ("in_person", "proposed", None)


def test_a_journey_whose_where_clause_names_the_host_is_the_meeting_with_them(facts_of):
    facts = facts_of("Hakan Fidan travelled to Brussels, where he met Kaja Kallas on Friday.")
    assert parties(facts) == [("Hakan Fidan", "Kaja Kallas")]
    facts = facts_of(
        "Javier Milei flew to Santiago, where President Gabriel Boric welcomed him at La "
        "Moneda on Monday."
    )
    assert parties(facts) == [("Gabriel Boric", "Javier Milei")]


def test_one_expected_somewhere_for_talks_with_several_is_at_them(facts_of):
    facts = facts_of(
        "US Secretary of State Marco Rubio is expected in Islamabad early next week for talks "
        "with Shehbaz Sharif and Asif Ali Zardari."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == [
        "Asif Ali Zardari",
        "Marco Rubio",
        "Shehbaz Sharif",
    ]
    assert meeting.status == "scheduled"


def test_one_due_in_a_capital_on_a_day_visits_its_state(facts_of):
    facts = facts_of("Mark Carney is due in Mexico City on Friday.", date=DATE)
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Mark Carney", "Mexico"]
    assert (meeting.mode, meeting.status, meeting.date) == ("in_person", "scheduled", "2025-06-13")
    assert facts_of("Heavy rain is expected in Mexico City on Friday.").meetings == []


def test_one_awaited_in_a_capital_for_talks_on_a_matter_visits_its_state(facts_of):
    facts = facts_of(
        "Penny Wong is expected in Suva next week for talks on maritime security.", date=DATE
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Fiji", "Penny Wong"]
    assert (meeting.mode, meeting.status) == ("in_person", "scheduled")


def test_a_call_in_the_clause_before_an_awaited_visit_is_another_event(facts_of):
    facts = facts_of(
        "William Ruto phoned Hassan Sheikh Mohamud on Thursday, and Moussa Faki Mahamat is "
        "due in Nairobi on Sunday.",
        date=DATE,
    )
    by_party = {tuple(names(facts, m.participants)): m for m in facts.meetings}
    assert by_party[("Hassan Sheikh Mohamud", "William Ruto")].mode == "phone"
    visit = by_party[("Kenya", "Moussa Faki Mahamat")]
    assert (visit.mode, visit.status, visit.date) == ("in_person", "scheduled", "2025-06-15")


def test_ministers_of_several_states_who_gathered_met(facts_of):
    facts = facts_of("Foreign ministers of Egypt, Jordan and Iraq gathered in Amman on Thursday.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Egypt", "Iraq", "Jordan"]
    assert meeting.mode == "in_person"
    assert facts_of("Protesters gathered outside the embassy in Amman.").meetings == []
    assert facts_of("Iraq has gathered 5,000 troops near the border.").meetings == []


def test_ready_to_host_talks_offers_them(facts_of):
    facts = facts_of("Abdel Fattah al-Sisi said he was ready to host talks between Sudan and Chad.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Chad", "Sudan"]
    assert meeting.status == "proposed"


def test_a_summit_agreed_in_principle_is_proposed(facts_of):
    facts = facts_of("A summit between Nicolas Maduro and Irfaan Ali has been agreed in principle.")
    assert only(facts).status == "proposed"


def test_a_port_visited_by_warships_is_no_meeting(facts_of):
    facts = facts_of("Venezuela was visited by two Chinese warships on Monday.")
    assert facts.meetings == []


def test_officials_of_two_states_who_wrapped_up_talks_held_them(facts_of):
    facts = facts_of("Indian and Chinese officials wrapped up talks in Beijing on Monday.")
    assert parties(facts) == [("China", "India")]
    facts = facts_of("Indian and Chinese soldiers have used smuggled phones to call home.")
    assert facts.meetings == []


def test_officials_of_both_countries_meet_for_the_states_of_the_pair(facts_of):
    facts = facts_of(
        "William Ruto and Yoweri Museveni spoke by phone on Monday.\n\n"
        "Officials from both countries will meet in Arusha next week."
    )
    assert sorted(parties(facts)) == [("Kenya", "Uganda"), ("William Ruto", "Yoweri Museveni")]
    facts = facts_of(
        "William Ruto and Yoweri Museveni spoke by phone on Monday.\n\n"
        "Officials from both countries said the call was constructive."
    )
    assert parties(facts) == [("William Ruto", "Yoweri Museveni")]


def test_an_organisation_s_staff_call_or_meeting_is_internal(facts_of):
    # GUIDELINES: internal meetings without named participants are no meetings
    for text in (
        "Jeff Zients is expected to hold an all-White House staff call on Monday morning.",
        "Kaja Kallas will hold a team meeting in Brussels on Tuesday.",
    ):
        assert facts_of(text).meetings == [], text
    assert len(facts_of("Jeff Zients will hold a call with Wang Yi on Monday.").meetings) == 1


def test_a_caller_the_parser_took_for_a_named_thing_still_called(facts_of):
    # "X called Y on Monday, to offer ...": parsed as "X (who is) called Y"
    facts = facts_of(
        "Donald Trump picked Ohio senator JD Vance on Monday.\n\nTrump called Vance on Monday, "
        "to officially offer him the spot 20 minutes before the former president made the "
        "announcement on Truth Social, a source familiar with the process told CNN.",
        date=DATE,
    )
    meeting = only(facts)
    assert (meeting.mode, meeting.status, meeting.date) == ("phone", "held", "2025-06-09")
    assert facts_of("A rebel group called Ansar Dine on Monday claimed the attack.").meetings == []


def test_ones_own_phone_is_a_device_not_a_call(facts_of):
    facts = facts_of("Jared Polis told CNN's Dana Bash that “my phone hasn't rung yet.”", date=DATE)
    assert facts.meetings == []
    facts = facts_of("Nikol Pashinyan said his phone was tapped by agents of Ilham Aliyev.")
    assert facts.meetings == []


def test_an_occasion_attended_together_with_someone_is_a_meeting_in_person(facts_of):
    facts = facts_of(
        "Recep Tayyip Erdogan attended the ceremony together with Ilham Aliyev on Monday.",
        date=DATE,
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Ilham Aliyev", "Recep Tayyip Erdogan"]
    assert (meeting.mode, meeting.status, meeting.date) == ("in_person", "held", "2025-06-09")
    assert facts_of("Belarus will fight together with Russia.").meetings == []
    assert facts_of("Kim Jong Un watched the launch together with his daughter.").meetings == []


def test_a_relative_clause_on_a_person_tells_that_persons_visits(facts_of):
    facts = facts_of(
        "Colombian President Gustavo Petro, who took office in August and has since "
        "visited Caracas and Quito, is pushing for a regional pact."
    )
    assert parties(facts) == [("Ecuador", "Gustavo Petro"), ("Gustavo Petro", "Venezuela")]
    facts = facts_of(
        "Japanese envoy Kenji Nakamura arrived in Hanoi on Tuesday. Mr Nakamura, who was "
        "received at Noi Bai airport by Deputy Foreign Minister Le Hoai Trung, met Foreign "
        "Minister Bui Thanh Son on Wednesday."
    )
    assert ("Kenji Nakamura", "Le Hoai Trung") in parties(facts)
    # a place's relative clause is no one's visit
    facts = facts_of(
        "French President Emmanuel Macron will ask Xi to commit to that goal when he "
        "visits Paris, which is preparing to host the Olympic Games this summer."
    )
    assert not any("Olympic Games" in p for p in parties(facts))


def test_a_place_the_parser_hung_on_a_time_after_visited_is_the_state_visited(facts_of):
    facts = facts_of("Nigerian President Bola Tinubu visited Beijing weeks later.")
    assert parties(facts) == [("Bola Tinubu", "China")]


def test_an_outlet_told_is_no_side_of_a_meeting(facts_of):
    facts = facts_of(
        "UN spokesman Farhan Haq told the Kyiv Independent that peacekeepers had been "
        "deployed near Kherson."
    )
    assert facts.meetings == []
    facts = facts_of(
        "Unficyp spokesman Daniel Orsini told the Cyprus Mail that patrols had been stepped up."
    )
    assert facts.meetings == []
    # a person told is
    facts = facts_of(
        "Indian Prime Minister Narendra Modi told Russian President Vladimir Putin that this "
        "was no era of war."
    )
    assert parties(facts) == [("Narendra Modi", "Vladimir Putin")]


def test_one_due_to_meet_two_named_leaders_meets_each(facts_of):
    facts = facts_of(
        "President William Ruto is also due to meet Tanzania's President Samia Suluhu Hassan"
        " and Uganda's President Yoweri Museveni."
    )
    assert len(facts.meetings) == 2
    assert all(m.status == "scheduled" for m in facts.meetings)
    assert sorted(len(m.participants) for m in facts.meetings) == [2, 2]


def test_one_expected_to_travel_in_a_relative_clause_visits_each_state(facts_of):
    facts = facts_of(
        "Penny Wong, who is expected to travel to Chile and Peru this week, said the talks"
        " would continue."
    )
    assert parties(facts) == [("Chile", "Penny Wong"), ("Penny Wong", "Peru")]
    assert all(m.status == "scheduled" for m in facts.meetings)


def test_an_envoys_stop_in_a_capital_is_a_visit_to_its_state(facts_of):
    facts = facts_of("The UN envoy, Jan Kubis, is then scheduled to stop in Bamako.")
    assert parties(facts) == [("Jan Kubis", "Mali")]
    assert only(facts).status == "scheduled"
    assert facts_of("The convoy will stop in Mali.").meetings == []
    assert facts_of("Jan Kubis said the fighting in Mali must stop.").meetings == []


def test_separate_meetings_in_capitals_are_one_with_each_state(facts_of):
    facts = facts_of(
        "The envoy Jan Kubis last visited the region in 2023, when he held separate meetings"
        " in Bamako, Dakar and Abuja."
    )
    assert parties(facts) == [
        ("Jan Kubis", "Mali"),
        ("Jan Kubis", "Nigeria"),
        ("Jan Kubis", "Senegal"),
    ]
    assert facts_of("Jan Kubis held meetings in Bamako.").meetings == []
    facts = facts_of(
        "The envoy Jan Kubis held separate meetings in Bamako with the two delegations."
    )
    assert facts.meetings == []


def test_a_state_owning_the_next_leader_met_is_no_side(facts_of):
    facts = facts_of(
        "Jacinda Ardern is also due to meet Papua New Guinea’s Prime Minister James Marape and"
        " Fiji’s Prime Minister Sitiveni Rabuka."
    )
    assert parties(facts) == [
        ("Jacinda Ardern", "James Marape"),
        ("Jacinda Ardern", "Sitiveni Rabuka"),
    ]
    assert all(m.status == "scheduled" for m in facts.meetings)


def test_bilateral_talks_with_two_leaders_are_one_with_each(facts_of):
    facts = facts_of(
        "Prime Minister Mark Carney will hold bilateral talks with Friedrich Merz and Keir Starmer"
        " on the sidelines of the summit."
    )
    assert parties(facts) == [("Friedrich Merz", "Mark Carney"), ("Keir Starmer", "Mark Carney")]
    facts = facts_of("Mark Carney held a bilateral meeting with Friedrich Merz.")
    assert parties(facts) == [("Friedrich Merz", "Mark Carney")]


def test_a_pair_that_agreed_to_speak_again_is_a_conversation_to_come(facts_of):
    facts = facts_of(
        "Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy "
        "Ahmed on Monday. The two leaders agreed to speak again after the summit.",
        date=DATE,
    )
    assert sorted((names(facts, m.participants), m.status) for m in facts.meetings) == [
        (["Abiy Ahmed", "William Ruto"], "held"),
        (["Abiy Ahmed", "William Ruto"], "proposed"),
    ]
    facts = facts_of(
        "Chile and Peru held border talks in Lima on Monday. Both sides agreed to talk "
        "again next week.",
        date=DATE,
    )
    assert sorted(m.status for m in facts.meetings) == ["held", "scheduled"]
    # a pair who only spoke of something, no talk of their own with each other
    facts = facts_of("The two leaders spoke about the economy at the forum, Ruto said.")
    assert facts.meetings == []


def test_two_people_who_signed_a_text_together_met_in_person(facts_of):
    # active, with a joint subject
    facts = facts_of(
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed signed a "
        "border accord in Nairobi on Monday.",
        date=DATE,
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Abiy Ahmed", "William Ruto"]
    assert (meeting.status, meeting.mode) == ("held", "in_person")
    # passive participle with a "by" agent; the text signed is no side
    facts = facts_of(
        "The treaty, signed in Lima last month by Peruvian President Dina Boluarte and "
        "Chilean President Gabriel Boric, sets out the maritime border."
    )
    assert parties(facts) == [("Dina Boluarte", "Gabriel Boric")]
    # "between" the two, a title the parser cut from its name
    facts = facts_of(
        "The memorandum signed in Kampala on March 3 between President Yoweri Museveni "
        "and Burundi's leader Evariste Ndayishimiye opens the port to Burundi."
    )
    assert parties(facts) == [("Evariste Ndayishimiye", "Yoweri Museveni")]
    # to come
    facts = facts_of(
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed are expected "
        "to sign the accord in Nairobi next week.",
        date=DATE,
    )
    assert only(facts).status in ("scheduled", "proposed")
    # one person signing, or states: no meeting told
    assert facts_of("President Joe Biden signed the bill into law on Monday.").meetings == []
    assert facts_of("Russia and China signed a gas deal on Monday.").meetings == []


def test_a_call_held_by_others_is_no_mention_of_the_meeting_just_told(facts_of):
    facts = facts_of(
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed signed a "
        "treaty in Nairobi on Wednesday. Meanwhile, Uganda, Tanzania and Rwanda held a "
        "trilateral phone call among their envoys.",
        date=DATE,
    )
    assert [(names(facts, m.participants), m.mode) for m in facts.meetings][:1] == [
        (["Abiy Ahmed", "William Ruto"], "in_person")
    ]
    assert not any(
        m.mode == "phone" and "William Ruto" in names(facts, m.participants) for m in facts.meetings
    )


def test_a_titled_official_travelling_in_a_relative_clause_visits_the_state(facts_of):
    facts = facts_of(
        "Ugandan government spokesman Ofwono Opondo, who is expected to travel to Nairobi "
        "this week, said that the border had been closed."
    )
    assert parties(facts) == [("Kenya", "Ofwono Opondo")]
    assert facts.meetings[0].status == "scheduled"
    # guard: one given no office is no envoy ("X, who travelled to Italy to sail")
    assert not facts_of(
        "Marco Bellini, who travelled to Nairobi last week, said the safari was cancelled."
    ).meetings


def test_being_in_contact_with_someone_is_a_meeting_held_in_no_stated_way(facts_of):
    facts = facts_of("Javier Milei has been in contact with Chilean President Gabriel Boric.")
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Gabriel Boric", "Javier Milei"]
    assert (meeting.status, meeting.mode) == ("held", "unknown")
    facts = facts_of(
        "Javier Milei said he had been in touch with his Chilean counterpart Gabriel Boric."
    )
    assert parties(facts) == [("Gabriel Boric", "Javier Milei")]
    # to come: the time of the verb it is told by
    facts = facts_of("Javier Milei said he would be in touch with Gabriel Boric next week.")
    assert only(facts).status == "scheduled"
    # guards: a channel kept open, one in contact left unknown, authorities of no one named
    for text in (
        "Javier Milei remained in close contact with Gabriel Boric.",
        "Javier Milei has not been in contact with Gabriel Boric.",
        "A spokesperson said it was in contact with Santiago and Lima.",
        "Javier Milei said he was in contact with the Chilean authorities.",
    ):
        assert facts_of(text).meetings == [], text


def test_in_contact_with_one_as_well_as_with_another_is_a_meeting_with_each(facts_of):
    facts = facts_of(
        "Retno Marsudi said she had been in contact with her Thai counterpart Don Pramudwinai "
        "as well as with Japanese Foreign Minister Kenji Morimoto and other foreign ministers."
    )
    assert parties(facts) == [
        ("Don Pramudwinai", "Retno Marsudi"),
        ("Kenji Morimoto", "Retno Marsudi"),
    ]
    # (the parser may join the second "with" to the "in" as its conjunct)
    facts = facts_of(
        "Ali Sabry said he had been in contact with his Indian counterpart Subrahmanyam "
        "Jaishankar as well as with Brazilian Foreign Minister Paulo Teixeira and other foreign "
        "ministers about the dispute."
    )
    assert parties(facts) == [
        ("Ali Sabry", "Paulo Teixeira"),
        ("Ali Sabry", "Subrahmanyam Jaishankar"),
    ]


def test_an_occasion_watched_alongside_someone_is_a_meeting_in_person(facts_of):
    facts = facts_of(
        "Estonia's defence minister, Margus Tammik, who watched the exercise alongside his "
        "Finnish counterpart, told reporters that the drills would continue."
    )
    meeting = only(facts)
    assert names(facts, meeting.participants) == ["Finland", "Margus Tammik"]
    assert (meeting.mode, meeting.status) == ("in_person", "held")
    facts = facts_of(
        "Kyrgyz Defence Minister Baktybek Bekbolotov, who observed the drills together with "
        "SCO Secretary General Askar Zhumabekov, said the exercise went well."
    )
    assert parties(facts) == [("Askar Zhumabekov", "Baktybek Bekbolotov")]
    # one side's own people alongside one another meet no one
    facts = facts_of(
        "President Bola Tinubu attended the funeral at the barracks in Abuja on Saturday, "
        "alongside Chief of Defence Staff General Musa Danjuma and Defence Minister "
        "Ibrahim Gwarzo."
    )
    assert facts.meetings == []
    # guard: fighting alongside a force is no occasion attended
    assert (
        facts_of("Ukrainian troops fought alongside Polish volunteers near Bakhmut.").meetings == []
    )
