"""Statement frames of kg.extract.statements, on invented sentences (actors and places of no
annotated article)."""

import threading

import pytest

from tests.statement_views import statement_triples


@pytest.mark.parametrize(
    "text",
    [
        "The Jakarta Globe reported that the navy would patrol the Natuna Islands.",
        "A local radio station reported that fighters had entered the town of Goma.",
        "The state news agency said the launch near Sinpo had been a success.",
        "The newspaper Kommersant reported that Moscow was preparing new talks with Ankara.",
        "According to Al Jazeera, the convoy reached Khan Younis on Friday.",
        "According to the Manila Times, two coast guard vessels left Subic Bay on Sunday.",
    ],
)
def test_an_outlet_by_its_name_or_its_noun_is_no_speaker(facts_of, text):
    assert statement_triples(facts_of(text)) == []


def test_a_ministry_speaking_through_an_outlet_keeps_its_statement(facts_of):
    facts = facts_of(
        "Colombia's foreign ministry told the newspaper El Tiempo that it would recall its "
        "ambassador from Caracas."
    )
    [(speaker, content, direct)] = statement_triples(facts)
    assert content == "it would recall its ambassador from Caracas" and not direct
    assert "Tiempo" not in speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "William Ruto routinely pushed for a no-fly zone to be enforced over the border.",
            "William Ruto",
            "a no-fly zone to be enforced over the border",
        ),
        (
            "Jacinda Ardern asked for Winston Peters, a former minister, to join the call.",
            "Jacinda Ardern",
            "Winston Peters, a former minister, to join the call",
        ),
        (
            "William Ruto criticised the army for failing to protect the villages near Garissa.",
            "William Ruto",
            "failing to protect the villages near Garissa",
        ),
        (
            "William Ruto called out Somalia for violating the charter in its raid on Mandera.",
            "William Ruto",
            "violating the charter in its raid on Mandera",
        ),
    ],
)
def test_what_a_verb_says_through_its_preposition(facts_of, text, speaker, content):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


@pytest.mark.parametrize(
    "text",
    [
        "The plan by Luis Arce did not push for a withdrawal of troops from the Chaco.",
        "William Ruto criticised the army for its role in the crackdown near Garissa.",
        "The ferry was pushed for an hour by the storm near Mombasa.",
        # a danger of fewer than three words is a topic
        "Sudanese officials have warned of retaliation.",
        "The Ghanaian coast guard warned fishermen of heavy storms off Takoradi.",
    ],
)
def test_a_preposition_that_says_nothing(facts_of, text):
    assert statement_triples(facts_of(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "William Ruto also warned of the damage a second term for the junta could do.",
            "William Ruto",
            "the damage a second term for the junta could do",
        ),
        # the condition the danger hangs on is part of what was warned of
        (
            "Chilean Foreign Minister Alberto van Klaveren warned of severe economic "
            "consequences if Bolivia closed the border.",
            "Alberto van Klaveren",
            "severe economic consequences if Bolivia closed the border",
        ),
        (
            "Brazilian officials have warned of consequences, including sanctions, should "
            "Caracas send troops into Guyana.",
            "Brazil",
            "consequences, including sanctions, should Caracas send troops into Guyana",
        ),
    ],
)
def test_a_danger_warned_of_is_what_was_said(facts_of, text, speaker, content):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


def test_an_appeal_after_an_opening_date_stops_at_the_comma(facts_of):
    facts = facts_of(
        "On Thursday, William Ruto called for a dramatic increase in aid to Sudan, urging "
        "parliament to pass a new package."
    )
    assert ("William Ruto", "a dramatic increase in aid to Sudan", False) in statement_triples(
        facts
    )


def test_a_report_speaks_for_who_published_it(facts_of):
    facts = facts_of(
        "Amnesty International published a report on Tuesday about detentions in Chad.\n\n"
        "At least 300 protesters were held without charge in N'Djamena, the report said.\n\n"
        "The report found that guards had beaten detainees in two prisons near Abeche."
    )
    assert statement_triples(facts) == [
        (
            "Amnesty International",
            "At least 300 protesters were held without charge in N'Djamena",
            False,
        ),
        ("Amnesty International", "guards had beaten detainees in two prisons near Abeche", False),
    ]


def test_a_letter_speaks_for_who_sent_it(facts_of):
    facts = facts_of(
        "A letter from Human Rights Watch reached the envoys in Geneva on Monday. The letter "
        "said the camps near Maungdaw had been shelled twice since March."
    )
    assert statement_triples(facts) == [
        ("Human Rights Watch", "the camps near Maungdaw had been shelled twice since March", False)
    ]


def test_the_statement_is_the_one_introduced_last(facts_of):
    facts = facts_of(
        "Aid groups warn over Myanmar camps\n\nYANGON (Wire) -- The United Nations refugee "
        "agency said in a statement on Monday that the camps near Maungdaw had been "
        "shelled.\n\nOn Tuesday, Amnesty International condemned the shelling in a "
        "statement.\n\n“The shelling of civilians must stop at once,” the statement said."
    )
    assert ("Amnesty International", "The shelling of civilians must stop at once", True) in (
        statement_triples(facts)
    )
    assert not any(
        s != "Amnesty International" and c.startswith("The shelling")
        for s, c, _ in statement_triples(facts)
    )


def test_a_document_with_no_author_named_speaks_for_no_one(facts_of):
    facts = facts_of(
        "The committee met on Monday. The report found that the rebels controlled the road "
        "to Bunia."
    )
    assert statement_triples(facts) == []


def test_it_after_an_opening_phrase_is_the_body_speaking_before(facts_of):
    facts = facts_of(
        "The Thai army said on Monday that it had moved two battalions to the border. "
        "In April, it said its drones hit a depot near Mae Sot."
    )
    assert [(s, c) for s, c, _ in statement_triples(facts)] == [
        ("Thailand", "it had moved two battalions to the border"),
        ("Thailand", "its drones hit a depot near Mae Sot"),
    ]


def test_according_to_a_document_is_its_author(facts_of):
    facts = facts_of(
        "Amnesty International published a report on Tuesday about detentions in Chad. "
        "Of the 300 people held, 40 were children, according to the report."
    )
    assert statement_triples(facts) == [
        ("Amnesty International", "Of the 300 people held, 40 were children", False)
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Pete Ricketts asked passengers with complaints to contact the Department of "
            "Transportation.",
            "Pete Ricketts",
            "passengers with complaints to contact the Department of Transportation",
        ),
        (
            "In 2009, Brazil invited all interested parties to sign a new regional security "
            "treaty.",
            "Brazil",
            "all interested parties to sign a new regional security treaty",
        ),
    ],
)
def test_a_directive_is_its_object_and_infinitive(facts_of, text, speaker, content):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


def test_a_directive_without_an_infinitive_says_nothing(facts_of):
    assert (
        statement_triples(facts_of("William Ruto asked a question about the budget in Nairobi."))
        == []
    )


