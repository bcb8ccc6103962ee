"""The capability suite (tests/capability/): its generator, and each capability's pass rate held
at its floor (tests/capability/floors.json: today's rates, rounded down a little; they only
rise). ``make eval`` prints the same table."""

import json
from collections import Counter

import pytest

from tests.capability import generate, run
from tests.capability.check import failures

FLOORS = json.loads(run.FLOORS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def suite():
    return generate.items()


@pytest.fixture(scope="module")
def report(suite):
    return run.summary(run.outcomes(suite, run.predictions(suite)))


def test_each_kind_has_at_least_300_items(suite):
    counts = Counter(item.kind for item in suite)
    assert {kind: counts[kind] >= 300 for kind in generate.KINDS} == dict.fromkeys(
        generate.KINDS, True
    ), counts


def test_items_come_from_at_least_12_conflicts_and_regions(suite):
    for kind in generate.KINDS:
        assert len({item.region for item in suite if item.kind == kind}) >= 12, kind


def test_generation_is_deterministic(suite):
    again = generate.items()
    assert [(i.id, i.text, i.gold) for i in again] == [(i.id, i.text, i.gold) for i in suite]


def test_expected_spans_are_substrings_of_their_article(suite):
    for item in suite:
        for fact in item.gold.get("statements", []):
            assert fact["quote"] in item.text, item.id
        for fact in item.gold.get("deployments", []):
            # a deployment may name no place (GUIDELINES)
            assert fact["location"] is None or fact["location"] in item.text, item.id


def test_templates_fill_every_slot(suite):
    assert not [item.id for item in suite if "{" in item.text or "}" in item.text]


def test_expected_names_are_actors_of_the_item(suite):
    for item in suite:
        names = {a["name"] for a in item.gold["actors"]}
        for fact in item.gold[item.kind]:
            named = fact.get("participants") or [fact.get("speaker") or fact.get("actor")]
            assert set(named) <= names, item.id


def test_a_right_answer_passes_and_wrong_ones_fail(suite):
    """The checker itself: the gold passes; a missing, an extra or a changed fact fails."""
    for item in suite:
        facts = item.gold[item.kind]
        assert failures(item.kind, item.gold, {item.kind: facts}) == [], item.id
        if facts:
            assert "missed" in failures(item.kind, item.gold, {item.kind: facts[1:]})
    deployment = next(i for i in suite if i.capability == "named-unit-no-size")
    wrong = [dict(deployment.gold["deployments"][0], size=25)]
    assert failures("deployments", deployment.gold, {"deployments": wrong}) == ["size"]
    meeting = next(i for i in suite if i.capability == "phone-call")
    wrong = [dict(meeting.gold["meetings"][0], mode="in_person")]
    assert failures("meetings", meeting.gold, {"meetings": wrong}) == ["mode"]
    negative = next(i for i in suite if i.capability == "no-statement")
    extra = [{"speaker": "BBC", "quote": "x", "direct": False}]
    assert failures("statements", negative.gold, {"statements": extra}) == ["extra"]


def test_floors_cover_every_capability(suite):
    generated = {(i.kind, i.capability) for i in suite}
    floored = {(kind, name) for kind, rows in FLOORS.items() for name in rows}
    assert generated == floored


@pytest.mark.parametrize(
    "kind,capability",
    [(kind, name) for kind, rows in FLOORS.items() for name in rows],
)
def test_capability_holds_its_floor(report, kind, capability):
    row = report[kind][capability]
    floor = FLOORS[kind][capability]
    assert row["rate"] >= floor, f"{kind}/{capability}: {row['rate']} < {floor} {row['failures']}"
