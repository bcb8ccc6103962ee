"""Deployment frames that wire reports of other conflicts use (the Sahel, the Gulf, the Korean
peninsula, Central America): invented sentences, with actors and places of no annotated
article, one construction each."""

from tests.deployment_views import rows


def test_people_no_force_noun_names_are_a_force_when_sent_to_a_place(facts_of):
    volunteers = facts_of("Colombia has deployed 2,000 volunteers to the Cauca region.")
    assert rows(volunteers) == {("Colombia", "volunteers", 2000, "the Cauca region", "reported")}
    instructors = facts_of("Russia sent 50 instructors to Bangui last week.")
    assert rows(instructors) == {("Russia", "instructors", 50, "Bangui", "reported")}
    arrived = facts_of("About 300 Turkish paramilitaries arrived in Tripoli last month.")
    assert rows(arrived) == {("Turkey", "paramilitaries", 300, "Tripoli", "reported")}
    # people at work, or sent nowhere a force goes, are none
    assert facts_of("Volunteers handed out food in Khartoum.").deployments == []
    assert facts_of("The company hired 40 instructors for its school in Lima.").deployments == []


def test_drones_a_state_stations_somewhere_are_its_force(facts_of):
    facts = facts_of("Turkey has deployed drones to northern Cyprus.")
    assert rows(facts) == {("Turkey", "drones", None, "northern Cyprus", "reported")}


def test_a_first_contingent_is_no_unit_named_by_its_ordinal(facts_of):
    arrived = facts_of("The first contingent of 150 Rwandan police officers arrived in Maputo.")
    assert rows(arrived) == {("Rwanda", "police officers", 150, "Maputo", "reported")}
    expected = facts_of(
        "The first contingent of 200 Ghanaian police officers is expected to arrive in "
        "Port Moresby later this month."
    )
    assert rows(expected) == {("Ghana", "police officers", 200, "Port Moresby", "planned")}


def test_a_place_after_back_or_closer_is_the_move_s(facts_of):
    back = facts_of("Britain has sent the destroyer HMS Diamond back to the Gulf.")
    assert rows(back) == {("United Kingdom", "destroyer", None, "the Gulf", "reported")}
    closer = facts_of("Chad moved 500 troops closer to the border on Monday.")
    assert rows(closer) == {("Chad", "troops", 500, "closer to the border", "reported")}
    # forces pushed back to a place are driven out, not deployed there
    pushed = facts_of("Kenya vowed to push Somali forces back to their positions.")
    assert all(d.location != "their positions" for d in pushed.deployments)


def test_a_place_hung_on_the_last_of_listed_forces_is_all_of_theirs(facts_of):
    facts = facts_of("Russia sent 30 military aircraft and five warships near Hokkaido.")
    assert rows(facts) == {
        ("Russia", "military aircraft", 30, "near Hokkaido", "reported"),
        ("Russia", "warships", 5, "near Hokkaido", "reported"),
    }


def test_a_reinforcing_verb_moves_the_force_it_adds_to_where_the_reinforced_is(facts_of):
    mission = facts_of("The EU will reinforce its naval mission in the Red Sea with two frigates.")
    assert ("European Union", "frigates", 2, "the Red Sea", "planned") in rows(mission)
    town = facts_of("Kenya reinforced the town of Garissa with 300 troops.")
    assert rows(town) == {("Kenya", "troops", 300, "the town of Garissa", "reported")}
    assert facts_of("The company reinforced the bridge with steel beams.").deployments == []


def test_a_negated_cut_leaves_the_presence_there(facts_of):
    facts = facts_of("Paris has no plans to reduce its presence in Djibouti, the minister said.")
    assert rows(facts) == {("France", "presence", None, "Djibouti", "reported")}
    # a move negated is still denied
    sent = facts_of("Peru has no plans to send troops to Ecuador.")
    assert rows(sent) == {("Peru", "troops", None, "Ecuador", "denied")}


def test_a_participle_on_a_named_vessel_deploys_it(facts_of):
    facts = facts_of(
        "The Spanish frigate Victoria, deployed to the Gulf of Guinea, intercepted a tanker."
    )
    assert rows(facts) == {("Spain", "frigate", None, "the Gulf of Guinea", "reported")}


def test_a_state_s_guard_corps_deploys_for_the_state(facts_of):
    corps = facts_of("Pakistan's Frontier Corps said it had deployed 2,000 troops to Kurram.")
    assert rows(corps) == {("Pakistan", "troops", 2000, "Kurram", "reported")}
    guard = facts_of("Egypt's Republican Guard deployed tanks to the Sinai.")
    assert {guard.actors[d.actor].name for d in guard.deployments} == {"Egypt"}


