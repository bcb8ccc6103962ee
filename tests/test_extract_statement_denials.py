"""Counter-denials (kg.extract.statements.denials) and a sentence's closing 'it said', on
invented sentences (actors and places of no annotated article)."""

import pytest


def _pairs(facts):
    return sorted((facts.actors[s.speaker].name, s.content) for s in facts.statements)


@pytest.mark.parametrize(
    ("text", "claimant", "denier", "claim"),
    [
        (
            "The M23, in a statement on X, said it was defending civilians and accused the "
            "Congolese army of shelling the market in Bunia – an accusation the army denies.",
            "M23",
            "Democratic Republic of the Congo",
            "shelling the market in Bunia",
        ),
        (
            "At the time, Chile said Bolivia had moved tanks to the border, something Bolivia "
            "denied.",
            "Chile",
            "Bolivia",
            "Bolivia had moved tanks to the border",
        ),
        (
            "Speaker Tomas Ruiz went further, accusing the Bolivian ambassador Luis Prado of "
            "funding the protests, a charge Bolivia has repeatedly rejected.",
            "Tomas Ruiz",
            "Bolivia",
            "funding the protests",
        ),
    ],
)
def test_a_claim_denied_in_a_trailing_phrase_is_the_deniers_too(
    facts_of, text, claimant, denier, claim
):
    pairs = _pairs(facts_of(text))
    assert (claimant, claim) in pairs
    assert (denier, claim) in pairs


@pytest.mark.parametrize(
    ("text", "claimant", "denier", "claim"),
    [
        # the parser reads 'a charge Peru' as an apposition of the last name
        (
            "Luis Arce on Monday accused Peru of arming smugglers near Desaguadero, a charge "
            "Peru has repeatedly rejected.",
            "Luis Arce",
            "Peru",
            "arming smugglers near Desaguadero",
        ),
        # ... or the trailing verb as the sentence's root, the accusation its clause
        (
            "Gabriel Boric on Tuesday accused Bolivia of sheltering gunmen who raided Colchane, "
            "a charge Bolivia has repeatedly rejected.",
            "Gabriel Boric",
            "Bolivia",
            "sheltering gunmen who raided Colchane",
        ),
    ],
)
def test_a_trailing_denial_the_parser_did_not_see_as_a_relative_still_denies(
    facts_of, text, claimant, denier, claim
):
    pairs = _pairs(facts_of(text))
    assert (claimant, claim) in pairs
    assert (denier, claim) in pairs


def test_a_trailing_phrase_that_does_not_reject_gives_no_denier(facts_of):
    pairs = _pairs(
        facts_of(
            "Luis Arce on Monday accused Peru of arming smugglers near Desaguadero, a charge "
            "Peru has not rejected."
        )
    )
    assert [name for name, _ in pairs] == ["Luis Arce"]


def test_a_past_participle_after_the_accused_act_is_part_of_it(facts_of):
    pairs = _pairs(
        facts_of("Luis Arce accused Peru of breaking the accord signed in Lima last year.")
    )
    assert pairs == [("Luis Arce", "breaking the accord signed in Lima last year")]


@pytest.mark.parametrize(
    "text",
    [
        # not denied: the claim stands alone, its clause as printed
        "Chile said Bolivia had moved tanks to the border, which Bolivia does not deny.",
        # the relative clause denies something of its own
        "Chile said Bolivia had moved tanks to the village of Charana, which Bolivia denies "
        "shelling.",
    ],
)
def test_a_trailing_phrase_that_denies_nothing_said_gives_no_denier(facts_of, text):
    assert [name for name, _ in _pairs(facts_of(text))] == ["Chile"]


def test_it_closing_a_sentence_is_the_body_that_spoke_before(facts_of):
    facts = facts_of(
        "The Peruvian navy's Maritime Operations Center said the ship had reported a fire. "
        "Ten sailors were taken off by a passing tanker, it said."
    )
    assert ("Maritime Operations Center", "Ten sailors were taken off by a passing tanker") in (
        _pairs(facts)
    )


def test_a_proposal_turned_down_is_no_claim_denied(facts_of):
    facts = facts_of(
        "Luis Arce called for a ceasefire in the Chaco and talks in Asuncion, which both "
        "Paraguay and Argentina quickly rejected."
    )
    assert {name for name, _ in _pairs(facts)} == {"Luis Arce"}


def test_an_accusing_participle_ends_the_clause_it_follows(facts_of):
    facts = facts_of(
        "Bolivia said it was quitting the Andean Community, accusing Chile of meddling in its "
        "affairs."
    )
    assert _pairs(facts) == [
        ("Bolivia", "it was quitting the Andean Community"),
        ("Bolivia", "meddling in its affairs"),
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile has denied any involvement.", ("Chile", "any involvement")),
        ("The Chilean government has denied massing troops.", ("Chile", "massing troops")),
        ("Peru accused Ecuador of massing troops.", ("Peru", "massing troops")),
    ],
)
def test_a_short_act_denied_or_accused_is_the_statement(facts_of, text, pair):
    """GUIDELINES: an accusation's or a denial's content is the proposition, however short."""
    assert _pairs(facts_of(text)) == [pair]


@pytest.mark.parametrize(
    "text",
    ["Chile denied it.", "Peru accused Ecuador of lying.", "Chile swiftly denied the claim."],
)
def test_a_single_word_denied_or_accused_says_too_little(facts_of, text):
    assert _pairs(facts_of(text)) == []


def test_a_short_denial_told_as_an_aside_on_its_speaker_is_no_statement(facts_of):
    # "X, which denies any offensive, ...": the writer's note on X's standing position
    facts = facts_of(
        "To ease the standoff, Caracas, which denies any incursion, wants talks with Georgetown."
    )
    assert all(quote != "any incursion" for _, quote in _pairs(facts))
