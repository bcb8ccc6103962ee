"""Scores of ``kg extract`` on the annotated article sets, by the shared scorer (``make eval``).

Prints the scorer's summary for the seeds (../shared/eval/seeds-gold.jsonl), the dev set
(tests/devset/gold-*.jsonl over ../shared/corpus), the locked test split (tests/locked/gold*.jsonl)
and the probes of invented articles (tests/devset/probe*/, tests/locked/probe*/): for the
locked sets scores only, never their misses, so that reading them does not tune kg on them.
Sets whose texts or scorer are missing are skipped with a note.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
CORPORA = [SHARED / "corpus", SHARED / "corpus-2024"]


def gold_lines(paths: list[Path]) -> list[str]:
    return [
        line
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def text_of(article_id: str) -> Path | None:
    for corpus in CORPORA:
        if (corpus / f"{article_id}.txt").exists():
            return corpus / f"{article_id}.txt"
    return None


def scored(name: str, lines: list[str], texts: list[Path]) -> str:
    """The scorer's printed summary of ``kg extract`` on the texts against the gold lines."""
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
        extract = [sys.executable, "-m", "kg", "extract", *map(str, texts), "--json"]
        result = subprocess.run(extract, capture_output=True, text=True, cwd=ROOT)
        if result.returncode:
            return f"{name}: kg extract failed: {result.stderr.strip()}"
        pred.write_text(result.stdout, encoding="utf-8")
        score = [sys.executable, str(SCORER), str(gold), str(pred)]
        out = subprocess.run(score, capture_output=True, text=True, check=True).stdout
    return f"{name} ({len(lines)} articles)\n{out}"


def main() -> int:
    if not SCORER.exists():
        print(f"no scorer at {SCORER}: article-set scores skipped")
        return 0
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    print(scored("seeds", gold_lines([SHARED / "eval" / "seeds-gold.jsonl"]), seeds))
    sets = [("dev set", sorted((ROOT / "tests" / "devset").glob("gold-*.jsonl")))]
    sets.append(("locked split", sorted((ROOT / "tests" / "locked").glob("gold*.jsonl"))))
    for probe in sorted((ROOT / "tests").glob("*/probe*/gold.jsonl")):
        # probes: invented articles kept beside their gold, not in ../shared
        lines = gold_lines([probe])
        texts = [probe.parent / "articles" / f"{json.loads(line)['id']}.txt" for line in lines]
        print(scored(f"{probe.parent.parent.name} {probe.parent.name}", lines, texts))
    for name, paths in sets:
        lines = gold_lines(paths)
        texts = [text_of(json.loads(line)["id"]) for line in lines]
        if not lines:
            print(f"{name}: no gold in the repository yet\n")
        elif None in texts:
            print(f"{name}: article texts missing under {SHARED}\n")
        else:
            print(scored(name, lines, texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
