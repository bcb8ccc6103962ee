"""The kind of actor a name is, from the words around it (kg.extract.actors.type_cues, the
acronym rules of kg.extract.actors.organisations), on invented sentences (actors and places
of no annotated article)."""

import pytest


def _types(facts) -> dict[str, str]:
    return {actor.name: actor.type for actor in facts.actors.values()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ogaden Liberation Front said on Monday that its fighters had taken two "
            "villages near Degehabur.",
            "Ogaden Liberation Front",
        ),
        (
            "Fighting went on near Kassala, where the Beja Independence Army has held the "
            "bridge since March.",
            "Beja Independence Army",
        ),
        (
            "The town is held by the Zawiya Protection Force, a militia loyal to the former "
            "interior minister, residents said.",
            "Zawiya Protection Force",
        ),
        (
            "The road is controlled by the Sabha Shield Force, known as Dir, a powerful "
            "militia that has resisted the government, residents said.",
            "Sabha Shield Force",
        ),
    ],
)
def test_an_armed_group_by_its_name_or_apposition(facts_of, text, name):
    assert _types(facts_of(text)).get(name) == "Group"


def test_an_acronym_in_brackets_takes_the_type_of_the_name(facts_of):
    facts = facts_of(
        "The rebel Kivu Liberation Front (FLK) said on Tuesday that it had shot down a drone. "
        "FLK spokesman Ruben Matata said the group would not withdraw."
    )
    types = _types(facts)
    assert types.get("FLK") == "Group"


def test_an_acronym_named_in_full_elsewhere_takes_its_type(facts_of):
    facts = facts_of(
        "The Beja Independence Army has besieged the town of Tokar since March. The army "
        "flew in reinforcements, according to the BIA."
    )
    assert _types(facts).get("BIA") == "Group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Earlier this month, the chairman of the Romanian steel firm Dunacor called for an "
            "impartial investigation.",
            "Dunacor",
        ),
        (
            "Another Hungarian company called Vasterkom, whose website lists it as a freight "
            "forwarder, bought the parts.",
            "Vasterkom",
        ),
        (
            "Estonia's power grid operator Elvora reported an unprecedented cyberattack on Monday.",
            "Elvora",
        ),
        (
            "Output will fall by a fifth, according to Marta Velde, an economist at Halvorsen "
            "Lind.",
            "Halvorsen Lind",
        ),
    ],
)
def test_a_name_described_as_a_body_is_an_organisation(facts_of, text, name):
    assert _types(facts_of(text)).get(name) == "Organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Profits rose by a tenth, said Ola Berg, chief economist for Talbot Group.",
            "Talbot Group",
        ),
        (
            "“We mourn a brother,” Ray Doyle, president of the Ohio Professional Fire Fighters "
            "Association, said on Sunday.",
            "Ohio Professional Fire Fighters Association",
        ),
    ],
)
def test_a_company_or_union_is_no_armed_group_by_its_name(facts_of, text, name):
    assert _types(facts_of(text)).get(name) == "Organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“We will win this state,” campaign chair Maren Oldcastle said in a statement.",
            "Maren Oldcastle",
        ),
        (
            "The journalist is due in court on Tuesday, her lawyer Dalibor Kresnik said on "
            "Telegram.",
            "Dalibor Kresnik",
        ),
    ],
)
def test_a_name_after_a_noun_for_a_person_is_a_person(facts_of, text, name):
    assert _types(facts_of(text)).get(name) == "Person"


def test_a_surname_taken_for_a_body_is_the_person_named_in_full(facts_of):
    facts = facts_of(
        "Dorin Valcescu, Moldova’s 41-year-old newly appointed top diplomat, was in Vienna "
        "on Tuesday. “We will not be intimidated,” Valcescu said."
    )
    types = _types(facts)
    assert types.get("Dorin Valcescu") == "Person"
    assert "Valcescu" not in types


def test_a_name_with_an_article_is_no_persons(facts_of):
    facts = facts_of("The rally was organised by the Kurultai on Sunday near the parliament.")
    assert _types(facts).get("Kurultai") != "Person"


def test_a_pollster_before_a_name_leaves_it_a_person(facts_of):
    facts = facts_of("A memo Democratic pollster Warren Ashby had sent was read aloud.")
    assert _types(facts).get("Warren Ashby", "Person") == "Person"


def test_a_name_ending_with_a_bodys_word_is_no_persons(facts_of):
    facts = facts_of("Satellite images provided by Orbitane Technologies show new launchers.")
    assert _types(facts).get("Orbitane Technologies", "Organization") == "Organization"


def test_a_role_noun_before_a_name_in_a_coordination_makes_a_person(facts_of):
    facts = facts_of(
        "The party said that campaign chair Odile Ferrand-Marsh and campaign manager Lucas "
        "Beaumont would stay on. “It is a shame,” campaign chair Odile Ferrand-Marsh said."
    )
    assert _types(facts).get("Odile Ferrand-Marsh", "Person") == "Person"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Chile moved soldiers of the Atacama Mountain Brigade to Arica on Monday, the "
            "army said.",
            "Atacama Mountain Brigade",
            "Organization",
        ),
        (
            "The Kivu Rifles Regiment held drills near Kindu, the Congolese army said.",
            "Kivu Rifles Regiment",
            "Organization",
        ),
        (
            "The militia Kivu Rifles Battalion said it had taken the road to Kindu.",
            "Kivu Rifles Battalion",
            "Group",
        ),
    ],
)
def test_a_named_unit_is_its_states_organisation_unless_a_militia(facts_of, text, name, kind):
    # GUIDELINES: named armed services and commands are organisations; armed groups are
    # groups by the words around them
    assert _types(facts_of(text)).get(name) == kind


def test_a_named_unit_moved_is_the_force_as_named(facts_of):
    facts = facts_of(
        "Peru has redeployed the Huallaga Jungle Brigade along the road between Tingo Maria "
        "and Aucayacu, officials said."
    )
    forces = [(facts.actors[d.actor].name, d.force) for d in facts.deployments]
    assert ("Peru", "Huallaga Jungle Brigade") in forces


def test_a_well_known_armed_group_is_a_group_by_the_gazetteer():
    from kg.gazetteer import gazetteer

    for name in ("JNIM", "Polisario Front", "ISWAP", "Pakistani Taliban", "YPG"):
        entry = gazetteer().lookup(name)
        assert entry is not None and entry.type == "Group", name
