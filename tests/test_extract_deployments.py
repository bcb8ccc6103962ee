"""Deployment frames that generalise (issue #15): each test is invented sentences, with
actors and places of no annotated article, for one construction of the parse."""

from tests.deployment_views import rows


def test_a_move_s_to_the_parser_makes_a_dative_still_places_it(facts_of):
    facts = facts_of("Ecuador sent 2,000 marines to the Galapagos Islands on Tuesday.")
    assert rows(facts) == {("Ecuador", "marines", 2000, "the Galapagos Islands", "reported")}


def test_a_place_the_model_runs_into_a_date_is_still_a_place(facts_of):
    facts = facts_of("Bolivia plans to send 2,000 troops to Tarija next month.")
    assert rows(facts) == {("Bolivia", "troops", 2000, "Tarija", "planned")}
    # "to Tarija on Tuesday", which the parser reads as an infinitive
    weekday = facts_of("Bolivia sent 2,000 troops to Tarija on Tuesday.")
    assert rows(weekday) == {("Bolivia", "troops", 2000, "Tarija", "reported")}
    # a month is still a time
    month = facts_of("Bolivia moved 2,000 troops in March.")
    assert [d.location for d in month.deployments] == [None]


def test_a_relative_clause_deploys_for_the_noun_it_describes(facts_of):
    which = facts_of("Bolivia, which has deployed 1,500 troops in Oruro, called for talks.")
    assert rows(which) == {("Bolivia", "troops", 1500, "Oruro", "reported")}
    whose = facts_of(
        "Recep Tayyip Erdogan, whose government has stationed 900 soldiers in Afrin, spoke."
    )
    assert rows(whose) == {("Turkey", "soldiers", 900, "Afrin", "reported")}
    having = facts_of("Ecuador, having sent 900 marines to Esmeraldas, called for talks.")
    assert rows(having) == {("Ecuador", "marines", 900, "Esmeraldas", "reported")}


def test_a_relative_clause_across_dashes_keeps_its_own_modality(facts_of):
    facts = facts_of(
        "Bolivia — which moved 3,000 troops to the border last week — denied any plan to attack."
    )
    assert rows(facts) == {("Bolivia", "troops", 3000, "the border", "reported")}


def test_the_accused_not_the_accuser_deploys(facts_of):
    facts = facts_of("Peru accused Chile of massing 4,000 troops near Tacna.")
    assert rows(facts) == {("Chile", "troops", 4000, "near Tacna", "claimed")}


def test_a_named_unit_s_ordinal_is_no_size(facts_of):
    of_army = facts_of("The 9th Mountain Brigade of the Turkish army was moved to Kars.")
    assert rows(of_army) == {("Turkey", "9th mountain brigade", None, "Kars", "reported")}
    its = facts_of("Chile moved its 3rd Armoured Division into Arica.")
    assert rows(its) == {("Chile", "3rd armoured division", None, "Arica", "reported")}


def test_a_force_readied_for_a_possible_deployment_is_possible(facts_of):
    facts = facts_of("Ecuador has put 700 soldiers on alert for a possible deployment to Tumbes.")
    assert rows(facts) == {("Ecuador", "soldiers", 700, "Tumbes", "possible")}


def test_naval_and_air_assets_are_placed(facts_of):
    patrol = facts_of("Three Turkish frigates are patrolling the Aegean Sea.")
    assert rows(patrol) == {("Turkey", "frigates", 3, "the Aegean Sea", "reported")}
    anchored = facts_of("Four Turkish frigates anchored off the island on Tuesday.")
    assert rows(anchored) == {("Turkey", "frigates", 4, "off the island", "reported")}
    jets = facts_of("Turkish fighter jets were patrolling over the gulf.")
    assert rows(jets) == {("Turkey", "fighter jets", None, "over the gulf", "reported")}
    batteries = facts_of("Chile has stationed four air-defence systems in Punta Arenas.")
    assert rows(batteries) == {("Chile", "air-defence systems", 4, "Punta Arenas", "reported")}
    # a battery or a boat with no military qualifier is no force
    assert not facts_of("Chile has stationed four batteries in Punta Arenas.").deployments


def test_the_army_that_deploys_is_not_itself_deployed(facts_of):
    facts = facts_of("The Turkish army has stationed 2,000 commandos in Afrin.")
    assert rows(facts) == {("Turkey", "commandos", 2000, "Afrin", "reported")}


def test_an_armed_group_s_name_is_its_owner_not_its_force(facts_of):
    facts = facts_of("Hezbollah fighters moved into Nabatieh on Monday.")
    assert rows(facts) == {("Hezbollah", "fighters", None, "Nabatieh", "reported")}


def test_sizes_in_participial_and_with_phrases(facts_of):
    gathered = facts_of(
        "Having gathered some 8,000 reservists near the coast, Chile called for calm."
    )
    assert rows(gathered) == {("Chile", "reservists", 8000, "near the coast", "reported")}
    camped = facts_of("Peru, with 12,000 soldiers camped on the plateau, rejected the plan.")
    assert rows(camped) == {("Peru", "soldiers", 12000, "the plateau", "reported")}


def test_an_exercise_sends_a_named_ship_of_its_state(facts_of):
    facts = facts_of(
        "The Blue Sea exercise will send the Turkish frigate TCG Oruc Reis to the Gulf of "
        "Iskenderun."
    )
    assert rows(facts) == {("Turkey", "frigate", None, "the Gulf of Iskenderun", "planned")}
    one = facts_of("Chile dispatched a submarine to the Beagle Channel.")
    assert rows(one) == {("Chile", "submarine", None, "the Beagle Channel", "reported")}
    assert not facts_of("Chile sold a submarine to Peru.").deployments


def test_an_armed_group_s_force_names_the_group_the_gazetteer_does_not_list(facts_of):
    # a name the model left untagged before the force (an invented acronym: the gazetteer
    # lists the FDLR)
    untagged = facts_of("Hundreds of FPLK fighters were massing near Rutshuru on Monday.")
    assert rows(untagged) == {("FPLK", "fighters", None, "near Rutshuru", "reported")}
    listed = facts_of("Hundreds of FDLR fighters were massing near Rutshuru on Monday.")
    assert rows(listed) == {("FDLR", "fighters", None, "near Rutshuru", "reported")}
    # a subject with a group's word in its name, whatever the model took it for
    worded = facts_of("The Arakan Liberation Army deployed 400 fighters around Sittwe.")
    assert rows(worded) == {
        ("Arakan Liberation Army", "fighters", 400, "around Sittwe", "reported")
    }
    assert worded.actors[next(iter(worded.deployments)).actor].type == "Group"
    hyphened = facts_of("Jaish al-Adl deployed 300 militants near Saravan.")
    assert rows(hyphened) == {("Jaish al-Adl", "militants", 300, "near Saravan", "reported")}
    # a name that begins with an adjective the parser hangs on the force
    free = facts_of("Free Kachin Army fighters advanced into the village of Laiza.")
    assert rows(free) == {
        ("Free Kachin Army", "fighters", None, "the village of Laiza", "reported")
    }
    # an aircraft's name before "fighters" is no group's
    jets = facts_of("Greece moved four Rafale fighters to Souda Bay.")
    assert rows(jets) == {("Greece", "rafale fighters", 4, "Souda Bay", "reported")}


def test_a_group_s_own_name_outweighs_the_demonym_in_it(facts_of):
    facts = facts_of("The Sudan Liberation Movement claimed to have 2,000 fighters in El Fasher.")
    assert rows(facts) == {("Sudan Liberation Movement", "fighters", 2000, "El Fasher", "claimed")}


def test_rebels_are_not_their_country_s_forces(facts_of):
    assert rows(facts_of("Libyan rebels advanced into the town of Sirte.")) == set()
    named = facts_of("M23 rebels advanced into the town of Rubaya.")
    assert rows(named) == {("M23", "rebels", None, "the town of Rubaya", "reported")}


def test_a_weapon_the_model_took_for_a_person_is_no_owner(facts_of):
    facts = facts_of("Greece has installed Patriot missile batteries near Larissa.")
    assert rows(facts) == {
        ("Greece", "patriot missile batteries", None, "near Larissa", "reported")
    }


def test_a_military_base_is_its_state_s_presence_in_its_own_mood(facts_of):
    opened = facts_of("India has opened a naval base on Agalega.")
    assert rows(opened) == {("India", "naval base", None, "Agalega", "reported")}
    # the base is asserted, whatever "could" says of what follows from it
    hosted = facts_of(
        "Djibouti could become a target because of its hosting of a French military base at "
        "Ambouli."
    )
    assert rows(hosted) == {("France", "military base", None, "Ambouli", "reported")}


def test_forces_moving_themselves_toward_a_place_advance_there(facts_of):
    inching = facts_of("Colombian forces are inching toward the town of Tibu.")
    assert rows(inching) == {("Colombia", "forces", None, "the town of Tibu", "reported")}
    rolled = facts_of("Malian tanks rolled into the centre of Kidal.")
    assert rows(rolled) == {("Mali", "tanks", None, "the centre of Kidal", "reported")}
    reached = facts_of("Turkish troops reached the outskirts of Manbij.")
    assert rows(reached) == {("Turkey", "troops", None, "the outskirts of Manbij", "reported")}


def test_an_amount_of_fighters_a_group_holds_somewhere_is_there(facts_of):
    facts = facts_of("Al-Shabaab has thousands of fighters in the Juba valley.")
    assert rows(facts) == {("al-Shabaab", "fighters", None, "the Juba valley", "reported")}
    # "the progress of troops" is no amount
    assert rows(facts_of("Any progress of Azerbaijani troops toward Lachin is worrying.")) == set()


def test_a_demonym_stands_for_its_state(facts_of):
    kosovan = facts_of("300 Kosovan troops were sent to Zubin Potok.")
    assert rows(kosovan) == {("Kosovo", "troops", 300, "Zubin Potok", "reported")}


def test_his_forces_are_those_of_the_person_last_named_as_subject(facts_of):
    facts = facts_of(
        "On Monday, Prigozhin broke off the talks with the generals in the south as his "
        "forces headed toward Voronezh."
    )
    assert rows(facts) == {("Wagner Group", "forces", None, "Voronezh", "reported")}
    # the target of an attack is struck, not deployed, by this mention
    struck = facts_of(
        "Prigozhin said he would march on Voronezh. He accused the generals of carrying out "
        "an air strike on his fighters in Svatove."
    )
    assert rows(struck) == set()


def test_a_state_s_own_presence_somewhere_is_its_forces_there(facts_of):
    its = facts_of("Turkey has relied on its presence in northern Iraq to strike the PKK.")
    assert rows(its) == {("Turkey", "presence", None, "northern Iraq", "reported")}
    # an economic presence is no force
    assert rows(facts_of("China has expanded its economic presence in Zambia.")) == set()


def test_a_participle_may_give_the_size(facts_of):
    facts = facts_of("Eritrean troops, numbering some 20,000, remain in the Humera area.")
    assert rows(facts) == {("Eritrea", "troops", 20000, "the Humera area", "reported")}


