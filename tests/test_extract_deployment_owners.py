"""Whose a force is: a source that reports a move (an intelligence service, a monitor, a
foreign ministry) is never its owner, a state's defence ministry speaks of the state's own
forces, a bare force a source reports is that of the article's mover, soldiers from a body's
unit and a part listed under a force are the body's and the whole's; and a count of a force
is the number it rises to; a force naming no owner is that of the move just before it
(``deployments.discourse``), never across another state nor onto rebels: invented
sentences, with actors and places of no annotated article."""

import pytest

from tests.deployment_views import rows


def _placed(facts):
    return {(facts.actors[d.actor].name, d.location) for d in facts.deployments}


def test_a_reporting_agency_or_monitor_is_not_the_owner(facts_of):
    for text in (
        "The soldiers were flown to Misrata last week, the Syrian Observatory for Human Rights"
        " said.",
        "The National Intelligence Service said troops continue to operate near Kursk.",
        "Iran's foreign ministry said troops had been sent to the border with Iraq.",
    ):
        assert _placed(facts_of(text)) == set(), text
    # a state's defence ministry and an alliance speak of their own forces
    defence = facts_of("Iran's defence ministry said troops had been sent to the border with Iraq.")
    assert _placed(defence) == {("Iran", "the border with Iraq")}
    alliance = facts_of("NATO said troops would be sent to Kosovo.")
    assert _placed(alliance) == {("NATO", "Kosovo")}


def test_a_bare_force_a_source_reports_is_the_article_s_mover(facts_of):
    moved = facts_of(
        "Pyongyang has sent 3,000 troops to Belarus. The newly arrived soldiers were moved to"
        " Grodno, the Lithuanian State Security Department said."
    )
    assert _placed(moved) == {("North Korea", "Belarus"), ("North Korea", "Grodno")}
    later = facts_of(
        "Pyongyang has sent 3,000 troops to Belarus, officials said. The agency made the"
        " assessment on Tuesday. The newly arrived soldiers were moved to Grodno, the"
        " Lithuanian State Security Department said."
    )
    assert ("North Korea", "Grodno") in _placed(later)


def test_a_defence_ministry_named_without_its_state_is_the_state_s(facts_of):
    said = facts_of(
        "Georgia accused its neighbour of shelling. A Defence Ministry official told Reuters"
        " that two reserve battalions had been sent forward to positions near Gori."
    )
    assert _placed(said) == {("Georgia", "positions near Gori")}
    assert [d.modality for d in said.deployments] == ["reported"]


def test_soldiers_from_a_body_s_unit_are_the_body_s_whatever_their_nationality(facts_of):
    alliance = facts_of(
        "The mission said on Friday that around 400 soldiers from NATO's Rapid Reaction Force,"
        " most of them Spanish, would arrive in Bosnia by Monday."
    )
    assert _placed(alliance) == {("NATO", "Bosnia")}
    state = facts_of(
        "About 300 troops from Russia's Eastern Military District were sent to Tajikistan."
    )
    assert _placed(state) == {("Russia", "Tajikistan")}
    army = facts_of(
        "The mission said on Sunday that about 600 soldiers from the Rwandan army's reserve"
        " force, most of them conscripts, would arrive in Sake within days."
    )
    assert _placed(army) == {("Rwanda", "Sake")}


def test_a_part_listed_under_a_force_is_the_whole_s_owner_s(facts_of):
    part = facts_of(
        "The latest rotation would bring the total number of Cuban military personnel sent to"
        " Venezuela to more than 4,000, including the roughly 1,500 combat troops first deployed"
        " to Caracas in 2023."
    )
    assert ("Cuba", "Caracas") in _placed(part)
    assert {d.size for d in part.deployments if d.location == "Caracas"} == {1500}


