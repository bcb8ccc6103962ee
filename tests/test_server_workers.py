"""Query workers' memory cap, measured from outside: a query that builds an ever longer
string gets 503 saying it used too much memory before any process of the real server (or of
`kg query`) has passed its cap by half, and the server answers afterwards. Resident memory
is sampled from /proc every few milliseconds (VmHWM: the peak since the process started)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from kg.config import MIN_QUERY_MEMORY_MB, load_settings
from kg.errors import UsageError
from kg.pipeline import build
from kg.server.workers import query_memory_mb
from tests.conftest import PROCESSES, ROOT, SEEDS, running_server

CAP_MB = 300
# a 50 kB string of every object, concatenated once per pair of triples: gigabytes within
# seconds, unbounded (over 3 GB in 20 s on the seed store without a cap)
HUNGRY = (
    "SELECT (STRLEN(GROUP_CONCAT(?big)) AS ?n) WHERE {"
    " { SELECT (GROUP_CONCAT(STR(?o)) AS ?big) WHERE { ?s ?p ?o } } ?a ?b ?c . ?d ?e ?f }"
)
CHEAP = 'ASK { ?a <https://w3id.org/kg-news/ontology#name> "Dmytro Kuleba" }'


class PeakMemory(threading.Thread):
    """The peak resident memory (MB) of a process and all its descendants, sampled until
    stopped; ``peaks`` maps each pid seen to its peak. A process past twice the cap is
    killed: the test has failed, and the machine is shared."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peaks, self.done = pid, {}, threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            for pid in self.tree(self.pid):
                peak = hwm_mb(pid)
                if peak is not None:
                    self.peaks[pid] = max(peak, self.peaks.get(pid, 0.0))
                if peak is not None and peak > 2 * CAP_MB:  # failed already: spare the machine
                    with contextlib.suppress(OSError):
                        os.kill(pid, signal.SIGKILL)
            time.sleep(0.003)

    def tree(self, pid: int) -> list[int]:
        found, todo = [], [pid]
        while todo:
            current = todo.pop()
            found.append(current)
            try:
                for task in os.listdir(f"/proc/{current}/task"):
                    todo += map(
                        int, Path(f"/proc/{current}/task/{task}/children").read_text().split()
                    )
            except OSError:
                pass  # gone meanwhile
        return found

    def stop(self) -> dict[int, float]:
        self.done.set()
        self.join(timeout=5)
        return self.peaks


def hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = tmp_path_factory.mktemp("memory") / "store"
    assert build([str(SEEDS)], store).ok
    return store


def test_a_memory_hungry_query_gets_503_and_the_server_answers_after(store):
    env = {"KG_QUERY_MEMORY_MB": str(CAP_MB), "KG_QUERY_WORKERS": "2"}
    with running_server(store, env=env) as base:
        assert httpx.get(f"{base}/sparql", params={"query": CHEAP}).status_code == 200
        watch = PeakMemory(PROCESSES[base].pid)
        watch.start()
        started = time.monotonic()
        response = httpx.get(
            f"{base}/sparql", params={"query": HUNGRY, "timeout": "20"}, timeout=60
        )
        elapsed = time.monotonic() - started
        peaks = watch.stop()
        print(
            f"memory-hungry query: {response.status_code} in {elapsed:.2f} s; peak RSS by pid "
            f"(MB): { {pid: round(mb) for pid, mb in peaks.items()} } (cap {CAP_MB} MB)"
        )
        assert response.status_code == 503
        message = response.json()["error"]["message"]
        assert "memory" in message and f"{CAP_MB} MB" in message
        assert len(peaks) >= 3  # the server and its two workers were watched
        assert max(peaks.values()) < 1.5 * CAP_MB
        # a worker at the cap still answers ordinary queries, and the lost one was replaced
        for _ in range(4):
            answer = httpx.get(f"{base}/sparql", params={"query": CHEAP})
            assert answer.status_code == 200 and answer.json()["boolean"] is True
        assert httpx.get(f"{base}/health").status_code == 200


def test_kg_query_keeps_the_same_memory_cap(store):
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "query", HUNGRY, "--store", str(store), "--timeout", "20"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "KG_QUERY_MEMORY_MB": str(CAP_MB)},
    )
    watch = PeakMemory(process.pid)
    watch.start()
    out, err = process.communicate(timeout=120)
    peaks = watch.stop()
    print(
        f"kg query: exit {process.returncode}; peak RSS (MB): {sorted(map(round, peaks.values()))}"
    )
    assert process.returncode == 2 and out == ""
    # one sentence, no backtrace of the worker that ran out
    assert err.startswith("kg: ") and err.count("\n") == 1
    assert "memory" in err and f"{CAP_MB} MB" in err
    assert max(peaks.values()) < 1.5 * CAP_MB


def test_the_memory_cap_is_a_setting_with_a_floor():
    assert load_settings({"KG_QUERY_MEMORY_MB": "300"}).query_memory_mb == 300
    with pytest.raises(UsageError, match="too little"):
        load_settings({"KG_QUERY_MEMORY_MB": str(MIN_QUERY_MEMORY_MB - 1)})
    # 0: half the machine's memory, shared among the workers
    total_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / (1 << 20)
    assert query_memory_mb(0, 1) == max(MIN_QUERY_MEMORY_MB, int(total_mb // 2))
    assert query_memory_mb(0, 4) == max(MIN_QUERY_MEMORY_MB, int(total_mb // 8))
    assert query_memory_mb(500, 4) == 500
