"""Build-up and stand-off frames (session 13): invasions spoken of (no deployment), counts given
of a force, forces readied for a place, named warships, wire datelines, gapped lists and
coordinated owners. Invented sentences, with actors and places of no annotated article."""

from tests.deployment_views import rows


def _placed(facts):
    return {(facts.actors[d.actor].name, d.location, d.modality) for d in facts.deployments}


def test_an_invasion_spoken_of_without_a_force_is_no_deployment(facts_of):
    # the seed gold leaves out an invasion feared, accused or conditional, and names forces
    # for a possible move ("100,000 troops could take part in an offensive"): an invasion
    # verb or noun with no force noun places no force (decided in session 13)
    for text in (
        "Venezuela could invade Guyana at any moment, officials warned.",
        "Eritrea has denied it plans to invade Tigray.",
        "Analysts say China could launch an invasion of Taiwan within years.",
        "Azerbaijan insists it has no intention of invading Armenia.",
        "Iraq invaded Kuwait in 1990.",
        "Since Ethiopia's invasion of Somalia, prices have soared.",
        "Fears of a Venezuelan invasion have grown in Georgetown.",
        "Analysts warned that an invasion of Taiwan could come within years.",
        "The crisis may have forced Serbia to invade.",
        "Over 90,000 soldiers would invade another country, the senator said.",
        "Belgrade and Pristina accuse Tirana of preparing an invasion.",
        "The EU threatened sanctions if Serbia invades Kosovo.",
        "If Caracas decides to invade, Guyana will retaliate without hesitation.",
    ):
        assert rows(facts_of(text)) == set(), text


def test_a_count_given_of_a_force_is_its_size_where_its_phrase_places_it(facts_of):
    put = facts_of("Diplomats put the number of Eritrean soldiers near Zalambessa at 9,000.")
    assert rows(put) == {("Eritrea", "soldiers", 9000, "near Zalambessa", "reported")}
    ranged = facts_of(
        "One analyst put the number of Rwandan troops in Ituri at between 3,000 and 4,000."
    )
    assert rows(ranged) == {("Rwanda", "troops", 3000, "Ituri", "reported")}
    estimated = facts_of("The number of Turkish soldiers in Idlib is estimated at 5,000.")
    assert rows(estimated) == {("Turkey", "soldiers", 5000, "Idlib", "reported")}
    risen = facts_of("The number of US troops in Romania has risen to 4,700.")
    assert rows(risen) == {("United States", "troops", 4700, "Romania", "reported")}
    # a loss counted is no deployment
    lost = facts_of("The number of Israeli soldiers killed in Rafah has risen to 40.")
    assert rows(lost) == set()


def test_a_force_readied_for_a_place_is_a_possible_move_there(facts_of):
    standby = facts_of("The Pentagon placed 3,000 troops on standby for the Middle East.")
    assert rows(standby) == {("United States", "troops", 3000, "the Middle East", "possible")}
    orders = facts_of(
        "Britain has put its 16th Air Assault Brigade on prepare-to-deploy orders for Cyprus."
    )
    assert _placed(orders) == {("United Kingdom", "Cyprus", "possible")}
    to_deploy = facts_of("Canada has put 1,200 troops on standby to deploy to Latvia.")
    assert rows(to_deploy) == {("Canada", "troops", 1200, "Latvia", "possible")}


def test_a_ship_its_navy_s_prefix_names_is_a_force_of_that_state(facts_of):
    sent = facts_of("Australia is sending HMAS Arunta to the Red Sea.")
    assert _placed(sent) == {("Australia", "the Red Sea", "reported")}
    alone = facts_of("The patrol vessel HMS Forth is expected to arrive off Stanley next week.")
    assert _placed(alone) == {("United Kingdom", "off Stanley", "planned")}
    # a ship named beside its kind is one ship, and an order sends it
    ordered = facts_of("Washington ordered a second carrier, the USS Nimitz, to the Gulf of Oman.")
    assert rows(ordered) == {
        ("United States", "second carrier", None, "the Gulf of Oman", "reported")
    }


