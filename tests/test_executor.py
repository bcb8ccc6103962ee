"""The executor parses short articles together and still puts every budget and every fault
on the right article: in this process, in worker processes (the parent's kill included)."""

from __future__ import annotations

import json
import time

from kg.executor import Job, _groups, run_article, run_articles
from kg.ingest import make_article
from tests.conftest import run_kg

STATES = ["Chile", "Kenya", "Vietnam", "Norway", "Peru", "Ghana", "Laos", "Oman"]


def _article(i: int, text: str | None = None):
    one, other = STATES[i % len(STATES)], STATES[(i + 3) % len(STATES)]
    text = text or (
        f"The foreign minister of {one} said on Monday that talks with {other} would resume. "
        f"{one} sent {100 + i} soldiers to the border with {other}, officials said."
    )
    return make_article(f"a{i:02}", f"a{i:02}", text)


def test_runs_of_short_articles_are_bounded_by_their_characters():
    articles = [_article(i, "x " * n) for i, n in enumerate([10, 10, 10, 500, 10, 10])]
    runs = [[a.name for a in run] for run in _groups(articles, [], 60)]
    assert runs == [["a00", "a01", "a02"], ["a03"], ["a04", "a05"]]
    assert [len(r) for r in _groups(articles, [False, True], 60)] == [1, 1, 1, 1, 2]
    assert [len(r) for r in _groups(articles, [], 0)] == [1] * 6


def test_articles_parsed_together_come_out_as_parsed_alone(nlp):
    articles = [_article(i) for i in range(5)]
    heard: list[tuple[str, int]] = []
    job = Job("graph", "https://example.org/kg/", together_chars=10_000)
    together = list(run_articles(nlp, articles, job, tell=lambda *said: heard.append(said)))
    assert heard == [("parsing", 5)] + [("start", 1)] * 5
    alone = [run_article(nlp, article, job) for article in articles]
    assert [o.status for o in together] == ["stored"] * 5
    assert [o.ntriples for o in together] == [o.ntriples for o in alone]


def test_a_group_over_its_budget_is_parsed_again_one_by_one(nlp):
    # '& ' costs spaCy's first component about 1 s per 10,000 tokens here: the group runs
    # past a 1-second budget, the short articles then pass alone and the slow one does not
    articles = [_article(0), _article(1, "Kenya spoke. " + "& " * 15_000), _article(2)]
    heard: list[tuple[str, int]] = []
    job = Job("eval", "https://example.org/kg/", budget_s=1.0, together_chars=100_000)
    done = list(run_articles(nlp, articles, job, tell=lambda *said: heard.append(said)))
    assert heard == [("parsing", 3)] + [("start", 1)] * 3
    assert [o.status for o in done] == ["stored", "rejected", "stored"]
    assert "1-second time budget" in done[1].reason


def _folder_with_a_slow_article(tmp_path, tokens: int):
    """23 short articles and, ninth in input order, one of ``tokens`` tokens of '& '."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(23):
        (folder / f"n{i:02}.txt").write_text(_article(i).text, "utf-8")
    (folder / "n07x.txt").write_text("Oman spoke. " + "& " * tokens, "utf-8")
    return folder


def _stored_and_rejected(store, done):
    report = json.loads((store / "build-report.json").read_text())
    stored = {row["name"] for row in report["inputs"] if row["status"] == "stored"}
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    return stored, lines


def test_a_worker_killed_while_parsing_a_group_costs_only_the_slow_article(tmp_path):
    # 24 articles on two workers go in batches of 3: the slow one is parsed with the two
    # before it, long enough for the parent to kill the worker (3 s + 2 s grace); the
    # group's articles are then parsed alone, and only the slow one is rejected
    folder = _folder_with_a_slow_article(tmp_path, 100_000)
    store = tmp_path / "store"
    start = time.monotonic()
    done = run_kg(
        *("build", str(folder), "--store", str(store), "-q", "-j", "2"),
        *("--article-timeout", "3", "--parse-together-chars", "1000000"),
    )
    assert time.monotonic() - start < 180
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    stored, lines = _stored_and_rejected(store, done)
    assert stored == {f"n{i:02}" for i in range(23)}
    [line] = lines
    assert line.startswith(f"{folder / 'n07x.txt'}: ") and "3-second time budget" in line


def test_in_process_a_slow_article_in_a_group_is_the_one_rejected(tmp_path):
    folder = _folder_with_a_slow_article(tmp_path, 40_000)
    store = tmp_path / "store"
    done = run_kg(
        *("build", str(folder), "--store", str(store), "-q", "-j", "1"),
        *("--article-timeout", "3", "--parse-together-chars", "1000000"),
    )
    assert done.returncode == 1, done.stderr
    stored, lines = _stored_and_rejected(store, done)
    assert stored == {f"n{i:02}" for i in range(23)}
    [line] = lines
    assert line.startswith(f"{folder / 'n07x.txt'}: ") and "3-second time budget" in line


def test_parse_together_chars_from_the_environment():
    from kg.config import load_settings

    assert load_settings({"KG_PARSE_TOGETHER_CHARS": "0"}).parse_together_chars == 0
    assert load_settings().parse_together_chars == 40_000