def test_a_count_of_a_force_is_the_number_it_rises_to(facts_of):
    risen = facts_of(
        "The total number of Chinese military personnel sent to Kinmen has risen to more than"
        " 12,000."
    )
    assert {(d.size, d.location) for d in risen.deployments} == {(12000, "Kinmen")}
    grown = facts_of("The number of Russian troops in Belarus has grown to 9,000.")
    assert {(d.size, d.location) for d in grown.deployments} == {(9000, "Belarus")}


def test_a_place_pointed_back_to_is_kept_as_printed(facts_of):
    more = facts_of(
        "Rwanda sent 500 troops to Cabo Delgado last year. About 200 more soldiers arrived"
        " there on Monday."
    )
    assert _placed(more) == {("Rwanda", "Cabo Delgado"), ("Rwanda", "there")}
    # an existential "there" is no place
    existential = facts_of("There are 3,000 Turkish soldiers in Qatar.")
    assert _placed(existential) == {("Turkey", "Qatar")}


def test_a_force_naming_no_owner_is_the_state_whose_move_the_text_just_gave(facts_of):
    # the sentence after, a source reporting it, a bare command speaking
    after = facts_of(
        "Niger sent 800 soldiers to Tillaberi on Monday, the army said.\n\nThe reinforcements"
        " will be deployed in Ayorou and Banibangou, according to security sources."
    )
    assert _placed(after) == {("Niger", "Tillaberi"), ("Niger", "Ayorou and Banibangou")}
    commanded = facts_of(
        "Peru sent hundreds of soldiers into two more prisons on Friday. About 900 soldiers"
        " will be deployed under the decree, the Joint Command said. Troops will take control"
        " of prisons in Arequipa and Cusco."
    )
    assert ("Peru", "Arequipa and Cusco") in _placed(commanded)
    # earlier in the same sentence
    listed = facts_of(
        "The Chilean army has sent forces to the north. The Atacama Brigade was redeployed along"
        " the Loa valley, and a reserve armoured brigade was moved into Arica, officials said."
    )
    assert ("Chile", "Arica") in _placed(listed)


def test_no_owner_is_carried_across_another_state_or_onto_another_side_s_force(facts_of):
    # another state named between the move and the force: a change of subject
    changed = facts_of(
        "Niger sent 800 soldiers to Tillaberi on Monday. Mali condemned the move. Reinforcements"
        " were deployed in Menaka, officials said."
    )
    assert ("Niger", "Menaka") not in _placed(changed)
    # rebels are no state's own force
    rebels = facts_of(
        "Niger sent 800 soldiers to Tillaberi on Monday. Rebels were deployed in Menaka, officials"
        " said."
    )
    assert ("Niger", "Menaka") not in _placed(rebels)
    # too far back: neither its paragraph nor the two sentences before
    far = facts_of(
        "Niger sent 800 soldiers to Tillaberi on Monday.\n\nThe rains came early this year. Crops"
        " failed in the south. Prices rose in the markets.\n\nReinforcements were deployed in"
        " Menaka, officials said."
    )
    assert ("Niger", "Menaka") not in _placed(far)


def test_a_force_naming_no_owner_far_back_is_the_article_s_main_deployer(facts_of):
    main = facts_of(
        "Kenya sent 400 soldiers to Mandera on Monday. Kenyan troops also moved into Wajir."
        " Kenyan forces were deployed in Garissa, officials said.\n\nThe rains came early this"
        " year. Crops failed in the south. Prices rose in the markets.\n\nReinforcements were"
        " deployed in Lamu, officials said."
    )
    assert ("Kenya", "Lamu") in _placed(main)
    # the other side's people named beside the force: not the main deployer's
    other = facts_of(
        "Kenya sent 400 soldiers to Mandera on Monday. Kenyan troops also moved into Wajir."
        " Kenyan forces were deployed in Garissa, officials said.\n\nThe rains came early this"
        " year. Crops failed in the south. Prices rose in the markets.\n\nThe road is used by"
        " the Somalis to resupply troops in Lamu."
    )
    assert ("Kenya", "Lamu") not in _placed(other)


