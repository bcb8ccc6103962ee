"""Session 21 frames: forces operating in a place (a craft that shadows, tracks, monitors or
downs another), a range's lower bound as the size, and force words a list or a qualifier
makes one (Humvees, observation posts, survey ships, police companies). Invented sentences,
with actors and places of no annotated article."""

from tests.deployment_views import rows


def test_a_range_split_by_the_parser_counts_its_lower_bound(facts_of):
    facts = facts_of(
        "Chile has massed, according to Peruvian estimates, between 9,000 and 12,000 troops "
        "near the border."
    )
    assert {d.size for d in facts.deployments} == {9000}
    split = facts_of(
        "Russia has massed, according to US estimates, between 169,000 and 190,000 troops "
        "near Ukraine's borders."
    )
    assert {d.size for d in split.deployments} == {169000}


def test_a_craft_watching_another_operates_where_it_watches(facts_of):
    active = facts_of("Japanese destroyers shadowed the Chinese ships near Okinawa.")
    assert ("Japan", "destroyers", None, "near Okinawa", "reported") in rows(active)
    passive = facts_of("The Turkish survey ship was shadowed by Greek frigates.")
    assert ("Greece", "frigates", None, None, "reported") in rows(passive)
    listed = facts_of("The frigate Jiangdao has been shadowed by Indian and Sri Lankan vessels.")
    assert {("India", "vessels"), ("Sri Lanka", "vessels")} <= {(a, f) for a, f, *_ in rows(listed)}
    prefixed = facts_of("HMAS Perth has also been monitoring the ships.")
    assert {a for a, *_ in rows(prefixed)} == {"Australia"}


def test_a_craft_that_downs_another_flies_where_it_downs_it(facts_of):
    facts = facts_of(
        "The drones were shot down by American, British and Italian aircraft over Iraq and Jordan."
    )
    assert {(a, loc) for a, _, _, loc, _ in rows(facts)} == {
        ("United States", "over Iraq and Jordan"),
        ("United Kingdom", "over Iraq and Jordan"),
        ("Italy", "over Iraq and Jordan"),
    }
    active = facts_of("Israeli jets shot down two drones over the Golan Heights.")
    assert rows(active) == {("Israel", "jets", None, "over the Golan Heights", "reported")}


def test_watchers_that_are_no_craft_deploy_nothing(facts_of):
    officials = facts_of("Japanese officials were monitoring the Chinese ships.")
    assert "Japan" not in {a for a, *_ in rows(officials)}
    assert rows(facts_of("The Russian bombers were tracked by Norwegian jets.")) == {
        ("Norway", "jets", None, None, "reported")
    }
    # a craft shot down is a loss
    assert facts_of("The Syrian army shot down a Turkish drone.").deployments == []


def test_listed_or_qualified_force_words(facts_of):
    humvees = facts_of("Mexico moved Humvees and pickup trucks toward the border.")
    assert rows(humvees) == {("Mexico", "humvees", None, "the border", "reported")}
    posts = facts_of("Turkey also has observation posts in Aleppo province.")
    assert rows(posts) == {("Turkey", "observation posts", None, "Aleppo province", "reported")}
    vessel = facts_of(
        "A Chinese research vessel has operated in the Philippine exclusive economic zone."
    )
    assert rows(vessel) == {
        ("China", "research vessel", None, "the Philippine exclusive economic zone", "reported")
    }
    companies = facts_of("India approved the deployment of 20 more police companies in Assam.")
    assert rows(companies) == {("India", "police companies", 20, "Assam", "planned")}
    # a list of civilian craft is none
    farmers = facts_of("The farmers drove pickup trucks and tractors to the capital.")
    assert farmers.deployments == []
    assert facts_of("Barges carried grain along the river.").deployments == []


def test_an_agent_listed_after_another_by_still_watches(facts_of):
    facts = facts_of(
        "Not a single drone crossed into Chilean territory, with most of them shot down by "
        "Chilean fighter jets and by Peruvian, Bolivian and Argentine aircraft over Bolivia."
    )
    found = {(a, loc) for a, f, _, loc, _ in rows(facts) if f == "aircraft"}
    assert found == {
        ("Peru", "over Bolivia"),
        ("Bolivia", "over Bolivia"),
        ("Argentina", "over Bolivia"),
    }


def test_strikes_are_no_deployments(facts_of):
    listed = facts_of(
        "Lima launched around 170 drones, over 30 cruise missiles and more than 120 ballistic "
        "missiles toward Chile."
    )
    assert listed.deployments == []
    attacker = facts_of("The port had been attacked by two Peruvian unmanned surface vessels.")
    assert attacker.deployments == []


