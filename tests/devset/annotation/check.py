"""Check an annotation file: python3 check.py FILE.jsonl [ids...]
Prints one line per problem; 'ok N articles' when clean."""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
TYPES = {"Person", "Organization", "Country", "Group"}
MOD = {"reported", "claimed", "denied", "planned", "possible"}
MODE = {"phone", "video", "in_person", "unknown"}
STATUS = {"held", "scheduled", "proposed", "cancelled"}
path = sys.argv[1]
want = sys.argv[2:]
problems, seen = [], []
for n, line in enumerate(pathlib.Path(path).read_text().splitlines(), 1):
    if not line.strip():
        continue
    try:
        a = json.loads(line)
    except json.JSONDecodeError as e:
        problems.append(f"line {n}: bad JSON: {e}")
        continue
    aid = a.get("id")
    seen.append(aid)
    art = HERE / "articles" / f"{aid}.txt"
    if not art.exists():
        problems.append(f"line {n}: no article {aid}")
        continue
    text = art.read_text()
    names = set()
    for act in a.get("actors", []):
        if act.get("type") not in TYPES:
            problems.append(f"{aid}: actor type {act}")
        names.add(act.get("name"))
        for al in act.get("aliases", []):
            if al not in text:
                problems.append(f"{aid}: alias not in text: {al!r}")
    for s in a.get("statements", []):
        if s.get("speaker") not in names:
            problems.append(f"{aid}: speaker not an actor: {s.get('speaker')!r}")
        if s.get("quote") not in text:
            problems.append(f"{aid}: quote not a substring: {s.get('quote', '')[:70]!r}")
        if not isinstance(s.get("direct"), bool):
            problems.append(f"{aid}: direct not bool")
    for d in a.get("deployments", []):
        if d.get("actor") not in names:
            problems.append(f"{aid}: deployment actor not an actor: {d.get('actor')!r}")
        if d.get("modality") not in MOD:
            problems.append(f"{aid}: modality {d.get('modality')!r}")
        if d.get("size") is not None and not isinstance(d.get("size"), int):
            problems.append(f"{aid}: size not int")
    for m in a.get("meetings", []):
        for p in m.get("participants", []):
            if p not in names:
                problems.append(f"{aid}: participant not an actor: {p!r}")
        if len(m.get("participants", [])) < 2:
            problems.append(f"{aid}: meeting with < 2 participants")
        if m.get("mode") not in MODE:
            problems.append(f"{aid}: mode {m.get('mode')!r}")
        if m.get("status") not in STATUS:
            problems.append(f"{aid}: status {m.get('status')!r}")
for w in want:
    if w not in seen:
        problems.append(f"missing article {w}")
print("\n".join(problems) if problems else f"ok {len(seen)} articles")
