"""Count, in the annotated dev sets, how often a statement construction that GUIDELINES leaves
open occurs in the article text and how the gold takes it (tests/devset/conventions.md).

    python3 tests/devset/annotation/conventions.py [--show PREFIX | --markdown] [SET=PRED.jsonl ...]

For every match of a construction's pattern outside quotation marks, the gold statements of the
article are looked up by where their quote lies in the text: "object" when one starts right
after the verb (the noun phrase or infinitive object, or "X as Y"), "inner" when one starts
later inside the construction (the infinitive after a hearer, or only Y), "covered" when one
holds the verb (a larger statement, not a judgement on the construction), else "none".
Matches on a line with no closing mark (headlines, sub-headings) are skipped. Given
SET=PRED.jsonl arguments (score_dev's pred files), kg's predictions are looked up the same way.
"""

from __future__ import annotations

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = pathlib.Path("/work/shared")
TAKEN = ("object", "inner")

SETS = {
    "dev a-f (seeds)": "abcdef",
    "dev g-h (r2)": "gh",
    "dev i-j (r3)": "ij",
    "dev k-l (r4)": "kl",
    "dev m-n (r5)": "mn",
    "dev o-p (r6)": "op",
    "dev q-r (r7)": "qr",
    "dev s-t (r8)": "st",
    "dev u-w (r9)": "uvw",
    "dev x (r10)": "x",
}
PROBES = ["probe5", "probe7", "probe8", "probe9", "probe10", "probe11", "probe12"]

SUBJ = r"(?:[A-Z][\w'’.-]*\s+){0,4}"
NP_WORDS = r"(?:[\w'’,-]+\s+){0,8}?"
# convention name -> (pattern, group name of the verb end). The object starts at the end of
# group "v"; group "y" (if any) is where the inner part starts.
CONVENTIONS = {
    "1 offer/pledge/promise + NP": r"\b(?P<v>(?:offer|pledg|promis)(?:e|es|ed|s|d|ing)?)\s+"
    r"(?!to\b|that\b|not\b|on\b|in\b|at\b|by\b|as\b|[,.;:“\"])",
    "1 offer + to-inf": r"\b(?P<v>offer(?:s|ed|ing)?)\s+(?=to\s+[a-z]+\b(?!\s+(?:the|a|an)\b))",
    "1 order/instruct + NP to-inf": r"\b(?P<v>ordered|instructed|instructs|orders|ordering|"
    r"instructing)\s+" + NP_WORDS + r"(?P<y>to\s+[a-z])",
    "1 order/instruct + NP": r"\b(?P<v>ordered|instructed)\s+(?!(?:\S+\s+){0,8}?to\s)"
    r"(?!that\b|by\b|in\b|on\b|[,.;:])",
    "1 urge + NP (no to-inf)": r"\b(?P<v>urge[sd]?|urging)\s+(?!(?:\S+\s+){0,8}?to\s)"
    r"(?!that\b|on\b|[,.;:“\"])",
    "1 condemn/praise + NP": r"\b(?P<v>condemn(?:s|ed|ing)?|praised|praises|praising)\s+"
    r"(?!that\b|by\b|as\b|[,.;:])(?!(?:\S+\s+){0,10}?as\s)",
    "1 announce + NP": r"\b(?P<v>announce[sd]?|announcing)\s+(?!that\b|on\b|in\b|at\b|by\b|"
    r"it\b|its\s+(?:intention|plans?|decision|readiness)\b|plans\b|[,.;:“\"])",
    "1 warn of + NP": r"\b(?P<v>warn(?:s|ed|ing)?\s+of)\s+",
    "2 describe/defend X as Y": r"\b(?P<v>(?:describ|defend|portray|depict|characteri[sz])"
    r"(?:e|es|ed|ing|s|d)?)\s+(?!as\b)(?:[\w'’-]+\s+){1,10}?(?P<y>as\s+)",
    "3 what X called/described as Y": r"\bwhat\s+" + SUBJ + r"(?:\w+\s+){0,3}?(?P<v>called|"
    r"calls|termed|dubbed|described\s+as|describes\s+as|characteri[sz]ed\s+as|"
    r"said\s+(?:was|were|is|are)|says\s+(?:is|are))\s+",
    "4 , who/which + speech verb": r",\s+(?:who|which)\s+(?:(?:has|had|have|also|later|"
    r"earlier|previously|repeatedly)\s+)*(?P<v>said|says|warned|warns|claimed|claims|"
    r"insisted|insists|argued|argues|stated|told|denied|denies|accused|accuses)\s+",
    "4 , which X says/said": r",\s+which\s+(?:it|they|he|she|the\s+\w+|[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)*)\s+(?P<v>says|said|claims|claimed|insists|alleges|alleged)\s+",
}


def text_of(aid: str, gold_dir: pathlib.Path) -> str:
    for c in (
        SHARED / "corpus" / f"{aid}.txt",
        SHARED / "corpus-2024" / f"{aid}.txt",
        gold_dir / "articles" / f"{aid}.txt",
    ):
        if c.exists():
            return c.read_text()
    raise SystemExit(f"no text for {aid}")