def test_forces_from_a_state_or_group_are_its_own(facts_of):
    facts = facts_of("Mercenaries from the Wagner Group are operating in Burkina Faso.")
    assert rows(facts) == {("Wagner Group", "mercenaries", None, "Burkina Faso", "reported")}


def test_a_present_force_is_not_where_it_came_from_unless_it_is_driven_from_there(facts_of):
    assert rows(facts_of("Kenyan troops returned home from Mogadishu.")) == set()
    dislodge = facts_of(
        "Armenia began an offensive to dislodge the Azerbaijani forces from Jermuk."
    )
    assert rows(dislodge) == {("Azerbaijan", "forces", None, "Jermuk", "reported")}


def test_a_force_said_to_be_a_distance_from_a_place_is_there(facts_of):
    facts = facts_of(
        "Sudanese forces were about 20 kilometers (12 miles) from El Fasher on Tuesday."
    )
    assert rows(facts) == {
        ("Sudan", "forces", None, "about 20 kilometers (12 miles) from El Fasher", "reported")
    }
    near = facts_of("Ugandan troops are now 5 km from Bunia.")
    assert rows(near) == {("Uganda", "troops", None, "5 km from Bunia", "reported")}
    # the parser may hang "from X" on the verb rather than on the distance
    verb = facts_of("Azerbaijani forces were about 15 kilometers (9 miles) from Lachin on Monday.")
    assert rows(verb) == {
        ("Azerbaijan", "forces", None, "about 15 kilometers (9 miles) from Lachin", "reported")
    }


def test_a_distance_outside_or_within_reach_of_a_place(facts_of):
    outside = facts_of("Eritrean forces were less than 10 miles outside Shire.")
    assert rows(outside) == {
        ("Eritrea", "forces", None, "less than 10 miles outside Shire", "reported")
    }
    within = facts_of("Thai troops were within 3 km of Mae Sot.")
    assert rows(within) == {("Thailand", "troops", None, "within 3 km of Mae Sot", "reported")}


def test_a_distance_with_no_number_or_no_force_places_nothing(facts_of):
    assert not facts_of("Chilean soldiers were miles from home.").deployments
    assert not facts_of("Peruvian officials were 20 kilometers from Cusco.").deployments


def test_forces_spread_throughout_a_place(facts_of):
    facts = facts_of("Colombia has 250,000 soldiers spread throughout the country.")
    assert rows(facts) == {("Colombia", "soldiers", 250000, "throughout the country", "reported")}
    passive = facts_of("Nepalese troops are spread throughout the Terai.")
    assert rows(passive) == {("Nepal", "troops", None, "throughout the Terai", "reported")}


def test_a_strength_before_a_force_is_its_size(facts_of):
    facts = facts_of("Ghana deployed a 1,500-strong force to Tamale on Monday.")
    assert rows(facts) == {("Ghana", "force", 1500, "Tamale", "reported")}
    battalion = facts_of("A 700-strong Portuguese battalion is based in Bangui.")
    assert rows(battalion) == {("Portugal", "battalion", 700, "Bangui", "reported")}
    member = facts_of("Senegal sent a 650-member unit to Banjul.")
    assert rows(member) == {("Senegal", "unit", 650, "Banjul", "reported")}
    # "strong" with no number is no size
    plain = facts_of("Ghana deployed a strong force to Tamale on Monday.")
    assert [d.size for d in plain.deployments] == [None]


def test_police_sent_abroad_are_a_force_but_police_at_work_are_not(facts_of):
    officers = facts_of("Benin will send 2,000 police officers to Port-au-Prince.")
    assert rows(officers) == {("Benin", "police officers", 2000, "Port-au-Prince", "planned")}
    gendarmes = facts_of("Belgium sent 300 gendarmes to Kinshasa on Tuesday.")
    assert rows(gendarmes) == {("Belgium", "gendarmes", 300, "Kinshasa", "reported")}
    contingent = facts_of("Nepal sent a 900-strong police contingent to Juba.")
    assert rows(contingent) == {("Nepal", "police contingent", 900, "Juba", "reported")}
    # no movement verb: police doing police work deploy no one
    assert facts_of("Nepalese police arrested four men in Pokhara.").deployments == []
    assert facts_of("Police officers in Pokhara said four men were held.").deployments == []


def test_a_contingent_is_a_force_only_when_made_of_one(facts_of):
    made_of = facts_of("Fiji sent a contingent of 400 peacekeepers to the Golan Heights.")
    assert rows(made_of) == {("Fiji", "peacekeepers", 400, "the Golan Heights", "reported")}
    assert facts_of("A contingent of reporters travelled to Suva.").deployments == []
    flotilla = facts_of("The Indonesian navy sent a flotilla to the Natuna Sea.")
    assert rows(flotilla) == {("Indonesia", "flotilla", None, "the Natuna Sea", "reported")}


def test_a_force_that_took_a_place_is_there_not_one_taken_or_taking_none(facts_of):
    seized = facts_of("Houthi fighters seized the port of Mokha on Sunday.")
    assert rows(seized) == {("Houthis", "fighters", None, "the port of Mokha", "reported")}
    control = facts_of("Libyan troops took control of the Ras Lanuf refinery.")
    assert rows(control) == {("Libya", "troops", None, "the Ras Lanuf refinery", "reported")}
    recaptured = facts_of("Iraqi forces have recaptured the town of Tal Afar.")
    assert rows(recaptured) == {("Iraq", "forces", None, "the town of Tal Afar", "reported")}
    # soldiers captured are a loss; soldiers who captured soldiers took no place
    assert facts_of("Forty Libyan soldiers were captured near Sirte.").deployments == []
    assert facts_of("Libyan forces captured 30 Chadian soldiers.").deployments == []
    # a place taken by a force, in the passive, says who took it, not where it is now
    assert facts_of("The town of Sirte was seized by Libyan troops.").deployments == []
    # what a force wants to take is not where it is
    assert facts_of("Libyan troops want to seize Sirte.").deployments == []


def test_ships_and_aircraft_move_themselves_to_a_place(facts_of):
    sailed = facts_of("A Dutch frigate sailed through the Strait of Hormuz on Friday.")
    assert rows(sailed) == {("Netherlands", "frigate", None, "the Strait of Hormuz", "reported")}
    flew = facts_of("Three Algerian fighter jets flew over Tindouf on Monday.")
    assert rows(flew) == {("Algeria", "fighter jets", 3, "over Tindouf", "reported")}
    boats = facts_of("Six Cuban patrol boats sailed into the Gulf of Mexico.")
    assert rows(boats) == {("Cuba", "patrol boats", 6, "the Gulf of Mexico", "reported")}
    # flying to no place, or a minister flying, deploys nothing
    assert facts_of("Algerian bombers flew 20 sorties on Monday.").deployments == []
    assert facts_of("The Algerian foreign minister flew to Rabat on Monday.").deployments == []


def test_the_state_asked_to_send_forces_would_send_them(facts_of):
    asked = facts_of("Paraguay asked Argentina to send troops to the border.")
    assert rows(asked) == {("Argentina", "troops", None, "the border", "possible")}
    urged = facts_of("Togo urged Ghana to deploy 400 soldiers in Lome.")
    assert rows(urged) == {("Ghana", "soldiers", 400, "Lome", "possible")}
    # a force made to move is its commander's state's, as before
    forced = facts_of("Paraguay ordered its troops to advance into the Chaco region.")
    assert {forced.actors[d.actor].name for d in forced.deployments} == {"Paraguay"}


def test_guards_and_instructors_are_forces_only_as_military_ones(facts_of):
    guards = facts_of("Georgian border guards are stationed along the Inguri river.")
    assert rows(guards) == {
        ("Georgia", "border guards", None, "along the Inguri river", "reported")
    }
    advisers = facts_of("Turkey has sent 150 military advisers to Tripoli.")
    assert rows(advisers) == {("Turkey", "military advisers", 150, "Tripoli", "reported")}
    # guards and instructors of no military kind are people at work
    assert facts_of("Embassy guards in Tbilisi were replaced on Monday.").deployments == []
    assert facts_of("Georgian instructors taught classes in Batumi.").deployments == []


def test_a_state_s_ministry_deploys_the_state_s_forces(facts_of):
    ministry = facts_of("The Peruvian Defence Ministry said its troops were deployed in Puno.")
    assert rows(ministry) == {("Peru", "troops", None, "Puno", "reported")}
    # an alliance is a body of no state: its own actor
    alliance = facts_of("NATO said it had deployed 4,000 troops to Lithuania.")
    assert {alliance.actors[d.actor].name for d in alliance.deployments} == {"NATO"}


def test_a_shared_demonym_means_the_state_the_article_names(facts_of):
    # "Congolese" alone: the far larger Congo, unless only the other is named
    alone = facts_of("Congolese soldiers were deployed to Kalemie on Friday.")
    assert rows(alone) == {
        ("Democratic Republic of the Congo", "soldiers", None, "Kalemie", "reported")
    }
    other = facts_of("Brazzaville said Congolese troops had been sent to Dolisie.")
    assert {other.actors[d.actor].name for d in other.deployments} == {"Republic of the Congo"}
    # the state's army, named by the demonym, deploys for it
    army = facts_of("The Congolese army has stationed 700 soldiers in Kamina.")
    assert rows(army) == {
        ("Democratic Republic of the Congo", "soldiers", 700, "Kamina", "reported")
    }


def test_a_seat_of_government_deploys_for_its_state(facts_of):
    seat = facts_of("Bujumbura has sent 2,000 soldiers to Kalehe.")
    assert rows(seat) == {("Burundi", "soldiers", 2000, "Kalehe", "reported")}
    other = facts_of("Malabo deployed 300 troops to Bata on Sunday.")
    assert rows(other) == {("Equatorial Guinea", "troops", 300, "Bata", "reported")}


def test_coordinated_owners_each_deploy_the_force(facts_of):
    facts = facts_of("Ghanaian and Nigerian troops were stationed in Bo.")
    assert rows(facts) == {
        ("Ghana", "troops", None, "Bo", "reported"),
        ("Nigeria", "troops", None, "Bo", "reported"),
    }
    # a group and its patron are no coordination: the group's
    wagner = facts_of("Russian Wagner mercenaries were sent to Bangui.")
    assert {wagner.actors[d.actor].name for d in wagner.deployments} == {"Wagner Group"}


def test_troops_sent_by_a_state_are_where_they_arrived(facts_of):
    facts = facts_of("Troops sent by Lusaka arrived in Beira on Monday.")
    assert rows(facts) == {("Zambia", "troops", None, "Beira", "reported")}


def test_a_named_body_or_service_of_a_state_deploys_for_the_state(facts_of):
    pentagon = facts_of("The Pentagon said it would send 1,500 troops to Guam.")
    assert rows(pentagon) == {("United States", "troops", 1500, "Guam", "planned")}
    service = facts_of("UPDF soldiers were sent to Bunia on Tuesday.")
    assert {service.actors[d.actor].name for d in service.deployments} == {"Uganda"}
    # the body is still its own organisation where it speaks
    said = facts_of("The Pentagon said that the exercise near Guam had ended.")
    assert [said.actors[s.speaker].name for s in said.statements] == ["Pentagon"]


