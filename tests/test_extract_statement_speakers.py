"""Who speaks in statement frames whose speaker is not the speech verb's subject, on invented
sentences (actors and places of no annotated article)."""

import pytest


def _pairs(facts):
    return [(facts.actors[s.speaker].name, s.content, s.direct) for s in facts.statements]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The Chilean government released a statement saying the border crossings at Arica "
            "would reopen on Monday.",
            "Chile",
            "the border crossings at Arica would reopen on Monday",
        ),
        (
            "Peruvian President Dina Boluarte sent a letter to lawmakers saying she would not "
            "resign before the election.",
            "Dina Boluarte",
            "she would not resign before the election",
        ),
        (
            "The Green Party put out a memo saying there was no plan for an early vote in Lagos.",
            "Green Party",
            "there was no plan for an early vote in Lagos",
        ),
        (
            "The Mexican foreign ministry issued a communique asserting that the detained "
            "citizens had been denied consular access.",
            "Mexican foreign ministry",
            "the detained citizens had been denied consular access",
        ),
    ],
)
def test_a_document_s_participle_of_speech_speaks_for_who_issued_it(
    facts_of, text, speaker, content
):
    assert _pairs(facts_of(text)) == [(speaker, content, False)]


@pytest.mark.parametrize(
    "text",
    [
        # guards: a participle on a noun that is no document says nothing
        "A group claiming to represent the fighters in Kidal released a video.",
        "Reporters read a statement saying nothing about the strike.",
    ],
)
def test_a_participle_on_a_noun_with_no_author_says_nothing(facts_of, text):
    assert _pairs(facts_of(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Kenya Police Service (KPS) raided a warehouse in Mombasa on Monday. The police "
            "service said three suspects were still at large.",
            "KPS",
        ),
        (
            "The Greater Lagos Police (GLP) raided a warehouse in Ikeja. Police said three "
            "suspects were still at large.",
            "GLP",
        ),
        (
            "The Lagos State Police arrested two men near Ikeja on Monday.\n\nPolice said three "
            "suspects were still at large.",
            "Lagos State Police",
        ),
    ],
)
def test_the_police_point_back_to_the_police_body_named_before(facts_of, text, speaker):
    facts = facts_of(text)
    assert (speaker, "three suspects were still at large", False) in _pairs(facts)
