"""The curation table (kg.curation): parsed strictly, applied to every build."""

import csv
import io
import json

import pytest

from kg.curation import curate, load_curation
from kg.errors import UsageError
from kg.models import Actor, Article, ArticleFacts, Meeting, Mention, Statement
from tests.conftest import run_kg

BASE = "https://w3id.org/kg-news/"


def table(tmp_path, *rows: str):
    path = tmp_path / "curation.tsv"
    path.write_text("# corrections\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def mention(begin: int = 0) -> Mention:
    return Mention(begin, begin + 4, "said", 0, "He said so.", "test.v1")


def facts(name: str = "a1") -> ArticleFacts:
    kouleba = Actor("person/dmytro-kouleba", "Dmytro Kouleba", "Person")
    smith = Actor("person/john-smith", "John Smith", "Person")
    putin = Actor("Q7747", "Vladimir Putin", "Person", ("Poutine",), wikidata="Q7747")
    return ArticleFacts(
        article=Article(id="abc", name=name, text="…", source=f"{name}.txt"),
        actors={a.key: a for a in (kouleba, smith, putin)},
        statements=[
            Statement("person/dmytro-kouleba", "We stand firm", True, mention(0)),
            Statement("person/john-smith", "Talks failed", False, mention(10)),
        ],
        meetings=[
            Meeting(("Q7747", "person/dmytro-kouleba"), "phone", "held", mention(20)),
            Meeting(
                ("person/dmytro-kouleba", "person/dmytro-kuleba"), "unknown", "held", mention(30)
            ),
        ],
    )


def test_merge_points_every_reference_at_the_target(tmp_path):
    curation = load_curation(
        table(tmp_path, "merge\tperson/dmytro-kouleba\tperson/dmytro-kuleba\tDmytro Kuleba"), BASE
    )
    out = curate(facts(), curation)
    kuleba = out.actors["person/dmytro-kuleba"]
    assert kuleba.name == "Dmytro Kuleba" and "Dmytro Kouleba" in kuleba.aliases
    assert "person/dmytro-kouleba" not in out.actors
    assert out.statements[0].speaker == "person/dmytro-kuleba"
    assert out.meetings[0].participants == ("Q7747", "person/dmytro-kuleba")
    # a meeting of an actor with itself is no meeting
    assert len(out.meetings) == 1


def test_alias_makes_a_name_that_actor(tmp_path):
    curation = load_curation(table(tmp_path, "alias\tQ7747\tJohn Smith"), BASE)
    out = curate(facts(), curation)
    assert out.statements[1].speaker == "Q7747"
    assert "John Smith" in out.actors["Q7747"].aliases


def test_split_applies_only_in_its_article(tmp_path):
    curation = load_curation(table(tmp_path, "split\tperson/john-smith\tJohn Smith (MP)\ta2"), BASE)
    assert curate(facts("a1"), curation).statements[1].speaker == "person/john-smith"
    split = curate(facts("a2"), curation)
    assert split.statements[1].speaker == "john-smith-mp"
    assert split.actors["john-smith-mp"].name == "John Smith (MP)"


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("rename\tQ1\tQ2", "unknown curation action 'rename'"),
        ("merge\tQ1", "merge takes 2 or 3 tab-separated values, not 1"),
        ("alias Q7747 Poutine", "unknown curation action 'alias Q7747 Poutine'"),
    ],
)
def test_a_bad_row_names_the_file_and_line(tmp_path, row, problem):
    path = table(tmp_path, row)
    with pytest.raises(UsageError) as caught:
        load_curation(path, BASE)
    assert str(caught.value).startswith(f"{path}:2: {problem}")


def test_a_missing_table_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_kg("extract", "--curation", str(tmp_path / "nope.tsv"), str(tmp_path))
    assert result.returncode != 0
    assert "the curation table cannot be read" in result.stderr
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- through a real build
ARTICLE = """date 2022-02-12
Russian Foreign Minister Sergei Lavrov said on Saturday that the talks had failed.
“We will not stop,” Vladimir Putin said.
"""

REPORTS = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?r ?speaker WHERE { GRAPH ?g { ?r a kg:StatementReport ; kg:speaker ?speaker } }
ORDER BY ?r"""
FACTS = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?f WHERE { ?f a kg:Statement } ORDER BY ?f"""


def csv_rows(store, query: str) -> list[list[str]]:
    result = run_kg("query", "--store", str(store), query, "--format", "csv")
    assert result.returncode == 0, result.stderr
    return list(csv.reader(io.StringIO(result.stdout)))[1:]


def test_every_build_applies_the_table(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "store"
    assert run_kg("build", str(tmp_path / "in"), "--store", str(store)).returncode == 0
    reports = csv_rows(store, REPORTS)
    putin = [r for r in reports if r[1].endswith("/Q7747")]
    lavrov = [r for r in reports if r not in putin]
    assert putin and lavrov, reports

    curation = table(
        tmp_path,
        f"merge\t{lavrov[0][1]}\torganization/russian-foreign-ministry\tRussian Foreign Ministry",
        *(f"suppress\t{r[0]}\tnot Putin's words" for r in putin),
    )
    result = run_kg(
        "build", str(tmp_path / "in"), "--store", str(store), "--curation", str(curation)
    )
    assert result.returncode == 0, result.stderr
    ministry = BASE + "id/actor/organization/russian-foreign-ministry"
    # the speaker is part of a report's IRI: the same spans, now the ministry's
    after = csv_rows(store, REPORTS)
    assert [r[1] for r in after] == [ministry] * len(lavrov)
    assert [r[0].rsplit(",", 1)[0] for r in after] == [r[0].rsplit(",", 1)[0] for r in lavrov]
    report = json.loads((store / "build-report.json").read_text())
    assert report["counts"]["stored"] == 1  # the new table made the article be read again
    assert report["curation"] == str(curation)
    warnings = report["inputs"][0]["warnings"]
    assert sum("suppressed by curation" in w for w in warnings) == len(putin)

    # a fact suppressed by its own IRI leaves the facts graph; its report stays
    fact = csv_rows(store, FACTS)[0][0]
    curation.write_text(curation.read_text() + f"suppress\t{fact}\n", encoding="utf-8")
    run_kg("build", str(tmp_path / "in"), "--store", str(store), "--curation", str(curation))
    assert csv_rows(store, FACTS) == []
    assert len(csv_rows(store, REPORTS)) == len(lavrov)
