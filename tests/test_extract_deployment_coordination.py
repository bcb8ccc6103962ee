"""Owners listed by coordination: each state a list names has its own entry (GUIDELINES: one
per actor) — state modifiers the parser hangs on the force as siblings
(``deployments.listed_owners``): invented sentences, with actors and places of no annotated
article."""

from tests.deployment_views import rows


def test_sibling_state_modifiers_each_own_the_force(facts_of):
    facts = facts_of("Chilean, Peruvian and Bolivian troops are deployed in Haiti.")
    assert rows(facts) == {
        ("Chile", "troops", None, "Haiti", "reported"),
        ("Peru", "troops", None, "Haiti", "reported"),
        ("Bolivia", "troops", None, "Haiti", "reported"),
    }
    frigates = facts_of(
        "Canadian, Danish and Dutch frigates entered the Skagerrak strait on Monday."
    )
    assert {name for name, *_ in rows(frigates)} == {"Canada", "Denmark", "Netherlands"}


def test_a_list_summed_up_by_all_is_not_split(facts_of):
    facts = facts_of(
        "Namibian, Malagasy, Mauritian and Seychellois frigates have all come to this harbour"
        " over the last six months, the commodore said."
    )
    assert len({name for name, *_ in rows(facts)}) <= 1


def test_states_that_each_pledge_a_force_and_a_gapped_one_each_plan_their_own(facts_of):
    # ``passes.co_subjects`` (a list the parser breaks with an apposition) and
    # ``passes.gapped_owners`` ("and Guinea 250"); a pledge is a plan
    facts = facts_of(
        "Ghana, Sierra Leone, Gambia and Liberia have each pledged about 400 troops, and"
        " Guinea 250."
    )
    assert rows(facts) == {
        ("Ghana", "troops", 400, None, "planned"),
        ("Sierra Leone", "troops", 400, None, "planned"),
        ("Gambia", "troops", 400, None, "planned"),
        ("Liberia", "troops", 400, None, "planned"),
        ("Guinea", "troops", 250, None, "planned"),
    }
