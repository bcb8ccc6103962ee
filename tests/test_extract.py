"""Extractors on tiny inline articles, through the real model."""


def names(facts, keys):
    return [facts.actors[k].name for k in keys]


def test_direct_quote_with_speaker_after(facts_of):
    facts = facts_of(
        "“We will never give up our land to anyone,” Volodymyr Zelensky said on Monday."
    )
    [statement] = facts.statements
    assert statement.direct
    assert statement.content == "We will never give up our land to anyone,"
    assert facts.actors[statement.speaker].name == "Volodymyr Zelensky"


def test_mismatched_marks_pair_in_order(facts_of):
    text = (
        "In an interview on TV, Sergei Lavrov said: “The line moves further east every single "
        "time ”And“ now it has already moved much closer to Ukraine ”."
    )
    facts = facts_of(text)
    quotes = [s.content for s in facts.statements if s.direct]
    assert "The line moves further east every single time" in quotes
    assert "now it has already moved much closer to Ukraine" in quotes
    assert all(facts.actors[s.speaker].name == "Sergey Lavrov" for s in facts.statements)


def test_offsets_point_at_the_anchor(facts_of):
    facts = facts_of("Olaf Scholz said that Germany would send more tanks to Lithuania next year.")
    text = facts.article.text
    for fact in [*facts.statements, *facts.deployments, *facts.meetings]:
        assert text[fact.mention.begin : fact.mention.end] == fact.mention.anchor


def test_reported_speech_after_speech_verb(facts_of):
    facts = facts_of("Olaf Scholz said that Germany would not send combat troops to Ukraine.")
    [statement] = facts.statements
    assert not statement.direct
    assert statement.content == "Germany would not send combat troops to Ukraine"
    assert facts.actors[statement.speaker].name == "Olaf Scholz"


def test_pronoun_speaker_resolves_to_nearest_person(facts_of):
    facts = facts_of(
        "Emmanuel Macron arrived in Moscow on Monday. "
        "He said that the talks had been long and difficult for everyone."
    )
    reported = [s for s in facts.statements if not s.direct]
    assert reported and facts.actors[reported[0].speaker].name == "Emmanuel Macron"


def test_kremlin_as_speaker_is_russia(facts_of):
    facts = facts_of("The Kremlin said that the exercises would end as planned next month.")
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Russia"


def test_scare_quotes_are_not_statements(facts_of):
    facts = facts_of("The talks were described as “candid” by observers in the region.")
    assert not [s for s in facts.statements if s.direct]


def test_deployment_with_size_and_location(facts_of):
    facts = facts_of("Russia has deployed 100,000 troops near the border with Ukraine.")
    [deployment] = facts.deployments
    assert facts.actors[deployment.actor].name == "Russia"
    assert deployment.size == 100_000
    assert deployment.force == "troops"
    assert "border" in deployment.location
    assert deployment.modality == "reported"


def test_demonym_gives_the_deploying_state(facts_of):
    facts = facts_of("Tens of thousands of Russian soldiers were sent to Belarus for drills.")
    [deployment] = facts.deployments
    assert facts.actors[deployment.actor].name == "Russia"


def test_denied_deployment(facts_of):
    facts = facts_of("NATO has no plans to deploy combat troops in Ukraine, Jens Stoltenberg said.")
    [deployment] = facts.deployments
    assert deployment.modality == "denied"
    assert facts.actors[deployment.actor].name == "NATO"


def test_phone_meeting_with_date_from_article(facts_of):
    facts = facts_of(
        "Vladimir Putin held a phone call with Recep Tayyip Erdogan on Friday.", date="2022-02-02"
    )
    [meeting] = facts.meetings
    assert sorted(names(facts, meeting.participants)) == ["Recep Tayyip Erdogan", "Vladimir Putin"]
    assert meeting.mode == "phone"
    assert meeting.status == "held"
    assert meeting.date == "2022-01-28"


def test_scheduled_meeting_with_explicit_date(facts_of):
    facts = facts_of(
        "Antony Blinken will meet Sergei Lavrov in Geneva on 21 January.", date="2022-01-18"
    )
    [meeting] = facts.meetings
    assert meeting.status == "scheduled"
    assert meeting.date == "2022-01-21"
    assert meeting.mode == "in_person"


def test_site_clutter_yields_nothing(facts_of):
    facts = facts_of("Home » today » News » Putin meets Erdogan\n\nLeave a Comment")
    assert not facts.statements and not facts.meetings and not facts.deployments


def test_coordinated_forces_are_separate_deployments(facts_of):
    facts = facts_of(
        "Joe Biden announced the stationing of 3,000 combat troops in Romania "
        "and two navy destroyers in Spain."
    )
    found = {(d.size, d.location, d.modality) for d in facts.deployments}
    assert found == {(3000, "Romania", "planned"), (2, "Spain", "planned")}
    assert all(facts.actors[d.actor].name == "United States" for d in facts.deployments)


