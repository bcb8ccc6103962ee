"""Deployment place wording and agentless passives (invented sentences, actors and places of
no annotated article): a compass bearing or a holder named after a common-noun place,
prepositions coordinated with the place's own, and a force a passive moves with no agent."""

from tests.deployment_views import rows


def test_a_compass_bearing_after_a_common_noun_place_is_its_wording(facts_of):
    towns = facts_of("Kenyan troops were stationed in several towns north of Kismayo.")
    assert rows(towns) == {("Kenya", "troops", None, "several towns north of Kismayo", "reported")}
    positions = facts_of("Chad sent troops to positions east of the river.")
    assert [d.location for d in positions.deployments] == ["positions east of the river"]
    # a named place with what a comma sets off keeps its name only
    named = facts_of("Nigeria moved troops to Maiduguri, south of the lake.")
    assert [d.location for d in named.deployments] == ["Maiduguri"]


def test_a_place_named_by_who_holds_it_keeps_its_holder(facts_of):
    held = facts_of("Ethiopia keeps 2,000 soldiers in villages recently occupied by the rebels.")
    assert [d.location for d in held.deployments] == ["villages recently occupied by the rebels"]
    kept = facts_of("Uganda maintains thousands of troops in districts controlled by the SPLA.")
    assert [d.location for d in kept.deployments] == ["districts controlled by the SPLA"]


def test_a_coordinated_preposition_s_part_of_a_place_joins_the_wording(facts_of):
    facts = facts_of("Chile keeps 300 marines in the port and at the mouth of the river.")
    assert [d.location for d in facts.deployments] == ["the port and at the mouth of the river"]
    # a second phrase that is no place stays out
    orders = facts_of("Peru sent troops to the border and on the orders of the president.")
    assert [d.location for d in orders.deployments] == ["the border"]


def test_an_agentless_passive_move_is_the_state_named_just_before(facts_of):
    facts = facts_of(
        "Chad's army said on Monday that rebels had attacked a base near Abeche. "
        "A spokesman said reinforcements had been sent to the area."
    )
    assert rows(facts) == {("Chad", "reinforcements", None, "the area", "reported")}
    demonym = facts_of(
        "The Malian army repelled the attack, a spokesman said. "
        "Two attack helicopters were moved up to Gao over the weekend."
    )
    assert rows(demonym) == {("Mali", "attack helicopters", 2, "Gao", "reported")}


def test_an_agentless_passive_move_with_two_states_or_none_before_it_is_no_ones(facts_of):
    two = facts_of(
        "Chad accused Sudan of arming the rebels. "
        "A spokesman said reinforcements had been sent to the area."
    )
    assert rows(two) == set()
    none = facts_of(
        "Rebels attacked the town of Abeche. "
        "Reinforcements were sent to the area, a local official said."
    )
    assert rows(none) == set()


def test_a_state_named_in_a_place_s_phrase_is_no_owner_of_an_agentless_move(facts_of):
    facts = facts_of(
        "Officials said the frontier with Laos was calm on Monday. "
        "Additional units had been sent to the region, a spokesman said."
    )
    assert rows(facts) == set()
    owned = facts_of(
        "The Gabonese army said the frontier with the river was calm, adding that "
        "additional units had been sent to the region."
    )
    assert rows(owned) == {("Gabon", "units", None, "the region", "reported")}


def test_an_arrangement_that_is_no_place_is_worded_with_the_place_after_it(facts_of):
    facts = facts_of(
        "Officials said Armenia had deployed tanks “in a semicircle” around Azerbaijan’s "
        "western boundary."
    )
    assert [d.location for d in facts.deployments] == [
        "a semicircle” around Azerbaijan’s western boundary"
    ]


def test_a_named_mission_s_place_is_where_troops_sent_to_it_go(facts_of):
    facts = facts_of(
        "Kenya has pledged to contribute troops to the United Nations Stabilization Mission "
        "in Haiti (MINUSTAH), officials said."
    )
    assert [d.location for d in facts.deployments if d.force == "troops"] == ["Haiti"]


def test_a_place_a_force_sets_out_from_is_not_where_it_goes(facts_of):
    facts = facts_of("Indian paratroopers would fly out from bases near Agra on Monday.")
    assert "bases near Agra" not in [d.location for d in facts.deployments]


def test_stages_and_maps_are_no_places(facts_of):
    facts = facts_of("Mozambique has deployed 600 soldiers in stages, officials said.")
    assert [d.location for d in facts.deployments] == [None]


def test_what_a_comma_sets_off_inside_an_of_phrase_ends_the_place(facts_of):
    facts = facts_of(
        "Turkish troops advanced two kilometres in several directions over the past day and took "
        "control of the village of Tal Tamr, Commander-in-Chief Yasar Guler reported to "
        "President Recep Tayyip Erdogan on Monday."
    )
    assert "the village of Tal Tamr" in [d.location for d in facts.deployments]
    # a list of places and a bare region after the comma stay
    listed = facts_of(
        "Malian soldiers were deployed in the area of the presidential palace, the airport and "
        "the main avenues of the city."
    )
    assert [d.location for d in listed.deployments] == [
        "the area of the presidential palace, the airport and the main avenues of the city"
    ]


