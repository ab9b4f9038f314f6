"""Ids and dates that name nothing, or name it in the wrong form, say so with a code instead of a silent empty."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from graph.core.db import Graph
from tests.api.gql import data, gid, gql

COUNT = "query($w: WishWhere) { wishes(where: $w) { totalCount } }"


def _error(body: dict[str, Any]) -> dict[str, Any]:
    assert body.get("errors"), body
    found: dict[str, Any] = body["errors"][0]["extensions"]
    return found


def _count(client: TestClient, where: dict[str, Any]) -> int:
    found: int = data(client, COUNT, w=where)["wishes"]["totalCount"]
    return found


def test_a_date_time_without_an_offset_is_read_in_the_community_time_zone(client: TestClient) -> None:
    zoned = _count(client, {"createdAt": {"gte": "2023-06-01T00:00:00+08:00"}})
    assert zoned > 0
    assert _count(client, {"createdAt": {"gte": "2023-06-01"}}) == zoned
    assert _count(client, {"createdAt": {"gte": "2023-06-01T00:00:00"}}) == zoned
    literal = '{ wishes(where: {createdAt: {gte: "2023-06-01"}}) { totalCount } }'
    assert data(client, literal)["wishes"]["totalCount"] == zoned


def test_a_date_time_that_is_none_is_bad_user_input(client: TestClient) -> None:
    assert _error(gql(client, COUNT, w={"createdAt": {"gte": "June 1st"}}))["code"] == "BAD_USER_INPUT"
    literal = '{ wishes(where: {createdAt: {gte: "June 1st"}}) { totalCount } }'
    assert _error(gql(client, literal))["code"] == "BAD_USER_INPUT"


def test_where_id_takes_the_global_id_and_refuses_another_types(client: TestClient) -> None:
    wish = data(client, "{ wishes(first: 1) { edges { node { id dbId } } } }")["wishes"]["edges"][0]["node"]
    assert _count(client, {"id": {"eq": wish["id"]}}) == 1
    assert _count(client, {"id": {"in": [wish["id"], wish["dbId"]]}}) == 1
    assert _count(client, {"id": {"eq": wish["dbId"]}}) == 1
    wrong = _error(gql(client, COUNT, w={"id": {"eq": gid("Grid", wish["dbId"])}}))
    assert (wrong["code"], wrong["argument"]) == ("BAD_USER_INPUT", "where")


def test_node_takes_a_database_id_and_answers_null_for_nothing(client: TestClient) -> None:
    node = "query($id: ID!) { node(id: $id) { id ... on Wish { dbId } } }"
    assert data(client, node, id=gid("Wish", "no-such-wish"))["node"] is None
    assert data(client, node, id="no-such-wish")["node"] is None
    assert data(client, node, id="jf-w1")["node"] == {"id": gid("Wish", "jf-w1"), "dbId": "jf-w1"}


async def test_a_database_id_two_types_share_is_refused_where_either_is_taken(
    scratch_client: TestClient, scratch_demo: Graph
) -> None:
    await scratch_demo.write("CREATE (:Grid {id: 'jf-w1', name: 'a grid that shares a wish id'})")
    refused = _error(gql(scratch_client, "query($id: ID!) { node(id: $id) { id } }", id="jf-w1"))
    assert (refused["code"], refused["argument"]) == ("BAD_USER_INPUT", "id")
    # Where one type is taken, the type says which: no ambiguity.
    assert data(scratch_client, '{ wish(id: "jf-w1") { dbId } }')["wish"] == {"dbId": "jf-w1"}
    both = data(scratch_client, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", ids=[gid("Grid", "jf-w1")])
    assert both["nodes"] == [{"id": gid("Grid", "jf-w1")}]


def test_a_scope_that_names_nothing_is_not_found(client: TestClient) -> None:
    plan = "query($s: ID!) { matchPlan(scope: $s) { openWishes } }"
    missing = _error(gql(client, plan, s=gid("Grid", "no-such-grid")))
    assert (missing["code"], missing["argument"]) == ("NOT_FOUND", "scope")
    wrong = _error(gql(client, plan, s=gid("Wish", "jf-w1")))
    assert (wrong["code"], wrong["argument"]) == ("BAD_USER_INPUT", "scope")
