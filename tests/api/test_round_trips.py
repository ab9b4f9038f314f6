"""No query per row: a 3-level nested query costs the same number of Cypher round trips for 10 or 100 rows."""

from __future__ import annotations

from starlette.testclient import TestClient

NESTED = """query($n: Int!) { residents(first: $n) { edges { node { name
  building { name grid { name gridWorkers(first: 5) { edges { node { name } } } } }
  household { name } } } } }"""


def round_trips(client: TestClient, rows: int) -> int:
    graph = client.app.state.graph  # type: ignore[attr-defined]  # TestClient.app is any ASGI app; ours has .state
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


ONE_TRIP = """query($order: [BuildingOrder!], $n: Int!) {
  grids(first: 5) { totalCount edges { node { ...G
    alias: buildings(first: 1, orderBy: {field: floors, direction: DESC}) { edges { node { name } } } } } }
}
fragment G on Grid {
  name
  buildings(first: $n, orderBy: $order) { totalCount edges { cursor node { name
    households(first: 2) { edges { node { ... on Household { name } } } }
    grid { community { name } } } } }
  wishes(first: 3, where: {status: {eq: PUBLISHED}}) { edges { node { title } } }
  skipped: events(first: 3) @skip(if: true) { edges { node { id } } }
}"""


def test_a_nested_query_is_one_round_trip_per_root_field(client: TestClient) -> None:
    """Fragments, aliases, variables, literal filters, totals and directives: all read in the root field's query."""
    graph = client.app.state.graph  # type: ignore[attr-defined]  # TestClient.app is any ASGI app; ours has .state
    before = graph.round_trips
    variables = {"n": 3, "order": {"field": "floors", "direction": "ASC"}}
    body = client.post("/graphql", json={"query": ONE_TRIP, "variables": variables}).json()
    assert "errors" not in body, body
    assert graph.round_trips - before == 1
    grids = body["data"]["grids"]["edges"]
    assert len(grids) == 5 and all(g["node"]["buildings"]["totalCount"] for g in grids)
    floors_first = grids[0]["node"]["alias"]["edges"][0]["node"]["name"]
    assert floors_first  # the DESC alias and the ASC page are different pages of one relationship
    households = grids[0]["node"]["buildings"]["edges"][0]["node"]["households"]["edges"]
    assert households and households[0]["node"]["name"]


def test_nested_pages_agree_with_pages_read_on_their_own(client: TestClient) -> None:
    """The same buildings page, read under its grid (in the grids query) and from node(id) (loaded apart)."""
    query = """query($id: ID!) { grids(first: 3) { edges { node { id buildings(first: 2, orderBy: {field: floors})
      { totalCount edges { cursor node { name } } } } } }
      node(id: $id) { ... on Grid { buildings(first: 2, orderBy: {field: floors}) { totalCount edges { cursor node { name } } } } } }"""
    first = client.post("/graphql", json={"query": "{ grids(first: 3) { edges { node { id } } } }"}).json()
    for edge in first["data"]["grids"]["edges"]:
        body = client.post("/graphql", json={"query": query, "variables": {"id": edge["node"]["id"]}}).json()
        assert "errors" not in body, body
        nested = next(g["node"] for g in body["data"]["grids"]["edges"] if g["node"]["id"] == edge["node"]["id"])
        assert nested["buildings"] == body["data"]["node"]["buildings"]
