"""Who speaks in statement frames whose speaker is not the speech verb's subject, on invented
sentences (actors and places of no annotated article)."""

import pytest

from tests.statement_views import statement_triples


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The Chilean government released a statement saying the border crossings at Arica "
            "would reopen on Monday.",
            "Chile",
            "the border crossings at Arica would reopen on Monday",
        ),
        (
            "Peruvian President Dina Boluarte sent a letter to lawmakers saying she would not "
            "resign before the election.",
            "Dina Boluarte",
            "she would not resign before the election",
        ),
        (
            "The Green Party put out a memo saying there was no plan for an early vote in Lagos.",
            "Green Party",
            "there was no plan for an early vote in Lagos",
        ),
        (
            "The Mexican foreign ministry issued a communique asserting that the detained "
            "citizens had been denied consular access.",
            "Mexican foreign ministry",
            "the detained citizens had been denied consular access",
        ),
    ],
)
def test_a_document_s_participle_of_speech_speaks_for_who_issued_it(
    facts_of, text, speaker, content
):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The statement released by Human Rights Watch said the soldiers had fired on a "
            "crowd of protesters in Gao.",
            "Human Rights Watch",
            "the soldiers had fired on a crowd of protesters in Gao",
        ),
        (
            "The letter sent by the Kenyan foreign ministry on Friday said the embassy in "
            "Khartoum would remain open for now.",
            "Kenyan foreign ministry",
            "the embassy in Khartoum would remain open for now",
        ),
        (
            "The report published by the World Health Organization on May 3 said that cholera "
            "had spread to four provinces of Malawi.",
            "World Health Organization",
            "cholera had spread to four provinces of Malawi",
        ),
    ],
)
def test_the_document_that_names_its_author_speaks_for_the_author(facts_of, text, speaker, content):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


@pytest.mark.parametrize(
    "text",
    [
        # guards: a participle on a noun that is no document says nothing
        "A group claiming to represent the fighters in Kidal released a video.",
        "Reporters read a statement saying nothing about the strike.",
    ],
)
def test_a_participle_on_a_noun_with_no_author_says_nothing(facts_of, text):
    assert statement_triples(facts_of(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Kenya Police Service (KPS) raided a warehouse in Mombasa on Monday. The police "
            "service said three suspects were still at large.",
            "KPS",
        ),
        (
            "The Greater Lagos Police (GLP) raided a warehouse in Ikeja. Police said three "
            "suspects were still at large.",
            "GLP",
        ),
        (
            "The Lagos State Police arrested two men near Ikeja on Monday.\n\nPolice said three "
            "suspects were still at large.",
            "Lagos State Police",
        ),
    ],
)
def test_the_police_point_back_to_the_police_body_named_before(facts_of, text, speaker):
    facts = facts_of(text)
    assert (speaker, "three suspects were still at large", False) in statement_triples(facts)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Floods swept through northern Nigeria on Monday. Nigerian rescuers searched for "
            "survivors in Maiduguri.\n\nAt least 40 people were killed, officials said.",
            "Nigeria",
            "At least 40 people were killed",
        ),
        (
            "Chilean police detained two protesters in Santiago. Authorities said the march had "
            "not been authorised.",
            "Chile",
            "the march had not been authorised",
        ),
        (
            "A court in Hanoi sentenced a Vietnamese blogger on Friday. Prosecutors said he had "
            "posted dozens of articles against the state.",
            "Vietnam",
            "he had posted dozens of articles against the state",
        ),
    ],
)
def test_bare_officials_speak_for_the_state_the_text_is_about(facts_of, text, speaker, content):
    assert (speaker, content, False) in statement_triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # guards: officials of their own ('senior', 'the', a place) and anonymous sources
        "Chilean police detained two protesters in Santiago. Senior officials said the march "
        "had not been authorised.",
        "Chilean police detained two protesters in Santiago. Sources said the march had not "
        "been authorised.",
    ],
)
def test_officials_with_a_modifier_or_sources_take_no_state_from_the_text(facts_of, text):
    assert statement_triples(facts_of(text)) == []


def test_another_speaker_s_statement_coordinated_after_the_clause_is_theirs(facts_of):
    # the parser makes the second report a second clause of the first verb
    facts = facts_of(
        "Chilean officials say hundreds of civilians are sheltering in the stadium, and a "
        "Valparaiso police official told CNN that food supplies were dwindling."
    )
    assert (
        "Chile",
        "hundreds of civilians are sheltering in the stadium",
        False,
    ) in statement_triples(facts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ghanaian President John Mahama addressed parliament in Accra on Monday. The "
            "Ghanaian leader said the reforms would continue.",
            "John Mahama",
        ),
        (
            "Hungarian Prime Minister Viktor Orban met Polish President Andrzej Duda in Warsaw "
            "on Monday. The Hungarian leader said the reforms would continue.",
            "Viktor Orban",
        ),
        (
            "Ghanaian President John Mahama met Nigerian President Bola Tinubu in Accra on "
            "Monday. “The reforms will continue this year,” the Ghanaian head of state said.",
            "John Mahama",
        ),
    ],
)
def test_a_state_s_leader_is_its_president_or_prime_minister_named_before(facts_of, text, speaker):
    assert [name for name, _, _ in statement_triples(facts_of(text))] == [speaker]


def test_a_state_s_opposition_leader_is_not_its_president(facts_of):
    # guard: a leader of something else in the state
    facts = facts_of(
        "Ghanaian President John Mahama met Nigerian President Bola Tinubu in Accra on Monday. "
        "The Ghanaian opposition leader said the talks were a failure."
    )
    assert "John Mahama" not in [name for name, _, _ in statement_triples(facts)]


