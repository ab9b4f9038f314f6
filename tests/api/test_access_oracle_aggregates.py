"""Aggregates per role against README's table written again as plain Cypher (tests/api/access_oracle.py): count,
groups, extremes and sums over exactly the rows the oracle says the role sees, and a `where` narrows them as it
narrows the list."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any, LiteralString

import pytest
from starlette.testclient import TestClient

from graph.core.db import Graph
from tests.api.access_oracle import SIGNED_IN, World, the_world
from tests.api.gql import gid, gql_as

# The rows of each list as plain Cypher: its key values (a related node's id) and its measured values, by id.
ROWS: dict[str, LiteralString] = {
    "events": """
        MATCH (e:Event) WHERE e.id IN $ids OPTIONAL MATCH (e)-[:IN_GRID]->(g:Grid)
        RETURN e.id AS id, e.status AS status, e.category AS category, g.id AS grid,
               e.reportedAt AS at, e.rating AS number""",
    "wishes": """
        MATCH (w:Wish) WHERE w.id IN $ids OPTIONAL MATCH (w)<-[:CLAIMED]-(b:PartyBranch)
        RETURN w.id AS id, w.status AS status, b.id AS claimingBranches, w.createdAt AS at, w.urgency AS number""",
    "people": """
        MATCH (p:Person) WHERE p.id IN $ids OPTIONAL MATCH (p)-[:MEMBER_OF]->(b:PartyBranch)
        RETURN p.id AS id, p.gender AS gender, p.partyStatus AS partyStatus, b.id AS branch,
               p.joinedPartyOn AS at, p.birthYear AS number""",
}
LABELS = {"events": "Event", "wishes": "Wish", "people": "Person"}
# What each list is grouped by (GraphQL key, the oracle's column) and which date and number it measures.
KEYS = {
    "events": (("GRID", "grid"), ("STATUS", "status"), ("CATEGORY", "category")),
    "wishes": (("STATUS", "status"), ("CLAIMING_BRANCHES", "claimingBranches")),
    "people": (("GENDER", "gender"), ("PARTY_STATUS", "partyStatus"), ("BRANCH", "branch")),
}
MEASURED = {
    "events": ("reportedAt", "rating"),
    "wishes": ("createdAt", "urgency"),
    "people": ("joinedPartyOn", "birthYear"),
}


@pytest.fixture
async def world(demo_graph: Graph) -> World:
    return await the_world(demo_graph)


async def oracle_rows(graph: Graph, world: World, role: str, field: str) -> list[dict[str, Any]]:
    seen = sorted(await world.seen(role, LABELS[field]))
    return [dict(r) for r in await graph.read(ROWS[field], ids=seen)]


# Keys that are relationships: a group names the related node.
RELATED = frozenset({"grid", "branch", "claimingBranches"})


def _group_fields(field: str) -> str:
    return " ".join(f"{c} {{ dbId }}" if c in RELATED else c for _, c in KEYS[field])


def query(field: str, where: str = "") -> str:
    at, number = MEASURED[field]
    keys = ", ".join(k for k, _ in KEYS[field])
    args = f"(first: 1, where: {where})" if where else "(first: 1)"
    return (
        f"{{ {field}{args} {{ totalCount aggregate {{ count min {{ {at} }} max {{ {at} {number} }} sum {{ {number} }}"
        f" groupBy(by: [{keys}], first: {GROUPS}) {{ count {_group_fields(field)} }} }} }} }}"
    )


# The groups asked for: the largest, most first (the API's cap).
GROUPS = 100


def same_groups(got: Counter[tuple[Any, ...]], want: Counter[tuple[Any, ...]]) -> None:
    """The answer's groups are the oracle's largest: each counted as the oracle counts it, none larger left out."""
    assert {k: want[k] for k in got} == dict(got)
    assert len(got) == min(len(want), GROUPS)
    left_out = [v for k, v in want.items() if k not in got]
    assert not left_out or min(got.values()) >= max(left_out)


def _key(group: dict[str, Any], field: str) -> tuple[Any, ...]:
    values = []
    for _, column in KEYS[field]:
        value = group[column]
        values.append(value["dbId"] if isinstance(value, dict) else value)
    return tuple(values)


def _instant(value: Any) -> Any:
    if isinstance(value, str):
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    return value


def expected(rows: list[dict[str, Any]], field: str) -> dict[str, Any]:
    # One row per related node (a wish claimed by two branches is in both groups), so counts come from the rows.
    groups = Counter(tuple(r[c] for _, c in KEYS[field]) for r in rows)
    ats = [r["at"] for r in rows if r["at"] is not None]
    numbers = {r["id"]: r["number"] for r in rows if r["number"] is not None}
    return {
        "count": len({r["id"] for r in rows}),
        "min": min(ats, default=None),
        "max": (max(ats, default=None), max(numbers.values(), default=None)),
        "sum": sum(numbers.values()) if numbers else None,
        "groups": groups,
    }


def answered(body: dict[str, Any], field: str) -> dict[str, Any]:
    at, number = MEASURED[field]
    found = body["data"][field]["aggregate"]
    return {
        "count": found["count"],
        "min": _instant(found["min"][at]),
        "max": (_instant(found["max"][at]), found["max"][number]),
        "sum": found["sum"][number],
        "groups": Counter({_key(g, field): g["count"] for g in found["groupBy"]}),
    }


@pytest.mark.parametrize("role", SIGNED_IN)
@pytest.mark.parametrize("field", sorted(ROWS))
async def test_aggregates_count_measure_and_group_what_the_role_sees(
    field: str, role: str, client: TestClient, world: World, demo_graph: Graph
) -> None:
    body = gql_as(client, world.token(role), query(field))
    assert "errors" not in body, body
    rows = await oracle_rows(demo_graph, world, role, field)
    got, want = answered(body, field), expected(rows, field)
    same_groups(got.pop("groups"), want.pop("groups"))
    assert got == want
    assert body["data"][field]["totalCount"] == body["data"][field]["aggregate"]["count"]


WHERE = {
    "events": ("{status: {eq: CLOSED}}", "status", "CLOSED"),
    "wishes": ("{status: {in: [PUBLISHED]}}", "status", "PUBLISHED"),
    "people": ("{gender: {eq: FEMALE}}", "gender", "FEMALE"),
}


@pytest.mark.parametrize("role", ["admin", "worker", "member"])
@pytest.mark.parametrize("field", sorted(ROWS))
async def test_an_aggregate_where_narrows_the_rows_as_the_list_s(
    field: str, role: str, client: TestClient, world: World, demo_graph: Graph
) -> None:
    where, column, value = WHERE[field]
    body = gql_as(client, world.token(role), query(field, where))
    assert "errors" not in body, body
    rows = [r for r in await oracle_rows(demo_graph, world, role, field) if r[column] == value]
    got, want = answered(body, field), expected(rows, field)
    same_groups(got.pop("groups"), want.pop("groups"))
    assert got == want


async def test_nested_aggregates_count_each_parent_s_visible_rows(
    client: TestClient, world: World, demo_graph: Graph
) -> None:
    seen = sorted(await world.seen("worker", "Event"))
    rows = await demo_graph.read(
        "MATCH (e:Event)-[:IN_GRID]->(g:Grid) WHERE e.id IN $ids RETURN g.id AS grid, count(e) AS n", ids=seen
    )
    want = {r["grid"]: r["n"] for r in rows}
    body = gql_as(
        client,
        world.token("worker"),
        "{ grids(first: 100) { nodes { dbId events(first: 1) { aggregate { count groupBy(by: [STATUS]) { count } } } } } }",
    )
    assert "errors" not in body, body
    got = {g["dbId"]: g["events"]["aggregate"] for g in body["data"]["grids"]["nodes"]}
    assert {k: v["count"] for k, v in got.items() if v["count"]} == want
    assert all(sum(x["count"] for x in v["groupBy"]) == v["count"] for v in got.values())


def test_grouping_by_too_many_keys_is_bad_user_input(client: TestClient, world: World) -> None:
    body = gql_as(
        client,
        world.token("admin"),
        "{ events { aggregate { groupBy(by: [GRID, STATUS, CATEGORY, SOURCE]) { count } } } }",
    )
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["argument"] == "by", error
    unknown = gql_as(client, world.token("admin"), "{ events { aggregate { groupBy(by: [NAME]) { count } } } }")
    assert unknown["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED", unknown


def test_a_hidden_grid_s_rows_are_never_counted(client: TestClient, world: World) -> None:
    """A resident groups wishes by grid: only their own wishes count, not the grid's others."""
    q = "query($g: String!) { wishes(where: {grid: {some: {id: {eq: $g}}}}) { aggregate { count } } }"
    mine = gql_as(client, world.token("resident"), q, g=world.row["grid"])
    everyone = gql_as(client, world.token("admin"), q, g=world.row["grid"])
    assert 0 < mine["data"]["wishes"]["aggregate"]["count"] < everyone["data"]["wishes"]["aggregate"]["count"]
    assert gid("Grid", world.row["grid"])  # the grid is public: its id may be named


def test_readme_s_aggregate_example_answers(client: TestClient, world: World) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Aggregates", 1)[1]
    example = section.split("```graphql", 1)[1].split("```", 1)[0]
    body = gql_as(client, world.token("worker"), example)
    assert "errors" not in body, body
    groups = body["data"]["events"]["aggregate"]["groupBy"]
    assert groups and all(g["grid"]["name"] for g in groups)
    assert sum(g["count"] for g in groups) == body["data"]["events"]["aggregate"]["count"]