def test_a_speaker_after_the_place_is_no_part_of_it(facts_of):
    # the parser joins the speaker to the place as a conjunct
    facts = facts_of("Oman will send 600 soldiers to Dammam, Saud bin Faisal Al Thani said.")
    assert [d.location for d in facts.deployments] == ["Dammam"]
    # a list of places is one location
    listed = facts_of("Oman will send 600 soldiers to Sohar, Sur and Nizwa.")
    assert [d.location for d in listed.deployments] == ["Sohar, Sur and Nizwa"]


def test_a_place_retaken_that_the_parser_reads_as_an_adverb(facts_of):
    facts = facts_of("Bosnian forces have recaptured Busovaca.")
    assert rows(facts) == {("Bosnia and Herzegovina", "forces", None, "Busovaca", "reported")}


def test_a_force_loyal_to_or_belonging_to_an_owner_is_its(facts_of):
    loyal = facts_of("Troops loyal to Maputo have retaken Mocimboa da Praia.")
    assert {loyal.actors[d.actor].name for d in loyal.deployments} == {"Mozambique"}
    belonging = facts_of("Soldiers belonging to the Chadian army were sent to Abeche.")
    assert rows(belonging) == {("Chad", "soldiers", None, "Abeche", "reported")}
    # a ministry named without its state is still the state's
    ministry = facts_of("The State Department said it would send 150 Marines to Monrovia.")
    assert rows(ministry) == {("United States", "marines", 150, "Monrovia", "planned")}


def test_the_agent_of_a_blockade_or_siege_is_where_it_operates(facts_of):
    blockade = facts_of("The blockade of Eritrean ports by Ethiopia's navy is trapping grain.")
    assert rows(blockade) == {("Ethiopia", "navy", None, "Eritrean ports", "reported")}
    siege = facts_of("The siege of Tete by Zambian troops entered its third week.")
    assert rows(siege) == {("Zambia", "troops", None, "Tete", "reported")}
    verb = facts_of("Peruvian frigates are blockading the ports of Arica.")
    assert rows(verb) == {("Peru", "frigates", None, "the ports of Arica", "reported")}
    # the agent of no operation: a report by a navy places nothing
    report = facts_of("A report on Eritrean ports by Ethiopia's navy was published.")
    assert rows(report) == set()


def test_a_while_clause_on_a_force_places_it(facts_of):
    facts = facts_of(
        "Lawmakers proposed punishing Nepali soldiers caught using phones while fighting in"
        " Mustang."
    )
    assert rows(facts) == {("Nepal", "soldiers", None, "Mustang", "reported")}
    # a clause of no presence: "while eating" places them nowhere
    eating = facts_of(
        "Lawmakers proposed punishing Nepali soldiers caught using phones while eating."
    )
    assert rows(eating) == set()


def test_military_contractors_raiding_a_site_are_there(facts_of):
    facts = facts_of(
        "Chilean military contractors have mounted raids on mines near Potosi aimed at looting"
        " silver."
    )
    assert rows(facts) == {("Chile", "military contractors", None, "mines near Potosi", "reported")}
    builders = facts_of("Chilean construction contractors are building a bridge near Potosi.")
    assert rows(builders) == set()


def test_his_forces_are_the_possessor_s(facts_of):
    facts = facts_of(
        "Protesters denounced Ecuadorian President Daniel Noboa's call to replenish his depleted"
        " forces in Esmeraldas."
    )
    assert rows(facts) == {("Ecuador", "forces", None, "Esmeraldas", "reported")}


def test_an_armed_service_named_whole_deploys_for_its_state(facts_of):
    # an abbreviation the model tags inside the service's name
    facts = facts_of("Tanks were deployed by the UK Army at bases near Akrotiri.")
    assert rows(facts) == {("United Kingdom", "tanks", None, "bases near Akrotiri", "reported")}


def test_a_place_is_not_whom_or_what_a_force_acts_for(facts_of):
    facts = facts_of(
        "Another key location is the Dominican Republic, where 600 Colombian troops have mounted"
        " offensives against gangs on behalf of the government in return for port rights."
    )
    assert rows(facts) == {("Colombia", "troops", 600, "Dominican Republic", "reported")}


def test_a_deployment_noun_s_own_modifier_names_its_owner(facts_of):
    facts = facts_of("Erdogan says the planned Greek deployment of missiles on Rhodes is a threat.")
    assert rows(facts) == {("Greece", "missiles", None, "Rhodes", "planned")}


def test_a_decision_to_deploy_is_a_plan(facts_of):
    facts = facts_of("Lithuania's decision to deploy air-defence systems in Alytus drew praise.")
    assert rows(facts) == {("Lithuania", "air-defence systems", None, "Alytus", "planned")}


def test_a_present_force_placed_by_its_own_phrase_is_asserted_whatever_its_verb(facts_of):
    nor = facts_of("Nor did Ghanaian soldiers in Tamale distinguish themselves in the fighting.")
    assert rows(nor) == {("Ghana", "soldiers", None, "Tamale", "reported")}
    # its mood still holds: troops that would be there are hypothetical
    would = facts_of("Togo said any Beninese troops in Kara would be legitimate targets.")
    assert "reported" not in {m for *_, m in rows(would)}
    # the force's own "no" still denies it
    none = facts_of("Benin said it has no troops in Kandi.")
    assert rows(none) == {("Benin", "troops", None, "Kandi", "denied")}


def test_the_dispatch_or_arrival_of_a_force_deploys_it(facts_of):
    arrival = facts_of("The arrival of 400 Kenyan police officers in Port-au-Prince was delayed.")
    assert rows(arrival) == {("Kenya", "police officers", 400, "Port-au-Prince", "reported")}
    # the parser hangs "to Goma" on "led"
    dispatch = facts_of(
        "The violence led to the dispatch of a Qatari peacekeeping mission to Goma."
    )
    assert {(a, loc) for a, _, _, loc, _ in rows(dispatch)} == {("Qatar", "Goma")}


def test_a_mission_is_a_force_only_of_a_military_kind(facts_of):
    police = facts_of("The Angolan police mission in Zulia state was extended on Friday.")
    assert rows(police) == {("Angola", "police mission", None, "Zulia state", "reported")}
    facts = facts_of("A Norwegian fact-finding mission arrived in Goma on Monday.")
    assert rows(facts) == set()


def test_what_a_fleet_escorts_is_not_its_force(facts_of):
    facts = facts_of("Indian warships have escorted 200 merchant ships through the Gulf of Aden.")
    assert rows(facts) == {("India", "warships", None, "the Gulf of Aden", "reported")}


def test_forces_met_on_a_visit_are_at_the_visited_place(facts_of):
    facts = facts_of(
        "In March, King Harald visited the Latvian-Russian border to meet Norwegian and Latvian"
        " troops."
    )
    assert rows(facts) == {
        ("Norway", "troops", None, "the Latvian-Russian border", "reported"),
        ("Latvia", "troops", None, "the Latvian-Russian border", "reported"),
    }
    went = facts_of("Ruto went to Lamu to meet Kenyan soldiers.")
    assert rows(went) == {("Kenya", "soldiers", None, "Lamu", "reported")}
    officials = facts_of("Ruto visited Nairobi to meet Somali officials.")
    assert rows(officials) == set()


def test_forces_attacked_or_removed_are_not_deployed(facts_of):
    sunk = facts_of("Officials said drones sank or damaged several Turkish warships in the Aegean.")
    assert rows(sunk) == set()
    removed = facts_of("Peru has taken Korean K2 battle tanks off the frontline, officials said.")
    assert rows(removed) == set()
    # a fleet seen somewhere is there
    spotted = facts_of("Japan spotted 10 Chinese warships near Okinawa.")
    assert rows(spotted) == {("China", "warships", 10, "near Okinawa", "reported")}


def test_a_deployment_naming_no_force_is_the_force(facts_of):
    announced = facts_of("Senegal announced more intense deployments in Casamance.")
    assert rows(announced) == {("Senegal", "intense deployments", None, "Casamance", "planned")}
    own = facts_of("The Indian deployment in the Maldives ended in May.")
    assert rows(own) == {("India", "deployment", None, "the Maldives", "reported")}
    software = facts_of("Safaricom's deployment of 5G in Kenya was fast.")
    assert rows(software) == set()


def test_people_recruited_to_fight_somewhere_are_the_recruiter_s_force(facts_of):
    facts = facts_of("Rwanda has recruited 3,000 men to fight in Ituri.")
    assert rows(facts) == {("Rwanda", "men", 3000, "Ituri", "reported")}
    passive = facts_of("About 2,000 Bolivians were recruited by Paraguay to fight in the Chaco.")
    assert rows(passive) == {("Paraguay", "bolivians", 2000, "the Chaco", "reported")}
    amount = facts_of("Eritrea recruited hundreds of young men to serve in Tigray.")
    assert rows(amount) == {("Eritrea", "young men", None, "Tigray", "reported")}
    # the recruiter sends them, whatever their nationality; the war's place is theirs
    hired = facts_of("Ecuador hired 500 Colombian mercenaries to fight its war in Esmeraldas.")
    assert rows(hired) == {("Ecuador", "mercenaries", 500, "Esmeraldas", "reported")}
    # recruiting with no place, or as an aim, deploys no one
    assert rows(facts_of("Peru recruited 5,000 men to serve in the army.")) == set()
    aim = facts_of("To lure more men to fight in Cusco, Peru has promised bonuses.")
    assert rows(aim) == set()


def test_forces_an_infinitive_is_yet_to_send_are_planned(facts_of):
    facts = facts_of("Chile is struggling to find troops to send to Arica.")
    assert rows(facts) == {("Chile", "troops", None, "Arica", "planned")}
    none_left = facts_of("Chile has no more troops to send to Arica.")
    assert rows(none_left) == {("Chile", "troops", None, "Arica", "denied")}


def test_observers_of_a_truce_are_a_force_and_poll_observers_are_not(facts_of):
    facts = facts_of("Ruto asked for UN observers to patrol the ceasefire line near Lamu.")
    assert rows(facts) == {
        ("United Nations", "un observers", None, "the ceasefire line near Lamu", "possible")
    }
    poll = facts_of("International observers arrived in Lima to monitor the vote.")
    assert rows(poll) == set()


def test_a_force_s_strength_placed_nowhere_is_no_deployment(facts_of):
    assert rows(facts_of("Estonia will add 5,000 conscripts to the armed forces.")) == set()
    assert rows(facts_of("The Chilean army has an estimated 80,000 active-duty soldiers.")) == set()
    assert rows(facts_of("Estonia has the capacity to activate 40,000 reservists.")) == set()
    # a call-up of reserves placed nowhere (reserves sent somewhere are deployed)
    assert rows(facts_of("Estonia will mobilise 6,000 reservists, officials said.")) == set()
    sent = facts_of("Peru mobilised 5,000 reservists to the border with Chile.")
    assert rows(sent) == {("Peru", "reservists", 5000, "the border with Chile", "reported")}
    # a strength somewhere is a presence there
    held = facts_of("Ghana has 1,700 troops in Mali.")
    assert rows(held) == {("Ghana", "troops", 1700, "Mali", "reported")}


