"""Two API instances sharing one Redis share each caller's rate budget (REDIS_URL), where instances without it count
alone."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest
import redis
from starlette.testclient import TestClient

from graph.core.db import Connection
from tests.api.conftest import app_for
from tests.auth import bearer
from tests.system.api_process import free_port

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")

WAIT_S = 10.0
TYPENAME = {"query": "{ __typename }"}


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server on a free port in a temporary directory, killed afterwards."""
    folder, port = tmp_path_factory.mktemp("redis"), free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen([*command, "--dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        deadline = time.monotonic() + WAIT_S
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
        process.wait(WAIT_S)


@contextmanager
def two_instances(conn: Connection, redis_url: str | None) -> Iterator[tuple[TestClient, TestClient]]:
    with ExitStack() as stack:
        clients = [
            stack.enter_context(
                TestClient(app_for(conn, rate_limit="4/minute", rate_limit_anonymous="2/minute", redis_url=redis_url))
            )
            for _ in range(2)
        ]
        yield clients[0], clients[1]


def alternate(first: TestClient, second: TestClient, n: int, headers: dict[str, str]) -> list[int]:
    """n requests, every other one to each instance."""
    clients = (first, second)
    return [clients[i % 2].post("/graphql", json=TYPENAME, headers=headers).status_code for i in range(n)]


def test_instances_sharing_redis_share_the_budget(neo4j_connection: Connection, redis_url: str) -> None:
    with ExitStack() as stack:
        one, two = stack.enter_context(two_instances(neo4j_connection, redis_url))
        worker = bearer("jf-p38-shared", "grid_worker")
        assert alternate(one, two, 6, worker) == [200, 200, 200, 200, 429, 429]
        assert alternate(one, two, 3, {}) == [200, 200, 429]  # anonymous: the one address's budget, shared too


def test_instances_without_redis_count_alone(neo4j_connection: Connection) -> None:
    with ExitStack() as stack:
        one, two = stack.enter_context(two_instances(neo4j_connection, None))
        worker = bearer("jf-p38-alone", "grid_worker")
        assert alternate(one, two, 10, worker) == [200] * 8 + [429, 429]
