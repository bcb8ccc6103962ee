"""Forces operating in a place, places worded by a compass direction, and conditioned
moves: invented sentences with actors and places of no annotated article."""

from tests.deployment_views import rows


def test_a_force_making_a_ground_operation_is_where_it_operates(facts_of):
    gains = facts_of("Ethiopian forces made marginal gains around Mekelle.")
    assert rows(gains) == {("Ethiopia", "forces", None, "around Mekelle", "reported")}
    battles = facts_of("Israeli troops are fighting fierce battles in Khan Younis.")
    assert rows(battles) == {("Israel", "troops", None, "Khan Younis", "reported")}
    operations = facts_of("Sudanese troops conducted offensive operations near El Fasher.")
    assert rows(operations) == {("Sudan", "troops", None, "near El Fasher", "reported")}


def test_an_operation_a_force_keeps_up_is_where_it_operates(facts_of):
    facts = facts_of("Armenian forces continued to conduct ground attacks near Shusha.")
    assert rows(facts) == {("Armenia", "forces", None, "near Shusha", "reported")}


def test_a_force_in_two_coordinated_clauses_is_at_each_place(facts_of):
    facts = facts_of(
        "Ethiopian forces made marginal gains around Mekelle and continued to conduct "
        "ground attacks across the Tigray front line."
    )
    assert rows(facts) == {
        ("Ethiopia", "forces", None, "around Mekelle", "reported"),
        ("Ethiopia", "forces", None, "across the Tigray front line", "reported"),
    }
    moved = facts_of("Sudanese troops took Wad Madani and advanced on Sennar.")
    assert rows(moved) == {
        ("Sudan", "troops", None, "Wad Madani", "reported"),
        ("Sudan", "troops", None, "Sennar", "reported"),
    }


def test_a_coordinated_clause_with_its_own_subject_or_speech_places_nothing_more(facts_of):
    # guard: passes on the old code too
    said = facts_of("Israeli troops made gains around Rafah and said they would stay.")
    assert rows(said) == {("Israel", "troops", None, "around Rafah", "reported")}


def test_a_people_named_by_its_demonym_is_a_force_where_it_fights(facts_of):
    gains = facts_of("Azerbaijan blamed Armenia. The Armenians made gains around Shusha.")
    assert rows(gains) == {("Armenia", "armenians", None, "around Shusha", "reported")}
    # "the town" is the one place the sentence names before it
    held = facts_of(
        "Azerbaijan blamed Armenia. After days of shelling near Stepanakert, Armenians "
        "defended the town."
    )
    assert rows(held) == {("Armenia", "armenians", None, "Stepanakert", "reported")}


def test_a_people_elsewhere_is_no_force_guard(facts_of):
    # guard: passes on the old code too
    fled = facts_of("Russia announced a mobilization. Thousands of Russians fled to Georgia.")
    assert not fled.deployments
    protests = facts_of("America is divided. Americans held protests in Washington.")
    assert not protests.deployments


def test_places_a_colon_lists_after_a_plural_place_are_the_place(facts_of):
    facts = facts_of(
        "Sudanese forces are fighting fierce battles in several villages: "
        "Um Rawaba, Bara and Kazgil."
    )
    assert rows(facts) == {
        ("Sudan", "forces", None, "several villages: Um Rawaba, Bara and Kazgil", "reported")
    }
    # guard: a colon that opens a sentence of its own lists no place
    said = facts_of("Kenyan troops patrolled the streets of Garissa: officials said it was calm.")
    assert rows(said) == {("Kenya", "troops", None, "the streets of Garissa", "reported")}


def test_an_offensive_to_take_a_place_puts_the_force_there(facts_of):
    facts = facts_of("Eritrean troops launched a major offensive to retake Humera in August.")
    assert rows(facts) == {("Eritrea", "troops", None, "Humera", "reported")}


def test_a_strike_from_afar_places_no_force_guard(facts_of):
    # guard: passes on the old code too
    assert not facts_of("Russian forces launched missile attacks in Kharkiv.").deployments
    assert not facts_of("Turkish forces carried out drone attacks near Qamishli.").deployments