def test_a_wire_dateline_is_not_the_subject(facts_of):
    facts = facts_of(
        "HANOI, May 3 - China sent 14 warships near the Paracel Islands on Friday, "
        "the Vietnamese navy said."
    )
    assert rows(facts) == {("China", "warships", 14, "near the Paracel Islands", "reported")}


def test_a_listed_force_with_no_owner_is_the_first_one_s(facts_of):
    facts = facts_of(
        "Japan's defence ministry said it tracked 11 Russian bombers and four naval vessels "
        "near Hokkaido."
    )
    assert _placed(facts) == {("Russia", "near Hokkaido", "reported")}
    assert {d.size for d in facts.deployments} == {11, 4}


def test_gapped_lists_give_each_count_and_force_its_own_place(facts_of):
    counts = facts_of("France will send 800 soldiers to Estonia and 300 to Romania.")
    assert rows(counts) == {
        ("France", "soldiers", 800, "Estonia", "planned"),
        ("France", "soldiers", 300, "Romania", "planned"),
    }
    stationed = facts_of("Some 1,800 Dutch troops are stationed in Lithuania and 400 in Romania.")
    assert {(d.size, d.location) for d in stationed.deployments} == {
        (1800, "Lithuania"),
        (400, "Romania"),
    }
    forces = facts_of("Jordan has stationed tanks in Mafraq and 900 troops near Ramtha.")
    assert rows(forces) == {
        ("Jordan", "tanks", None, "Mafraq", "reported"),
        ("Jordan", "troops", 900, "near Ramtha", "reported"),
    }


def test_coordinated_senders_each_send(facts_of):
    facts = facts_of("Chad and Niger are preparing to send 1,500 troops to Menaka.")
    assert rows(facts) == {
        ("Chad", "troops", 1500, "Menaka", "planned"),
        ("Niger", "troops", 1500, "Menaka", "planned"),
    }
    # a force its own owner names is that owner's alone
    own = facts_of("Russia and Belarus agreed to place Moscow's nuclear weapons in Belarus.")
    assert {own.actors[d.actor].name for d in own.deployments} == {"Russia"}


def test_senders_a_pronoun_takes_up_each_send(facts_of):
    facts = facts_of(
        "Chile, Peru and Uruguay have announced they would send frigates to the region."
    )
    assert {(facts.actors[d.actor].name, d.location) for d in facts.deployments} == {
        ("Chile", "the region"),
        ("Peru", "the region"),
        ("Uruguay", "the region"),
    }


def test_number_words_give_a_size(facts_of):
    words = facts_of("Around seven hundred Ghanaian peacekeepers arrived in Juba.")
    assert rows(words) == {("Ghana", "peacekeepers", 700, "Juba", "reported")}
    pair = facts_of("The US flew a pair of B-2 bombers to Diego Garcia.")
    assert {d.size for d in pair.deployments} == {2}
    dozen = facts_of("A dozen Chinese coast guard ships were anchored near the atoll.")
    assert {d.size for d in dozen.deployments} == {12}


def test_ships_calling_at_a_place_and_foreign_police_staying_are_there(facts_of):
    passive = facts_of("Havana was visited by a Russian frigate last week.")
    assert _placed(passive) == {("Russia", "Havana", "reported")}
    active = facts_of("An Indian destroyer visited Colombo on Monday.")
    assert _placed(active) == {("India", "Colombo", "reported")}
    police = facts_of("Hundreds of Rwandan police officers remain in Bangui.")
    assert _placed(police) == {("Rwanda", "Bangui", "reported")}
    # a visit by people, or police at work at home, places no force
    assert rows(facts_of("President Ruto visited Port-au-Prince on Monday.")) == set()
    assert rows(facts_of("Ghanaian police arrested three men in Accra.")) == set()


def test_a_joint_exercise_places_each_side_s_ships(facts_of):
    facts = facts_of("Iranian and Russian warships began a joint exercise in the Gulf of Oman.")
    assert _placed(facts) == {
        ("Iran", "the Gulf of Oman", "reported"),
        ("Russia", "the Gulf of Oman", "reported"),
    }


