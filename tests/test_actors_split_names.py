"""A person's name the model split in two entities side by side is one person
(kg.extract.actors.split_names), on invented sentences (actors and places of no annotated
article)."""

import itertools

from kg.extract.actors.split_names import split_name


def _people(facts) -> set[str]:
    return {a.name for a in facts.actors.values() if a.type == "Person"}


def test_a_name_split_in_two_entities_is_one_person(facts_of):
    facts = facts_of(
        "Coordinating Minister for Maritime, Legal and Security Affairs Budi Prasetyo Wirawan "
        "said that President Rudi Hartono knew of the operation."
    )
    assert [facts.actors[s.speaker].name for s in facts.statements] == ["Budi Prasetyo Wirawan"]
    assert "Budi Prasetyo" not in _people(facts)


def test_names_listed_with_and_or_a_comma_stay_apart(nlp):
    # guard: names apart are never one
    doc = nlp("Budi Prasetyo, Rudi Hartono and Agus Wirawan met in Jayapura.")
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert len(people) >= 2
    assert not any(split_name(a, b) for a, b in itertools.pairwise(people))
