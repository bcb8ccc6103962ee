"""kg.extract.actors.title_bearers: a name the model took for an organisation's that bears a
subject's title is a person's, who speaks, and whom a 'he' after it points back to."""

import pytest


def _speakers(facts) -> list[str]:
    return [facts.actors[s.speaker].name for s in facts.statements]


def _type_of(facts, name: str) -> str:
    return next(a.type for a in facts.actors.values() if a.name == name)


@pytest.mark.parametrize(
    ("text", "bearer", "other"),
    [
        (
            # the name in apposition to the title, set off by commas
            "Regional governor Taras Bilyk said the shelling had damaged two schools. The head "
            "of the Korivka district military administration, Dmytro Haliuk, said that fewer "
            "than 900 villagers were still living there. Evacuation trains would keep running "
            "for anyone who wished to go, he said.",
            "Dmytro Haliuk",
            "Taras Bilyk",
        ),
        (
            # the title hung on the name, the name the subject
            "Regional governor Taras Bilyk said the shelling had damaged two schools. Head of "
            "the Korivka district military administration Dmytro Haliuk said that fewer than "
            "900 villagers were still living there. Evacuation trains would keep running for "
            "anyone who wished to go, he said.",
            "Dmytro Haliuk",
            "Taras Bilyk",
        ),
        (
            "Prime Minister Kofi Agyei said the talks were over. The bloc's commission "
            "chairperson, Amara Tchiroma Bello, said the council was to convene on Friday to weigh "
            "sanctions. The army must return to its barracks, he said.",
            "Amara Tchiroma Bello",
            "Kofi Agyei",
        ),
    ],
)
def test_a_titled_name_taken_for_a_body_is_a_person_a_pronoun_points_to(
    facts_of, text, bearer, other
):
    facts = facts_of(text)
    assert _type_of(facts, bearer) == "Person"
    # the person named before says the first thing only; the 'he' is the bearer
    assert _speakers(facts) == [other, bearer, bearer]


def test_a_titled_name_of_a_body_s_shape_stays_a_body(facts_of):
    # a word of an organisation in the name: no person, whatever the title before it
    facts = facts_of(
        "The head of the inquiry, Harlow Holdings Trust, said the review would take a year."
    )
    assert _type_of(facts, "Harlow Holdings Trust") == "Organization"