@pytest.mark.parametrize(
    ("text", "speaker", "first", "second"),
    [
        (
            "Last month, Erdogan said Turkey had moved a first batch of drones to Libya, claiming "
            "they were placed there for deterrence.",
            "Recep Tayyip Erdogan",
            "Turkey had moved a first batch of drones to Libya",
            "they were placed there for deterrence",
        ),
        (
            "Speaking to reporters on Monday, Kenyan President William Ruto said Kenya was not "
            "receiving enough assistance, pointing out that the outcome would be decided far "
            "from Nairobi.",
            "William Ruto",
            "Kenya was not receiving enough assistance",
            "the outcome would be decided far from Nairobi",
        ),
    ],
)
def test_a_participle_of_speech_after_the_clause_is_a_statement_of_its_own(
    facts_of, text, speaker, first, second
):
    assert statement_triples(facts_of(text)) == [(speaker, first, False), (speaker, second, False)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Kremlin said that Putin was looking forward to the summit when asked about the "
            "talks in Astana.",
            "Putin was looking forward to the summit",
        ),
        (
            "Kenyan President William Ruto said he would immediately send more police officers "
            "to Haiti as he signed the deployment order on Monday.",
            "he would immediately send more police officers to Haiti",
        ),
        # guards: a condition and a clause of what was said stay in it
        (
            "Kenyan President William Ruto said the police would stay in Haiti as long as they "
            "were needed.",
            "the police would stay in Haiti as long as they were needed",
        ),
        (
            "Kenyan President William Ruto said prices would rise as demand grew in Nairobi.",
            "prices would rise as demand grew in Nairobi",
        ),
    ],
)
def test_when_asked_or_as_the_speaker_acted_is_the_journalist_s(facts_of, text, content):
    assert [c for _, c, _ in statement_triples(facts_of(text))] == [content]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Kenyan police said on Monday that two men had been arrested near Garissa.",
            "Kenyan police",
            "two men had been arrested near Garissa",
        ),
        (
            "Lima police detained two suspects near the port. Police said the suspects had "
            "crossed the border from Bolivia.",
            "Lima police",
            "the suspects had crossed the border from Bolivia",
        ),
        (
            "According to Danish customs, the tanker is part of the so-called shadow fleet.",
            "Danish customs",
            "the tanker is part of the so-called shadow fleet",
        ),
    ],
)
def test_a_police_force_named_by_its_place_is_an_organisation_of_its_own(
    facts_of, text, speaker, content
):
    facts = facts_of(text)
    assert (speaker, content, False) in statement_triples(facts)
    assert {a.name: a.type for a in facts.actors.values()}[speaker] == "Organization"


def test_a_family_name_in_the_plural_speaks_for_each_member(facts_of):
    facts = facts_of(
        "Emmanuel Kagame and Maria Kagame hosted a dinner in Kigali on Friday. In a joint "
        "statement, the Kagames said that the refugees deserved a safe return."
    )
    content = "the refugees deserved a safe return"
    assert sorted(statement_triples(facts)) == [
        ("Emmanuel Kagame", content, False),
        ("Maria Kagame", content, False),
    ]
    assert "Kagames" not in {a.name for a in facts.actors.values()}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Minister of Foreign Affairs of Chile Alberto van Klaveren met his Bolivian "
            "counterpart in La Paz. The Chilean foreign minister said that the border talks "
            "would resume in May.",
            "Alberto van Klaveren",
        ),
        (
            "Special Envoy of the President of Uruguay Daniel Martinez arrived in Asuncion on "
            "Monday. The envoy said that the border talks would resume in May.",
            "Daniel Martinez",
        ),
    ],
)
def test_a_title_of_chained_prepositions_before_a_name_is_its_bearer_s(facts_of, text, speaker):
    assert (speaker, "the border talks would resume in May", False) in statement_triples(
        facts_of(text)
    )


def test_a_sentence_reported_by_a_body_in_the_next_is_the_body_s(facts_of):
    facts = facts_of(
        "Sudanese forces had pushed back the attack near El Fasher on Sunday. This was "
        "reported by the International Crisis Group in its latest briefing."
    )
    assert statement_triples(facts) == [
        (
            "International Crisis Group",
            "Sudanese forces had pushed back the attack near El Fasher on Sunday",
            False,
        )
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Parks Chile said in a post on X that the fire near Valparaiso was contained.",
            "Parks Chile",
            "the fire near Valparaiso was contained",
        ),
        (
            "Invest Kenya said on Monday that the new port at Lamu would open in June.",
            "Invest Kenya",
            "the new port at Lamu would open in June",
        ),
    ],
)
def test_a_body_whose_name_ends_with_a_state_s_is_no_state(facts_of, text, speaker, content):
    facts = facts_of(text)
    assert statement_triples(facts) == [(speaker, content, False)]
    assert {a.name: a.type for a in facts.actors.values()}[speaker] == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Northern Ireland said on Monday that the border checks would end in June.",
        "Great Britain said on Monday that the border checks would end in June.",
    ],
)
def test_a_qualifier_of_a_state_or_its_other_name_keeps_the_state(facts_of, text):
    assert [a.type for a in facts_of(text).actors.values()] == ["Country"]


def test_a_news_agency_s_dateline_before_the_subject_is_no_speaker(facts_of):
    facts = facts_of(
        "LIMA, March 4 (Andina) – Minister of Foreign Affairs of Peru Javier Gonzalez-Olaechea "
        "said the border with Bolivia would stay open."
    )
    assert statement_triples(facts) == [
        ("Javier Gonzalez-Olaechea", "the border with Bolivia would stay open", False)
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Porto Novo – The Beninese Border Agency has said that Nigerien troops remain "
            "near the crossing at Malanville.",
            "Beninese Border Agency",
            "Nigerien troops remain near the crossing at Malanville",
        ),
        (
            "Addis Abeba – The Tigray Interim Administration (TIA) has said that Eritrean "
            "troops continue to occupy several villages in the north of the region.",
            "TIA",
            "Eritrean troops continue to occupy several villages in the north of the region",
        ),
        (
            "Background: Defence Minister Piotr Walenski said on Wednesday that the ministry "
            "saw no signs of an offensive.",
            "Piotr Walenski",
            "the ministry saw no signs of an offensive",
        ),
    ],
)
def test_a_dateline_or_label_opening_the_sentence_is_no_speaker(facts_of, text, speaker, content):
    # a city the model tags a person, or a label before a colon, that the parser takes
    # for the subject (or one of two subjects) is set off from the speaker by its dash
    pairs = statement_triples(facts_of(text))
    assert pairs and all(s.endswith(speaker) or speaker.endswith(s) for s, _, _ in pairs)
    assert content in [c for _, c, _ in pairs]


