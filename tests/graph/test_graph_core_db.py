"""The driver on a real Neo4j (graph.core.db): neo4j:// (the routing scheme of clusters and Aura) works against a
single server, reads routed as reads; a transaction past its time limit is stopped as a QueryTimeout."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pytest

from graph.core.db import Connection, Graph
from graph.core.errors import QueryTimeout


async def test_a_routing_uri_reads_and_writes(neo4j_connection: Connection) -> None:
    address = urlsplit(neo4j_connection.uri).netloc
    conn = Connection(f"neo4j://{address}", neo4j_connection.user, neo4j_connection.password, neo4j_connection.database)
    graph = Graph.connect(conn, timeout_s=30)
    graph.captured = []
    try:
        await graph.write("MERGE (p:RoutingProbe {id: $id}) SET p.n = $n", id="routing-probe", n=7)
        row = await graph.read_one("MATCH (p:RoutingProbe {id: $id}) RETURN p.n AS n", id="routing-probe")
        assert row == {"n": 7}
        assert [c.how for c in graph.captured] == ["write", "read"]
        # The routing driver (not the direct bolt one): it fetched a routing table, which a single server answers
        # with itself as writer and reader; in a cluster the READ queries above go to followers.
        assert type(graph._driver).__name__ == "AsyncNeo4jDriver"
    finally:
        await graph.write("MATCH (p:RoutingProbe) DELETE p")
        await graph.close()


async def test_a_transaction_past_its_time_limit_is_a_query_timeout(neo4j_connection: Connection) -> None:
    graph = Graph.connect(neo4j_connection, timeout_s=0.5)
    began = time.perf_counter()
    try:
        with pytest.raises(QueryTimeout):
            # About 100 s of counting without a limit.
            await graph.read("UNWIND range(1, 1000000000) AS x RETURN count(x) AS n")
    finally:
        await graph.close()
    assert time.perf_counter() - began < 30
