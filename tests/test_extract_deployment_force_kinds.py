"""Session 28 force vocabulary: soldiers named by their arm, warships, aircraft and guns of
kinds no table named, and reserves and assets a state sends somewhere. Invented sentences,
with actors and places of no annotated article."""

from tests.deployment_views import rows


def test_soldiers_named_by_their_arm_are_a_force(facts_of):
    rangers = facts_of("Pakistan moved 500 rangers to Karachi.")
    assert rows(rangers) == {("Pakistan", "rangers", 500, "Karachi", "reported")}
    sappers = facts_of("Peru sent 200 sappers to Puno.")
    assert rows(sappers) == {("Peru", "sappers", 200, "Puno", "reported")}
    carabinieri = facts_of("Italy deployed 300 carabinieri to Lampedusa.")
    assert rows(carabinieri) == {("Italy", "carabinieri", 300, "Lampedusa", "reported")}


def test_warships_aircraft_and_guns_of_every_kind_are_a_force(facts_of):
    ships = facts_of("Greece deployed two battleships and three cruisers to the Aegean.")
    assert rows(ships) == {
        ("Greece", "battleships", 2, "the Aegean", "reported"),
        ("Greece", "cruisers", 3, "the Aegean", "reported"),
    }
    cutters = facts_of("Taiwan sent two cutters to Kinmen.")
    assert rows(cutters) == {("Taiwan", "cutters", 2, "Kinmen", "reported")}
    gunships = facts_of("Pakistan deployed helicopter gunships over the Tirah valley.")
    assert rows(gunships) == {
        ("Pakistan", "helicopter gunships", None, "over the Tirah valley", "reported")
    }
    howitzers = facts_of("Serbia moved howitzers to the border near Raska.")
    assert rows(howitzers) == {("Serbia", "howitzers", None, "the border near Raska", "reported")}
    guns = facts_of("Peru moved anti-aircraft guns to Tacna.")
    assert rows(guns) == {("Peru", "anti-aircraft guns", None, "Tacna", "reported")}
    # arms sent to another state are a delivery, not a deployment
    assert not facts_of("The United States sent howitzers to Ukraine.").deployments


def test_reserves_and_assets_sent_somewhere_are_a_force(facts_of):
    reserves = facts_of("Ukraine moved reserves to the Zaporizhzhia region.")
    assert rows(reserves) == {("Ukraine", "reserves", None, "the Zaporizhzhia region", "reported")}
    assets = facts_of("France deployed naval assets to the eastern Mediterranean.")
    assert rows(assets) == {
        ("France", "naval assets", None, "the eastern Mediterranean", "reported")
    }
    # reserves and assets that no verb sends anywhere are none
    assert not facts_of("Norway has large oil reserves in the North Sea.").deployments
    assert not facts_of("The firm moved its assets to a trust in Jersey.").deployments


def test_aircraft_named_in_the_plural_by_their_type_are_a_force(facts_of):
    rafales = facts_of("France sent four Rafales to Poland.")
    assert rows(rafales) == {("France", "rafales", 4, "Poland", "reported")}
    gripens = facts_of("Hungary deployed four Gripens to the Papa air base.")
    assert rows(gripens) == {("Hungary", "gripens", 4, "the Papa air base", "reported")}
    # storms are none
    assert not facts_of("Two typhoons approached Luzon this week.").deployments
