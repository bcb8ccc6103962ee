"""Draw a locked split from the articles no gold covers: 16 from corpus, 16 from corpus-2024
(12 whose file names name international, security or political topics, 4 others).

    python tests/devset/annotation/draw.py SEED OUT.json   (run from the clone's root)
The fifth split used seed 20261206."""

import json
import random
import sys
from pathlib import Path

SHARED = Path("..") / "shared"
TOPICAL = (
    "russia", "ukrain", "kyiv", "china", "chinese", "military", "war", "vietnam", "uganda",
    "venezuela", "cartel", "sinaloa", "gershkovich", "sanction", "president", "biden", "trump",
    "harris", "secret-service", "senat", "democrat", "republican", "panama", "paraguay",
    "india", "el-chapo", "police", "election", "party",
)  # fmt: skip


def annotated() -> set[str]:
    gold = [*Path("tests/devset").glob("gold-*.jsonl"), *Path("tests/locked").glob("gold-*.jsonl")]
    return {
        json.loads(line)["id"]
        for path in gold
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def unannotated(corpus: str, done: set[str]) -> list[str]:
    return sorted(p.stem for p in (SHARED / corpus).glob("*.txt") if p.stem not in done)


def main() -> None:
    seed, out = int(sys.argv[1]), Path(sys.argv[2])
    done = annotated()
    rng = random.Random(seed)
    corpus = rng.sample(unannotated("corpus", done), 16)
    stories = unannotated("corpus-2024", done)
    topical = [s for s in stories if any(k in s.split("_", 1)[1] for k in TOPICAL)]
    rest = [s for s in stories if s not in topical]
    split = {"corpus": corpus, "corpus-2024": rng.sample(topical, 12) + rng.sample(rest, 4)}
    out.write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
