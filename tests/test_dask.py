"""Extraction on a real dask.distributed LocalCluster stores the same quads as a local build."""

from __future__ import annotations

import shutil

from tests.conftest import SEEDS, SHARED, run_kg


def quads(tmp_path, store) -> set[str]:
    out = tmp_path / f"{store.name}.nq"
    assert (
        run_kg("export", "--store", str(store), "--format", "nquads", "-o", str(out)).returncode
        == 0
    )
    return {q for q in out.read_text().splitlines() if "/graph/builds>" not in q}


def test_dask_build_equals_local_build(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    for path in sorted((SHARED / "corpus").glob("*.txt"))[:6]:
        shutil.copy(path, articles / path.name)
    local, distributed = tmp_path / "local", tmp_path / "dask"
    assert (
        run_kg("build", str(articles), "--store", str(local), "-q", "--workers", "1").returncode
        == 0
    )
    result = run_kg("build", str(articles), "--store", str(distributed), "-q", "--dask", "local")
    assert result.returncode == 0, result.stderr
    assert quads(tmp_path, distributed) == quads(tmp_path, local)


def test_unreachable_scheduler_is_a_sentence(tmp_path):
    result = run_kg(
        "build", str(SEEDS), "--store", str(tmp_path / "s"), "-q", "--dask", "tcp://127.0.0.1:9"
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "Dask scheduler" in result.stderr