def test_a_quotation_takes_no_speaker_from_the_next_paragraph(facts_of):
    facts = facts_of(
        "Gustavo Petro criticized the plan. Ivan Duque replied on Monday.\n\n"
        "“It seems like they do here what they can’t do in their own countries,” Duque told "
        "a radio station. “We feel very insulted.”\n\n"
        "Sebastian Zenker, a professor in Bogota, disagreed."
    )
    assert [(s, d) for s, _, d in statement_triples(facts)] == [
        ("Ivan Duque", True),
        ("Ivan Duque", True),
    ]


def test_a_case_speaks_for_who_said_it_opened_it(facts_of):
    facts = facts_of(
        "The NSS, Kenya's main intelligence service, said that it had opened a criminal case "
        "against Ali Hassan. The case accuses Hassan of launching an armed rebellion inside "
        "Kenya."
    )
    assert ("NSS", "launching an armed rebellion inside Kenya", False) in statement_triples(facts)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "A total war against Kenya is in progress, and the future of the country is at "
            "stake. Deputy Chairman of the Kenyan parliament Peter Kaluma made the statement "
            "in Nairobi.",
            "Peter Kaluma",
            "A total war against Kenya is in progress, and the future of the country is at stake",
        ),
        (
            "The pressure of Colombia and the world on the rebel groups will be continued.\n\n"
            "The relevant statement was made by Colombian President Gustavo Petro in a video "
            "address.",
            "Gustavo Petro",
            "The pressure of Colombia and the world on the rebel groups will be continued",
        ),
    ],
)
def test_a_sentence_pointed_back_at_is_the_next_sentence_s_speaker_s(
    facts_of, text, speaker, content
):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


def test_this_as_the_subject_of_a_clause_points_back_at_nothing(facts_of):
    facts = facts_of(
        "The weather in Nairobi was warm on Monday. William Ruto said this would not stop the "
        "parade."
    )
    assert statement_triples(facts) == [("William Ruto", "this would not stop the parade", False)]


def test_an_opening_phrase_hung_above_the_pronoun_s_verb_ends(facts_of):
    # the defect: climbing from 'Mr Kiir' to the root never met the reported verb, and the
    # root test compared spaCy tokens by identity (a new object per access), so it never
    # stopped; two corpus articles ran past the time budget on it
    outcome = []
    text = "Mr Kiir added that, in April, it said the strikes near Juba would stop."
    worker = threading.Thread(target=lambda: outcome.append(facts_of(text)), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert outcome, "the extraction did not end within 60 s"


@pytest.mark.parametrize(
    ("text", "speakers", "content"),
    [
        (
            "Gabriel Boric and Gustavo Petro held a joint news conference in Bogota on Monday. "
            "They said the talks on the Darien crossing had made progress.",
            ["Gabriel Boric", "Gustavo Petro"],
            "the talks on the Darien crossing had made progress",
        ),
        (
            "Ghana and Togo signed a border accord in Lome on Friday. Both said the patrols "
            "along the Volta would resume next month.",
            ["Ghana", "Togo"],
            "the patrols along the Volta would resume next month",
        ),
    ],
)
def test_a_plural_pronoun_speaks_for_the_actors_coordinated_just_before(
    facts_of, text, speakers, content
):
    assert sorted(statement_triples(facts_of(text))) == [(s, content, False) for s in speakers]


def test_they_after_one_actor_alone_is_no_speaker(facts_of):
    facts = facts_of(
        "Gabriel Boric met students in Valparaiso on Monday. They said the fees were too high."
    )
    assert statement_triples(facts) == []


def test_bare_plural_authorities_point_back_to_the_state_named_before(facts_of):
    facts = facts_of(
        "Peruvian authorities said the smuggler had fled towards Bolivia. He was arrested in "
        "March after crossing the border near Desaguadero, authorities said."
    )
    assert statement_triples(facts) == [
        ("Peru", "the smuggler had fled towards Bolivia", False),
        ("Peru", "He was arrested in March after crossing the border near Desaguadero", False),
    ]


def test_according_to_the_spokesperson_is_the_body_the_spokesperson_spoke_for(facts_of):
    facts = facts_of(
        "A spokesperson for the Chilean navy told reporters that two trawlers had been seized. "
        "The crews had each paid more than 2,000 dollars for the trip, according to the "
        "spokesperson."
    )
    assert statement_triples(facts) == [
        ("Chile", "two trawlers had been seized", False),
        ("Chile", "The crews had each paid more than 2,000 dollars for the trip", False),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Gustavo Petro described the proposal from Caracas as a “reckless” gamble with the "
            "lives of civilians.",
            "Gustavo Petro",
            "the proposal from Caracas as a “reckless” gamble with the lives of civilians",
        ),
        (
            "On Tuesday, Nikol Pashinyan called the vote in the Syunik province “a farce” and "
            "“a disgrace”.",
            "Nikol Pashinyan",
            "the vote in the Syunik province “a farce” and “a disgrace”",
        ),
        (
            "Hakainde Hichilema dismissed the reports from Chipata as “baseless” propaganda.",
            "Hakainde Hichilema",
            "the reports from Chipata as “baseless” propaganda",
        ),
        # a thing called so in three quoted words is the speaker's claim
        (
            "Chilean Foreign Minister Alberto van Klaveren condemned the seizure as “reckless "
            "and dangerous” and said Santiago would respond.",
            "Alberto van Klaveren",
            "the seizure as “reckless and dangerous”",
        ),
        # an adjective the parser hangs on 'as' as its modifier
        (
            "The Peruvian foreign ministry described the talks as “frank but constructive.”",
            "Peruvian foreign ministry",
            "the talks as “frank but constructive.”",
        ),
        # the 'as' phrase hung on a noun inside the object
        (
            "Evo Morales dismissed Chilean reports of a troop buildup as “hysteria.”",
            "Evo Morales",
            "Chilean reports of a troop buildup as “hysteria.”",
        ),
    ],
)
def test_a_characterisation_in_the_speaker_s_words_is_what_was_said(
    facts_of, text, speaker, content
):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a dismissal denies: however short its scare quote (GUIDELINES: the proposition
        # denied), and without one
        (
            "Hakainde Hichilema dismissed the reports from Chipata as “propaganda”.",
            "the reports from Chipata as “propaganda”",
        ),
        (
            "Hakainde Hichilema dismissed the claims as false on Monday.",
            "the claims as false",
        ),
    ],
)
def test_what_is_dismissed_as_something_is_denied(facts_of, text, content):
    assert statement_triples(facts_of(text)) == [("Hakainde Hichilema", content, False)]