def test_a_body_kept_under_its_acronym_is_the_state_its_longer_name_names(facts_of):
    acronym = facts_of(
        "The Tonga Defence Services (TDS) said on Monday it would help. The TDS has sent 40"
        " personnel to Honiara."
    )
    assert _placed(acronym) == {("Tonga", "Honiara")}
    # the state named just before a mention of its longer name
    possessed = facts_of(
        "Peru's Coast Guard Directorate (CGD) said on Monday that a foreign trawler had been"
        " seen. The CGD said it dispatched two patrol boats to Callao."
    )
    assert ("Peru", "Callao") in _placed(possessed)
    # a body with no state in any of its names stays itself
    mission = facts_of(
        "The United Nations Mission in Sudan (UNMIS) said on Monday it would help. UNMIS has"
        " sent 40 peacekeepers to Abyei."
    )
    assert ("Sudan", "Abyei") not in _placed(mission)


def test_an_owner_is_carried_from_a_deployment_a_later_reading_finds(facts_of):
    # "soldiers" (a counted force) is read after the deployment noun of "battalions"
    listed = facts_of(
        "Accra: the government rethinks its northern plan\n\nIn response, Accra has announced"
        " the recruitment of 3,000 additional soldiers and the deployment of two new battalions"
        " to the north by the end of the year. According to a source at the defence ministry,"
        " about 900 troops have already been moved from the south since March."
    )
    assert ("Ghana", "the north") in _placed(listed)
    assert {d.force for d in listed.deployments} >= {"battalions", "soldiers"}


def test_a_definite_group_or_mission_noun_is_the_body_named_before(facts_of):
    group = facts_of(
        "Boko Haram has been weakened. Officials said the group still has about 300 fighters"
        " in the Sambisa forest."
    )
    assert _placed(group) == {("Boko Haram", "the Sambisa forest")}
    # a noun with words of its own ("the armed group") names no body named before
    armed = facts_of(
        "Boko Haram has been weakened. Officials said another armed group still has about"
        " 300 fighters in the Sambisa forest."
    )
    assert ("Boko Haram", "the Sambisa forest") not in _placed(armed)


def test_peacekeepers_no_word_owns_are_the_mission_s(facts_of):
    said = facts_of(
        "The United Nations Interim Force in Lebanon (UNIFIL) has been in the south since"
        " 1978. UNIFIL spokesman Andrea Tenenti told reporters that peacekeepers had been"
        " deployed to the area near Naqoura since Monday."
    )
    assert ("UNIFIL", "the area near Naqoura") in _placed(said)
    # with no mission named, no one's
    bare = facts_of("Rebels attacked a convoy near Bunia. Peacekeepers were sent to the town.")
    assert _placed(bare) == set()


def test_an_alliance_s_or_mission_s_presence_somewhere_is_its_forces_there(facts_of):
    alliance = facts_of("NATO has significantly increased its presence in the Baltic region.")
    assert _placed(alliance) == {("NATO", "the Baltic region")}
    mission = facts_of("The UN Mission in South Sudan has increased its presence in Malakal.")
    assert {location for _, location in _placed(mission)} == {"Malakal"}
    # a company's or a union's presence is none
    for text in (
        "Google has increased its presence in the Baltic region.",
        "The European Union has increased its presence in the Baltic region.",
    ):
        assert _placed(facts_of(text)) == set(), text


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Lebanon's Border Guard said it had deployed 900 troops to Hermel.", "Lebanon"),
        ("Armenia's Border Guard said it had deployed 300 troops to Meghri.", "Armenia"),
        # (a state of two words: neither is a town's name alone)
        ("North Korea's Border Guard said it had deployed 400 troops to Sinuiju.", "North Korea"),
    ],
)
def test_a_states_body_deploys_for_the_state_not_a_town_of_its_name(facts_of, text, owner):
    """A state's name before its body's ('Lebanon's ...') is the state, not a town elsewhere
    that shares the name (Lebanon in the United States, Armenia in Colombia)."""
    assert {facts_of(text).actors[d.actor].name for d in facts_of(text).deployments} == {owner}