def test_the_place_of_a_target_is_not_the_force_s(facts_of):
    facts = facts_of(
        "Allies allowed Georgian forces to use missiles to attack targets in Abkhazia."
    )
    assert rows(facts) == set()


def test_arms_a_word_of_stationing_places_are_a_force(facts_of):
    facts = facts_of("Chile has deployed new weapons systems near Arica.")
    assert rows(facts) == {("Chile", "weapons systems", None, "near Arica", "reported")}
    # arms handed over are a delivery
    assert rows(facts_of("Chile supplied weapons to rebels in Tacna.")) == set()


def test_arms_a_stationing_places_after_neighbouring_are_there(facts_of):
    # the parser reads "neighbouring" as the preposition's verb, with the place its object
    facts = facts_of(
        "Shortly after the Ghanaian leader announced the first deployment of those weapons to"
        " neighbouring Togo since the fall of the junta."
    )
    assert [(d.force, d.location) for d in facts.deployments] == [("weapons", "neighbouring Togo")]


def test_a_clause_with_its_own_subject_is_not_the_force_s_purpose(facts_of):
    facts = facts_of("Peru deployed 6,000 troops as Chile reported unrest in Arica.")
    assert rows(facts) == {("Peru", "troops", 6000, None, "reported")}
    # a clause of what the force is doing meanwhile still places it
    meanwhile = facts_of(
        "Lawmakers punished Kosovan soldiers caught using phones while fighting in Zvecan."
    )
    assert rows(meanwhile) == {("Kosovo", "soldiers", None, "Zvecan", "reported")}


def test_forces_stationed_outside_a_place_are_worded_with_outside(facts_of):
    facts = facts_of("Chile has stationed 2,000 troops outside Arica.")
    assert rows(facts) == {("Chile", "troops", 2000, "outside Arica", "reported")}
    of = facts_of("Mali deployed 24 missile batteries outside of Kidal on Sunday.")
    assert rows(of) == {("Mali", "missile batteries", 24, "outside of Kidal", "reported")}


def test_a_critic_of_a_deployment_is_not_its_actor(facts_of):
    facts = facts_of("Peru condemned the deployment of 3,000 troops to Arica.")
    assert rows(facts) == set()
    owned = facts_of("Peru condemned the deployment of 3,000 Chilean troops to Arica.")
    assert rows(owned) == {("Chile", "troops", 3000, "Arica", "reported")}
    # a warning of one's own move is one's own
    warned = facts_of("Chile warned it would send troops to Arica.")
    assert rows(warned) == {("Chile", "troops", None, "Arica", "planned")}


def test_a_front_a_side_opens_somewhere_puts_its_forces_there(facts_of):
    facts = facts_of("Sudan's army opened a new front in Darfur on Monday.")
    assert rows(facts) == {("Sudan", "army", None, "Darfur", "reported")}
    named = facts_of("Chile opened a new front near Arica in May.")
    assert rows(named) == {("Chile", "front", None, "near Arica", "reported")}
    # a front in a dispute is no place
    assert rows(facts_of("Chile opened a new front in its dispute with Peru.")) == set()


def test_members_of_a_mission_are_its_owner_s_force(facts_of):
    facts = facts_of("Peacekeepers of the UN mission were deployed to Bukavu.")
    assert rows(facts) == {("United Nations", "peacekeepers", None, "Bukavu", "reported")}


def test_nuclear_bombs_that_arrive_somewhere_are_deployed_there(facts_of):
    facts = facts_of("Tokayev confirmed that the first Chinese nuclear bombs had arrived in Aktau.")
    assert rows(facts) == {("China", "first nuclear bombs", None, "Aktau", "reported")}


def test_arms_a_host_s_leader_reports_on_its_soil_are_not_its_deployment(facts_of):
    facts = facts_of("Viktor Orban said the nuclear weapons stationed in Hungary are defensive.")
    assert rows(facts) == set()
    # whose they are, if said, is the actor; a state moving its own arms still deploys them
    owned = facts_of(
        "Viktor Orban said American nuclear weapons stationed in Hungary are defensive."
    )
    assert rows(owned) == {("United States", "nuclear weapons", None, "Hungary", "reported")}
    own = facts_of("Hungary moved missiles to eastern Hungary.")
    assert rows(own) == {("Hungary", "missiles", None, "eastern Hungary", "reported")}


def test_a_name_set_off_after_a_descriptive_subject_is_the_actor(facts_of):
    one_of = facts_of("One of the bloc's newest members, Botswana, sent 300 troops to Maputo.")
    assert rows(one_of) == {("Botswana", "troops", 300, "Maputo", "reported")}
    the = facts_of("Laos's biggest neighbour, the Philippines, has deployed marines in Palawan.")
    assert rows(the) == {("Philippines", "marines", None, "Palawan", "reported")}
    # a name described after it keeps the subject
    ally = facts_of("Uruguay, Paraguay's closest ally, has stationed 400 soldiers in Salto.")
    assert rows(ally) == {("Uruguay", "soldiers", 400, "Salto", "reported")}


def test_arms_a_leader_says_arrived_in_the_country_are_hosted_not_deployed(facts_of):
    hosted = facts_of(
        "The president of Mongolia said on Friday that the first missiles had arrived in the "
        "country."
    )
    assert rows(hosted) == set()
    # another state's arms there are that state's
    foreign = facts_of(
        "Mongolia's defence minister said 300 Chinese missiles had arrived in the country."
    )
    assert rows(foreign) == {("China", "missiles", 300, "the country", "reported")}


def test_a_move_under_discussion_is_possible(facts_of):
    talks = facts_of("Senegal held talks with Ghana about deploying troops to Bamako.")
    assert ("Senegal", "troops", None, "Bamako", "possible") in rows(talks)
    considering = facts_of("Argentina is considering sending 500 soldiers to Haiti.")
    assert rows(considering) == {("Argentina", "soldiers", 500, "Haiti", "possible")}
    discussed = facts_of("Kenya discussed sending police officers to Port-au-Prince.")
    assert rows(discussed) == {("Kenya", "police officers", None, "Port-au-Prince", "possible")}


def test_an_announced_first_deployment_is_one_made(facts_of):
    first = facts_of("Chile announced the first deployment of F-16 jets to Punta Arenas.")
    assert {d.modality for d in first.deployments} == {"reported"}
    # an announced deployment is still a plan
    plain = facts_of("Chile announced the deployment of F-16 jets to Punta Arenas.")
    assert {d.modality for d in plain.deployments} == {"planned"}


def test_a_stateless_named_service_deploys_for_the_state_that_moves_it(facts_of):
    facts = facts_of(
        "A defeat of Georgia by Azerbaijan, which would send Red Army tanks west, is a risk."
    )
    assert {facts.actors[d.actor].name for d in facts.deployments} == {"Azerbaijan"}


def test_members_of_a_mission_and_police_listed_who_went_somewhere_are_forces(facts_of):
    led = facts_of("Members of the Ghanaian-led mission went to Goma on Tuesday.")
    assert rows(led) == {("Ghana", "members", None, "Goma", "reported")}
    listed = facts_of("Members of the Senegalese mission and police from Benin went to Kidal.")
    assert rows(listed) == {
        ("Benin", "police", None, "Kidal", "reported"),
        ("Senegal", "members", None, "Kidal", "reported"),
    }
    # members of a body that is no mission nor force are none
    assert rows(facts_of("Members of the Ghanaian parliament went to Goma.")) == set()


def test_a_force_in_a_sentence_naming_no_one_belongs_to_the_presence_expanded_before(facts_of):
    facts = facts_of(
        "Uruguay is expanding its military presence in the north. There will be 2,000 "
        "additional troops in Rivera."
    )
    assert ("Uruguay", "troops", 2000, "Rivera", "planned") in rows(facts)
    # a sentence that names its own actor keeps it
    own = facts_of(
        "Uruguay is expanding its military presence in the north. Argentina has 2,000 troops "
        "in Salta."
    )
    assert ("Argentina", "troops", 2000, "Salta", "reported") in rows(own)
    assert not any(d.location == "Salta" and d.actor == "Uruguay" for d in own.deployments)


def test_a_move_warned_against_or_kept_from_is_none(facts_of):
    for sentence in (
        "Peru warned Chile against deploying warships in the disputed waters.",
        "Ghana has cautioned Togo against sending troops to the border.",
        "The court barred the army from deploying soldiers in Lagos.",
        "Kenya warned Somalia against the deployment of troops near Mandera.",
    ):
        assert rows(facts_of(sentence)) == set(), sentence
    # the one accused of a move still makes it
    accused = facts_of("Ghana has accused Togo of deploying troops near the town of Aflao.")
    assert rows(accused) == {("Togo", "troops", None, "near the town of Aflao", "claimed")}


def test_a_side_s_own_report_of_a_gain_in_combat_is_its_claim(facts_of):
    ministry = facts_of(
        "The Armenian Defence Ministry said its forces captured the village of Talish on Sunday."
    )
    assert rows(ministry) == {("Armenia", "forces", None, "the village of Talish", "claimed")}
    fighting = facts_of("Eritrea said on Monday that its troops were fighting near Badme.")
    assert rows(fighting) == {("Eritrea", "troops", None, "near Badme", "claimed")}
    retaken = facts_of("Mali's army said its soldiers had retaken the town of Gao.")
    assert rows(retaken) == {("Mali", "soldiers", None, "the town of Gao", "claimed")}


def test_a_routine_move_or_a_monitor_s_account_of_combat_is_reported(facts_of):
    # guard: the own-account claim is only a side's report of a gain in combat
    drills = facts_of("Belarus said its troops were deployed to Brest for drills.")
    assert rows(drills) == {("Belarus", "troops", None, "Brest", "reported")}
    analysts = facts_of("Analysts said Sudanese troops captured the bridge in Omdurman.")
    assert rows(analysts) == {("Sudan", "troops", None, "the bridge in Omdurman", "reported")}
    # a condition keeps its mood
    forced = facts_of(
        "Chad would face a revolt if N'Djamena forced its soldiers to fight in Darfur, he said."
    )
    assert {d.modality for d in forced.deployments} == {"possible"}


def test_a_deployment_a_hedging_verb_or_an_allegation_asserts_is_claimed(facts_of):
    remarks = facts_of(
        "Observers cited remarks by Erdogan that suggested Greek troops are on the island of "
        "Lesbos."
    )
    assert rows(remarks) == {("Greece", "troops", None, "the island of Lesbos", "claimed")}
    suggested = facts_of("Officials in Kinshasa suggested that Rwandan troops were in Goma.")
    assert rows(suggested) == {("Rwanda", "troops", None, "Goma", "claimed")}
    contended = facts_of("Colombia contended that Venezuelan troops had crossed into Arauca.")
    assert rows(contended) == {("Venezuela", "troops", None, "Arauca", "claimed")}
    alleged = facts_of("Amid allegations that Rwandan troops were in Goma, the talks stalled.")
    assert rows(alleged) == {("Rwanda", "troops", None, "Goma", "claimed")}


