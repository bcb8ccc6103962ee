"""A state's named armed service as the force ('the IDF moved into X', 'the PLA held drills
near Y'), an armed group's own entry into a place, rotations, strike groups and arms bought:
invented sentences, with actors and places of no annotated article."""


def _placed(facts):
    return {(facts.actors[d.actor].name, d.location, d.modality) for d in facts.deployments}


def test_a_named_service_entering_a_place_is_its_state_s_force(facts_of):
    idf = facts_of("The IDF moved into Khan Younis on Tuesday.")
    assert _placed(idf) == {("Israel", "Khan Younis", "reported")}
    assert [d.force for d in idf.deployments] == ["IDF"]
    endf = facts_of("The Ethiopian National Defense Force entered Mekelle.")
    assert _placed(endf) == {("Ethiopia", "Mekelle", "reported")}
    of_state = facts_of("The Armed Forces of Ukraine pushed into the Kursk region.")
    assert _placed(of_state) == {("Ukraine", "the Kursk region", "reported")}


def test_a_named_service_operating_or_drilling_in_a_place_is_there(facts_of):
    drills = facts_of("The PLA conducted drills near the Paracel Islands on Monday.")
    assert _placed(drills) == {("China", "near the Paracel Islands", "reported")}
    coast_guard = facts_of("The Philippine Coast Guard sailed to Sabina Shoal.")
    assert _placed(coast_guard) == {("Philippines", "Sabina Shoal", "reported")}
    # the speaker is not the service's owner
    said = facts_of("The IRGC has pushed deeper into Sistan, an Iranian official said.")
    assert _placed(said) == {("Iran", "Sistan", "reported")}


def test_a_named_service_that_speaks_strikes_leaves_or_takes_a_step_is_no_deployment(facts_of):
    for text in (
        "The IDF said in a statement that it had struck targets in Tyre.",
        "The IDF withdrew from Jenin on Sunday.",
        "The IDF moved to dismiss two commanders in Hebron.",
        "The IDF pushed back against the report in Haaretz.",
        "The IDF crossed a red line in Gaza, Egypt said.",
        "The Indian Army moved to dismiss two commanders in Poonch.",
    ):
        assert _placed(facts_of(text)) == set(), text


def test_an_armed_group_entering_a_place_is_its_own_force_there(facts_of):
    assert _placed(facts_of("The Houthis entered the port city of Mokha.")) == {
        ("Houthis", "the port city of Mokha", "reported")
    }
    assert _placed(facts_of("M23 entered Bukavu on Monday.")) == {("M23", "Bukavu", "reported")}
    # talks entered, and a speaker after the clause, make no other owner
    assert _placed(facts_of("Hamas entered talks in Doha on Monday.")) == set()
    said = facts_of("The Houthis are operating in the Gulf of Aden, the Pentagon said.")
    assert _placed(said) == {("Houthis", "the Gulf of Aden", "reported")}


def test_a_rotation_into_a_place_deploys_and_one_out_of_it_does_not(facts_of):
    into = facts_of("The Philippines rotated fresh marines to Ayungin Shoal.")
    assert _placed(into) == {("Philippines", "Ayungin Shoal", "reported")}
    assert _placed(facts_of("France rotated its troops out of Gao.")) == set()


def test_a_carrier_strike_group_is_a_force_and_arms_bought_are_none(facts_of):
    group = facts_of("France sent a carrier strike group to the Indian Ocean.")
    assert _placed(group) == {("France", "the Indian Ocean", "reported")}
    assert _placed(facts_of("Poland bought 250 tanks from South Korea.")) == set()
    assert _placed(facts_of("The US Army purchased 400 tanks in Ohio.")) == set()


def test_munitions_flying_over_a_place_are_a_strike_not_a_deployment(facts_of):
    assert _placed(facts_of("Iranian missiles flew over Iraqi airspace on Friday.")) == set()
    stationed = facts_of("Iranian missiles were stationed near Bandar Abbas.")
    assert _placed(stationed) == {("Iran", "near Bandar Abbas", "reported")}


def test_a_town_the_model_took_for_a_nationality_is_the_place_entered(facts_of):
    both = facts_of("Malian troops and Wagner fighters entered Kidal on Tuesday.")
    assert _placed(both) == {
        ("Mali", "Kidal", "reported"),
        ("Wagner Group", "Kidal", "reported"),
    }


def test_a_force_its_clause_places_stays_there_whatever_it_does(facts_of):
    killed = facts_of("Ethiopian troops who were stationed in Baidoa killed two suspects.")
    assert _placed(killed) == {("Ethiopia", "Baidoa", "reported")}
    # a loss is none
    lost = facts_of("Ethiopian troops stationed in Baidoa were killed in an ambush.")
    assert _placed(lost) == set()


def test_a_coast_or_national_guard_is_a_force_and_a_gate_s_guard_is_none(facts_of):
    # lower-case, as a force noun with its qualifier ("a guard at the gate" is a person)
    sent = facts_of("The Norwegian coast guard was deployed to the coast of Finnmark.")
    assert _placed(sent) == {("Norway", "the coast of Finnmark", "reported")}
    patrols = facts_of("The Norwegian coast guard carried out patrols along the coast of Finnmark.")
    assert _placed(patrols) == {("Norway", "along the coast of Finnmark", "reported")}
    national = facts_of("Ukraine's national guard was sent to the region of Sumy.")
    assert {name for name, _, _ in _placed(national)} == {"Ukraine"}
    assert (
        _placed(facts_of("A security guard was stationed at the gate of the embassy in Oslo."))
        == set()
    )