def test_a_command_over_a_state_s_ground_moves_forces_for_that_state(facts_of):
    # a command named with no state ('the X Army Region', 'the Y Military District') is no
    # actor: the state whose ground its move names, not a foe named in the sentence
    facts = facts_of(
        "The Fourth Army Region has moved an infantry battalion to the border in Chiang "
        "Rai's Mae Sai district after a clash with Burmese troops."
    )
    assert {name for name, _ in _placed(facts)} == {"Thailand"}
    district = facts_of(
        "The Southern Military District has sent two tank battalions to the frontier near "
        "Rostov-on-Don after Ukrainian drones struck a depot."
    )
    assert {name for name, _ in _placed(district)} == {"Russia"}


def test_a_name_in_a_clause_on_the_subject_is_no_owner(facts_of):
    # "X, which runs its base in Y, known as Z, has sent ...": Z names the base, X owns it
    facts = facts_of(
        "India, which runs its only foreign air base in Farkhor, known as Ayni, has sent more jets."
    )
    assert {name for name, _ in _placed(facts)} == {"India"}


def test_contingents_from_listed_states_are_each_state_s(facts_of):
    joined = facts_of("Smaller contingents from Senegal, Mali and Togo have since joined.")
    found = {(joined.actors[d.actor].name, d.force, d.location) for d in joined.deployments}
    assert found == {
        ("Senegal", "smaller contingents", None),
        ("Mali", "smaller contingents", None),
        ("Togo", "smaller contingents", None),
    }
    listed = facts_of(
        "The force would number about 2,000 troops, with detachments from Gambia and Guinea."
    )
    owners = {listed.actors[d.actor].name for d in listed.deployments}
    assert {"Gambia", "Guinea"} <= owners
    # a 'from' of states is whose the force is, never its place
    placed = facts_of("Contingents from Chile and Peru were deployed to Port Moresby.")
    found = {(placed.actors[d.actor].name, d.location) for d in placed.deployments}
    assert found == {("Chile", "Port Moresby"), ("Peru", "Port Moresby")}


def test_a_presence_a_state_s_demonym_qualifies_is_its_forces(facts_of):
    grown = facts_of("The Chilean presence in the province has grown to more than 3,000.")
    assert {(grown.actors[d.actor].name, d.location) for d in grown.deployments} == {
        ("Chile", "the province")
    }
    about = facts_of("Bolivia declined to comment on a Peruvian presence at the Oruro airbase.")
    assert {about.actors[d.actor].name for d in about.deployments} == {"Peru"}
    # a kind of presence that is no force's stays none, whoever's it is
    civil = facts_of("The Chilean economic presence in the province has grown.")
    assert civil.deployments == []


def test_an_outlet_that_reports_a_move_is_no_owner(facts_of):
    facts = facts_of("NRK reported that two Russian destroyers had entered the Porsanger fjord.")
    assert {(facts.actors[d.actor].name, d.location) for d in facts.deployments} == {
        ("Russia", "the Porsanger fjord")
    }
    bare = facts_of("NRK reported that two destroyers had entered the Porsanger fjord.")
    assert all(bare.actors[d.actor].name != "NRK" for d in bare.deployments)
    # a state's body that reports speaks of its own forces
    own = facts_of("Russia's navy reported that two destroyers had entered the Porsanger fjord.")
    assert {own.actors[d.actor].name for d in own.deployments} == {"Russia"}


def test_one_spoken_to_or_an_observer_is_no_owner(facts_of):
    # ``deployments.bystanders``: the object of 'told', the agent of 'seen by'
    for outlet in ("The Continental", "NileWatch"):
        told = facts_of(
            "The Lord's Resistance Army seized Obo in March. Traders told"
            f" {outlet} that the rebels had moved fresh fighters into Zemio."
        )
        assert ("Lord's Resistance Army", "Zemio") in _placed(told), outlet
        assert all(name != outlet.removeprefix("The ") for name, _ in _placed(told))
    seen = facts_of("Images reviewed by Orbit Watch show four frigates berthed at Tartus.")
    assert all(name != "Orbit Watch" for name, _ in _placed(seen))