def test_arms_traded_and_a_base_as_a_place_are_no_deployment(facts_of):
    assert rows(facts_of("Washington approved the sale of 24 F-16 jets to Vietnam.")) == set()
    base = facts_of("Israel has stationed drones at the Ramon air base in the Negev.")
    assert {d.force for d in base.deployments} == {"drones"}


def test_a_fronted_place_yields_to_the_move_s_own(facts_of):
    facts = facts_of("In Syria, Turkish troops have moved into the buffer zone near Kobani.")
    assert _placed(facts) == {("Turkey", "the buffer zone near Kobani", "reported")}
    distance = facts_of(
        "Serbia has moved 4,000 troops to within 10 kilometres of the Kosovo border."
    )
    assert _placed(distance) == {
        ("Serbia", "within 10 kilometres of the Kosovo border", "reported")
    }


def test_a_force_moved_in_a_sentence_naming_no_one_is_the_last_mover_s(facts_of):
    facts = facts_of(
        "Serbia has massed 6,000 troops near the Kosovo border. Satellite images showed "
        "tanks being positioned near the town of Raska."
    )
    assert _placed(facts) == {
        ("Serbia", "near the Kosovo border", "reported"),
        ("Serbia", "near the town of Raska", "reported"),
    }
    # a sub-heading takes no owner from the sentence before
    heading = facts_of(
        "Serbia has massed 6,000 troops near Raska.\n\nTanks positioned near Nis\n\n"
    )
    assert _placed(heading) == {("Serbia", "near Raska", "reported")}


def test_a_force_of_a_number_counts_it(facts_of):
    force = facts_of("Venezuela has amassed a force of more than 15,000 along the Essequibo.")
    assert {(d.size, d.location) for d in force.deployments} == {(15000, "along the Essequibo")}
    contingent = facts_of("Burundi will send a contingent of 800 to Mogadishu.")
    assert rows(contingent) == {("Burundi", "contingent", 800, "Mogadishu", "planned")}
    assert rows(facts_of("A contingent of reporters arrived in Mogadishu.")) == set()
    sweeper = facts_of("Norway said it would send a minesweeper to the Baltic Sea.")
    assert _placed(sweeper) == {("Norway", "the Baltic Sea", "planned")}


def test_a_force_taking_part_in_an_exercise_is_where_the_exercise_is(facts_of):
    facts = facts_of("Some 4,000 Egyptian soldiers are taking part in exercises in Sinai.")
    assert rows(facts) == {("Egypt", "soldiers", 4000, "Sinai", "reported")}
    talks = facts_of("The Egyptian minister took part in talks in Geneva.")
    assert rows(talks) == set()


def test_a_move_the_sentence_calls_unverified_is_a_claim(facts_of):
    facts = facts_of(
        "Mali said it had deployed 600 soldiers to Kidal, a claim that could not be "
        "independently verified."
    )
    assert rows(facts) == {("Mali", "soldiers", 600, "Kidal", "claimed")}
    confirmed = facts_of("Mali sent 600 soldiers to Kidal, officials confirmed.")
    assert rows(confirmed) == {("Mali", "soldiers", 600, "Kidal", "reported")}


def test_a_force_counted_in_an_amount_with_no_number_is_placed(facts_of):
    seen = facts_of("A team of Chilean military advisers was seen at the Arica base.")
    assert {(seen.actors[d.actor].name, d.location) for d in seen.deployments} == {
        ("Chile", "the Arica base")
    }
    kept = facts_of("Chile keeps a handful of soldiers in Arica.")
    assert {(kept.actors[d.actor].name, d.location) for d in kept.deployments} == {
        ("Chile", "Arica")
    }


def test_a_unit_seen_doing_something_somewhere_is_there(facts_of):
    seen = facts_of("A battalion of Chilean marines was observed exercising near Iquique.")
    assert {(seen.actors[d.actor].name, d.location) for d in seen.deployments} == {
        ("Chile", "near Iquique")
    }
    spotted = facts_of("A battalion of Chilean marines was spotted near Iquique.")
    assert {(spotted.actors[d.actor].name, d.location) for d in spotted.deployments} == {
        ("Chile", "near Iquique")
    }
    # seen leaving a place, it is not there
    assert facts_of("Chilean troops were seen withdrawing from Iquique.").deployments == []