def test_presence_without_movement_verb(facts_of):
    facts = facts_of("The offensive aims to dislodge the Kremlin's forces from occupied areas.")
    [deployment] = facts.deployments
    assert facts.actors[deployment.actor].name == "Russia"
    assert deployment.location == "occupied areas"


def test_continue_to_be_sent_is_reported_not_planned(facts_of):
    [deployment] = facts_of("Russian troops continue to be sent to the border.").deployments
    assert deployment.modality == "reported"


def test_own_forces_reported_by_their_leader_are_claimed(facts_of):
    facts = facts_of("Yevgeny Prigozhin said that he had 25,000 fighters ready to march.")
    [deployment] = facts.deployments
    assert deployment.size == 25_000
    assert deployment.modality == "claimed"


def test_size_counts_the_outer_number(facts_of):
    carriers = facts_of(
        "Britain will commit one of its two new aircraft carriers to the defence of Estonia."
    ).deployments
    assert [(d.size, d.location) for d in carriers] == [(1, "Estonia")]
    [jets] = facts_of("The US will send two squadrons of F-35 fighters to Poland.").deployments
    assert jets.size == 2


def test_losses_are_not_deployments(facts_of):
    assert not facts_of("Officials say 824 Russian troops are dying each day.").deployments


def test_meeting_verb_shares_the_subject_of_its_conjunct(facts_of):
    facts = facts_of("Richard Marles visited Poland and met with Andrzej Duda.")
    [meeting] = facts.meetings
    assert sorted(names(facts, meeting.participants)) == ["Andrzej Duda", "Richard Marles"]


def test_refused_talks_are_no_meeting(facts_of):
    assert not facts_of("Antony Blinken refused to hold talks with Sergei Lavrov.").meetings


def test_call_participant_is_the_subject_that_names_an_actor(facts_of):
    facts = facts_of(
        "Antony Blinken said Xi Jinping had made it clear in a call with Vladimir Putin "
        "that he stood by Russia."
    )
    [meeting] = facts.meetings
    assert sorted(names(facts, meeting.participants)) == ["Vladimir Putin", "Xi Jinping"]
    assert meeting.mode == "phone"


def test_counterpart_named_later_in_the_article(facts_of):
    facts = facts_of(
        "Joe Biden spoke in Washington on Friday. The American president and his Russian "
        "counterpart are soon to talk by videoconference. Vladimir Putin agreed."
    )
    [meeting] = facts.meetings
    assert sorted(names(facts, meeting.participants)) == ["Joe Biden", "Vladimir Putin"]
    assert (meeting.mode, meeting.status) == ("video", "scheduled")


def test_joint_subject_to_speak_is_a_meeting(facts_of):
    facts = facts_of(
        "Xi Jinping met Joe Biden in Bali. "
        "Later, Biden and China's Xi were expected to speak again in the next few weeks."
    )
    scheduled = [m for m in facts.meetings if m.status == "scheduled"]
    assert [sorted(names(facts, m.participants)) for m in scheduled] == [
        ["Joe Biden", "Xi Jinping"]
    ]


def speakers_and_contents(facts):
    return [(facts.actors[s.speaker].name, s.content, s.direct) for s in facts.statements]


def test_inverted_speaker_after_quote_is_resolved_by_title(facts_of):
    facts = facts_of(
        "The NATO secretary general Jens Stoltenberg arrived in Riga on Monday.\n\n"
        "“The alliance will defend every inch of its territory”, recalled the secretary general."
    )
    direct = [s for s in facts.statements if s.direct]
    assert [facts.actors[s.speaker].name for s in direct] == ["Jens Stoltenberg"]


def test_joint_speakers_are_each_found(nlp):
    from kg.extract.statements import _subject_actors
    from kg.resolve import ArticleActors

    doc = nlp("Both Olaf Scholz and Emmanuel Macron said that the sanctions would stay in place.")
    actors = ArticleActors(doc)
    said = next(t for t in doc if t.lower_ == "said")
    names = sorted(actors.records[k].name for k in _subject_actors(actors, said))
    assert names == ["Emmanuel Macron", "Olaf Scholz"]
    # a title and a name in apposition are one speaker
    doc = nlp("The founder of the company, and its director, Anton Ivanov, said that it grew.")
    actors = ArticleActors(doc)
    said = next(t for t in doc if t.lower_ == "said")
    assert len(_subject_actors(actors, said)) == 1


def test_coordinated_speech_verb_ends_the_reported_clause(facts_of):
    facts = facts_of(
        "Olaf Scholz said he wanted peaceful negotiations and accused Russia of "
        "blocking the talks in Geneva."
    )
    contents = [s.content for s in facts.statements]
    assert "he wanted peaceful negotiations" in contents


