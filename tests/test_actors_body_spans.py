"""Organisation names the entity ruler or the model cut, made whole before extraction
(kg.extract.actors.body_spans), on invented sentences."""

import pytest

from kg.extract.actors.body_spans import organisation_spans_repaired


def _cut(doc, *pieces):
    """The doc's entities set to the given (words, label) pieces, as a model might cut them."""
    ents = []
    for words, label in pieces:
        begin = doc.text.index(words)
        ents.append(doc.char_span(begin, begin + len(words), label=label))
    doc.ents = ents
    return list(doc.ents)


@pytest.mark.parametrize(
    ("text", "pieces", "whole"),
    [
        (
            "Peru has 200 tanks, according to the Federation of American Geologists.",
            [("the Federation of", "ORG"), ("American", "NORP")],
            "the Federation of American Geologists",
        ),
        (
            "Officials of the North American Maritime Defense Command said the jets left.",
            [("the North", "ORG"), ("American", "NORP")],
            "the North American Maritime Defense Command",
        ),
        (
            "“We lost,” the UK Foreign, Trade and Development Office said.",
            [("Development Office", "ORG")],
            "Foreign, Trade and Development Office",
        ),
        (
            "The Venezuelan Solicitor General’s Office said it will investigate.",
            [("Venezuelan", "NORP"), ("General’s Office", "ORG")],
            "Venezuelan Solicitor General’s Office",
        ),
        (
            "The Popular Front in Benin said it had shelled the base.",
            [("The Popular Front in", "ORG"), ("Benin", "GPE")],
            "The Popular Front in Benin",
        ),
        (
            "The Royal Danish Navy said two vessels had entered the strait.",
            [("The Royal", "ORG"), ("Danish", "NORP")],
            "The Royal Danish Navy",
        ),
        (
            "The Joint Operations Command of the Uruguayan Armed Forces said jets were scrambled.",
            [
                ("The Joint Operations Command of the", "ORG"),
                ("Uruguayan", "NORP"),
                ("Armed Forces", "ORG"),
            ],
            "The Joint Operations Command of the Uruguayan Armed Forces",
        ),
    ],
)
def test_a_cut_organisation_name_is_made_whole(nlp, text, pieces, whole):
    doc = nlp(text)
    repaired = organisation_spans_repaired(doc, _cut(doc, *pieces))
    assert [e.text for e in repaired if e.label_ == "ORG"] == [whole]
    assert not [e for e in repaired if e.label_ in ("NORP", "GPE")]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a demonym before troops is no part of the name of the body before it
        ("NATO American troops arrived in Riga.", [("NATO", "ORG"), ("American", "NORP")]),
        # capitalised words before a name that ends in no body's head are not its words
        ("The Ministry said Minister Ana Diaz would go.", [("Ministry", "ORG")]),
        # a place after a name that ends in no preposition is no part of it
        ("The Popular Front in Benin said so.", [("The Popular Front", "ORG"), ("Benin", "GPE")]),
    ],
)
def test_names_that_were_not_cut_are_left_alone(nlp, text, pieces):
    doc = nlp(text)
    ents = _cut(doc, *pieces)
    assert organisation_spans_repaired(doc, ents) == ents


def test_a_surname_the_model_took_for_an_organisation_ends_the_person_s_name(nlp):
    from kg.extract.actors.names import name_spans_repaired

    doc = nlp("Air Force Commander Pavlo Hrytsenko called the barrage massive.")
    ents = _cut(doc, ("Pavlo", "PERSON"), ("Hrytsenko", "ORG"))
    assert [(e.text, e.label_) for e in name_spans_repaired(doc, ents)] == [
        ("Pavlo Hrytsenko", "PERSON")
    ]


@pytest.mark.parametrize(
    ("text", "pieces", "whole"),
    [
        (
            "On Monday, the AU Office for the Protection of Civilians said it had seen attacks.",
            [("AU Office", "ORG"), ("the Protection of Civilians", "ORG")],
            "AU Office for the Protection of Civilians",
        ),
        (
            "The Kenyan Treasury Department’s Office of Debt Management said bonds were sold.",
            [("Department’s Office of Debt Management", "ORG")],
            "Office of Debt Management",
        ),
    ],
)
def test_a_body_s_remit_and_owner_are_cut_right(nlp, text, pieces, whole):
    """'the X Office | for | the Y' is one name; 'the X Department's | Office of Y' is the
    office's name after its owner's possessive."""
    doc = nlp(text)
    repaired = organisation_spans_repaired(doc, _cut(doc, *pieces))
    assert [e.text for e in repaired if e.label_ == "ORG"] == [whole]


def test_a_body_of_a_body_after_of_keeps_its_own_name(nlp):
    doc = nlp("The Budget Commission of the House of Delegates of Ruritania met on Monday.")
    pieces = [("Budget Commission", "ORG"), ("the House of Delegates of Ruritania", "ORG")]
    repaired = organisation_spans_repaired(doc, _cut(doc, *pieces))
    assert [e.text for e in repaired if e.label_ == "ORG"] == [p for p, _ in pieces]


