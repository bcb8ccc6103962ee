"""A bare force placed with any predicate or none is the article's deployer's
(deployments.bare_presence). Invented sentences, with actors and places of no annotated
article."""

from tests.deployment_views import rows

_LEAD = "Chile moved 3,000 troops to Arica on Monday. Chile also sent two frigates to Iquique. "


def test_a_bare_force_placed_with_any_verb_is_the_article_deployer_s(facts_of):
    facts = facts_of(_LEAD + "Images show four submarines berthed at Antofagasta naval base.")
    assert ("Chile", "submarines", 4, "Antofagasta naval base", "reported") in rows(facts)
    spotted = facts_of(_LEAD + "Several corvettes were spotted in the outer harbour.")
    assert ("Chile", "several corvettes", None, "the outer harbour", "reported") in rows(spotted)
    # a class named for a person is the force's own name, no other side
    named = facts_of(_LEAD + "Images show two Almirante Grau-class frigates moored at Mejillones.")
    assert ("grau-class frigates", "Mejillones") in {
        (d.force, d.location) for d in named.deployments
    }


def test_a_caption_places_a_bare_force_but_not_another_side_s(facts_of):
    far = "Lima hosted talks on trade. The talks ended. Ministers left. Officials met. "
    facts = facts_of(_LEAD + far + "Photo caption: Marines outside the Tacna monastery on Monday.")
    assert ("Chile", "marines", None, "outside the Tacna monastery", "reported") in rows(facts)
    # another actor named beside the force: a change of side
    other = facts_of(_LEAD + "Peru said corvettes were spotted in the outer harbour.")
    assert "corvettes" not in {d.force for d in other.deployments}
    # a force linked to a place is not placed there
    linked = facts_of(_LEAD + "Rebels banned vessels linked to Lima.")
    assert "vessels" not in {d.force for d in linked.deployments}
    # a force that leaves a place is withdrawn, not deployed there
    leaving = facts_of(_LEAD + "Sailors on the two platforms are to be replaced by May.")
    assert "sailors" not in {d.force for d in leaving.deployments}


def test_a_caption_places_a_force_its_own_words_give_an_owner(facts_of):
    facts = facts_of("Photo caption: Peruvian marines outside the Tacna monastery on Monday.")
    assert rows(facts) == {("Peru", "marines", None, "outside the Tacna monastery", "reported")}
    police = facts_of("Photo caption: Bolivian Police special units outside the Oruro monastery.")
    assert {(police.actors[d.actor].name, d.location) for d in police.deployments} == {
        ("Bolivia", "outside the Oruro monastery")
    }


def test_each_counted_force_of_a_list_is_placed_where_its_last_item_is(facts_of):
    facts = facts_of(
        _LEAD + "Images show three submarines, two corvettes and several landing ships moored at "
        "Mejillones naval base."
    )
    found = {(d.force, d.size, d.location) for d in facts.deployments}
    assert ("submarines", 3, "Mejillones naval base") in found
    assert ("corvettes", 2, "Mejillones naval base") in found
    # a counted force set beside the placed one
    beside = facts_of(
        _LEAD + "Several corvettes were spotted in the outer harbour, alongside four landing ships."
    )
    assert ("landing ships", 4, "the outer harbour") in {
        (d.force, d.size, d.location) for d in beside.deployments
    }
    # an item with a place of its own keeps it; no count, no entry of its own
    own = facts_of(
        _LEAD + "Images show three submarines in Arica and two corvettes berthed at Mejillones."
    )
    assert ("submarines", 3, "Mejillones") not in {
        (d.force, d.size, d.location) for d in own.deployments
    }


def test_a_designation_makes_a_kit_noun_a_force_and_no_owner(facts_of):
    facts = facts_of(_LEAD + "Two S-300 launchers near Tocopilla were identified on Friday.")
    assert ("Chile", "s-300 launchers", 2, "near Tocopilla", "reported") in rows(facts)
    planes = facts_of(_LEAD + "Two C-130 transports landed at Calama.")
    assert ("Chile", "c-130 transports", 2, "Calama", "reported") in rows(planes)
    # a system with no designation or air-defence word is none
    plain = facts_of(_LEAD + "Two billing systems near Tocopilla were identified.")
    assert "billing systems" not in {d.force for d in plain.deployments}


def test_a_patrol_its_words_give_a_named_body_is_that_body_s_force(facts_of):
    facts = facts_of("Photo caption: A UNIFIL patrol outside the town of Naqoura.")
    assert {(facts.actors[d.actor].name, d.force, d.location) for d in facts.deployments} == {
        ("UNIFIL", "unifil patrol", "outside the town of Naqoura")
    }
    # a bare patrol is none
    bare = facts_of("Photo caption: A patrol outside the town of Naqoura.")
    assert not bare.deployments


def test_a_caption_s_forces_at_a_place_are_a_deployment(facts_of):
    # ``captions``: a 'Photo:' line is site furniture to the actor reader, so a demonym
    # there keys no actor (its state owns the force) and its facts would be dropped; a
    # state force with no owner word is the article's state's
    facts = facts_of(
        "Peru sent 2,000 troops to Ilave on Monday. Peru also moved police units to Yunguyo."
        "\n\nPhoto: Bolivian soldiers near Copacabana on Sunday. Credit: Reuters"
        "\n\nPhoto: Troops on patrol along the Yunguyo highway at dawn. (Photo credit:"
        " social media)"
    )
    found = rows(facts)
    assert ("Bolivia", "soldiers", None, "near Copacabana", "reported") in found
    assert ("Peru", "troops", None, "along the Yunguyo highway", "reported") in found
    # a credit line names no force
    assert len(found) == 4
    # a name on a caption's force that keys no actor is an owner no reading can tell
    named = facts_of(
        "Peru sent 2,000 troops to Ilave on Monday. Peru also moved police units to Yunguyo."
        "\n\nPhoto: EUFOR soldiers at the Copacabana crossing. Photo: Reuters"
    )
    assert all("eufor" not in d.force.lower() for d in named.deployments)
