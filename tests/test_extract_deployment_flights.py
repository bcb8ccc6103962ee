"""Craft in flight (``deployments.flights``): drones over or near a place are a force there;
invented sentences with actors and places of no annotated article."""

from tests.deployment_views import rows


def test_drones_flying_over_a_place_are_there(facts_of):
    over = facts_of("Moroccan drones have been flying over Tifariti for weeks.")
    assert rows(over) == {("Morocco", "drones", None, "over Tifariti", "reported")}
    kept = facts_of("Azerbaijani drones continued to fly over Lachin.")
    assert rows(kept) == {("Azerbaijan", "drones", None, "over Lachin", "reported")}


def test_drones_seen_flying_close_to_a_place_are_there(facts_of):
    facts = facts_of("Namibian drones were spotted flying close to Katima Mulilo.")
    assert rows(facts) == {("Namibia", "drones", None, "close to Katima Mulilo", "reported")}


def test_a_time_around_the_clock_is_no_place(facts_of):
    facts = facts_of("Angolan armed drones flew around the clock over the Cabinda forests.")
    assert rows(facts) == {("Angola", "armed drones", None, "over the Cabinda forests", "reported")}


def test_drones_flying_at_a_target_or_downed_are_no_force(facts_of):
    # guard: passes on the old code too
    assert (
        facts_of("Moroccan drones flew toward Tifariti before being shot down.").deployments == []
    )
    assert facts_of("Algeria shot down 40 Moroccan drones over Tindouf.").deployments == []
