"""One key per real actor, within and across articles, whatever the build order."""

from kg.ids import slug


def keys_by_name(facts):
    return {a.name: k for k, a in facts.actors.items()}


def test_transliterations_are_one_actor(facts_of):
    one = facts_of("Dmytro Kuleba said that Ukraine would defend itself against any attack.")
    two = facts_of("Dmytro Kouleba said that Ukraine was ready for any attack from the east.")
    assert keys_by_name(one)["Dmytro Kuleba"] == keys_by_name(two)["Dmytro Kuleba"]


def test_surname_resolves_to_full_name_in_article(facts_of):
    facts = facts_of(
        "Ukrainian officer Oleh Marchenko spoke to reporters in Kharkiv. "
        "Marchenko said that the city had been shelled again during the night."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Oleh Marchenko"
    assert "Marchenko" in facts.actors[statement.speaker].aliases


def test_capital_and_seat_stand_for_the_state(facts_of):
    facts = facts_of(
        "Moscow said that the drills were defensive. Kyiv said that it did not believe them."
    )
    speakers = sorted(facts.actors[s.speaker].name for s in facts.statements)
    assert speakers == ["Russia", "Ukraine"]


def test_title_resolves_to_person_named_before(facts_of):
    facts = facts_of(
        "NATO Secretary General Jens Stoltenberg visited Warsaw. "
        "“The alliance stands with all of its members,” the secretary general said."
    )
    direct = [s for s in facts.statements if s.direct]
    assert direct and facts.actors[direct[0].speaker].name == "Jens Stoltenberg"


def test_unnamed_official_is_their_state(facts_of):
    facts = facts_of("Ukraine's defense minister said that Russia had moved more troops north.")
    statement = next(s for s in facts.statements if not s.direct)
    assert facts.actors[statement.speaker].name == "Ukraine"


def test_gazetteer_gives_wikidata_ids(facts_of):
    facts = facts_of("Vladimir Putin said that Russia would respond to any provocation.")
    putin = next(a for a in facts.actors.values() if a.name == "Vladimir Putin")
    assert putin.wikidata == "Q7747" and putin.key == "Q7747"


def test_name_split_from_an_organisation_is_no_antecedent(facts_of):
    # the model tags "Kastus" ORG and "Kalinouski" PERSON: the latter is no one "he" means
    facts = facts_of(
        "Oleh Marchenko joined the Kastus Kalinouski ranks in 2022. "
        "He said that the war would last for years."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Oleh Marchenko"


def test_untagged_surname_is_the_person_named_before(facts_of):
    facts = facts_of(
        "Xi Jinping spoke in Beijing. China's Xi said that the talks had been useful for all."
    )
    assert {facts.actors[s.speaker].name for s in facts.statements} == {"Xi Jinping"}


def test_lower_case_word_is_not_the_organisation_it_spells(facts_of):
    facts = facts_of(
        "The plan drew questions from the delegates, who said that the talks had been useful."
    )
    assert "World Health Organization" not in {a.name for a in facts.actors.values()}


def test_commander_in_chief_resolves_to_the_person_with_that_title(facts_of):
    facts = facts_of(
        "The Commander-in-Chief of the Armed Forces of Ukraine, Colonel-General Oleksandr "
        "Syrskyi, visited the front on Friday.\n\n"
        "“The defense of our positions has been strengthened with drones and ammunition,” "
        "the commander-in-chief said."
    )
    direct = [s for s in facts.statements if s.direct]
    assert direct and facts.actors[direct[0].speaker].name == "Oleksandr Syrskyi"


def test_organisation_cut_before_its_state_is_named_in_full(facts_of):
    facts = facts_of(
        "The Armed Forces of Ukraine said that two Russian drones had been shot down overnight."
    )
    names = {a.name for a in facts.actors.values()}
    assert "Armed Forces of" not in names


def test_surname_first_name_is_shortened_to_its_first_word(facts_of):
    facts = facts_of(
        "Chinese Foreign Minister Wang Yi held talks in Bali on Saturday.\n\n"
        "Wang said that relations between the two countries had been damaged badly."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Wang Yi"


def test_name_in_apposition_to_a_title_is_a_person(facts_of):
    facts = facts_of(
        "“We should not hesitate to take bolder decisions on defence,” Lithuania’s president "
        "and summit host, Gitanas Nauseda, said."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Gitanas Nauseda"


def test_lower_case_ministry_of_a_state_is_an_organisation(facts_of):
    facts = facts_of("Russia’s defense ministry said that the drills would begin next week.")
    [statement] = facts.statements
    speaker = facts.actors[statement.speaker]
    assert speaker.type == "Organization" and "ministry" in speaker.name.lower()


def test_a_leaders_office_speaks_for_the_leaders_state(facts_of):
    facts = facts_of(
        "South African President Cyril Ramaphosa will host the summit.\n\n"
        "Ramaphosa’s office said that the decision had been taken by mutual agreement."
    )
    statement = next(s for s in facts.statements if "mutual" in s.content)
    assert facts.actors[statement.speaker].name == "South Africa"


def test_organisation_chief_is_the_person_acting_for_it(facts_of):
    facts = facts_of(
        "Jens Stoltenberg arrived in Vilnius on Monday.\n\n"
        "The Nato chief said that the alliance would defend every inch of its territory."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Jens Stoltenberg"


def speakers_of(facts) -> list[str]:
    return [facts.actors[s.speaker].name for s in facts.statements]


def test_office_title_is_no_part_of_a_name(facts_of):
    facts = facts_of(
        "Taoiseach Leo Varadkar visited Kyiv on Monday. "
        "The Taoiseach said that Ireland would stand with Ukraine for as long as it takes."
    )
    assert speakers_of(facts) == ["Leo Varadkar"]
    assert "Taoiseach" not in keys_by_name(facts)


def test_state_office_named_before_its_bearer(facts_of):
    facts = facts_of(
        "Ireland's premier said that Ukraine would emerge from the war victorious. "
        "Taoiseach Leo Varadkar met President Volodymyr Zelensky in Kyiv."
    )
    assert speakers_of(facts)[0] == "Leo Varadkar"


def test_city_official_speaks_for_its_state(facts_of):
    facts = facts_of("A Mariupol police official told CNN that food supplies were dwindling.")
    assert speakers_of(facts) == ["Ukraine"]


def test_founder_of_an_organisation_is_a_person(facts_of):
    facts = facts_of(
        "Russian billionaire Oleg Tinkov has criticised the war in a post on Tuesday. "
        "“I don't see a single beneficiary of this insane war,” the founder of Tinkoff Bank wrote."
    )
    assert speakers_of(facts) == ["Oleg Tinkov"]


def test_organisation_named_by_its_head_noun(facts_of):
    facts = facts_of(
        "Zaporizhzhia is under attack, the city's Regional Council said on Wednesday. "
        "Later the council said that the evacuation would resume on Thursday morning."
    )
    assert speakers_of(facts) == ["Regional Council", "Regional Council"]


def test_hearer_is_not_the_pronoun_speaker(facts_of):
    # (the sentences between put Zelensky out of reach as the last subject)
    facts = facts_of(
        "Mr Zelensky said it was a fruitful meeting. Markets were calm. Prices rose. "
        "Trade fell. He also informed Mr Varadkar about the attacks. "
        "He said that Russia was targeting residential areas."
    )
    assert speakers_of(facts) == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


# ---------------------------------------------------------------- actors beyond the gazetteer
# Generated variants: other states, capitals, ministries and groups than any annotated article.
STATES = ["Chad", "Peru", "Kenya", "Nepal", "Ghana", "Mongolia", "Uruguay", "Zambia", "Oman"]


def test_name_and_capital_of_a_state_are_one_actor(facts_of):
    # the defect: "Moscow" gave country/russia, "Russia" Q159
    for capital, state in [("Moscow", "Russia"), ("Washington", "United States")]:
        facts = facts_of(
            f"{capital} said on Monday that the talks would resume. "
            f"{state} said on Tuesday that the talks had been useful."
        )
        assert len({s.speaker for s in facts.statements}) == 1, speakers_of(facts)
        assert {facts.actors[s.speaker].name for s in facts.statements} == {state}


def test_every_states_capital_stands_for_it(facts_of):
    from kg.gazetteer import gazetteer

    gaz = gazetteer()
    for state in STATES:
        capital = next(a for a in gaz.entries[state].aliases if a[:1].isupper())
        facts = facts_of(f"{capital} said on Monday that the talks would resume next week.")
        assert speakers_of(facts) == [state], capital


def test_seat_of_government_that_is_not_the_capital_stands_for_its_state(facts_of):
    for seat, state in [("Pretoria", "South Africa"), ("Putrajaya", "Malaysia")]:
        facts = facts_of(f"{seat} said on Monday that the talks would resume next week.")
        assert speakers_of(facts) == [state], seat


def test_a_states_generic_forces_stand_for_it(facts_of):
    from kg.gazetteer import gazetteer

    adjectives = {}
    for adjective, state in gazetteer().demonyms.items():
        adjectives.setdefault(state, adjective)
    for state in [*STATES, "Thailand"]:
        adjective = adjectives[state].title()
        for force in ("army", "military", "armed forces"):
            facts = facts_of(
                f"The {adjective} {force} said on Monday that it had retaken the town."
            )
            assert speakers_of(facts) == [state], (adjective, force)


def test_an_unnamed_minister_of_a_state_is_the_state(facts_of):
    for state in STATES:
        for text in (
            f"The foreign minister of {state} said on Monday that the talks had failed.",
            f"{state}'s foreign minister said on Monday that the talks had failed.",
        ):
            assert speakers_of(facts_of(text)) == [state], text


def test_a_states_ministries_are_organisations_of_it(facts_of):
    for state in STATES:
        for text in (
            f"{state}'s Ministry of Defence said on Monday that the drills would begin.",
            f"The Ministry of Foreign Affairs of {state} said on Monday that the talks had failed.",
            f"{state}'s Interior Ministry said on Monday that the border would stay closed.",
        ):
            facts = facts_of(text)
            [statement] = facts.statements
            speaker = facts.actors[statement.speaker]
            assert speaker.type == "Organization" and state in speaker.name, text
            assert "Ministry" in speaker.name


GROUP_CONTEXTS = [
    "The militia {} said on Monday that it had taken the town.",
    "{} rebels said on Monday that they had taken the town.",
    "{}, an armed group, said on Monday that it had taken the town.",
    "The Rwanda-backed {} said on Monday that it had taken the town.",
    "The paramilitary {} said on Monday that it had taken the town.",
]


def test_armed_groups_are_groups_from_context(facts_of):
    for name in ("Northern Liberation Front", "Kivu Defence Forces"):
        for context in GROUP_CONTEXTS:
            facts = facts_of(context.format(name))
            [statement] = facts.statements
            speaker = facts.actors[statement.speaker]
            assert (speaker.name, speaker.type) == (name, "Group"), context


def test_without_a_cue_an_organisation_stays_one(facts_of):
    facts = facts_of("The Northern Trade Council said on Monday that it had taken the town.")
    assert [facts.actors[s.speaker].type for s in facts.statements] == ["Organization"]


def test_known_armed_groups_are_groups(facts_of):
    for name in ("Hamas", "Hezbollah", "Taliban"):
        facts = facts_of(f"{name} said on Monday that it would not accept the proposal.")
        assert [(a.name, a.type) for a in facts.actors.values()] == [(name, "Group")]


def test_unknown_people_keep_their_full_name_and_type(facts_of):
    for name in ("Amina Diallo", "Tomasz Wiśniewski", "Nguyen Van Thanh"):
        facts = facts_of(f"{name}, a local official, said on Monday that the town was shelled.")
        [statement] = facts.statements
        speaker = facts.actors[statement.speaker]
        assert (speaker.name, speaker.type, speaker.key) == (name, "Person", slug(name))


def test_one_name_is_one_key_whatever_the_models_label(facts_of):
    # a person's name tagged ORG in one sentence and PERSON in another is one actor
    facts = facts_of(
        "Nikki Haley spoke in Milwaukee on Tuesday. Haley said that she would endorse the "
        "nominee. Later Nikki Haley's campaign said that the speech had gone well."
    )
    keys = {k for k, a in facts.actors.items() if a.name == "Nikki Haley"}
    assert keys == {"nikki-haley"} and facts.actors["nikki-haley"].type == "Person"


def test_a_persons_surname_that_spells_a_capital_is_the_person(facts_of):
    # the gazetteer reads "Lima" as Peru; the entity ruler cuts the name before NER runs
    facts = facts_of(
        "Police Chief Maria Lima told reporters in Ohio that the search had ended. "
        "“We found nothing in the river,” Lima said on Tuesday."
    )
    speakers = {facts.actors[s.speaker].name for s in facts.statements}
    assert speakers == {"Maria Lima"}
    assert "Peru" not in {a.name for a in facts.actors.values()}


def test_a_surname_is_the_person_named_last_before_it(facts_of):
    facts = facts_of(
        "The museum honours former governor Walter Okafor, who retired in 1990. "
        "The plan drew criticism from Senator Grace Okafor on Monday. "
        "Okafor said that the plan would fail in the Senate."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Grace Okafor"


def test_a_well_known_surname_keeps_its_bearer_when_someone_shares_it(facts_of):
    facts = facts_of(
        "Professor Anna Scholz teaches in Leipzig. Chancellor Olaf Scholz visited Paris. "
        "Scholz said that Germany would send more aid to Ukraine."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Olaf Scholz"


def test_given_names_join_a_gazetteer_surname_into_another_person(facts_of):
    facts = facts_of(
        "The bill was opposed by Congressman Peter Scholz of Ohio. "
        "Scholz said that the bill would never pass the House."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Peter Scholz"


def test_a_surname_the_model_takes_for_a_title_is_the_person(facts_of):
    facts = facts_of(
        "District attorney Nate Bible told reporters that the agency had failed. "
        "“It seems odd to me,” Bible said. “They have no answers at all.”"
    )
    speakers = {facts.actors[s.speaker].name for s in facts.statements}
    assert speakers == {"Nate Bible"}
    assert [s.content for s in facts.statements][1:] == [
        "It seems odd to me",
        "They have no answers at all.",
    ]


def test_spokesperson_for_a_state_body_speaks_for_the_body(facts_of):
    facts = facts_of(
        "Forty migrants were rescued off Lampedusa, a spokesperson for Malta's maritime "
        "police told reporters. The maritime police said that the boat had left Zuwara."
    )
    speakers = {facts.actors[s.speaker].name for s in facts.statements}
    assert speakers == {"Malta maritime police"}
    assert facts.actors[facts.statements[0].speaker].type == "Organization"


def test_capitalised_office_of_a_state_is_its_own_organisation(facts_of):
    facts = facts_of(
        "The Dutch Foreign Office said that two of its citizens had been detained in Caracas."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Dutch Foreign Office"
    assert facts.actors[statement.speaker].type == "Organization"


def test_police_named_by_their_state_speak_as_their_own_organisation(facts_of):
    # the dev gold names such a force as an organisation of its own (11 cases to 1)
    facts = facts_of("Chilean police said that the protesters had blocked the main road.")
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Chilean police"
    assert facts.actors[statement.speaker].type == "Organization"


def test_untagged_speaker_name_is_a_person(facts_of):
    facts = facts_of(
        "The ferry service to the islands would resume on Monday, according to Than Swe."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Than Swe"
    assert facts.actors[statement.speaker].type == "Person"


def test_two_people_named_in_full_with_one_surname_stay_two(facts_of):
    facts = facts_of(
        "Maria Okafor and her husband flew home from Abuja on Monday.\n\n"
        "“We waited nine hours and nobody told us anything,” Daniel Okafor said."
    )
    [statement] = [s for s in facts.statements if s.direct]
    assert facts.actors[statement.speaker].name == "Daniel Okafor"


def test_title_the_parser_took_for_a_second_subject_is_the_persons(facts_of):
    facts = facts_of(
        "Chilean Ambassador to the U.N. Paula Narvaez appeared on a morning show on Sunday.\n\n"
        "“We will not accept the ruling,” the ambassador said."
    )
    [statement] = [s for s in facts.statements if s.direct]
    assert facts.actors[statement.speaker].name == "Paula Narvaez"


def test_he_with_no_person_before_is_the_name_taken_for_an_organisation(facts_of):
    facts = facts_of(
        "Gustavo Petro arrived in Quito on Friday. “The border crossings will stay open "
        "all winter,” he said."
    )
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Gustavo Petro"
    assert facts.actors[statement.speaker].type == "Person"


def test_kosovan_officials_are_kosovo(facts_of):
    facts = facts_of("Kosovan officials said that the crossing at Jarinje would stay closed.")
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Kosovo"


def test_a_state_s_name_leading_a_person_s_name_is_the_person_s(facts_of):
    # the entity ruler tags the given name as the state; the person speaks
    speaker = facts_of("Chad Kemboi said that the new road to the port would open in May.")
    assert [speaker.actors[s.speaker].name for s in speaker.statements] == ["Chad Kemboi"]
    titled = facts_of(
        "Kenyan trade minister Jordan Otieno told reporters that the port would reopen."
    )
    assert [titled.actors[s.speaker].name for s in titled.statements] == ["Jordan Otieno"]
    # after a determiner the state's name is a place's: "the Jordan Valley"
    valley = facts_of("Israeli troops were deployed to the Jordan Valley on Monday.")
    assert [d.location for d in valley.deployments] == ["the Jordan Valley"]


def test_a_titled_name_the_model_cut_in_two_is_one_person(facts_of):
    # 'Chairperson A' tagged a person and 'B C' an organisation: one person, not two
    facts = facts_of(
        "AU Commission Chairperson Abdoulaye Faki Zakaria said on Wednesday that he "
        "had written to both presidents."
    )
    people = [a.name for a in facts.actors.values() if a.type == "Person"]
    assert people == ["Abdoulaye Faki Zakaria"]
