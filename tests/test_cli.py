"""The CLI as users run it: exit codes, one-line errors on stderr, clean stdout."""

import json
import os
import re
import subprocess
import sys

import pytest

from tests.conftest import SEEDS, run_kg


def test_extract_json_gives_one_object_per_article_in_eval_schema():
    result = run_kg("extract", *sorted(str(p) for p in SEEDS.glob("*.txt")), "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["000_b7c09ff93bc0baf4", "001_0943f89bf23281d9"]
    for row in rows:
        assert set(row) >= {"id", "actors", "statements", "deployments", "meetings"}
        for s in row["statements"]:
            assert set(s) >= {"speaker", "quote", "direct", "medium"}


def test_bad_inputs_get_one_line_each_and_exit_1(tmp_path):
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "bad.jsonl").write_text('{"text": "Putin spoke."}\n{oops\n', "utf-8")
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    store = tmp_path / "store"
    result = run_kg("build", str(tmp_path), str(tmp_path / "missing"), "--store", str(store), "-q")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert f"{tmp_path / 'bad.jsonl'}:2: not valid JSON" in "\n".join(lines)
    assert any(line.startswith(str(tmp_path / "missing")) for line in lines)
    assert any("empty.txt" in line for line in lines)
    assert any("latin.txt" in line and "UTF-8" in line for line in lines)
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_build_then_query_formats(tmp_path):
    store = str(tmp_path / "store")
    assert run_kg("build", str(SEEDS), "--store", store, "-q").returncode == 0
    query = (
        "PREFIX kg: <https://w3id.org/kg-news/ontology#> "
        "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }"
    )
    as_json = run_kg("query", query, "--store", store, "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    count = int(json.loads(as_json.stdout)["results"]["bindings"][0]["n"]["value"])
    assert count > 0
    as_csv = run_kg("query", query, "--store", store, "--format", "csv")
    assert as_csv.stdout.splitlines() == ["n", str(count)]
    stats = json.loads(run_kg("stats", "--store", store).stdout)
    assert stats["Statement"] == count and stats["articles"] == 2
    report = json.loads(run_kg("report", "--store", store).stdout)
    assert report["counts"]["stored"] == 2


def test_query_errors_are_sentences(tmp_path):
    store = str(tmp_path / "store")
    run_kg("build", str(SEEDS), "--store", store, "-q")
    bad = run_kg("query", "SELECT WHERE {", "--store", store)
    assert bad.returncode == 2
    assert bad.stderr.startswith("kg: SPARQL syntax error")
    assert "Traceback" not in bad.stderr
    misspelt = run_kg("query", "SELEC *", "--store", store)
    assert misspelt.returncode == 2 and len(misspelt.stderr.splitlines()) == 1
    assert "line 1, column 1, at 'SELEC'" in misspelt.stderr, misspelt.stderr
    missing = run_kg("query", "ASK {}", "--store", str(tmp_path / "none"))
    assert missing.returncode == 2 and "not a kg store" in missing.stderr


def test_export_turtle_to_file(tmp_path):
    store = str(tmp_path / "store")
    run_kg("build", str(SEEDS), "--store", store, "-q")
    out = tmp_path / "out.ttl"
    result = run_kg("export", "--store", store, "--format", "turtle", "-o", str(out))
    assert result.returncode == 0, result.stderr
    from rdflib import Graph

    graph = Graph().parse(out, format="turtle")
    assert len(graph) > 100


def test_usage_error_exits_2():
    result = run_kg("query", "--store", "x", "--format", "nope", "ASK {}")
    assert result.returncode == 2


def test_export_then_load_restores_quad_for_quad(tmp_path):
    store, restored = str(tmp_path / "store"), str(tmp_path / "restored")
    run_kg("build", str(SEEDS), "--store", store, "-q")
    for fmt, name in (("trig", "dump.trig"), ("nquads", "dump.nq")):
        dump = tmp_path / name
        assert run_kg("export", "--store", store, "--format", fmt, "-o", str(dump)).returncode == 0
        target = f"{restored}-{fmt}"
        result = run_kg("load", str(dump), "--store", target)
        assert result.returncode == 0, result.stderr
        again = tmp_path / f"again-{name}"
        run_kg("export", "--store", target, "--format", "nquads", "-o", str(again))
        original = tmp_path / "original.nq"
        run_kg("export", "--store", store, "--format", "nquads", "-o", str(original))
        assert sorted(again.read_text().splitlines()) == sorted(original.read_text().splitlines())
    refused = run_kg("load", str(tmp_path / "dump.nq"), "--store", store)
    assert refused.returncode == 2 and "not empty" in refused.stderr


def test_query_has_the_server_limits(tmp_path):
    store = str(tmp_path / "store")
    run_kg("build", str(SEEDS), "--store", store, "-q")
    capped = run_kg(
        "query",
        "SELECT * WHERE { ?s ?p ?o }",
        "--store",
        store,
        "--format",
        "csv",
        "--max-rows",
        "3",
    )
    assert capped.returncode == 0
    assert len(capped.stdout.splitlines()) == 4 and "cut at 3 rows" in capped.stderr
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    slow = run_kg("query", runaway, "--store", store, "--timeout", "1")
    assert slow.returncode == 2 and "budget" in slow.stderr


def test_extract_lists_a_copied_article_under_each_name(tmp_path):
    text = "Olaf Scholz said that Germany would send more tanks to Lithuania next year."
    (tmp_path / "wire.txt").write_text(text, "utf-8")
    (tmp_path / "reprint.txt").write_text(text + "\n", "utf-8")
    result = run_kg("extract", str(tmp_path), "--json")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["id"] for r in rows) == ["reprint", "wire"]
    assert rows[0]["statements"] == rows[1]["statements"] != []


