"""kg.extract.actors.of_titles: a name after a title with an "of <state/body>" complement
("President of Kenya A B") is a person who acts, speaks and meets as that name; the state or
body the title is of is no side of the mention. Invented sentences only."""

import pytest

from tests.meeting_views import parties


def _speakers(facts) -> list[str]:
    return [facts.actors[s.speaker].name for s in facts.statements]


def _people(facts) -> set[str]:
    return {a.name for a in facts.actors.values() if a.type == "Person"}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            # the first name merged into the state's phrase, the second one's title the
            # object of "with" and the name hung elsewhere
            "President of Kenya William Ruto held talks with President of the Republic of "
            "Ghana Nana Akufo-Addo at the State House.",
            ("Nana Akufo-Addo", "William Ruto"),
        ),
        (
            # two "of" complements, the name tagged an organisation with the state
            "Minister of Foreign Affairs of Malawi Nancy Tembo met with Secretary General of "
            "the SADC Elias Magosi on Tuesday.",
            ("Elias Magosi", "Nancy Tembo"),
        ),
        (
            # the body, not the name, met: before, "National Assembly of Bulgaria" was a side
            "Speaker of the National Assembly of Bulgaria Rosen Zhelyazkov met Prime Minister "
            "of Croatia Andrej Plenkovic.",
            ("Andrej Plenkovic", "Rosen Zhelyazkov"),
        ),
    ],
)
def test_names_after_of_titles_are_the_sides_of_a_meeting(facts_of, text, sides):
    assert parties(facts_of(text, date="2024-03-10")) == [sides]


def test_a_list_of_of_titled_names_meets_as_each_name(facts_of):
    facts = facts_of(
        "Minister of Defence of Estonia Hanno Pevkur, Minister of Defence of Latvia Andris "
        "Spruds and Minister of National Defence of Lithuania Laurynas Kasciunas met in Riga "
        "on Monday.",
        date="2024-03-10",
    )
    assert parties(facts) == [("Andris Spruds", "Hanno Pevkur", "Laurynas Kasciunas")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # before, the state spoke
            "Minister of Defense of Georgia Irakli Chikovani said the exercise would continue.",
            "Irakli Chikovani",
        ),
        (
            "The border was closed, the Minister of Interior of Chad Mahamat Idriss said on "
            "Friday.",
            "Mahamat Idriss",
        ),
        (
            # before, the administration with the name in it spoke
            "Head of the Zhytomyr Regional Military Administration Vitalii Bunechko said two "
            "people were injured.",
            "Vitalii Bunechko",
        ),
        (
            # the model cut the given name off the person it tagged
            "Chairman of the Council of Ministers of Serbia Milos Vucevic said the talks were "
            "useful.",
            "Milos Vucevic",
        ),
    ],
)
def test_the_name_after_an_of_title_speaks(facts_of, text, speaker):
    facts = facts_of(text, date="2024-03-10")
    assert _speakers(facts) == [speaker]
    assert speaker in _people(facts)
