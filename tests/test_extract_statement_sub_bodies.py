"""A named sub-body speaks as itself, not as the body or state that owns it (GUIDELINES:
named bodies are their own organisation), on invented sentences (actors and places of no
annotated article)."""

import pytest


def _speakers(facts):
    return [facts.actors[s.speaker].name for s in facts.statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "NATO's Allied Land Command said the exercise near Tapa would last two weeks.",
            "Allied Land Command",
        ),
        (
            "The People's Liberation Army's Southern Theater Command said the patrols near "
            "the Paracel Islands would continue.",
            "Southern Theater Command",
        ),
        (
            "The Indian Army's Northern Command said two intruders had been killed near Kupwara.",
            "Northern Command",
        ),
        # the model's cut 'Peace and | Security Council' made whole (actors.body_spans): a
        # named body, not the listed 'Security Council' one of its words was looked up as
        (
            "The African Union's Peace and Security Council said it would send observers to Goma.",
            "Peace and Security Council",
        ),
    ],
)
def test_a_command_owned_by_a_named_body_speaks_as_itself(facts_of, text, speaker):
    assert _speakers(facts_of(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The United Nations Mission in South Sudan said its peacekeepers had reached "
            "Malakal on Tuesday.",
            "United Nations Mission in South Sudan",
        ),
        (
            "The OSCE Mission in Kosovo said the vote had passed off peacefully.",
            "OSCE Mission in Kosovo",
        ),
        (
            "The European Union Mission in Georgia (EUMM), which has 200 monitors, said it "
            "had stepped up patrols near the boundary line.",
            "European Union Mission in Georgia",
        ),
    ],
)
def test_a_mission_named_with_its_place_speaks_as_itself(facts_of, text, speaker):
    assert _speakers(facts_of(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person named in the phrase still speaks
        (
            "NATO's Allied Air Command chief, General Piet Vermeer, said the jets had "
            "returned to base.",
            "Piet Vermeer",
        ),
    ],
)
def test_an_owner_or_person_keeps_speaking_where_no_sub_body_is_named(facts_of, text, speaker):
    assert _speakers(facts_of(text)) == [speaker]


def test_a_bracketed_abbreviation_ends_a_state_bodys_name(facts_of):
    facts = facts_of(
        "According to Moldova's military intelligence agency (SIB), Russia has gathered about "
        "4,000 troops near Tiraspol."
    )
    assert not any("(" in facts.actors[s.speaker].name for s in facts.statements)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The Peruvian embassy in La Paz said on Monday that Lima respected Bolivia's "
            "sovereignty. “We ask all sides to keep the border open,” the embassy said.",
            ["Peruvian embassy in La Paz", "Peruvian embassy in La Paz"],
        ),
        (
            "The Chilean Embassy denied any role in the protests, saying that Santiago had "
            "never funded the organisers.",
            ["Chilean Embassy", "Chilean Embassy"],
        ),
        (
            "Peru's foreign ministry said talks would go on. The Chilean consulate in Tacna "
            "said the crossing was open. “The road is safe,” the ministry said.",
            ["Peru foreign ministry", "Chilean consulate in Tacna", "Peru foreign ministry"],
        ),
    ],
)
def test_a_states_embassy_speaks_as_itself(facts_of, text, speakers):
    assert _speakers(facts_of(text)) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Peru's foreign ministry spokesperson said at a weekly briefing that Lima had been a "
            "victim of smuggling along the border.",
            "Peru foreign ministry",
        ),
        (
            "A Chilean defence ministry official told reporters that the patrols near Arica "
            "would continue.",
            "Chilean defence ministry",
        ),
        # a named spokesperson speaks as herself
        (
            "Chilean Foreign Ministry spokesperson Ana Rojas said Santiago would answer the "
            "note within a week.",
            "Ana Rojas",
        ),
    ],
)
def test_an_unnamed_servant_of_a_ministry_speaks_for_the_ministry(facts_of, text, speaker):
    assert _speakers(facts_of(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a parent's agency named by its kind, its acronym in apposition
        (
            "The UN's food agency (WFP) said the trucks near Kandahar had been stopped.",
            "WFP",
        ),
        # a force named in full with its parent's name
        (
            "The United Nations Interim Force in Lebanon (UNIFIL) said its patrols had "
            "reached Naqoura.",
            "United Nations Interim Force",
        ),
    ],
)
def test_a_body_its_apposition_names_speaks_as_itself(facts_of, text, speaker):
    assert _speakers(facts_of(text)) == [speaker]


def test_a_mission_named_to_a_state_speaks_as_itself(facts_of):
    facts = facts_of("The OSCE Mission to Serbia said it had spoken to both parties.")
    assert _speakers(facts) == ["OSCE Mission to Serbia"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kazakhstan's General Staff said the drills near Aktobe would end on Friday.",
            "Kazakhstan General Staff",
        ),
        (
            "Georgia's Military Intelligence said 3,000 troops had gathered near Tskhinvali.",
            "Georgia Military Intelligence",
        ),
        (
            "Finland's Western Military District said the exercise near Vaasa had begun.",
            "Finland Western Military District",
        ),
    ],
)
def test_a_states_capitalised_military_body_speaks_as_itself(facts_of, text, speaker):
    assert _speakers(facts_of(text)) == [speaker]


def test_a_bracketed_acronym_parsed_as_the_head_leaves_the_body_named(facts_of):
    facts = facts_of(
        "The Norwegian Defence Intelligence Service (NIS) wrote in its annual report that "
        "Russia was moving troops toward Pechenga."
    )
    # the service, by its name or acronym, not the state
    assert _speakers(facts) in (["Norwegian Defence Intelligence Service"], ["NIS"])