def test_a_name_only_ever_set_on_kit_is_its_designation(facts_of):
    # "two Kestrel helicopters": the model's name is no owner; a state's modifier still is
    said = facts_of("The army said two Kestrel helicopters had been sent to Iquitos.")
    assert all(name != "Kestrel" for name, _ in _placed(said))
    owned = facts_of("Peru moved two Kestrel helicopters to Iquitos on Monday.")
    assert {name for name, _ in _placed(owned)} == {"Peru"}
    # a named armed service set on kit is still its state's
    service = facts_of("Two Zarovian Navy frigates were sent to Tumaco on Monday.")
    assert _placed(service) == {("Zarovian Navy", "Tumaco")}
    # and a source's state owns what the kit's name does not
    said = facts_of("Two Kestrel frigates were sent to Tumaco on Monday, Peru said.")
    assert _placed(said) == {("Peru", "Tumaco")}


def test_forces_a_verb_gathers_from_listed_states_are_each_state_s(facts_of):
    # ``origins.gathered_owner``: the 'from' on a verb of gathering, after its force
    brought = facts_of(
        "Chile launched the mission in May, bringing together warships from Peru, Ecuador,"
        " Uruguay and other nations to patrol the strait."
    )
    found = {(brought.actors[d.actor].name, d.location) for d in brought.deployments}
    assert found == {("Peru", "the strait"), ("Ecuador", "the strait"), ("Uruguay", "the strait")}
    assembled = facts_of(
        "The alliance assembled troops from Ghana, Togo and Benin for the mission."
    )
    assert {assembled.actors[d.actor].name for d in assembled.deployments} == {
        "Ghana",
        "Togo",
        "Benin",
    }
    # a 'from' on a verb that moves a force is where it left, not whose it is
    moved = facts_of("Chad moved troops from Abeche to the border.")
    assert {(moved.actors[d.actor].name, d.location) for d in moved.deployments} == {
        ("Chad", "the border")
    }


def test_states_listed_as_pledging_a_force_each_plan_their_own(facts_of):
    # ``contributors``: "countries that have committed personnel include X, Y and Z"
    listed = facts_of("Nations that pledged troops include Ghana, Senegal and Togo.")
    found = {(listed.actors[d.actor].name, d.force, d.modality) for d in listed.deployments}
    assert found == {
        ("Ghana", "troops", "planned"),
        ("Senegal", "troops", "planned"),
        ("Togo", "troops", "planned"),
    }
    # help is no force, and one state is no list
    assert facts_of("Countries that have offered help include Ghana and Togo.").deployments == []


def test_a_corps_taken_for_a_group_deploys_for_the_state_that_calls_it_its_own(facts_of):
    facts = facts_of(
        "Days after Ankara confirmed that a group of instructors from its Sadat Corps had"
        " arrived in the country, officials met. In Chad, Sadat Corps fighters are deployed"
        " alongside the Chadian army."
    )
    found = {(facts.actors[d.actor].name, d.location) for d in facts.deployments}
    assert ("Turkey", "Chad") in found
    assert all(name != "Sadat Corps" for name, _ in found)


def _modal(facts):
    return {(facts.actors[d.actor].name, d.location, d.modality) for d in facts.deployments}


