"""Kinds of force no general noun names: soldiers named by their arm, warships, aircraft and
guns of particular kinds, reserves and assets a state sends somewhere; and the same words
where they name no force (a rescue helicopter, gold reserves, a fund's assets). Invented
sentences, whose places no annotated article names."""

from tests.deployment_views import rows


def test_soldiers_named_by_their_arm_are_a_force(facts_of):
    rangers = facts_of("Pakistan moved 500 rangers to Karachi.")
    assert rows(rangers) == {("Pakistan", "rangers", 500, "Karachi", "reported")}
    sappers = facts_of("Bolivia sent 200 sappers to Oruro.")
    assert rows(sappers) == {("Bolivia", "sappers", 200, "Oruro", "reported")}
    carabinieri = facts_of("Italy deployed 300 carabinieri to Lampedusa.")
    assert rows(carabinieri) == {("Italy", "carabinieri", 300, "Lampedusa", "reported")}


def test_warships_aircraft_and_guns_of_every_kind_are_a_force(facts_of):
    ships = facts_of("Greece deployed two battleships and three cruisers to the Ionian Sea.")
    assert rows(ships) == {
        ("Greece", "battleships", 2, "the Ionian Sea", "reported"),
        ("Greece", "cruisers", 3, "the Ionian Sea", "reported"),
    }
    cutters = facts_of("Indonesia sent two coast guard cutters to Kupang.")
    assert rows(cutters) == {("Indonesia", "coast guard cutters", 2, "Kupang", "reported")}
    gunships = facts_of("Pakistan deployed helicopter gunships over the Tirah valley.")
    assert rows(gunships) == {
        ("Pakistan", "helicopter gunships", None, "over the Tirah valley", "reported")
    }
    helicopter = facts_of("Pakistan sent an army helicopter to Karachi.")
    assert rows(helicopter) == {("Pakistan", "army helicopter", None, "Karachi", "reported")}
    howitzers = facts_of("Serbia moved howitzers to the border near Subotica.")
    assert rows(howitzers) == {
        ("Serbia", "howitzers", None, "the border near Subotica", "reported")
    }
    guns = facts_of("Bolivia moved anti-aircraft guns to Tarija.")
    assert rows(guns) == {("Bolivia", "anti-aircraft guns", None, "Tarija", "reported")}
    # arms sent to another state are a delivery, not a deployment
    assert not facts_of("The United States sent howitzers to Ukraine.").deployments


def test_one_helicopter_or_cutters_alone_are_no_force(facts_of):
    # a helicopter that carries or rescues someone is no force
    assert not facts_of(
        "Brazil sent a helicopter to carry the injured president to Cochabamba."
    ).deployments
    assert not facts_of("Mexico sent a helicopter to rescue stranded tourists.").deployments
    # cutters are tools unless a coast guard or navy owns them
    assert not facts_of("Taiwan sent two cutters to Kupang.").deployments
    # listed with a warship, a helicopter is one of the force sent
    listed = facts_of("Norway sent a frigate and a helicopter to the Skagerrak on Sunday.")
    assert "helicopter" in {row[1] for row in rows(listed)}


def test_reserves_and_assets_sent_somewhere_are_a_force(facts_of):
    reserves = facts_of("Bolivia moved reserves to the Chaco region.")
    assert rows(reserves) == {("Bolivia", "reserves", None, "the Chaco region", "reported")}
    army = facts_of("Bolivia moved fresh army reserves to Tarija.")
    assert rows(army) == {("Bolivia", "fresh army reserves", None, "Tarija", "reported")}
    assets = facts_of("France deployed naval assets to the Tyrrhenian Sea.")
    assert rows(assets) == {("France", "naval assets", None, "the Tyrrhenian Sea", "reported")}
    # reserves and assets that no verb sends anywhere are none
    assert not facts_of("Norway has large oil reserves near Stavanger.").deployments
    assert not facts_of("The firm moved its assets to a trust in Guernsey.").deployments


def test_money_and_goods_are_no_force(facts_of):
    # a state's money deployed or moved is no force: its assets, its gold or currency
    # reserves, reserves of a stock
    assert not facts_of(
        "China deployed assets in Kolwezi through its development bank."
    ).deployments
    assert not facts_of("Venezuela moved its gold reserves to Cochabamba.").deployments
    assert not facts_of("Venezuela moved reserves of foreign currency to Zurich.").deployments
    assert not facts_of("Bolivia moved its grain reserves to Santa Cruz.").deployments


def test_aircraft_named_in_the_plural_by_their_type_are_a_force(facts_of):
    rafales = facts_of("France sent four Rafales to Sardinia.")
    assert rows(rafales) == {("France", "rafales", 4, "Sardinia", "reported")}
    gripens = facts_of("Hungary deployed four Gripens to the Kecskemet air base.")
    assert rows(gripens) == {("Hungary", "gripens", 4, "the Kecskemet air base", "reported")}
    # storms are none
    assert not facts_of("Two typhoons approached Mindoro this week.").deployments
