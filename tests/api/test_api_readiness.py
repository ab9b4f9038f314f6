"""/health and /ready on the real app: ready on a migrated database, not while a constraint or index is missing."""

from __future__ import annotations

from starlette.testclient import TestClient

from graph.core.db import Graph
from graph.core.migrations import migrate


def test_ready_on_a_migrated_database(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    response = client.get("/ready")
    assert response.status_code == 200, response.text
    assert response.json() == {"status": "ready"}


async def test_not_ready_while_a_constraint_or_index_is_missing(client: TestClient, demo_graph: Graph) -> None:
    await demo_graph.write("DROP CONSTRAINT wish_id IF EXISTS")
    await demo_graph.write("DROP INDEX event_status IF EXISTS")
    try:
        response = client.get("/ready")
        assert response.status_code == 503
        body = response.json()
        assert body["code"] == "NOT_MIGRATED"
        assert body["missing"] == ["event_status", "wish_id"]
    finally:
        await migrate(demo_graph)
    assert client.get("/ready").status_code == 200