def test_a_part_of_a_force_named_before_is_its_sender_s_not_the_speaker_s(facts_of):
    facts = facts_of(
        "Russia sent 30 bombers near Hokkaido on Monday. Japan's defence ministry said 12 "
        "of the bombers flew over the Sea of Japan."
    )
    assert {facts.actors[d.actor].name for d in facts.deployments} == {"Russia"}


def test_a_unit_s_clause_of_composition_gives_its_size(facts_of):
    facts = facts_of(
        "The Turkish army's 36th Division, which comprises some 4,000 troops, was moved to Kars."
    )
    assert rows(facts) == {("Turkey", "36th division", 4000, "Kars", "reported")}


def test_a_force_a_participle_placed_and_the_verb_moves_on_is_at_both(facts_of):
    facts = facts_of(
        "A contingent of 800 Ghanaian troops, stationed in northern Togo, will be moved to the "
        "border with Burkina Faso."
    )
    assert rows(facts) == {
        ("Ghana", "troops", 800, "northern Togo", "reported"),
        ("Ghana", "troops", 800, "the border with Burkina Faso", "planned"),
    }
    # moved to where it already is: one deployment
    same = facts_of("Some 600 Kenyan soldiers, based in Kismayo, were redeployed to Kismayo.")
    assert len(same.deployments) == 1


def test_a_force_a_coordinated_verb_moves_on_is_at_both_places(facts_of):
    facts = facts_of("Libyan forces entered Sirte and moved into villages along the coast road.")
    assert rows(facts) == {
        ("Libya", "forces", None, "Sirte", "reported"),
        ("Libya", "forces", None, "villages along the coast road", "reported"),
    }
    # a coordinated clause with a subject of its own moves another force
    other = facts_of("Libyan forces entered Sirte and the militias moved into the port.")
    assert ("Libya", "forces", None, "the port", "reported") not in rows(other)


def test_a_unit_s_place_may_hang_on_what_it_is_made_of(facts_of):
    facts = facts_of("Chad deployed a squadron of Chinese-made drones at the airport in Abeche.")
    assert rows(facts) == {("Chad", "squadron", None, "the airport in Abeche", "reported")}


def test_arms_listed_with_the_sender_s_troops_go_with_them(facts_of):
    facts = facts_of("Britain said it would send an air-defence battery and 200 troops to Estonia.")
    assert rows(facts) == {
        ("United Kingdom", "air-defence battery", None, "Estonia", "planned"),
        ("United Kingdom", "troops", 200, "Estonia", "planned"),
    }
    # arms alone handed to another state are a delivery
    assert facts_of("Britain will send an air-defence battery to Estonia.").deployments == []


def test_a_numbered_unit_a_source_reports_is_the_source_s(facts_of):
    facts = facts_of("According to the Turkish army, the 36th Division was redeployed to Afrin.")
    assert rows(facts) == {("Turkey", "36th division", None, "Afrin", "reported")}


def test_each_state_s_force_in_a_coordinated_subject_is_where_the_clause_puts_it(facts_of):
    # ``presence._shared_top``: a later conjunct with an owner of its own shares the clause
    patrols = facts_of(
        "Peruvian troops and Chilean troops have been conducting joint patrols in the Gulf of"
        " Arica since May."
    )
    assert {(name, location) for name, _, _, location, _ in rows(patrols)} == {
        ("Peru", "the Gulf of Arica"),
        ("Chile", "the Gulf of Arica"),
    }
    held = facts_of("Chadian soldiers and Nigerien troops are defending the border near Bosso.")
    assert {name for name, *_ in rows(held)} == {"Chad", "Niger"}
    # one state's two forces stay one entry; delegations are no force
    one = facts_of("Chadian soldiers and Chadian tanks are defending the border near Bosso.")
    assert {name for name, *_ in rows(one)} == {"Chad"} and len(one.deployments) == 1
    talks = facts_of(
        "Delegations from Sudan's army and the Popular Defence Forces have returned to the city"
        " of Kassala for talks."
    )
    assert all(location != "the city of Kassala" for *_, location, _ in rows(talks))


def test_a_negated_doubt_affirms_the_move(facts_of):
    def modal(text):
        facts = facts_of(text)
        return {(facts.actors[d.actor].name, d.location, d.modality) for d in facts.deployments}

    assert modal("There is no doubt that Chadian troops are in Darfur, the official said.") == {
        ("Chad", "Darfur", "reported")
    }
    # a plain negation still denies
    assert modal("The ministry said no Chadian troops were in Darfur.") == {
        ("Chad", "Darfur", "denied")
    }
