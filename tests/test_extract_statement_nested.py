"""Reports set off at the end of another's reported clause (kg.extract.statements.nested):
'X said A, accusing B of C' and 'X said A, whose B Y says C' give two statements, the outer
one ending before the comma. Invented sentences (actors and places of no annotated article)."""

import pytest

from tests.statement_views import statement_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle closing the clause: the same speaker's second statement
        (
            "Ramon Magsaysay said his fishermen would stay away from the reef for two weeks "
            "and return to port at Subic, accusing the Chinese coast guard of deliberately "
            "ramming their boats.",
            [
                (
                    "Ramon Magsaysay",
                    "his fishermen would stay away from the reef for two weeks and return to "
                    "port at Subic",
                    False,
                ),
                ("Ramon Magsaysay", "deliberately ramming their boats", False),
            ],
        ),
        # a relative clause closing the clause, with a speaker of its own
        (
            "Ukhnaagiin Khurelsukh has said Mongolia will not ratify the accord until Astana "
            "changes its charter, whose preamble Ulaanbaatar says contains a claim on Zavkhan.",
            [
                (
                    "Ukhnaagiin Khurelsukh",
                    "Mongolia will not ratify the accord until Astana changes its charter",
                    False,
                ),
                ("Mongolia", "contains a claim on Zavkhan", False),
            ],
        ),
    ],
)
def test_a_report_set_off_at_the_clause_end_is_its_own(facts_of, text, expected):
    assert statement_triples(facts_of(text)) == expected


def test_a_thought_reported_through_complements_stays_one_statement(facts_of):
    text = "Ramon Magsaysay said he did not think the Chinese coast guard would return to the reef."
    assert statement_triples(facts_of(text)) == [
        (
            "Ramon Magsaysay",
            "he did not think the Chinese coast guard would return to the reef",
            False,
        )
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a verb under another ('had yet to confirm'): not asserted
        (
            "Luis Arce said a special envoy would travel to Asuncion next week, although "
            "Paraguay had yet to confirm it would receive him.",
            "a special envoy would travel to Asuncion next week, although Paraguay had yet to "
            "confirm it would receive him",
        ),
        # the relative pronoun is what was promised: no clause of its own
        (
            "Luis Arce said the plan will include a new radar station near Tarija, which "
            "Brasilia has promised to finance before the end of the year.",
            "the plan will include a new radar station near Tarija, which Brasilia has "
            "promised to finance before the end of the year",
        ),
        # the relative pronoun is the object of the clause reported: a fragment
        (
            "Luis Arce said Bolivia would hold drills in the Chaco Military District, which "
            "Brasilia has said it will re-establish.",
            "Bolivia would hold drills in the Chaco Military District, which Brasilia has said "
            "it will re-establish",
        ),
        # an invitation proposes talks, it reports nothing
        (
            "Luis Arce said the government remained open to the Chilean-led mediation, which "
            "had invited both La Paz and the miners to direct talks in Arica next week.",
            "the government remained open to the Chilean-led mediation, which had invited both "
            "La Paz and the miners to direct talks in Arica next week",
        ),
    ],
)
def test_a_modifier_that_reports_nothing_of_its_own_stays_in_the_clause(facts_of, text, content):
    assert [(s, c) for s, c, _ in statement_triples(facts_of(text))] == [("Luis Arce", content)]
