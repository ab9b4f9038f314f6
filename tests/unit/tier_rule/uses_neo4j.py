"""A unit test that asks for Neo4j: never collected by a normal run (its name is not test_*.py); tests/unit/test_tiers.py
runs pytest on it to check that the tier rule stops such a run at collection."""

from __future__ import annotations

from graph.core.db import Graph


async def test_counts_nodes(graph: Graph) -> None:
    assert await graph.read("MATCH (n) RETURN count(n) AS n")
