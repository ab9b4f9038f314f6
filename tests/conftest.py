"""Test fixtures: one real Neo4j per session (NEO4J_URI, testcontainers, or the managed server)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.core.db import Connection, Graph
from graph.core.loading import delete_everything
from graph.core.migrations import migrate
from tests.auth import ADMIN, TEST_SECRET
from tests.neo4j_provider import provide_neo4j


@dataclass
class DbState:
    demo_loaded: bool = False


@pytest.fixture(scope="session")
def neo4j_connection(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    conn, cleanup = provide_neo4j(tmp_path_factory.mktemp("neo4j"))
    try:
        yield conn
    finally:
        cleanup()


@pytest.fixture(scope="session")
def db_state() -> DbState:
    return DbState()


@pytest.fixture(scope="session")
async def session_graph(neo4j_connection: Connection) -> AsyncIterator[Graph]:
    graph = Graph.connect(neo4j_connection, timeout_s=120)
    await migrate(graph)
    yield graph
    await graph.close()


async def _wipe(graph: Graph, state: DbState) -> None:
    await delete_everything(graph)
    state.demo_loaded = False


@pytest.fixture(scope="module")
async def _empty_module_db(session_graph: Graph, db_state: DbState) -> None:
    await _wipe(session_graph, db_state)


@pytest.fixture
async def graph(session_graph: Graph, _empty_module_db: None) -> Graph:
    """A real Neo4j whose database was emptied when this test module started."""
    return session_graph


@pytest.fixture
async def demo_graph(session_graph: Graph, db_state: DbState) -> Graph:
    """A real Neo4j holding exactly the Jianfeng demo (loaded once, reloaded after a module wiped it)."""
    if not db_state.demo_loaded:
        from seeds.load import load_demo

        await _wipe(session_graph, db_state)
        await load_demo(session_graph, progress=False)
        db_state.demo_loaded = True
    return session_graph


@pytest.fixture(scope="module")
async def scratch_demo(session_graph: Graph, db_state: DbState) -> Graph:
    """A fresh copy of the demo this module may change; the next module that needs the pristine demo reloads it."""
    from seeds.load import load_demo

    await _wipe(session_graph, db_state)
    await load_demo(session_graph, progress=False)
    return session_graph


def settings_for(conn: Connection) -> Settings:
    return Settings(
        NEO4J_URI=conn.uri,
        NEO4J_USER=conn.user,
        NEO4J_PASSWORD=conn.password,
        NEO4J_DATABASE=conn.database,
        APP_ENV="development",
        AUTH_SECRET=TEST_SECRET,
    )


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
