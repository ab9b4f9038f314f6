"""The wish lifecycle and plan application through GraphQL mutations, on a scratch copy of the demo."""

from __future__ import annotations

import base64
from typing import Any

from starlette.testclient import TestClient

from graph.core.db import Graph
from tests.api.gql import data, data_as, gid, gql_as
from tests.auth import bearer

STEP = """mutation($action: String!, $input: WishStepInput!) { %s(input: $input) {
  replayed wish { status } transition { id action fromStatus toStatus actorId } } }"""
CLAIM = """mutation($input: ClaimInput!) { claimWish(input: $input) {
  replayed wish { status } transition { id action fromStatus toStatus } } }"""


def step(client: TestClient, field: str, who: dict[str, str], **fields: Any) -> dict[str, Any]:
    """One wish step as the person of the `who` header."""
    query = STEP.replace("$action: String!, ", "") % field
    return gql_as(client, who, query, input=fields)


def pid(global_id: str) -> str:
    """The database id inside a Person's global id (a token names the person by it)."""
    return base64.b64decode(global_id).decode().split(":", 1)[1]


async def people(graph: Graph) -> dict[str, str]:
    row = await graph.read_one(
        """MATCH (r:Resident)-[:IN_HOUSEHOLD]->(:Household)
           WHERE NOT r:PartyMember AND NOT r:Volunteer AND NOT r:GridWorker
           WITH r ORDER BY r.id LIMIT 1
           // Staff of the requester's own grid: a grid worker acts on the wishes of the grids they work.
           MATCH (r)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)
                 <-[:WORKS_GRID]-(staff:GridWorker)
           WITH r, staff ORDER BY staff.id LIMIT 1
           MATCH (s:Skill {id: 'jf-skill-plumbing'})
           RETURN r.id AS requester, staff.id AS staff, s.id AS skill"""
    )
    assert row is not None
    return row


