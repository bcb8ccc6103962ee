"""Deployment frames that generalise (issue #15): each test is invented sentences, with
actors and places of no annotated article, for one construction of the parse."""


def _found(facts):
    return {
        (facts.actors[d.actor].name, d.force, d.size, d.location, d.modality)
        for d in facts.deployments
    }


def test_a_move_s_to_the_parser_makes_a_dative_still_places_it(facts_of):
    facts = facts_of("Ecuador sent 2,000 marines to the Galapagos Islands on Tuesday.")
    assert _found(facts) == {("Ecuador", "marines", 2000, "the Galapagos Islands", "reported")}


def test_a_place_the_model_runs_into_a_date_is_still_a_place(facts_of):
    facts = facts_of("Bolivia plans to send 2,000 troops to Tarija next month.")
    assert _found(facts) == {("Bolivia", "troops", 2000, "Tarija", "planned")}
    # "to Tarija on Tuesday", which the parser reads as an infinitive
    weekday = facts_of("Bolivia sent 2,000 troops to Tarija on Tuesday.")
    assert _found(weekday) == {("Bolivia", "troops", 2000, "Tarija", "reported")}
    # a month is still a time
    month = facts_of("Bolivia moved 2,000 troops in March.")
    assert [d.location for d in month.deployments] == [None]


def test_a_relative_clause_deploys_for_the_noun_it_describes(facts_of):
    which = facts_of("Bolivia, which has deployed 1,500 troops in Oruro, called for talks.")
    assert _found(which) == {("Bolivia", "troops", 1500, "Oruro", "reported")}
    whose = facts_of(
        "Recep Tayyip Erdogan, whose government has stationed 900 soldiers in Afrin, spoke."
    )
    assert _found(whose) == {("Turkey", "soldiers", 900, "Afrin", "reported")}
    having = facts_of("Ecuador, having sent 900 marines to Esmeraldas, called for talks.")
    assert _found(having) == {("Ecuador", "marines", 900, "Esmeraldas", "reported")}


def test_a_relative_clause_across_dashes_keeps_its_own_modality(facts_of):
    facts = facts_of(
        "Bolivia — which moved 3,000 troops to the border last week — denied any plan to attack."
    )
    assert _found(facts) == {("Bolivia", "troops", 3000, "the border", "reported")}


def test_the_accused_not_the_accuser_deploys(facts_of):
    facts = facts_of("Peru accused Chile of massing 4,000 troops near Tacna.")
    assert _found(facts) == {("Chile", "troops", 4000, "near Tacna", "claimed")}


def test_a_named_unit_s_ordinal_is_no_size(facts_of):
    of_army = facts_of("The 9th Mountain Brigade of the Turkish army was moved to Kars.")
    assert _found(of_army) == {("Turkey", "9th mountain brigade", None, "Kars", "reported")}
    its = facts_of("Chile moved its 3rd Armoured Division into Arica.")
    assert _found(its) == {("Chile", "3rd armoured division", None, "Arica", "reported")}


def test_a_force_readied_for_a_possible_deployment_is_possible(facts_of):
    facts = facts_of("Ecuador has put 700 soldiers on alert for a possible deployment to Tumbes.")
    assert _found(facts) == {("Ecuador", "soldiers", 700, "Tumbes", "possible")}


def test_naval_and_air_assets_are_placed(facts_of):
    patrol = facts_of("Three Turkish frigates are patrolling the Aegean Sea.")
    assert _found(patrol) == {("Turkey", "frigates", 3, "the Aegean Sea", "reported")}
    anchored = facts_of("Four Turkish frigates anchored off the island on Tuesday.")
    assert _found(anchored) == {("Turkey", "frigates", 4, "off the island", "reported")}
    jets = facts_of("Turkish fighter jets were patrolling over the gulf.")
    assert _found(jets) == {("Turkey", "fighter jets", None, "over the gulf", "reported")}
    batteries = facts_of("Chile has stationed four air-defence systems in Punta Arenas.")
    assert _found(batteries) == {("Chile", "air-defence systems", 4, "Punta Arenas", "reported")}
    # a battery or a boat with no military qualifier is no force
    assert not facts_of("Chile has stationed four batteries in Punta Arenas.").deployments


def test_the_army_that_deploys_is_not_itself_deployed(facts_of):
    facts = facts_of("The Turkish army has stationed 2,000 commandos in Afrin.")
    assert _found(facts) == {("Turkey", "commandos", 2000, "Afrin", "reported")}


def test_an_armed_group_s_name_is_its_owner_not_its_force(facts_of):
    facts = facts_of("Hezbollah fighters moved into Nabatieh on Monday.")
    assert _found(facts) == {("Hezbollah", "fighters", None, "Nabatieh", "reported")}


def test_sizes_in_participial_and_with_phrases(facts_of):
    gathered = facts_of(
        "Having gathered some 8,000 reservists near the coast, Chile called for calm."
    )
    assert _found(gathered) == {("Chile", "reservists", 8000, "near the coast", "reported")}
    camped = facts_of("Peru, with 12,000 soldiers camped on the plateau, rejected the plan.")
    assert _found(camped) == {("Peru", "soldiers", 12000, "the plateau", "reported")}


def test_an_exercise_sends_a_named_ship_of_its_state(facts_of):
    facts = facts_of(
        "The Blue Sea exercise will send the Turkish frigate TCG Oruc Reis to the Gulf of "
        "Iskenderun."
    )
    assert _found(facts) == {("Turkey", "frigate", None, "the Gulf of Iskenderun", "planned")}
    one = facts_of("Chile dispatched a submarine to the Beagle Channel.")
    assert _found(one) == {("Chile", "submarine", None, "the Beagle Channel", "reported")}
    assert not facts_of("Chile sold a submarine to Peru.").deployments