def test_where_a_move_started_is_no_place_it_is_at(facts_of):
    advanced = facts_of("The town was seized after Chilean troops advanced from Arica.")
    assert {d.location for d in advanced.deployments} <= {None}
    sent = facts_of("Chilean soldiers were sent from Santiago.")
    assert rows(sent) == {("Chile", "soldiers", None, None, "reported")}
    # the goal, where one is given
    goal = facts_of("Peru has moved troops from Lima to Tacna.")
    assert rows(goal) == {("Peru", "troops", None, "Tacna", "reported")}
    # a craft flying from a base is based there
    based = facts_of("Bolivian jets flew from the Riberalta air base on Monday.")
    assert {d.location for d in based.deployments} == {"the Riberalta air base"}


def test_a_clause_on_the_force_places_what_its_trigger_does_not(facts_of):
    which = facts_of(
        "The Spanish navy deployed the frigate, which is currently operating in the Red Sea, "
        "and sent jets to Cyprus."
    )
    assert ("Spain", "frigate", None, "the Red Sea", "reported") in rows(which)
    participle = facts_of(
        "The presence of the Russian soldiers, officially deployed in the country since 2018, "
        "has been criticised."
    )
    assert rows(participle) == {("Russia", "soldiers", None, "the country", "reported")}


def test_troops_an_actor_visits_are_its_side_s_where_they_are(facts_of):
    chief = facts_of("Ghana's army chief visited troops in Tamale.")
    assert rows(chief) == {("Ghana", "troops", None, "Tamale", "reported")}
    met = facts_of("Kenya's president met soldiers in Garissa on Friday.")
    assert rows(met) == {("Kenya", "soldiers", None, "Garissa", "reported")}
    assert facts_of("The Pope visited refugees in Lesbos.").deployments == []


def test_an_exercise_a_state_holds_somewhere_is_its_forces_there(facts_of):
    held = facts_of("China held live-fire drills in the Taiwan Strait on Monday.")
    assert rows(held) == {("China", "live-fire drills", None, "the Taiwan Strait", "reported")}
    conducted = facts_of("Britain conducted military exercises on the islands.")
    assert rows(conducted) == {
        ("United Kingdom", "military exercises", None, "the islands", "reported")
    }
    planned = facts_of(
        "Russian naval live-fire exercises are planned within Norway's exclusive economic zone."
    )
    assert {(a, m) for a, _, _, _, m in rows(planned)} == {("Russia", "planned")}
    # placed nowhere, or held by no one named, an exercise places no one
    assert facts_of("China held live-fire drills on Monday.").deployments == []
    assert facts_of("Fire drills were held in the school on Monday.").deployments == []


def test_patrols_a_state_conducts_are_its_forces_there(facts_of):
    facts = facts_of("Paraguay conducted patrols along the border.")
    assert rows(facts) == {("Paraguay", "patrols", None, "along the border", "reported")}
    # each state of a coordinated subject, and each partner, holds them
    joint = facts_of("Bolivia and Peru will conduct joint patrols along their common border.")
    assert rows(joint) == {
        ("Bolivia", "joint patrols", None, "along their common border", "planned"),
        ("Peru", "joint patrols", None, "along their common border", "planned"),
    }
    partner = facts_of(
        "Eswatini participates regularly in joint patrols with Mozambique along their border."
    )
    assert rows(partner) == {
        ("Eswatini", "joint patrols", None, "along their border", "reported"),
        ("Mozambique", "joint patrols", None, "along their border", "reported"),
    }
    # patrols no verb carries out are no held exercise (guard: passes on the old code too)
    assert facts_of("Patrols along the border are routine.").deployments == []


def test_an_exercise_held_with_a_partner_places_both(facts_of):
    facts = facts_of("Uzbekistan held joint drills with Kazakhstan near Termez.")
    assert rows(facts) == {
        ("Uzbekistan", "joint drills", None, "near Termez", "reported"),
        ("Kazakhstan", "joint drills", None, "near Termez", "reported"),
    }


def test_sighted_convoys_and_rows_of_vehicles_are_placed(facts_of):
    convoys = facts_of(
        "Bolivian military convoys have been seen moving north along the Chaco road."
    )
    assert rows(convoys) == {
        ("Bolivia", "military convoys", None, "along the Chaco road", "reported")
    }
    rowed = facts_of(
        "Satellite images show rows of Mongolian tanks at an army depot near Choibalsan."
    )
    assert rows(rowed) == {("Mongolia", "tanks", None, "an army depot near Choibalsan", "reported")}


