"""Statements said through a verb's complement (kg.extract.statements.complements) and a
directive's infinitive after the reporter's adjuncts, on invented sentences (actors and places
of no annotated article)."""

import pytest

from tests.statement_views import statement_triples


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kenyan President William Ruto warned Somalia against moving troops into Gedo.",
            "Somalia against moving troops into Gedo",
        ),
        (
            "Kenyan President William Ruto has cautioned against cutting aid to the camps in "
            "Dadaab.",
            "against cutting aid to the camps in Dadaab",
        ),
    ],
)
def test_a_warning_against_is_the_hearer_with_what_they_are_warned_off(facts_of, text, content):
    assert statement_triples(facts_of(text)) == [("William Ruto", content, False)]


def test_a_warning_against_a_label_says_nothing(facts_of):
    text = "Kenyan President William Ruto warned the envoys against “hasty steps”."
    assert statement_triples(facts_of(text)) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kenyan President William Ruto dismissed accusations that his police had shot "
            "protesters in Nakuru.",
            "his police had shot protesters in Nakuru",
        ),
        (
            "Kenyan President William Ruto rejected claims that the port of Lamu had been sold.",
            "the port of Lamu had been sold",
        ),
    ],
)
def test_a_rejected_claim_is_its_that_clause(facts_of, text, content):
    assert statement_triples(facts_of(text)) == [("William Ruto", content, False)]


def test_a_rejected_claim_without_a_clause_says_nothing(facts_of):
    assert statement_triples(facts_of("Kenyan President William Ruto rejected the claims.")) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kenyan President William Ruto suggested moving the talks on Jubaland to Mombasa.",
            "moving the talks on Jubaland to Mombasa",
        ),
        (
            "Kenyan President William Ruto proposed to hold the next round of talks in Kisumu.",
            "to hold the next round of talks in Kisumu",
        ),
    ],
)
def test_a_proposed_act_is_the_gerund_or_infinitive(facts_of, text, content):
    assert statement_triples(facts_of(text)) == [("William Ruto", content, False)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ghanaian President John Mahama has offered to host a round of talks between Niger "
            "and Benin in Accra.",
            "John Mahama",
            "to host a round of talks between Niger and Benin in Accra",
        ),
        # after an adjunct of time, which the parser may read as a purpose clause's
        (
            "Chechen commander Adam Delimkhanov offered this week to send his fighters to hold "
            "the bridgehead.",
            "Adam Delimkhanov",
            "to send his fighters to hold the bridgehead",
        ),
        (
            "Togolese President Faure Gnassingbe offered on Tuesday to mediate between Bamako "
            "and Algiers.",
            "Faure Gnassingbe",
            "to mediate between Bamako and Algiers",
        ),
        # it ends before another speaker's 'with' phrase
        (
            "The Malawian government has offered to sit with the striking teachers, with "
            "ministers saying their main demand on pay would be met.",
            "Malawi",
            "to sit with the striking teachers",
        ),
    ],
)
def test_an_offered_act_is_the_infinitive(facts_of, text, speaker, content):
    assert statement_triples(facts_of(text)) == [(speaker, content, False)]


@pytest.mark.parametrize(
    "text",
    [
        # an offered thing is no statement
        "Ghanaian President John Mahama offered his condolences to the families in Tamale.",
        "The Kenyan government offered food to the displaced to win their support.",
        # too short to say anything
        "Ghanaian President John Mahama offered to help.",
        "Ghanaian President John Mahama did not offer to host the talks in Accra.",
    ],
)
def test_an_offer_of_a_thing_says_nothing(facts_of, text):
    assert statement_triples(facts_of(text)) == []


def test_a_negated_proposal_says_nothing(facts_of):
    text = "Kenyan President William Ruto did not propose to hold the next round of talks."
    assert statement_triples(facts_of(text)) == []


def test_a_clause_hung_on_the_hearer_is_what_was_told(facts_of):
    text = "Kenyan President William Ruto informed the court he is receiving care for asthma."
    assert statement_triples(facts_of(text)) == [
        ("William Ruto", "he is receiving care for asthma", False)
    ]


def test_a_relative_clause_with_a_gap_on_the_hearer_is_no_statement(facts_of):
    text = "Kenyan President William Ruto told the pilots he met in Eldoret about the strike."
    assert statement_triples(facts_of(text)) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kenyan President William Ruto noted the fact that the rains had destroyed the "
            "bridges near Garissa.",
            "the rains had destroyed the bridges near Garissa",
        ),
        (
            "Kenyan President William Ruto made claims that the strike in Mombasa was "
            "organised abroad.",
            "the strike in Mombasa was organised abroad",
        ),
    ],
)
def test_a_fact_and_a_claim_the_speaker_makes_are_their_clauses(facts_of, text, content):
    assert statement_triples(facts_of(text)) == [("William Ruto", content, False)]


def test_a_fact_highlighted_by_someone_s_words_is_no_statement_of_theirs(facts_of):
    text = "Ruto's remarks highlight the fact that the port of Lamu is losing money."
    assert statement_triples(facts_of(text)) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kenyan President William Ruto pressed Somali President Hassan Sheikh Mohamud at a "
            "summit in Nairobi on Monday to reopen the border at Mandera.",
            "to reopen the border at Mandera",
        ),
        (
            "Kenyan President William Ruto pressed Somali President Hassan Sheikh Mohamud to "
            "reopen the border near Mandera.",
            "Somali President Hassan Sheikh Mohamud to reopen the border near Mandera",
        ),
    ],
)
def test_a_directive_after_the_reporter_s_adjuncts_is_its_infinitive(facts_of, text, content):
    assert statement_triples(facts_of(text)) == [("William Ruto", content, False)]


