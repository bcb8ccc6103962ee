"""News outlets an article's structure shows (kg.extract.actors.mastheads), and the speaker
a statement keeps when the outlet that carries it is no actor; the bearer of a title whose
'of' phrase ends in the name. Invented articles (actors, outlets and places of no annotated
article)."""

import pytest

from kg.extract.actors.mastheads import article_outlets, outlet_or_writer_of_article


def _pairs(facts):
    return [(facts.actors[s.speaker].name, s.content) for s in facts.statements]


def _names(facts):
    return {a.name for a in facts.actors.values()}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Floods cut the delta road\n\nVelnor | Tuesday 4 June 2024 - 10:12 | Read 1,204 "
            "times\n\nThe road was shut on Monday.",
            "Velnor",
        ),
        (
            "Floods cut the delta road\n\nKestra Tarvo\n4 June 2024, 10:12\n\n"
            "The road was shut on Monday.",
            "Kestra Tarvo",
        ),
        ("PORT ELAN, 4 Jun 2024 (Marvo) - The road was shut on Monday.", "Marvo"),
        ("The road was shut, according to sources contacted by Orlek.", "Orlek"),
        ("The road was shut on Monday.\n\nFollow Pelmo Noticias on Telegram.", "Pelmo Noticias"),
        ("The road was shut on Monday.\n\nQuarro/End", "Quarro"),
    ],
)
def test_an_outlet_is_told_by_the_article_s_structure(nlp, text, outlet):
    doc = nlp(text)
    assert outlet_or_writer_of_article(outlet, doc)


def test_an_outlet_s_word_makes_a_name_an_outlet(nlp):
    doc = nlp("A nurse told Radio Kelvani that the clinic was full.")
    assert outlet_or_writer_of_article("Radio Kelvani", doc)
    assert outlet_or_writer_of_article("Daily Orbis", doc)
    assert not outlet_or_writer_of_article("Ilse Maranova", doc)


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-06-04\n\nDelta Road Shut\n\nThe road was shut on Monday, Ilse said.",
        # a dateline's places, over a sentence that gives a date
        "Delta road shut\n\nPort Elan/Tarvo:\n\nThe last convoy left on Friday night, "
        "officials in Port Elan said, meeting the May 10 deadline.",
    ],
)
def test_a_short_headline_a_dateline_or_the_corpus_date_line_is_no_masthead(nlp, text):
    assert not article_outlets(nlp(text))


def test_the_person_who_told_an_outlet_speaks_not_the_outlet(facts_of):
    facts = facts_of(
        "Army clears the delta road\n\n"
        "Velnor | Tuesday 4 June 2024 - 10:12 | Read 1,204 times\n\n"
        "“The road is open again,” the army spokesman, Colonel Dario Pessanha, told Velnor "
        "by telephone.\n\n"
        "The officer rejected reports that homes had been shelled. “These are rumours,” he "
        "insisted."
    )
    assert "Velnor" not in _names(facts)
    assert ("Dario Pessanha", "These are rumours") in _pairs(facts)


def test_a_quote_given_to_a_dated_wire_is_not_the_wire_s(facts_of):
    facts = facts_of(
        "PORT ELAN, 4 Jun 2024 (Marvo) - The council met on Monday.\n\n"
        "A nurse at the clinic told Marvo that supplies had run out. “We have nothing left,” "
        "she said."
    )
    assert "Marvo" not in _names(facts)
    assert not any(speaker == "Marvo" for speaker, _ in _pairs(facts))


def test_a_byline_s_writer_is_no_actor(facts_of):
    facts = facts_of(
        "Army clears the delta road\n\n"
        "By Imre Halvorsen | Velnor | Tuesday 4 June 2024\n\n"
        "General Osei Brandt said the road was open. “We will stay as long as needed,” the "
        "officer said."
    )
    assert "Imre Halvorsen" not in _names(facts)
    assert ("Osei Brandt", "We will stay as long as needed") in _pairs(facts)


def test_a_name_ending_a_title_s_of_phrase_is_the_subject_a_he_points_back_to(facts_of):
    facts = facts_of(
        "Adviser Tomas Reeve said in a post that the talks had stalled. President of Chile "
        "Arlo Vintner, speaking at a rally on Monday, noted that the border was calm. He "
        "recalled that he had called the leaders of both neighbours."
    )
    assert ("Arlo Vintner", "he had called the leaders of both neighbours") in _pairs(facts)


def test_a_name_a_speaker_gave_himself_is_the_subject_s(facts_of):
    facts = facts_of(
        "General Lars Ebbe told a press conference that order had been restored. A "
        "spokesman for a rebel unit operating in the hills, who identified himself as Joma "
        "Kedir, claimed that the fighters held the town. “We will not leave,” he said."
    )
    assert ("Joma Kedir", "We will not leave") in _pairs(facts)


def test_a_unit_s_ordinal_the_model_tagged_apart_stays_in_its_name(facts_of):
    facts = facts_of(
        "Among the units sent to Velmora was the 7th Coastal Rifle Brigade, which was pulled "
        "from reserve. In a statement on Monday, the brigade said its fighters had held the "
        "bridge."
    )
    assert ("7th Coastal Rifle Brigade", "its fighters had held the bridge") in _pairs(facts)


def test_a_surname_tagged_alone_after_a_title_and_given_name_is_the_person_s(facts_of):
    facts = facts_of(
        "“The operation is targeted,” the spokesman of the navy, Colonel Amadou Kessery, "
        "told reporters by telephone.\n\n"
        "The officer rejected reports that villages had been shelled. “These are lies,” he "
        "insisted."
    )
    assert ("Amadou Kessery", "These are lies") in _pairs(facts)


def test_an_outlet_the_story_is_about_is_not_taken_from_its_reporters(nlp):
    doc = nlp(
        "The Ledger fired the editor on Wednesday. The union said the move hurt the freedoms "
        "the Ledger’s reporters rely on. The Ledger said personnel changes were made."
    )
    assert "ledger" not in article_outlets(doc)


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("Contacted by Orlek, the ministry declined to comment on the road.", True),
        ("The ministry declined to comment when contacted by Orlek.", True),
        ("Ilse Maranova was contacted by Tomas Verrin on Monday about the road.", False),
        ("Ilse Maranova, who had been contacted by Tomas Verrin, left on Monday.", False),
    ],
)
def test_contacted_by_credits_an_outlet_only_as_a_bare_participle(nlp, text, credited):
    outlets = article_outlets(nlp(text))
    name = "orlek" if credited else "tomas verrin"
    assert (name in outlets) is credited


def test_a_short_headline_with_a_verb_over_the_date_line_is_no_masthead(nlp):
    doc = nlp(
        "Venn Resigns\n4 June 2024, 10:12\n\nMarla Venn resigned on Monday. Venn said the "
        "road would stay shut."
    )
    assert not article_outlets(doc)
