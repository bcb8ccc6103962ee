"""The whole workload: every corpus article accounted for (stored + duplicate + rejected = read)."""

import json

import pytest

from tests.conftest import SHARED, run_kg


@pytest.mark.slow
def test_corpus_build_accounts_for_every_article(tmp_path):
    corpus = SHARED / "corpus"
    store = tmp_path / "store"
    result = run_kg("build", str(corpus), "--store", str(store), "-q")
    assert "Traceback" not in result.stderr
    report = json.loads((store / "build-report.json").read_text())
    counts = report["counts"]
    files = len(list(corpus.glob("*.txt")))
    assert counts["read"] == files
    assert counts["stored"] + counts["duplicate"] + counts["rejected"] == files
    # every corpus file is a real article: a rejection is a graph kg made wrong
    rejected = [r["reason"] for r in report["inputs"] if r["status"] == "rejected"]
    assert not rejected, rejected
    assert result.returncode == 0
    assert counts["stored"] > 200 and counts["facts"] > 1000
    print(f"corpus: {counts}")
