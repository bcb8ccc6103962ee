"""Status of meetings to come on invented sentences (kg.extract.meetings.prospects): a meeting
only sought, arranged or talked of is proposed, and so is one whose sentence says its date
is open, unless its own clause names a time."""

import pytest


def statuses(facts):
    return [m.status for m in facts.meetings]


@pytest.mark.parametrize(
    "text",
    [
        "Gabriel Boric asked for talks with Luis Arce.",
        "Suriname is trying to arrange a meeting between Gabriel Boric and Luis Arce.",
        "Bolivia on Monday dismissed talk of a summit between Gabriel Boric and Luis Arce.",
        "Officials would not yet discuss a date for talks between Gabriel Boric and Luis Arce.",
        "Officials said a meeting between Gabriel Boric and Luis Arce is possible.",
        'Officials said Gabriel Boric and Luis Arce agreed "in principle" to talks.',
    ],
)
def test_a_meeting_only_sought_or_talked_of_is_proposed(facts_of, text):
    assert statuses(facts_of(text, date="2025-06-11")) == ["proposed"], text


def test_a_sentence_cue_in_quotation_marks_counts(facts_of):
    facts = facts_of(
        'A summit between Gabriel Boric and Luis Arce was "in preparation", officials said.',
        date="2025-06-11",
    )
    assert statuses(facts) == ["proposed"]


def test_a_meeting_arranged_already_is_not_only_sought(facts_of):
    # guard: "arranged" in the simple past is no arranging under way
    facts = facts_of(
        "Gabriel Boric met Luis Arce on Monday in a meeting arranged by Uruguay.",
        date="2025-06-11",
    )
    assert statuses(facts) == ["held"]


def test_planning_to_meet_without_a_time_is_proposed(facts_of):
    facts = facts_of(
        "Gabriel Boric is planning to talk with Luis Arce by phone.", date="2025-06-11"
    )
    assert statuses(facts) == ["proposed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "His office said Gabriel Boric would speak with Luis Arce about the border, though "
            "no date was given.",
            "proposed",
        ),
        (
            "Gabriel Boric will meet Luis Arce in Cochabamba, although the visit has not been "
            "confirmed.",
            "proposed",
        ),
        # guards: "next week" is its own time, whatever else is open; what is unconfirmed
        # is a toll, not the meeting
        (
            "Gabriel Boric will speak with Luis Arce next week, though no date was given for "
            "a summit of the bloc.",
            "scheduled",
        ),
        (
            "Gabriel Boric will meet Luis Arce in Cochabamba, officials said, but the number "
            "of flood victims has not been confirmed.",
            "scheduled",
        ),
    ],
)
def test_a_meeting_whose_date_is_said_to_be_open_is_proposed(facts_of, text, expected):
    assert statuses(facts_of(text, date="2025-06-11"))[0] == expected, text
