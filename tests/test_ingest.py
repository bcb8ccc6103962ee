"""Ingest: every input ends as an Article or a Rejected with a one-line reason."""

import json

from kg.ingest import Rejected, iter_inputs
from kg.models import Article


def read(*paths):
    return list(iter_inputs([str(p) for p in paths]))


def test_text_with_spaced_date_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2022-01-31 \n\n\nPutin met Erdogan.\n", encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.date == "2022-01-31"
    assert article.name == "a"
    assert article.text == "Putin met Erdogan."


def test_same_text_twice_is_one_article_id(tmp_path):
    (tmp_path / "a.txt").write_text("Putin met Erdogan.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Putin met Erdogan.\n", encoding="utf-8")
    first, second = read(tmp_path)
    assert first.id == second.id and first.name != second.name


def test_folder_is_recursive_and_sorted(tmp_path):
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "b.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    names = [a.name for a in read(tmp_path)]
    assert names == ["a", "b"]


def test_jsonl_fields_and_names(tmp_path):
    path = tmp_path / "dump.jsonl"
    rows = [
        {
            "id": "x1",
            "text": "Putin met Erdogan.",
            "date": "2022-02-01T10:00:00Z",
            "url": "http://e/1",
        },
        {"text": "Macron phoned Scholz."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = read(path)
    assert (first.name, first.date, first.url) == ("x1", "2022-02-01", "http://e/1")
    assert second.name == "dump:2"


def test_jsonl_bad_lines_are_rejected_with_file_and_line(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(
        '{"text": "Good article."}\n{broken\n{"id": "no-text"}\n{"text": 5}\n[1, 2]\n',
        encoding="utf-8",
    )
    items = read(path)
    assert isinstance(items[0], Article)
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [r.source for r in rejected] == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert "not valid JSON" in rejected[0].reason
    assert "no 'text'" in rejected[1].reason
    assert "not a string" in rejected[2].reason
    assert all("\n" not in str(r) for r in rejected)


def test_bad_files_are_rejected_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait.".encode("latin-1"))
    items = {i.source.rsplit("/", 1)[-1]: i for i in read(tmp_path, tmp_path / "missing.txt")}
    assert all(isinstance(i, Rejected) for i in items.values())
    assert "empty" in items["empty.txt"].reason
    assert "empty" in items["blank.txt"].reason
    assert "binary" in items["binary.txt"].reason
    assert "not UTF-8" in items["latin1.txt"].reason
    assert "no such file" in items["missing.txt"].reason


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Putin met Erdogan.".encode("utf-16"))
    [article] = read(path)
    assert article.text == "Putin met Erdogan."


def test_size_limit(tmp_path):
    from kg.ingest import read_file

    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    [item] = list(read_file(path, max_bytes=100))
    assert isinstance(item, Rejected) and "limit" in item.reason


def test_html_main_text(tmp_path):
    path = tmp_path / "page.html"
    body = " ".join(["Russian troops massed near the border, officials said."] * 8)
    path.write_text(
        "<html><head><title>Troops</title><script>var x = 1;</script></head><body>"
        "<nav>Home | News</nav><article><h1>Troops</h1>"
        f"<p>{body}</p><p>{body}</p></article><footer>Leave a comment</footer></body></html>",
        encoding="utf-8",
    )
    [article] = read(path)
    assert isinstance(article, Article)
    assert "Russian troops massed" in article.text
    assert "var x" not in article.text


def test_html_with_only_scripts_is_rejected(tmp_path):
    path = tmp_path / "scripts.html"
    path.write_text("<html><script>alert(1)</script></html>", encoding="utf-8")
    [item] = read(path)
    assert isinstance(item, Rejected) and "no main text" in item.reason


def test_jsonl_lines_that_once_aborted_a_build_are_each_rejected(tmp_path):
    path = tmp_path / "nasty.jsonl"
    lines = [
        b'{"text": "Good one."}',
        b'{"text": "x", "meta": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"id": 1' + b"0" * 4_999 + b', "text": "x"}',
        b'{"text": "x", "title": "\\ud800"}',
        b'{"text": "x", "url": "\\udc00"}',
        b'{"text": "caf\xe9"}',
        b'{"text": "Good two."}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = read(path)
    assert [i.text for i in items if isinstance(i, Article)] == ["Good one.", "Good two."]
    reasons = {i.source: i.reason for i in items if isinstance(i, Rejected)}
    assert list(reasons) == [f"{path}:{n}" for n in (2, 3, 4, 5, 6)]
    assert "nested too deeply" in reasons[f"{path}:2"]
    assert "4300 digits" in reasons[f"{path}:3"]
    assert "'title' holds a lone surrogate" in reasons[f"{path}:4"]
    assert "'url' holds a lone surrogate" in reasons[f"{path}:5"]
    assert "not UTF-8" in reasons[f"{path}:6"]


def test_a_jsonl_line_over_the_limit_is_skipped_and_the_next_read(tmp_path):
    path = tmp_path / "long.jsonl"
    rows = [{"text": "word " * 5_000}, {"text": "Short one."}]
    path.write_text("\r\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    first, second = list(iter_inputs([path], max_bytes=1_000))
    assert isinstance(first, Rejected) and first.source == f"{path}:1"
    assert "1,000-byte limit" in first.reason
    assert isinstance(second, Article) and second.text == "Short one."


def test_a_run_of_over_1000_characters_without_a_space_is_refused(tmp_path):
    (tmp_path / "amp.txt").write_text("Kyiv said. " + "&" * 1_001, encoding="utf-8")
    (tmp_path / "fine.txt").write_text("Kyiv said. " + "&" * 1_000, encoding="utf-8")
    refused, fine = read(tmp_path / "amp.txt", tmp_path / "fine.txt")
    assert isinstance(refused, Rejected)
    assert refused.reason == "holds a run of 1,001 characters without a space (more than " + (
        "1,000 is not prose)"
    )
    assert isinstance(fine, Article)
