"""Anonymous sources (statements/anonymous.py): people the text does not name speak for no
one, and a place, a person or a hearer near them is no speaker; on invented sentences
(actors and places of no annotated article)."""

import pytest

from tests.statement_views import statement_triples


@pytest.mark.parametrize(
    "text",
    [
        'Paraguay moved troops to the Chaco. "Everyone is waiting for the first shot," said one '
        "resident of Villa Hayes, who did not want to be named.",
        "Residents of Filadelfia and Loma Plata valleys said they had begun digging trenches "
        "for the first time since the war.",
        "Santiago Pena visited the Chaco on Monday. A Western diplomat in Asuncion said a "
        "meeting between the two presidents was being discussed.",
        "Luis Arce met Santiago Pena on Monday. Sources close to the Bolivian president said "
        "Arce would also meet army chiefs on Thursday.",
        'Luis Arce met Santiago Pena on Monday. "The soldiers stay for a few weeks, and then '
        'they leave," said a community leader in Boqueron, who asked not to be named.',
        'Luis Arce met Santiago Pena on Monday. "Asuncion always prefers to freeze the status '
        'quo and talk for years," said a former Bolivian ambassador to Paraguay.',
        "Luis Arce met Santiago Pena on Monday. People familiar with the matter said the "
        "Bolivian president would stay in Asuncion until Friday.",
    ],
)
def test_an_anonymous_source_speaks_for_no_place_or_person_near_it(facts_of, text):
    assert statement_triples(facts_of(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Santiago Pena visited the Chaco on Monday. One Mariscal Estigarribia trader reached "
        'by phone said he heard heavy gunfire. "Nobody went out. The shops stayed shut all '
        'day," he said.',
        "Santiago Pena visited the Chaco on Monday. A senior diplomatic source told ABC Color "
        "that the talks were serious. He said Asuncion was trying to secure a commitment from "
        "both sides.",
        "Santiago Pena visited the Chaco on Monday. A Gulf diplomat said the first session was "
        'unlikely to produce a deal. "This is about whether there is a basis for anything at '
        'all," the diplomat said.',
    ],
)
def test_a_pronoun_or_the_noun_after_an_anonymous_source_is_that_source(facts_of, text):
    assert statement_triples(facts_of(text)) == []


def test_a_pronoun_after_an_unnamed_official_speaks_for_the_officials_state(facts_of):
    facts = facts_of(
        "Paraguay moved troops to the Chaco, a senior Paraguayan official said on Monday. The "
        'official, who spoke on condition of anonymity, said there had been "real movement" '
        'over the past two days.\n\n"We are not there yet. There are maps, and both sides are '
        'arguing," he said.'
    )
    assert (
        "Paraguay",
        "We are not there yet. There are maps, and both sides are arguing",
        True,
    ) in statement_triples(facts)


def test_a_person_named_after_the_anonymous_source_is_who_the_pronoun_means(facts_of):
    # guard: a named person mentioned since the anonymous source takes the pronoun
    facts = facts_of(
        "A resident of Asuncion said the streets were empty. Santiago Pena arrived later in "
        'the day. "We will rebuild," he said.'
    )
    assert statement_triples(facts) == [("Santiago Pena", "We will rebuild", True)]


def test_a_pronoun_inside_anothers_report_is_spoken_of(facts_of):
    # guard: 'he' in a sentence the source attributes is the person the text is about
    facts = facts_of(
        "Luis Arce spent the week in Sucre. A source close to the president said he was "
        "weighing his options. He has told aides that there is a limited path to victory, "
        "the source said."
    )
    assert ("Luis Arce", "there is a limited path to victory", False) in statement_triples(facts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Everybody is waiting for the review," said one OAS diplomat.',
            "Organization of American States",
        ),
        ("Turkish diplomatic sources said the delay in the Ankara talks was technical.", "Turkey"),
        ("A source in the Bolivian government said the brigade had moved to Riberalta.", "Bolivia"),
    ],
)
def test_a_source_of_a_named_body_or_state_speaks_for_it(facts_of, text, speaker):
    # guard: GUIDELINES map unnamed officials and sources of a state or body to it
    assert [p[0] for p in statement_triples(facts_of(text))] == [speaker]


