"""The README stays true: commands, settings, and its SPARQL example's output."""

import subprocess
import sys

from kg.cli import app
from kg.config import SETTINGS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_first_screen_shows_the_two_commands():
    first_screen = "\n".join(README.splitlines()[:10])
    assert "make run" in first_screen and "make test" in first_screen


def test_every_setting_is_documented():
    from kg.config import settings_table

    assert settings_table() in README, "regenerate the README's settings table"
    for setting in SETTINGS:
        assert f"`{setting.env}`" in README, setting.env


def test_readme_curation_example_is_a_valid_table(tmp_path):
    from kg.curation import load_curation

    example = README.split("```tsv\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "curation.tsv"
    path.write_text(example, encoding="utf-8")
    curation = load_curation(path, "https://w3id.org/kg-news/")
    assert len(curation.aliases) == len(curation.merges) == len(curation.splits) == 1
    assert len(curation.suppressed) == 2


def test_every_command_is_documented():
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        if name != "version":
            assert f"`kg {name}" in README, name


def test_readme_example_output_is_real(seed_store, tmp_path):
    query = README.split("```sparql\n", 1)[1].split("```", 1)[0]
    expected = README.split("```csv\n", 1)[1].split("```", 1)[0]
    (tmp_path / "q.rq").write_text(query, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "query",
            "--file",
            str(tmp_path / "q.rq"),
            "--store",
            str(seed_store),
            "--format",
            "csv",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.replace("\r\n", "\n") == expected