def test_a_person_set_off_by_two_dashes_keeps_speaking(facts_of):
    facts = facts_of("Ruth Kamau – a former general – said the army would stay.")
    assert statement_triples(facts) == [("Ruth Kamau", "the army would stay", False)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Colombia has sent 2,000 soldiers to the eastern border, the army said.",
            "Colombia",
            "Colombia has sent 2,000 soldiers to the eastern border",
        ),
        (
            "Ecuador's navy sent two patrol boats to the Galapagos, the military said.",
            "Ecuador",
            "Ecuador's navy sent two patrol boats to the Galapagos",
        ),
        (
            "Peru's president Dina Boluarte met Bolivian President Luis Arce in Cusco on "
            "Tuesday, the presidency said.",
            "Peru",
            "Peru's president Dina Boluarte met Bolivian President Luis Arce in Cusco on Tuesday",
        ),
        (
            "Chad has deployed 1,500 soldiers to the Lake Chad region, the government said.",
            "Chad",
            "Chad has deployed 1,500 soldiers to the Lake Chad region",
        ),
        (
            "Indian Prime Minister Narendra Modi spoke by phone with Japanese Prime Minister "
            "Fumio Kishida on Friday, his office said.",
            "India",
            "Indian Prime Minister Narendra Modi spoke by phone with Japanese Prime Minister "
            "Fumio Kishida on Friday",
        ),
        (
            "The African Union could send 300 observers to Somalia, a bloc spokesperson said.",
            "African Union",
            "The African Union could send 300 observers to Somalia",
        ),
        (
            "Norway remains a firm supporter of Kyiv and Warsaw. The government announced "
            "on Monday that Oslo would send more air-defence systems to Ukraine.",
            "Norway",
            "Oslo would send more air-defence systems to Ukraine",
        ),
        (
            "Nigeria closed its border. The Brazilian Navy has sent two frigates to the Gulf "
            "of Guinea, a defence official said.",
            "Brazil",
            "The Brazilian Navy has sent two frigates to the Gulf of Guinea",
        ),
        (
            "Poland moved tanks to the border on Friday, a defence official said.",
            "Poland",
            "Poland moved tanks to the border on Friday",
        ),
    ],
)
def test_a_bare_institution_speaks_for_its_state_or_body(facts_of, text, speaker, content):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto is expected to visit Beijing later this year, "
        "according to diplomats.",
        "Chadian President Mahamat Deby will visit Paris in June, according to diplomats in "
        "N'Djamena.",
        "Vietnamese Prime Minister Pham Minh Chinh will visit Vientiane next week, Laotian "
        "state media said.",
        "Colombia has moved troops to the Venezuelan border, according to satellite images "
        "analysed by the International Crisis Group.",
        "Kazakhstan invited Armenia and Azerbaijan to hold talks in Almaty next month.",
        "Turkey has sent 300 advisers to northern Iraq, a Western intelligence official said.",
    ],
)
def test_anonymous_sources_press_images_and_invitations_to_meet_say_nothing(facts_of, text):
    assert statement_triples(facts_of(text)) == []


def test_a_name_the_parser_split_into_subjects_beside_a_long_title_speaks(facts_of):
    facts = facts_of(
        "“We will not retreat,” Libya's presidential council head Mohamed al-Menfi said in Tripoli."
    )
    assert statement_triples(facts) == [("Mohamed al-Menfi", "We will not retreat", True)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Paraguay closed its border near Encarnacion. Its defence minister said the crossing "
            "would stay shut until March.",
            "Paraguay",
        ),
        (
            "Paraguayan Foreign Minister Ruben Ramirez flew to Brasilia on Monday. Paraguay wants "
            "a deal. Its foreign minister said the crossing would stay shut until March.",
            "Ruben Ramirez",
        ),
        (
            "Paraguay closed its border near Encarnacion. Without more help, its foreign minister "
            "told reporters, the crossing would stay shut until March.",
            "Paraguay",
        ),
    ],
)
def test_an_office_holder_of_its_is_the_body_it_points_to_or_the_bearer(facts_of, text, speaker):
    assert [(s, c) for s, c, _ in statement_triples(facts_of(text))] == [
        (speaker, "the crossing would stay shut until March")
    ]


def test_its_office_holder_after_a_possessed_subject_is_no_one_s(facts_of):
    text = (
        "In Paraguay, Brazil's influence is growing. Its foreign minister said the crossing "
        "would stay shut until March."
    )
    assert [s for s, _, _ in statement_triples(facts_of(text))] != ["Brazil"]


def test_according_to_a_government_document_is_the_state_s(facts_of):
    text = (
        "Uruguay is expanding its navy. According to a government document seen by Reuters, "
        "the navy will receive four patrol boats next year."
    )
    assert statement_triples(facts_of(text)) == [
        ("Uruguay", "the navy will receive four patrol boats next year", False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rescue work went on overnight, according to a statement from Amnesty International.\n\n"
        "“Two divers are still missing off Punta del Este,” it added.",
        "The operation ended on Tuesday, Amnesty International said in a statement. Boats searched "
        "the bay.\n\n“Two divers are still missing off Punta del Este,” it added.",
    ],
)
def test_it_speaking_after_a_body_s_statement_is_that_body(facts_of, text):
    found = [(s, c) for s, c, _ in statement_triples(facts_of(text))]
    assert ("Amnesty International", "Two divers are still missing off Punta del Este") in found


def test_it_after_a_person_spoke_is_no_body(facts_of):
    text = (
        "Rescue work went on overnight, according to a statement from Amnesty International. "
        "Luis Lacalle Pou said the divers were brave.\n\n"
        "“Two divers are still missing off Punta del Este,” it added."
    )
    found = [s for s, c, _ in statement_triples(facts_of(text)) if c.startswith("Two divers")]
    assert found == []


def test_a_body_of_its_kind_after_a_paragraph_break_opens_a_quotation(facts_of):
    text = (
        "Air France said it was cooperating with the inquiry.\n\n"
        "“We remain focused on restoring flights to Dakar,” the company said."
    )
    assert [(s, c) for s, c, _ in statement_triples(facts_of(text))] == [
        ("Air France", "it was cooperating with the inquiry"),
        ("Air France", "We remain focused on restoring flights to Dakar"),
    ]


def test_a_body_of_its_kind_after_a_paragraph_break_in_running_text_is_unsure(facts_of):
    text = (
        "Air France said it was cooperating with the inquiry.\n\n"
        "Flights fell by a third. The company said the route to Dakar would reopen in May."
    )
    assert [s for s, _, _ in statement_triples(facts_of(text))] == ["Air France"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The state news agency BTA quoted Defence Minister Atanas Zapryanov as saying that "
            "the navy would patrol the coast near Varna.",
            "Atanas Zapryanov",
            "the navy would patrol the coast near Varna",
        ),
        (
            "Kyodo cited Japanese Foreign Minister Takeshi Iwaya as saying Tokyo had lodged "
            "a protest over the drills near Yonaguni.",
            "Takeshi Iwaya",
            "Tokyo had lodged a protest over the drills near Yonaguni",
        ),
    ],
)
def test_an_outlet_quoting_someone_as_saying_gives_the_one_quoted(facts_of, text, speaker, content):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("An African Union spokesperson said the Malabo summit would go ahead.", "African Union"),
        ("An ECOWAS spokesman said mediators would travel to Conakry on Monday.", "ECOWAS"),
        ("The Arab League said its envoys would meet in Tunis next week.", "Arab League"),
        ("A SADC spokesperson said the force in Cabo Delgado would be extended.", "SADC"),
        (
            "The Gulf Cooperation Council said it condemned the strike on the tanker.",
            "Gulf Cooperation Council",
        ),
        ("The OAS said the vote in Tegucigalpa had been fair.", "Organization of American States"),
    ],
)
def test_a_regional_body_speaks_as_an_organisation(facts_of, text, speaker):
    facts = facts_of(text)
    assert [(s, d) for s, _, d in statement_triples(facts)] == [(speaker, False)]
    assert {a.type for a in facts.actors.values() if a.name == speaker} == {"Organization"}


