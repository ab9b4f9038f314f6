"""Two API instances sharing one Redis share each caller's rate budget (REDIS_URL), where instances without it count
alone."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest
from starlette.testclient import TestClient

from graph.core.db import Connection
from tests.api.conftest import app_for
from tests.auth import bearer

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")

WAIT_S = 10.0
TYPENAME = {"query": "{ __typename }"}


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