def test_a_thing_judged_by_an_unquoted_adjective_is_what_was_said(facts_of):
    facts = facts_of("Both Bolivia and Paraguay have described the drills as purely defensive.")
    assert statement_triples(facts) == [
        ("Bolivia", "the drills as purely defensive", False),
        ("Paraguay", "the drills as purely defensive", False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one scare quote is no statement (GUIDELINES)
        "Nikol Pashinyan described the talks in Tbilisi as “constructive” and flew home.",
        "Nikol Pashinyan described the seizure in Tbilisi as “a provocation” and flew home.",
        "Nikol Pashinyan described the talks in Tbilisi as “a red line” and flew home.",
        # a person called so in quoted words is a portrait, not a claim
        "Nikol Pashinyan described Irakli Garibashvili as “a loyal friend” and flew home.",
        # without the speaker's own words it is the journalist's summary
        "Hakainde Hichilema hailed the agreement with Malawi as a success on Monday.",
        # an office named in the 'as' phrase is an act
        "Hakainde Hichilema dismissed the general as army chief on Monday.",
        # a label too short to say more than a word
        "Gustavo Petro called the vote “fraudulent”.",
    ],
)
def test_a_characterisation_without_the_speaker_s_own_claim_is_no_statement(facts_of, text):
    assert statement_triples(facts_of(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Walter Astudillo condemned what he called the reckless shelling of border posts "
            "near Tumbes.",
            "Walter Astudillo",
            "the reckless shelling of border posts near Tumbes",
        ),
        (
            "The frigate docked in Callao in what Walter Astudillo called a routine port call "
            "for crew rotation.",
            "Walter Astudillo",
            "a routine port call for crew rotation",
        ),
        (
            "The drones were downed over the Negev in what the Israel Defense Forces described "
            "as an “extraordinary” operational and diplomatic success.",
            "Israel Defense Forces",
            "an “extraordinary” operational and diplomatic success",
        ),
    ],
)
def test_what_a_free_relative_is_called_is_what_was_said(facts_of, text, speaker, content):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


def test_a_quotation_of_three_words_a_free_relative_is_called_is_the_statement(facts_of):
    facts = facts_of(
        "Gabriel Boric ordered the deployment after what he described as “a frank "
        "conversation” with Javier Milei."
    )
    assert statement_triples(facts) == [("Gabriel Boric", "a frank conversation", True)]


@pytest.mark.parametrize(
    "text",
    [
        # a scare quote with a phrase hung on it is a label
        "Walter Astudillo condemned what he called “threats” by the West.",
        "Walter Astudillo condemned what he called “provocations” near Tumbes.",
        # two words say no more than a label
        "Walter Astudillo condemned what he called rebel hideouts.",
        # the object of an act is the journalist's account of what was done
        "Colombian jets struck what Quito described as rebel hideouts in the province of "
        "Sucumbios.",
    ],
)
def test_a_free_relative_called_by_a_label_is_no_statement(facts_of, text):
    assert statement_triples(facts_of(text)) == []


def test_one_scare_quote_the_parser_reads_as_an_apposition_is_no_statement(facts_of):
    facts = facts_of(
        "On Tuesday, Nikol Pashinyan called the vote in the southern Syunik province “a farce”."
    )
    assert statement_triples(facts) == []


def test_a_participle_of_promise_set_off_after_the_clause_speaks_for_its_subject(facts_of):
    facts = facts_of(
        "Kenyan President William Ruto visited Mogadishu on Monday for the first time since the "
        "attack began, vowing to keep troops in Somalia until the vote."
    )
    assert statement_triples(facts) == [
        ("William Ruto", "to keep troops in Somalia until the vote", False)
    ]


def test_a_participle_of_claiming_that_modifies_a_noun_says_nothing(facts_of):
    facts = facts_of("A group claiming to represent the fighters in Kidal released a video.")
    assert statement_triples(facts) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Al-Shabaab fighters attacked a base near Kismayo on Monday. The group said its "
            "fighters had seized two armoured vehicles.",
            "al-Shabaab",
            "its fighters had seized two armoured vehicles",
        ),
        (
            "HSBC has cut its lending in Almaty. The bank said it had been steadily reducing "
            "its Kazakh business.",
            "HSBC",
            "it had been steadily reducing its Kazakh business",
        ),
    ],
)
def test_a_noun_of_a_kind_of_body_points_back_to_the_body_that_acted_just_before(
    facts_of, text, speaker, content
):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


def test_a_kind_noun_with_no_body_acting_before_names_no_speaker(facts_of):
    facts = facts_of(
        "Police were called to Terminal 2 of the airport. Three officers were injured, the "
        "force said."
    )
    assert statement_triples(facts) == []


def test_a_participle_of_claiming_opening_the_sentence_is_its_circumstance(facts_of):
    facts = facts_of(
        "Claiming to be in close contact with the allies of Chad, Mahamat Deby declared on "
        "Friday that the border would stay closed."
    )
    assert statement_triples(facts) == [("Mahamat Deby", "the border would stay closed", False)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Haitian Prime Minister Garry Conille on Tuesday called for Kenya to send more "
            "police officers to Port-au-Prince.",
            "Garry Conille",
            "Kenya to send more police officers to Port-au-Prince",
        ),
        (
            "Mongolian President Ukhnaagiin Khurelsukh opened the summit in Ulaanbaatar by "
            "calling for new talks on the Caspian border.",
            "Ukhnaagiin Khurelsukh",
            "new talks on the Caspian border",
        ),
        (
            "Fijian Prime Minister Sitiveni Rabuka left Suva on Monday after calling on Tonga to "
            "share its fishing data.",
            "Sitiveni Rabuka",
            "Tonga to share its fishing data",
        ),
    ],
)
def test_an_appeal_by_its_clause_or_its_gerund_speaks_for_the_subject(
    facts_of, text, speaker, content
):
    """'called for X to ...' (the parser's 'for' marks a clause) and 'opened the summit by
    calling for ...' (the gerund's doer is the subject of the verb it modifies)."""
    [(found, said, direct)] = statement_triples(facts_of(text))
    assert found == speaker and content in said and not direct


@pytest.mark.parametrize(
    "text",
    [
        "Senior Bhutanese and Nepali officials said on Friday that the border crossing at "
        "Phuentsholing would reopen.",
        "Officials from Bhutan and Nepal said on Friday that the border crossing at "
        "Phuentsholing would reopen.",
        "The defence ministers and army officials of Bhutan and Nepal agreed on Friday that the "
        "border crossing at Phuentsholing would reopen.",
    ],
)
def test_officials_of_two_states_speak_for_each_state(facts_of, text):
    pairs = statement_triples(facts_of(text))
    assert sorted(speaker for speaker, _, _ in pairs) == ["Bhutan", "Nepal"]
    assert all(c == "the border crossing at Phuentsholing would reopen" for _, c, _ in pairs)


def test_roles_and_experts_coordinated_with_no_owners_speak_for_no_state(facts_of):
    facts = facts_of(
        "Bhutan and Nepal reopened the crossing. Officials and experts said on Friday that the "
        "border crossing at Phuentsholing would stay open."
    )
    assert statement_triples(facts) == []