def _speakers(facts):
    return [(facts.actors[s.speaker].name, s.content) for s in facts.statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Peru has about 200 tanks, according to the Federation of American Geologists.",
            "Federation of American Geologists",
        ),
        (
            "“We stand with Ecuador,” the Organization of Peruvian Ports said in a statement.",
            "Organization of Peruvian Ports",
        ),
        (
            "Officials of the South American Maritime Defense Command said the jets had left "
            "the zone near Lima.",
            "South American Maritime Defense Command",
        ),
        (
            "“Peru does not accept the result of the vote,” the UK Foreign, Trade and "
            "Development Office said.",
            "Foreign, Trade and Development Office",
        ),
    ],
)
def test_a_body_s_name_the_model_cut_speaks_whole(facts_of, text, speaker):
    assert [name for name, _ in _speakers(facts_of(text))] == [speaker]


def test_a_name_with_a_no_break_space_is_one_person(facts_of):
    facts = facts_of(
        "Chilean Navy Commander Pavlo\u00a0Hrytsenko called the barrage “one of the most "
        "massive attacks by drones” on the port.\n\n"
        "“Just like then, today the air defense has withstood a massive attack,” he said."
    )
    assert {name for name, _ in _speakers(facts)} == {"Pavlo Hrytsenko"}


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Serbian forces were 20 kilometers from the town, according to the Institute for "
            "Peace Studies, continuing what it called “intensive efforts to advance on the "
            "border.”",
            "Institute for Peace Studies",
            "intensive efforts to advance on the border.",
        ),
        (
            "Kenya has seen strong growth, but as the World Food Council notes in its latest "
            "overview, poverty has “widened in rural areas.”",
            "World Food Council",
            "widened in rural areas.",
        ),
        (
            "The Sport Ireland spokesperson said the stadium in Cork would stay closed until June.",
            "Sport Ireland",
            "the stadium in Cork would stay closed until June",
        ),
        (
            "Brazilian mining giant Valoria says it is cutting iron ore deliveries to the port "
            "by a fifth.",
            "Valoria",
            "it is cutting iron ore deliveries to the port by a fifth",
        ),
        (
            "QUITO, 3 May (Andina) – Minister of Defence of Ecuador Gian Loffredo said he was "
            "rather pessimistic about the talks.",
            "Gian Loffredo",
            "he was rather pessimistic about the talks",
        ),
    ],
)
def test_the_source_a_company_a_body_s_spokesperson_and_a_titled_name_speak(
    facts_of, text, speaker, content
):
    assert (speaker, content) in _speakers(facts_of(text))
    assert {name for name, _ in _speakers(facts_of(text))} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "Mark Dunne met with Dr. Kevin O’Connell at the clinic in mid-January.\n\n"
        "O’Connell described Dunne as the “specialist that examined the president for each "
        "of his annual physicals.”",
        "Mark Dunne met with Dr. Kevin O’Connell at the clinic in mid-January.\n\n"
        "O’Connell wrote that the president had been screened for a number of conditions.",
    ],
)
def test_a_bare_surname_with_an_apostrophe_is_the_person_named_in_full(facts_of, text):
    assert {name for name, _ in _speakers(facts_of(text))} == {"Kevin O’Connell"}


def test_another_bearer_of_a_named_person_s_title_speaks_for_the_body(facts_of):
    facts = facts_of(
        "Interior Department spokesperson Matthew Lopez said on Monday that talks would "
        "resume.\n\n"
        "Another Interior Department spokesperson said the embassy in Lima would stay closed."
    )
    assert _speakers(facts) == [
        ("Matthew Lopez", "talks would resume"),
        ("Interior Department", "the embassy in Lima would stay closed"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The opposition leader, Tomas Varga, slammed Orban for "aggression in the name of '
            'a poisonous lie". "You are showing us what courage is," Varga said.',
            "Tomas Varga",
        ),
        (
            "Ecuador's finance minister, Lucia Ramos, resigned on Tuesday.\n\n"
            'President Carlos Mendez thanked Ms Ramos for her "enormous sacrifice and efforts '
            'to lead the ministry in hard times".',
            "Carlos Mendez",
        ),
    ],
)
def test_a_quotation_a_verb_takes_for_its_object_is_the_doer_s_wording(facts_of, text, speaker):
    """'A slammed B for “...”': the words are A's, though B is named nearer."""
    quoted = [s for s in _speakers(facts_of(text)) if "lie" in s[1] or "sacrifice" in s[1]]
    assert [name for name, _ in quoted] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "General Karl Brieger leads the committee. Brieger also welcomed the decision of "
            "the Senate to allocate new aid to Kenya.\n\n"
            '"This means that meeting Kenya\'s needs is a priority," said the head of the EU '
            "Military Committee.",
            "Karl Brieger",
        ),
        (
            "The president of Chile has accused Argentina of plotting to seize the disputed "
            "glacier.\n\nArgentina's aim was to block Chile from the Antarctic, said Gabriel "
            "Boric.",
            "Gabriel Boric",
        ),
        (
            "Kenya's most senior military commander has called on the US to stay strong.\n\n"
            "General Peter Njoroge said at a conference he believed the world was more dangerous.",
            "Peter Njoroge",
        ),
        (
            'Amin Nasser spoke in Riyadh on Monday. "Prices will stay high this winter, but '
            'nobody will freeze," says the Saudi Aramco CEO.',
            "Amin Nasser",
        ),
    ],
)
def test_a_definite_office_is_held_by_the_person_the_text_speaks_of(facts_of, text, speaker):
    """'said the head of X', 'the president of X has accused': with no one named bearing
    the title, the person just spoken of (or, in a lead, named next) holds it."""
    assert {name for name, _ in _speakers(facts_of(text))} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        'Vladimir Putin met Xi Jinping in Beijing on Monday. "We will never accept the '
        'blockade of our ports by anyone," said the president of France.',
        "William Ruto arrived in Nairobi on Monday. The head of the Red Cross said aid was "
        "coming to the flooded districts.",
    ],
)
def test_an_office_is_not_held_by_a_person_of_another_state_or_body(facts_of, text):
    speakers = {name for name, _ in _speakers(facts_of(text))}
    assert speakers and not speakers & {"Vladimir Putin", "Xi Jinping", "William Ruto"}


def test_a_description_the_parser_cut_before_its_name_leads_to_the_person(facts_of):
    facts = facts_of(
        "“Colombia is most likely the first and only country in the world,” tweeted the exiled "
        "Colombian dissident and oligarch Pedro Alvarez, “where people flee because they "
        "invaded another country.”"
    )
    assert {name for name, _ in _speakers(facts)} == {"Pedro Alvarez"}


def test_a_pronoun_is_not_who_a_pronoun_of_the_other_gender_stood_for(facts_of):
    """'A greeted B. He later said ... “...,” she said': she is not A ('Kowalczyk, who':
    a name a 'who' follows is a person's, whatever the model tagged)."""
    facts = facts_of(
        "Kowalczyk, who could become the world number one, is one of Poland's best athletes.\n\n"
        "After the player won her first major, Duda congratulated Kowalczyk on the triumph.\n\n"
        "He later said people knew which country she came from.\n\n"
        '"I said it many times already, I am not supporting any war," she said on Tuesday.'
    )
    assert ("Kowalczyk", "I said it many times already, I am not supporting any war") in (
        _speakers(facts)
    )