def test_a_proposed_or_offered_move_is_possible(facts_of):
    proposed = facts_of("Senegal proposed sending 500 troops to Bamako.")
    assert rows(proposed) == {("Senegal", "troops", 500, "Bamako", "possible")}
    suggested = facts_of("Ghana has suggested deploying soldiers to Lome.")
    assert rows(suggested) == {("Ghana", "soldiers", None, "Lome", "possible")}
    offered = facts_of("Kenya offered to deploy 1,000 police officers to Haiti.")
    assert rows(offered) == {("Kenya", "police officers", 1000, "Haiti", "possible")}
    # an offer announced ahead is the side's plan
    ahead = facts_of("Kenya will offer to deploy 1,000 police officers to Haiti.")
    assert rows(ahead) == {("Kenya", "police officers", 1000, "Haiti", "planned")}


def test_an_observer_s_expectation_is_possible_and_a_side_s_own_a_plan(facts_of):
    seen = facts_of(
        "The general said he expected to see Chinese bombers near Alaska as soon as this year."
    )
    assert rows(seen) == {("China", "bombers", None, "near Alaska", "possible")}
    others = facts_of("Officials expect Turkish warships to patrol the Aegean Sea next year.")
    assert rows(others) == {("Turkey", "warships", None, "the Aegean Sea", "possible")}
    own = facts_of("Britain expects to send 500 troops to Estonia next month.")
    assert rows(own) == {("United Kingdom", "troops", 500, "Estonia", "planned")}


def test_a_closing_tag_of_claiming_makes_the_sentence_a_claim(facts_of):
    alleged = facts_of("Rwandan troops have been sent to Goma, Congo alleged on Monday.")
    assert rows(alleged) == {("Rwanda", "troops", None, "Goma", "claimed")}
    claims = facts_of("Rwanda has sent troops to Goma, Congo claims.")
    assert rows(claims) == {("Rwanda", "troops", None, "Goma", "claimed")}
    suggested = facts_of("Greek troops are on Lesbos, Turkish officials suggested on Tuesday.")
    assert rows(suggested) == {("Greece", "troops", None, "Lesbos", "claimed")}
    # a plain tag of saying is no claim; a hedged move keeps its mood
    said = facts_of("Rwanda sent troops to Goma, Congo said.")
    assert rows(said) == {("Rwanda", "troops", None, "Goma", "reported")}
    hedged = facts_of("Officials in Kinshasa suggested that Rwandan troops may be in Goma.")
    assert {d.modality for d in hedged.deployments} == {"possible"}


def test_a_side_s_own_military_voice_on_its_gain_in_combat_is_its_claim(facts_of):
    unqualified = facts_of(
        "Russian forces have taken control of the village of Robotyne, the defence ministry "
        "said on Monday."
    )
    assert {d.modality for d in unqualified.deployments} == {"claimed"}
    same_side = facts_of("Ethiopia's military said Ethiopian troops seized the airport in Mekelle.")
    assert rows(same_side) == {("Ethiopia", "troops", None, "the airport", "claimed")}
    # another state's organ, a monitor: a report
    other = facts_of(
        "Russian forces have captured the village of Robotyne, the UK Ministry of Defence said."
    )
    assert {d.modality for d in other.deployments} == {"reported"}


def test_a_deployment_an_announcement_is_about_is_planned(facts_of):
    statement = facts_of("Paris and Bucharest issued a statement on the deployment of Rafale jets.")
    assert {d.modality for d in statement.deployments} == {"planned"}
    announcement = facts_of(
        "The announcement of the deployment of 500 Kenyan police to Haiti was welcomed."
    )
    assert rows(announcement) == {("Kenya", "police", 500, "Haiti", "planned")}


def test_a_likely_threatened_or_readied_move_is_possible(facts_of):
    likely = facts_of("Russia is likely to move more troops into Belarus.")
    assert rows(likely) == {("Russia", "troops", None, "Belarus", "possible")}
    threatened = facts_of("India has threatened to send troops into Kashmir.")
    assert rows(threatened) == {("India", "troops", None, "Kashmir", "possible")}
    readied = facts_of(
        "The Pentagon has put 8,500 troops on heightened alert for deployment to Eastern Europe."
    )
    assert rows(readied) == {("United States", "troops", 8500, "Eastern Europe", "possible")}
    # a force put on alert where it is stays reported
    where = facts_of("Russian soldiers across the country have been put on high alert.")
    assert {d.modality for d in where.deployments} <= {"reported"}


def test_a_scheduled_move_is_planned_and_an_alleged_one_claimed(facts_of):
    scheduled = facts_of("France is set to deploy 1,000 soldiers to Romania.")
    assert rows(scheduled) == {("France", "soldiers", 1000, "Romania", "planned")}
    alleged = facts_of("Some 3,000 North Korean soldiers were allegedly sent to Russia.")
    assert rows(alleged) == {("North Korea", "soldiers", 3000, "Russia", "claimed")}


def test_a_craft_intercepted_or_tracked_is_where_it_flies_or_sails(facts_of):
    flying = facts_of("Japan intercepted two Chinese bombers flying near Okinawa on Friday.")
    assert rows(flying) == {("China", "bombers", 2, "near Okinawa", "reported")}
    operating = facts_of("Seoul tracked three Russian warplanes operating over the Yellow Sea.")
    assert rows(operating) == {("Russia", "warplanes", 3, "over the Yellow Sea", "reported")}
    # an intercepted missile or drone is a strike, not a deployment
    drones = facts_of("Ukraine intercepted 30 Russian attack drones over Kyiv overnight.")
    assert rows(drones) == set()


def test_two_numbered_owners_of_one_craft_each_deploy_theirs(facts_of):
    facts = facts_of("Norway intercepted two Russian and two Chinese bombers flying near Svalbard.")
    assert rows(facts) == {
        ("Russia", "bombers", 2, "near Svalbard", "reported"),
        ("China", "bombers", 2, "near Svalbard", "reported"),
    }


def test_a_place_run_into_a_weekday_is_still_the_place(facts_of):
    facts = facts_of("A Russian bomber flew near Alaska Wednesday, officials said.")
    assert rows(facts) == {("Russia", "bomber", None, "near Alaska", "reported")}


def test_a_state_run_into_an_aircraft_designation_flies_it(facts_of):
    # a guard: the model runs a state into a designation only in some sentences ("US F-16
    # and F-35 fighter jets"); these must keep the state, not a body named "X F-16"
    facts = facts_of("Greece said Turkish F-16 jets were deployed over the Aegean on Monday.")
    assert {(a, loc) for a, _, _, loc, _ in rows(facts)} == {("Turkey", "over the Aegean")}


def test_a_service_named_with_its_state_deploys_for_the_state(facts_of):
    facts = facts_of("The Border Guard Nigeria paramilitary force was deployed across Kano.")
    assert {a for a, *_ in rows(facts)} == {"Nigeria"}


def test_police_fanned_out_at_home_are_the_state_last_named(facts_of):
    facts = facts_of(
        "Protests spread across Kenya on Tuesday. Riot police fanned out at university "
        "campuses across the country."
    )
    assert rows(facts) == {
        ("Kenya", "riot police", None, "university campuses across the country", "reported")
    }
    caracas = facts_of(
        "Protesters gathered in Caracas. Security forces were deployed across the capital."
    )
    assert rows(caracas) == {
        ("Venezuela", "security forces", None, "across the capital", "reported")
    }
    # the state of the city they are sent to, not the state the article named last
    city = facts_of(
        "Azerbaijan shelled Kapan overnight. Police were deployed to the damaged districts "
        "of Kapan."
    )
    assert {a for a, *_ in rows(city)} == {"Armenia"}
    # one officer is no force of a state
    one = facts_of("Protests spread across Senegal. A police officer moved toward the crowd.")
    assert rows(one) == set()


def test_a_named_mission_that_begins_operations_somewhere_is_there(facts_of):
    facts = facts_of(
        "The Regional Security Assistance (RSA) mission, led by Rwanda, is now beginning "
        "operations in the Mozambican province of Cabo Delgado."
    )
    assert {(f, loc) for _, f, _, loc, _ in rows(facts)} == {
        ("mission", "the Mozambican province of Cabo Delgado")
    }
    # a state's operation names no force of its own
    war = facts_of("Azerbaijan launched a military operation in Karabakh in September.")
    assert rows(war) == set()


def test_a_place_keeps_the_extent_the_article_gives_it(facts_of):
    including = facts_of(
        "Chinese naval patrols operated in the South China Sea, including the waters near "
        "Scarborough Shoal that Manila claims."
    )
    assert {loc for *_, loc, _ in rows(including)} == {
        "the South China Sea, including the waters near Scarborough Shoal"
    }


def test_arms_handed_to_another_state_are_a_delivery(facts_of):
    assert rows(facts_of("Norway has agreed to send 8 howitzers to Moldova.")) == set()
    assert rows(facts_of("Spain sent Patriot missile batteries to Lithuania.")) == set()
    # troops sent, and arms deployed or sent to a border, are deployments
    troops = facts_of("Chad sent 1,200 troops to Niger.")
    assert rows(troops) == {("Chad", "troops", 1200, "Niger", "reported")}
    deployed = facts_of("The United States will deploy long-range missiles to Japan in 2026.")
    assert rows(deployed) == {("United States", "long-range missiles", None, "Japan", "planned")}
    drills = facts_of("Russia sent tanks to Belarus for joint drills.")
    assert rows(drills) == {("Russia", "tanks", None, "Belarus", "reported")}
    border = facts_of("Armenia sent tanks to the border with Azerbaijan.")
    assert rows(border) == {("Armenia", "tanks", None, "the border with Azerbaijan", "reported")}


def test_a_conquest_imagined_is_no_deployment(facts_of):
    boast = facts_of(
        '"Serbian commanders like to boast that their tanks could reach Pristina in hours," '
        "he said."
    )
    assert rows(boast) == set()
    assert rows(facts_of("Analysts said Sudan's army could take all of Darfur.")) == set()
    # a force that could join a war or patrol a line is a possible deployment
    join = facts_of("Officials fear Eritrean troops could join the war in Tigray.")
    assert [d.modality for d in join.deployments] == ["possible"]


def test_a_denied_gerund_the_parser_reads_as_a_modifier_is_denied(facts_of):
    facts = facts_of("Ethiopia denied massing troops near the border with Eritrea.")
    assert rows(facts) == {("Ethiopia", "troops", None, "near the border with Eritrea", "denied")}
    amassing = facts_of("Serbia denied amassing troops on the border with Kosovo.")
    assert rows(amassing) == {("Serbia", "troops", None, "the border with Kosovo", "denied")}


