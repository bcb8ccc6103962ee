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


def test_a_bare_conjoined_move_shares_the_first_verb_s_mood(facts_of):
    # "is to" and "is set to" plan both moves
    planned = facts_of("Chile is to send 200 troops to Arica and dispatch a frigate to Iquique.")
    assert rows(planned) == {
        ("Chile", "troops", 200, "Arica", "planned"),
        ("Chile", "frigate", None, "Iquique", "planned"),
    }
    scheduled = facts_of(
        "Kenya is set to deploy 300 police officers to Mombasa and send two helicopters to Lamu."
    )
    assert {d.modality for d in scheduled.deployments} == {"planned"}
    # a proposal and an offer leave both moves possible
    proposed = facts_of(
        "Peru proposed sending 500 soldiers to Tumbes and deploying a warship to Paita."
    )
    assert {d.modality for d in proposed.deployments} == {"possible"}
    offered = facts_of(
        "Ghana has offered to send 400 soldiers to Tamale and deploy two helicopters to Wa."
    )
    assert {d.modality for d in offered.deployments} == {"possible"}


def test_a_conjoined_move_of_its_own_keeps_its_mood(facts_of):
    # a conjunct in the past tense was done
    done = facts_of("Chile sent 200 troops to Arica and deployed a frigate to Iquique.")
    assert {d.modality for d in done.deployments} == {"reported"}
    # one with its own auxiliary has its own mood
    own = facts_of(
        "Peru proposed sending 500 soldiers to Tumbes and will deploy a warship to Paita."
    )
    assert ("Peru", "warship", None, "Paita", "planned") in rows(own)
