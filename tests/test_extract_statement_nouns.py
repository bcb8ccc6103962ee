"""The nouns frame of kg.extract.statements (a speech or stance noun's 'that' clause), on
invented sentences (actors and places of no annotated article)."""

import pytest

from tests.statement_views import statement_triples


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Gustavo Petro expressed regret on Tuesday that the talks in Havana had stalled.",
            "Gustavo Petro",
            "the talks in Havana had stalled",
        ),
        (
            "Shehbaz Sharif's assessment is that the border near Chaman will stay closed "
            "until spring.",
            "Shehbaz Sharif",
            "the border near Chaman will stay closed until spring",
        ),
        (
            "Speaking in Kathmandu, Pushpa Kamal Dahal made the case that the river treaty "
            "needed to be renegotiated.",
            "Pushpa Kamal Dahal",
            "the river treaty needed to be renegotiated",
        ),
        (
            "Gabriel Boric reiterated his conviction that the copper mines near Antofagasta "
            "would stay in public hands.",
            "Gabriel Boric",
            "the copper mines near Antofagasta would stay in public hands",
        ),
    ],
)
def test_a_stance_noun_clause_is_the_voicing_speakers_statement(facts_of, text, speaker, content):
    assert (speaker, content, False) in statement_triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gustavo Petro flew to Cali to allay fears that the ceasefire would collapse.",
        "Gustavo Petro ordered an inquiry into claims that the army had shelled Tumaco.",
        "Fears that the ceasefire near Tumaco would collapse grew on Monday.",
    ],
)
def test_a_noun_clause_nobody_voices_is_no_statement(facts_of, text):
    assert not [
        p for p in statement_triples(facts_of(text)) if "Tumaco" in p[1] or "Havana" in p[1]
    ]
    assert not [p for p in statement_triples(facts_of(text)) if "ceasefire" in p[1]]


@pytest.mark.parametrize(
    ("body", "noun"),
    [("Operational Command North", "command"), ("Ministry of Defence of Moldova", "ministry")],
)
def test_the_word_for_a_bodys_kind_points_back_to_the_body_named(facts_of, body, noun):
    # 'the command said' of a body whose name goes on after that word
    facts = facts_of(
        f"According to {body}, the enemy garrison left the island overnight in two boats. "
        f"“The island is on fire, explosions are heard,” the {noun} said in a statement."
    )
    assert (body, "The island is on fire, explosions are heard", True) in statement_triples(facts)
