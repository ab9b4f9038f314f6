"""The api tier: HTTP through the real Starlette app (TestClient) over the session's real Neo4j."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.core.db import Connection, Graph
from tests.auth import ADMIN, TEST_SECRET

# The session's Neo4j: fixtures of this tier by being names of its conftest (listed in __all__ so they count as used).
from tests.neo4j_fixtures import (
    db_state,
    demo_graph,
    neo4j_connection,
    scratch_demo,
    session_graph,
)

__all__ = ["db_state", "demo_graph", "neo4j_connection", "scratch_demo", "session_graph"]

# An origin the `tight` app allows.
GOOD_ORIGIN = "https://grid.example"


def settings_for(conn: Connection) -> Settings:
    return Settings(
        NEO4J_URI=conn.uri,
        NEO4J_USER=conn.user,
        NEO4J_PASSWORD=conn.password,
        NEO4J_DATABASE=conn.database,
        APP_ENV="development",
        AUTH_SECRET=TEST_SECRET,
        # The suite sends thousands of requests as one subject (the fuzz tests alone 1,500): no rate limit, except in
        # the tests of the limit, which set their own.
        RATE_LIMIT="",
        RATE_LIMIT_ANONYMOUS="",
    )


def app_for(conn: Connection, **update: Any) -> Starlette:
    return create_app(settings_for(conn).model_copy(update=update))


@pytest.fixture
def client(neo4j_connection: Connection, demo_graph: Graph) -> Iterator[TestClient]:
    """The real app (its own driver, opened by the lifespan) over the demo data, as a community administrator."""
    with TestClient(create_app(settings_for(neo4j_connection)), headers=ADMIN) as test_client:
        yield test_client


@pytest.fixture
def scratch_client(neo4j_connection: Connection, scratch_demo: Graph) -> Iterator[TestClient]:
    """The real app over a copy of the demo that the test may change, as a community administrator."""
    with TestClient(create_app(settings_for(neo4j_connection)), headers=ADMIN) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def tight(neo4j_connection: Connection) -> Iterator[TestClient]:
    """The real app with small limits (tests that read data also ask for `demo_graph`)."""
    app = app_for(
        neo4j_connection,
        max_query_depth=4,
        max_query_aliases=2,
        max_query_tokens=60,
        max_query_cost=100,
        max_operations=2,
        max_request_bytes=2048,
        max_page_size=50,
        cors_origins=(GOOD_ORIGIN,),
    )
    with TestClient(app, headers=ADMIN) as client:
        yield client


@pytest.fixture(scope="module")
def production(neo4j_connection: Connection) -> Iterator[TestClient]:
    with TestClient(app_for(neo4j_connection, env="production"), headers=ADMIN) as client:
        yield client
