"""Exploration over the demo: search, neighbourhoods, paths, nearby resources; and every example document runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.core.db import Graph
from tests.api.gql import data, gid, gql

QUERIES = Path(__file__).resolve().parents[2] / "docs" / "queries"
NEIGHBORHOOD = """query($id: ID!, $depth: Int!, $limit: Int!, $types: [String!]) {
  neighborhood(id: $id, depth: $depth, limit: $limit, relationshipTypes: $types) {
    truncated nodes { id label name properties } edges { id type source target } } }"""


def drawable(graph: dict[str, Any]) -> None:
    ids = {n["id"] for n in graph["nodes"]}
    assert len(ids) == len(graph["nodes"]), "each node once"
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])


async def test_search_finds_chinese_by_any_part(client: TestClient, demo_graph: Graph) -> None:
    q = "query($t: String!) { search(text: $t, first: 10) { nodes { score label node { dbId name } } } }"
    hits = data(client, q, t="建峰")["search"]["nodes"]
    assert hits[0]["node"]["name"] == "建峰社区" and hits[0]["label"] == "Community"
    person = await demo_graph.read_one(
        "MATCH (p:Resident) WHERE size(p.name) = 3 RETURN p.id AS id, p.name AS name ORDER BY p.id LIMIT 1"
    )
    assert person is not None
    given = person["name"][1:]  # a resident's given name, without the family name
    by_given = 'query($t: String!) { search(text: $t, labels: ["Person"], first: 50) { nodes { node { dbId name } } } }'
    found = data(client, by_given, t=given)["search"]["nodes"]
    assert found and all(given in h["node"]["name"] for h in found)
    grids = data(client, '{ search(text: "第2网格", labels: ["Grid"]) { nodes { label node { name } } } }')["search"][
        "nodes"
    ]
    assert grids and {h["label"] for h in grids} == {"Grid"} and grids[0]["node"]["name"].endswith("第2网格")
    for hostile in ("a:b(c", "a\\", "*?~", "' OR 1=1 //"):
        assert "errors" not in gql(client, q, t=hostile)
    assert gql(client, q, t="  ")["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": "text"}


def test_neighborhood_is_drawable_limited_and_filtered(client: TestClient) -> None:
    grid = gid("Grid", "jf-g02")
    small = data(client, NEIGHBORHOOD, id=grid, depth=1, limit=5, types=None)["neighborhood"]
    assert small["truncated"] is True and len(small["nodes"]) == 6  # the grid and five neighbours
    drawable(small)
    assert small["nodes"][0]["id"] == grid
    wide = data(client, NEIGHBORHOOD, id=grid, depth=2, limit=200, types=["IN_GRID", "WORKS_GRID"])["neighborhood"]
    drawable(wide)
    assert {e["type"] for e in wide["edges"]} <= {"IN_GRID", "WORKS_GRID"}
    assert len(wide["nodes"]) > len(small["nodes"])
    people = [n for n in wide["nodes"] if n["label"] == "Person" and n["properties"].get("phone")]
    # An administrator sees phones whole (and is audited); other viewers: tests/api/test_access_reads.py.
    assert people and all(n["properties"]["phone"].isdigit() for n in people)
    assert all(not k.startswith("_") for n in wide["nodes"] for k in n["properties"])
    for depth, types, argument in ((4, None, "depth"), (1, ["NOPE"], "relationshipTypes")):
        error = gql(client, NEIGHBORHOOD, id=grid, depth=depth, limit=5, types=types)["errors"][0]
        assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": argument}
    nowhere = gql(client, NEIGHBORHOOD, id=gid("Grid", "nowhere"), depth=1, limit=5, types=None)["errors"][0]
    assert nowhere["extensions"] == {"code": "NOT_FOUND", "argument": "id"}


def test_a_drawn_node_is_also_its_own_type(client: TestClient) -> None:
    q = """query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 40) { nodes { id label properties node {
           __typename id ... on Grid { name kind } ... on Building { name floors } ... on Person { name gender } } } } }"""
    nodes = data(client, q, id=gid("Grid", "jf-g02"))["neighborhood"]["nodes"]
    assert {n["label"] for n in nodes} >= {"Grid", "Building"}
    for n in nodes:
        typed = n["node"]
        assert (typed["__typename"], typed["id"]) == (n["label"], n["id"])
        for field in {"name", "kind", "floors", "gender"} & typed.keys():
            assert typed[field] == n["properties"][field], (n["label"], field)


def test_paths_connect_the_two_ends(client: TestClient) -> None:
    q = """query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, maxLength: 6, first: 3) {
           nodes { id } edges { source target } } }"""
    a, b = gid("Person", "jf-p367"), gid("Household", "jf-h10")
    found = data(client, q, a=a, b=b)["paths"]
    assert found
    for p in found:
        drawable(p)
        assert (p["nodes"][0]["id"], p["nodes"][-1]["id"]) == (a, b)
        assert len(p["edges"]) == len(p["nodes"]) - 1
        steps = list(zip([n["id"] for n in p["nodes"]], [n["id"] for n in p["nodes"]][1:], strict=False))
        assert all({e["source"], e["target"]} == set(pair) for e, pair in zip(p["edges"], steps, strict=True))


def test_resources_near_a_grid_nearest_first(client: TestClient) -> None:
    q = """query($g: ID!, $k: ResourceKind) { resourcesNear(gridId: $g, kind: $k) {
           items { hops resource { name kind } unit { name } } nodes { id } edges { type source target } } }"""
    near = data(client, q, g=gid("Grid", "jf-g02"), k=None)["resourcesNear"]
    hops = [i["hops"] for i in near["items"]]
    assert hops == sorted(hops) and hops[0] == 0
    assert {"党员活动室", "退休干部之家", "门球运动场"} <= {i["resource"]["name"] for i in near["items"]}
    drawable(near)
    kinds = {i["resource"]["kind"] for i in near["items"]}
    only = data(client, q, g=gid("Grid", "jf-g02"), k=sorted(kinds)[0])["resourcesNear"]["items"]
    assert only and {i["resource"]["kind"] for i in only} == {sorted(kinds)[0]}


@pytest.mark.parametrize("document", sorted(QUERIES.glob("*.graphql")), ids=lambda p: p.stem)
def test_every_example_document_runs_on_the_demo(client: TestClient, document: Path) -> None:
    body = gql(client, document.read_text(encoding="utf-8"))
    assert "errors" not in body, body["errors"]
    assert body["data"] and all(value is not None for value in body["data"].values())
