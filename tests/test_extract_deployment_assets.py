"""Session 15 frames: a move from one place to another (the start is no owner and no place),
a division named by its "of" name as a place, a place hung on the unit a force makes up, and
ships and aircraft kept at a berth or a base or flying sorties. Invented sentences, with
actors and places of no annotated article."""

from tests.deployment_views import rows


def test_a_move_from_one_place_to_another_is_the_mover_s_at_its_goal(facts_of):
    moved = facts_of("Nigeria has moved 600 troops from Chad to bases near Diffa.")
    assert rows(moved) == {("Nigeria", "troops", 600, "bases near Diffa", "reported")}
    listed = facts_of(
        "Algiers shifted two frigates and 900 marines from Tunisia into the Gulf of Gabes."
    )
    assert rows(listed) == {
        ("Algeria", "frigates", 2, "the Gulf of Gabes", "reported"),
        ("Algeria", "marines", 900, "the Gulf of Gabes", "reported"),
    }
    # with no move, troops "from" a state are that state's
    origin = facts_of("Soldiers from Chad were stationed in Diffa.")
    assert rows(origin) == {("Chad", "soldiers", None, "Diffa", "reported")}


def test_a_division_named_by_its_of_name_is_a_place(facts_of):
    ordered = facts_of("Peru ordered 800 soldiers to the southern province of Tacna.")
    assert rows(ordered) == {
        ("Peru", "soldiers", 800, "the southern province of Tacna", "reported")
    }
    state = facts_of("Mexico ordered more troops to the northern state of Sonora.")
    assert rows(state) == {("Mexico", "troops", None, "the northern state of Sonora", "reported")}
    # "the state" alone is the government, not a place
    alone = facts_of("Mexico ordered more troops to the state.")
    assert {d.location for d in alone.deployments} <= {None}


def test_a_place_may_hang_on_the_unit_a_force_makes_up(facts_of):
    squadron = facts_of("Greece will station a squadron of Rafale jets in Larissa, officials said.")
    assert rows(squadron) == {("Greece", "rafale jets", None, "Larissa", "planned")}
    convoy = facts_of("Kenya moved a convoy of armoured vehicles to Mandera on Friday.")
    assert {(d.location, d.modality) for d in convoy.deployments} == {("Mandera", "reported")}


def test_ships_and_aircraft_kept_at_a_berth_or_flying_sorties_are_there(facts_of):
    parked = facts_of("Four Saudi F-15 fighters have been parked at an air base near Tabuk.")
    assert {(facts_of_name(parked, d), d.size, d.location) for d in parked.deployments} == {
        ("Saudi Arabia", 4, "an air base near Tabuk")
    }
    moored = facts_of("Two Danish corvettes were moored at the quay in Aarhus on Monday.")
    assert rows(moored) == {("Denmark", "corvettes", 2, "the quay in Aarhus", "reported")}
    sorties = facts_of("Moroccan fighter jets flew sorties over the Tindouf region on Sunday.")
    assert rows(sorties) == {
        ("Morocco", "fighter jets", None, "over the Tindouf region", "reported")
    }
    # a car parked or a ship moored with no place is no deployment; a patrol without a
    # force is none
    for text in (
        "Soldiers parked their trucks and went home.",
        "The Danish corvette was moored for repairs.",
        "Police patrols were stepped up in the capital.",
    ):
        assert all(d.location for d in facts_of(text).deployments), text


def facts_of_name(facts, deployment):
    return facts.actors[deployment.actor].name


def test_a_force_sent_to_strengthen_or_reinforcing_a_place_is_there(facts_of):
    sent = facts_of(
        "Georgian officials said two reserve companies had been sent forward to strengthen "
        "positions near Akhalgori."
    )
    assert rows(sent) == {
        ("Georgia", "reserve companies", 2, "positions near Akhalgori", "reported")
    }
    reinforced = facts_of(
        "Moldovan commanders said frontline areas have been reinforced with troops."
    )
    assert {(d.force, d.location) for d in reinforced.deployments} == {
        ("troops", "frontline areas")
    }
    # companies of no army are no force
    assert rows(facts_of("Two Swiss companies were sent to Basel to build a bridge.")) == set()


def test_a_particle_read_as_a_preposition_still_moves_the_force(facts_of):
    flown = facts_of("Nepal's army has flown in reinforcements to Jumla by helicopter.")
    assert rows(flown) == {("Nepal", "reinforcements", None, "Jumla", "reported")}
    # with no goal, "in" is where
    stayed = facts_of("Nepal's army stationed troops in barracks.")
    assert all(d.force == "troops" for d in stayed.deployments)


def test_places_of_coordinated_prepositions_are_one_location(facts_of):
    kept = facts_of("Portugal keeps 300 troops in Bissau and in Bafata.")
    assert rows(kept) == {("Portugal", "troops", 300, "Bissau and in Bafata", "reported")}
    held = facts_of("Egypt has deployed frigates near Suakin and around the Dahlak islands.")
    assert rows(held) == {
        ("Egypt", "frigates", None, "near Suakin and around the Dahlak islands", "reported")
    }


