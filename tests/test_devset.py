"""Extraction quality, scored by the shared scorer (unchanged) against floors that only rise.

The dev set: articles of ../shared/corpus and ../shared/corpus-2024 annotated by hand in the
eval schema (tests/devset/gold-*.jsonl), each set in two independent passes reconciled since
gold-d. The locked test split (tests/locked/) is not scored here: it is never tuned on; the
retired splits (gold-i and gold-j; gold-k and gold-l; gold-m and gold-n; gold-o and gold-p;
gold-q and gold-r; gold-u, gold-v and gold-w; gold-x) are dev data with floors of their own.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, SHARED, run_kg

SCORER = SHARED / "eval" / "score.py"
FLOORS = json.loads((ROOT / "tests" / "devset" / "floors.json").read_text())


def score(gold_path, paths, tmp_path):
    result = run_kg("extract", *map(str, paths), "--json")
    assert result.returncode == 0, result.stderr
    pred = tmp_path / "pred.jsonl"
    pred.write_text(result.stdout, encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(gold_path), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    print(scored.stdout)
    return json.loads(scored.stdout)


def check(summary, floors):
    for key, floor in floors.items():
        kind, metric = key.split(".")
        value = summary[kind][metric] if kind != "macro" else summary["macro_f1"]
        assert value >= floor, f"{key} fell to {value} (floor {floor})"


def gold_of(tmp_path, pattern: str):
    lines = []
    for path in sorted((ROOT / "tests" / "devset").glob(pattern)):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = tmp_path / "dev-gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, [json.loads(line)["id"] for line in lines]


def article_path(article_id: str) -> Path:
    """A dev article is a file of ../shared/corpus or ../shared/corpus-2024."""
    for corpus in ("corpus", "corpus-2024"):
        path = SHARED / corpus / f"{article_id}.txt"
        if path.exists():
            return path
    raise AssertionError(f"{article_id}: in neither corpus")


@pytest.fixture(scope="module")
def dev_gold(tmp_path_factory):
    return gold_of(tmp_path_factory.mktemp("gold"), "gold-[a-f].jsonl")


def test_shared_material_is_present():
    assert SCORER.exists(), f"{SCORER} is missing: CI needs ../shared beside the clone"


def test_seed_scores(tmp_path):
    summary = score(SHARED / "eval" / "seeds-gold.jsonl", sorted(SEEDS.glob("*.txt")), tmp_path)
    assert summary["statements"]["precision"] >= 0.5
    check(summary, FLOORS["seeds"])


def test_dev_set_scores(dev_gold, tmp_path):
    gold, ids = dev_gold
    assert len(ids) >= 12
    summary = score(gold, [article_path(i) for i in ids], tmp_path)
    assert not summary["articles"]["missing_in_pred"]
    check(summary, FLOORS["dev"])


def test_first_annotations_keep_their_floors(tmp_path):
    """Each set of annotations added later (gold-d, -e, -f: annotated blind) lowered the
    whole set's scores at first; the first fifteen articles keep floors of their own."""
    gold, ids = gold_of(tmp_path, "gold-[abc].jsonl")
    assert len(ids) == 15
    summary = score(gold, [article_path(i) for i in ids], tmp_path)
    check(summary, FLOORS["dev-first-15"])


# Each later round of annotations keeps floors of its own, starting at its first (or last blind)
# score, so that a gain on the whole dev set cannot hide a loss on one round.
ROUNDS = {
    # gold-g and gold-h (26 of 42 from corpus-2024: another outlet, period and set of regions):
    # annotated in two blind passes and scored before any rule was tuned on them.
    "dev-round-2": ("gold-[gh].jsonl", 42),
    # gold-i and gold-j: the first locked test split, scored blind twice
    # (tests/devset/round-3/README.md), retired when its errors were read.
    "dev-round-3": ("gold-[ij].jsonl", 30),
    # gold-k and gold-l: the second locked split, scored blind five times (round-4/README.md),
    # retired when a third split was drawn.
    "dev-round-4": ("gold-[kl].jsonl", 32),
    # gold-m and gold-n: the third locked split, scored blind twice (round-5/README.md),
    # retired when a fourth split was drawn.
    "dev-round-5": ("gold-[mn].jsonl", 32),
    # gold-o and gold-p: the fourth locked split, scored blind twice (round-6/README.md),
    # retired when a fifth split was drawn.
    "dev-round-6": ("gold-[op].jsonl", 32),
    # gold-q and gold-r: the fifth locked split, scored blind twice (round-7/README.md),
    # retired when a sixth split was drawn.
    "dev-round-7": ("gold-[qr].jsonl", 32),
    # gold-s and gold-t: drawn among articles naming forces or meetings, annotated blind and
    # first scored before any rule was tuned on them (round-8/README.md).
    "dev-round-8": ("gold-[st].jsonl", 24),
    # gold-u, gold-v and gold-w: the sixth locked split, scored blind twice (meetings once;
    # round-9/README.md), retired when the seventh was drawn.
    "dev-round-9": ("gold-[uvw].jsonl", 48),
    # gold-x: the eighth locked split, scored blind twice (round-10/README.md), retired when
    # its errors were read (no unannotated article was left to draw a ninth from).
    "dev-round-10": ("gold-x.jsonl", 55),
}


@pytest.mark.parametrize("round_name", sorted(ROUNDS))
def test_each_round_keeps_its_floors(round_name, tmp_path):
    pattern, count = ROUNDS[round_name]
    gold, ids = gold_of(tmp_path, pattern)
    assert len(ids) == count
    summary = score(gold, [article_path(i) for i in ids], tmp_path)
    assert not summary["articles"]["missing_in_pred"]
    check(summary, FLOORS[round_name])