def test_a_resident_named_in_apposition_speaks(facts_of):
    facts = facts_of(
        "Luis Arce met Santiago Pena on Monday. A resident of Asuncion, Maria Gomez, said the "
        "streets were empty."
    )
    assert statement_triples(facts) == [("Maria Gomez", "the streets were empty", False)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "A trader in Garissa, Hassan Abdi, said the market had been closed since Monday.",
            "Hassan Abdi",
            "the market had been closed since Monday",
        ),
        (
            "A farmer from Bawku, Alhassan Mahama, told the station that soldiers had arrived "
            "in the night.",
            "Alhassan Mahama",
            "soldiers had arrived in the night",
        ),
    ],
)
def test_a_person_named_after_the_place_describing_them_speaks(facts_of, text, speaker, content):
    # the parser hangs the name on the place, the nearer noun
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


def test_the_hearer_of_told_is_no_speaker(facts_of):
    facts = facts_of(
        "The Andean Monitoring Mission said it had stepped up patrols near Puno since the "
        'weekend.\n\n"Our patrols are present in the area and are monitoring the situation," a '
        "mission spokesperson told Radio Onda Azul by e-mail."
    )
    speakers = {p[0] for p in statement_triples(facts)}
    assert "Radio Onda Azul" not in speakers
    assert "Andean Monitoring Mission" in speakers


@pytest.mark.parametrize("verb", ["assured", "told", "warned"])
def test_a_verb_of_telling_after_a_quotation_has_its_speaker_after_it(facts_of, verb):
    facts = facts_of(
        "Quito for its part refuses to sign the accord. “We will not give up the river. It "
        f"is Lima which must withdraw its claim ”, {verb} the head of Ecuadorian diplomacy, "
        "Gabriela Sommerfeld."
    )
    assert "Gabriela Sommerfeld" in {p[0] for p in statement_triples(facts)}


@pytest.mark.parametrize(
    ("text", "state", "quote", "named"),
    [
        (
            "Ugandan troops have moved two battalions to the border near Busia, the army said "
            "on Monday. Defence Minister Jacob Oboth said the move was routine. A senior army "
            "officer in Tororo, who asked not to be named, said the battalions would stay until "
            "the election. “We are ready for anything. Nobody should test us,” the officer said.",
            "Uganda",
            "We are ready for anything. Nobody should test us",
            "Jacob Oboth",
        ),
        (
            "Chilean marines have reinforced the garrison at Puerto Williams, the navy said. "
            "Admiral Juan Andrade said the reinforcement was temporary. A military official at the "
            "base, speaking on condition of anonymity, said two patrol boats had also arrived. "
            "“The crossing is quiet, but we are watching it day and night,” the official said.",
            "Chile",
            "The crossing is quiet, but we are watching it day and night",
            "Juan Andrade",
        ),
    ],
)
def test_the_unnamed_servant_pointed_back_to_speaks_as_before(facts_of, text, state, quote, named):
    # 'the officer' is the unnamed one who spoke last, not the person named before him
    pairs = statement_triples(facts_of(text))
    assert (state, quote, True) in pairs
    assert (named, quote, True) not in pairs


def test_the_unnamed_servant_an_according_to_phrase_gave_speaks_as_it(facts_of):
    # 'according to a government official. The official said': that official's state, not
    # the person the sentence before was about
    facts = facts_of(
        "Chief Minister Murad Ali Shah has been at odds with the federal government over "
        "relief funds. Last week, he travelled to Islamabad, where he met with the Finance "
        "Minister, Ishaq Dar, to request more money for the province, according to a "
        "government official familiar with the talks.\n\n"
        "The official, who asked not to be named because he was not authorised to speak, said "
        "the chief minister requested two more army battalions for the flooded districts."
    )
    speakers = {
        p[0] for p in statement_triples(facts) if p[1].startswith("the chief minister requested")
    }
    assert speakers == {"Pakistan"}