def test_a_state_s_body_named_bare_as_the_mover_is_the_one_named_before(facts_of):
    text = (
        "Chad's military government has launched an offensive near Lake Chad. "
        "The junta has flown in reinforcements to the town of Bol by helicopter."
    )
    assert rows(facts_of(text)) == {("Chad", "reinforcements", None, "the town of Bol", "reported")}
    army = facts_of(
        "The Nigerian army says it is ready. The army has moved two brigades to Maiduguri."
    )
    assert rows(army) == {("Nigeria", "brigades", 2, "Maiduguri", "reported")}
    # a bare army named with no state before is no one's
    assert rows(facts_of("The army has moved two brigades to Maiduguri.")) == set()


def test_a_place_after_the_force_s_appositive_or_a_side_of_a_place(facts_of):
    appos = facts_of("Rwanda has about 1,500 troops, mostly special forces, in Cabo Delgado.")
    assert rows(appos) == {("Rwanda", "troops", 1500, "Cabo Delgado", "reported")}
    side = facts_of("Finland keeps 300 soldiers on the Finnish side of the border.")
    assert rows(side) == {
        ("Finland", "soldiers", 300, "the Finnish side of the border", "reported")
    }
    monitors = facts_of("Norway has 40 unarmed monitors on the Colombian side of the frontier.")
    assert rows(monitors) == {
        ("Norway", "unarmed monitors", 40, "the Colombian side of the frontier", "reported")
    }
    # election monitors are no force
    assert rows(facts_of("Norway sent 40 election monitors to Bogota.")) == set()


def test_forces_listed_under_one_verb_at_one_place_are_one_entry(facts_of):
    listed = facts_of("Peru ordered additional troops and armoured vehicles to the town of Puno.")
    assert rows(listed) == {("Peru", "troops", None, "the town of Puno", "reported")}
    # each with its own count, or each with its own place, is its own
    counted = facts_of("Peru sent 3,000 troops and 40 tanks to Puno.")
    assert {(d.force, d.size) for d in counted.deployments} == {("troops", 3000), ("tanks", 40)}
    placed = facts_of("Peru has 3,000 troops in Puno and two frigates in Callao.")
    assert {d.location for d in placed.deployments} == {"Puno", "Callao"}
    # units each with an article of their own are two
    units = facts_of("Peru moved a battalion of marines and a squadron of jets to Puno.")
    assert {d.force for d in units.deployments} == {"marines", "jets"}


def test_forces_reduced_or_a_titled_person_arriving_are_no_deployment(facts_of):
    for text in (
        "The review could lead to a reduction of Canadian troops in Latvia.",
        "The drawdown of Dutch troops in Lithuania will begin next year.",
        "Mr al-Rashid arrived in Amman on Tuesday after a day of talks in Cairo.",
    ):
        assert rows(facts_of(text)) == set(), text
    # a force sent despite a reduction elsewhere is still sent
    sent = facts_of("Despite cuts at home, Canada sent 300 troops to Latvia.")
    assert rows(sent) == {("Canada", "troops", 300, "Latvia", "reported")}


def test_a_definite_force_of_the_kind_named_before_is_that_owner_s(facts_of):
    text = (
        "Three Vietnamese coast guard vessels entered the waters near Thitu Island, the navy "
        "said. The ships, one of which carried a deck gun, sailed into the lagoon of Thitu "
        "Island at dawn."
    )
    found = rows(facts_of(text))
    assert ("Vietnam", "ships", None, "the lagoon of Thitu Island", "reported") in found


def test_a_part_of_a_force_pointed_back_to_is_deployed_where_its_verb_says(facts_of):
    text = (
        "Chad has sent 2,000 soldiers to Niger since May, officials said. About 600 of them "
        "are stationed in the Tillaberi region."
    )
    found = rows(facts_of(text))
    assert ("Chad", "soldiers", 600, "the Tillaberi region", "reported") in found
    # two forces before: no one to point back to
    two = (
        "Chadian and Malian soldiers were sent to Niger in May. About 600 of them are "
        "stationed in the Tillaberi region."
    )
    assert all(d.size != 600 for d in facts_of(two).deployments)


def test_an_amount_asked_is_no_deployment(facts_of):
    text = "The Chilean ministry did not say how many soldiers had been redeployed to Arica."
    assert rows(facts_of(text)) == set()


def test_a_heading_gives_where_a_move_goes(facts_of):
    toward = facts_of(
        "Houthi fighters are advancing south from the city of Marib towards the town of Shabwa."
    )
    assert {d.location for d in toward.deployments} == {"the town of Shabwa"}
    north = facts_of("Armenia's military confirmed it was moving additional units north.")
    assert rows(north) == {("Armenia", "units", None, "north", "reported")}