def test_a_military_intelligence_service_is_a_source_not_the_owner(facts_of):
    # a defence word in an intelligence service's name makes it no armed body of its own
    for text in (
        "Peru's military intelligence believes several hundred fighters remain at camps near"
        " Tacna.",
        "Estonian military intelligence noted that much of the ground force normally"
        " stationed in Pskov had been sent to fight near Kupiansk.",
        "Chile's naval intelligence said two frigates had been sent to the Beagle Channel.",
    ):
        assert {a for a, _ in _placed(facts_of(text))} == set(), text
    # the force's own modifier still names its owner
    named = facts_of(
        "Peru's naval intelligence said two Chilean frigates had been sent to the Beagle Channel."
    )
    assert _placed(named) == {("Chile", "the Beagle Channel")}


def test_a_watcher_owns_nothing_it_saw(facts_of):
    # "X said it had seen / observed ...": the subject of a verb of watching only saw
    for text in (
        "Nieminen said he had seen no evidence that significant combat units had been moved"
        " to the Salla area.",
        "The Joint Staff said it had observed the enemy deploying troops to the restored posts.",
    ):
        assert _placed(facts_of(text)) == set(), text
    # a name in what was seen, before the force, is its owner
    seen = facts_of(
        "Officials in Muscat said they had spotted Iran moving missile launchers to the coast."
    )
    assert _placed(seen) == {("Iran", "the coast")}


def test_a_peace_mission_s_own_account_is_a_report(facts_of):
    own = facts_of(
        "The United Nations Mission in Liberia (UNMIL) said it had deployed a company of"
        " peacekeepers to Gbarnga."
    )
    assert _modal(own) == {("United Nations Mission in Liberia", "Gbarnga", "reported")}
    alliance = facts_of("NATO said on Monday that it was sending additional jets to Iceland.")
    assert _modal(alliance) == {("NATO", "Iceland", "reported")}
    # an armed group's own account stays its claim
    group = facts_of("The Arakan Army said it had deployed 2,000 fighters to Sittwe.")
    assert _modal(group) == {("Arakan Army", "Sittwe", "claimed")}


def test_a_mission_named_by_its_acronym_has_forces_of_its_own(facts_of):
    from kg.extract.deployments.sources import mission_acronym

    for name in ("UNMIL", "UNDOF", "MINUSMA", "Monusco", "KFOR", "EUFOR"):
        assert mission_acronym(name), name
    # a UN agency, English words, a state's or an alliance's name are none
    for name in ("UNHCR", "UNICEF", "Union", "Unity", "NATO", "USA", "Semafor", "UNTV"):
        assert not mission_acronym(name), name
    told = facts_of("KFOR said 500 additional troops had been deployed to the north of Kosovo.")
    assert {(a, m) for a, _, m in _modal(told)} == {("KFOR", "reported")}
    whose = facts_of(
        "Monusco, whose peacekeepers are still deployed in Ituri, said in a statement that it"
        " had taken note."
    )
    assert ("Monusco", "Ituri") in _placed(whose)


def test_a_peace_mission_s_strength_is_its_deployment_where_it_serves(facts_of):
    def held(text):
        facts = facts_of(text)
        return {(facts.actors[d.actor].name, d.size, d.location) for d in facts.deployments}

    assert ("UNMIL", 4100, None) in held(
        "UNMIL, which has about 4,100 troops drawn from 20 countries, has since increased"
        " patrols along the border."
    )
    assert ("UN Interim Force for Golan", 900, None) in held(
        "The UN Interim Force for Golan (UNIFG), which numbers around 900 peacekeepers,"
        " reported bulldozers near its posts."
    )
    # a mission named as a force is its own, whatever state the sentence names
    assert ("UN Interim Force for Golan", 900, None) in held(
        "The UN Interim Force for Golan (UNIFG), which numbers around 900 peacekeepers, has"
        " reported Syrian bulldozers and troops near its posts."
    )
    # a state's or an alliance's strength with no place is an army's size, no deployment
    assert held("France has 200,000 troops.") == set()
    assert held("NATO has 40,000 troops on high alert.") == set()


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Uruguay closed the border on Monday. The Ministry of Defence said 200 soldiers "
            "had been deployed to Rivera.",
            "Uruguay",
        ),
        (
            "Bangladesh closed the border on Monday. Inter-Services Public Relations (ISPR) "
            "said that 500 troops were deployed in Sylhet.",
            "Bangladesh",
        ),
    ],
)
def test_a_state_body_given_no_state_deploys_for_the_state_written_about(facts_of, text, owner):
    assert {name for name, _ in _placed(facts_of(text))} == {owner}


