"""Line openers (kg.line_openers): a wire dateline or a live blog's timestamp opens a line
before its first sentence; on invented lines (actors and places of no annotated article)."""

import pytest

from kg.line_openers import opener_ends
from tests.statement_views import statement_triples


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("HARARE, June 2 — Zimbabwe's army said", "Zimbabwe's"),
        ("LUSAKA (Reuters) - The talks", "The talks"),
        ("PORT-AU-PRINCE, Haiti, 12 May (AFP) – Gangs", "Gangs"),
        ("ULAANBAATAR, May 2 (Montsame) -- Mongolia", "Mongolia"),
        ("16:05 GMT — Chad's president", "Chad's"),
        ("9.30am EST - The envoy", "The envoy"),
        ("11:20 — “We will not retreat,”", "“We will"),
    ],
)
def test_a_dateline_or_timestamp_ends_before_the_line_s_first_sentence(line, first):
    text = "Title line\n\n" + line
    ends = opener_ends(text)
    assert len(ends) == 1
    assert text[ends[0] :].startswith(first)


@pytest.mark.parametrize(
    "line",
    [
        "US - China talks resumed on Monday.",
        "NATO - the alliance - met in Riga.",
        "The figure rose to 12.5 - a record.",
        "Oslo, May 2 — The talks",  # no capitals: a place in running text
        "10:42 local time the shelling began — witnesses said.",
    ],
)
def test_a_line_without_an_opener_is_left_whole(line):
    assert opener_ends(line) == []


def test_a_live_blog_s_timestamp_is_no_speaker_and_no_actor(facts_of):
    facts = facts_of(
        "Live: fighting in the east\n\n"
        "16:05 GMT — Chad's government spokesman Abakar Mahamat says N'Djamena "
        "“will never talk to mercenaries”.\n\n"
        "15:40 GMT — Niger, which has troops near Diffa, says its soldiers will "
        "“hold every village on the river”."
    )
    assert "GMT" not in {a.name for a in facts.actors.values()}
    speakers = {speaker for speaker, _, _ in statement_triples(facts)}
    assert speakers == {"Abakar Mahamat", "Niger"}


@pytest.mark.parametrize(
    "dateline",
    ["HARARE, June 2 —", "NAIROBI, June 2 —", "HARARE (Reuters) -", "LUSAKA, 2 June (AFP) –"],
)
def test_a_dateline_in_capitals_is_no_speaker_whatever_its_city(facts_of, dateline):
    facts = facts_of(
        f"{dateline} Mozambique's Defence Ministry on Sunday accused Malawian forces of "
        "shelling its border posts near Mandimba."
    )
    assert statement_triples(facts) == [
        ("Mozambique Defence Ministry", "shelling its border posts near Mandimba", False)
    ]


def test_a_dateline_is_cut_from_the_clause_of_the_lede(facts_of):
    facts = facts_of(
        "TASHKENT (Reuters) - Uzbekistan will not join the exercises on the Tajik border, "
        "Foreign Minister Bakhtiyor Saidov said on Tuesday."
    )
    assert statement_triples(facts) == [
        (
            "Bakhtiyor Saidov",
            "Uzbekistan will not join the exercises on the Tajik border",
            False,
        )
    ]


def test_a_headline_in_capitals_with_a_dash_is_no_dateline():
    text = "Title\n\nTHE WEST HAS ONLY ONE AIM IN THE WAR – TO HELP KYIV WIN\n\nThe minister said."
    assert opener_ends(text) == []


def test_the_sentence_after_a_dateline_runs_to_its_full_stop(nlp):
    doc = nlp(
        "HANOI, May 3 - China sent 14 warships near the Paracel Islands on Friday, the "
        "Vietnamese navy said. Vietnam protested."
    )
    assert [s.text.strip() for s in doc.sents] == [
        "HANOI, May 3 -",
        "China sent 14 warships near the Paracel Islands on Friday, the Vietnamese navy said.",
        "Vietnam protested.",
    ]