def test_a_subject_the_parser_hung_on_its_auxiliary_is_still_the_main_one(facts_of):
    """'A has pre-emptively rolled out ...': the parser may hang A on 'has'; a 'she' after
    it is A, not a person named as an agent before."""
    facts = facts_of(
        "The pipeline was certified in 2021 by US President Joe Biden at the request of "
        "German Chancellor Angela Merkel.\n\n"
        "With Erdogan now increasingly looking to weaponize water supplies, European "
        "Commission President Ursula von der Leyen has pre-emptively rolled out an emergency "
        "plan. “Turkey is blackmailing us. Turkey is using water as a weapon,” she commented "
        "on July 20."
    )
    assert {name for name, _ in _speakers(facts)} == {"Ursula von der Leyen"}


def test_a_name_after_its_speech_verb_is_who_a_he_then_means(facts_of):
    """'“...,” said A, the chief prosecutor. ... He added: “...”': A spoke last."""
    facts = facts_of(
        "The foundation has drawn up an indictment of Lukashenko and seven of his allies, "
        "said Moldova's prosecutor general, Ion Petrenko.\n\n"
        "“When you help the court, you donate to the independent judicial authority and you "
        "are not linked to the result,” said Petrenko, Moldova’s chief prosecutor.\n\n"
        "He added: “Belarus is like terra incognita for many of them.”"
    )
    assert ("Ion Petrenko", "Belarus is like terra incognita for many of them.") in (
        _speakers(facts)
    )


def test_an_office_a_department_owns_speaks_under_its_own_name(facts_of):
    facts = facts_of(
        "The Kenyan Treasury Department’s Office of Debt Management said that the bonds were "
        "sold within a day."
    )
    assert _speakers(facts) == [("Office of Debt Management", "the bonds were sold within a day")]


def test_a_participle_of_speech_on_a_requested_clause_is_the_requester_s(facts_of):
    """'A requested B send vehicles, saying they would “...”': A says it, not B, whom the
    parser makes the subject of the clause 'saying' hangs on."""
    facts = facts_of(
        "Moldova’s president, Maia Sandu, spoke to the Canadian parliament on Monday.\n\n"
        "In a virtual speech to MPs in Ottawa, the Moldovan president requested Canada send "
        "armoured vehicles to assist in the fight, saying they would “do much more for our "
        "common freedom and security than staying parked on your land”."
    )
    quoted = [name for name, content in _speakers(facts) if content.startswith("do much more")]
    assert quoted == ["Maia Sandu"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chile's Foreign Ministry spokesman, Tomas Reyes, said Santiago expected Lima “to come "
            "to Quito with constructive proposals, not accusations.”",
            "Tomas Reyes",
        ),
        (
            "Prime Minister Mark Carney, speaking at a memorial ceremony in Ottawa, said Canada "
            "would not agree to “any arrangement that allows the rebels to rearm.”",
            "Mark Carney",
        ),
    ],
)
def test_a_quotation_in_a_reported_clause_is_the_reporting_verbs_subjects(facts_of, text, speaker):
    # 'expected', 'agree' stand in what was said; 'said' attributes the quotation
    assert {p[0] for p in statement_triples(facts_of(text))} == {speaker}


def test_a_role_going_by_an_alias_is_the_person_so_named(facts_of):
    facts = facts_of(
        "A spokesman for the Patriotic Front, who goes by the alias Juan Ruiz, told local radio "
        "that the group remained committed to the talks."
    )
    assert statement_triples(facts) == [
        ("Juan Ruiz", "the group remained committed to the talks", False)
    ]


def test_a_telling_relayed_by_another_speaker_is_the_teller_s_too(facts_of):
    facts = facts_of(
        "Bolivia's Foreign Ministry said Luis Arce told his Peruvian counterpart that Lima "
        "should stop stirring up trouble on the border."
    )
    pairs = {(facts.actors[s.speaker].name, s.content) for s in facts.statements}
    assert ("Luis Arce", "Lima should stop stirring up trouble on the border") in pairs
    assert any(content.startswith("Luis Arce told") for _, content in pairs)


def test_a_pronoun_telling_inside_the_speaker_s_clause_is_no_second_statement(facts_of):
    facts = facts_of(
        "Luis Arce said he had told his Peruvian counterpart that Lima should stop stirring "
        "up trouble on the border."
    )
    assert [facts.actors[s.speaker].name for s in facts.statements] == ["Luis Arce"]


def test_who_spoke_with_someone_to_urge_them_urges(facts_of):
    facts = facts_of(
        "Luis Arce spoke by phone on Monday with President Gabriel Boric to urge him to reopen "
        "the crossing at Colchane."
    )
    assert [(facts.actors[s.speaker].name, s.content) for s in facts.statements] == [
        ("Luis Arce", "him to reopen the crossing at Colchane")
    ]


def test_a_speech_verb_read_as_a_participle_of_the_sentence_s_noun_has_it_as_subject(facts_of):
    facts = facts_of(
        "Peru, Chile and Bolivia signed a fisheries pact in 2023.\n\nThe three countries "
        "announced in January that they were quitting the regional fisheries council."
    )
    assert sorted(facts.actors[s.speaker].name for s in facts.statements) == [
        "Bolivia",
        "Chile",
        "Peru",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Peru sent troops to the border on Monday. Officials in Ilave said two bridges had "
            "been damaged.",
            "Peru",
        ),
        (
            "Mozambique moved two battalions north last week. Local officials in Mocimboa told "
            "reporters that the market had reopened.",
            "Mozambique",
        ),
        (
            "Nepal deployed police along the border on Friday. District officials in Bardibas "
            "said the curfew would be lifted on Sunday.",
            "Nepal",
        ),
        # a body the officials are in is who they speak for
        ("Officials in the Defence Ministry said the frigate had left port.", "Defence Ministry"),
    ],
)
def test_officials_in_a_town_the_model_took_for_a_name_speak_for_the_state(facts_of, text, speaker):
    """'officials in X': a town the model tags as a body or person is where the officials
    are; they speak for the state the text is about."""
    assert [facts_of(text).actors[s.speaker].name for s in facts_of(text).statements] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana moved two battalions to its northern border on Friday. A senior army officer, "
        "speaking on condition of anonymity, said the troops would stay for a month.",
        "Ghana moved two battalions to its northern border on Friday. A government source told "
        "the Daily Graphic that the troops would stay for a month.",
        "Ghana moved two battalions to its northern border on Friday. Government sources said "
        "the troops would stay for a month.",
        "Ghana moved two battalions to its northern border on Friday. A military officer said "
        "the troops would stay for a month.",
        "Ghana moved two battalions to its northern border on Friday. Military sources said "
        "the troops would stay for a month.",
        "Ghana moved two battalions to its northern border on Friday. Defence sources said "
        "the troops would stay for a month.",
        "Ghana moved two battalions to its northern border on Friday. Police sources told the "
        "Daily Graphic that the troops would stay for a month.",
    ],
)
def test_a_servant_named_by_a_state_s_service_speaks_for_the_state(facts_of, text):
    assert ("Ghana", "the troops would stay for a month", False) in statement_triples(
        facts_of(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        # guards: a security source is anonymous ('Military sources said', sources named by
        # a state's government or forces alone, speak for their state: statements.servants)
        "Ghana moved two battalions to its northern border on Friday. A security source said "
        "the troops would stay for a month.",
        "Ghana moved two battalions to its northern border on Friday. Two security sources "
        "said the troops would stay for a month.",
    ],
)
def test_anonymous_sources_take_no_state(facts_of, text):
    assert not any(
        p[1] == "the troops would stay for a month" for p in statement_triples(facts_of(text))
    )


