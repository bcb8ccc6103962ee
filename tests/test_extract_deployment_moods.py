"""Deployment modality from the clause around the move (session 23; invented sentences,
actors and places of no annotated article): a move on a condition and a move a side says it
is prepared for are possible; a source's silence ('did not mention', 'would not confirm')
denies nothing; a negated verb denies a force it would bring ('no intention to allow a base
in X'), place and all."""

from tests.deployment_views import rows


def test_a_move_on_a_condition_is_possible(facts_of):
    facts = facts_of("Chile will send more troops to Arica if the unrest spreads.")
    assert {d.modality for d in facts.deployments} == {"possible"}


def test_a_move_a_side_is_prepared_for_is_possible(facts_of):
    prepared = facts_of("Kenya is prepared to send 1,000 police officers to Mombasa.")
    assert rows(prepared) == {("Kenya", "police officers", 1000, "Mombasa", "possible")}
    # the verb is a plan
    planned = facts_of("Kenya prepared to send 1,000 police officers to Mombasa.")
    assert rows(planned) == {("Kenya", "police officers", 1000, "Mombasa", "planned")}


def test_a_source_s_silence_denies_nothing(facts_of):
    silent = facts_of(
        "The statement did not mention the build-up of 20,000 Peruvian troops near Tumbes."
    )
    assert {d.modality for d in silent.deployments} == {"reported"}
    hedged = facts_of(
        "He would not confirm reports that 3,000 Malian troops had been sent to Kayes."
    )
    assert {d.modality for d in hedged.deployments} == {"possible"}
    # a negated move is still denied
    denied = facts_of("Peru did not send troops to Tumbes.")
    assert {d.modality for d in denied.deployments} == {"denied"}


def test_a_negated_verb_denies_a_force_it_would_bring_with_its_place(facts_of):
    facts = facts_of(
        "The government said there was no intention to allow a Chinese base in Zanzibar."
    )
    assert rows(facts) == {("China", "base", None, "Zanzibar", "denied")}
    # a force there keeps its place
    there = facts_of("Nor did Kenyan fighters in Mombasa distinguish themselves.")
    assert {d.modality for d in there.deployments} == {"reported"}