def test_the_noun_pointing_back_to_an_unnamed_source_of_no_body_is_no_one(facts_of):
    # 'the officer' is the unnamed officer who spoke just before (for no body the text
    # names), not the person the paragraph before was about
    facts = facts_of(
        "General Tomas Ruiz, who was briefed by commanders in Cucuta over the weekend, told "
        "officials that the situation was “a problem between communities”.\n\n"
        "In Arauca, a senior police officer said that the biggest concern was the number of "
        "rifles stolen from police stations since March. “More than 500 rifles are still "
        "missing. Until these come back, there is no peace,” the officer said."
    )
    assert "Tomas Ruiz" not in {
        p[0] for p in statement_triples(facts) if p[1].startswith("More than 500")
    }


def test_one_of_the_officials_an_according_to_phrase_gave_since_speaks_as_they(facts_of):
    # officials who spoke earlier for another state are not the ones introduced since
    facts = facts_of(
        "Local officials in Herat told reporters that the shelling had hit a school near "
        "Islam Qala. Iranian officials said the border post had been attacked first.\n\n"
        "In the hours after the clash, Afghanistan moved more border units towards Herat, "
        "according to two security officials in Kabul who spoke on condition of anonymity.\n\n"
        "One of the officials said that helicopters had been flying patrols near the border "
        "since Tuesday."
    )
    speakers = {
        p[0] for p in statement_triples(facts) if p[1].startswith("helicopters had been flying")
    }
    assert speakers == {"Afghanistan"}


def test_a_pronoun_after_an_unnamed_officer_of_no_body_is_not_a_person_named_before(facts_of):
    facts = facts_of(
        "Defence Minister Julien Kossi visited the northern border on Monday.\n\n"
        "The soldiers at the Kourou post no longer sleep in their barracks, a junior officer "
        "told reporters, while drones watch the tree line.\n\n"
        "“They come on motorbikes, thirty or forty of them, with mortars,” he said by phone, "
        "asking not to be named."
    )
    assert "Julien Kossi" not in {
        p[0] for p in statement_triples(facts) if p[1].startswith("They come")
    }


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # officials named by their portfolio alone speak for their state ...
        (
            "Chile sent two frigates to the strait on Monday. Defence officials said the "
            "talks with Peru had failed and would not resume before the summer.",
            "Chile",
        ),
        # ... or for the body of that portfolio named before them
        (
            "Peru's Ministry of Defence announced the move on Monday. Defence officials said "
            "the talks with Chile had failed and would not resume before the summer.",
            "Peru Ministry of Defence",
        ),
    ],
)
def test_unnamed_officials_of_a_portfolio_speak_for_its_body_or_state(facts_of, text, speaker):
    assert [name for name, _, _ in statement_triples(facts_of(text))] == [speaker]


def test_officials_placed_in_a_city_speak_for_its_state_not_the_one_written_about(facts_of):
    text = (
        "Chile said on Monday that Chile would not reopen the border. Chile also recalled "
        "its envoy. Security officials in Arequipa said that the patrols would continue "
        "for a month."
    )
    assert [name for name, _, _ in statement_triples(facts_of(text))][-1:] == ["Peru"]


@pytest.mark.parametrize(
    "text",
    [
        "According to a source in the Ecuadorian government familiar with the talks, the "
        "convoy was stopped at the border near Tulcan.",
        "The convoy was stopped at the border near Tulcan, according to a source from the "
        "Ecuadorian presidency.",
        "According to a source in the Ecuadorian Joint Command who spoke to El Comercio on "
        "condition of anonymity, the convoy was stopped at the border near Tulcan.",
    ],
)
def test_according_to_a_source_placed_in_a_body_speaks_for_it(facts_of, text):
    assert [name for name, _, _ in statement_triples(facts_of(text))] == ["Ecuador"]


def test_according_to_a_source_placed_in_a_city_or_close_to_a_person_is_no_one(facts_of):
    for text in (
        "The convoy was stopped at the border near Tulcan, according to diplomatic sources "
        "in Quito.",
        "The convoy was stopped at the border near Tulcan, according to a source close to "
        "President Daniel Noboa.",
    ):
        assert statement_triples(facts_of(text)) == []