async def test_a_wish_from_creation_to_fulfilment(scratch_client: TestClient, scratch_demo: Graph) -> None:
    who = await people(scratch_demo)
    before = data(scratch_client, "{ communityStats { wishesFulfilled } }")["communityStats"]["wishesFulfilled"]
    created = data_as(
        scratch_client,
        bearer(who["requester"], "resident"),
        """mutation($input: CreateWishInput!) { createWish(input: $input) { wish { id status requester { dbId } } } }""",
        input={
            "requesterId": gid("Person", who["requester"]),
            "title": "厨房水龙头漏水",
            "category": "REPAIR",
            "requiredSkillIds": [gid("Skill", who["skill"])],
        },
    )["createWish"]["wish"]
    assert (created["status"], created["requester"]["dbId"]) == ("SUBMITTED", who["requester"])
    wish, staff = created["id"], bearer(who["staff"], "grid_worker")
    for field, status in (("verifyWish", "VERIFIED"), ("publishWish", "PUBLISHED")):
        assert step(scratch_client, field, staff, wishId=wish)["data"][field]["wish"]["status"] == status

    q = """query($id: ID!) { node(id: $id) { ... on Wish { candidates(first: 2) { nodes { helper { id } } } } } }"""
    first, second = (c["helper"]["id"] for c in data(scratch_client, q, id=wish)["node"]["candidates"]["nodes"])
    as_first, as_second = bearer(pid(first), "party_member"), bearer(pid(second), "party_member")
    claim = {"wishId": wish, "claimantId": first, "idempotencyKey": "claim-once"}
    claimed = data_as(scratch_client, as_first, CLAIM, input=claim)["claimWish"]
    again = data_as(scratch_client, as_first, CLAIM, input=claim)["claimWish"]
    assert (claimed["wish"]["status"], claimed["replayed"], again["replayed"]) == ("CLAIMED", False, True)
    assert again["transition"]["id"] == claimed["transition"]["id"]
    # A member sees published wishes only: the claimed one left their list, and is answered as a missing one is.
    late = gql_as(scratch_client, as_second, CLAIM, input={"wishId": wish, "claimantId": second})
    missing = gql_as(scratch_client, as_second, CLAIM, input={"wishId": gid("Wish", "w-none"), "claimantId": second})
    assert (
        late["errors"][0]["extensions"]
        == missing["errors"][0]["extensions"]
        == {
            "code": "NOT_FOUND",
            "argument": "wishId",
        }
    )
    assert late["errors"][0]["message"].startswith("no wish '") and missing["errors"][0]["message"].startswith(
        "no wish '"
    )
    invalid = step(scratch_client, "publishWish", staff, wishId=wish)["errors"][0]
    # Staff may publish, another time: the state is what refuses, and what they could do now is said.
    assert invalid["extensions"] == {
        "code": "INVALID_STATE",
        "argument": "wishId",
        "currentStatus": "CLAIMED",
        "action": "PUBLISH",
        "allowedActions": ["RELEASE", "CONFIRM", "START", "CANCEL", "EXPIRE"],
    }
    assert "CLAIMED" in invalid["message"]

    assert (
        step(scratch_client, "startWish", as_first, wishId=wish)["data"]["startWish"]["wish"]["status"] == "IN_PROGRESS"
    )
    fulfil = """mutation($input: FulfilWishInput!) { fulfilWish(input: $input) { wish { status fulfilledBy { totalCount } } } }"""
    done = data_as(
        scratch_client, as_first, fulfil, input={"wishId": wish, "evidence": "换了新阀芯", "acknowledged": True}
    )
    assert done["fulfilWish"]["wish"] == {"status": "FULFILLED", "fulfilledBy": {"totalCount": 1}}

    history = """query($id: ID!) { node(id: $id) { ... on Wish { history(orderBy: {field: version}) {
                 edges { node { action fromStatus toStatus actorId at } } } } } }"""
    steps = [e["node"] for e in data(scratch_client, history, id=wish)["node"]["history"]["edges"]]
    assert [(s["action"], s["fromStatus"], s["toStatus"]) for s in steps] == [
        ("CREATE", None, "SUBMITTED"),
        ("VERIFY", "SUBMITTED", "VERIFIED"),
        ("PUBLISH", "VERIFIED", "PUBLISHED"),
        ("CLAIM", "PUBLISHED", "CLAIMED"),
        ("START", "CLAIMED", "IN_PROGRESS"),
        ("FULFIL", "IN_PROGRESS", "FULFILLED"),
    ]
    assert [s["actorId"] for s in steps] == [who["requester"], *[who["staff"]] * 2, *[pid(first)] * 3]
    assert all(s["at"] for s in steps)
    after = data(scratch_client, "{ communityStats { wishesFulfilled } }")["communityStats"]["wishesFulfilled"]
    assert after == before + 1, "the statistics count what the workflow did"


APPLY = """mutation($input: ApplyMatchPlanInput!) { applyMatchPlan(input: $input) {
  wish { dbId status } transition { action actorId } } }"""
PLAN = (
    """query($scope: ID!) { matchPlan(scope: $scope) { fingerprint assignments { wish { dbId } helper { dbId } } } }"""
)
CLAIMS = "MATCH ()-[c:CLAIMED]->(:Wish) RETURN count(c) AS n"


async def worker_of(graph: Graph, grid_id: str) -> str:
    row = await graph.read_one(
        "MATCH (w:GridWorker)-[:WORKS_GRID]->(:Grid {id: $grid}) RETURN w.id AS id ORDER BY id LIMIT 1", grid=grid_id
    )
    assert row is not None
    return str(row["id"])


