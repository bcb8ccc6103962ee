"""Documents that speak for their author (kg.extract.statements.documents), on invented
sentences (actors and places of no annotated article)."""


def _speakers(facts) -> list[tuple[str, str]]:
    return [(facts.actors[s.speaker].name, s.content) for s in facts.statements]


def test_an_investigation_speaks_for_the_body_its_modifiers_name(facts_of):
    facts = facts_of(
        "A Kenyan army investigation into the raid near Garissa was published on Monday. "
        "“The soldiers followed their orders,” the investigation said."
    )
    assert _speakers(facts) == [("Kenya", "The soldiers followed their orders")]


def test_a_report_from_a_persons_family_is_not_the_persons(facts_of):
    facts = facts_of(
        "Tomas Rivera, a mayor in Ayacucho, was attacked on Monday. A report from Rivera's "
        "family was sent to the police. The report said that he had received threats for "
        "months."
    )
    assert all(speaker != "Tomas Rivera" for speaker, _ in _speakers(facts))
