"""Dirty inputs: every one ends in the graph or in the build report with a one-line reason
naming the file (and line); the build goes on and exits 1; never a traceback."""

from __future__ import annotations

import json
import os

from tests.conftest import ROOT, run_kg

BAD = ROOT / "tests" / "bad_inputs"


def make_generated(folder):
    folder.mkdir()
    with open(folder / "fifty-megabytes.txt", "w") as handle:
        handle.write(("The troops stayed near the border. " * 1000 + "\n") * 1500)
    (folder / "one-long-line.txt").write_text("Moscow said that the troops stay. " * 60_000)
    line = json.dumps({"id": "huge", "text": "word " * 2_100_000})
    (folder / "ten-megabyte-line.jsonl").write_text(
        line + "\n" + json.dumps({"text": "Kyiv said that it would hold."}) + "\n"
    )
    # each of these lines once aborted the whole build with a traceback (issue #13)
    lines = [
        json.dumps({"id": "nasty-ok-1", "text": "Minsk said that the border stays open."}),
        '{"text": "Deep.", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"id": 1' + "0" * 4_999 + ', "text": "A big number."}',
        '{"text": "Riga stayed calm on Friday.", "title": "bad \\ud800 title"}',
        '{"text": "Vilnius stayed calm on Monday.", "url": "http://e/\\udfff"}',
        json.dumps({"id": "nasty-ok-2", "text": "Tallinn said that it would send aid."}),
    ]
    with open(folder / "nasty.jsonl", "wb") as handle:
        handle.write("\n".join(lines).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    os.mkfifo(folder / "a-fifo.txt")
    (folder / "loop").mkdir()
    os.symlink(folder, folder / "loop" / "back-to-parent")
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")


def test_every_bad_input_is_accounted_for(tmp_path):
    generated = tmp_path / "generated"
    make_generated(generated)
    store = tmp_path / "store"
    missing = tmp_path / "does-not-exist"
    result = run_kg("build", str(BAD), str(generated), str(missing), "--store", str(store), "-q")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    report = json.loads((store / "build-report.json").read_text())
    by_source = {row["source"]: row for row in report["inputs"]}
    stored = {row["name"] for row in report["inputs"] if row["status"] == "stored"}
    assert stored == {"ok-1", "7", "utf16-bom", "ten-megabyte-line:2", "nasty-ok-1", "nasty-ok-2"}
    rejected = {s: row["reason"] for s, row in by_source.items() if row["status"] == "rejected"}
    expected = {
        BAD / "empty.txt": "empty",
        BAD / "whitespace.txt": "empty",
        BAD / "image-renamed.txt": "binary",
        BAD / "invalid-utf8.txt": "not UTF-8",
        BAD / "windows-1252.txt": "not UTF-8",
        BAD / "scripts-only.html": "no main text",
        f"{BAD / 'mixed.jsonl'}:2": "not valid JSON",
        f"{BAD / 'mixed.jsonl'}:3": "no 'text'",
        f"{BAD / 'mixed.jsonl'}:4": "not a string",
        f"{BAD / 'mixed.jsonl'}:5": "object",
        f"{BAD / 'mixed.jsonl'}:7": "surrogate",
        generated / "fifty-megabytes.txt": "limit",
        generated / "one-long-line.txt": "characters long",
        f"{generated / 'ten-megabyte-line.jsonl'}:1": "limit",
        f"{generated / 'nasty.jsonl'}:2": "nested too deeply",
        f"{generated / 'nasty.jsonl'}:3": "4300 digits",
        f"{generated / 'nasty.jsonl'}:4": "'title' holds a lone surrogate",
        f"{generated / 'nasty.jsonl'}:5": "'url' holds a lone surrogate",
        f"{generated / 'nasty.jsonl'}:7": "not UTF-8",
        generated / "a-fifo.txt": "not a regular file",
        generated / "dangling.txt": "not a regular file",
        missing: "no such file",
    }
    for source, words in expected.items():
        assert str(source) in rejected, source
        assert words in rejected[str(source)], (source, rejected[str(source)])
        assert any(line.startswith(f"{source}: ") for line in lines), source
    assert set(rejected) == {str(s) for s in expected}
    assert all("\n" not in reason for reason in rejected.values())


def test_max_input_bytes_is_read_from_the_environment(tmp_path):
    """KG_MAX_INPUT_BYTES limits every file and JSON line (it was once never read)."""
    import subprocess
    import sys

    (tmp_path / "seven-kb.txt").write_text("Moscow said that the troops stay. " * 210, "utf-8")
    rows = [{"text": "Kyiv said that it would hold. " * 70}, {"text": "Minsk said nothing."}]
    (tmp_path / "lines.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "kg", "extract", str(tmp_path), "--json", "-j", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "KG_MAX_INPUT_BYTES": "1000"},
        timeout=300,
    )
    assert done.returncode == 1, done.stderr
    lines = sorted(line for line in done.stderr.splitlines() if line.strip())
    assert lines == [
        f"{tmp_path / 'lines.jsonl'}:1: line is over the 1,000-byte limit",
        f"{tmp_path / 'seven-kb.txt'}: file is 7,140 bytes, over the 1,000-byte limit",
    ]
    assert [json.loads(row)["id"] for row in done.stdout.splitlines()] == ["lines:2"]
