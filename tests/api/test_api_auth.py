"""Authentication through the app: aggregates open without a token, everything else asks to sign in, and an
untrustworthy token is refused with 401."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from starlette.testclient import TestClient

from api.app import create_app
from graph.core.db import Connection, Graph
from tests.api.conftest import settings_for
from tests.auth import bearer
from tests.unit.test_api_auth import _token

STATS = '{ communityStats(communityId: "jf") { partyMembers } }'
PEOPLE = "{ people(first: 1) { edges { node { name } } } }"


@pytest.fixture
def anonymous(neo4j_connection: Connection, demo_graph: Graph) -> Iterator[TestClient]:
    with TestClient(create_app(settings_for(neo4j_connection))) as test_client:
        yield test_client


def test_without_a_token_aggregates_are_open(anonymous: TestClient) -> None:
    body = anonymous.post("/graphql", json={"query": STATS}).json()
    assert "errors" not in body
    assert body["data"]["communityStats"]["partyMembers"] > 0


@pytest.mark.parametrize(
    "query",
    [
        PEOPLE,
        '{ communityStats(communityId: "jf") { partyMembers } wishes(first: 1) { totalCount } }',
        "query { ...F } fragment F on Query { people(first: 1) { totalCount } }",
        '{ ... on Query { node(id: "x") { id } } }',
        "mutation { expireOverdueWishes { replayed } }",
    ],
)
def test_without_a_token_everything_else_asks_to_sign_in(anonymous: TestClient, query: str) -> None:
    body = anonymous.post("/graphql", json={"query": query}).json()
    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"]
    assert "sign in" in body["errors"][0]["message"]


def test_a_valid_token_reads(anonymous: TestClient) -> None:
    body = anonymous.post("/graphql", json={"query": PEOPLE}, headers=bearer("admin-test", "admin")).json()
    assert "errors" not in body
    assert body["data"]["people"]["edges"]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (f"Bearer {_token(secret='another-secret-another-secret-another')}", "not valid"),
        (f"Bearer {_token(exp=datetime.now(UTC) - timedelta(minutes=1))}", "expired"),
        (f"Bearer {_token(sub='')}", "person"),
        (f"Bearer {_token(roles='admin')}", "roles"),
        ("Bearer not.a.token", "not valid"),
        (f"Basic {_token()}", "Bearer"),
        (
            f"Bearer {jwt.encode({'sub': 'p1', 'roles': ['admin'], 'exp': 9999999999}, '', algorithm='none')}",
            "not valid",
        ),
    ],
)
def test_an_untrustworthy_token_is_refused_with_401(anonymous: TestClient, header: str, message: str) -> None:
    response = anonymous.post("/graphql", json={"query": STATS}, headers={"Authorization": header})
    assert response.status_code == 401
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "UNAUTHENTICATED"
    assert message in error["message"]
    assert response.headers["www-authenticate"].startswith("Bearer")
