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
