"""Past one machine: builds write named graphs to a SPARQL 1.1 server with the Graph Store
Protocol, and `kg query` reads them back. Against the real Oxigraph server (the `oxigraph`
package on PyPI) and against `kg serve` itself as the writer, on loopback."""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import SEEDS, SHARED, free_port, run_kg, running_server

PREFIX = "PREFIX kg: <https://w3id.org/kg-news/ontology#> "
OXIGRAPH = shutil.which("oxigraph") or str(Path(__import__("sys").executable).parent / "oxigraph")


@contextlib.contextmanager
def oxigraph_server(location: Path):
    port = free_port()
    process = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                httpx.get(base, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def local_quads(tmp_path) -> set[str]:
    store = tmp_path / "local"
    assert run_kg("build", str(SEEDS), "--store", str(store), "-q").returncode == 0
    out = tmp_path / "local.nq"
    run_kg("export", "--store", str(store), "--format", "nquads", "-o", str(out))
    return {q for q in out.read_text().splitlines() if "/graph/builds>" not in q}


@pytest.mark.skipif(
    not Path(OXIGRAPH).exists(), reason="the oxigraph server (PyPI: oxigraph) is not installed"
)
def test_build_into_oxigraph_server_and_query_back(tmp_path):
    with oxigraph_server(tmp_path / "oxigraph") as url:
        result = run_kg("build", str(SEEDS), "--store", url, "-q", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        query = (
            PREFIX + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a kg:Statement } }"
        )
        answer = run_kg("query", query, "--store", url, "--format", "json")
        assert answer.returncode == 0, answer.stderr
        assert int(json.loads(answer.stdout)["results"]["bindings"][0]["n"]["value"]) > 5
        dump = httpx.get(f"{url}store", headers={"accept": "application/n-quads"}).text
        remote = {q for q in dump.splitlines() if q and "/graph/builds>" not in q}
        assert remote == local_quads(tmp_path)
        # kg serve over the remote store: queries checked here, answered there
        with running_server(url) as base:
            ask = httpx.get(f"{base}/sparql", params={"query": query})
            assert ask.status_code == 200 and ask.json()["results"]["bindings"]
            refused = httpx.get(
                f"{base}/sparql", params={"query": f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"}
            )
            assert refused.status_code == 400
            assert httpx.get(f"{base}/health").status_code == 200
        again = run_kg("build", str(SEEDS), "--store", url, "-q", cwd=tmp_path)
        assert again.returncode == 0
        report = json.loads(run_kg("report", "--store", url, cwd=tmp_path).stdout)
        assert report["counts"]["unchanged"] == 2


def test_kg_serve_is_the_writer_while_it_answers(tmp_path):
    """`kg build --store http://…` writes through the server's graph store: readers keep
    getting answers and never see half an article."""
    store = tmp_path / "served"
    assert run_kg("build", str(SEEDS), "--store", str(store), "-q").returncode == 0
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted((SHARED / "corpus").glob("*.txt"))[:12]:
        shutil.copy(path, articles / path.name)
    with running_server(store, env={"KG_ADMIN_TOKEN": "writer-token"}) as base:
        half_seen, answers, stop = [], [], threading.Event()
        # half an article: a graph without its article node, or a fact without its mention
        check = PREFIX + (
            "SELECT ?g WHERE { { GRAPH ?g { ?s ?p ?o } "
            "FILTER NOT EXISTS { GRAPH ?g { ?a a kg:Article ; kg:extractorVersion ?v } } } "
            "UNION { GRAPH ?g { ?f kg:evidence ?m } "
            "FILTER NOT EXISTS { GRAPH ?g { ?m kg:beginIndex ?b } } } "
            'FILTER(STRSTARTS(STR(?g), "https://w3id.org/kg-news/graph/article/")) } LIMIT 5'
        )

        def read() -> None:
            with httpx.Client(timeout=30) as client:
                while not stop.is_set():
                    try:
                        response = client.get(f"{base}/sparql", params={"query": check})
                    except httpx.HTTPError as error:
                        answers.append(type(error).__name__)
                        continue
                    answers.append(response.status_code)
                    if response.status_code == 200:
                        half_seen.extend(response.json()["results"]["bindings"])

        reader = threading.Thread(target=read)
        reader.start()
        env_token = {"KG_ADMIN_TOKEN": "writer-token"}
        build = subprocess.run(
            [
                __import__("sys").executable,
                "-m",
                "kg",
                "build",
                str(articles),
                "--store",
                base,
                "-q",
            ],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=tmp_path,
            env={**__import__("os").environ, **env_token},
        )
        stop.set()
        reader.join(timeout=30)
        assert build.returncode == 0, build.stderr
        assert answers and set(answers) == {200}, {a: answers.count(a) for a in set(answers)}
        assert half_seen == []
        count = PREFIX + "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }"
        n = httpx.get(f"{base}/sparql", params={"query": count}).json()["results"]["bindings"][0][
            "n"
        ]["value"]
        assert int(n) == 2 + 12


def test_a_second_writer_gets_a_sentence(tmp_path):
    store = tmp_path / "busy"
    assert run_kg("build", str(SEEDS), "--store", str(store), "-q").returncode == 0
    with running_server(store):
        second = run_kg("build", str(SEEDS), "--store", str(store), "-q")
    assert second.returncode == 2
    assert "in use by another kg process" in second.stderr and "Traceback" not in second.stderr


@pytest.mark.skipif(
    not Path(OXIGRAPH).exists(), reason="the oxigraph server (PyPI: oxigraph) is not installed"
)
def test_stats_export_and_load_work_on_a_remote_store(tmp_path):
    local = tmp_path / "local"
    assert run_kg("build", str(SEEDS), "--store", str(local), "-q").returncode == 0
    with oxigraph_server(tmp_path / "oxigraph") as url:
        built = run_kg("build", str(SEEDS), "--store", url, "-q", cwd=tmp_path)
        assert built.returncode == 0, built.stderr
        remote_stats = run_kg("stats", "--store", url, cwd=tmp_path)
        assert remote_stats.returncode == 0, remote_stats.stderr
        assert json.loads(remote_stats.stdout) == json.loads(
            run_kg("stats", "--store", str(local)).stdout
        )
        exported = tmp_path / "remote.nq"
        export = run_kg("export", "--store", url, "--format", "nquads", "-o", str(exported))
        assert export.returncode == 0, export.stderr
        lines = {q for q in exported.read_text().splitlines() if "/graph/builds>" not in q}
        assert lines == local_quads(tmp_path)
        turtle = run_kg("export", "--store", url, "--format", "turtle")
        assert turtle.returncode == 0 and "kg:Statement" in turtle.stdout
        refused = run_kg("load", str(exported), "--store", url, cwd=tmp_path)
        assert refused.returncode == 2 and refused.stderr.startswith("kg: ")
        assert "not empty" in refused.stderr and "Traceback" not in refused.stderr
    with oxigraph_server(tmp_path / "empty") as url:
        loaded = run_kg("load", str(exported), "--store", url, cwd=tmp_path)
        assert loaded.returncode == 0, loaded.stderr
        again = tmp_path / "again.nq"
        run_kg("export", "--store", url, "--format", "nquads", "-o", str(again))
        assert set(again.read_text().splitlines()) == set(exported.read_text().splitlines())
        report = run_kg("report", "--store", url, cwd=tmp_path)
        assert report.returncode == 0
        assert "restored from" in report.stderr and str(exported.resolve()) in report.stderr
