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