def in_heading(text: str, pos: int) -> bool:
    """Whether the match lies on a line without a sentence's closing mark (a headline,
    sub-heading or link, which the gold does not annotate)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    return not line.endswith((".", "”", '"', "’", "?", "!", ":", ")"))


def in_quotes(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    opens = before.count("“") + before.count('"') // 1
    closes = before.count("”")
    if "“" in before or "”" in before:
        return before.count("“") > closes
    return before.count('"') % 2 == 1 if opens else False


def spans(text: str, quotes: list[str]) -> list[tuple[int, int]]:
    out = []
    for q in quotes:
        i = text.find(q)
        while i >= 0:
            out.append((i, i + len(q)))
            i = text.find(q, i + 1)
    return out


def judge(text: str, m: re.Match, found: list[tuple[int, int]]) -> tuple[str, str]:
    obj = m.end("v")
    while obj < len(text) and text[obj] == " ":
        obj += 1
    inner = m.start("y") if "y" in m.groupdict() and m.group("y") else None
    sent_end = min(
        [i for i in (text.find(". ", obj), text.find("\n", obj)) if i >= 0] or [len(text)]
    )
    best = ("none", "")
    for s, e in found:
        if abs(s - obj) <= 2:
            return "object", text[s:e]
        if s > obj and s <= sent_end and (inner is None or s >= inner - 1):
            if best[0] == "none":
                best = ("inner", text[s:e])
        elif s < m.start("v") and e >= m.end("v") and best[0] == "none":
            best = ("covered", text[s:e])
    return best


def records():
    for name, letters in SETS.items():
        for letter in letters:
            path = ROOT / "devset" / f"gold-{letter}.jsonl"
            for line in path.read_text().splitlines():
                if line.strip():
                    yield name, path.parent, json.loads(line)
    for probe in PROBES:
        path = ROOT / "devset" / probe / "gold.jsonl"
        for line in path.read_text().splitlines():
            if line.strip():
                yield probe, path.parent, json.loads(line)


def main() -> None:
    show = None
    if "--show" in sys.argv:
        show = sys.argv[sys.argv.index("--show") + 1]
    preds: dict[str, list[str]] = {}
    for arg in sys.argv[1:]:
        if "=" in arg and arg.endswith(".jsonl"):
            path = arg.split("=", 1)[1]
            for line in pathlib.Path(path).read_text().splitlines():
                if line.strip():
                    d = json.loads(line)
                    preds[d["id"]] = [s["quote"] for s in d.get("statements", [])]
    table: dict[tuple[str, str], dict[str, int]] = {}
    for set_name, gdir, art in records():
        text = text_of(art["id"], gdir)
        found = spans(text, [s["quote"] for s in art["statements"]])
        pfound = spans(text, preds.get(art["id"], []))
        for conv, pattern in CONVENTIONS.items():
            for m in re.finditer(pattern, text):
                if in_quotes(text, m.start("v")) or in_heading(text, m.start("v")):
                    continue
                verdict, quote = judge(text, m, found)
                row = table.setdefault((conv, set_name), {})
                row[verdict] = row.get(verdict, 0) + 1
                pv = ""
                if art["id"] in preds:
                    pv, _ = judge(text, m, pfound)
                    row["kg:" + pv] = row.get("kg:" + pv, 0) + 1
                    taken, kg_taken = verdict in TAKEN, pv in TAKEN
                    if taken != kg_taken and verdict != "covered":
                        key = "gold-only" if taken else "kg-only"
                        row[key] = row.get(key, 0) + 1
                if show and conv.startswith(show):
                    a = max(0, m.start() - 60)
                    ctx = text[a : m.end() + 80].replace("\n", " ")
                    print(
                        f"[{set_name}] {art['id']} {verdict} kg={pv}: …{ctx}…\n    gold: {quote!r}"
                    )
    if show:
        return
    if "--markdown" in sys.argv:
        names = [*SETS, *PROBES]
        print("| construction | " + " | ".join(n.split(" (")[0] for n in names) + " | all | kg |")
        print("|---" * (len(names) + 3) + "|")
        for conv in CONVENTIONS:
            cells, tot, occ, kg = [], 0, 0, 0
            for n in names:
                row = table.get((conv, n), {})
                t = row.get("object", 0) + row.get("inner", 0)
                o = t + row.get("none", 0)
                tot, occ = tot + t, occ + o
                kg += row.get("kg:object", 0) + row.get("kg:inner", 0)
                cells.append(f"{t}/{o}" if o else "")
            print(f"| {conv} | " + " | ".join(cells) + f" | **{tot}/{occ}** | {kg} |")
        return
    for conv in CONVENTIONS:
        print(f"\n{conv}")
        tot: dict[str, int] = {}
        for (c, s), row in table.items():
            if c != conv:
                continue
            for k, v in row.items():
                tot[k] = tot.get(k, 0) + v
            print(f"  {s:18} " + " ".join(f"{k}={v}" for k, v in sorted(row.items())))
        print(f"  {'total':18} " + " ".join(f"{k}={v}" for k, v in sorted(tot.items())))


if __name__ == "__main__":
    main()
