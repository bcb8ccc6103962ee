"""The name an actor has in an article's eval row: a form the article writes
(kg.extract.actors.surface), on invented sentences (actors and places of no annotated
article)."""

import pytest

from kg.extract.actors.surface import ArticleForms, words_of
from kg.models import Actor


def _names(facts) -> set[str]:
    from kg.extract import to_eval_json

    row = to_eval_json(facts)
    names = {s["speaker"] for s in row["statements"]}
    names |= {d["actor"] for d in row["deployments"]}
    return names | {p for m in row["meetings"] for p in m["participants"]}


def test_words_of_compares_as_a_reader_does():
    assert words_of("The Defence Ministry’s") == "defense ministry"
    assert words_of("U.S.") == "u s"


@pytest.mark.parametrize(
    ("actor", "text", "name"),
    [
        # an organisation's canonical name the article never writes: the form it writes
        (Actor("k", "United Nations", "Organization"), "The UN said on Monday.", "UN"),
        (
            Actor("k", "United Nations", "Organization"),
            "The United Nations said on Monday.",
            "United Nations",
        ),
        # a state's variant of its own name, not a capital or a code
        (
            Actor("k", "Republic of the Congo", "Country"),
            "Republic of Congo said troops were sent to Brazzaville.",
            "Republic of Congo",
        ),
        (
            Actor("k", "Republic of the Congo", "Country", aliases=("Brazzaville",)),
            "Brazzaville said troops were sent.",
            "Republic of the Congo",
        ),
        (Actor("k", "United States", "Country"), "U.S. officials said so.", "United States"),
        # another English name of the state, official or former, as the article writes it
        (Actor("k", "Myanmar", "Country"), "Burma said its army would withdraw.", "Burma"),
        (
            Actor("k", "Czech Republic", "Country"),
            "Czechia sent two field hospitals to Moldova.",
            "Czechia",
        ),
        (Actor("k", "Eswatini", "Country"), "Eswatini and Swaziland.", "Eswatini"),
        (Actor("k", "United Kingdom", "Country"), "Britain said so.", "United Kingdom"),
        # a person's suffix is part of the name
        (
            Actor("k", "Tomas Alvarez", "Person"),
            "Senator Tomas Alvarez Jr. said so. Alvarez later left.",
            "Tomas Alvarez Jr.",
        ),
        (
            Actor("k", "Reyes Jr", "Person"),
            "Colonel Dante Reyes Jr. arrived. Reyes Jr said so.",
            "Dante Reyes Jr.",
        ),
        (
            Actor("k", "Ibarra Jr.", "Person"),
            "The plan came from Commissioner for Land Reform Luis Ibarra Jr. on Friday.",
            "Luis Ibarra Jr.",
        ),
        (
            Actor("k", "Pedro Salas", "Person"),
            "Pedro Salas Jr. spoke first. His father, Pedro Salas, said so.",
            "Pedro Salas",
        ),
        # a title the model took into a person's name, cut from the name it goes on with
        (
            Actor("k", "Chairperson Amina", "Person"),
            "Commission Chairperson Amina Salah Mohamed said so.",
            "Amina Salah Mohamed",
        ),
        # a person: a surname names them anywhere
        (Actor("k", "Ana Lima", "Person", aliases=("Lima",)), "Lima said so.", "Ana Lima"),
    ],
)
def test_an_actor_is_named_by_a_form_the_article_writes(actor, text, name):
    assert ArticleForms(text).name_of(actor) == name


def test_a_long_name_the_article_writes_wins_over_a_shorter_alias(facts_of):
    text = (
        "The U.S. State Department said on Friday that the embassy in Asmara would stay "
        "open. “We are watching the situation closely,” the State Department said."
    )
    names = _names(facts_of(text))
    assert "U.S. State Department" in names
    assert "US State Department" not in names