def test_a_compass_direction_of_a_place_is_the_place(facts_of):
    facts = facts_of("Chad sent 500 soldiers east of Abeche last week.")
    assert rows(facts) == {("Chad", "soldiers", 500, "east of Abeche", "reported")}
    distance = facts_of("Kenyan troops are stationed 20 km north of Mandera.")
    assert rows(distance) == {("Kenya", "troops", None, "20 km north of Mandera", "reported")}
    both = facts_of(
        "Armenian forces continued to conduct ground attacks northwest of Lachin and near Shusha."
    )
    assert rows(both) == {
        ("Armenia", "forces", None, "northwest of Lachin and near Shusha", "reported")
    }


def test_a_move_one_would_make_on_a_condition_is_possible(facts_of):
    facts = facts_of("Erdogan said he would send troops to Libya if Haftar attacked Tripoli.")
    assert rows(facts) == {("Turkey", "troops", None, "Libya", "possible")}
    # without a condition, a reported "would" is the future it announced
    plain = facts_of("Erdogan said he would send troops to Libya.")
    assert rows(plain) == {("Turkey", "troops", None, "Libya", "planned")}


def test_a_force_prepared_to_join_a_front_is_planned_there(facts_of):
    facts = facts_of("Khartoum is preparing 40,000 troops to join the front lines.")
    assert rows(facts) == {("Sudan", "troops", 40000, "the front lines", "planned")}


def test_a_side_s_own_authorities_reporting_a_push_stopped_claim_it(facts_of):
    facts = facts_of("The authorities said Sudanese troops halted an RSF advance near Omdurman.")
    assert rows(facts) == {("Sudan", "troops", None, "near Omdurman", "claimed")}


def test_a_move_the_parser_joins_to_a_place_is_no_part_of_it(facts_of):
    facts = facts_of(
        "Ethiopian troops attempt to encircle Mekelle and heavily shell Tigray's largest city."
    )
    assert rows(facts) == {("Ethiopia", "troops", None, "Mekelle", "reported")}
    # guard: coordinated places stay whole
    both = facts_of("Ethiopian troops are holding the town and the airport.")
    assert rows(both) == {("Ethiopia", "troops", None, "the town and the airport", "reported")}


def test_a_number_a_strength_changes_by_or_to_is_no_deployment(facts_of):
    facts = facts_of(
        "Abiy Ahmed ordered the defence ministry to increase the armed forces by 90,000 "
        "additional personnel to a maximum strength of 500,000 servicemen."
    )
    assert not facts.deployments


def test_a_force_that_retook_a_place_is_there(facts_of):
    facts = facts_of("Ukrainian forces retook Snake Island from Russian forces in June.")
    assert rows(facts) == {("Ukraine", "forces", None, "Snake Island", "reported")}


def test_a_hedged_feeling_of_a_force_in_a_place_leaves_it_there(facts_of):
    facts = facts_of("Officials said Eritrean forces may feel insecure in western Tigray.")
    assert rows(facts) == {("Eritrea", "forces", None, "western Tigray", "reported")}
    # guard: a hedged presence stays possible
    hedged = facts_of("Eritrean forces may be in western Tigray.")
    assert rows(hedged) == {("Eritrea", "forces", None, "western Tigray", "possible")}


def test_each_side_of_fighting_between_forces_is_where_it_is(facts_of):
    facts = facts_of("Battles between Malian soldiers and JNIM fighters raged around Kidal.")
    assert rows(facts) == {
        ("Mali", "soldiers", None, "around Kidal", "reported"),
        ("JNIM", "fighters", None, "around Kidal", "reported"),
    }
    verb = facts_of("Clashes erupted between Ethiopian troops and Eritrean soldiers near Gondar.")
    assert rows(verb) == {
        ("Ethiopia", "troops", None, "near Gondar", "reported"),
        ("Eritrea", "soldiers", None, "near Gondar", "reported"),
    }
    # guard: talks between officials are no fighting
    assert not facts_of(
        "Talks between Sudanese and Chadian officials took place in Doha."
    ).deployments