def test_a_reported_clause_opening_with_its_quotation_is_that_quotation(facts_of):
    facts = facts_of(
        "Sri Lankan President Ranil Wickremesinghe said “the island will never host a foreign "
        "base” in a speech to parliament in Colombo on Monday, hours after the Indian foreign "
        "minister left the city."
    )
    assert statement_triples(facts) == [
        ("Ranil Wickremesinghe", "the island will never host a foreign base", True)
    ]


def test_a_quoted_phrase_opening_a_reported_clause_stays_part_of_it(facts_of):
    facts = facts_of(
        "Ranil Wickremesinghe said “several Indian trawlers” had entered the waters off Jaffna."
    )
    [(speaker, content, direct)] = statement_triples(facts)
    assert speaker == "Ranil Wickremesinghe" and not direct
    assert content.endswith("had entered the waters off Jaffna")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Pakistani Prime Minister Shehbaz Sharif blamed the power cuts in Karachi on unpaid "
            "fuel bills.",
            "Shehbaz Sharif",
            "the power cuts in Karachi on unpaid fuel bills",
        ),
        (
            "The Thai army attributed the blast in Narathiwat to a roadside bomb planted by "
            "separatists.",
            "Thailand",
            "the blast in Narathiwat to a roadside bomb planted by separatists",
        ),
    ],
)
def test_ascribing_a_cause_says_the_one_caused_the_other(facts_of, text, speaker, content):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


def test_a_cause_ascribed_in_the_passive_has_no_speaker(facts_of):
    assert (
        statement_triples(facts_of("The blast in Narathiwat was blamed on a roadside bomb.")) == []
    )


def test_according_to_mid_sentence_gives_the_side_with_the_main_verb(facts_of):
    facts = facts_of(
        "Azerbaijani forces were about 20 kilometers from Goris on Tuesday, according to the "
        "Institute for the Study of War, continuing what it called a slow advance."
    )
    assert (
        "Institute for the Study of War",
        "Azerbaijani forces were about 20 kilometers from Goris on Tuesday",
        False,
    ) in statement_triples(facts)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart in Lima "
            "on Monday. In his words, the border crossings at Arica would reopen next week.\n\n"
            "Trade between the two countries fell last year.",
            "Alberto van Klaveren",
            "the border crossings at Arica would reopen next week",
        ),
        (
            "Peruvian President Dina Boluarte spoke in Cusco on Friday. In her words, the "
            "government has no plan to call an early election.",
            "Dina Boluarte",
            "the government has no plan to call an early election",
        ),
    ],
)
def test_in_his_words_is_the_possessor_s_statement(facts_of, text, speaker, content):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Chilean President Tomas Ferrada will fly to Lima on Monday to meet his "
            "Peruvian counterpart, according to his office.",
            "Chile",
            "Chilean President Tomas Ferrada will fly to Lima on Monday to meet his "
            "Peruvian counterpart",
        ),
        (
            "Malagasy President Hery Rakoto talked to the French president by phone late on "
            "Sunday, according to an aide in his office.",
            "Madagascar",
            "Malagasy President Hery Rakoto talked to the French president by phone late on Sunday",
        ),
        (
            "Kenyan President Daniel Mwangi plans to go to the Kigali summit next month, "
            "according to an official at his office.",
            "Kenya",
            "Kenyan President Daniel Mwangi plans to go to the Kigali summit next month",
        ),
    ],
)
def test_according_to_an_office_named_by_its_holder_is_the_holder_s_state(
    facts_of, text, speaker, content
):
    assert (speaker, content, False) in statement_triples(facts_of(text))


def test_according_to_closing_a_paragraph_stays_out_of_the_clause(facts_of):
    facts = facts_of(
        "Five of the guards in Tulear were injured, according to the Malagasy interior "
        "ministry.\n\nThe prison was closed on Tuesday."
    )
    assert [c for _, c, _ in statement_triples(facts)] == [
        "Five of the guards in Tulear were injured"
    ]


def test_according_to_a_body_that_also_appeals_gives_both_statements(facts_of):
    facts = facts_of(
        "Before the vote, Nicaragua detained dozens of journalists, according to the Honduran "
        "foreign ministry, which called for their release in a statement on Friday."
    )
    contents = [content for _, content, _ in statement_triples(facts)]
    assert any(c.endswith("Nicaragua detained dozens of journalists") for c in contents)
    assert any("their release" in c for c in contents)


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian foreign ministry sent a letter to the ECOWAS commission on Monday. “There "
        "is no legal basis for this action against our citizens,” the letter reads.",
        "The Ghanaian foreign ministry sent a letter to the ECOWAS commission on Monday. The "
        "letter reads: “There is no legal basis for this action against our citizens.”",
    ],
)
def test_a_letter_that_reads_speaks_for_who_sent_it(facts_of, text):
    [(speaker, content, direct)] = statement_triples(facts_of(text))
    assert speaker == "Ghanaian foreign ministry" and direct
    assert content.startswith("There is no legal basis for this action against our citizens")


def test_reading_is_speech_only_for_a_document(facts_of):
    facts = facts_of("Nana Akufo-Addo reads that the border with Togo would reopen in June.")
    assert statement_triples(facts) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Nana Akufo-Addo welcomed signs that Togo would reopen the border at Aflao.",
            "signs that Togo would reopen the border at Aflao",
        ),
        (
            "Nana Akufo-Addo demanded the immediate release of the fishermen held in Lome.",
            "the immediate release of the fishermen held in Lome",
        ),
        (
            "Nana Akufo-Addo has disavowed the manifesto drafted by his former aides in Kumasi.",
            "the manifesto drafted by his former aides in Kumasi",
        ),
    ],
)
def test_a_verb_whose_object_is_what_was_stated(facts_of, text, content):
    assert statement_triples(facts_of(text)) == [("Nana Akufo-Addo", content, False)]


def test_welcoming_a_person_states_nothing(facts_of):
    assert (
        statement_triples(facts_of("Nana Akufo-Addo welcomed Faure Gnassingbe to Accra on Monday."))
        == []
    )


