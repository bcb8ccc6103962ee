"""Titles and honorifics taken for names (kg.extract.actors.title_phrases): a title phrase
alone names no actor, the person in apposition to it speaks; a title's remit after "for" is
no body; a run of honorifics before a person's name is no person. Invented sentences (actors
and places of no annotated article)."""

import pytest

from kg.extract.actors.title_phrases import title_phrase
from tests.statement_views import statement_triples


def _speakers(facts) -> list[str]:
    return [facts.actors[s.speaker].name for s in facts.statements if s.speaker]


def _names(facts) -> set[str]:
    return {a.name for a in facts.actors.values()}


@pytest.mark.parametrize(
    ("words", "office"),
    [
        ("Managing Director", True),
        ("Group Chief Executive Officer", True),
        ("the Consul General", True),
        ("Leader of Opposition", True),
        ("Leader of the Opposition", True),
        ("Director", False),  # one word may be a name or an office alone
        ("Managing Director Kwame Boateng", False),
        ("Director of the Ports Authority", False),
        ("King Street", False),
    ],
)
def test_a_title_phrase_is_a_title_and_nothing_more(words, office):
    assert title_phrase(words.split()) is office


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Volta Lake Transport Company suspended all services on the Akosombo route. The "
            "Managing Director of that company, Kofi Mensah, told reporters that two ferries had "
            "lost contact.",
            "Kofi Mensah",
        ),
        (
            "The Group Chief Financial Officer of Kafue Copper Holdings, Mr Tobias Mwansa, also "
            "said in Ndola that the firm was cooperating with the police.",
            "Tobias Mwansa",
        ),
        (
            "The Leader of Opposition, Mr Daniel Okello, said lawmakers learned of the "
            "deployment only from the radio.",
            "Daniel Okello",
        ),
        (
            '"Our support will continue," said Japan\'s Consul General in Davao, Kenji Arakawa, '
            "who read a statement.",
            "Kenji Arakawa",
        ),
    ],
)
def test_the_person_in_apposition_to_a_title_phrase_speaks(facts_of, text, speaker):
    facts = facts_of(text)
    assert _speakers(facts) == [speaker]
    assert not {"Managing Director", "Financial Officer", "Leader of Opposition"} & _names(facts)
    assert "Consul General" not in _names(facts)


def test_a_titles_remit_after_for_is_no_body(facts_of):
    facts = facts_of(
        '"The envoys will leave next week," the Mercosur Commissioner for Political Affairs, '
        "Peace and Security told reporters."
    )
    assert "Political Affairs" not in _names(facts)
    # the body a spokesman is "for" is who speaks
    kept = facts_of("A spokesman for Mercosur said that the bloc was not aware of the incident.")
    assert _speakers(kept) == ["Mercosur"]


def test_honorifics_before_a_name_are_no_person(facts_of):
    facts = facts_of(
        "Defence Minister Datuk Seri Rahman Talib Yaakob said the navy had been monitoring the "
        "vessel."
    )
    assert statement_triples(facts) == [
        ("Rahman Talib Yaakob", "the navy had been monitoring the vessel", False)
    ]
    assert "Datuk Seri" not in _names(facts)
