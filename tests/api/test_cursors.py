"""Page cursors over HTTP: sealed (a cursor sorted by a household's room shows no room in any decoding), a tampered
or foreign one refused as BAD_USER_INPUT on `after`/`before`, and keyset pages still walk every sort key of every
root list forward and back without gaps."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import SecretStr
from starlette.testclient import TestClient

from graph.core.db import Connection, Graph
from graph.core.model import ENTITIES, PERSON_ROLES
from tests.api.conftest import app_for
from tests.api.gql import data, gql
from tests.auth import ADMIN

ROOMS = "query($after: String) { households(first: 3, after: $after, orderBy: {field: room}) { pageInfo { endCursor } edges { cursor node { dbId room } } } }"


@pytest.fixture
def foreign(neo4j_connection: Connection, demo_graph: Graph) -> Iterator[TestClient]:
    """Another deployment over the same data, sealing cursors under a key of its own."""
    app = app_for(neo4j_connection, cursor_key=SecretStr("another deployment's cursor key, 32+ characters"))
    with TestClient(app, headers=ADMIN) as other:
        yield other


def _decodings(cursor: str) -> list[bytes]:
    out = [cursor.encode()]
    for decode in (base64.urlsafe_b64decode, base64.b64decode):
        try:
            out.append(decode(cursor + "=" * (-len(cursor) % 4)))
        except (binascii.Error, ValueError):
            continue
    return out


def _refused(body: dict[str, Any], argument: str) -> None:
    assert body["data"] is None, body
    assert [e["extensions"] for e in body["errors"]] == [{"code": "BAD_USER_INPUT", "argument": argument}]


def test_a_cursor_shows_nothing_of_the_row_it_was_sorted_by(client: TestClient) -> None:
    page = data(client, ROOMS)["households"]
    for edge in page["edges"]:
        room, node_id = edge["node"]["room"], edge["node"]["dbId"]
        assert room
        for text in _decodings(edge["cursor"]):
            assert room.encode() not in text and node_id.encode() not in text and b"room" not in text
    # And it still leads on: the next page starts after the last row.
    following = data(client, ROOMS, after=page["pageInfo"]["endCursor"])["households"]["edges"]
    assert following and following[0]["node"]["room"] >= page["edges"][-1]["node"]["room"]


def test_a_tampered_cursor_is_refused(client: TestClient) -> None:
    cursor = data(client, ROOMS)["households"]["pageInfo"]["endCursor"]
    sealed = bytearray(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    sealed[len(sealed) // 2] ^= 0x01
    flipped = base64.urlsafe_b64encode(bytes(sealed)).rstrip(b"=").decode()
    _refused(gql(client, ROOMS, after=flipped), "after")
    # A plain cursor of the kind the API used to hand out: readable, so forgeable.
    plain = base64.urlsafe_b64encode(b'["room","1-1-101","jf-h1"]').decode()
    _refused(gql(client, ROOMS, after=plain), "after")
    before = "{ grids(last: 2, before: $c) { totalCount } }".replace("{ grids", "query($c: String) { grids", 1)
    _refused(gql(client, before, c=flipped), "before")


def test_a_cursor_from_another_key_is_refused(client: TestClient, foreign: TestClient) -> None:
    cursor = data(foreign, ROOMS)["households"]["pageInfo"]["endCursor"]
    _refused(gql(client, ROOMS, after=cursor), "after")
    # A nested page's cursor is checked the same way.
    nested = "query($c: String) { buildings(first: 1) { edges { node { households(first: 2, after: $c) { totalCount } } } } }"
    theirs = data(foreign, "{ households(first: 1) { pageInfo { endCursor } } }")["households"]["pageInfo"]["endCursor"]
    assert data(foreign, nested, c=theirs)["buildings"]["edges"]
    body = gql(client, nested, c=theirs)
    assert [e["extensions"] for e in body["errors"]] == [{"code": "BAD_USER_INPUT", "argument": "after"}]


def _root_lists(client: TestClient) -> dict[str, str]:
    """Label → its root list field (the one answering the label's connection, role lists of people aside)."""
    q = '{ __type(name: "Query") { fields { name type { name ofType { name } } } } }'
    fields = data(client, q)["__type"]["fields"]
    lists: dict[str, str] = {}
    for f in fields:
        kind = f["type"]["name"] or (f["type"]["ofType"] or {}).get("name") or ""
        label = kind.removesuffix("Connection")
        if kind.endswith("Connection") and label in ENTITIES and f["name"] not in PERSON_ROLES:
            lists.setdefault(label, f["name"])
    return lists


# The audit log grows while the test runs (sorting people by name is audited), so it is no fixed list to walk.
UNSTABLE = {"AuditEntry"}


def test_pages_walk_every_sort_key_forward_and_back(client: TestClient) -> None:
    lists = _root_lists(client)
    assert set(lists) == set(ENTITIES)
    walked = 0
    for label, entity in ENTITIES.items():
        if label in UNSTABLE:
            continue
        field = lists[label]
        for index, key in enumerate(entity.sort_keys):
            # Each key one way, alternating: both directions are walked, in fewer requests.
            direction = ("ASC", "DESC")[(walked + index) % 2]
            q = (
                "query($first: Int, $after: String, $last: Int, $before: String) { "
                f"{field}(first: $first, after: $after, last: $last, before: $before, "
                f"orderBy: {{field: {key}, direction: {direction}}}) "
                "{ pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }"
            )
            whole = data(client, q, first=16)[field]["edges"]
            ids = [e["node"]["id"] for e in whole]
            seen: list[str] = []
            after = None
            for _ in range(2):
                page = data(client, q, first=8, after=after)[field]
                seen += [e["node"]["id"] for e in page["edges"]]
                if not page["pageInfo"]["hasNextPage"]:
                    break
                after = page["pageInfo"]["endCursor"]
            assert seen == ids, (label, key, direction)
            if len(whole) > 6:
                back = data(client, q, last=3, before=whole[6]["cursor"])[field]["edges"]
                assert [e["node"]["id"] for e in back] == ids[3:6], (label, key, direction)
            walked += 1
    assert walked > 100


def test_pages_walk_two_sort_keys_forward_and_back(client: TestClient) -> None:
    """`orderBy` as a list: the second key orders rows equal on the first, the id breaks the last ties; the cursors
    hold both values, so pages of 5 read exactly the rows one read of 20 does, forward and back."""
    lists, walked = _root_lists(client), 0
    for label, entity in ENTITIES.items():
        keys = [k for k in entity.sort_keys if k != "id"]
        if label in UNSTABLE or len(keys) < 2:
            continue
        field, order = lists[label], f"[{{field: {keys[0]}, direction: ASC}}, {{field: {keys[1]}, direction: DESC}}]"
        q = (
            "query($first: Int, $after: String, $last: Int, $before: String) { "
            f"{field}(first: $first, after: $after, last: $last, before: $before, orderBy: {order}) "
            "{ pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }"
        )
        whole = data(client, q, first=20)[field]["edges"]
        ids, seen, after = [e["node"]["id"] for e in whole], [], None
        for _ in range(4):
            page = data(client, q, first=5, after=after)[field]
            seen += [e["node"]["id"] for e in page["edges"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        assert seen == ids, (label, keys[:2])
        if len(whole) > 8:
            back = data(client, q, last=4, before=whole[8]["cursor"])[field]["edges"]
            assert [e["node"]["id"] for e in back] == ids[4:8], (label, keys[:2])
        walked += 1
    assert walked > 20


WISHES = """query($after: String) { wishes(first: 100, after: $after,
  orderBy: [{field: urgency, direction: DESC}, {field: createdAt, direction: ASC}]) {
  pageInfo { hasNextPage endCursor } nodes { dbId urgency createdAt } } }"""


def test_a_two_key_order_is_the_order_of_both_keys_then_the_id(client: TestClient) -> None:
    wishes: list[dict[str, Any]] = []
    after = None
    while True:
        page = data(client, WISHES, after=after)["wishes"]
        wishes += page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len({w["urgency"] for w in wishes}) > 1 and len(wishes) > 100
    # Urgency descending (nulls first), then createdAt ascending (nulls last), then the id ascending.
    expected = sorted(
        wishes,
        key=lambda w: (
            w["urgency"] is not None,
            -(w["urgency"] or 0),
            w["createdAt"] is None,
            w["createdAt"] or "",
            w["dbId"],
        ),
    )
    assert [w["dbId"] for w in wishes] == [w["dbId"] for w in expected]


def test_a_cursor_of_one_order_is_refused_by_another(client: TestClient) -> None:
    cursor = data(client, WISHES)["wishes"]["pageInfo"]["endCursor"]
    q = "query($a: String) { wishes(first: 2, after: $a, orderBy: {field: urgency, direction: DESC}) { totalCount } }"
    body = gql(client, q, a=cursor)
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": "after"}
    assert "another ordering" in body["errors"][0]["message"]
