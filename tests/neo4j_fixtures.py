"""The session's one Neo4j and the database states tests ask for, for the tiers that use Neo4j.

tests/graph, tests/api and tests/system import these fixtures into their conftest; tests/unit does not (and the root
conftest refuses a unit test that asks for one). Each conftest that imports a fixture registers a copy of it, so the
server and the record of what the database holds are kept once per pytest session, in `config.stash`: one Neo4j serves
every tier, and the demo is loaded once for as long as nothing wipes it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest

from graph.core.db import Connection, Graph
from graph.core.loading import delete_everything
from graph.core.migrations import migrate
from tests.neo4j_provider import provide_neo4j


@dataclass
class DbState:
    demo_loaded: bool = False


@dataclass
class _Session:
    connection: Connection
    state: DbState = field(default_factory=DbState)


_SESSION = pytest.StashKey[_Session]()


@pytest.fixture(scope="session")
def neo4j_connection(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Connection:
    """The session's Neo4j, started (or checked, for NEO4J_URI) on first use and disposed of when pytest ends."""
    found = request.config.stash.get(_SESSION, None)
    if found is None:
        conn, dispose = provide_neo4j(tmp_path_factory.mktemp("neo4j"))
        request.config.add_cleanup(dispose)
        found = request.config.stash[_SESSION] = _Session(conn)
    return found.connection


@pytest.fixture(scope="session")
def db_state(request: pytest.FixtureRequest, neo4j_connection: Connection) -> DbState:
    return request.config.stash[_SESSION].state


@pytest.fixture(scope="session")
async def session_graph(neo4j_connection: Connection) -> AsyncIterator[Graph]:
    graph = Graph.connect(neo4j_connection, timeout_s=120)
    await migrate(graph)
    yield graph
    await graph.close()


async def wipe(graph: Graph, state: DbState) -> None:
    await delete_everything(graph)
    state.demo_loaded = False


@pytest.fixture
async def demo_graph(session_graph: Graph, db_state: DbState) -> Graph:
    """A real Neo4j holding exactly the Jianfeng demo (loaded once, reloaded after a module wiped it)."""
    if not db_state.demo_loaded:
        from seeds.load import load_demo

        await wipe(session_graph, db_state)
        await load_demo(session_graph, progress=False)
        db_state.demo_loaded = True
    return session_graph


@pytest.fixture(scope="module")
async def scratch_demo(session_graph: Graph, db_state: DbState) -> Graph:
    """A fresh copy of the demo this module may change; the next module that needs the pristine demo reloads it."""
    from seeds.load import load_demo

    await wipe(session_graph, db_state)
    await load_demo(session_graph, progress=False)
    return session_graph
