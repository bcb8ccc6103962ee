"""The settings table is the one source: every command's options come from it, every setting
reaches what it governs from its variable and from its flag, `make run` leaves them to kg,
and every package kg imports is a dependency."""

import ast
import contextlib
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib

import httpx
import pytest
import typer

from kg.cli import app
from kg.config import SETTING, SETTINGS
from tests.conftest import ROOT, free_port, run_kg


def _click_commands() -> dict:
    return typer.main.get_command(app).commands


def test_every_option_named_for_a_setting_is_made_from_the_table():
    seen = set()
    flags = {flag: s for s in SETTINGS for flag in s.options}
    for name, command in _click_commands().items():
        for param in command.params:
            setting = SETTING.get(param.name)
            if setting is None:
                # no command makes its own option with a setting's flag
                assert not set(param.opts) & set(flags), (name, param.opts)
                continue
            seen.add(setting.name)
            assert tuple(param.opts) == setting.options, (name, param.name)
            assert setting.help in param.help and setting.env in param.help, (name, param.name)
            assert param.default is None  # unset: the variable, else the default, applies
    # every setting with a flag is an option of some command
    assert seen == {s.name for s in SETTINGS if s.options}


def test_serve_help_lists_every_setting():
    result = run_kg("serve", "--help")
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    for setting in SETTINGS:
        assert setting.env in text, setting.env
    serve = _click_commands()["serve"]
    for flag in ("--host", "--port", "--max-query-bytes", "--max-upload-bytes", "--cors-origins"):
        assert any(flag in p.opts for p in serve.params), flag


def test_kg_reads_no_variable_outside_the_table():
    known = {s.env for s in SETTINGS}
    for path in (ROOT / "kg").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for name in re.findall(r"\bKG_[A-Z_]+\b", node.value):
                    assert name in known, f"{path.relative_to(ROOT)} reads {name}"


def test_a_bad_value_is_one_sentence_from_variable_or_flag(tmp_path):
    from_env = subprocess.run(
        [sys.executable, "-m", "kg", "serve", "--store", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "KG_PORT": "eighty"},
        timeout=120,
    )
    assert from_env.returncode == 2
    assert from_env.stderr == "kg: KG_PORT='eighty' is not a valid int.\n"
    from_flag = run_kg("serve", "--store", str(tmp_path), "--port", "eighty")
    assert from_flag.returncode == 2
    assert from_flag.stderr.startswith("kg: Invalid value for '--port'")
    assert len(from_flag.stderr.splitlines()) == 1 and "Traceback" not in from_flag.stderr


@contextlib.contextmanager
def _serving(store, port: int, *flags: str, env: dict[str, str]):
    """`kg serve` with no --port: the port must come from KG_PORT."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), *flags],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **env, "KG_PORT": str(port)},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.stderr.read().decode()
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            assert time.monotonic() < deadline, "kg serve did not answer within 60 s"
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_server_settings_come_from_the_variable_and_the_flag_overrides_it(seed_store, tmp_path):
    # a copy: the session's server may hold the seed store (one writer per store)
    store = tmp_path / "store"
    shutil.copytree(seed_store, store, ignore=shutil.ignore_patterns("LOCK"))
    query = "ASK { ?s ?p ?o }" + " " * 300  # 316 bytes
    env = {"KG_MAX_QUERY_BYTES": "200", "KG_QUERY_WORKERS": "1"}
    with _serving(store, free_port(), env=env) as base:
        refused = httpx.post(f"{base}/sparql", data={"query": query}, timeout=30)
        assert refused.status_code == 413 and "200-byte" in refused.json()["error"]["message"]
    with _serving(store, free_port(), "--max-query-bytes", "1000", env=env) as base:
        answered = httpx.post(f"{base}/sparql", data={"query": query}, timeout=30)
        assert answered.status_code == 200 and answered.json()["boolean"] is True


def test_resources_setting_says_where_ontology_and_shapes_are(tmp_path):
    code = "from kg.validate import resource_dir; print(resource_dir('shapes'))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "KG_RESOURCES": str(tmp_path)},
        cwd=ROOT,
        timeout=60,
    )
    assert result.stdout.strip() == str(tmp_path / "shapes"), result.stderr


def _dependencies() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [*project["dependencies"], *project["optional-dependencies"]["dask"]]
    return {_normal(re.match(r"[A-Za-z0-9_.-]+", name).group()) for name in names}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_package_kg_imports_is_a_dependency():
    distributions = importlib.metadata.packages_distributions()
    declared = _dependencies()
    for path in (ROOT / "kg").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top == "kg":
                    continue
                owners = {_normal(d) for d in distributions.get(top, [top])}
                assert owners & declared, f"{path.relative_to(ROOT)} imports {top}: not declared"


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_run_leaves_host_and_port_to_kg_unless_given():
    def serve_line(*args: str, env: dict[str, str]) -> str:
        result = subprocess.run(
            ["make", "-n", "run", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, **env},
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        return next(line for line in result.stdout.splitlines() if " serve" in line)

    # KG_PORT set, and a PORT of some other program's in the environment: no flag at all
    plain = serve_line(env={"KG_PORT": "18101", "PORT": "3000", "HOST": "0.0.0.0"})
    assert "--port" not in plain and "--host" not in plain and "--store" not in plain
    given = serve_line("PORT=18101", "HOST=127.0.0.2", env={"KG_PORT": "18102"})
    assert "--port 18101" in given and "--host 127.0.0.2" in given