def test_a_named_service_a_verb_moves_is_the_state_s_force(facts_of):
    guard = facts_of("Mexico deployed the National Guard to the border with Guatemala.")
    assert rows(guard) == {
        ("Mexico", "national guard", None, "the border with Guatemala", "reported")
    }
    navy = facts_of("Ecuador's president sent the Navy to the port of Guayaquil.")
    assert rows(navy) == {("Ecuador", "navy", None, "the port of Guayaquil", "reported")}


def test_people_sent_to_fight_somewhere_are_a_force(facts_of):
    men = facts_of("Pyongyang has sent thousands of young men to fight in Kursk, Seoul said.")
    assert rows(men) == {("North Korea", "young men", None, "Kursk", "reported")}
    convicts = facts_of("Moscow sent convicts to fight in Bakhmut.")
    assert rows(convicts) == {("Russia", "convicts", None, "Bakhmut", "reported")}


def test_a_state_s_people_sent_to_a_place_are_its_force(facts_of):
    facts = facts_of("Scholz will not send Germans to Lithuania.")
    assert rows(facts) == {("Germany", "germans", None, "Lithuania", "denied")}
    # people a body that is no state's flies somewhere are no force
    assert rows(facts_of("The airline flew Britons to Cyprus on Monday.")) == set()


def test_a_fleet_is_at_the_port_that_is_its_home(facts_of):
    status = facts_of(
        "The port of Cam Ranh kept its status as the headquarters of Vietnam's Fourth Fleet."
    )
    assert {(a, loc) for a, _, _, loc, _ in rows(status)} == {("Vietnam", "The port of Cam Ranh")}
    home = facts_of("Tartus is home to Russia's only naval base in the Mediterranean.")
    assert rows(home) == {("Russia", "naval base", None, "Tartus", "reported")}
    # a place is no owner of the fleet it hosts
    assert rows(facts_of("Yokosuka is the headquarters of the US Seventh Fleet.")) == set()


def test_a_set_off_home_is_the_place_before_its_comma(facts_of):
    port = facts_of("Rebels attacked the port of Latakia, home to Iran's naval base.")
    assert rows(port) == {("Iran", "naval base", None, "the port of Latakia", "reported")}
    # the parser hangs "to" on the participle before "and home"
    annexed = facts_of(
        "Drones hit the island, seized by Turkey in 1974 and home to Ankara's Aegean fleet."
    )
    assert {(a, loc) for a, _, _, loc, _ in rows(annexed)} == {("Turkey", "the island")}
    # people at home there are no force
    assert rows(facts_of("The city, home to thousands of Syrian refugees, was shelled.")) == set()


def test_an_owner_hung_on_an_aircraft_designation_owns_the_aircraft(facts_of):
    facts = facts_of("Pakistani F-16 jets were deployed to the Thar desert on Friday.")
    assert rows(facts) == {("Pakistan", "jets", None, "the Thar desert", "reported")}


def test_a_force_that_closes_off_a_place_stands_there(facts_of):
    active = facts_of("Nigerien troops surrounded the presidential palace in Niamey.")
    assert rows(active) == {("Niger", "troops", None, "the presidential palace", "reported")}
    passive = facts_of("The parliament building was surrounded by Malian soldiers on Monday.")
    assert rows(passive) == {("Mali", "soldiers", None, "The parliament building", "reported")}
    particle = facts_of("Bangladeshi riot police sealed off the main square of Dhaka on Friday.")
    assert rows(particle) == {
        ("Bangladesh", "riot police", None, "the main square of Dhaka", "reported")
    }
    described = facts_of("The campus, cordoned off by Kenyan police, stayed empty.")
    assert rows(described) == {("Kenya", "police", None, "The campus", "reported")}
    # a relative clause: the noun its pronoun stands for is the place closed off
    ringed = facts_of(
        "The governor sheltered in the State Lodge, which was ringed by Zambian soldiers."
    )
    assert rows(ringed) == {("Zambia", "soldiers", None, "the State Lodge", "reported")}
    object_relative = facts_of("The palace, which Gabonese troops surrounded at dawn, was quiet.")
    assert rows(object_relative) == {("Gabon", "troops", None, "The palace", "reported")}
    # people surrounded are no place
    assert rows(facts_of("Kenyan police surrounded the protesters.")) == set()


def test_a_move_one_is_ready_or_pressed_to_make_is_possible(facts_of):
    ready = facts_of("The Venezuelan president declared his readiness to send troops to Guyana.")
    assert rows(ready) == {("Venezuela", "troops", None, "Guyana", "possible")}
    pressed = facts_of("Chile resisted pressure from Argentina to send its troops into Bolivia.")
    assert rows(pressed) == {("Chile", "troops", None, "Bolivia", "possible")}
    calls = facts_of("Calls for Kenya to deploy police to Haiti grew louder.")
    assert {m for *_, m in rows(calls)} <= {"possible"}


def test_a_force_sent_to_guard_a_place_goes_there(facts_of):
    defend = facts_of("Ecuador sent reinforcements to defend Guayaquil.")
    assert rows(defend) == {("Ecuador", "reinforcements", None, "Guayaquil", "reported")}
    guard = facts_of("Peru dispatched 500 police officers to guard the border crossing at Tumbes.")
    assert rows(guard) == {
        ("Peru", "police officers", 500, "the border crossing at Tumbes", "reported")
    }
    # people protected are no place
    assert {loc for *_, loc, _ in rows(facts_of("Chile sent troops to protect civilians."))} == {
        None
    }


def test_a_force_ordered_to_guard_a_place_goes_there(facts_of):
    ordered = facts_of("The general ordered Nigerian troops to defend Maiduguri on Monday.")
    assert rows(ordered) == {("Nigeria", "troops", None, "Maiduguri", "reported")}
    # an order with no place to guard moves no one
    assert rows(facts_of("The general ordered Nigerian troops to stop the looting.")) == set()


def test_a_force_ordered_to_move_itself_is_planned(facts_of):
    facts = facts_of("Peru ordered 2,000 troops to deploy to Tumbes.")
    assert rows(facts) == {("Peru", "troops", 2000, "Tumbes", "planned")}


def test_nuclear_arms_moved_to_another_state_stay_the_mover_s(facts_of):
    noun = facts_of("Beijing announced the transfer of tactical nuclear weapons to Laos.")
    assert rows(noun) == {("China", "tactical nuclear weapons", None, "Laos", "planned")}
    verb = facts_of("Pakistan transferred nuclear warheads to Oman.")
    assert rows(verb) == {("Pakistan", "nuclear warheads", None, "Oman", "reported")}
    troops = facts_of("Chile completed the transfer of 3,000 troops to the Arica front.")
    assert rows(troops) == {("Chile", "troops", 3000, "the Arica front", "reported")}
    # other arms handed to another state are a delivery
    assert rows(facts_of("Germany approved the transfer of Leopard tanks to Ukraine.")) == set()


def test_a_definite_force_in_its_own_place_is_there_whatever_the_mood(facts_of):
    when = facts_of(
        "The rebel offensive will begin when the Sudanese army in Omdurman has been defeated."
    )
    assert rows(when) == {("Sudan", "army", None, "Omdurman", "reported")}
    could = facts_of("The Peruvian troops in Tumbes could soon be replaced.")
    assert rows(could) == {("Peru", "troops", None, "Tumbes", "reported")}
    # any troops there are hypothetical
    anyone = facts_of("Any Chilean troops in Bolivia would be legitimate targets.")
    assert rows(anyone) == {("Chile", "troops", None, "Bolivia", "possible")}


def test_air_defences_are_a_force(facts_of):
    facts = facts_of("Turkey deployed additional air defences to Kilis on Monday.")
    assert rows(facts) == {("Turkey", "air defences", None, "Kilis", "reported")}
    around = facts_of("Iran has positioned air defenses around the Natanz site.")
    assert rows(around) == {("Iran", "air defenses", None, "around the Natanz site", "reported")}
    # a state's defences are no force
    assert rows(facts_of("Syria's defences in Idlib were weak.")) == set()


def test_a_force_included_in_a_state_s_total_is_no_deployment(facts_of):
    facts = facts_of(
        "Pakistan has about 170 nuclear warheads, including 40 tactical nuclear weapons."
    )
    assert rows(facts) == set()
    # placed, it is a presence
    placed = facts_of("Chile has 12,000 troops, including 3,000 marines in Arica.")
    assert rows(placed) == {("Chile", "marines", 3000, "Arica", "reported")}


def test_forces_operating_along_or_across_a_place_are_there(facts_of):
    along = facts_of(
        "Sudanese forces are conducting offensive operations along the entire front line."
    )
    assert rows(along) == {("Sudan", "forces", None, "along the entire front line", "reported")}
    across = facts_of("Malian soldiers mounted raids across the Liptako region.")
    assert rows(across) == {("Mali", "soldiers", None, "across the Liptako region", "reported")}


def test_forces_on_the_streets_are_there_unless_they_stay_off_them(facts_of):
    patrol = facts_of("Malian soldiers patrolled the streets of Gao on Monday.")
    assert rows(patrol) == {("Mali", "soldiers", None, "the streets of Gao", "reported")}
    campus = facts_of("Bangladeshi police were deployed outside the Dhaka University campus.")
    assert {loc for *_, loc, _ in rows(campus)} == {"outside the Dhaka University campus"}
    assert rows(facts_of("Now Chilean soldiers stay off its streets after the attacks.")) == set()


def test_an_armed_group_named_as_the_subject_of_its_presence_is_its_own_force(facts_of):
    fighting = facts_of("Hezbollah is operating in the Bekaa Valley.")
    assert rows(fighting) == {("Hezbollah", "Hezbollah", None, "the Bekaa Valley", "reported")}
    held = facts_of("The Houthis control the port of Mokha.")
    assert rows(held) == {("Houthis", "Houthis", None, "the port of Mokha", "reported")}
    # a group that speaks somewhere, or strikes from there, is not placed by it
    assert rows(facts_of("Hamas said in Cairo that talks had stalled.")) == set()
    assert rows(facts_of("Hezbollah fired rockets from southern Lebanon.")) == set()
    # a name of a group's form, or a bare name in combat at a named place, though unlisted
    worded = facts_of("The Karen National Liberation Army is fighting in Myawaddy.")
    assert {(d.force, d.location) for d in worded.deployments} == {
        ("Karen National Liberation Army", "Myawaddy")
    }
    bare = facts_of("Fano is fighting in the Gojam region.")
    assert {(d.force, d.location) for d in bare.deployments} == {("Fano", "the Gojam region")}
    assert rows(facts_of("Arsenal is fighting in the Premier League.")) == set()
    assert rows(facts_of("Safaricom operates in the Tigray region.")) == set()


def test_a_counted_force_is_where_its_verb_holds_or_operates(facts_of):
    held = facts_of("About 4,000 Ethiopian troops continue to hold the town of Dolo.")
    assert rows(held) == {("Ethiopia", "troops", 4000, "the town of Dolo", "reported")}
    operating = facts_of("About 2,000 Chadian soldiers are conducting operations in Mao.")
    assert rows(operating) == {("Chad", "soldiers", 2000, "Mao", "reported")}