def test_repeating_a_claim_reports_it(facts_of):
    facts = facts_of("Nana Akufo-Addo spent three weeks repeating that he was staying in the race.")
    assert statement_triples(facts) == [("Nana Akufo-Addo", "he was staying in the race", False)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Luiz Inacio Lula da Silva likened the drought around Manaus to a war without weapons.",
            "Luiz Inacio Lula da Silva",
            "the drought around Manaus to a war without weapons",
        ),
        (
            "Cyril Ramaphosa proposed a joint patrol of the border near Musina on Monday.",
            "Cyril Ramaphosa",
            "a joint patrol of the border near Musina",
        ),
        (
            "Tanzania, Evariste Ndayishimiye said, had closed the crossing at Rusumo.",
            "Evariste Ndayishimiye",
            "had closed the crossing at Rusumo",
        ),
        (
            "The road to Gitega, Evariste Ndayishimiye said on Friday, would reopen next week.",
            "Evariste Ndayishimiye",
            "would reopen next week",
        ),
        (
            "Hun Manet claimed without providing evidence that Thailand was massing tanks near "
            "Poipet.",
            "Hun Manet",
            "Thailand was massing tanks near Poipet",
        ),
        (
            "Nana Akufo-Addo hinted that the vote in Tamale could be postponed.",
            "Nana Akufo-Addo",
            "the vote in Tamale could be postponed",
        ),
    ],
)
def test_frames_of_less_common_speech(facts_of, text, speaker, content):
    assert (speaker, content, False) in statement_triples(facts_of(text))


def test_a_pointing_back_lede_under_an_outlets_attribution(facts_of):
    facts = facts_of(
        "The border crossing at Salloum would reopen on Sunday. Sameh Shoukry said this in an "
        "interview, the agency reports."
    )
    assert statement_triples(facts) == [
        ("Sameh Shoukry", "The border crossing at Salloum would reopen on Sunday", False)
    ]


def test_a_named_body_compounding_an_investigation_is_its_author(facts_of):
    facts = facts_of(
        "Last month an African Union investigation into the clashes in Malakal was published."
        "\n\nThe investigation found that both armies had shelled the camp near Malakal."
    )
    assert (
        "African Union",
        "both armies had shelled the camp near Malakal",
        False,
    ) in statement_triples(facts)


def test_a_document_named_with_its_author_finds_for_it(facts_of):
    facts = facts_of(
        "Last week a UN investigation found that both armies had shelled the camp near Malakal."
    )
    assert statement_triples(facts) == [
        ("United Nations", "both armies had shelled the camp near Malakal", False)
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a preposition the parser takes for an infinitive's mark ('pleaded for X to ...')
        (
            "Since then, Somalia has repeatedly pleaded for its allies to provide more "
            "helicopters.",
            "Somalia",
            "its allies to provide more helicopters",
        ),
        (
            "Peru had argued for an international court established by the regional assembly.",
            "Peru",
            "an international court established by the regional assembly",
        ),
        (
            "Gabriel Boric has insisted on holding a ceasefire before the border talks resume.",
            "Gabriel Boric",
            "holding a ceasefire before the border talks resume",
        ),
        (
            "Nana Akufo-Addo has also hinted at cutting military aid to Togo.",
            "Nana Akufo-Addo",
            "cutting military aid to Togo",
        ),
        # a clause hung on the verb that voices a stance noun
        (
            "Gabriel Boric has given assurances the mines would not be laid near Arica.",
            "Gabriel Boric",
            "the mines would not be laid near Arica",
        ),
        (
            "Raila Odinga shared concerns with William Ruto that he was losing ground in Kisumu.",
            "Raila Odinga",
            "he was losing ground in Kisumu",
        ),
        (
            "Raila Odinga expressed anger that he would not be able to vote on Sunday.",
            "Raila Odinga",
            "he would not be able to vote on Sunday",
        ),
        # a channel of conversation holding the 'that' clause
        (
            "William Ruto told Abiy Ahmed in a phone call that Kenya would send more troops.",
            "William Ruto",
            "Kenya would send more troops",
        ),
        (
            "Jacinda Ardern privately told Chris Hipkins in a recent conversation that polling "
            "shows the party cannot win.",
            "Jacinda Ardern",
            "polling shows the party cannot win",
        ),
        # a clause whose subject the parser hung on the speech verb
        (
            "Danielle Brooks said from 30% to 50% of the homes in Moosonee are destroyed.",
            "Danielle Brooks",
            "from 30% to 50% of the homes in Moosonee are destroyed",
        ),
        (
            "When asked about the accord, Jacinda Ardern highlighted the country was one of 40 "
            "states that had signed it.",
            "Jacinda Ardern",
            "the country was one of 40 states that had signed it",
        ),
        # a threat's object, a body's finding
        (
            "Kenya has threatened strikes on militant bases in Jubaland.",
            "Kenya",
            "strikes on militant bases in Jubaland",
        ),
        (
            "Amnesty International concluded that the strike on the market in Mekelle was a war "
            "crime.",
            "Amnesty International",
            "the strike on the market in Mekelle was a war crime",
        ),
    ],
)
def test_frames_of_appeals_stances_channels_and_lost_subjects(facts_of, text, speaker, content):
    assert (speaker, content, False) in statement_triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian forces are inching toward Gode, threatening a vital supply line.",
        "William Ruto threatened the protesters in Kisumu with arrest.",
        "Will Kenya and others insist on some form of punishment being exacted on the rebels?",
        "William Ruto hinted at his interest in bringing the general back to Nairobi.",
        "The Ethiopian army found the bodies of six soldiers near Mekelle.",
        "In May, Kenya flew four drones into the zone, which Somalia said at the time “occurs "
        "regularly.”",
    ],
)
def test_acts_questions_and_topics_state_nothing(facts_of, text):
    assert [p for p in statement_triples(facts_of(text)) if not p[2] or len(p[1].split()) > 2] == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("“I really don’t have words,” Raila Odinga said. “I feel sick.”", "I feel sick."),
        (
            "“I am disappointed if editors think press freedom is a controversial issue,” Amina "
            "Mohamed said. “It is not.”",
            "It is not.",
        ),
    ],
)
def test_a_short_answer_that_is_a_whole_sentence_is_a_quote(facts_of, text, quote):
    assert any(
        content == quote and direct for _, content, direct in statement_triples(facts_of(text))
    )


def test_an_attribution_inside_a_relative_clause_reports_its_object_gap(facts_of):
    facts = facts_of(
        "Kenya struck the port with a guided missile from the airspace of the Gedo region, "
        "which Somalia said it also shot down."
    )
    assert ("Somalia", "it also shot down", False) in statement_triples(facts)


def test_a_lede_pointed_back_to_by_thats_according_to_is_the_sources(facts_of):
    facts = facts_of(
        "Chinese propaganda does exist in Kenya, and its strategy is to keep rejecting "
        "everything.\n\nThat’s according to a local war correspondent, Peter Kamau, who spoke at "
        "a security conference in Nairobi."
    )
    assert statement_triples(facts) == [
        (
            "Peter Kamau",
            "Chinese propaganda does exist in Kenya, and its strategy is to keep rejecting "
            "everything",
            False,
        )
    ]