def test_a_closing_according_to_phrase_is_not_part_of_the_clause(facts_of):
    text = (
        "Kenyan President William Ruto said the strike at the port of Mombasa would end on "
        "Friday, according to the union."
    )
    assert statement_triples(facts_of(text)) == [
        ("William Ruto", "the strike at the port of Mombasa would end on Friday", False)
    ]


def test_a_question_left_open_is_no_statement(facts_of):
    text = (
        "Kenyan President William Ruto would not say on Monday whether the strike at the port "
        "of Mombasa would end."
    )
    assert statement_triples(facts_of(text)) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kenyan President William Ruto was adamant that the port of Lamu would stay public.",
            "the port of Lamu would stay public",
        ),
        (
            "Kenyan President William Ruto has been insistent he won't raise fuel taxes.",
            "he won't raise fuel taxes",
        ),
    ],
)
def test_an_insisting_adjective_s_clause_is_what_was_insisted(facts_of, text, content):
    assert statement_triples(facts_of(text)) == [("William Ruto", content, False)]


def test_a_belief_adjective_s_clause_is_no_statement(facts_of):
    text = "Kenyan President William Ruto was confident that the port of Lamu would stay public."
    assert statement_triples(facts_of(text)) == []


def test_an_appeal_to_a_hearer_needs_what_is_asked_of_them(facts_of):
    asked = facts_of(
        "Kenyan President William Ruto appealed to the African Union to send monitors to Gedo."
    )
    assert statement_triples(asked) == [
        ("William Ruto", "the African Union to send monitors to Gedo", False)
    ]
    heard = facts_of("Kenyan President William Ruto appealed to the fishermen of Lamu on Monday.")
    assert statement_triples(heard) == []


def test_a_rejected_claim_leaves_out_the_speaker_s_verdict(facts_of):
    text = (
        "Kenyan President William Ruto dismissed suggestions that Somalia might one day annex "
        "Gedo as “pure fantasy”."
    )
    assert statement_triples(facts_of(text)) == [
        ("William Ruto", "Somalia might one day annex Gedo", False)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Chilean President Gabriel Boric announced his intention to visit La Paz in May.",
            "his intention to visit La Paz in May",
        ),
        (
            "Chilean President Gabriel Boric expressed his readiness to mediate between Bolivia "
            "and Peru.",
            "his readiness to mediate between Bolivia and Peru",
        ),
        (
            "Chilean President Gabriel Boric raised the prospect of Chilean troops patrolling "
            "the Atacama border.",
            "the prospect of Chilean troops patrolling the Atacama border",
        ),
    ],
)
def test_a_declared_intent_or_a_raised_prospect_is_its_object(facts_of, text, content):
    assert statement_triples(facts_of(text)) == [("Gabriel Boric", content, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric announced a new housing fund for Antofagasta.",
        "Chilean President Gabriel Boric raised taxes on copper exports.",
        "Chilean President Gabriel Boric did not announce his intention to run again.",
        "Bolivia's stated intentions to join the bloc worried Gabriel Boric.",
    ],
)
def test_an_announced_thing_or_a_raised_price_says_nothing(facts_of, text):
    assert statement_triples(facts_of(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Kenya on Monday denied massing troops near the border with Somalia.",
            "Kenya",
            "massing troops near the border with Somalia",
        ),
        (
            "Uganda on Tuesday denied amassing tanks along the frontier.",
            "Uganda",
            "amassing tanks along the frontier",
        ),
        (
            "Peru denied stationing soldiers in the disputed valley.",
            "Peru",
            "stationing soldiers in the disputed valley",
        ),
    ],
)
def test_denying_a_gerund_act_is_a_statement_with_its_place(facts_of, text, speaker, content):
    pairs = [(facts_of(text).actors[s.speaker].name, s.content) for s in facts_of(text).statements]
    assert pairs == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Bolivia described the agreement with Paraguay as an attack on its sovereignty.",
            "the agreement with Paraguay as an attack on its sovereignty",
        ),
        (
            "Peru rejects the idea that it needs Bolivian permission to patrol the lake.",
            "it needs Bolivian permission to patrol the lake",
        ),
        (
            "In a speech on Monday, Luis Arce repeated an offer to talk with Lima on the basis "
            "of equality.",
            "an offer to talk with Lima on the basis of equality",
        ),
        (
            "Luis Arce thanked Chile for its support but made clear his government would "
            "continue to work with other partners.",
            "his government would continue to work with other partners",
        ),
    ],
)
def test_a_claim_said_through_an_object_or_a_bare_clause(facts_of, text, content):
    assert [c for _, c, _ in statement_triples(facts_of(text))] == [content]


@pytest.mark.parametrize(
    "text",
    [
        # an 'as' phrase of one label, unquoted, is the journalist's summary
        "Luis Arce hailed the agreement with Paraguay as a triumph on Monday.",
        # a thing made clear is no clause
        "Luis Arce made clear his opposition to the plan.",
    ],
)
def test_a_label_or_a_thing_made_clear_is_no_statement(facts_of, text):
    assert statement_triples(facts_of(text)) == []


def test_a_portrait_of_a_person_unquoted_is_no_statement(facts_of):
    facts = facts_of("Ana Campos described Luis Prado as a kind and generous man from Oruro.")
    assert statement_triples(facts) == []


def test_a_portrait_by_its_noun_unquoted_is_no_statement(facts_of):
    facts = facts_of("Ana Campos described the envoy as a kind and selfless person from Oruro.")
    assert statement_triples(facts) == []
