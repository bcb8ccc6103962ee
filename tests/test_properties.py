"""Property-based tests (hypothesis) over ingest and extraction: any text gives either facts
whose offsets point at the exact anchor text in the stored article, or a reported rejection."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import IngestError
from kg.ingest import Rejected, iter_inputs, make_article

# news-like pieces mixed with anything: quotation marks of every kind, control characters,
# right-to-left marks, unbalanced quotes
PIECES = st.sampled_from(
    [
        "Vladimir Putin said that ",
        "“We will not give up,” Zelensky said. ",
        "Russia deployed 10,000 troops near the border. ",
        "Biden will meet Scholz on Friday. ",
        "« ",
        " »",
        "”And“",
        '"',
        "‘",
        "\u200f",
        "\x00",
        "\x07",
        "\n\n",
        "Kouleba",
        "Moscow",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=12).map("".join)
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW
@given(text=TEXTS, date=st.one_of(st.none(), st.dates().map(str)))
def test_facts_point_at_their_anchor_or_article_is_rejected(nlp, text, date):
    from kg.extract import extract_doc

    try:
        article = make_article("prop", "prop", text, date=date)
    except IngestError as error:
        assert error.reason and "\n" not in error.reason
        return
    facts = extract_doc(nlp(article.text), article)
    for fact in [*facts.statements, *facts.deployments, *facts.meetings]:
        m = fact.mention
        assert 0 <= m.begin < m.end <= len(article.text)
        assert article.text[m.begin : m.end] == m.anchor
    for statement in facts.statements:
        assert statement.speaker in facts.actors


@settings(max_examples=100, deadline=None)
@given(
    value=st.one_of(st.text(), st.integers(), st.none(), st.lists(st.text(max_size=3))),
    key=st.text(max_size=5),
)
def test_any_json_line_is_an_article_or_a_rejection(tmp_path_factory, value, key):
    folder = tmp_path_factory.mktemp("jsonl")
    path = folder / "dump.jsonl"
    row = {key: value, "text": value} if key else {"text": value}
    # json.dumps escapes lone surrogates as \\udxxx, as real dumps do
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [item] = list(iter_inputs([str(path)]))
    if isinstance(item, Rejected):
        assert item.source == f"{path}:1" and "\n" not in item.reason
    else:
        assert item.text.strip()
