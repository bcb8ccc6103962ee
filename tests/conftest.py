"""Shared fixtures: the real spaCy model, tiny inline articles, a store built from the
seeds, and a real server started with uvicorn on a free loopback port."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def facts_of(nlp):
    """Facts of a tiny article written inline in a test."""
    from kg.extract import extract_doc
    from kg.ingest import make_article

    def run(text: str, date: str | None = None, name: str = "inline"):
        article = make_article(name, name, text, date=date)
        return extract_doc(nlp(article.text), article)

    return run


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    from kg.pipeline import build

    store = tmp_path_factory.mktemp("seed-store") / "store"
    report = build([str(SEEDS)], store)
    assert report.ok, report.as_dict()
    return store


def copy_of(store: Path, tmp_path_factory) -> Path:
    """A private copy of a store: a server is its store's only writer, so two never share one."""
    copy = tmp_path_factory.mktemp("copy") / "store"
    shutil.copytree(store, copy)
    return copy


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


PROCESSES: dict[str, subprocess.Popen] = {}  # base URL -> the `kg serve` process
LOGS: dict[str, object] = {}  # base URL -> the file its log goes to


def server_log(base: str) -> bytes:
    """What the server at ``base`` has logged so far."""
    fd = LOGS[base].fileno()
    # pread: the server shares this file's offset, which a seek would move under it
    return os.pread(fd, os.fstat(fd).st_size, 0)


@contextlib.contextmanager
def running_server(store: Path, *extra: str, env: dict | None = None):
    """`kg serve` (uvicorn) in a child process on a free loopback port; yields its base URL."""
    port = free_port()
    # the server's log goes to a file: an unread pipe would fill up and stall the server
    log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in the finally below
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port), *extra],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})},
    )
    base = f"http://127.0.0.1:{port}"
    PROCESSES[base] = process
    LOGS[base] = log
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"kg serve exited: {log.read().decode()[-2000:]}")
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("kg serve did not answer /health within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        PROCESSES.pop(base, None)
        LOGS.pop(base, None)
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="session")
def server(seed_store):
    with running_server(seed_store) as base:
        yield base


def run_kg(*args: str, cwd: Path | None = None, input: str | None = None, timeout: float = 300):
    """The installed CLI, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        input=input,
        timeout=timeout,
    )