def test_records_pointed_back_to_speak_for_their_author(facts_of):
    facts = facts_of(
        "Records from the Nakuru County Sheriff's Office said he needed more training. Kamau "
        "was driving about 110 mph before striking a deer, the records say."
    )
    assert (
        "Nakuru County Sheriff's Office",
        "Kamau was driving about 110 mph before striking a deer",
        False,
    ) in statement_triples(facts)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "William Ruto has long criticized the IMF and accused partners in the trade bloc of "
            "failing to pay their fair share.",
            "failing to pay their fair share",
        ),
        (
            "Raila Odinga accused members of the ruling party of rigging the vote in Kisumu.",
            "rigging the vote in Kisumu",
        ),
    ],
)
def test_an_accusation_hung_inside_the_accused_is_the_act(facts_of, text, content):
    assert [c for _, c, _ in statement_triples(facts_of(text))] == [content]


def test_an_accusation_is_not_the_accuseds_own_of_phrase(facts_of):
    facts = facts_of("Raila Odinga accused the head of the electoral commission of bias.")
    assert not [c for _, c, _ in statement_triples(facts) if "commission" in c]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Luiz Lula da Silva expressed his condemnation of the invasion of Guyana and its "
            "consequences.",
            "his condemnation of the invasion of Guyana and its consequences",
        ),
        (
            "Raila Odinga had privately expressed concerns about the future of the campaign.",
            "concerns about the future of the campaign",
        ),
        ("Raila Odinga expressed hope that the talks would resume in May.", None),
    ],
)
def test_an_expressed_stance_is_what_was_said(facts_of, text, content):
    contents = [c for _, c, _ in statement_triples(facts_of(text))]
    if content is None:  # the stance noun's clause alone, not the noun with it
        assert contents == ["the talks would resume in May"]
    else:
        assert content in contents


def test_reasoned_reports_its_clause(facts_of):
    facts = facts_of(
        "How well the nine judges get along should not matter to the public, Elena Kagan reasoned."
    )
    assert (
        "Elena Kagan",
        "How well the nine judges get along should not matter to the public",
        False,
    ) in statement_triples(facts)


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan activist said the police had fired on the crowd in Nakuru.",
        "Nakuru protesters vow to march on the airport as the death toll rises",
        "A Malian journalist said the convoy had been ambushed near Gao.",
    ],
)
def test_a_private_person_of_a_state_speaks_for_no_state(facts_of, text):
    # an activist, a protester or a journalist holds no office: the demonym says where they
    # are from, not whom they speak for (GUIDELINES: unnamed *officials* stand for a state)
    assert [name for name, _, _ in statement_triples(facts_of(text))] == []


@pytest.mark.parametrize(
    "opening",
    [
        "Romanian journalist Ana Popa spent a week at the front near Bakhmut.",
        "Ana Popa, a Romanian journalist, spent a week at the front near Bakhmut.",
    ],
)
def test_the_journalist_is_the_person_named_so_not_the_state(facts_of, opening):
    facts = facts_of(
        f"{opening} Her colleague Ion Rusu stayed in Kyiv.\n\n"
        "“We need to understand this and resist,” the Romanian journalist emphasized."
    )
    assert [name for name, _, _ in statement_triples(facts)] == ["Ana Popa"]


def test_a_possessor_is_spoken_of_not_speaking_when_the_one_who_acts_is_named(facts_of):
    facts = facts_of(
        "Senator Amani Wafula praised Odinga's address as “one of the best speeches he has "
        "ever given.”"
    )
    assert [name for name, _, _ in statement_triples(facts)] == ["Amani Wafula"]


@pytest.mark.parametrize(
    "subject",
    [
        "One of Odinga's closest allies, Senator Amani Wafula,",
        "Senator Amani Wafula",
    ],
)
def test_a_speech_verb_after_a_predicate_ending_in_and_shares_its_subject(facts_of, subject):
    # the parser takes the first predicate for the clause the speech verb reports
    facts = facts_of(
        f"{subject} praised the speech and, when asked if Odinga had made the right decision "
        "to step aside, said, “I am happy that he is happy.”"
    )
    assert [name for name, _, _ in statement_triples(facts)] == ["Amani Wafula"]


@pytest.mark.parametrize(
    "subject",
    [
        "Odinga’s spokesman, Amani Wafula,",
        "The head of the electoral commission, Amani Wafula,",
    ],
)
def test_a_pronoun_points_back_to_the_name_in_apposition_to_a_subject(facts_of, subject):
    # the name in apposition is who the subject is; the possessor is only spoken of
    facts = facts_of(
        "Grace Njeri told reporters in Kisumu that the count would be delayed.\n\n"
        f"{subject} praised the new ballot boxes in Nakuru on Monday.\n\n"
        "“Every vote will be counted by Friday,” he said."
    )
    assert [name for name, _, _ in statement_triples(facts)] == ["Grace Njeri", "Amani Wafula"]


def test_a_pronoun_points_back_to_a_speaker_named_after_the_verb_in_apposition(facts_of):
    # a guard (it passed before the name in apposition was made a subject)
    facts = facts_of(
        "Grace Njeri said on Monday that she would visit the region.\n\n"
        "Floods cut the main road to Garissa overnight, said the governor, Amani Wafula. "
        "Two bridges had been washed away, he added."
    )
    assert [name for name, _, _ in statement_triples(facts)][-1] == "Amani Wafula"


def test_a_quotation_after_a_passive_agent_is_the_agents(facts_of):
    facts = facts_of(
        "“Talks will resume in April,” Kenyan President Samuel Otieno said on Monday.\n\n"
        "The doubts were summed up by the Tanzanian analyst Rehema Mushi. “Nobody in the "
        "region believes the ceasefire will hold past the rainy season,” she wrote."
    )
    assert [name for name, _, _ in statement_triples(facts)] == ["Samuel Otieno", "Rehema Mushi"]


def test_a_campaign_owned_through_a_bare_apostrophe_is_the_campaign(facts_of):
    # "Roberts’": the parser may make the owner a nmod, not a poss
    facts = facts_of(
        "Senator Denise Roberts spoke to supporters in Denver on Friday.\n\n"
        "Roberts’ campaign said on Saturday that the senator would debate in October."
    )
    assert [name for name, _, _ in statement_triples(facts)] == ["Roberts campaign"]


def test_a_title_two_bear_is_the_one_speaking_not_the_one_spoken_of(facts_of):
    # both are presidents; the second is only named inside what the first said
    facts = facts_of(
        "Chilean President Gabriel Rojas spoke at a ceremony in Santiago on Monday.\n\n"
        "Rojas said that he does not believe that Peruvian President Luis Vega will send "
        "troops to the border.\n\n"
        "The ceremony honoured the veterans of the war. Few of them are still alive. Many "
        "lost their homes. They rebuilt the country after the war.\n\n"
        "“We are ready for any scenario,” the president said."
    )
    assert [name for name, _, _ in statement_triples(facts)] == ["Gabriel Rojas", "Gabriel Rojas"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“We are ready,” Farhan Haq said on Monday.", "We are ready"),
        ("“Nothing has changed,” said Farhan Haq, the spokesman.", "Nothing has changed"),
        (
            "Farhan Haq flew to Juba. “The road stays closed,” he told reporters.",
            "The road stays closed",
        ),
    ],
)
def test_a_short_quotation_that_is_the_whole_clause_is_quoted_directly(facts_of, text, content):
    assert statement_triples(facts_of(text)) == [("Farhan Haq", content, True)]


