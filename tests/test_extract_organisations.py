"""State institutions as speakers (kg.extract.actors.organisations), on invented sentences
(actors and places of no annotated article)."""

import pytest


def _speakers(facts) -> list[tuple[str, str]]:
    return [(facts.actors[s.speaker].name, s.content) for s in facts.statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Colombia has sent more troops to the border. “The operation will continue until "
            "the area is secure,” the defence ministry said on Monday.",
            "Colombian defence ministry",
        ),
        (
            "Kenya closed its border with Somalia on Tuesday. The interior ministry said that "
            "the crossing near Mandera would stay shut.",
            "Kenyan interior ministry",
        ),
    ],
)
def test_a_ministry_named_by_its_kind_is_that_of_the_state_in_context(facts_of, text, speaker):
    assert [name for name, _ in _speakers(facts_of(text))][-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tension rose on Monday. Chile's Foreign Ministry spokesman said the drills were "
            "a provocation.",
            "Chile Foreign Ministry",
        ),
        (
            "A Peruvian Defence Ministry spokeswoman told a briefing in Lima that the patrols "
            "would continue.",
            "Peruvian Defence Ministry",
        ),
        (
            "Bolivia's Interior Ministry said on Friday that 40 people had been detained.",
            "Bolivia Interior Ministry",
        ),
        (
            "Ecuadorian Foreign Ministry sources said the talks would resume next week.",
            "Ecuadorian Foreign Ministry",
        ),
        (
            "Norway's Foreign Ministry summoned the envoy on Monday. The ministry said in a "
            "statement that the flights had violated its airspace.",
            "Norway Foreign Ministry",
        ),
        (
            "Peru's Ministry of Foreign Affairs said the border would stay open.",
            "Peru Ministry of Foreign Affairs",
        ),
        # a date after the ministry's head is no part of its name
        (
            "Uruguay’s Foreign Ministry on March 3 condemned the raid, calling it “a grave "
            "breach of the truce”.",
            "Uruguay Foreign Ministry",
        ),
        (
            "Nepal's Interior Ministry on Tuesday said that 40 people had been detained.",
            "Nepal Interior Ministry",
        ),
    ],
)
def test_a_ministry_tagged_by_its_kind_is_named_with_the_state_before_it(facts_of, text, speaker):
    """The model tags 'Foreign Ministry' alone: the state before it (a possessive, a
    demonym, on the ministry or on the role noun it qualifies) names it, and a later 'the
    ministry' is it too."""
    assert [name for name, _ in _speakers(facts_of(text))] == [speaker]


def test_a_ministry_tagged_by_its_kind_with_no_state_keeps_its_name(facts_of):
    facts = facts_of("The Foreign Ministry said on Monday that the envoy had been recalled.")
    assert [name for name, _ in _speakers(facts)] == ["Foreign Ministry"]


def test_no_state_in_context_gives_no_ministry(facts_of):
    facts = facts_of("“The operation will continue,” the defence ministry said on Monday.")
    assert not any(name.endswith("defence ministry") for name, _ in _speakers(facts))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Swedish Armed Forces said on Monday that 8,000 recruits would be called up.",
            "Swedish Armed Forces",
        ),
        (
            "The number will rise to 8,000 next year, according to the Kenya Defence Forces.",
            "Kenya Defence Forces",
        ),
        # lower case: a state's generic forces speak for the state
        ("Malian armed forces said on Monday that the convoy had reached Gao.", "Mali"),
        # a service's name with its state's demonym inside it, the model cutting it there
        ("The Royal Danish Navy said two vessels had entered the strait.", "Royal Danish Navy"),
        ("The Royal Moroccan Army has said rebels opened fire first.", "Royal Moroccan Army"),
        # a state's adjective and a capitalised service's head alone name it too
        ("The Ghanaian Army said two patrols had reached the ridge.", "Ghanaian Army"),
        ("The Chilean army said two patrols had reached the ridge.", "Chile"),
    ],
)
def test_a_capitalised_armed_service_is_an_organisation_of_its_own(facts_of, text, speaker):
    assert [name for name, _ in _speakers(facts_of(text))] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "William Ruto spoke in Nakuru on Monday. Ruto's campaign said that turnout had been high.",
        "William Ruto spoke in Nakuru on Monday. Turnout had been high, a Ruto campaign "
        "official said.",
    ],
)
def test_a_persons_campaign_speaks_as_an_organisation_of_its_own(facts_of, text):
    assert [name for name, _ in _speakers(facts_of(text))] == ["Ruto campaign"]


