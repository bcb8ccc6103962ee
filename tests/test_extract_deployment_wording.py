"""Deployment place wording and agentless passives (invented sentences, actors and places of
no annotated article): a compass bearing or a holder named after a common-noun place,
prepositions coordinated with the place's own, and a force a passive moves with no agent."""


def _found(facts):
    return {
        (facts.actors[d.actor].name, d.force, d.size, d.location, d.modality)
        for d in facts.deployments
    }


def test_a_compass_bearing_after_a_common_noun_place_is_its_wording(facts_of):
    towns = facts_of("Kenyan troops were stationed in several towns north of Kismayo.")
    assert _found(towns) == {
        ("Kenya", "troops", None, "several towns north of Kismayo", "reported")
    }
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
    assert _found(facts) == {("Chad", "reinforcements", None, "the area", "reported")}
    demonym = facts_of(
        "The Malian army repelled the attack, a spokesman said. "
        "Two attack helicopters were moved up to Gao over the weekend."
    )
    assert _found(demonym) == {("Mali", "attack helicopters", 2, "Gao", "reported")}


def test_an_agentless_passive_move_with_two_states_or_none_before_it_is_no_ones(facts_of):
    two = facts_of(
        "Chad accused Sudan of arming the rebels. "
        "A spokesman said reinforcements had been sent to the area."
    )
    assert _found(two) == set()
    none = facts_of(
        "Rebels attacked the town of Abeche. "
        "Reinforcements were sent to the area, a local official said."
    )
    assert _found(none) == set()


def test_a_state_named_in_a_place_s_phrase_is_no_owner_of_an_agentless_move(facts_of):
    facts = facts_of(
        "Officials said the frontier with Laos was calm on Monday. "
        "Additional units had been sent to the region, a spokesman said."
    )
    assert _found(facts) == set()
    owned = facts_of(
        "The Gabonese army said the frontier with the river was calm, adding that "
        "additional units had been sent to the region."
    )
    assert _found(owned) == {("Gabon", "units", None, "the region", "reported")}