def test_a_two_word_quotation_stays_a_scare_quote(facts_of):
    assert statement_triples(facts_of("“Never again,” Farhan Haq said on Monday.")) == []


def test_an_infinitive_after_a_channel_phrase_is_what_was_vowed(facts_of):
    facts = facts_of(
        "Venezuelan President Nicolas Maduro vowed in a televised speech to defend the "
        "Essequibo region."
    )
    assert [
        (facts.actors[s.speaker].name, s.content, s.direct, s.medium) for s in facts.statements
    ] == [("Nicolas Maduro", "to defend the Essequibo region", False, "televised speech")]


def test_the_speaker_s_own_report_in_a_relative_clause_stands_apart(facts_of):
    facts = facts_of(
        "The Japanese coast guard said it had tracked two Chinese ships, which it said had "
        "sailed near the Senkaku Islands."
    )
    assert [s.content for s in facts.statements] == [
        "it had tracked two Chinese ships",
        "had sailed near the Senkaku Islands",
    ]


def test_a_post_on_x_is_the_medium(facts_of):
    facts = facts_of(
        "Armenian Prime Minister Nikol Pashinyan said in a post on X that the border talks "
        "would resume on Monday."
    )
    assert [s.medium for s in facts.statements] == ["X"]


@pytest.mark.parametrize(
    "text",
    [
        "Nana Akufo-Addo made it clear that Ghana would not extradite the two men to Togo.",
        "Nana Akufo-Addo made it plain on Monday that Ghana would not extradite the two men to "
        "Togo.",
    ],
)
def test_making_it_clear_reports_the_that_clause(facts_of, text):
    assert statement_triples(facts_of(text)) == [
        ("Nana Akufo-Addo", "Ghana would not extradite the two men to Togo", False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The border with Somalia will stay closed until June, Kenyan President William Ruto "
        "said as he received the credentials of envoys in Nairobi on 3 May, KNA has learned.",
        "The border with Somalia will stay closed until June, Kenyan President William Ruto "
        "said in an interview in Nairobi on 3 May, KNA has learned.",
        "The border with Somalia will stay closed until June, William Ruto said, KNA has learned.",
        "The border with Somalia will stay closed until June, William Ruto said at a forum in "
        "Mombasa, a Xinhua correspondent reports.",
    ],
)
def test_a_newsroom_credit_closing_the_sentence_reports_nothing(facts_of, text):
    assert statement_triples(facts_of(text)) == [
        ("William Ruto", "The border with Somalia will stay closed until June", False)
    ]


def test_a_journalist_who_said_something_is_no_newsroom_credit(facts_of):
    facts = facts_of(
        "The Kenyan journalist Amani Wafula spoke in Nairobi. These comments are part of a "
        "wider campaign of disinformation, the journalist said."
    )
    assert (
        "Amani Wafula",
        "These comments are part of a wider campaign of disinformation",
        False,
    ) in statement_triples(facts)


def test_a_lede_whose_verb_of_response_reports_nothing_is_the_next_speakers(facts_of):
    facts = facts_of(
        "Kenya will instantly respond to any military aggression against the country. Kenyan "
        "President William Ruto made the statement during a parade in Nairobi on 1 June, KNA "
        "has learned."
    )
    assert statement_triples(facts) == [
        (
            "William Ruto",
            "Kenya will instantly respond to any military aggression against the country",
            False,
        )
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("On Monday, William Ruto called for calm.", "calm"),
        ("William Ruto called for talks in Doha.", "talks in Doha"),
        (
            "William Ruto called for an end to the fighting in Goma in a video address on Monday.",
            "an end to the fighting in Goma",
        ),
        (
            "William Ruto called on Uganda to withdraw its troops from Goma in a statement.",
            "Uganda to withdraw its troops from Goma",
        ),
        (
            "William Ruto called on Uganda in a statement on Monday to withdraw its troops.",
            "Uganda in a statement on Monday to withdraw its troops",
        ),
    ],
)
def test_an_appeal_is_what_it_asks_without_the_verb_or_the_channel(facts_of, text, content):
    assert statement_triples(facts_of(text)) == [("William Ruto", content, False)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "William Ruto noted that the fighting in Goma is not the outcome of old hatreds: it "
            "is a war of choice, based on one man's reading of history.",
            "the fighting in Goma is not the outcome of old hatreds: it is a war of choice, based "
            "on one man's reading of history",
        ),
        (
            "William Ruto said the army would need more for the north as a whole: more "
            "ammunition, air defences and engineering support.",
            "the army would need more for the north as a whole: more ammunition, air defences "
            "and engineering support",
        ),
    ],
)
def test_a_reported_clause_runs_on_through_its_colon(facts_of, text, content):
    assert statement_triples(facts_of(text)) == [("William Ruto", content, False)]


def test_a_quotation_after_the_colon_is_quoted_on_its_own(facts_of):
    facts = facts_of(
        'William Ruto said the situation in Goma had changed: "We are now faced with a new '
        'reality on the border, and we must act."'
    )
    assert ("William Ruto", "the situation in Goma had changed", False) in statement_triples(
        facts
    ) or all(
        "We are now" not in content for _, content, direct in statement_triples(facts) if not direct
    )


def test_a_wholly_quoted_second_that_clause_is_quoted_on_its_own(facts_of):
    facts = facts_of(
        "Kenya's coast guard said on Monday that more containers are being inspected in "
        "Mombasa and that “all investigations are focused on the network behind the shipment.”"
    )
    assert statement_triples(facts) == [
        ("Kenya coast guard", "more containers are being inspected in Mombasa", False),
        (
            "Kenya coast guard",
            "all investigations are focused on the network behind the shipment.",
            True,
        ),
    ]


def test_a_that_clause_after_an_opening_quotation_is_reported(facts_of):
    facts = facts_of(
        'William Ruto on Sunday said "Kenyans will not surrender" and that the war in Somalia '
        "will only end when the militants fully withdraw from Kismayo."
    )
    assert statement_triples(facts) == [
        ("William Ruto", "Kenyans will not surrender", True),
        (
            "William Ruto",
            "the war in Somalia will only end when the militants fully withdraw from Kismayo",
            False,
        ),
    ]


def test_a_that_left_on_the_verb_still_opens_its_clause(facts_of):
    facts = facts_of(
        "Kenya's coast guard said that after “detecting a suspicious vessel” it coordinated "
        "with other agencies to seize the cargo off Lamu."
    )
    assert statement_triples(facts) == [
        (
            "Kenya coast guard",
            "after “detecting a suspicious vessel” it coordinated with other agencies to seize "
            "the cargo off Lamu",
            False,
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "William Ruto opened the exhibition “We will never forget the victims of Garissa” on "
        "Monday.",
        "William Ruto spoke after a screening of the documentary “The border is our life” in "
        "Nairobi.",
    ],
)
def test_a_quotation_after_a_work_or_event_noun_is_its_name(facts_of, text):
    assert statement_triples(facts_of(text)) == []


