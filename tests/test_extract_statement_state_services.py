"""A state's air force named by its kind in lower case speaks as a named service,
'<Adjective> Air Force', not as its state (kg.extract.statements.state_services), on invented
sentences (actors and places of no annotated article)."""

from tests.statement_views import statement_triples


def test_a_state_s_air_force_speaks_as_the_named_service(facts_of):
    facts = facts_of(
        "Israel's air force said it had shot down two drones near Eilat early on Friday. "
        "Both were downed over open ground, it said."
    )
    triples = statement_triples(facts)
    assert any(
        speaker == "Israeli Air Force" and "shot down two drones" in content
        for speaker, content, _ in triples
    )
    assert any(
        speaker == "Israeli Air Force" and "downed over open ground" in content
        for speaker, content, _ in triples
    )


def test_an_adjective_before_the_air_force_names_its_state_s_service(facts_of):
    facts = facts_of("The Pakistani air force said its jets had shot down a surveillance drone.")
    triples = statement_triples(facts)
    assert ("Pakistani Air Force", "its jets had shot down a surveillance drone", False) in triples


def test_a_state_s_military_stays_the_state(facts_of):
    facts = facts_of("Egypt's military said it had sealed the border crossing at Rafah on Monday.")
    triples = statement_triples(facts)
    assert ("Egypt", "it had sealed the border crossing at Rafah on Monday", False) in triples