def test_a_reinforced_unit_is_no_place_but_where_it_is_based_is(facts_of):
    facts = facts_of(
        "The Nigerian Army’s 7 Division and the Lake Task Force, based in Maiduguri, have been "
        "reinforced with helicopters from the Air Force, Nigeria's defence ministry said."
    )
    assert [d.location for d in facts.deployments if d.force == "helicopters"] == ["Maiduguri"]


def test_of_two_nested_places_the_force_s_own_inner_one_is_its_place(facts_of):
    facts = facts_of(
        "Officials said China intends to establish a permanent naval base in the port of "
        "Gwadar, in the restive province of Balochistan, while analysts warned of the risks."
    )
    assert [d.location for d in facts.deployments] == ["the port of Gwadar"]


def test_forces_listed_after_a_place_are_no_part_of_it(facts_of):
    facts = facts_of(
        "Ukrainian forces have been transferring additional units to the area, including "
        "airborne troops and marines from other sectors of the front, she added."
    )
    assert [d.location for d in facts.deployments] == ["the area"]


def test_a_site_in_a_place_a_clause_of_where_follows_is_the_whole_location(facts_of):
    facts = facts_of(
        "A drone fell near the Ugandan camp in Bunia, where about 600 Ugandan soldiers are"
        " stationed."
    )
    assert ("Uganda", "soldiers", 600, "the Ugandan camp in Bunia", "reported") in rows(facts)
    airbase = facts_of(
        "The French airbase at Niamey, where about 900 French soldiers are stationed under a"
        " 1977 agreement, was closed."
    )
    assert ("France", "soldiers", 900, "The French airbase at Niamey", "reported") in rows(airbase)
    works = facts_of(
        "The Pope called for safe corridors for those in the Kirov steelworks in Mariupol, where"
        " Ukrainian troops and civilians are sheltering."
    )
    assert rows(works) == {
        ("Ukraine", "troops", None, "the Kirov steelworks in Mariupol", "reported")
    }
    # a town with no site before it stays the town
    town = facts_of("Kenya sent troops to Kismayo, where Ethiopian forces are also stationed.")
    assert ("Ethiopia", "forces", None, "Kismayo", "reported") in rows(town)


def test_in_total_and_in_the_past_are_no_places(facts_of):
    total = facts_of("Washington keeps about 700 troops in Iraq in total.")
    assert rows(total) == {("United States", "troops", 700, "Iraq", "reported")}
    inner = facts_of("Nairobi has about 3,600 troops in total in Somalia.")
    assert rows(inner) == {("Kenya", "troops", 3600, "Somalia", "reported")}
    past = facts_of("Ecuador has stationed 200 soldiers in the past.")
    assert rows(past) == {("Ecuador", "soldiers", 200, None, "reported")}
    sidelines = facts_of(
        "Leaders raised the presence of French police forces on the sidelines of the meeting."
    )
    assert rows(sidelines) == {("France", "police forces", None, None, "reported")}


def test_what_a_comma_says_of_the_move_after_a_place_ends_it(facts_of):
    facts = facts_of(
        "The Houthis moved 300 fighters to the district bordering Lahij, a move the government"
        " condemned as reckless."
    )
    assert rows(facts) == {("Houthis", "fighters", 300, "the district bordering Lahij", "reported")}
    deployment = facts_of(
        "Al-Shabaab has massed fighters near Baidoa. On Sunday it also moved artillery into the"
        " area bordering Hiraan, a deployment the AU mission described as alarming."
    )
    assert ("al-Shabaab", "artillery", None, "the area bordering Hiraan", "reported") in rows(
        deployment
    )


def test_what_a_force_is_at_a_place_for_is_no_part_of_the_place(facts_of):
    facts = facts_of("Rabat keeps eight F-5 fighters at the Guelmim air base for coastal patrols.")
    assert rows(facts) == {("Morocco", "fighters", 8, "the Guelmim air base", "reported")}
    programme = facts_of("The Netherlands moved 18 of its F-16s to the Romanian base for training.")
    assert [d.location for d in programme.deployments] == ["the Romanian base"]
    # a bare plural is told by what it is for
    drills = facts_of("Minsk moved a squadron of Su-25 aircraft to positions for the drills.")
    assert [d.location for d in drills.deployments] == ["positions for the drills"]


def test_a_purpose_phrase_is_cut_from_a_place_its_possessor_names(facts_of):
    own = facts_of("Kenya flew two Hercules transport planes to its base for the evacuation.")
    assert [d.location for d in own.deployments] == ["its base"]
    capital = facts_of("Chad keeps 400 soldiers in the Sahel state's capital for training.")
    assert [d.location for d in capital.deployments] == ["the Sahel state's capital"]