def test_one_of_a_group_speaks_as_the_group_named_before(facts_of):
    facts = facts_of(
        "Bolivian officials said on Monday that the talks in Lima had stalled. One of the "
        "officials said the delegation would return to La Paz on Friday."
    )
    assert (
        "Bolivia",
        "the delegation would return to La Paz on Friday",
        False,
    ) in statement_triples(facts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ghana moved two battalions north on Friday. Rebels attacked the base late on "
            "Wednesday, according to a senior army officer.",
            "Ghana",
        ),
        (
            "Ghana moved two battalions north on Friday. Rebels attacked the base late on "
            "Wednesday, according to the presidency, which gave no details.",
            "Ghana",
        ),
        (
            "Ghana moved two battalions north on Friday. Rebels attacked the base late on "
            "Wednesday, according to a defence ministry statement.",
            "Ghanaian Defence Ministry",
        ),
    ],
)
def test_according_to_a_state_s_servant_institution_or_body_s_document(facts_of, text, speaker):
    pairs = statement_triples(facts_of(text))
    assert [(p[0].lower(), p[1]) for p in pairs] == [
        (speaker.lower(), "Rebels attacked the base late on Wednesday")
    ]


def test_an_unnamed_servant_is_of_the_state_whose_officials_were_named_just_before(facts_of):
    facts = facts_of(
        "Turkey sent a survey ship to the area. Turkey says the ship is on a routine mission. "
        "Greek officials had been discussing a short meeting in Rome. According to a senior "
        "government official, that meeting is no longer likely to take place."
    )
    assert ("Greece", "that meeting is no longer likely to take place", False) in statement_triples(
        facts
    )


def test_a_participle_after_a_comma_speaks_for_its_verb_s_subject_not_its_object(facts_of):
    # ', describing the X notice as ...' is no inverted subject ('“...”, recalled X')
    facts = facts_of(
        "Peru responded with a counter-notice from the Callao station, describing the Chilean "
        "notice as “unauthorized” and “illegal.”"
    )
    assert statement_triples(facts) == [
        ("Peru", "the Chilean notice as “unauthorized” and “illegal.”", False),
    ]


def test_a_statement_that_names_its_author_is_that_body_s(facts_of):
    # 'according to a statement by X' and a later 'the statement said' are X's, not the
    # state a word of X's name is, nor the subject of the sentence it was introduced in
    facts = facts_of(
        "According to a statement by the Peruvian foreign ministry, Gonzalez reaffirmed during "
        "the meeting Peru's firm position on the border. The statement said the two ministers "
        "discussed ways to facilitate the return of Peruvian nationals who fled the fighting."
    )
    assert [p[0] for p in statement_triples(facts)] == ["Peruvian foreign ministry"] * 2


def test_a_quotation_s_own_speech_verb_introduces_no_author_of_the_statement(facts_of):
    facts = facts_of(
        "In a statement carried by the state news agency, the Chilean foreign ministry said the "
        "talks had taken place in a positive atmosphere. “Chile reaffirms its commitment to "
        "every effort that contributes to de-escalation in the region,” the statement added."
    )
    assert [p[0] for p in statement_triples(facts)] == ["Chilean foreign ministry"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "President Gabriel Boric met the envoy on Monday. A spokeswoman for Boric, Ana "
            "Rojas, said the two discussed “the risks of an escalation in the region.”",
            "Ana Rojas",
        ),
        ("A spokesman for Hamas, Abu Obeida, said the talks had failed.", "Abu Obeida"),
        # after a role noun the name in apposition is the owner's own
        (
            "A spokesman for the president, Gabriel Boric, said the talks had failed.",
            "Gabriel Boric",
        ),
    ],
)
def test_a_name_after_a_named_owner_of_a_role_is_the_role_s(facts_of, text, speaker):
    assert [name for name, _, _ in statement_triples(facts_of(text))] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chilean President Michelle Bachelet spoke with U.S. President Joe Biden on Monday. "
            "Biden said Chile had agreed to “send more troops”. The Chilean president insisted "
            "on Wednesday that the deployment was a sovereign decision. “We are not doing this "
            "because anyone ordered us to,” she said.",
            "Michelle Bachelet",
        ),
        (
            "Kenyan Foreign Minister Musalia Mudavadi met his Somali counterpart Ahmed Fiqi in "
            "Nairobi. Fiqi said the talks were “useful”. The Kenyan foreign minister later "
            "repeated that Nairobi wanted calm. “We will not send more troops,” he said.",
            "Musalia Mudavadi",
        ),
    ],
)
def test_a_pronoun_after_an_office_as_subject_is_its_holder(facts_of, text, speaker):
    """'The Chilean president insisted ... “...,” she said': the description of the office,
    a main subject, is a mention of its holder, whom the pronoun after it means."""
    assert statement_triples(facts_of(text))[-1][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The council is expected to meet in Harare later this month, according to a draft "
        "agenda seen by Lusa.",
        "The ministry is expected to approve the plan, according to a document seen by Nova.",
        "The envoy will visit Dakar in May, according to a memo obtained by Kontra.",
    ],
)
def test_who_saw_a_document_is_not_its_author(facts_of, text):
    assert statement_triples(facts_of(text)) == []


def test_a_person_a_sentence_opens_on_with_according_to_is_who_a_he_then_means(facts_of):
    """'B said ... According to A, the army expects ... “...,” he said': A, whose view the
    sentence gives, not B, the last subject before it."""
    facts = facts_of(
        "Timo Lindqvist, head of the army's intelligence service, warned last month that the "
        "district would grow.\n\n"
        "Marta Kowalczyk, a researcher at the Warsaw Institute, said the move was significant."
        "\n\n"
        '"It is a signal," Kowalczyk said.\n\n'
        "According to Lindqvist, the army expects the district to receive priority. "
        '"If there is a truce, the picture could change," he said.'
    )
    assert ("Timo Lindqvist", "If there is a truce, the picture could change") in (_speakers(facts))