async def test_apply_match_plan_writes_all_claims_once(scratch_client: TestClient, scratch_demo: Graph) -> None:
    staff = await worker_of(scratch_demo, "jf-g03")
    scope = gid("Grid", "jf-g03")
    # The plan as its applier sees it: computed over the wishes and helpers the grid worker may see.
    plan = data_as(scratch_client, bearer(staff, "grid_worker"), PLAN, scope=scope)["matchPlan"]
    assert plan["assignments"]
    before = (await scratch_demo.read(CLAIMS))[0]["n"]
    applied = data_as(
        scratch_client, bearer(staff, "grid_worker"), APPLY, input={"scope": scope, "fingerprint": plan["fingerprint"]}
    )
    assert len(applied["applyMatchPlan"]) == len(plan["assignments"])
    assert all(c["transition"] == {"action": "CLAIM", "actorId": staff} for c in applied["applyMatchPlan"])
    assert (await scratch_demo.read(CLAIMS))[0]["n"] == before + len(plan["assignments"])
    pairs = [(a["wish"]["dbId"], a["helper"]["dbId"]) for a in plan["assignments"]]
    written = await scratch_demo.read(
        "UNWIND $pairs AS p MATCH (:Wish {id: p[0]})<-[c:CLAIMED]-({id: p[1]}) RETURN count(c) AS n", pairs=pairs
    )
    assert written[0]["n"] == len(pairs)
    repeat = gql_as(
        scratch_client, bearer(staff, "grid_worker"), APPLY, input={"scope": scope, "fingerprint": plan["fingerprint"]}
    )
    assert repeat["errors"][0]["extensions"]["code"] == "CONFLICT"
    assert (await scratch_demo.read(CLAIMS))[0]["n"] == before + len(plan["assignments"])


async def test_a_plan_is_refused_when_the_data_changed(scratch_client: TestClient, scratch_demo: Graph) -> None:
    staff = await worker_of(scratch_demo, "jf-g06")
    scope = gid("Grid", "jf-g06")
    plan = data_as(scratch_client, bearer(staff, "grid_worker"), PLAN, scope=scope)["matchPlan"]
    assert plan["assignments"]
    wish, helper = plan["assignments"][0]["wish"]["dbId"], plan["assignments"][0]["helper"]["dbId"]
    data_as(
        scratch_client,
        bearer(helper, "party_member"),
        CLAIM,
        input={"wishId": gid("Wish", wish), "claimantId": gid("Person", helper)},
    )
    before = (await scratch_demo.read(CLAIMS))[0]["n"]
    stale = gql_as(
        scratch_client, bearer(staff, "grid_worker"), APPLY, input={"scope": scope, "fingerprint": plan["fingerprint"]}
    )
    assert stale["errors"][0]["extensions"]["code"] == "CONFLICT"
    assert (await scratch_demo.read(CLAIMS))[0]["n"] == before, "nothing of a refused plan is written"


async def test_an_idempotency_key_is_its_senders_alone(scratch_client: TestClient, scratch_demo: Graph) -> None:
    who = await people(scratch_demo)
    requester, staff = bearer(who["requester"], "resident"), bearer(who["staff"], "grid_worker")
    create = "mutation($input: CreateWishInput!) { createWish(input: $input) { wish { id } } }"
    made = {"requesterId": gid("Person", who["requester"]), "title": "买药", "category": "CARE"}
    wish = data_as(scratch_client, requester, create, input=made)["createWish"]["wish"]["id"]
    verified = step(scratch_client, "verifyWish", staff, wishId=wish, idempotencyKey="shared-key")
    assert verified["data"]["verifyWish"]["replayed"] is False
    # The requester sending the staff's key is not answered with the staff's result: their own request is judged.
    theirs = step(scratch_client, "publishWish", requester, wishId=wish, idempotencyKey="shared-key")
    assert theirs["data"] is None and theirs["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # The staff reusing their key for another request is refused with the key's own code.
    again = step(scratch_client, "publishWish", staff, wishId=wish, idempotencyKey="shared-key")
    [error] = again["errors"]
    assert (error["extensions"]["code"], error["extensions"]["argument"]) == (
        "IDEMPOTENCY_KEY_REUSED",
        "idempotencyKey",
    )
