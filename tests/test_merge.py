"""One node per real event: reports merged across articles (kg.merge), on hand-built reports
and through a real build."""

from datetime import date

import pyoxigraph as ox
import pytest

from kg.merge import Report, merge_reports
from kg.ns import KG
from tests.conftest import run_kg

BASE = "https://w3id.org/kg-news/"
PUTIN, MACRON, BIDEN = (BASE + f"id/actor/{q}" for q in ("Q7747", "Q3052772", "Q6279"))
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def report(kind: str, n: int, published: str | None = None, sentence: str = "", **values):
    def term(value):
        if isinstance(value, int):
            return ox.Literal(str(value), datatype=ox.NamedNode(XSD_INTEGER))
        if value.startswith("http"):
            return ox.NamedNode(value)
        return ox.Literal(value)

    props = {
        str(getattr(KG, name)): [term(v) for v in (value if isinstance(value, list) else [value])]
        for name, value in values.items()
    }
    return Report(
        iri=f"{BASE}id/article/a{n}#{kind}=0,1",
        kind=kind,
        article=f"{BASE}id/article/a{n}",
        evidence=f"{BASE}id/article/a{n}#char=0,1",
        published=date.fromisoformat(published) if published else None,
        sentence=sentence,
        values=props,
    )


def groups(reports) -> list[set[int]]:
    merged = merge_reports(reports)
    assert sorted(r.iri for f in merged for r in f.reports) == sorted(r.iri for r in reports)
    return sorted(({int(r.article.rsplit("a", 1)[1]) for r in f.reports} for f in merged), key=min)


def statement(n, speaker, content):
    return report("statement", n, speaker=speaker, content=content)


def test_a_reprint_of_a_quote_is_one_statement():
    reports = [
        statement(1, PUTIN, "We will not stop until every goal is reached"),
        statement(2, PUTIN, "We will not stop until every goal is reached,"),
        statement(3, PUTIN, "we will not stop until every single goal is reached"),  # a word more
        statement(4, MACRON, "We will not stop until every goal is reached"),  # another speaker
        statement(5, PUTIN, "The sanctions will fail"),
    ]
    assert groups(reports) == [{1, 2, 3}, {4}, {5}]


def meeting(n, published, mode="Phone", when=None, who=(PUTIN, MACRON)):
    values = {"participant": list(who), "mode": str(getattr(KG, mode)), "status": str(KG.Held)}
    if when:
        values["date"] = when
    return report("meeting", n, published, **values)


def test_one_call_reported_twice_is_one_meeting():
    reports = [
        meeting(1, "2022-02-12", when="2022-02-12"),
        meeting(2, "2022-02-13", when="2022-02-12"),
        meeting(3, "2022-02-13", mode="UnknownMode"),  # no date, no mode: the same call
    ]
    assert groups(reports) == [{1, 2, 3}]


def test_meetings_apart_in_date_mode_or_participants_stay_apart():
    reports = [
        meeting(1, "2022-02-12", when="2022-02-12"),
        meeting(2, "2022-03-02", when="2022-03-01"),  # another call, weeks later
        meeting(3, "2022-02-12", mode="InPerson", when="2022-02-12"),  # not a call
        meeting(4, "2022-02-12", when="2022-02-12", who=(PUTIN, BIDEN)),
        meeting(5, "2022-04-20"),  # undated, far from every dated one
    ]
    assert groups(reports) == [{1}, {2}, {3}, {4}, {5}]


def test_an_undated_report_that_fits_two_meetings_joins_neither():
    reports = [
        meeting(1, "2022-02-10", when="2022-02-10"),
        meeting(2, "2022-02-12", when="2022-02-12"),
        meeting(3, "2022-02-11"),
    ]
    assert groups(reports) == [{1}, {2}, {3}]


