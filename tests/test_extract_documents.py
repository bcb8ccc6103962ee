"""Documents that speak for their author (kg.extract.statements.documents), on invented
sentences (actors and places of no annotated article)."""


def _speakers(facts) -> list[tuple[str, str]]:
    return [(facts.actors[s.speaker].name, s.content.rstrip(",")) for s in facts.statements]


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


def test_a_joint_statement_speaks_for_each_of_its_authors(facts_of):
    facts = facts_of(
        "Kenya and Ethiopia issued a joint statement on Monday after talks in Nairobi. "
        "“The border will remain open to trade,” the statement said."
    )
    assert sorted(_speakers(facts)) == [
        ("Ethiopia", "The border will remain open to trade"),
        ("Kenya", "The border will remain open to trade"),
    ]


def test_a_bulletin_of_agencies_pointed_back_to_speaks_for_both(facts_of):
    facts = facts_of(
        "The FBI and the Department of Homeland Security warned of new attacks on Monday, the "
        "agencies said in a joint bulletin. “We remain concerned,” the bulletin says."
    )
    said = sorted(name for name, content in _speakers(facts) if content == "We remain concerned")
    assert said == ["Department of Homeland Security", "FBI"]


def test_the_two_countries_are_those_coordinated_before(facts_of):
    facts = facts_of(
        "Kenya and Ethiopia closed the border crossing at Moyale on Monday. The two countries "
        "said that the closure would last a week."
    )
    assert sorted(_speakers(facts)) == [
        ("Ethiopia", "the closure would last a week"),
        ("Kenya", "the closure would last a week"),
    ]


def test_a_statement_by_a_named_spokesperson_is_the_last_statement(facts_of):
    # 'the statement said' is the one a spokesperson issued last, not one a body issued
    # in an earlier paragraph
    facts = facts_of(
        "In a separate statement on Sunday, the Kenya Air Force (KAF) said its jets had struck "
        "camps near Mandera. The KAF spokesperson, Colonel Peter Otieno, said the strikes "
        "followed surveillance flights.\n\n"
        "Governor Ali Roba on Monday convened a security meeting in Mandera town.\n\n"
        "A statement by the county government’s spokesperson, Hassan Abdi Noor, said the meeting "
        "reviewed “the security situation in the county and ways to keep the roads open”.\n\n"
        "“The governor commended the security forces for their recent successes and promised "
        "more vehicles,” the statement said."
    )
    speakers = {s for s, c in _speakers(facts) if c.startswith("The governor commended")}
    assert speakers == {"Hassan Abdi Noor"}


def test_an_update_speaks_for_the_body_that_issued_it(facts_of):
    facts = facts_of(
        "The Canadian Department of National Defence, in its weekly update on Friday, said "
        "that two frigates had left Halifax. “The ships will patrol the Labrador Sea for "
        "three weeks,” the update said."
    )
    said = [name for name, content in _speakers(facts) if content.startswith("The ships")]
    assert said == ["Canadian Department of National Defence"]
