"""Names the model tags as organisations that name no actor (kg.extract.actors.non_actors),
on invented sentences (actors and places of no annotated article)."""

import pytest

from kg.extract.actors.non_actors import non_actor_keys, not_an_actor
from kg.extract.actors.records import Record


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        # a place: after a preposition of place, or 'the village of X'
        ("Kelvara", "Residents said fighting raged in Kelvara overnight.", "Organization"),
        ("Ostrel", "Troops reached the village of Ostrel at dawn.", "Organization"),
        ("Dumo-Kessi", "Shelling hit homes in the Dumo-Kessi prefecture.", "Organization"),
        # a weapon system or the kind of a unit
        ("Borvik", "Two Borvik batteries and the Borvik missiles were moved.", "Organization"),
        ("Tarrow", "A Tarrow military base was hit.", "Organization"),
        # a portfolio
        ("Home", "Home Minister Rajan Pillai said the curfew would stay.", "Organization"),
        ("Interior", "The Minister of Interior said the police were ready.", "Organization"),
        # the article's own common word; a word cut at a hyphen
        ("Convoys", "Convoys left at noon. The convoys were stopped.", "Organization"),
        ("Saro-led", "The Saro-led fighters said so.", "Group"),
        ("Kessi-", "The Kessi- talks said so.", "Organization"),
        # an outlet
        ("Daily Courier", "The Daily Courier said the port was shut.", "Organization"),
        ("Lomar Press Agency", "Lomar Press Agency said the port was shut.", "Organization"),
    ],
)
def test_a_name_of_no_actor_is_recognised(name, text, kind):
    assert not_an_actor(name, text, kind)


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("Verdana Front", "The Verdana Front said it held the line.", "Group"),
        ("Borvik", "The Borvik battalion said it held the line.", "Group"),
        ("Fennel", "Fennel said the vote was fair. Fennel won.", "Organization"),
        ("Kremlin Press Service", "The Kremlin Press Service said so.", "Organization"),
        ("KLM", "KLM said flights resumed.", "Organization"),
    ],
)
def test_an_actor_is_kept(name, text, kind):
    assert not not_an_actor(name, text, kind)


def test_a_capitalised_word_the_tagger_reads_as_a_common_noun_is_no_actor(nlp):
    doc = nlp("Videos circulating on social media showed the attack. Fennel said it was over.")
    records = {
        "a": Record("Videos", "Organization", None),
        "b": Record("Fennel", "Organization", None),
    }
    assert non_actor_keys(records, doc) == {"a"}


def test_a_fact_of_a_place_taken_for_an_organisation_is_dropped(facts_of):
    facts = facts_of(
        "Fighting raged in Kelvara overnight. “We have lost everything,” a resident of "
        "Kelvara told reporters. Kelvara said the shelling had stopped."
    )
    assert all(facts.actors[s.speaker].name != "Kelvara" for s in facts.statements)


def test_a_one_word_person_is_a_place_only_where_written_as_one():
    assert not_an_actor("Kelvara", "Fighting raged in Kelvara overnight.", "Person")
    assert not not_an_actor("Marek", "A call from Marek came. In Marek's view, no.", "Person")


def test_an_acronym_the_tagger_reads_as_a_noun_is_an_actor(nlp):
    doc = nlp("KFOR said 500 additional troops had been deployed to the north of Kosovo.")
    assert non_actor_keys({"a": Record("KFOR", "Organization", None)}, doc) == set()


def test_a_name_written_mid_sentence_is_an_actor_whatever_the_tagger_reads(nlp):
    doc = nlp("Officers from Verrex were sent to the border. Verrex said the patrols would go on.")
    assert non_actor_keys({"a": Record("Verrex", "Organization", None)}, doc) == set()


def test_places_in_actor_slots_are_no_actors(nlp):
    """A barracks or mountain town by its own words, a venue's name before its noun, a
    unit's town of origin (kg.extract.actors.places)."""
    doc = nlp(
        "Soldiers from Koro Barracks and police from Mt Dalvo were sent to Ostrel. Batallion 7 "
        "from Venkirch in Saxony moved east. Leaders met at the Rusal Dorin residence. The "
        "Verdana Front said it held the line."
    )
    records = {
        "a": Record("Koro Barracks", "Organization", None),
        "b": Record("Mt Dalvo", "Organization", None),
        "c": Record("Venkirch", "Organization", None),
        "d": Record("Rusal Dorin", "Person", None),
        "e": Record("Verdana Front", "Group", None),
    }
    assert non_actor_keys(records, doc) == {"a", "b", "c", "d"}


def test_a_one_word_name_coordinated_with_a_place_is_one():
    text = "Navy personnel were stationed at the ports of Varna and Kelvo. In Ruse and Plevo too."
    assert not_an_actor("Kelvo", text, "Person")
    assert not_an_actor("Plevo", text, "Person")
    assert not not_an_actor("Kelvo", "Talks between Sowe and Kelvo ended. Kelvo left.", "Person")