@pytest.mark.parametrize(
    ("actor", "text", "name"),
    [
        # a name the model cut before the acronym the article brackets after its words
        (
            Actor("k", "Verdant Integrated Stabilisation Mission", "Organization"),
            "The Verdant Integrated Stabilisation Mission in the Oran Republic (VISMOR) said "
            "on Monday that patrols would resume.",
            "VISMOR",
        ),
        (
            Actor("k", "Popular Liberation Front", "Group"),
            "Leaders of the Tessa and Popular Liberation Front (FLPT) met on Monday.",
            "FLPT",
        ),
        (Actor("k", "Dar", "Person"), "Dar o Selim Kendra (DSK) called for calm.", "DSK"),
        # an acronym of other words is not the name's
        (
            Actor("k", "Verdant Council", "Organization"),
            "The Verdant Council (UNHCR) said so.",
            "Verdant Council",
        ),
        # a one-word person the article writes on with a surname, past a nickname or title
        (
            Actor("k", "Mateo", "Person"),
            "Former president Mateo 'Tito' Ruiz called for an inquiry.",
            "Mateo Ruiz",
        ),
        (
            Actor("k", "Ines", "Person"),
            "the defence secretary, Gen Ines Arroyo Vega, told reporters",
            "Ines Arroyo Vega",
        ),
        (Actor("k", "Ruiz", "Person"), "Ruiz said on Monday that it was over.", "Ruiz"),
    ],
)
def test_a_name_the_model_cut_is_written_whole_or_as_its_acronym(actor, text, name):
    assert ArticleForms(text).name_of(actor) == name


def test_a_state_named_by_its_official_name_keeps_that_name_and_one_key(facts_of):
    text = (
        "Côte d'Ivoire has deployed 400 soldiers to the northern town of Korhogo, the "
        "government said on Monday. Ivorian troops will stay there until the rains, Côte "
        "d'Ivoire's defence minister Kofi Mensah said."
    )
    facts = facts_of(text)
    names = _names(facts)
    assert "Côte d'Ivoire" in names and "Ivory Coast" not in names
    assert len({a.key for a in facts.actors.values() if a.type == "Country"}) == 1


@pytest.mark.parametrize(
    ("actor", "text", "name"),
    [
        # a one-word royal or pontiff: the title the article writes with the name
        (Actor("k", "Letsie", "Person"), "King Letsie said so in Maseru.", "King Letsie"),
        (
            Actor("k", "Willem", "Person"),
            "Prince Willem arrived. Willem then left, Prince Willem's office said.",
            "Prince Willem",
        ),
        # a title of no monarch, or none written: the name as it is
        (Actor("k", "Varga", "Person"), "Minister Varga said on Monday that it was over.", "Varga"),
        (Actor("k", "Letsie", "Person"), "Letsie said so in Maseru.", "Letsie"),
        # a surname written whole only inside the name of the person's government: the
        # given name before it, and not the body's word after it
        (
            Actor("k", "Okonjo", "Person"),
            "The army said it would not obey the Ada Okonjo Government. Mr Okonjo said he "
            "would not resign.",
            "Ada Okonjo",
        ),
        (
            Actor("k", "Okonjo", "Person"),
            "The Okonjo Administration fell. Mr Okonjo said he would not resign.",
            "Okonjo",
        ),
    ],
)
def test_a_one_word_person_is_written_with_a_regnal_title_or_given_name(actor, text, name):
    assert ArticleForms(text).name_of(actor) == name


def test_a_style_of_address_is_no_part_of_a_name(facts_of):
    names = _names(
        facts_of(
            "His Majesty King Letsie met Portuguese Prime Minister Rui Moreira in Maseru on Monday."
        )
    )
    assert names == {"King Letsie", "Rui Moreira"}
    names = _names(
        facts_of("HRH Prince Willem met Portuguese Prime Minister Rui Moreira in Lisbon on Monday.")
    )
    assert names == {"Prince Willem", "Rui Moreira"}
    names = _names(
        facts_of(
            "His Excellency President Kojo Mbeki met Portuguese Prime Minister Rui Moreira in "
            "Lisbon on Monday."
        )
    )
    assert names == {"Kojo Mbeki", "Rui Moreira"}