def test_a_place_the_parser_hangs_on_the_second_side_is_the_fighting_s(facts_of):
    facts = facts_of("Clashes erupted between Chadian marines and Sudanese marines near Omdurman.")
    assert rows(facts) == {
        ("Chad", "marines", None, "near Omdurman", "reported"),
        ("Sudan", "marines", None, "near Omdurman", "reported"),
    }


def test_a_participle_after_the_verb_places_its_subject_where_it_operates(facts_of):
    facts = facts_of(
        "Under its new chief, the Iranian navy has undergone rapid modernisation, in recent "
        "years testing cruise missiles and conducting complex drills in the Gulf of Oman."
    )
    assert [(facts.actors[d.actor].name, d.location) for d in facts.deployments] == [
        ("Iran", "the Gulf of Oman")
    ]
    facts = facts_of("The Indian navy has grown fast, conducting drills near the Andaman Islands.")
    assert [d.location for d in facts.deployments] == ["near the Andaman Islands"]
    # testing weapons from a place is no operation there
    tested = facts_of("The Iranian navy has grown, testing missiles from Bandar Abbas.")
    assert tested.deployments == []


def test_patrols_stepped_up_are_a_force_where_they_patrol(facts_of):
    def found(text):
        facts = facts_of(text)
        return {(facts.actors[d.actor].name, d.force, d.location) for d in facts.deployments}

    assert ("Armenia", "patrols", "along the border") in found(
        "The Armenian border guard said it had stepped up patrols along the border."
    )
    assert ("Guyana", "patrols", "along the Cuyuni river") in found(
        "The Guyana Defence Force increased patrols along the Cuyuni river on Monday."
    )
    assert ("United Nations Mission in Liberia", "patrols", "around its base in Zwedru") in (
        found(
            "The United Nations Mission in Liberia (UNMIL) said it had stepped up patrols"
            " around its base in Zwedru."
        )
    )
    # the force that steps them up is the same fact, not a second one
    army = found("The Somali army has increased patrols around Baidoa after the attack.")
    assert army == {("Somalia", "patrols", "around Baidoa")}
    # patrols no verb steps up, a firm's patrols of its sites, a patrol of a warehouse: none
    assert found("The company increased patrols of its warehouses.") == set()
    assert found("Patrols are a routine part of the job, the Armenian border guard said.") == set()


def test_patrols_a_misread_or_measured_step_raises_are_the_stepping_side_s(facts_of):
    # "increased" the parser reads as the patrols' participle, after a conjunction
    conjoined = facts_of(
        "Zambia put its garrisons on watch and increased patrols along Lake Mweru."
    )
    assert rows(conjoined) == {("Zambia", "patrols", None, "along Lake Mweru", "reported")}
    measured = facts_of("Botswana increased the frequency of its patrols near the Okavango Delta.")
    assert rows(measured) == {("Botswana", "patrols", None, "near the Okavango Delta", "reported")}
    # a noun phrase asked for steps nothing up
    assert (
        facts_of(
            "The opposition called for increased patrols along the Chadian border."
        ).deployments
        == []
    )


def test_an_operation_against_a_foe_is_where_the_foe_is(facts_of):
    facts = facts_of("The Peruvian army launched operations against the Shining Path in Ayacucho.")
    assert rows(facts) == {("Peru", "army", None, "Ayacucho", "reported")}
    # a strike from afar against a foe places no one (guard: passes on the old code too)
    strike = facts_of("Russian forces carried out missile attacks against civilians in Kharkiv.")
    assert strike.deployments == []


def test_drills_off_a_coast_are_there(facts_of):
    facts = facts_of("Estonian warships took part in drills off the coast of Saaremaa.")
    assert rows(facts) == {("Estonia", "warships", None, "off the coast of Saaremaa", "reported")}
    held = facts_of("The Algerian navy held exercises off Oran.")
    assert rows(held) == {("Algeria", "navy", None, "off Oran", "reported")}
