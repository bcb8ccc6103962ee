"""Session 21 frames: forces operating in a place (a craft that shadows, tracks, monitors or
downs another), a range's lower bound as the size, and force words a list or a qualifier
makes one (Humvees, observation posts, survey ships, police companies). Invented sentences,
with actors and places of no annotated article."""


def _found(facts):
    return {
        (facts.actors[d.actor].name, d.force, d.size, d.location, d.modality)
        for d in facts.deployments
    }


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
    assert ("Japan", "destroyers", None, "near Okinawa", "reported") in _found(active)
    passive = facts_of("The Turkish survey ship was shadowed by Greek frigates.")
    assert ("Greece", "frigates", None, None, "reported") in _found(passive)
    listed = facts_of(
        "The Chinese frigate Jiangdao has been shadowed by Indian and Sri Lankan vessels."
    )
    assert {("India", "vessels"), ("Sri Lanka", "vessels")} <= {
        (a, f) for a, f, *_ in _found(listed)
    }
    prefixed = facts_of("HMAS Perth has also been monitoring the ships.")
    assert {a for a, *_ in _found(prefixed)} == {"Australia"}


def test_a_craft_that_downs_another_flies_where_it_downs_it(facts_of):
    facts = facts_of(
        "The drones were shot down by American, British and Italian aircraft over Iraq and Jordan."
    )
    assert {(a, loc) for a, _, _, loc, _ in _found(facts)} == {
        ("United States", "over Iraq and Jordan"),
        ("United Kingdom", "over Iraq and Jordan"),
        ("Italy", "over Iraq and Jordan"),
    }
    active = facts_of("Israeli jets shot down two drones over the Golan Heights.")
    assert _found(active) == {("Israel", "jets", None, "over the Golan Heights", "reported")}


def test_watchers_that_are_no_craft_deploy_nothing(facts_of):
    officials = facts_of("Japanese officials were monitoring the Chinese ships.")
    assert "Japan" not in {a for a, *_ in _found(officials)}
    assert _found(facts_of("The Russian bombers were tracked by Norwegian jets.")) == {
        ("Norway", "jets", None, None, "reported")
    }
    # a craft shot down is a loss
    assert facts_of("The Syrian army shot down a Turkish drone.").deployments == []


def test_listed_or_qualified_force_words(facts_of):
    humvees = facts_of("Mexico moved Humvees and pickup trucks toward the border.")
    assert _found(humvees) == {("Mexico", "humvees", None, "the border", "reported")}
    posts = facts_of("Turkey also has observation posts in Aleppo province.")
    assert _found(posts) == {("Turkey", "observation posts", None, "Aleppo province", "reported")}
    vessel = facts_of(
        "A Chinese research vessel has operated in the Philippine exclusive economic zone."
    )
    assert _found(vessel) == {
        ("China", "research vessel", None, "the Philippine exclusive economic zone", "reported")
    }
    companies = facts_of("India approved the deployment of 20 more police companies in Assam.")
    assert _found(companies) == {("India", "police companies", 20, "Assam", "planned")}
    # a list of civilian craft is none
    farmers = facts_of("The farmers drove pickup trucks and tractors to the capital.")
    assert farmers.deployments == []
    assert facts_of("Barges carried grain along the river.").deployments == []


def test_an_agent_listed_after_another_by_still_watches(facts_of):
    facts = facts_of(
        "Not a single drone crossed into Chilean territory, with most of them shot down by "
        "Chilean fighter jets and by Peruvian, Bolivian and Argentine aircraft over Bolivia."
    )
    found = {(a, loc) for a, f, _, loc, _ in _found(facts) if f == "aircraft"}
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
    assert _found(sent) == {("Chile", "soldiers", None, None, "reported")}
    # the goal, where one is given
    goal = facts_of("Peru has moved troops from Lima to Tacna.")
    assert _found(goal) == {("Peru", "troops", None, "Tacna", "reported")}
    # a craft flying from a base is based there
    based = facts_of("Bolivian jets flew from the Riberalta air base on Monday.")
    assert {d.location for d in based.deployments} == {"the Riberalta air base"}
