"""A command a state names after the region it serves ('U.S. Forces Japan') is an
organisation of its own, never its state (kg.extract.actors.region_commands), on invented
sentences (actors and places of no annotated article)."""

from tests.statement_views import statement_triples


def test_a_region_command_speaks_as_itself_not_as_its_state(facts_of):
    facts = facts_of(
        "The U.S. Forces Japan said the destroyer would sail out of Sasebo for the drill on "
        'Monday.\n\n"The drill is routine and is aimed at no country," U.S. Forces Japan said '
        "in a statement."
    )
    triples = statement_triples(facts)
    assert any(
        speaker == "U.S. Forces Japan" and "sail out of Sasebo" in content
        for speaker, content, _ in triples
    )
    assert any(
        speaker == "U.S. Forces Japan" and "aimed at no country" in content
        for speaker, content, _ in triples
    )
    assert not any(speaker == "United States" for speaker, _, _ in triples)


def test_a_command_named_with_its_service_and_a_region_word_is_one_name(facts_of):
    facts = facts_of("U.S. Air Forces Africa said two of its jets had flown over the Sahel.")
    triples = statement_triples(facts)
    assert ("U.S. Air Forces Africa", "two of its jets had flown over the Sahel", False) in triples


def test_a_state_s_forces_in_a_place_are_no_command(facts_of):
    facts = facts_of(
        "U.S. forces in Germany said they had completed the exercise near Grafenwoehr on Friday."
    )
    assert all("Forces Germany" not in a.name for a in facts.actors.values())