def test_a_place_read_as_the_owner_gives_the_state_written_about(facts_of):
    """'squads from Mt X', 'soldiers from Y Barracks': a town or barracks is where the force
    comes from, not whose it is (kg.extract.actors.places)."""
    facts = facts_of(
        "Malawi declared a state of emergency in Karonga district on Monday. Commissioner "
        "Peter Banda confirmed that two mobile squads from Mt Dalvo and Rumphi, totalling about "
        "80 officers, had been redeployed to Karonga, joining some 120 police personnel already "
        "stationed in the district. He said more soldiers from Kamuzu Barracks in Lilongwe "
        "would follow by road."
    )
    owners = [facts.actors[d.actor].name for d in facts.deployments]
    assert owners and set(owners) == {"Malawi"}


def test_a_companion_alongside_a_placed_force_is_its_own_owner_s(facts_of):
    facts = facts_of(
        "About 300 French soldiers are stationed at the airfield, alongside several hundred"
        " Malian Army soldiers."
    )
    assert {(facts.actors[d.actor].name, d.location) for d in facts.deployments} == {
        ("France", "the airfield"),
        ("Mali", "the airfield"),
    }
    group = facts_of(
        "Some 400 Iranian troops are deployed at the airport, alongside 200 fighters of Hezbollah."
    )
    assert rows(group) == {
        ("Iran", "troops", 400, "the airport", "reported"),
        ("Hezbollah", "fighters", 200, "the airport", "reported"),
    }


def test_a_city_of_several_words_is_named_by_its_first_words(facts_of):
    # "Las" and "Puerto" alone are other countries' cities in the city table
    tunas = facts_of("Riot police were deployed in Las Tunas on Sunday after protests.")
    assert rows(tunas) == {("Cuba", "riot police", None, "Las Tunas", "reported")}
    cabello = facts_of("Riot police were deployed in Puerto Cabello on Sunday after protests.")
    assert rows(cabello) == {("Venezuela", "riot police", None, "Puerto Cabello", "reported")}


def test_a_kit_designation_of_several_words_owns_nothing(facts_of):
    facts = facts_of(
        "According to the ministry, Kinzhal-M hypersonic missile systems were moved to the "
        "south of the country."
    )
    assert not {d for d in rows(facts) if d[0] == "Kinzhal-M"}


def test_first_person_forces_in_a_quotation_are_the_speaker_s(facts_of):
    facts = facts_of(
        "Tokayev said Kyrgyzstan had amassed 20,000 troops near the frontier. "
        '"We have deployed our troops along the entire frontier. We are ready," the Kazakh '
        "president said."
    )
    assert ("Kazakhstan", "troops", None, "along the entire frontier", "reported") in rows(facts)
    assert ("Kyrgyzstan", "troops", None, "along the entire frontier", "reported") not in rows(
        facts
    )


def test_a_mission_s_total_from_several_states_is_the_mission_s(facts_of):
    facts = facts_of(
        "UNMISS currently has about 14,000 troops from India, Rwanda, Nepal and Bangladesh."
    )
    assert rows(facts) == {("UNMISS", "troops", 14000, None, "reported")}


def test_a_caption_s_label_is_no_word_of_an_owner_s_name(facts_of):
    facts = facts_of(
        "Mutiny spreads in the south\n\n"
        "[Photo: Akhmat Group armoured vehicles on a street in Novocherkassk. Photo: Getty Images]"
        "\n\nFighters of the group entered Novocherkassk on Saturday."
    )
    assert ("Akhmat Group", "armoured vehicles", None, "a street in Novocherkassk", "reported") in (
        rows(facts)
    )


