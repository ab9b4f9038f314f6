"""The graph tier: graph/ and seeds/ functions against the session's real Neo4j."""

from __future__ import annotations

import pytest

from graph.core.db import Graph

# The wish tests' cast and the wishes a test makes (tests/graph/wish_cast.py), fixtures of this tier the same way.
from tests.graph.wish_cast import cast, made

# The session's Neo4j: fixtures of this tier by being names of its conftest (listed in __all__ so they count as used).
from tests.neo4j_fixtures import (
    DbState,
    db_state,
    demo_graph,
    neo4j_connection,
    scratch_demo,
    session_graph,
    wipe,
)

__all__ = ["cast", "db_state", "demo_graph", "made", "neo4j_connection", "scratch_demo", "session_graph"]


@pytest.fixture(scope="module")
async def _empty_module_db(session_graph: Graph, db_state: DbState) -> None:
    await wipe(session_graph, db_state)


@pytest.fixture
async def graph(session_graph: Graph, _empty_module_db: None) -> Graph:
    """A real Neo4j whose database was emptied when this test module started."""
    return session_graph
