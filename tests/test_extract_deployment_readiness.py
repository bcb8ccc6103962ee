"""Deployment readiness, study, hull numbers and origins (session 22; invented sentences,
actors and places of no annotated article): a force put on alert with no place of its own,
or on heightened preparedness, is a possible move; a move a verb of studying has for its
complement is possible; a hull number is no size; a participle of a force's usual base is
no deployment; and the owner of an agentless passive comes from the mover of a force of its
kind in the sentence before."""

from tests.deployment_views import rows


def test_a_force_put_on_alert_or_preparedness_is_possible(facts_of):
    alert = facts_of("Kazakhstan put 4,000 soldiers on heightened alert.")
    assert rows(alert) == {("Kazakhstan", "soldiers", 4000, None, "possible")}
    # ("put 600 paratroopers on alert": the parser may hang the state on the force)
    hung = facts_of("Ethiopia put 600 paratroopers on heightened alert on Tuesday.")
    assert {d.modality for d in hung.deployments} == {"possible"}
    # a force put on alert where it is stays there
    along = facts_of(
        "Kazakh border guard units had been placed on high alert along the southern frontier."
    )
    assert {(d.location, d.modality) for d in along.deployments} == {
        ("along the southern frontier", "reported")
    }
    # the state of readiness is no place
    ready = facts_of(
        "Austria placed a range of units in Vienna on heightened preparedness to deploy."
    )
    assert {(d.location, d.modality) for d in ready.deployments} == {("Vienna", "possible")}
    # a move made stays reported
    sent = facts_of("Kazakhstan sent 4,000 soldiers to Aktau.")
    assert rows(sent) == {("Kazakhstan", "soldiers", 4000, "Aktau", "reported")}


def test_a_move_a_verb_of_studying_has_for_its_complement_is_possible(facts_of):
    whether = facts_of("Austria was also studying whether to send fighter jets to Slovenia.")
    assert rows(whether) == {("Austria", "fighter jets", None, "Slovenia", "possible")}
    evaluating = facts_of(
        "The Kenyan army is also evaluating sending an additional brigade to Garissa."
    )
    assert ("Kenya", "brigade", None, "Garissa", "possible") in rows(evaluating)
    deployment = facts_of(
        "The two governments agreed to study the deployment of additional Kenyan police units "
        "along the border."
    )
    assert {d.modality for d in deployment.deployments} == {"possible"}
    # a clause of time beside the study, or a report examined, is no move studied
    before = facts_of("Kenya studied the map before it sent 300 troops to Garissa.")
    assert rows(before) == {("Kenya", "troops", 300, "Garissa", "reported")}
    reports = facts_of(
        "Analysts examined reports that Bolivia had moved 9,000 troops to the border."
    )
    assert {d.modality for d in reports.deployments} == {"reported"}


def test_a_hull_number_after_the_force_is_no_size(facts_of):
    hulls = facts_of("Indonesian coast guard vessels 5102 and 5203 sailed near the Natuna Islands.")
    assert [(d.size, d.location) for d in hulls.deployments] == [(None, "near the Natuna Islands")]
    counted = facts_of("Vietnam sent 12 patrol boats to the Spratly Islands.")
    assert [d.size for d in counted.deployments] == [12]


def test_a_participle_of_the_force_s_usual_base_is_no_deployment(facts_of):
    usual = facts_of(
        "A Kenyan battalion, normally stationed in the north of the country, has been moved "
        "to Mombasa."
    )
    assert rows(usual) == {("Kenya", "battalion", None, "Mombasa", "reported")}
    # a base the participle states as the force's present one is a deployment of its own
    present = facts_of("A Kenyan battalion stationed in Nakuru was moved to Mombasa.")
    assert {d.location for d in present.deployments} == {"Nakuru", "Mombasa"}


def test_an_agentless_passive_takes_the_mover_of_a_force_of_its_kind_before(facts_of):
    # two movers before (troops and boats): the one of a force of the passive's kind; a
    # town named in a clause of its own ("residents of X posted") names no mover
    text = (
        "The Estonian army sent extra troops to Saaremaa, after two Russian boats were seen "
        "off the coast. Several hundred soldiers were moved to the island on Thursday, among "
        "them units from the Parnu Regiment, and residents of Kuressaare posted pictures on "
        "social media."
    )
    assert ("Estonia", "soldiers", None, "the island", "reported") in rows(facts_of(text))
    norway = text.replace("Estonian", "Norwegian").replace("Saaremaa", "Senja")
    norway = norway.replace("Parnu", "Tromso").replace("Kuressaare", "Tromso")
    assert ("Norway", "soldiers", None, "the island", "reported") in rows(facts_of(norway))