def test_a_state_named_as_a_helper_owns_no_unit_of_the_state_it_helps(facts_of):
    facts = facts_of(
        "Soldiers take over prisons as Canada offers help to Guatemala\n\n"
        "Three days after the president declared a state of siege in Guatemala, soldiers are "
        "in 10 prisons, while Ottawa has offered equipment and training.\n\n"
        "The Joint Command of the Armed Forces reported that some 9,000 military personnel are "
        "taking part in operations across the country."
    )
    assert ("Guatemala", "military personnel", 9000, "across the country", "reported") in rows(
        facts
    )
    assert not {d for d in rows(facts) if d[0] == "Canada"}


def test_states_a_copula_lists_among_the_senders_each_send(facts_of):
    facts = facts_of(
        "Chile, Peru, Colombia and Ecuador are among the nations sending warships to the drills "
        "off Arica."
    )
    assert {d[0] for d in rows(facts)} == {"Chile", "Peru", "Colombia", "Ecuador"}
    assert {d[1:] for d in rows(facts)} == {("warships", None, "off Arica", "reported")}
    # the relative clause of the state noun lists them too
    that = facts_of(
        "Latvia, Estonia and Lithuania are among the countries that have sent troops to "
        "the exercise area near Orzysz."
    )
    assert {d[0] for d in rows(that)} == {"Latvia", "Estonia", "Lithuania"}


def test_states_listed_as_subjects_or_origins_each_own_the_force(facts_of):
    # guard: passes on the old code too
    each = facts_of("Kenya and Uganda each keep about 1,000 troops in Somalia.")
    assert rows(each) == {
        ("Kenya", "troops", 1000, "Somalia", "reported"),
        ("Uganda", "troops", 1000, "Somalia", "reported"),
    }
    origins = facts_of("Soldiers from Chad, Niger and Mali were deployed to Menaka on Tuesday.")
    assert {d[0] for d in rows(origins)} == {"Chad", "Niger", "Mali"}
    ships = facts_of("Greece, Cyprus and Egypt have deployed warships to the strait.")
    assert {d[0] for d in rows(ships)} == {"Greece", "Cyprus", "Egypt"}


def test_a_stateless_body_is_not_the_far_side_s_nor_a_partner_coordinated_after(facts_of):
    # ``owners.unit_state``: "the Armed Forces", "the Border Guard" with no state are the
    # first of states coordinated before ("Algeria and France signed"), never the neighbour
    # the border names (``destinations``)
    facts = facts_of(
        "Algerian jets struck camps across the frontier on Monday, the Algerian army said."
        " Algeria and France signed a gas deal in Algiers on Sunday.\n\nThe Armed Forces said"
        " two more battalions of the Border Guard were being shifted to the northern border with"
        " Mali."
    )
    found = {(facts.actors[d.actor].name, d.location) for d in facts.deployments}
    assert ("Algeria", "the northern border with Mali") in found
    assert all(name not in ("France", "Mali") for name, _ in found)


def test_a_state_named_only_as_the_far_side_of_a_border_owns_no_unit(facts_of):
    facts = facts_of(
        "Chad's army is on alert. Officials in N'Djamena said Sudan had armed rebel groups."
        "\n\nThe 12th Brigade was moved to the eastern border with Sudan on Monday."
    )
    assert {facts.actors[d.actor].name for d in facts.deployments} == {"Chad"}


def test_a_border_s_far_side_hung_by_the_parser_on_the_verb_owns_no_unit(facts_of):
    # "have been sent to the border with X": the parser hangs "with X" on "sent", not on
    # "border"; X is still the far side (``destinations``)
    facts = facts_of(
        "Algerian drones struck camps across the frontier on Monday, the Algerian army said."
        "\n\nThe Armed Forces said more units of the Border Guard have been sent to the"
        " southern border with Libya."
    )
    assert {facts.actors[d.actor].name for d in facts.deployments} == {"Algeria"}