def test_a_place_hung_on_the_amount_places_the_force(facts_of):
    facts = facts_of("Egypt has massed tens of thousands of troops on the border with Libya.")
    assert rows(facts) == {("Egypt", "troops", None, "the border with Libya", "reported")}


def test_service_members_airmen_and_designated_aircraft_are_forces(facts_of):
    members = facts_of("About 5,000 French service members are stationed in Djibouti.")
    assert rows(members) == {("France", "service members", 5000, "Djibouti", "reported")}
    assert rows(facts_of("Members of parliament arrived in Djibouti.")) == set()
    airmen = facts_of("Italian airmen were deployed to Lithuania.")
    assert rows(airmen) == {("Italy", "airmen", None, "Lithuania", "reported")}
    jets = facts_of("Greek F-16s flew over the Aegean Sea.")
    assert rows(jets) == {("Greece", "f-16s", None, "over the Aegean Sea", "reported")}


def test_people_provided_to_a_place_are_sent_there_arms_are_delivered(facts_of):
    troops = facts_of("Nepal has provided 900 troops to the UN mission in Lebanon.")
    assert rows(troops) == {("Nepal", "troops", 900, "the UN mission in Lebanon", "reported")}
    assert rows(facts_of("Poland supplied tanks to Ukraine.")) == set()
    assert rows(facts_of("Britain provided training to Kenyan troops in Nanyuki.")) == set()
    recipients = facts_of("Allies provide the Kenyan armed forces with drones to take to Somalia.")
    assert rows(recipients) == set()


def test_a_force_on_patrol_or_during_an_operation_is_at_its_place(facts_of):
    patrol = facts_of("Nigerien soldiers on patrol near Tillaberi.")
    assert rows(patrol) == {("Niger", "soldiers", None, "near Tillaberi", "reported")}
    caption = facts_of("Colombian soldiers during an operation in Cauca, March 3, 2024.")
    assert rows(caption) == {("Colombia", "soldiers", None, "Cauca", "reported")}


def test_a_force_targeted_in_a_place_is_no_deployment(facts_of):
    assert rows(facts_of("The Houthis' rocket launchers in Yemen were targeted.")) == set()


def test_a_definite_force_is_the_one_named_before_whoever_is_quoted(facts_of):
    facts = facts_of(
        "Two Chinese bombers flew near Okinawa on Monday. The bombers stayed in the area "
        "near the island for an hour, Japanese officials said."
    )
    assert rows(facts) == {
        ("China", "bombers", 2, "near Okinawa", "reported"),
        ("China", "bombers", None, "the area near the island", "reported"),
    }
    # two owners before leave it open, and with none before there is no owner
    both = facts_of(
        "Chinese and Russian bombers flew near Okinawa. The bombers stayed in the area."
    )
    assert {d.location for d in both.deployments} == {"near Okinawa"}
    assert rows(facts_of("The bombers stayed in the area near the island.")) == set()


def test_a_state_s_named_formation_deploys_for_the_state(facts_of):
    # a unit's own name with no state in it is no actor: the state its sentence gives
    named = facts_of(
        "Chile's army said about 300 soldiers from the 1st Mountain Infantry Brigade would be "
        "sent to the towns of Arica and Putre this week."
    )
    assert rows(named) == {("Chile", "soldiers", 300, "the towns of Arica and Putre", "planned")}
    # or the state named before it, when its sentence names none
    before = facts_of(
        "Peru's army pulled the 36th Division out of the Lima area. The Huascar Brigade has "
        "been redeployed along the Lauca axis, the sources said."
    )
    assert {(a, f) for a, f, *_ in rows(before)} == {("Peru", "Huascar Brigade")}


def test_a_place_phrase_ends_before_a_time_a_comma_clause_or_a_force(facts_of):
    ahead = facts_of("Ecuador has deployed 900 soldiers to its border with Peru ahead of a vote.")
    assert [d.location for d in ahead.deployments] == ["its border with Peru"]
    where = facts_of(
        "Peru sent 2,500 troops to the department of Cusco, where rebels have stepped up attacks."
    )
    assert [d.location for d in where.deployments] == ["the department of Cusco"]


def test_a_convoy_brings_the_force_it_carries(facts_of):
    facts = facts_of("A convoy carrying 400 Chilean troops arrived in Arica on Tuesday.")
    assert rows(facts) == {("Chile", "troops", 400, "Arica", "reported")}
    # a convoy of goods is no force
    goods = facts_of("A convoy carrying food arrived in Arica on Tuesday.")
    assert goods.deployments == []


def test_prepositions_that_share_a_place_and_a_prefixed_ship_s_state(facts_of):
    shared = facts_of("Bolivia has about 1,300 troops in and around Oruro.")
    assert rows(shared) == {("Bolivia", "troops", 1300, "in and around Oruro", "reported")}
    ship = facts_of("The destroyer USS Mason was already operating in the northern Arabian Sea.")
    assert rows(ship) == {
        ("United States", "destroyer", None, "the northern Arabian Sea", "reported")
    }


def test_a_force_held_by_coordinated_states_is_each_one_s(facts_of):
    facts = facts_of("Both Peru and Chile maintain an estimated 50,000 troops each in the desert.")
    assert {a for a, *_ in rows(facts)} == {"Peru", "Chile"}


def test_a_move_is_placed_where_it_goes_not_where_it_left(facts_of):
    facts = facts_of("Peru sent 300 troops from Cusco to Puno.")
    assert rows(facts) == {("Peru", "troops", 300, "Puno", "reported")}


def test_a_force_at_a_guard_post_is_there(facts_of):
    bare = facts_of("Paraguayan soldiers at a checkpoint near Pedro Juan Caballero in May.")
    assert rows(bare) == {
        ("Paraguay", "soldiers", None, "a checkpoint near Pedro Juan Caballero", "reported")
    }
    stand = facts_of("Guatemalan troops stand at a roadblock outside Coban on Friday.")
    assert rows(stand) == {("Guatemala", "troops", None, "a roadblock outside Coban", "reported")}
    # a base the post's road runs to is a place, not a second force of the same state
    road = facts_of(
        "Guatemalan police stand at a checkpoint on the road leading to the Zacapa air base."
    )
    assert {d.force for d in road.deployments} <= {"police"}
    # leaving a post, or an attack on one, places no one there
    left = facts_of("Paraguayan troops withdrew from a checkpoint near Concepcion on Monday.")
    assert rows(left) == set()
    stormed = facts_of("Militants stormed a Honduran army outpost near Choluteca on Sunday.")
    assert rows(stormed) == set()


def test_the_forces_an_exercise_involves_are_where_it_is_held(facts_of):
    navy = facts_of(
        "Chile's navy held drills in the Strait of Magellan last week involving fast-attack "
        "boats, drones and anti-ship missiles."
    )
    # one entry for the list, under the service's state; the service holding it is not placed
    assert rows(navy) == {
        ("Chile", "fast-attack boats", None, "the Strait of Magellan", "reported")
    }
    comma = facts_of(
        "Bolivia held military exercises in the Beni region last week, involving tanks and "
        "artillery."
    )
    assert rows(comma) == {("Bolivia", "tanks", None, "the Beni region", "reported")}
    # an exercise held nowhere named, or involving no force, places no one
    nowhere = facts_of("Venezuela will hold military exercises involving tactical missiles.")
    assert rows(nowhere) == set()
    attack = facts_of("The Uruguayan exercise in Rivera involved a simulated attack on a bridge.")
    assert rows(attack) == set()


def test_a_force_a_state_maintains_somewhere_is_there(facts_of):
    # "maintain" is also a verb of saying; with a force as its object it holds the force
    kept = facts_of("The Chilean army also maintains air-defence systems near Iquique.")
    assert rows(kept) == {("Chile", "air-defence systems", None, "near Iquique", "reported")}
    counted = facts_of("Peru maintains about 2,000 soldiers in the Vraem valley.")
    assert rows(counted) == {("Peru", "soldiers", 2000, "the Vraem valley", "reported")}


def test_a_named_ship_in_a_caption_is_where_the_caption_puts_it(facts_of):
    caption = facts_of("The Uruguayan patrol vessel Colonia in the Rio de la Plata.")
    assert rows(caption) == {("Uruguay", "patrol vessel", None, "the Rio de la Plata", "reported")}
    # a ship sold is no deployment
    sold = facts_of("The Peruvian frigate Aguirre, pictured in 2019, was sold to Ecuador.")
    assert rows(sold) == set()
    # the parser may head the caption on the ship's name; a patrol vessel is still a
    # warship there, a cargo vessel is none
    for text, state, sea in (
        ("The Pakistani patrol vessel Valiant in the Arabian Sea.", "Pakistan", "the Arabian Sea"),
        (
            "The Azerbaijani patrol vessel Valiant in the Caspian Sea.",
            "Azerbaijan",
            "the Caspian Sea",
        ),
    ):
        assert rows(facts_of(text)) == {(state, "patrol vessel", None, sea, "reported")}, text
    cargo = facts_of("The Pakistani cargo vessel Valiant in the Arabian Sea.")
    assert rows(cargo) == set()


def test_posts_a_state_reinforces_or_sets_up_are_its_forces_there(facts_of):
    its = facts_of("Bolivia is understood to have reinforced its positions around Tupiza.")
    assert rows(its) == {("Bolivia", "positions", None, "around Tupiza", "reported")}
    outposts = facts_of("Paraguay has reinforced the border outposts at Pozo Hondo.")
    assert rows(outposts) == {("Paraguay", "border outposts", None, "Pozo Hondo", "reported")}
    # a position in talks or in a market, and an attack on positions, hold no one
    talks = facts_of("Bolivia reinforced its position in the talks in Lima.")
    assert rows(talks) == set()
    market = facts_of("Chile has strengthened its position as the largest copper exporter.")
    assert rows(market) == set()
    attacked = facts_of("Rebels attacked Peruvian positions near Puno on Monday.")
    assert rows(attacked) == set()
    # roadblocks and checkpoints set up, mounted or erected are manned where they stand;
    # the soldiers who man them are the same fact
    roadblocks = facts_of("Malawian soldiers set up roadblocks around Mzuzu on Sunday.")
    assert rows(roadblocks) == {("Malawi", "roadblocks", None, "around Mzuzu", "reported")}
    mounted = facts_of("Ghanaian soldiers had mounted checkpoints on the Tamale-Bolga road.")
    assert rows(mounted) == {("Ghana", "checkpoints", None, "the Tamale-Bolga road", "reported")}
    # an attack mounted is no post
    assert rows(facts_of("Ghanaian soldiers mounted an attack on the town of Bawku.")) == set()