def test_version_names_kg_and_each_extractor():
    from kg import EXTRACTOR_VERSION, __version__
    from kg.extract import extractors

    result = run_kg("version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [__version__, EXTRACTOR_VERSION, *extractors()]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["build"], "Missing argument"),
        (["nope"], "No such command 'nope'"),
        (["build", "--nope", "x"], "No such option: --nope"),
    ],
)
def test_usage_errors_are_one_sentence_and_exit_2(args, said):
    result = run_kg(*args)
    assert result.returncode == 2
    assert result.stderr.startswith(f"kg: {said}"), result.stderr
    assert len(result.stderr.splitlines()) == 1 and result.stdout == ""


def test_help_is_still_help():
    for args in (["--help"], [], ["build", "--help"]):
        result = run_kg(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert result.stdout.lstrip().startswith("Usage: kg") and result.stderr == ""


def test_a_format_the_query_lacks_names_those_it_has(seed_store):
    ask = run_kg("query", "ASK { ?s ?p ?o }", "--store", str(seed_store), "--format", "csv")
    assert ask.returncode == 2 and ask.stdout == ""
    assert ask.stderr == "kg: an ASK query answers in table, json, xml; not csv.\n"
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1"
    # json is JSON-LD for a graph (kg/formats.py), csv no graph format
    graph = run_kg("query", construct, "--store", str(seed_store), "--format", "csv")
    assert graph.returncode == 2
    assert graph.stderr.startswith("kg: a CONSTRUCT query answers in json, xml, turtle, ntriples")
    assert graph.stderr.endswith("; not csv.\n")
    xml = run_kg("query", "ASK { ?s ?p ?o }", "--store", str(seed_store), "--format", "xml")
    assert xml.returncode == 0 and "<boolean>true</boolean>" in xml.stdout


def test_report_after_load_says_what_was_restored(seed_store, tmp_path):
    dump, restored = tmp_path / "dump.trig", tmp_path / "restored"
    exported = run_kg("export", "--store", str(seed_store), "--format", "trig", "-o", str(dump))
    assert exported.returncode == 0, exported.stderr
    assert run_kg("load", str(dump), "--store", str(restored)).returncode == 0
    result = run_kg("report", "--store", str(restored))
    assert result.returncode == 0, result.stderr
    assert f"restored from {dump.resolve()}" in " ".join(result.stderr.split())
    assert json.loads(result.stdout)["restored"]["quads"] > 0


def _frames(stderr: str) -> list[str]:
    """What a terminal showed, frame by frame (rich redraws the bar after a carriage return)."""
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", stderr)
    return [frame.strip() for frame in re.split(r"[\r\n]", plain) if frame.strip()]


def _summary_row(stderr: str) -> list[str]:
    rows = [
        [cell.strip() for cell in re.split(r"[│┃|]", line) if cell.strip()]
        for line in stderr.splitlines()
    ]
    return next(row for row in rows if row and all(re.fullmatch(r"\d+|-", c) for c in row))


def test_build_says_the_model_is_loading_and_a_rebuild_says_unchanged(tmp_path):
    store = str(tmp_path / "store")
    terminal = {**os.environ, "TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1", "COLUMNS": "120"}
    first = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(SEEDS), "--store", store, "-j", "1"],
        capture_output=True,
        text=True,
        env=terminal,
        timeout=300,
    )
    assert first.returncode == 0, first.stderr
    frames = _frames(first.stderr)
    assert any(f.startswith("reading the inputs, loading the language model") for f in frames)
    # never a bar that claims to be extracting while nothing has been extracted yet
    assert not [f for f in frames if f.startswith("extracting") and " 0/" in f]
    assert _summary_row(first.stderr)[-1] == str(
        json.loads(run_kg("report", "--store", store).stdout)["counts"]["facts"]
    )
    again = run_kg("build", str(SEEDS), "--store", store)
    assert again.returncode == 0, again.stderr
    assert _summary_row(again.stderr) == ["2", "0", "2", "0", "0", "-"]
    assert "all 2 articles unchanged: nothing extracted again" in again.stderr