def deployment(n, published, size=None, location=None, sentence=""):
    values = {
        "deployingActor": BASE + "id/actor/Q159",
        "force": "troops",
        "modality": str(KG.Reported),
    }
    if size:
        values["size"] = size
    if location:
        values["location"] = location
    return report("deployment", n, published, sentence, **values)


def test_deployments_merge_on_actor_size_and_place():
    reports = [
        deployment(1, "2022-01-20", 100000, "near the border with Ukraine"),
        deployment(2, "2022-01-25", 100000, "near the Border with Ukraine"),
        deployment(3, "2022-01-25", 130000, "near the border with Ukraine"),
        deployment(4, "2022-06-25", 100000, "near the border with Ukraine"),  # months later
        deployment(5, "2022-01-25", None, "in Belarus", "Russia sent troops to Belarus on Monday."),
        deployment(6, "2022-01-26", None, "in Belarus", "Russia sent troops to Belarus on Monday"),
        deployment(7, "2022-01-26", None, "in Belarus", "Troops were also seen in Belarus."),
    ]
    assert groups(reports) == [{1, 2}, {3}, {4}, {5, 6}, {7}]


def test_fact_iris_do_not_depend_on_order():
    reports = [meeting(1, "2022-02-12", when="2022-02-12"), meeting(2, "2022-02-13")]
    keys = {f.key for f in merge_reports(reports)}
    assert keys == {f.key for f in merge_reports(list(reversed(reports)))}


# ---------------------------------------------------------------- through a real build
CALL_A = """date 2022-02-12
French President Emmanuel Macron spoke by phone with Russian President Vladimir Putin on \
Saturday. “We will not stop,” Putin told Macron, according to the Kremlin.
"""
CALL_B = """date 2022-02-13
Emmanuel Macron and Vladimir Putin held a phone call on Saturday.
Putin said: “We will not stop.”
"""

FACTS = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?fact (COUNT(DISTINCT ?report) AS ?reports) (COUNT(DISTINCT ?article) AS ?articles)
       (COUNT(DISTINCT ?mention) AS ?mentions)
WHERE { ?fact a kg:%s ; kg:report ?report ; kg:evidence ?mention ; kg:article ?article .
        ?mention kg:article ?article }
GROUP BY ?fact"""


@pytest.fixture
def two_reports(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(CALL_A, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(CALL_B, encoding="utf-8")
    store = tmp_path / "store"
    result = run_kg("build", str(tmp_path / "in"), "--store", str(store))
    assert result.returncode == 0, result.stderr
    return tmp_path, store


def rows(store, query: str) -> list[list[str]]:
    result = run_kg("query", "--store", str(store), query, "--format", "csv")
    assert result.returncode == 0, result.stderr
    return [line.split(",") for line in result.stdout.strip().splitlines()[1:]]


def test_two_articles_about_one_call_give_one_meeting_with_two_mentions(two_reports):
    _, store = two_reports
    meetings = rows(store, FACTS % "Meeting")
    assert [m[1:] for m in meetings] == [["2", "2", "2"]]
    # the quote, however each article renders it, is one statement read in both
    statements = rows(store, FACTS % "Statement")
    assert len(statements) == 1 and statements[0][2] == "2", statements
    # each article keeps its own report, in its own graph
    per_graph = rows(
        store,
        "PREFIX kg: <https://w3id.org/kg-news/ontology#> SELECT ?g WHERE "
        "{ GRAPH ?g { ?r a kg:MeetingReport } } ORDER BY ?g",
    )
    assert len(per_graph) == 2 and per_graph[0] != per_graph[1]


def test_the_merged_fact_follows_its_reports_when_an_article_goes(two_reports):
    tmp_path, store = two_reports
    (tmp_path / "in" / "b.txt").unlink()
    result = run_kg("build", str(tmp_path / "in"), "--store", str(store), "--prune")
    assert result.returncode == 0, result.stderr
    assert [m[1:] for m in rows(store, FACTS % "Meeting")] == [["1", "1", "1"]]
