"""A state's executive office named without its state (statements/state_offices.py): 'the
presidential palace', 'the Presidency' and the unnamed people in them speak for the state
of the person the sentence reports on, else the state the text is about; on invented
sentences (actors and places of no annotated article)."""

import pytest

from tests.statement_views import statement_triples


@pytest.mark.parametrize(
    "text",
    [
        "Uruguayan President Luis Lacalle Pou will travel to Asuncion next week, according "
        "to the presidential palace.",
        "Uruguayan President Luis Lacalle Pou will travel to Asuncion next week, the "
        "Presidency said.",
        "Uruguayan President Luis Lacalle Pou will travel to Asuncion next week, a spokesman "
        "for the presidential office said.",
        "Uruguay moved two patrol boats to the river on Monday. The presidential palace said "
        "the boats would stay there until the end of the month.",
    ],
)
def test_a_states_executive_office_speaks_for_its_state(facts_of, text):
    assert [name for name, _, _ in statement_triples(facts_of(text))] == ["Uruguay"]


def test_an_office_whose_state_its_own_words_name_is_left_to_them(facts_of):
    text = (
        "Uruguay moved two patrol boats to the river on Monday. The Paraguayan presidential "
        "palace said the boats had crossed into its waters."
    )
    assert [name for name, _, _ in statement_triples(facts_of(text))] == ["Paraguay"]


def test_a_state_named_in_the_sentence_is_not_taken_for_the_offices(facts_of):
    text = (
        "Uruguay moved two patrol boats to the river on Monday. Paraguayan boats fired on "
        "a fishing vessel near Salto overnight, the presidential office said."
    )
    assert [name for name, _, _ in statement_triples(facts_of(text))] == ["Uruguay"]


def test_a_ministry_official_speaks_for_the_ministry_that_spoke_just_before(facts_of):
    text = (
        "Ecuador's defence ministry said at its weekly briefing that its troops had seized "
        "two boats near Esmeraldas. A ministry official told reporters that the patrols "
        "would continue until the end of the month."
    )
    assert [name for name, _, _ in statement_triples(facts_of(text))] == [
        "Ecuador defence ministry",
        "Ecuador defence ministry",
    ]


def test_a_ministry_spokeswoman_of_no_ministry_named_before_is_no_one(facts_of):
    text = (
        "Ecuador sent two patrol boats to Esmeraldas. The boats will stay there until the "
        "end of the month, a ministry spokeswoman said."
    )
    assert statement_triples(facts_of(text)) == []