def test_a_long_name_the_model_cut_is_who_a_he_then_means(facts_of):
    """'Minister A B C D, speaking at ..., said ... “...,” he told reporters': the model may
    tag only 'A B' (the name runs on into two surnames); the subject is the whole name, not
    a photographer credited before it."""
    facts = facts_of(
        "Soldiers patrol along the border fence in Tambor, on May 8, 2024. © Julio Herrera, "
        "AFP\n\n"
        "The reinforcements will be stationed along the northern stretches of the frontier, "
        "the defence ministry said in a statement.\n\n"
        "Defence Minister Ramón Esteban Quiroga Vela, speaking at a military base in Tambor "
        "where he inspected some of the units, said the country would not allow the chaos to "
        "cross into its territory.\n\n"
        '"Every metre of this border is under surveillance," he told reporters.'
    )
    speakers = dict((content, name) for name, content in _speakers(facts))
    assert speakers["Every metre of this border is under surveillance"] == (
        "Ramón Esteban Quiroga Vela"
    )


def test_a_first_name_a_relative_clause_gives_the_subject_is_who_a_he_then_means(facts_of):
    """'“...,” said A. ... A farmer, who asked that only his first name, B, be used, said
    ... “...,” he said': B, not A, who spoke before."""
    facts = facts_of(
        '"There is no one to call," said Tomas Brenner, an analyst in Vienna.\n\n'
        "Residents of the town said life had changed. A farmer in the valley, who asked that "
        "only his first name, Arturo, be used, said that soldiers had searched his village "
        "twice.\n\n"
        '"Everyone is a suspect now," he said.'
    )
    assert ("Arturo", "Everyone is a suspect now") in _speakers(facts)
    assert ("Tomas Brenner", "Everyone is a suspect now") not in _speakers(facts)


def test_a_surname_the_model_tagged_a_product_is_who_a_he_then_means(nlp):
    """'A B led the delegation. “...,” C told reporters. B was blunter. ..., he said ...'
    with the second 'B' tagged a product (a label no actor bears): B, not C."""
    from spacy.tokens import Span

    from kg.extract import extract_doc
    from kg.ingest import make_article

    text = (
        "The delegation was led by Deputy Foreign Minister Alexei Varenko and General Pavel "
        "Orlov.\n\n"
        '"We did not expect to solve everything in one afternoon," bloc chief Jonas Lindholm '
        "told reporters afterward.\n\n"
        "Varenko was blunter. Speaking to local reporters, he said the bloc had failed to take "
        "Moscow's concerns seriously."
    )
    article = make_article("inline", "inline", text)
    doc = nlp(article.text)
    doc.ents = [
        Span(doc, e.start, e.end, label="PRODUCT") if e.text == "Varenko" else e for e in doc.ents
    ]
    facts = extract_doc(doc, article)
    assert ("Alexei Varenko", "the bloc had failed to take Moscow's concerns seriously") in (
        _speakers(facts)
    )


def test_a_name_the_model_cut_before_its_suffix_runs_on_into_the_subject(nlp):
    """'Secretary A B Jr. was more scathing. He ...' with 'A B' tagged alone: the name
    runs on into 'Jr.', the subject (no name of a thing, as 'the A B Regiment' is)."""
    from spacy.tokens import Span

    from kg.extract.actors.persons import name_run_on, names_a_thing

    doc = nlp("Defense Secretary Ernesto Villanueva Jr. was more scathing.")
    start = next(t.i for t in doc if t.text == "Ernesto")
    if doc[start + 2].head.i != start + 2 or doc[start + 2].dep_ != "nsubj":
        return  # the parser hung the name otherwise: nothing to test
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]
    [ent] = doc.ents
    assert name_run_on(ent).text == "Jr."
    assert not names_a_thing(ent)


@pytest.mark.parametrize(
    "text",
    [
        "Two battalions had arrived in Monguno and Baga.\n\n"
        '"We cannot wait until they leave before we act," the officer said.',
        'Fighters took the settlements of Pushkine and Dachenske. "We hold the line," the '
        "commander said.",
    ],
)
def test_a_village_the_model_took_for_a_person_is_no_one_a_role_points_back_to(facts_of, text):
    # a 'person' named only where a place is ('in B', 'the settlements of A and B') is a
    # village; 'the officer said' does not point back to it
    assert [s for s, _, _ in statement_triples(facts_of(text))] == []


def test_a_person_named_after_a_place_keeps_the_role_that_points_back(facts_of):
    facts = facts_of(
        "Fighters took the settlements of Pushkine and Dachenske. Mykola Hrytsenko visited "
        'the front. "We hold the line," the commander said.'
    )
    assert [s for s, _, _ in statement_triples(facts)] == ["Mykola Hrytsenko"]


def test_the_officer_with_no_person_named_before_serves_the_state_written_about(facts_of):
    facts = facts_of(
        'Kenya has moved two battalions north of Garissa.\n\n"We cannot wait until they '
        'leave before we act," the officer said.'
    )
    assert [s for s, _, _ in statement_triples(facts)] == ["Kenya"]


@pytest.mark.parametrize(
    ("text", "speaker", "content", "not_speaker"),
    [
        # an unnamed member of a person's entourage speaks for that person's state
        (
            "Kenyan President William Ruto met opposition leaders in Nairobi on Tuesday. “He "
            "told them clearly that the violence must stop,” said an adviser to Ruto who was "
            "present at the meeting and spoke on condition of anonymity.",
            "Kenya",
            "He told them clearly that the violence must stop",
            "William Ruto",
        ),
        # one named in apposition is that person
        (
            "Bolivian President Luis Arce spoke with Peru's president on Friday, according to "
            "his office. A spokeswoman for Arce, Maria Lopez, said the two discussed the border "
            "crossings.",
            "Maria Lopez",
            "the two discussed the border crossings",
            "Bolivia",
        ),
        # a spokesman for a body is that body's
        (
            "Kenyan President William Ruto met opposition leaders. A spokesman for the Interior "
            "Ministry said the talks went well.",
            "Interior Ministry",
            "the talks went well",
            "Kenya",
        ),
    ],
)
def test_an_unnamed_aide_to_a_person_speaks_for_the_persons_state(
    facts_of, text, speaker, content, not_speaker
):
    pairs = {(name, words) for name, words, _ in statement_triples(facts_of(text))}
    assert (speaker, content) in pairs
    assert (not_speaker, content) not in pairs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tomas Vidal spoke on Friday. Exports to Chile fell by a third, according to the "
            "Lisbon Institute of Trade Studies.",
            "Lisbon Institute of Trade Studies",
        ),
        (
            "Exports to Chile fell by a third last year, according to the Nairobi Centre for "
            "Strategic Research.",
            "Nairobi Centre for Strategic Research",
        ),
        (
            "Grace Mwangi, the governor, spoke on Friday. Turnout fell to 40 percent, "
            "according to the Mwangi Foundation.",
            "Mwangi Foundation",
        ),
    ],
)
def test_according_to_a_body_whose_name_holds_a_city_or_person_is_the_body(facts_of, text, speaker):
    assert [s for s, _, _ in statement_triples(facts_of(text))] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Exports to Chile fell by a third last year, according to Peru's foreign minister.",
            "Peru",
        ),
        (
            "Turnout fell to 40 percent in Lagos, according to the Nigerian Electoral Commission.",
            "Nigerian Electoral Commission",
        ),
        ("Exports fell by a third, according to officials in Lisbon.", "Portugal"),
    ],
)
def test_according_to_a_state_s_role_or_named_institution_keeps_its_speaker(
    facts_of, text, speaker
):
    assert [s for s, _, _ in statement_triples(facts_of(text))] == [speaker]