def test_claimed_to_have_reports_the_infinitive(facts_of):
    facts = facts_of("Olaf Scholz claimed to have secured the support of every ally in Europe.")
    [statement] = facts.statements
    assert statement.content == "to have secured the support of every ally in Europe"


def test_as_speaker_said_reports_the_main_clause(facts_of):
    facts = facts_of(
        "As Olaf Scholz stressed, the sanctions against Russia will remain in force this year."
    )
    [statement] = facts.statements
    assert statement.content == "the sanctions against Russia will remain in force this year"
    assert facts.actors[statement.speaker].name == "Olaf Scholz"


def test_named_ministry_speaks_and_is_the_antecedent_of_the_ministry(facts_of):
    facts = facts_of(
        "“Russia has lost a third of its ground forces in the war,” the U.K. Ministry of "
        "Defence said in a tweet.\n\n"
        "“It will take years for Russia to rebuild these units,” the Ministry also said."
    )
    names = {facts.actors[s.speaker].name for s in facts.statements}
    assert names == {"U.K. Ministry of Defence"}


def test_the_statement_said_refers_to_who_issued_the_statement(facts_of):
    facts = facts_of(
        "In a statement, Olaf Scholz said that Germany would send more tanks.\n\n"
        "The visit will “strengthen our friendship with Lithuania,” said the statement."
    )
    names = {facts.actors[s.speaker].name for s in facts.statements}
    assert names == {"Olaf Scholz"}


def test_headline_run_into_a_sentence_is_not_its_subject(facts_of):
    facts = facts_of(
        "Olaf Scholz and Emmanuel Macron\n\n"
        "Macron had stated that he wanted respectful relations with Berlin."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Emmanuel Macron"


def test_trailing_apposition_is_the_journalists(facts_of):
    facts = facts_of(
        "Yevgeny Prigozhin said his troops were entering Rostov, a large city in the south "
        "of Russia that the army has been using as its base."
    )
    [statement] = facts.statements
    assert statement.content == "his troops were entering Rostov"


def test_reported_clause_stops_at_a_paragraph_break(facts_of):
    facts = facts_of(
        "Olaf Scholz said he believes the sanctions against Russia are working well\n\n"
        "CLICK HERE TO GET THE NEWS APP"
    )
    contents = [s.content for s in facts.statements]
    assert "he believes the sanctions against Russia are working well" in contents
    assert not any("CLICK" in c for c in contents)


def test_quoted_object_of_expressed_carries_its_speaker(facts_of):
    facts = facts_of(
        "Olaf Scholz expressed “deep concern over the prolonged armed conflict in Ukraine” "
        "on Monday, according to a statement."
    )
    [statement] = facts.statements
    assert statement.direct
    assert statement.content == "deep concern over the prolonged armed conflict in Ukraine"
    assert facts.actors[statement.speaker].name == "Olaf Scholz"


def test_summit_attended_by_leaders_of_states(facts_of):
    facts = facts_of("The leaders of Canada, Italy and Poland attended a NATO summit in Vilnius.")
    [meeting] = facts.meetings
    assert sorted(names(facts, meeting.participants)) == ["Canada", "Italy", "NATO", "Poland"]


def test_attended_summits_in_plural_is_no_meeting(facts_of):
    facts = facts_of("In those years Turkey still attended NATO summits.")
    assert facts.meetings == []


def test_also_involving_joins_the_meeting_just_mentioned(facts_of):
    facts = facts_of(
        "Emmanuel Macron met Olaf Scholz in Berlin. Also involving Giorgia Meloni, the visit "
        "lasted two hours."
    )
    [meeting] = facts.meetings
    assert sorted(names(facts, meeting.participants)) == [
        "Emmanuel Macron",
        "Giorgia Meloni",
        "Olaf Scholz",
    ]


def test_possessive_pronoun_on_visit_is_the_subject(facts_of):
    facts = facts_of("During his visit on Monday, Emmanuel Macron praised Olaf Scholz.")
    [meeting] = facts.meetings
    assert sorted(names(facts, meeting.participants)) == ["Emmanuel Macron", "Olaf Scholz"]


def test_its_forces_belong_to_the_state_named_as_subject(facts_of):
    facts = facts_of(
        "Analysts say Iran may be asking allies to provide more fighters as its forces "
        "struggle in Syria."
    )
    assert any(
        facts.actors[d.actor].name == "Iran" and d.location == "Syria" for d in facts.deployments
    )


def test_person_in_apposition_to_a_title_is_the_speaker(facts_of):
    facts = facts_of(
        "The Chief of the General Staff of the Armed Forces of Poland, General Adam Nowak, "
        "said that the exercises would end as planned next month."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Adam Nowak"