def test_a_quotation_after_a_work_noun_s_sentence_is_a_speaker_s_again(facts_of):
    facts = facts_of(
        "William Ruto described it as a hard fight in a documentary.\n\n"
        "“The villages of Garissa will be rebuilt before the rains,” he told the "
        "broadcaster."
    )
    assert (
        "William Ruto",
        "The villages of Garissa will be rebuilt before the rains",
        True,
    ) in statement_triples(facts)


def test_a_with_phrase_of_another_speaker_ends_the_clause(facts_of):
    facts = facts_of(
        "William Ruto said the road to Garissa was closed, with regional Governor Amani "
        "Wafula writing on Telegram that the staff of the hospital were safe."
    )
    assert ("William Ruto", "the road to Garissa was closed", False) in statement_triples(facts)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Two more bridges will be guarded along the river by Sunday, the Paraguayan interior "
            "ministry said in a statement, bringing the number of posts there to forty.",
            "Paraguayan interior ministry",
            "Two more bridges will be guarded along the river by Sunday",
        ),
        (
            "The border crossing at Tacna will reopen on Monday, Luis Ortega said on Friday, as "
            "Chilean trucks lined up on the highway.",
            "Luis Ortega",
            "The border crossing at Tacna will reopen on Monday",
        ),
    ],
)
def test_a_circumstance_after_a_closing_attribution_is_not_what_was_said(
    facts_of, text, speaker, content
):
    pairs = statement_triples(facts_of(text))
    assert (speaker, content, False) in pairs
    assert len(pairs) == 1


@pytest.mark.parametrize("rank", ["Capt.", "Cmdr.", "Sgt.", "Brig. Gen.", "Lt. Col."])
def test_an_abbreviated_rank_before_a_name_ends_no_sentence(facts_of, rank):
    facts = facts_of(f"“We will hold the bridge,” said {rank} Marta Quispe, the unit's commander.")
    assert statement_triples(facts) == [("Marta Quispe", "We will hold the bridge", True)]


def test_a_body_run_on_over_a_rank_leaves_the_person_after_it(facts_of):
    facts = facts_of(
        "For Peruvian Navy Cmdr. Rosa Quispe, the hardest part of the course was the first "
        "week.\n\n“I did not sleep at all the night before,” she told reporters."
    )
    assert ("Rosa Quispe", "I did not sleep at all the night before", True) in statement_triples(
        facts
    )


def test_a_clause_hung_on_the_channel_runs_on_through_its_and_that_clause(facts_of):
    # the parser hangs the first clause on 'statement' and the second on the verb
    facts = facts_of(
        "On the Chilean side, the navy's Southern Command, which is responsible for the south, "
        'said in a statement carried by the state news agency that its ships were "fully '
        'prepared" and that coast guards had been reinforced along the shore in Magallanes.'
    )
    assert statement_triples(facts) == [
        (
            "Southern Command",
            'its ships were "fully prepared" and that coast guards had been reinforced along '
            "the shore in Magallanes",
            False,
        )
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Colonel Zipporah Kioko said at a briefing that Kenya was monitoring the border "
            "closely.",
            "Zipporah Kioko",
            "Kenya was monitoring the border closely",
        ),
        (
            "Brigadier Tomas Lindqvist said at a news conference that Swedish troops would stay "
            "on Gotland.",
            "Tomas Lindqvist",
            "Swedish troops would stay on Gotland",
        ),
    ],
)
def test_a_that_the_parser_read_as_a_relative_after_a_channel_opens_the_clause(
    facts_of, text, speaker, content
):
    # the parser reads 'a briefing that X was ...' as a relative clause of 'briefing'
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


def test_a_relative_clause_of_a_channel_with_its_gap_reports_nothing(facts_of):
    facts = facts_of("General Mamadou Keita spoke at a conference that he attended in Bamako.")
    assert statement_triples(facts) == []


def test_a_that_clause_after_the_hearer_and_an_adjunct_is_what_was_told(facts_of):
    # 'told reporters after the talks that ...': the parser hangs the clause on 'talks'
    facts = facts_of(
        "Bolivian Foreign Minister Celinda Sosa told reporters after the talks that the two "
        "sides had made “significant progress” on some issues and that a third round would be "
        "held in La Paz on September 17."
    )
    assert statement_triples(facts) == [
        (
            "Celinda Sosa",
            "the two sides had made “significant progress” on some issues and that a third round "
            "would be held in La Paz on September 17",
            False,
        )
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The attack, which Quito has described as a terrorist act organised by Lima, "
            "killed three.",
            "Ecuador",
            "a terrorist act organised by Lima",
        ),
        (
            "The strike hit a depot, which the Chilean government condemned as a violation of "
            "its sovereignty.",
            "Chile",
            "a violation of its sovereignty",
        ),
    ],
)
def test_what_a_relative_clause_calls_its_antecedent_is_what_was_said(
    facts_of, text, speaker, content
):
    """'X, which A described as Y': the thing is named outside A's words; Y is A's."""
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


@pytest.mark.parametrize(
    "text",
    [
        "The route would cut the border, which Iranian officials describe as a “red line.”",
        "The plan, which Lima described as a success, failed.",
        "The general, whom Quito described as a hero, died.",
    ],
)
def test_a_label_a_relative_clause_gives_its_antecedent_is_no_statement(facts_of, text):
    assert statement_triples(facts_of(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The convoy was delayed by a week, which Lima blamed on Bolivian obstruction.",
            [("Peru", "Bolivian obstruction", False)],
        ),
        (
            "The blast, which Quito attributed to a drone, killed two.",
            [("Ecuador", "a drone", False)],
        ),
    ],
)
def test_the_cause_a_relative_clause_ascribes_its_antecedent_to_is_what_was_said(
    facts_of, text, expected
):
    """'X, which A blamed on Y': the thing is named outside A's words; the cause Y is A's."""
    assert statement_triples(facts_of(text)) == expected


def test_a_quotation_in_a_clause_set_against_another_report_is_its_own_speakers(facts_of):
    # '..., while B said “...”': the parser hangs B's verb inside A's clause; the
    # quotation is still B's
    facts = facts_of(
        "Uruguayan Foreign Minister Alberto Olmedo said on Thursday that Montevideo had found "
        "no evidence of Asuncion massing soldiers along the river, while Paraguayan defence "
        'spokeswoman Ana Quispe said her ministry would "not alter the posture of its southern '
        'garrisons at all" in reply.'
    )
    speakers = [facts.actors[s.speaker].name for s in facts.statements if "posture" in s.content]
    assert speakers == ["Ana Quispe"]
