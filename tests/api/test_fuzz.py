"""Hostile reads against the real app over the demo: generated queries, hostile strings in every String/ID argument of
every read, lone surrogates. Whatever arrives, the client sees data or a stable coded error, never an internal one, a
stack trace or a word of Cypher, and reads leave the graph as it was (mutations: tests/api/test_fuzz_mutations.py)."""

from __future__ import annotations

import time
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_graphql import queries
from starlette.testclient import TestClient

from graph.core.db import Graph
from tests.api.fuzz_answers import FUZZ_SETTINGS, QUERY_TYPE
from tests.api.fuzz_fillers import Fillers, node_ids
from tests.api.fuzz_generated import QUERY_EXAMPLES, TEXT_EXAMPLES, _post_generated, _report, per_root_field
from tests.api.fuzz_hostile import SURROGATES, Barrage, values_for
from tests.api.fuzz_sites import Site, nested_sites, root_sites


async def fingerprint(graph: Graph) -> dict[str, Any]:
    """What a read must not change: nodes, labels, relationships and their properties (the audit log aside)."""
    row = await graph.read_one(
        """
        CALL () { MATCH (n) WHERE NOT n:AuditEntry
                  RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProps, sum(size(labels(n))) AS labels }
        CALL () { MATCH ()-[r]->() RETURN count(r) AS rels, sum(size(keys(r))) AS relProps }
        RETURN nodes, nodeProps, labels, rels, relProps
        """
    )
    assert row is not None and row["nodes"] > 1000
    return dict(row)


def test_generated_queries(client: TestClient) -> None:
    times: list[float] = []
    assert QUERY_TYPE is not None
    operations = per_root_field(queries, QUERY_TYPE)

    @settings(max_examples=QUERY_EXAMPLES, **FUZZ_SETTINGS)
    @given(operation=operations)
    def run(operation: str) -> None:
        _post_generated(client, operation, times)

    run()
    _report("queries", times)
    assert len(times) >= 1000


async def test_hostile_strings_in_every_read_argument(client: TestClient, demo_graph: Graph) -> None:
    before = await fingerprint(demo_graph)
    fillers = Fillers(node_ids(client))
    sites = root_sites(fillers) + nested_sites(fillers)
    barrage = Barrage(client)
    started = time.perf_counter()
    for index, site in enumerate(sites):
        for value in values_for(site, index):
            barrage.send(site, value)
    fixed = barrage.sent

    @settings(max_examples=TEXT_EXAMPLES, **FUZZ_SETTINGS)
    @given(site=st.sampled_from(sites), value=st.text())
    def random_text(site: Site, value: str) -> None:
        barrage.send(site, value)

    random_text()
    print(
        f"\nhostile reads: {len(sites)} sites, {fixed} hostile strings and {barrage.sent - fixed} generated texts "
        f"in {time.perf_counter() - started:.1f} s; slowest: {barrage.slowest()}"
    )
    assert not barrage.problems, barrage.verdict()
    assert fixed >= 1000
    covered = {s.name.split("(")[0] for s in sites}
    assert covered >= {
        "Query.node",
        "Query.nodes",
        "Query.search",
        "Query.neighborhood",
        "Query.paths",
        "Grid.buildings",
    }
    assert await fingerprint(demo_graph) == before


def test_lone_surrogates_are_the_callers_error(client: TestClient) -> None:
    """A lone surrogate arrives as a valid JSON escape; it cannot go on to Neo4j, and must not crash on the way."""
    fillers = Fillers(node_ids(client))
    sites = [s for s in root_sites(fillers) if "totalCount" not in s.query or s.name.endswith(("(after)", ":all"))]
    barrage = Barrage(client)
    for site in sites:
        for value in SURROGATES:
            barrage.send(site, value)
    assert not barrage.problems, barrage.verdict()
