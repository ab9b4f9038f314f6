"""`viewer`, the typed root lookups and the nodes behind id fields, per role: a resident, a grid worker of the grid,
one of another grid, a party member, a unit's contact and an administrator (tests/api/access_world.py's people)."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.access.viewer import GRID_WORKER, UNIT_CONTACT
from graph.core.db import Graph
from tests.api.access_oracle import Oracle
from tests.api.access_oracle import Viewer as OracleViewer
from tests.api.access_rows_wishes import wish_in
from tests.api.access_world import NO_TOKEN, World, code, find_world, other_grids_worker
from tests.api.gql import data_as, gid, gql_as
from tests.api.test_access_mutations import MAY, STAFF
from tests.auth import ADMIN, bearer

VIEWER = """{ viewer { person { dbId phone maskedFields } roles personRoles grids { dbId } households { dbId }
  branch { dbId } unit { dbId } mutations } }"""

MINE = """
MATCH (me:Person {id: $id})
RETURN [(me)-[:WORKS_GRID]->(g:Grid) | g.id] AS grids, [(me)-[:IN_HOUSEHOLD]->(h:Household) | h.id] AS households,
       head([(me)-[:MEMBER_OF]->(b:PartyBranch) | b.id]) AS branch
"""


@pytest.fixture
async def world(scratch_demo: Graph) -> World:
    return await find_world(scratch_demo)


async def expected(g: Graph, person: str) -> dict[str, Any]:
    row = await g.read_one(MINE, id=person)
    assert row is not None
    return {
        "grids": [{"dbId": i} for i in sorted(row["grids"])],
        "households": [{"dbId": i} for i in sorted(row["households"])],
        "branch": None if row["branch"] is None else {"dbId": row["branch"]},
    }


async def test_the_viewer_is_the_token_s_person_as_the_graph_holds_them(
    scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    for who in ("R", "W", "H"):
        person = {"R": world.resident, "W": world.worker, "H": world.helper}[who]
        got = data_as(scratch_client, world.token(who), VIEWER)["viewer"]
        # One's own record whole: nothing masked.
        assert got["person"]["dbId"] == person and got["person"]["maskedFields"] == [], got
        assert got["roles"] == [{"R": "RESIDENT", "W": "GRID_WORKER", "H": "PARTY_MEMBER"}[who]]
        assert {k: got[k] for k in ("grids", "households", "branch")} == await expected(scratch_demo, person)
        assert got["unit"] is None
    worker = data_as(scratch_client, world.token("W"), VIEWER)["viewer"]
    assert worker["grids"] and "GRID_WORKER" in worker["personRoles"]
    assert {"dbId": world.grid} in worker["grids"]

    contact = data_as(scratch_client, bearer(world.resident, UNIT_CONTACT, unit=world.unit), VIEWER)["viewer"]
    assert contact["unit"] == {"dbId": world.unit} and contact["roles"] == ["UNIT_CONTACT"]

    # An administrator's account that is no person of the graph: no person, nothing of theirs, the admin's steps.
    admin = data_as(scratch_client, ADMIN, VIEWER)["viewer"]
    assert admin["person"] is None and admin["roles"] == ["ADMIN"]
    assert (admin["grids"], admin["households"], admin["branch"], admin["personRoles"]) == ([], [], None, [])
    assert "addEventCategory" in admin["mutations"]


def test_without_a_token_the_viewer_asks_to_sign_in(client: TestClient) -> None:
    body = gql_as(client, NO_TOKEN, "{ viewer { roles } }")
    assert (code(body), body.get("data")) == ("UNAUTHENTICATED", None)


# README's workflow rules (tests/api/test_access_mutations.py MAY): who of the world may take each step.
ROLE_OF = {"W": "GRID_WORKER", "R": "RESIDENT", "H": "PARTY_MEMBER", "A": "ADMIN"}


async def test_mutations_are_what_the_readme_lets_each_role_call(
    scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    tokens = {"W": world.token("W"), "R": world.token("R"), "H": world.token("H"), "A": bearer(world.helper, "admin")}
    lists = {
        who: set(data_as(scratch_client, t, "{ viewer { mutations } }")["viewer"]["mutations"])
        for who, t in tokens.items()
    }
    for name, may in MAY.items():
        for who, listed in lists.items():
            if who in may:  # someone of that role took it in the README oracle: the list offers it
                assert name in listed, (who, name)
        staff_only = may <= STAFF | {"X", "A"}
        for who in ("R", "H"):
            if staff_only:  # a step only staff take: never offered to a resident or a helper
                assert name not in lists[who], (who, name)
        if may == {"A"}:
            assert name not in lists["W"] and name in lists["A"], name
    # A grid worker's own acts are not an administrator's (README).
    assert {"reviewEvent", "selfHandleEvent"} <= lists["W"] - lists["A"]
    # A token naming a person but no role: what any person of the graph may take (a report, a proposal, a wish).
    bare = set(data_as(scratch_client, bearer(world.resident), "{ viewer { mutations } }")["viewer"]["mutations"])
    assert {"reportEvent", "proposeTopic", "createWish"} <= bare and not bare & {"verifyWish", "addEventCategory"}


LOOKUP = "query($id: ID!) { wish(id: $id) { dbId title } }"


async def test_a_lookup_answers_the_concrete_type_or_null_for_hidden_and_missing_alike(
    scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    wish = await wish_in(scratch_demo, world, "SUBMITTED")
    elsewhere = bearer(await other_grids_worker(scratch_demo, world), GRID_WORKER)
    for token, seen in ((world.token("R"), True), (world.token("W"), True), (ADMIN, True), (elsewhere, False)):
        body = gql_as(scratch_client, token, LOOKUP, id=gid("Wish", wish))
        assert "errors" not in body, body
        assert (body["data"]["wish"] is not None) == seen, body
        missing = gql_as(scratch_client, token, LOOKUP, id=gid("Wish", "jf-w-none"))
        assert "errors" not in missing and missing["data"] == {"wish": None}
    typed = data_as(
        scratch_client,
        ADMIN,
        "query($id: ID!) { person(id: $id) { __typename dbId } }",
        id=gid("Person", world.resident),
    )
    assert typed["person"] == {"__typename": "Person", "dbId": world.resident}
    wrong = gql_as(scratch_client, ADMIN, LOOKUP, id=gid("Grid", world.grid))
    assert (code(wrong), wrong["data"]) == ("BAD_USER_INPUT", {"wish": None}), wrong


HISTORY = """query($id: ID!) { wish(id: $id) { history(first: 10, orderBy: {field: version}) { edges { node {
  action actorId actor { dbId } subjectId claimant { __typename dbId } } } } } }"""


async def test_history_entries_offer_their_actor_and_claimant_as_the_viewer_may_see_them(
    scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    wish = await wish_in(scratch_demo, world, "CLAIMED")
    admin = data_as(scratch_client, ADMIN, HISTORY, id=gid("Wish", wish))
    steps = [e["node"] for e in admin["wish"]["history"]["edges"]]
    assert [s["action"] for s in steps] == ["CREATE", "VERIFY", "PUBLISH", "CLAIM"], steps
    for s in steps:
        assert (s["actor"] or {}).get("dbId") == s["actorId"], s
    claim = steps[-1]
    assert claim["subjectId"] == world.helper and claim["claimant"] == {"__typename": "Person", "dbId": world.helper}
    assert all(s["claimant"] is None for s in steps[:-1])

    # The requester sees the history; the people it names only as README lets them (the oracle's Person rule).
    people = await Oracle(scratch_demo).visible(OracleViewer(world.resident, frozenset({"resident"})), "Person")
    mine = data_as(scratch_client, world.token("R"), HISTORY, id=gid("Wish", wish))
    for s in (e["node"] for e in mine["wish"]["history"]["edges"]):
        assert (s["actor"] is not None) == (s["actorId"] in people), s
        if s["subjectId"]:
            assert (s["claimant"] is not None) == (s["subjectId"] in people), s
    assert world.helper not in people, "the case needs a claimant the requester may not see"


async def test_the_nodes_behind_ids_cost_no_query_per_row(
    scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    """Loaded for every row at once: the round trips of 2 wishes' histories and of 6 are the same."""
    # The helper claims every wish made here.
    await scratch_demo.write("MATCH (h:Person {id: $id}) SET h.capacity = 100", id=world.helper)
    made = [await wish_in(scratch_demo, world, "CLAIMED") for _ in range(2)]
    query = """query($ids: [ID!]!) { nodes(ids: $ids) { ... on Wish { history(first: 10) {
      edges { node { actor { name } claimant { id } } } } } } }"""
    graph: Graph = scratch_client.app.state.graph  # type: ignore[attr-defined]

    def trips(ids: list[str]) -> int:
        graph.round_trips = 0
        data_as(scratch_client, ADMIN, query, ids=[gid("Wish", i) for i in ids])
        return graph.round_trips

    few = trips(made)
    more = [*made, *[await wish_in(scratch_demo, world, "CLAIMED") for _ in range(4)]]
    assert trips(more) == few