def test_a_detachment_is_a_body_sent_like_a_contingent(facts_of):
    sent = facts_of(
        "Uruguay and Paraguay would send smaller detachments to Bolivia, the ministry said."
    )
    assert rows(sent) == {
        ("Uruguay", "smaller detachments", None, "Bolivia", "planned"),
        ("Paraguay", "smaller detachments", None, "Bolivia", "planned"),
    }
    # a detachment of no force is none
    press = facts_of("A detachment of journalists arrived in Asuncion on Monday.")
    assert rows(press) == set()


def test_a_place_runs_on_through_where_it_lies(facts_of):
    # the parser hangs "in ...", "just outside ...", ", near ..." on the verb or the force
    # beside the place; the article's wording of the location runs on through them
    region = facts_of("Kenya has moved two battalions into Marsabit County in northern Kenya.")
    assert {loc for *_, loc, _ in rows(region)} == {"Marsabit County in northern Kenya"}
    zone = facts_of(
        "Vietnamese coast guard ships have been spotted in the contiguous zone just outside "
        "Cambodian territorial waters."
    )
    assert {loc for *_, loc, _ in rows(zone)} == {
        "the contiguous zone just outside Cambodian territorial waters"
    }
    comma = facts_of(
        "Ghana will rotate its contingent into the north-east, near the border with Togo."
    )
    assert {loc for *_, loc, _ in rows(comma)} == {"the north-east, near the border with Togo"}
    # a time, a purpose or a force after the place is no part of it
    timed = facts_of("Kenya moved two battalions into Marsabit County in March.")
    assert {loc for *_, loc, _ in rows(timed)} == {"Marsabit County"}
    show = facts_of("Kenya moved two battalions into Marsabit County in a show of force.")
    assert {loc for *_, loc, _ in rows(show)} == {"Marsabit County"}


def test_a_navy_s_prefix_names_the_ship_s_state(facts_of):
    # the prefix is its navy's, never an actor of its own
    for text, state in (
        ("KNM Fridtjof Nansen was sailing near the Lofoten Islands on Monday.", "Norway"),
        ("SLNS Sayura arrived at the port of Galle on Tuesday.", "Sri Lanka"),
        ("INS Kolkata was deployed to the Gulf of Aden last week.", "India"),
        ("ITS Carlo Bergamini was operating in the Ionian Sea.", "Italy"),
    ):
        assert {a for a, *_ in rows(facts_of(text))} == {state}, text
    # a prefix two navies use is the one's the article mentions
    swedish = facts_of(
        "Sweden raised its readiness on Monday. The corvette HMS Visby was patrolling near Gotland."
    )
    assert {a for a, *_ in rows(swedish)} == {"Sweden"}
    # a headline in capitals names no ship
    caps = facts_of("RUSSIA MASSES TROOPS AS IT SETS ITS SIGHTS ON THE EAST")
    assert {f for _, f, *_ in rows(caps)} <= {"troops"}


def test_a_region_named_after_a_comma_is_part_of_the_place(facts_of):
    region = facts_of("Chad sent 300 soldiers to Abeche, Ouaddai province, on Monday.")
    assert {loc for *_, loc, _ in rows(region)} == {"Abeche, Ouaddai province"}
    state = facts_of("Britain sent 200 soldiers to Kabul, Afghanistan, last year.")
    assert {loc for *_, loc, _ in rows(state)} == {"Kabul, Afghanistan"}
    # what is said of the place is no part of it
    said = facts_of("Russia moved 500 troops to Rostov, a large city in the south.")
    assert {loc for *_, loc, _ in rows(said)} == {"Rostov"}


def test_a_named_operation_is_placed_where_it_is_fought(facts_of):
    # a caption: the operation's name and date are no part of the place
    caption = facts_of(
        "Indian commandos take part in Operation Sindoor in northern Kashmir, May 7."
    )
    assert {loc for *_, loc, _ in rows(caption)} == {"northern Kashmir"}
    # a town in a region is not the region's presence repeated
    town = facts_of(
        "Kenya sent troops to Mandera County in 2021. Pic: Kenyan soldiers on patrol near "
        "Elwak, Mandera County."
    )
    assert {loc for *_, loc, _ in rows(town)} == {"Mandera County", "near Elwak, Mandera County"}


def test_a_move_announced_as_under_way_is_reported(facts_of):
    facts = facts_of("Chile announced on Monday that it was sending 3,000 troops to Arica.")
    assert rows(facts) == {("Chile", "troops", 3000, "Arica", "reported")}
    ordered = facts_of("Chile ordered 2,000 troops to deploy to Arica.")
    assert rows(ordered) == {("Chile", "troops", 2000, "Arica", "planned")}


def test_without_denies_only_the_phrase_it_governs(facts_of):
    facts = facts_of("Bolivia moved 2,000 troops to Oruro without warning, the ministry said.")
    assert rows(facts) == {("Bolivia", "troops", 2000, "Oruro", "reported")}
    kept = facts_of("Bolivia said it would defend its border without sending troops to Oruro.")
    assert {d.modality for d in kept.deployments} == {"denied"}


def test_a_relative_clause_on_the_speaker_is_no_claim_of_its_own(facts_of):
    facts = facts_of(
        "The Tarija Liberation Front, which has 3,000 fighters in Yacuiba, said it would keep"
        " fighting."
    )
    assert rows(facts) == {("Tarija Liberation Front", "fighters", 3000, "Yacuiba", "reported")}


def test_forces_due_to_join_are_planned(facts_of):
    facts = facts_of("Three Chilean destroyers are due to arrive in Callao next week.")
    assert {(d.force, d.modality) for d in facts.deployments} == {("destroyers", "planned")}
    told = facts_of(
        "A navy source told reporters that two more Peruvian frigates were due to join the"
        " patrol near Callao later this month."
    )
    assert {(d.force, d.modality) for d in told.deployments} == {("frigates", "planned")}


def test_a_force_on_standby_is_possible_without_a_purpose(facts_of):
    facts = facts_of("Chilean radar units in Arica had also been placed on standby, he added.")
    assert {d.modality for d in facts.deployments} <= {"possible"}
    kept = facts_of("Peruvian marines in Tumbes were kept on standby on Monday.")
    assert {d.modality for d in kept.deployments} <= {"possible"}


def test_a_force_that_trains_itself_somewhere_is_there(facts_of):
    own = facts_of("Chilean troops trained near Arica last week.")
    assert {(own.actors[d.actor].name, d.location) for d in own.deployments} == {
        ("Chile", "near Arica")
    }
    # training others, or being trained, places no one
    others = facts_of("Chilean instructors trained Peruvian troops near Arica.")
    assert others.deployments == []


def test_a_gap_or_a_plain_with_its_name_is_a_place(facts_of):
    gap = facts_of("Chilean and Peruvian troops held a joint drill near the Tacna gap on Thursday.")
    assert {(gap.actors[d.actor].name, d.location) for d in gap.deployments} == {
        ("Chile", "near the Tacna gap"),
        ("Peru", "near the Tacna gap"),
    }


def test_a_move_conjoined_to_a_withdrawal_is_still_a_move(facts_of):
    facts = facts_of("Chile is pulling armor out of Arica and sending fresh units to Tacna.")
    assert rows(facts) == {("Chile", "fresh units", None, "Tacna", "reported")}
    # the withdrawal itself places nothing
    back = facts_of("Chile withdrew armor from Arica and sent fresh units into Tacna.")
    assert {d.location for d in back.deployments} == {"Tacna"}
    # verbs that share one object are one clause: "killed or captured" places no one
    shared = facts_of("Chilean forces killed, injured or captured 5,000 Peruvian troops.")
    assert shared.deployments == []


def test_a_denial_denies_its_complement_not_a_clause_beside_it(facts_of):
    # ``modality._worded``: "denied the report, saying ...", "denied the claim and said ..."
    for text in (
        "Moscow denied the report and said its troops were in Abkhazia to keep the peace.",
        "Moscow denied the report, saying its troops had been sent to Abkhazia only for drills.",
    ):
        assert {d.modality for d in facts_of(text).deployments} == {"reported"}, text
    for text in (
        "Russia denied sending troops to Abkhazia.",
        "The ministry denied that units of the Georgian army had been deployed to the border.",
    ):
        assert {d.modality for d in facts_of(text).deployments} == {"denied"}, text


def test_a_wire_services_bracketed_tag_owns_no_force(facts_of):
    # ``bystanders.wire_tag``: "(LEAD)", "(2nd LD)" before a headline are editing notes
    for tag in ("(LEAD)", "(2nd LD)"):
        facts = facts_of(
            f"{tag} U.S. aircraft carrier arrives in Valparaiso ahead of trilateral exercise"
            " with Peru, Chile\n\nSANTIAGO, June 22 (Xinhua) -- The carrier docked at the"
            " naval base on Saturday, the navy said."
        )
        found = {(facts.actors[d.actor].name, d.location) for d in facts.deployments}
        assert ("United States", "Valparaiso") in found, tag
        assert {name for name, _ in found} == {"United States"}, tag


def test_a_mission_made_up_of_forces_from_states_deploys_each_states(facts_of):
    # ``compositions.members``: "made up of", "comprising", "composed of" + "from" states
    for text in (
        "The regional mission, made up of soldiers from Zambia, Angola and Namibia, has been"
        " deployed to Cabo Delgado since March.",
        "The force, comprising soldiers from Zambia, Angola and Namibia, was deployed to Cabo"
        " Delgado in March.",
    ):
        assert rows(facts_of(text)) == {
            (state, "soldiers", None, "Cabo Delgado", "reported")
            for state in ("Zambia", "Angola", "Namibia")
        }, text
    composed = facts_of(
        "The brigade, composed of troops from Zambia and Angola, was sent to Cabo Delgado."
    )
    assert {(composed.actors[d.actor].name, d.force) for d in composed.deployments} == {
        ("Zambia", "troops"),
        ("Angola", "troops"),
    }
    # "comprising troops from X and Y" with the 'from' the parser hangs on the verb
    joint = facts_of("A joint force comprising troops from Zambia and Angola was sent to Tete.")
    assert {(joint.actors[d.actor].name, d.location) for d in joint.deployments} == {
        ("Zambia", "Tete"),
        ("Angola", "Tete"),
    }
    # members from no state are no one's
    assert (
        facts_of("The brigade, composed of conscripts, was sent to Cabo Delgado.").deployments == []
    )


def test_a_list_an_aside_interrupts_still_places_its_first_items(facts_of):
    facts = facts_of(
        "Chad has rushed reserve battalions, armoured columns and, according to Nigerien "
        "officials, freshly recruited conscripts towards its Lac province."
    )
    assert ("Chad", "reserve battalions", None, "its Lac province", "reported") in rows(facts)


def test_a_number_grouped_by_spaces_counts_its_thousands(facts_of):
    # "1 000", South African and French style; a range counts its lower bound
    facts = facts_of("Burundi deployed between 1 000 and 2 000 soldiers to South Kivu.")
    assert rows(facts) == {("Burundi", "soldiers", 1000, "South Kivu", "reported")}
    facts = facts_of("Namibia sent 12 500 troops to the Caprivi Strip.")
    assert rows(facts) == {("Namibia", "troops", 12500, "the Caprivi Strip", "reported")}
