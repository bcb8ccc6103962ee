"""A person's name the model opened at its patronymic particle ('bin', 'bint') takes the given
name before it (kg.extract.actors.patronymics), on invented sentences (actors and places of
no annotated article)."""


def _speakers(facts) -> list[str]:
    return [facts.actors[s.speaker].name for s in facts.statements]


def test_a_given_name_run_into_another_entity_is_the_name_s_first_word(facts_of):
    facts = facts_of(
        "Cabinet spokeswoman Shaikha Noura bint Hamad Al Mansouri said the convoys would be "
        "escorted to the port."
    )
    assert _speakers(facts) == ["Noura bint Hamad Al Mansouri"]
    assert all(a.name != "Hamad Al Mansouri" for a in facts.actors.values())


def test_a_name_whole_with_its_particle_is_left_alone(facts_of):
    facts = facts_of(
        "Foreign Minister Khalid bin Saeed said the kingdom would host the talks in Dammam."
    )
    assert _speakers(facts) == ["Khalid bin Saeed"]
