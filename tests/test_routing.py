"""neo4j:// (the routing scheme of clusters and Aura) works against a single server, reads routed as reads."""

from __future__ import annotations

from urllib.parse import urlsplit

from graph.core.db import Connection, Graph


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
