"""Session 22 frames (``kg.extract.deployments.postures``): a force's posture where no verb
moves it: put on alert with no place named (or on standby at one), guarding or manning a
site, bound for a place; and (``targets``) the other side's lines, attacked, not held.
Invented sentences, with actors and places of no annotated article."""

from tests.deployment_views import rows


def test_a_force_put_on_alert_with_no_place_may_move(facts_of):
    active = facts_of("The Armenian army placed frontline units on heightened alert.")
    assert rows(active) == {("Armenia", "frontline units", None, None, "possible")}
    passive = facts_of("The Nepalese army said air-defence units had been placed on alert.")
    assert rows(passive) == {("Nepal", "air-defence units", None, None, "possible")}


def test_a_force_kept_on_standby_somewhere_may_move(facts_of):
    had = facts_of("The Bolivian navy also has two ships on standby in Cobija.")
    assert rows(had) == {("Bolivia", "ships", 2, "Cobija", "possible")}
    # a country on alert is no force
    assert facts_of("Ghana is on high alert after the attack.").deployments == []


def test_a_force_on_standby_at_a_place_may_move_from_there(facts_of):
    placed = facts_of("Kenyan army helicopters were placed on standby at the Wajir airfield.")
    assert rows(placed) == {("Kenya", "army helicopters", None, "the Wajir airfield", "possible")}
    # the parser may hang the state on the verb beside its preposition
    been = facts_of("Zambian troops were on standby at the Ndola air base.")
    assert rows(been) == {("Zambia", "troops", None, "the Ndola air base", "possible")}


def test_a_force_put_on_alert_somewhere_is_placed_there(facts_of):
    facts = facts_of(
        "Azerbaijan placed its border units on high alert along the frontier with Iran."
    )
    assert {(a, loc, m) for a, _, _, loc, m in rows(facts)} == {
        ("Azerbaijan", "along the frontier with Iran", "reported")
    }


def test_a_force_guarding_or_manning_a_site_is_at_it(facts_of):
    guard = facts_of("Togolese troops would guard the parliament building and two power stations.")
    assert {(a, loc) for a, _, _, loc, _ in rows(guard)} == {
        ("Togo", "the parliament building and two power stations")
    }
    manned = facts_of("Chadian soldiers manning checkpoints on the roads into Abeche checked cars.")
    assert {(a, loc) for a, _, _, loc, _ in rows(manned)} == {("Chad", "the roads into Abeche")}
    # the passive: the agent guards the subject, or the noun its relative pronoun stands for
    bridge = facts_of("The bridge over the Zambezi is being guarded by Zambian troops.")
    assert rows(bridge) == {("Zambia", "troops", None, "The bridge over the Zambezi", "reported")}
    ministry = facts_of("The ministry, which was guarded by Gabonese soldiers, stayed shut.")
    assert rows(ministry) == {("Gabon", "soldiers", None, "The ministry", "reported")}


def test_what_is_no_posture_deploys_nothing(facts_of):
    # guarding people or manning phones is no place
    assert facts_of("Bolivian soldiers guarded the prisoners.").deployments == []
    assert facts_of("The prisoners were guarded by Bolivian soldiers.").deployments == []
    assert facts_of("Laotian officials manned the phones all night.").deployments == []
    # an alert with no force is no deployment
    assert facts_of("Ghana placed its hospitals on alert.").deployments == []


def test_a_force_bound_for_a_place_goes_there(facts_of):
    facts = facts_of(
        "The first planeloads of Italian paratroopers lifted off from Pisa on Thursday, "
        "bound for southeastern Romania."
    )
    assert {(a, loc) for a, _, _, loc, _ in rows(facts)} == {("Italy", "southeastern Romania")}
    # a ship that is no force goes nowhere for anyone
    assert facts_of("The Liberian cargo ship was bound for Odesa.").deployments == []


def test_the_other_sides_lines_are_attacked_not_held(facts_of):
    # ``kg.extract.deployments.targets``: a place that is another actor's line or post
    broke = facts_of(
        "The offensive began on Monday, when Bolivian troops tried to break through "
        "Peruvian defensive lines along the border."
    )
    assert broke.deployments == []
    pushed = facts_of(
        "Analysts said Chadian forces would now likely try to push west toward the next "
        "Sudanese defense line."
    )
    assert pushed.deployments == []
    # one's own lines stay
    held = facts_of("Armenian troops are holding their positions along the border.")
    assert {a for a, *_ in rows(held)} == {"Armenia"}
    # a named line is a place, nobody's; a place's name is no side
    named = facts_of("Laos will deploy more troops along the Military Demarcation Line.")
    assert {a for a, *_ in rows(named)} == {"Laos"}
    front = facts_of("Ethiopian forces continued ground attacks across the Tigray front line.")
    assert {a for a, *_ in rows(front)} == {"Ethiopia"}
