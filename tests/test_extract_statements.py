"""Statement frames of kg.extract.statements, on invented sentences (actors and places of no
annotated article)."""

import pytest


def _pairs(facts):
    return [(facts.actors[s.speaker].name, s.content, s.direct) for s in facts.statements]


@pytest.mark.parametrize(
    "text",
    [
        "The Jakarta Globe reported that the navy would patrol the Natuna Islands.",
        "A local radio station reported that fighters had entered the town of Goma.",
        "The state news agency said the launch near Sinpo had been a success.",
        "The newspaper Kommersant reported that Moscow was preparing new talks with Ankara.",
        "According to Al Jazeera, the convoy reached Khan Younis on Friday.",
        "According to the Manila Times, two coast guard vessels left Subic Bay on Sunday.",
    ],
)
def test_an_outlet_by_its_name_or_its_noun_is_no_speaker(facts_of, text):
    assert _pairs(facts_of(text)) == []


def test_a_ministry_speaking_through_an_outlet_keeps_its_statement(facts_of):
    facts = facts_of(
        "Colombia's foreign ministry told the newspaper El Tiempo that it would recall its "
        "ambassador from Caracas."
    )
    [(speaker, content, direct)] = _pairs(facts)
    assert content == "it would recall its ambassador from Caracas" and not direct
    assert "Tiempo" not in speaker
