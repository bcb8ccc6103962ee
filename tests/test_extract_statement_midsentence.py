"""The mid-sentence attribution frame of kg.extract.statements (``midsentence``): 'CLAUSE, X
said, TAIL' reports the clause before the attribution, whatever the tail; and the spans of
kg.extract.statements.cuts for a coordinated predicate backshifted into the reported clause.
Invented sentences (actors and places of no annotated article)."""

import pytest

from tests.statement_views import statement_triples


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Armenia and Azerbaijan have each released 40 detainees in a swap brokered by "
            "Georgia, Irakli Kobakhidze said on Thursday, the third such exchange this year.",
            "Irakli Kobakhidze",
            "Armenia and Azerbaijan have each released 40 detainees in a swap brokered by Georgia",
        ),
        (
            "The border crossing at Lachin will stay closed until further notice, Ararat "
            "Mirzoyan said, though he stressed that talks with Baku would go on.",
            "Ararat Mirzoyan",
            "The border crossing at Lachin will stay closed until further notice",
        ),
        (
            "Gabriel Boric held a phone call with Luis Arce on Monday evening, the Chilean "
            "Foreign Ministry said, in which the two leaders discussed the lithium dispute.",
            "Chilean Foreign Ministry",
            "Gabriel Boric held a phone call with Luis Arce on Monday evening",
        ),
        (
            "Santiago: Hundreds of Chilean soldiers arrived in Arica and were set to move "
            "towards the border on Sunday, Gabriel Boric said, in a deployment meant to curb "
            "smuggling.",
            "Gabriel Boric",
            "Hundreds of Chilean soldiers arrived in Arica and were set to move towards the "
            "border on Sunday",
        ),
    ],
)
def test_the_clause_before_a_mid_sentence_attribution_is_reported(facts_of, text, speaker, content):
    assert (speaker, content, False) in statement_triples(facts_of(text))


def test_a_tail_predicate_without_subject_speaks_for_the_attribution(facts_of):
    text = (
        "Bolivia will not be invited to the talks in Lima, the Peruvian government said, "
        "though stressed that La Paz should join the process later."
    )
    pairs = statement_triples(facts_of(text))
    assert ("Peru", "Bolivia will not be invited to the talks in Lima", False) in pairs
    assert any(p[0] == "Peru" and p[1].startswith("La Paz should join") for p in pairs)


@pytest.mark.parametrize(
    "text",
    [
        # words before the attribution that are no clause of their own
        "At the same time, Gabriel Boric said, the border near Arica would stay open.",
        "If the talks in Lima fail, Gabriel Boric said, the border near Arica will close.",
    ],
)
def test_no_clause_before_the_attribution_leaves_the_clause_after(facts_of, text):
    pairs = statement_triples(facts_of(text))
    assert any(p[0] == "Gabriel Boric" and "border near Arica" in p[1] for p in pairs)
    assert not any(p[1].startswith(("At the same time", "If the talks")) for p in pairs)


def test_a_backshifted_coordinated_speech_verb_stays_in_the_clause(facts_of):
    text = (
        "A Bolivian government spokesperson said on Monday that La Paz “rejects any "
        "violation of Bolivian sovereignty” and had asked the Chilean side for "
        "“clarifications” after reports of troops near Ollague."
    )
    assert (
        "Bolivia",
        "La Paz “rejects any violation of Bolivian sovereignty” and had asked the Chilean "
        "side for “clarifications” after reports of troops near Ollague",
        False,
    ) in statement_triples(facts_of(text))


def test_a_coordinated_speech_verb_in_step_with_the_report_is_the_next_statement(facts_of):
    # 'had said ... and had urged': the report's own auxiliary again, not a backshift
    text = (
        "Armenian negotiator Karen Sahakyan had said that Yerevan did not want a new war and "
        "had urged Baku to reopen the road through Lachin."
    )
    assert statement_triples(facts_of(text)) == [
        ("Karen Sahakyan", "Yerevan did not want a new war", False),
        ("Karen Sahakyan", "Baku to reopen the road through Lachin", False),
    ]


def test_another_speakers_report_set_against_the_clause_ends_it(facts_of):
    text = (
        "Nino Lomjaria, an MP from the opposition, said the government’s reaction was “too "
        "slow, too timid,” while Giorgi Vashadze of the Strategy party called for Georgia "
        "to appeal to the OSCE for consultations."
    )
    pairs = statement_triples(facts_of(text))
    assert ("Nino Lomjaria", "the government’s reaction was “too slow, too timid", False) in pairs
    assert (
        "Giorgi Vashadze",
        "Georgia to appeal to the OSCE for consultations",
        False,
    ) in pairs


def test_a_contrast_without_another_speaker_stays_in_the_clause(facts_of):
    text = (
        "Jose Ramos-Horta said the troops would stay in Dili until March, while the police "
        "would take over the border posts near Batugade."
    )
    assert any(
        p[0] == "Jose Ramos-Horta" and p[1].endswith("border posts near Batugade")
        for p in statement_triples(facts_of(text))
    )


def test_a_gloss_after_a_dash_is_the_journalists(facts_of):
    text = (
        "Recep Tayyip Erdogan said he wants to see a ceasefire in Idlib – a proposal Damascus "
        "has refused unless the rebels withdraw from the highway."
    )
    assert (
        "Recep Tayyip Erdogan",
        "he wants to see a ceasefire in Idlib",
        False,
    ) in statement_triples(facts_of(text))


def test_a_proviso_the_parser_hung_on_the_verb_is_part_of_the_clause(facts_of):
    text = (
        "Rebel spokesman Emilio Carrasco told reporters that the front was ready to meet a "
        "mission from Bogota “at any time”, provided the army withdrew from Arauca first."
    )
    assert statement_triples(facts_of(text)) == [
        (
            "Emilio Carrasco",
            "the front was ready to meet a mission from Bogota “at any time”, provided the "
            "army withdrew from Arauca first",
            False,
        )
    ]


def test_a_speech_verb_inside_a_quotation_does_not_cut_the_clause(facts_of):
    text = (
        "Gabriel Boric said his government “did not expect and did not ask” for foreign "
        "troops on its soil."
    )
    assert statement_triples(facts_of(text)) == [
        (
            "Gabriel Boric",
            "his government “did not expect and did not ask” for foreign troops on its soil",
            False,
        )
    ]
