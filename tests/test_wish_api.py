"""The wish lifecycle and plan application through GraphQL mutations, on a scratch copy of the demo."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from graph.db import Graph
from tests.test_api_reads import data, gql
from tests.test_matching import gid

STEP = """mutation($action: String!, $input: WishStepInput!) { %s(input: $input) {
  replayed wish { status } transition { id action fromStatus toStatus actorId } } }"""
CLAIM = """mutation($input: ClaimInput!) { claimWish(input: $input) {
  replayed wish { status } transition { id action fromStatus toStatus } } }"""


def step(client: TestClient, field: str, **fields: Any) -> dict[str, Any]:
    query = STEP.replace("$action: String!, ", "") % field
    return gql(client, query, input=fields)


async def people(graph: Graph) -> dict[str, str]:
    row = await graph.read_one(
        """MATCH (r:Resident)-[:IN_HOUSEHOLD]->(:Household)
           WHERE NOT r:PartyMember AND NOT r:Volunteer AND NOT r:GridWorker
           WITH r ORDER BY r.id LIMIT 1
           MATCH (staff:GridWorker)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(:Community {id: 'jf'})
           WITH r, staff ORDER BY staff.id LIMIT 1
           MATCH (s:Skill {id: 'jf-skill-plumbing'})
           RETURN r.id AS requester, staff.id AS staff, s.id AS skill"""
    )
    assert row is not None
    return row


async def test_a_wish_from_creation_to_fulfilment(scratch_client: TestClient, scratch_demo: Graph) -> None:
    who = await people(scratch_demo)
    before = data(scratch_client, "{ communityStats { wishesFulfilled } }")["communityStats"]["wishesFulfilled"]
    created = data(
        scratch_client,
        """mutation($input: CreateWishInput!) { createWish(input: $input) { wish { id status requester { dbId } } } }""",
        input={
            "requesterId": gid("Person", who["requester"]),
            "createdBy": gid("Person", who["requester"]),
            "title": "厨房水龙头漏水",
            "category": "REPAIR",
            "requiredSkillIds": [gid("Skill", who["skill"])],
        },
    )["createWish"]["wish"]
    assert (created["status"], created["requester"]["dbId"]) == ("SUBMITTED", who["requester"])
    wish, staff = created["id"], gid("Person", who["staff"])
    for field, status in (("verifyWish", "VERIFIED"), ("publishWish", "PUBLISHED")):
        assert step(scratch_client, field, wishId=wish, actorId=staff)["data"][field]["wish"]["status"] == status

    q = """query($id: ID!) { node(id: $id) { ... on Wish { candidates(first: 2) { helper { id } } } } }"""
    first, second = (c["helper"]["id"] for c in data(scratch_client, q, id=wish)["node"]["candidates"])
    claim = {"wishId": wish, "claimantId": first, "actorId": first, "idempotencyKey": "claim-once"}
    claimed = data(scratch_client, CLAIM, input=claim)["claimWish"]
    again = data(scratch_client, CLAIM, input=claim)["claimWish"]
    assert (claimed["wish"]["status"], claimed["replayed"], again["replayed"]) == ("CLAIMED", False, True)
    assert again["transition"]["id"] == claimed["transition"]["id"]
    late = gql(scratch_client, CLAIM, input={"wishId": wish, "claimantId": second, "actorId": second})
    assert late["errors"][0]["extensions"]["code"] == "CONFLICT"
    invalid = step(scratch_client, "publishWish", wishId=wish, actorId=staff)["errors"][0]
    assert invalid["extensions"] == {"code": "BAD_USER_INPUT", "argument": "wishId"}
    assert "CLAIMED" in invalid["message"]

    assert (
        step(scratch_client, "startWish", wishId=wish, actorId=first)["data"]["startWish"]["wish"]["status"]
        == "IN_PROGRESS"
    )
    fulfil = """mutation($input: FulfilWishInput!) { fulfilWish(input: $input) { wish { status fulfilledBy { totalCount } } } }"""
    done = data(
        scratch_client, fulfil, input={"wishId": wish, "actorId": first, "evidence": "换了新阀芯", "acknowledged": True}
    )
    assert done["fulfilWish"]["wish"] == {"status": "FULFILLED", "fulfilledBy": {"totalCount": 1}}

    history = """query($id: ID!) { node(id: $id) { ... on Wish { history(orderBy: {field: version}) {
                 edges { node { action fromStatus toStatus actorId at } } } } } }"""
    steps = [e["node"] for e in data(scratch_client, history, id=wish)["node"]["history"]["edges"]]
    assert [(s["action"], s["fromStatus"], s["toStatus"]) for s in steps] == [
        ("create", None, "SUBMITTED"),
        ("verify", "SUBMITTED", "VERIFIED"),
        ("publish", "VERIFIED", "PUBLISHED"),
        ("claim", "PUBLISHED", "CLAIMED"),
        ("start", "CLAIMED", "IN_PROGRESS"),
        ("fulfil", "IN_PROGRESS", "FULFILLED"),
    ]
    assert all(s["at"] and s["actorId"] for s in steps)
    after = data(scratch_client, "{ communityStats { wishesFulfilled } }")["communityStats"]["wishesFulfilled"]
    assert after == before + 1, "the statistics count what the workflow did"


APPLY = """mutation($input: ApplyMatchPlanInput!) { applyMatchPlan(input: $input) {
  wish { dbId status } transition { action actorId } } }"""
PLAN = (
    """query($scope: ID!) { matchPlan(scope: $scope) { fingerprint assignments { wish { dbId } helper { dbId } } } }"""
)
CLAIMS = "MATCH ()-[c:CLAIMED]->(:Wish) RETURN count(c) AS n"


async def test_apply_match_plan_writes_all_claims_once(scratch_client: TestClient, scratch_demo: Graph) -> None:
    who = await people(scratch_demo)
    scope = gid("Grid", "jf-g03")
    plan = data(scratch_client, PLAN, scope=scope)["matchPlan"]
    assert plan["assignments"]
    before = (await scratch_demo.read(CLAIMS))[0]["n"]
    applied = data(
        scratch_client,
        APPLY,
        input={"scope": scope, "fingerprint": plan["fingerprint"], "actorId": gid("Person", who["staff"])},
    )
    assert len(applied["applyMatchPlan"]) == len(plan["assignments"])
    assert all(c["transition"] == {"action": "claim", "actorId": who["staff"]} for c in applied["applyMatchPlan"])
    assert (await scratch_demo.read(CLAIMS))[0]["n"] == before + len(plan["assignments"])
    pairs = [(a["wish"]["dbId"], a["helper"]["dbId"]) for a in plan["assignments"]]
    written = await scratch_demo.read(
        "UNWIND $pairs AS p MATCH (:Wish {id: p[0]})<-[c:CLAIMED]-({id: p[1]}) RETURN count(c) AS n", pairs=pairs
    )
    assert written[0]["n"] == len(pairs)
    repeat = gql(
        scratch_client,
        APPLY,
        input={"scope": scope, "fingerprint": plan["fingerprint"], "actorId": gid("Person", who["staff"])},
    )
    assert repeat["errors"][0]["extensions"]["code"] == "CONFLICT"
    assert (await scratch_demo.read(CLAIMS))[0]["n"] == before + len(plan["assignments"])


async def test_a_plan_is_refused_when_the_data_changed(scratch_client: TestClient, scratch_demo: Graph) -> None:
    who = await people(scratch_demo)
    scope = gid("Grid", "jf-g05")
    plan = data(scratch_client, PLAN, scope=scope)["matchPlan"]
    assert plan["assignments"]
    wish, helper = plan["assignments"][0]["wish"]["dbId"], plan["assignments"][0]["helper"]["dbId"]
    data(
        scratch_client,
        CLAIM,
        input={"wishId": gid("Wish", wish), "claimantId": gid("Person", helper), "actorId": gid("Person", helper)},
    )
    before = (await scratch_demo.read(CLAIMS))[0]["n"]
    stale = gql(
        scratch_client,
        APPLY,
        input={"scope": scope, "fingerprint": plan["fingerprint"], "actorId": gid("Person", who["staff"])},
    )
    assert stale["errors"][0]["extensions"]["code"] == "CONFLICT"
    assert (await scratch_demo.read(CLAIMS))[0]["n"] == before, "nothing of a refused plan is written"
