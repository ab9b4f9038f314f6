"""The system tier: real processes (API servers, managed Neo4j servers, redis-server, Chromium), some over the
session's Neo4j."""

from __future__ import annotations

# The session's Neo4j: fixtures of this tier by being names of its conftest (listed in __all__ so they count as used).
from tests.neo4j_fixtures import (
    db_state,
    demo_graph,
    neo4j_connection,
    scratch_demo,
    session_graph,
)

__all__ = ["db_state", "demo_graph", "neo4j_connection", "scratch_demo", "session_graph"]
