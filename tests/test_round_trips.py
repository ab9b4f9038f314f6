"""No query per row: a 3-level nested query costs the same number of Cypher round trips for 10 or 100 rows."""

from __future__ import annotations

from starlette.testclient import TestClient

NESTED = """query($n: Int!) { residents(first: $n) { edges { node { name
  building { name grid { name gridWorkers(first: 5) { edges { node { name } } } } }
  household { name } } } } }"""


def round_trips(client: TestClient, rows: int) -> int:
    graph = client.app.state.graph  # type: ignore[attr-defined]
    before = graph.round_trips
    response = client.post("/graphql", json={"query": NESTED, "variables": {"n": rows}})
    body = response.json()
    assert "errors" not in body, body
    assert len(body["data"]["residents"]["edges"]) == rows
    assert all(e["node"]["building"]["grid"]["name"] for e in body["data"]["residents"]["edges"])
    return int(graph.round_trips - before)


def test_round_trips_do_not_grow_with_rows(client: TestClient) -> None:
    small, large = round_trips(client, 10), round_trips(client, 100)
    # residents, building, grid, gridWorkers, household: one query per field, whatever the row count.
    assert small == large
    assert large <= 5