def test_a_campaign_spokesman_named_speaks_himself(facts_of):
    facts = facts_of(
        "William Ruto spoke in Nakuru on Monday. “Turnout was high,” Ruto campaign spokesman "
        "Dennis Itumbi said."
    )
    assert [name for name, _ in _speakers(facts)] == ["Dennis Itumbi"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The UN migration agency said that 3,000 people had crossed into Chad.",
            "UN migration agency",
        ),
        (
            "The African Union peace support office said that 3,000 people had crossed into Chad.",
            "African Union peace support office",
        ),
        (
            "3,000 people had crossed into Chad, according to the United Nations Office for the "
            "Protection of Displaced Persons.",
            "United Nations Office for the Protection of Displaced Persons",
        ),
        # a press office is the organisation's own voice
        ("The UN press office said that 3,000 people had crossed into Chad.", "United Nations"),
    ],
)
def test_an_office_or_agency_of_a_named_organisation_speaks_as_its_own(facts_of, text, speaker):
    assert [name for name, _ in _speakers(facts_of(text))] == [speaker]


def test_a_name_with_its_abbreviation_cut_open_keeps_the_name():
    from kg.extract.actors.names import clean_name

    assert clean_name("Independent Office for Prison Complaints (IOPC") == (
        "Independent Office for Prison Complaints"
    )
    assert (
        clean_name("Office for Prison Complaints (IOPC)") == "Office for Prison Complaints (IOPC)"
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Peru’s competition authority said the two banks had misled their customers.",
            "Peru competition authority",
        ),
        (
            "Chile’s northern military command has said 2,000 troops were sent to Arica.",
            "Chile northern military command",
        ),
        (
            "The Bolivian electoral authority said the count would end on Sunday.",
            "Bolivian electoral authority",
        ),
        # no word for its kind: the state's authorities
        ("Peru’s authorities said the border would stay closed.", "Peru"),
    ],
)
def test_a_states_body_in_lower_case_with_its_kind_is_an_organisation(facts_of, text, speaker):
    assert [name for name, _ in _speakers(facts_of(text))] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Speaking in Lima on Tuesday, Peru’s foreign office spokesperson said the country "
            "had exercised restraint.",
            "Peru foreign office",
        ),
        (
            "A Kenyan foreign office spokesman said Nairobi would not reopen the crossing.",
            "Kenyan foreign office",
        ),
    ],
)
def test_a_states_office_in_lower_case_before_a_role_speaks_as_itself(facts_of, text, speaker):
    """'Peru's foreign office spokesperson': an office with a word for its kind, whose state
    hangs on the role noun, is the state's named body (not the state)."""
    assert [name for name, _ in _speakers(facts_of(text))] == [speaker]


def test_a_leaders_office_is_no_state_body(facts_of):
    facts = facts_of("The president's office spokesman said the visit would go ahead.")
    assert not any(name.endswith("office") for name, _ in _speakers(facts))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Islamic Resistance in Somalia, a coalition of militias, said it had shelled "
            "the base.",
            "Islamic Resistance in Somalia",
        ),
        (
            "Troops crossed the river on Monday, according to the Combined Chiefs of Staff (CCS).",
            "Combined Chiefs of Staff",
        ),
    ],
)
def test_a_body_named_with_a_preposition_is_no_person_cut_before_it(facts_of, text, speaker):
    """'X Y in Z', 'X Y of Z', tagged whole or cut after its preposition: its first two
    capitalised words are no person's name the model left untagged."""
    assert [name for name, _ in _speakers(facts_of(text))] == [speaker]


def test_a_ministry_of_a_state_named_in_full_is_not_its_minister(facts_of):
    facts = facts_of(
        "This was echoed by Peru’s Defense Minister Oscar Rivas who said, “Peru will move "
        "troops in April.” According to the Ministry of Defense of Peru , since Jan 1 , losses "
        "include 600 soldiers."
    )
    assert [name for name, _ in _speakers(facts)] == ["Oscar Rivas", "Ministry of Defense of Peru"]
