"""Words a body owns ('its daily briefing', "the ministry's statement") speak for that body,
on invented sentences (actors and places of no annotated article)."""

import pytest

from tests.statement_views import statement_triples


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The Thai Defence Ministry did not name Somchai in its communications. Its daily "
            "briefing said that the units were holding their positions near Poipet.",
            "Thai Defence Ministry",
            "the units were holding their positions near Poipet",
        ),
        (
            "Uganda has closed the border crossing at Busia. Its statement said the closure "
            "would last a week.",
            "Uganda",
            "the closure would last a week",
        ),
        (
            "The Chilean Defence Ministry said the troops had arrived in Colchane. The "
            "ministry's statement said that two battalions were holding positions near the "
            "border.",
            "Chilean Defence Ministry",
            "two battalions were holding positions near the border",
        ),
        (
            "The Mongolian Foreign Ministry said it had summoned the envoy. The envoy was told "
            "to leave Ulaanbaatar, the ministry's press office said.",
            "Mongolian Foreign Ministry",
            "The envoy was told to leave Ulaanbaatar",
        ),
        (
            "The Bolivian Defence Ministry said the troops had reached Villazon. Its press "
            "office said that two companies were guarding the bridge.",
            "Bolivian Defence Ministry",
            "two companies were guarding the bridge",
        ),
        (
            "Tajikistan's Interior Ministry said it had begun an inquiry. Nine people were "
            "detained in Khorog, the press service of the ministry added on Monday.",
            "Tajikistan Interior Ministry",
            "Nine people were detained in Khorog",
        ),
    ],
)
def test_owned_words_speak_for_their_owner(facts_of, text, speaker, content):
    assert (speaker, content, False) in statement_triples(facts_of(text))


def test_her_government_is_the_state_of_the_person(facts_of):
    facts = facts_of(
        "Chilean President Gabriel Boric ordered the deployment of additional troops to the "
        "border area near Colchane, his government said in a statement."
    )
    assert [s for s, _, _ in statement_triples(facts)] == ["Chile"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The Peruvian Interior Ministry's press office reported on Tuesday that the "
            "highway to Moquegua had been reopened.",
            "Peruvian Interior Ministry",
            "the highway to Moquegua had been reopened",
        ),
        (
            "The communications department of the Chilean Navy reported that a pair of patrol "
            "boats had docked at Puerto Natales.",
            "Chilean Navy",
            "a pair of patrol boats had docked at Puerto Natales",
        ),
    ],
)
def test_a_named_owner_speaks_through_its_press_office(facts_of, text, speaker, content):
    assert (speaker, content, False) in statement_triples(facts_of(text))


def test_a_media_office_is_a_voice_not_an_outlet(facts_of):
    facts = facts_of(
        "The Nepalese Home Ministry said 14 people were missing after the floods. The "
        "ministry's media office said that three bridges near Pokhara had been swept away."
    )
    assert (
        "Nepalese Home Ministry",
        "three bridges near Pokhara had been swept away",
        False,
    ) in statement_triples(facts)


def test_the_body_that_spoke_is_named_again_by_its_last_word(facts_of):
    facts = facts_of(
        "Bolivia's Eastern Naval District announced on Thursday that about 200 sailors were "
        "holding exercises near Trinidad. The district's press office reported that the crews "
        "had rehearsed night landings."
    )
    speakers = [s for s, c, _ in statement_triples(facts) if c.startswith("the crews")]
    assert speakers == ["Bolivia Eastern Naval District"]