def test_a_bare_force_in_what_a_state_s_armed_body_reports_is_that_state_s(facts_of):
    army = facts_of("A Cambodian army spokesman said troops continue to operate near Preah Vihear.")
    assert {(facts_of_name(army, d), d.location) for d in army.deployments} == {
        ("Cambodia", "near Preah Vihear")
    }
    # a force with an owner of its own keeps it
    own = facts_of(
        "A Cambodian army spokesman said Thai troops continue to operate near Preah Vihear."
    )
    assert {facts_of_name(own, d) for d in own.deployments} == {"Thailand"}


def test_a_force_keeping_watch_on_a_place_is_there(facts_of):
    # the place watched, or the place of the movements watched
    strait = facts_of("Chilean warships are watching the Strait of Magellan.")
    assert rows(strait) == {("Chile", "warships", None, "the Strait of Magellan", "reported")}
    desert = facts_of(
        "Chilean reconnaissance aircraft were monitoring movements in the desert near Arica."
    )
    assert [(d.force, d.location) for d in desert.deployments] == [
        ("reconnaissance aircraft", "the desert near Arica")
    ]
    # a situation watched is watched from anywhere; what is watched is not the watcher; a
    # force sent to watch is sent, placed by its move alone
    situation = facts_of("Chilean forces are monitoring the situation in Peru closely.")
    assert situation.deployments == []
    assert facts_of("The border is monitored by Chilean warships.").deployments == []
    sent = facts_of("Chile sent troops to monitor the border.")
    assert [d.location for d in sent.deployments] == [None]


def test_a_warship_named_after_its_kind_without_a_prefix_is_a_force(facts_of):
    sailed = facts_of("The Chilean frigate Esmeralda sailed into the Drake Passage on Sunday.")
    assert [(d.force, d.location) for d in sailed.deployments] == [("frigate", "the Drake Passage")]
    # a 'vessel' named without a navy's prefix may be a merchant's
    merchant = facts_of("The Greek vessel Aegean Star arrived in Piraeus on Sunday.")
    assert merchant.deployments == []


def test_a_state_s_base_or_an_operating_base_is_a_force(facts_of):
    named = facts_of("Quito declined to comment on the idea of a Peruvian base in the country.")
    assert {(named.actors[d.actor].name, d.location) for d in named.deployments} == {
        ("Peru", "the country")
    }
    operating = facts_of("Chile opened two operating bases near the border.")
    assert {(operating.actors[d.actor].name, d.size) for d in operating.deployments} == {
        ("Chile", 2)
    }
    # a base a force is moved to is its place, not a force
    moved = facts_of("Chile moved its fighter jets to forward bases in Arica.")
    assert {d.force for d in moved.deployments} == {"fighter jets"}


def test_a_corps_or_air_wing_is_a_force_and_a_building_wing_is_not(facts_of):
    facts = facts_of("Kazakhstan moved two air wings to the border on Monday.")
    assert [(d.force, d.size, d.location) for d in facts.deployments] == [
        ("air wings", 2, "the border")
    ]
    corps = facts_of(
        "Zambia closed the border. Officials said that two Rifle Corps (RC) Eastern wings"
        " had been moved to posts along the lake."
    )
    assert [corps.actors[d.actor].name for d in corps.deployments] == ["Zambia"]
    assert not facts_of("The ruling party's left wing moved to the centre.").deployments


def test_officers_listed_with_a_force_are_one(facts_of):
    facts = facts_of("Interpol, which has sent around 40 officers and troops to Chile, spoke.")
    assert [(d.force, d.size, d.location) for d in facts.deployments] == [("officers", 40, "Chile")]
    kit = facts_of("Europol has sent around 60 officers and equipment to Latvia.")
    assert [d.size for d in kit.deployments] == [60]
    assert not facts_of("Officers and soldiers said the town was calm.").deployments
    assert not facts_of("Kenya sent 40 officers to a conference in Haiti.").deployments


def test_sailors_arriving_are_a_force(facts_of):
    facts = facts_of(
        "Thousands of Indian sailors and marines arrived in the Arabian Sea on Monday."
    )
    assert [(facts.actors[d.actor].name, d.force, d.location) for d in facts.deployments] == [
        ("India", "sailors", "the Arabian Sea")
    ]
    assert not facts_of("Two sailors were injured in an accident in Karachi.").deployments


def test_a_ship_named_by_its_navy_s_prefix_transits_a_waterway(facts_of):
    facts = facts_of("The amphibious assault ship USS Kearsarge transited the Panama Canal.")
    assert [(facts.actors[d.actor].name, d.location) for d in facts.deployments] == [
        ("United States", "the Panama Canal")
    ]
    warships = facts_of("Two Indian warships transited the Strait of Malacca on Friday.")
    assert [(d.size, d.location) for d in warships.deployments] == [(2, "the Strait of Malacca")]
    assert not facts_of("The cargo ship Ever Given transited the Suez Canal.").deployments