@pytest.mark.parametrize("staff", ["the general staff", "the army general staff"])
def test_a_states_general_staff_speaks_for_it_and_it_goes_on(facts_of, staff):
    # 'the general staff' is a state institution named by two words; the 'It' of the next
    # sentence is that speaker, not a group that spoke in the paragraph before
    facts = facts_of(
        "Fighting broke out near Tillaberi in western Niger on Monday.\n\n"
        "The rebel Northern Liberation Front said its fighters had overrun two army posts.\n\n"
        f"“The attackers were driven back towards the border,” {staff} said in a "
        "statement read on state television. It said air strikes had continued into the night."
    )
    pairs = statement_triples(facts)
    assert ("Niger", "air strikes had continued into the night", False) in pairs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chile and Peru signed a fisheries pact on Monday. A Chilean embassy official, "
            "speaking on background, said the patrols would begin in March.",
            "Chile",
        ),
        (
            "The Canadian High Commission in Accra confirmed the visit on Monday.\n\n“The "
            "patrols would begin in March,” a High Commission spokesperson said.",
            "Canada",
        ),
    ],
)
def test_an_unnamed_servant_of_an_embassy_speaks_for_its_state(facts_of, text, speaker):
    """GUIDELINES: an unnamed official stands for their state, an embassy's as well."""
    speakers = [
        name for name, content, _ in statement_triples(facts_of(text)) if "patrols" in content
    ]
    assert speakers == [speaker]


def test_an_embassy_speaking_itself_stays_the_embassy(facts_of):
    facts = facts_of("The Chilean embassy in Lima said the patrols would begin in March.")
    assert [name for name, _, _ in statement_triples(facts)] == ["Chilean embassy in Lima"]


@pytest.mark.parametrize(
    "text",
    [
        "Gambia closed its border on Monday. Senegal's army had mobilised several battalions "
        "for this operation, according to military sources contacted by Le Soleil.",
        "Gambia closed its border on Monday. Military sources told Le Soleil that two "
        "battalions of the Senegalese Army had mobilised for this operation.",
        "Gambia closed its border on Monday. Military sources told Le Soleil that two "
        "battalions from the 5th Division of the Senegalese Army had arrived in Bignona.",
    ],
)
def test_a_state_s_sources_are_those_of_the_forces_they_report(facts_of, text):
    """'A's army moved ..., according to military sources': the sources are A's, not those
    of the state the text named before."""
    assert [name for name, _, _ in statement_triples(facts_of(text))] == ["Senegal"]


def test_a_body_of_the_state_cut_before_the_state_s_name_keeps_it(facts_of):
    """'the Armed Forces of the | Comoros': the model's cut before the state is no name."""
    facts = facts_of(
        "Two patrol boats arrived at the port on Monday, according to the Armed Forces of the "
        "Comoros (AF)."
    )
    assert [name for name, _, _ in statement_triples(facts)] == ["Armed Forces of the Comoros"]


def test_a_state_s_source_is_no_body_s_named_before(facts_of):
    """'the mission said ... A military source said': the state, not the body that spoke."""
    facts = facts_of(
        "South Sudan's army moved troops to Malakal on Monday. The UN mission said patrols had "
        "increased. A military source said that a new brigade had been formed in recent weeks."
    )
    assert ("South Sudan", "a new brigade had been formed in recent weeks", False) in (
        statement_triples(facts)
    )


def test_the_ministry_is_the_ministry_named_last(facts_of):
    """'the Ministry noted': the ministry the text named last under a name of its own, not
    the last one built from a demonym."""
    facts = facts_of(
        "The Ugandan Defence Ministry reported that a company of paratroopers had been sent to "
        "Goma. Patrols have been stepped up along the border, the press service of the Ministry "
        "of Interior of Tanzania said. The Ministry noted that the peacekeepers would not take "
        "part in operations against armed groups."
    )
    assert (
        "Ministry of Interior of Tanzania",
        "the peacekeepers would not take part in operations against armed groups",
        False,
    ) in statement_triples(facts)


@pytest.mark.parametrize("noun", ["rebels", "militants", "insurgents"])
def test_the_rebels_are_the_armed_group_named_just_before(facts_of, noun):
    facts = facts_of(
        "The Mindanao Liberation Front attacked an army post near Cotabato on Sunday, killing "
        f"five soldiers. The {noun} said they would keep fighting until the troops withdrew."
    )
    assert (
        "Mindanao Liberation Front",
        "they would keep fighting until the troops withdrew",
        False,
    ) in (statement_triples(facts))


def test_the_regional_bloc_tagged_as_a_name_still_points_back(facts_of):
    facts = facts_of(
        "The Southern African Development Community agreed on a date for a deployment to Cabo "
        "Delgado, the regional bloc said on Friday."
    )
    assert [s for s, _, _ in statement_triples(facts)] == ["SADC"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Meanwhile, the top U.S. spy chief, DNI Maren Holt, told the Senate Armed Services "
            "Committee last week that the war is unlikely to end soon.",
            "Maren Holt",
        ),
        (
            "Head of the Korivka district military administration Maren Holt said that fewer "
            "than 1,400 villagers were still living there.",
            "Maren Holt",
        ),
    ],
)
def test_a_titled_name_the_model_took_for_a_body_speaks(facts_of, text, speaker):
    # the name in apposition to the title is tagged an organisation: still the bearer's
    facts = facts_of(text)
    names = [facts.actors[s.speaker].name for s in facts.statements]
    assert names and names[0].endswith(speaker)  # ('DNI Maren Holt': the title kept)


def test_the_person_in_apposition_to_a_name_of_no_actor_speaks(facts_of):
    # 'The Leader of Opposition' tagged as a name is an office, no actor: the person named in
    # apposition to it speaks
    facts = facts_of(
        "The Leader of Opposition, Ms Grace Atieno, told reporters the vote had been rushed."
    )
    assert [facts.actors[s.speaker].name for s in facts.statements] == ["Grace Atieno"]
