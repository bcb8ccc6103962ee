"""A bare 'the military said' after a named armed service speaks for that service, on
invented sentences (actors and places of no annotated article)."""

import pytest

from tests.statement_views import statement_triples


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In a short statement, the Kenya Defence Forces said the camp near Mandera had been "
            "shelled overnight. The military said it would reinforce the border posts.",
            "Kenya Defence Forces",
            "it would reinforce the border posts",
        ),
        (
            "Sudan's army said on Monday that the camp near Kadugli had been shelled. The Kenya "
            "Defence Forces said the camp near Mandera had been shelled overnight. The military "
            "said it would reinforce the border posts.",
            "Kenya Defence Forces",
            "it would reinforce the border posts",
        ),
    ],
)
def test_the_military_is_the_armed_service_named_just_before(facts_of, text, speaker, content):
    assert (speaker, content, False) in statement_triples(facts_of(text))


def test_an_armed_group_is_no_state_s_army(facts_of):
    facts = facts_of(
        "Colombia has sent 2,000 soldiers to the eastern border, the army said. The Bolivar "
        "Liberation Front said its fighters had withdrawn. The army said it would stay."
    )
    speakers = {s for s, c, _ in statement_triples(facts) if c == "it would stay"}
    assert "Bolivar Liberation Front" not in speakers


def test_a_soldier_of_a_service_is_not_the_service(facts_of):
    facts = facts_of(
        "A Kenya Defence Forces soldier was killed near Mandera on Tuesday, the army said, "
        "without giving details."
    )
    assert "Kenya Defence Forces" not in {s for s, _, _ in statement_triples(facts)}