@pytest.mark.parametrize(
    ("text", "pieces", "whole"),
    [
        (
            "The Unified Command of the Armed Forces reported that 300 troops had left.",
            [("The Unified Command of", "ORG"), ("the Armed Forces", "ORG")],
            "The Unified Command of the Armed Forces",
        ),
        (
            "The Malian Ministry of the Armed Forces said troops would stay in Gao.",
            [("Malian", "NORP"), ("the Armed Forces", "ORG")],
            "Malian Ministry of the Armed Forces",
        ),
        (
            "The Ministry of Trade and Regional Integration said the border would reopen.",
            [("The Ministry of Trade and", "ORG"), ("Regional Integration", "ORG")],
            "The Ministry of Trade and Regional Integration",
        ),
        (
            "The Federal Security Board said the border would reopen.",
            [("The Federal", "ORG"), ("Security Board", "ORG")],
            "The Federal Security Board",
        ),
    ],
)
def test_a_name_cut_at_its_of_is_made_whole(nlp, text, pieces, whole):
    """'the X Command of | the Armed Forces' and 'the Malian | Ministry of | the Armed
    Forces' (head and 'of' untagged): a body's name never ends or begins at its 'of'."""
    doc = nlp(text)
    repaired = organisation_spans_repaired(doc, _cut(doc, *pieces))
    assert [e.text for e in repaired if e.label_ == "ORG"] == [whole]


def test_two_bodies_side_by_side_stay_two(nlp):
    doc = nlp("The Verdana Front and the Kessi Council said the border would reopen.")
    repaired = organisation_spans_repaired(
        doc, _cut(doc, ("The Verdana Front", "ORG"), ("the Kessi Council", "ORG"))
    )
    assert [e.text for e in repaired] == ["The Verdana Front", "the Kessi Council"]


@pytest.mark.parametrize(
    ("text", "pieces", "whole"),
    [
        (
            "The Land and Water Bureau said the dams on the lower river had held.",
            [("Water Bureau", "ORG")],
            "Land and Water Bureau",
        ),
        (
            "The General Staff of the Armed Forces said in a statement that two posts fell.",
            [("the Armed Forces", "ORG")],
            "General Staff of the Armed Forces",
        ),
        (
            "The UN Stabilisation Mission in Chad said its patrols would go on.",
            [("The UN Stabilisation Mission", "ORG"), ("Chad", "GPE")],
            "The UN Stabilisation Mission in Chad",
        ),
        (
            "The AU Mission for the Ceasefire in Kasai said its monitors counted no fighters.",
            [("The AU Mission for the Ceasefire", "ORG"), ("Kasai", "GPE")],
            "The AU Mission for the Ceasefire in Kasai",
        ),
        (
            "Oxfam International Peru said the floods had displaced thousands.",
            [("Oxfam International", "ORG"), ("Peru", "GPE")],
            "Oxfam International Peru",
        ),
    ],
)
def test_a_name_joined_by_and_placed_or_closed_by_its_state_is_made_whole(nlp, text, pieces, whole):
    """'the X and | Y Bureau', 'the General Staff of | the Armed Forces', 'the UN Mission |
    in | Chad', 'Oxfam International | Peru': one body's name each."""
    doc = nlp(text)
    repaired = organisation_spans_repaired(doc, _cut(doc, *pieces))
    assert [e.text for e in repaired if e.label_ == "ORG"] == [whole]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a ministry or an armed service placed somewhere is not named by the place
        (
            "The Foreign Ministry in Lima said so.",
            [("The Foreign Ministry", "ORG"), ("Lima", "GPE")],
        ),
        (
            "The Chilean Air Force in Antofagasta said two jets had landed.",
            [("The Chilean Air Force", "ORG"), ("Antofagasta", "GPE")],
        ),
        # a place that is no head of the phrase the name leads is no part of the name
        ("The OSCE Kyrgyzstan office closed.", [("The OSCE", "ORG"), ("Kyrgyzstan", "GPE")]),
        # a capital after an outlet's name is the state acting, not the outlet's office
        (
            "According to the Lagos Herald Abuja demanded that the troops leave.",
            [("the Lagos Herald", "ORG"), ("Abuja", "GPE")],
        ),
        # a unit placed somewhere is a force there, not a body named by the place
        (
            "The Joint Task Force in Mali said two posts fell.",
            [("The Joint Task Force", "ORG"), ("Mali", "GPE")],
        ),
    ],
)
def test_places_after_names_that_do_not_close_them_are_left_alone(nlp, text, pieces):
    doc = nlp(text)
    ents = _cut(doc, *pieces)
    assert organisation_spans_repaired(doc, ents) == ents
