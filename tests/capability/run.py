"""Run the capability suite: kg's real extraction on every generated item, a pass rate per
capability (``python -m tests.capability.run``; ``make eval``).

Usage: python -m tests.capability.run [--json PATH] [--failures N] [--write-floors]

The items go through ``kg.pipeline.extract_rows`` (what ``kg extract --json`` prints), in this
process, so the suite measures exactly what the command does. ``--write-floors`` rewrites
floors.json from today's rates, rounded down a little (the floors only ever rise).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

from tests.capability.check import failures
from tests.capability.generate import HERE, KINDS, Item, items

FLOORS = HERE / "floors.json"
MARGIN = 0.02  # a floor is today's rate less this much, rounded down to a hundredth


def predictions(suite: list[Item]) -> list[dict]:
    """kg's facts of each item, in the eval schema, in order."""
    from kg.config import load_settings
    from kg.ingest import make_article
    from kg.pipeline import extract_rows

    articles = [make_article(i.id, i.id, i.text, date=i.date) for i in suite]
    return list(extract_rows(articles, load_settings(workers=1)))


def outcomes(suite: list[Item], rows: list[dict]) -> list[tuple[Item, list[str]]]:
    """Each item with why it fails (an empty list when it passes)."""
    pairs = zip(suite, rows, strict=True)
    return [(item, failures(item.kind, item.gold, row)) for item, row in pairs]


def summary(results: list[tuple[Item, list[str]]]) -> dict:
    """{kind: {capability: {n, passed, rate, failures: {reason: count}}}}, plus each kind's
    overall rate under "_all" and its rate per region under "_regions" (a region's low rate
    points at names the model does not know)."""
    table: dict = defaultdict(dict)
    regions: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for item, why in results:
        regions[item.kind][item.region][0] += not why
        regions[item.kind][item.region][1] += 1
        row = table[item.kind].setdefault(
            item.capability, {"n": 0, "passed": 0, "failures": Counter()}
        )
        row["n"] += 1
        row["passed"] += not why
        row["failures"].update(why)
    out = {}
    for kind in KINDS:
        rows = table.get(kind, {})
        for row in rows.values():
            row["rate"] = round(row["passed"] / row["n"], 3)
            row["failures"] = dict(row["failures"].most_common())
        n, passed = sum(r["n"] for r in rows.values()), sum(r["passed"] for r in rows.values())
        if n:
            total = {"n": n, "passed": passed, "rate": round(passed / n, 3)}
            by_region = {r: round(p / k, 3) for r, (p, k) in sorted(regions[kind].items())}
            out[kind] = dict(rows) | {"_all": total, "_regions": by_region}
    return out


def floors_of(report: dict) -> dict:
    return {
        kind: {
            name: max(0.0, math.floor((row["rate"] - MARGIN) * 100) / 100)
            for name, row in rows.items()
            if not name.startswith("_")
        }
        for kind, rows in report.items()
    }


def printed(report: dict) -> str:
    lines = []
    for kind, rows in report.items():
        lines.append(f"{kind:<40} {'n':>4} {'pass':>6}  failures")
        for name, row in rows.items():
            if name.startswith("_"):
                continue
            why = ", ".join(f"{k} {v}" for k, v in row["failures"].items())
            lines.append(f"  {name:<38} {row['n']:>4} {row['rate']:>6.2f}  {why}")
        total = rows["_all"]
        lines.append(f"  {'all':<38} {total['n']:>4} {total['rate']:>6.2f}")
        lowest = sorted(rows["_regions"].items(), key=lambda r: r[1])[:3]
        lines.append("  lowest regions: " + ", ".join(f"{r} {v:.2f}" for r, v in lowest))
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the summary as JSON to this file")
    parser.add_argument(
        "--failures", type=int, default=0, help="show N failing items per capability"
    )
    parser.add_argument("--write-floors", action="store_true", help=f"rewrite {FLOORS.name}")
    args = parser.parse_args(argv)
    suite = items()
    rows = predictions(suite)
    results = outcomes(suite, rows)
    report = summary(results)
    print(printed(report))
    if args.failures:
        shown: Counter = Counter()
        for (item, why), row in zip(results, rows, strict=True):
            if why and shown[item.capability] < args.failures:
                shown[item.capability] += 1
                print(f"FAIL {item.id} {why}\n  text: {item.text}")
                print(f"  want: {json.dumps(item.gold[item.kind], ensure_ascii=False)}")
                print(f"  got:  {json.dumps(row[item.kind], ensure_ascii=False)}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.write_floors:
        FLOORS.write_text(json.dumps(floors_of(report), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