def test_a_craft_operating_close_to_a_place_is_there(facts_of):
    facts = facts_of("A Nigerian Navy patrol vessel was operating close to the Bakassi peninsula.")
    assert rows(facts) == {
        ("Nigeria", "navy patrol vessel", None, "close to the Bakassi peninsula", "reported")
    }
    # nearness to no place, or to a place set off by a comma, is no place of the force
    # (guards: pass on the old code too, where "close" placed nothing)
    each = facts_of("When Mauritanian troops are bunched close to each other, incidents escalate.")
    assert {d.location for d in each.deployments} <= {None}
    comma = facts_of(
        "Sudanese forces made gains on the east bank, seizing the port of Suakin, close to"
        " the Eritrean border."
    )
    assert {d.location for d in comma.deployments} == {"the east bank"}


def test_positions_taken_are_placed_by_where_they_are(facts_of):
    square = facts_of("Peruvian soldiers took positions in Lima's Plaza Mayor.")
    assert rows(square) == {("Peru", "soldiers", None, "Lima's Plaza Mayor", "reported")}
    around = facts_of("Turkish troops took up positions around the town.")
    assert rows(around) == {("Turkey", "troops", None, "around the town", "reported")}


def test_a_number_in_a_ship_s_name_is_no_size(facts_of):
    named = facts_of("The Chinese Haiyang Dizhi 8 survey ship operated in the Vanguard Bank area.")
    assert rows(named) == {("China", "survey ship", None, "the Vanguard Bank area", "reported")}
    counted = facts_of("Chile sent 8 frigates to the Drake Passage.")
    assert rows(counted) == {("Chile", "frigates", 8, "the Drake Passage", "reported")}


def test_a_part_an_including_lists_is_placed_by_its_own_clause(facts_of):
    facts = facts_of(
        "Madrid has also moved significant naval firepower into the region, including the "
        "Juan Carlos carrier strike group, which is currently operating in the Gulf of Aden."
    )
    assert {(a, loc) for a, _, _, loc, _ in rows(facts)} == {
        ("Spain", "the region"),
        ("Spain", "the Gulf of Aden"),
    }
    # a listed part with no place of its own is the same entry
    merged = facts_of("Chile sent naval firepower to the north, including two frigates.")
    assert {loc for *_, loc, _ in rows(merged)} == {"the north"}


def test_parts_an_including_lists_without_a_place_of_their_own_are_one_entry(facts_of):
    facts = facts_of(
        "About 700 Chilean personnel arrived in Arica, including a mechanised company and a "
        "police intervention unit."
    )
    assert rows(facts) == {("Chile", "personnel", 700, "Arica", "reported")}
    # a part with a number or a place of its own is its own entry
    own = facts_of(
        "Chile had concentrated around 14,000 troops near the border, including forces in Arica."
    )
    assert {(size, loc) for _, _, size, loc, _ in rows(own)} == {
        (14000, "near the border"),
        (None, "Arica"),
    }


def test_a_host_is_where_its_guests_are(facts_of):
    qatar = facts_of("Qatar hosts about 8,000 American troops.")
    assert rows(qatar) == {("United States", "troops", 8000, "Qatar", "reported")}
    home = facts_of("Poland is home to about 10,000 American troops.")
    assert rows(home) == {("United States", "troops", 10000, "Poland", "reported")}
    houses = facts_of(
        "The outpost, which houses around 300 French personnel, sits close to the border."
    )
    assert rows(houses) == {("France", "personnel", 300, "The outpost", "reported")}
    # an unnamed host is no place the text names
    assert not rows(facts_of("Drones attacked facilities hosting American troops."))
    # a host that never hosted them has no guests there
    never = facts_of("Benin has never hosted French troops.")
    assert not rows(never)


def test_a_force_seen_in_the_centre_of_a_place_is_there(facts_of):
    facts = facts_of("Burkinabe tanks were seen in the centre of Djibo on Monday.")
    assert rows(facts) == {("Burkina Faso", "tanks", None, "the centre of Djibo", "reported")}


def test_a_force_kept_on_a_state_s_land_is_there(facts_of):
    facts = facts_of("Georgia said Russia keeps troops on Georgian land.")
    assert {(d[0], d[3]) for d in rows(facts)} == {("Russia", "Georgian land")}
