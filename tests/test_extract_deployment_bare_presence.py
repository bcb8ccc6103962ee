"""A bare force placed with any predicate or none is the article's deployer's
(deployments.bare_presence). Invented sentences, with actors and places of no annotated
article."""


def _found(facts):
    return {
        (facts.actors[d.actor].name, d.force, d.size, d.location, d.modality)
        for d in facts.deployments
    }


_LEAD = "Chile moved 3,000 troops to Arica on Monday. Chile also sent two frigates to Iquique. "


def test_a_bare_force_placed_with_any_verb_is_the_article_deployer_s(facts_of):
    facts = facts_of(_LEAD + "Images show four submarines berthed at Antofagasta naval base.")
    assert ("Chile", "submarines", 4, "Antofagasta naval base", "reported") in _found(facts)
    spotted = facts_of(_LEAD + "Several corvettes were spotted in the outer harbour.")
    assert ("Chile", "several corvettes", None, "the outer harbour", "reported") in _found(spotted)
    # a class named for a person is the force's own name, no other side
    named = facts_of(_LEAD + "Images show two Almirante Grau-class frigates moored at Mejillones.")
    assert ("grau-class frigates", "Mejillones") in {
        (d.force, d.location) for d in named.deployments
    }


def test_a_caption_places_a_bare_force_but_not_another_side_s(facts_of):
    far = "Lima hosted talks on trade. The talks ended. Ministers left. Officials met. "
    facts = facts_of(_LEAD + far + "Photo caption: Marines outside the Tacna monastery on Monday.")
    assert ("Chile", "marines", None, "outside the Tacna monastery", "reported") in _found(facts)
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
    assert _found(facts) == {("Peru", "marines", None, "outside the Tacna monastery", "reported")}
    police = facts_of("Photo caption: Bolivian Police special units outside the Oruro monastery.")
    assert {(police.actors[d.actor].name, d.location) for d in police.deployments} == {
        ("Bolivia", "outside the Oruro monastery")
    }
