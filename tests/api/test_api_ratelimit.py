"""The rate limit through the real app: per token subject, per client address without one (or with a bad token),
refused with 429 RATE_LIMITED and Retry-After; health, readiness and metrics are never limited."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from graph.core.db import Connection
from tests.api.conftest import app_for
from tests.api.test_hardening import refusal
from tests.auth import ADMIN, bearer

TYPENAME = {"query": "{ __typename }"}


@pytest.fixture
def limited(neo4j_connection: Connection) -> Iterator[TestClient]:
    """Three requests a minute per token, two per address without one (memory: no REDIS_URL)."""
    with TestClient(app_for(neo4j_connection, rate_limit="3/minute", rate_limit_anonymous="2/minute")) as client:
        yield client


def statuses(client: TestClient, n: int, headers: dict[str, str] | None = None) -> list[int]:
    return [client.post("/graphql", json=TYPENAME, headers=headers or {}).status_code for _ in range(n)]


def test_a_token_gets_its_rate_then_a_coded_429(limited: TestClient) -> None:
    assert statuses(limited, 5, ADMIN) == [200, 200, 200, 429, 429]
    response = limited.post("/graphql", json=TYPENAME, headers=ADMIN)
    message = refusal(response, 429, "RATE_LIMITED")
    assert message.startswith("too many requests: at most 3 per 1 minute; retry after ")
    assert 1 <= int(response.headers["retry-after"]) <= 60
    # Another subject from the same address has its own budget; GET is counted like POST.
    other = bearer("jf-p38", "grid_worker")
    assert [limited.get("/graphql", params=TYPENAME, headers=other).status_code for _ in range(4)] == [
        200,
        200,
        200,
        429,
    ]


def test_without_a_token_the_address_is_limited_and_a_bad_token_counts_there(limited: TestClient) -> None:
    assert statuses(limited, 2) == [200, 200]
    assert statuses(limited, 1, {"Authorization": "Bearer not-a-token"}) == [429]
    assert statuses(limited, 1, ADMIN) == [200]  # a signed-in caller behind the same address is not refused


def test_bad_tokens_are_limited_like_anonymous_callers(limited: TestClient) -> None:
    bad = {"Authorization": "Bearer not-a-token"}
    assert statuses(limited, 4, bad) == [401, 401, 429, 429]


def test_health_readiness_and_metrics_are_never_limited(limited: TestClient) -> None:
    assert statuses(limited, 3) == [200, 200, 429]
    assert [limited.get(path).status_code for path in ("/health", "/ready", "/metrics") * 3] == [200] * 9


def test_the_suite_default_is_no_limit(client: TestClient) -> None:
    assert set(statuses(client, 30)) == {200}
