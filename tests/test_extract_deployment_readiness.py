"""Deployment readiness, study and hull numbers (session 22; invented sentences, actors and
places of no annotated article): a force put on alert with no place of its own, or on
heightened preparedness, is a possible move; a move a verb of studying has for its
complement is possible; a hull number is no size."""


def _found(facts):
    return {
        (facts.actors[d.actor].name, d.force, d.size, d.location, d.modality)
        for d in facts.deployments
    }


def test_a_force_put_on_alert_or_preparedness_is_possible(facts_of):
    alert = facts_of("Kazakhstan put 4,000 soldiers on heightened alert.")
    assert _found(alert) == {("Kazakhstan", "soldiers", 4000, None, "possible")}
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
    assert _found(sent) == {("Kazakhstan", "soldiers", 4000, "Aktau", "reported")}


def test_a_move_a_verb_of_studying_has_for_its_complement_is_possible(facts_of):
    whether = facts_of("Austria was also studying whether to send fighter jets to Slovenia.")
    assert _found(whether) == {("Austria", "fighter jets", None, "Slovenia", "possible")}
    evaluating = facts_of(
        "The Kenyan army is also evaluating sending an additional brigade to Garissa."
    )
    assert ("Kenya", "brigade", None, "Garissa", "possible") in _found(evaluating)
    deployment = facts_of(
        "The two governments agreed to study the deployment of additional Kenyan police units "
        "along the border."
    )
    assert {d.modality for d in deployment.deployments} == {"possible"}
    # a clause of time beside the study, or a report examined, is no move studied
    before = facts_of("Kenya studied the map before it sent 300 troops to Garissa.")
    assert _found(before) == {("Kenya", "troops", 300, "Garissa", "reported")}
    reports = facts_of(
        "Analysts examined reports that Bolivia had moved 9,000 troops to the border."
    )
    assert {d.modality for d in reports.deployments} == {"reported"}


def test_a_hull_number_after_the_force_is_no_size(facts_of):
    hulls = facts_of("Indonesian coast guard vessels 5102 and 5203 sailed near the Natuna Islands.")
    assert [(d.size, d.location) for d in hulls.deployments] == [(None, "near the Natuna Islands")]
    counted = facts_of("Vietnam sent 12 patrol boats to the Spratly Islands.")
    assert [d.size for d in counted.deployments] == [12]
