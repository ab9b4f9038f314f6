"""The system tier: real processes (API servers, managed Neo4j servers, redis-server, Chromium), some over the
session's Neo4j."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

# The session's Neo4j: fixtures of this tier by being names of its conftest (listed in __all__ so they count as used).
from graph.core.db import Connection, Graph
from tests.neo4j_fixtures import (
    db_state,
    demo_graph,
    neo4j_connection,
    scratch_demo,
    session_graph,
)
from tests.system.api_process import free_port, serve_env, start, stop, wait_until_healthy

__all__ = ["db_state", "demo_graph", "neo4j_connection", "scratch_demo", "session_graph"]

REDIS_WAIT_S = 10.0


@pytest.fixture
def api_url(neo4j_connection: Connection, tmp_path: Path) -> Iterator[str]:
    """The real app in development (`python -m api serve`, a subprocess on a free port)."""
    port, log_path = free_port(), tmp_path / "serve.log"
    server = start(serve_env(neo4j_connection), port, log_path)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, server, log_path)
        yield url
    finally:
        stop(server, 10)


@pytest.fixture
def demo_api_url(demo_graph: Graph, api_url: str) -> str:
    """The real app in development over the demo."""
    return api_url


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server on a free port in a temporary directory, killed afterwards."""
    folder, port = tmp_path_factory.mktemp("redis"), free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen([*command, "--dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        deadline = time.monotonic() + REDIS_WAIT_S
        while True:
            try:
                redis.Redis.from_url(url, socket_timeout=1).ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        yield url
    finally:
        process.kill()
        process.wait(REDIS_WAIT_S)
