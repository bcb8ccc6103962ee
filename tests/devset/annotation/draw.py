"""Draw a locked split from the articles no gold covers (nor the split drawn last, in
tests/locked/**/split.json): 16 from corpus, 16 from corpus-2024 (12 whose file names name
international, security or political topics, 4 others).

    python tests/devset/annotation/draw.py SEED OUT.json [--focus]   (from the clone's root)

With --focus: 12 from corpus and 4 from corpus-2024 among the articles whose text names forces
or meetings (two different words of FORCE_WORDS or of MEETING_WORDS), so that a split whose
random draw holds few deployments or meetings gets enough of them to score.
With --thin (the seventh split, when what was left held few such articles): 24 from corpus,
every article naming two such words and then, at random, articles naming one; 16 at random
from corpus-2024.
The fifth split used seed 20261206; the sixth 20261208, and 20261209 with --focus; the seventh
20261212 with --thin."""

import json
import random
import re
import sys
from pathlib import Path

SHARED = Path("..") / "shared"
TOPICAL = (
    "russia", "ukrain", "kyiv", "china", "chinese", "military", "war", "vietnam", "uganda",
    "venezuela", "cartel", "sinaloa", "gershkovich", "sanction", "president", "biden", "trump",
    "harris", "secret-service", "senat", "democrat", "republican", "panama", "paraguay",
    "india", "el-chapo", "police", "election", "party",
)  # fmt: skip
FORCE_WORDS = re.compile(
    r"\b(troops|soldiers|forces|deploy|deployed|warships?|battalions?|brigades?|fighter jets"
    r"|reinforcements|stationed)\b",
    re.IGNORECASE,
)
MEETING_WORDS = re.compile(
    r"\b(talks|met|meeting|visit|visited|phone call|spoke by phone|summit|held a call)\b",
    re.IGNORECASE,
)


def annotated() -> set[str]:
    gold = [*Path("tests/devset").glob("gold-*.jsonl"), *Path("tests/locked").rglob("gold*.jsonl")]
    done = {
        json.loads(line)["id"]
        for path in gold
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    for drawn in Path("tests/locked").rglob("split.json"):
        done |= {i for ids in json.loads(drawn.read_text()).values() for i in ids}
    return done


def names_forces_or_meetings(corpus: str, article_id: str) -> bool:
    text = (SHARED / corpus / f"{article_id}.txt").read_text(encoding="utf-8")
    return any(
        len({m.lower() for m in words.findall(text)}) >= 2 for words in (FORCE_WORDS, MEETING_WORDS)
    )


def unannotated(corpus: str, done: set[str]) -> list[str]:
    return sorted(p.stem for p in (SHARED / corpus).glob("*.txt") if p.stem not in done)


def focus(rng: random.Random, done: set[str]) -> dict[str, list[str]]:
    return {
        corpus: rng.sample(
            [i for i in unannotated(corpus, done) if names_forces_or_meetings(corpus, i)], n
        )
        for corpus, n in (("corpus", 12), ("corpus-2024", 4))
    }


def word_count(corpus: str, article_id: str) -> int:
    text = (SHARED / corpus / f"{article_id}.txt").read_text(encoding="utf-8")
    return sum(
        len({m.lower() for m in words.findall(text)}) for words in (FORCE_WORDS, MEETING_WORDS)
    )


def thin(rng: random.Random, done: set[str]) -> dict[str, list[str]]:
    left = unannotated("corpus", done)
    two = [i for i in left if names_forces_or_meetings("corpus", i)]
    one = [i for i in left if i not in two and word_count("corpus", i) >= 1]
    corpus = two + rng.sample(one, 24 - len(two))
    return {"corpus": corpus, "corpus-2024": rng.sample(unannotated("corpus-2024", done), 16)}


def main() -> None:
    seed, out = int(sys.argv[1]), Path(sys.argv[2])
    done = annotated()
    rng = random.Random(seed)
    if "--thin" in sys.argv:
        out.write_text(json.dumps(thin(rng, done), indent=1) + "\n", encoding="utf-8")
        return
    if "--focus" in sys.argv:
        out.write_text(json.dumps(focus(rng, done), indent=1) + "\n", encoding="utf-8")
        return
    corpus = rng.sample(unannotated("corpus", done), 16)
    stories = unannotated("corpus-2024", done)
    topical = [s for s in stories if any(k in s.split("_", 1)[1] for k in TOPICAL)]
    rest = [s for s in stories if s not in topical]
    split = {"corpus": corpus, "corpus-2024": rng.sample(topical, 12) + rng.sample(rest, 4)}
    out.write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
