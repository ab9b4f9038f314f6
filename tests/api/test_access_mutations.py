"""Who may run which mutation: every mutation of the schema, without a token, as a role that may not, as one that may."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import pytest
from graphql import GraphQLObjectType
from starlette.testclient import TestClient

from graph import council, disputes, events, matching, services, wishes
from graph.access.viewer import GRID_WORKER, PARTY_MEMBER, RESIDENT, UNIT_CONTACT
from graph.core.db import Graph
from schema.root import schema
from tests.api.gql import gid, gql_as
from tests.auth import ADMIN, bearer

# ---------------------------------------------------------------------------------------------------------------
# The matrix: for every mutation of the schema, a subject prepared in the state the step needs, a person whose role
# may not take it, and one whose role may.

NO_TOKEN = {"Authorization": ""}
TODAY = date.today()


def mutation_type() -> GraphQLObjectType:
    found = schema._schema.mutation_type
    assert found is not None
    return found


MUTATIONS = sorted(mutation_type().fields)


@dataclass(frozen=True)
class World:
    """Demo people around one residential grid: two of its grid workers, residents, a helper with no claims."""

    grid: str
    worker: str  # W: a grid worker of the grid
    handler: str  # W2: another grid worker of the grid, who handles events
    resident: str  # R: lives in the grid; requests wishes, reports events, proposes topics
    neighbour: str  # R2: another resident, with no part in anything prepared
    helper: str  # H: holds no claim yet
    unit: str
    studio: str
    group: str

    def token(self, who: str) -> dict[str, str]:
        return {
            "W": bearer(self.worker, GRID_WORKER),
            "W2": bearer(self.handler, GRID_WORKER),
            "R": bearer(self.resident, RESIDENT),
            "R2": bearer(self.neighbour, RESIDENT),
            "H": bearer(self.helper, PARTY_MEMBER),
            # An administrator's account (not a person of the graph): enough for the steps that act as nobody.
            "ADMIN": ADMIN,
            # A valid token whose person the graph does not hold.
            "NOBODY": bearer("jf-p-nobody", RESIDENT),
        }[who]


@pytest.fixture
async def world(scratch_demo: Graph) -> World:
    row = await scratch_demo.read_one(
        """MATCH (g:Grid {kind: 'RESIDENTIAL'})<-[:WORKS_GRID]-(w:GridWorker)
           WITH g, w ORDER BY w.id
           WITH g, collect(w.id) AS ws WHERE size(ws) >= 2
           WITH g, ws ORDER BY g.id LIMIT 1
           MATCH (r:Resident)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(g)
           WHERE NOT r:GridWorker AND NOT r:PartyMember AND NOT r:Volunteer
           WITH g, ws, r ORDER BY r.id LIMIT 1
           MATCH (n:Resident)-[:IN_HOUSEHOLD]->(:Household)
           WHERE NOT n:GridWorker AND n <> r
           WITH g, ws, r, n ORDER BY n.id LIMIT 1
           MATCH (h:Person)
           WHERE NOT h:GridWorker AND NOT h.id IN [r.id, n.id] AND NOT (h)-[:CLAIMED|DECLINED]->()
             AND coalesce(h.capacity, 3) >= 2
           WITH g, ws, r, n, h ORDER BY h.id LIMIT 1
           MATCH (u:Unit) WITH g, ws, r, n, h, u ORDER BY u.id LIMIT 1
           MATCH (o:Organization {kind: 'MEDIATION_STUDIO'})
           MATCH (sg:SpecialGroup)-[:IN_COMMUNITY]->(:Community {id: 'jf'})
           WITH g, ws, r, n, h, u, o, sg ORDER BY sg.id LIMIT 1
           RETURN g.id AS grid, ws, r.id AS r, n.id AS n, h.id AS h, u.id AS u, o.id AS o, sg.id AS sg"""
    )
    assert row is not None
    return World(row["grid"], row["ws"][0], row["ws"][1], row["r"], row["n"], row["h"], row["u"], row["o"], row["sg"])


Prepared = tuple[dict[str, Any], str | None]  # the mutation's variables, and the node it changes (if it exists yet)
Prepare = Callable[[Graph, World], Awaitable[Prepared]]


@dataclass(frozen=True)
class Row:
    prepare: Prepare
    denied: str  # who may not (World.token)
    allowed: str  # who may


# Wishes -----------------------------------------------------------------------------------------------------------

WISH_ORDER = ("SUBMITTED", "VERIFIED", "PUBLISHED", "CLAIMED", "IN_PROGRESS")


async def wish_in(g: Graph, w: World, status: str) -> str:
    """A new wish of the resident, taken to `status` by the grid worker (and the helper, who claims it)."""
    made = await wishes.create_wish(
        g,
        requester_id=w.resident,
        title="换灯泡",
        description="",
        category="REPAIR",
        urgency=2,
        head_count=1,
        required_skill_ids=[],
        deadline=None,
        created_by=w.resident,
    )
    wish_id = made.node.id
    reached = WISH_ORDER[: WISH_ORDER.index(status) + 1]
    if "VERIFIED" in reached:
        await wishes.transition(g, wish_id=wish_id, action="verify", actor_id=w.worker)
    if "PUBLISHED" in reached:
        await wishes.transition(g, wish_id=wish_id, action="publish", actor_id=w.worker)
    if "CLAIMED" in reached:
        await wishes.claim(g, wish_id=wish_id, claimant_id=w.helper, actor_id=w.helper)
    if "IN_PROGRESS" in reached:
        await wishes.transition(g, wish_id=wish_id, action="start", actor_id=w.helper)
    return wish_id


def wish_step(status: str, **extra: Any) -> Prepare:
    async def prepare(g: Graph, w: World) -> Prepared:
        wish_id = await wish_in(g, w, status)
        return {"input": {"wishId": gid("Wish", wish_id), **extra}}, wish_id

    return prepare


def wish_claim(status: str) -> Prepare:
    async def prepare(g: Graph, w: World) -> Prepared:
        wish_id = await wish_in(g, w, status)
        return {"input": {"wishId": gid("Wish", wish_id), "claimantId": gid("Person", w.helper)}}, wish_id

    return prepare


async def create_wish(g: Graph, w: World) -> Prepared:
    return {"input": {"requesterId": gid("Person", w.resident), "title": "修门锁", "category": "REPAIR"}}, None


async def overdue_wish(g: Graph, w: World) -> Prepared:
    wish_id = await wish_in(g, w, "SUBMITTED")
    await g.write("MATCH (x:Wish {id: $id}) SET x.deadline = date('2020-01-01')", id=wish_id)
    return {"input": {"wishId": gid("Wish", wish_id)}}, wish_id


async def match_plan(g: Graph, w: World) -> Prepared:
    await wish_in(g, w, "PUBLISHED")
    plan = await matching.compute_plan(g, "Grid", w.grid)
    return {"input": {"scope": gid("Grid", w.grid), "fingerprint": plan.fingerprint}}, None


async def nothing(g: Graph, w: World) -> Prepared:
    return {}, None


# Events -----------------------------------------------------------------------------------------------------------

EVENT_PATH = (
    ("REPORTED", None, "R"),
    ("VERIFIED", "verify", "W"),
    ("ASSIGNED", "assign", "W"),
    ("IN_PROGRESS", "start", "W2"),
    ("RESOLVED", "resolve", "W2"),
    ("REVIEWED", "review", "W"),
    ("CLOSED", "close", "W"),
)


async def event_in(g: Graph, w: World, status: str) -> str:
    """A new event reported by the resident, handled by the grid's second grid worker up to `status`."""
    made = await events.report(
        g, reporter_id=w.resident, category="ENVIRONMENT_SANITATION", title="楼道堆放杂物", grid_id=w.grid
    )
    event_id = made.node.id
    actors = {"W": w.worker, "W2": w.handler}
    current = "REPORTED"
    for reached, action, who in EVENT_PATH[1:]:
        if current == status:
            break
        step = events.Step(
            str(action),
            event_id,
            actors[who],
            handler_id=w.handler if action == "assign" else None,
            evidence="已处理" if action == "resolve" else None,
        )
        await events.step(g, step)
        current = reached
    return event_id


def event_step(status: str, **extra: Any) -> Prepare:
    async def prepare(g: Graph, w: World) -> Prepared:
        event_id = await event_in(g, w, status)
        return {"input": {"eventId": gid("Event", event_id), **extra}}, event_id

    return prepare


async def report_event(g: Graph, w: World) -> Prepared:
    fields = {"category": "FIRE_SAFETY", "title": "消防通道被占用", "gridId": gid("Grid", w.grid)}
    return {"input": fields}, None


async def assign_event(g: Graph, w: World) -> Prepared:
    event_id = await event_in(g, w, "VERIFIED")
    return {"input": {"eventId": gid("Event", event_id), "handlerId": gid("Person", w.handler)}}, event_id


async def duplicate_event(g: Graph, w: World) -> Prepared:
    original, event_id = await event_in(g, w, "REPORTED"), await event_in(g, w, "REPORTED")
    fields = {"eventId": gid("Event", event_id), "duplicateOfId": gid("Event", original)}
    return {"input": fields}, event_id


async def add_category(g: Graph, w: World) -> Prepared:
    hours = dict.fromkeys(("verifyHours", "assignHours", "startHours", "resolveHours", "holdHours", "reviewHours"), 24)
    return {"input": {"code": "MATRIX_NOISE", "name": "噪声", **hours}}, None


async def add_department(g: Graph, w: World) -> Prepared:
    return {"input": {"communityId": gid("Community", "jf"), "name": "城管执法队"}}, None


# Disputes ---------------------------------------------------------------------------------------------------------


async def dispute_in(g: Graph, w: World, mediating: bool) -> str:
    event_id = await event_in(g, w, "REPORTED")
    dispute_id = (await disputes.open_dispute(g, event_id=event_id, actor_id=w.worker)).node.id
    if mediating:
        await disputes.add_party(g, dispute_id=dispute_id, party_id=w.neighbour, role="APPLICANT", actor_id=w.worker)
        await disputes.assign_mediator(g, dispute_id=dispute_id, mediator_id=w.studio, actor_id=w.worker)
    return dispute_id


def dispute_step(mediating: bool, sessions: int, fields: Callable[[World], dict[str, Any]]) -> Prepare:
    async def prepare(g: Graph, w: World) -> Prepared:
        dispute_id = await dispute_in(g, w, mediating)
        for _ in range(sessions):
            await disputes.record_session(
                g, dispute_id=dispute_id, held_on=TODAY, notes="调解", attendees=[], actor_id=w.worker
            )
        return {"input": {"disputeId": gid("Dispute", dispute_id), **fields(w)}}, dispute_id

    return prepare


async def open_dispute(g: Graph, w: World) -> Prepared:
    event_id = await event_in(g, w, "REPORTED")
    return {"input": {"eventId": gid("Event", event_id)}}, event_id


# The council ------------------------------------------------------------------------------------------------------

TOPIC_PATH = ("PROPOSED", "ACCEPTED", "DELIBERATED", "SUPERVISED")


async def meeting_of(g: Graph, w: World) -> str:
    done = await council.schedule_meeting(g, community_id="jf", title="议事会", held_on=TODAY, actor_id=w.worker)
    return done.node.id


async def topic_in(g: Graph, w: World, stage: str) -> str:
    made = await council.propose_topic(g, community_id="jf", title="绿化带", category="GREENING", actor_id=w.resident)
    topic_id = made.node.id
    reached = TOPIC_PATH[: TOPIC_PATH.index(stage) + 1]

    def change(action: str, note: str | None = None) -> council.TopicStep:
        return council.TopicStep(topic_id, action, w.worker, note=note)

    if "ACCEPTED" in reached:
        await council.accept(g, replace(change("accept"), meeting_id=await meeting_of(g, w)))
    if "DELIBERATED" in reached:
        await council.deliberate(g, change("deliberate"), "补种", w.worker, TODAY + timedelta(days=30))
    if "SUPERVISED" in reached:
        await council.supervise(g, change("supervise", "已补种"), 100)
    return topic_id


def topic_step(stage: str, fields: Callable[[World], dict[str, Any]] = lambda w: {}) -> Prepare:
    async def prepare(g: Graph, w: World) -> Prepared:
        topic_id = await topic_in(g, w, stage)
        return {"input": {"topicId": gid("CouncilTopic", topic_id), **fields(w)}}, topic_id

    return prepare


async def accept_topic(g: Graph, w: World) -> Prepared:
    topic_id = await topic_in(g, w, "PROPOSED")
    meeting_id = await meeting_of(g, w)
    return {
        "input": {"topicId": gid("CouncilTopic", topic_id), "meetingId": gid("CouncilMeeting", meeting_id)}
    }, topic_id


async def merge_topic(g: Graph, w: World) -> Prepared:
    into, topic_id = await topic_in(g, w, "PROPOSED"), await topic_in(g, w, "PROPOSED")
    fields = {"topicId": gid("CouncilTopic", topic_id), "intoTopicId": gid("CouncilTopic", into)}
    return {"input": fields}, topic_id


async def schedule_meeting(g: Graph, w: World) -> Prepared:
    fields = {"communityId": gid("Community", "jf"), "title": "十月议事会", "heldOn": TODAY.isoformat()}
    return {"input": fields}, None


async def meeting_attendance(g: Graph, w: World) -> Prepared:
    meeting_id = await meeting_of(g, w)
    fields = {"meetingId": gid("CouncilMeeting", meeting_id), "personIds": [gid("Person", w.resident)]}
    return {"input": fields}, meeting_id


async def propose_topic(g: Graph, w: World) -> Prepared:
    return {"input": {"communityId": gid("Community", "jf"), "title": "停车难", "category": "PARKING"}}, None


# Special groups ---------------------------------------------------------------------------------------------------


async def record_need(g: Graph, w: World) -> Prepared:
    fields = {"personId": gid("Person", w.resident), "description": "需要助餐", "source": "HOME_VISIT"}
    return {"input": fields}, None


async def need_status(g: Graph, w: World) -> Prepared:
    made = await services.record_need(
        g, person_id=w.resident, description="需要陪诊", source="HOME_VISIT", actor_id=w.worker
    )
    return {"input": {"needId": gid("Need", made.node.id), "status": "MET"}}, made.node.id


async def home_visit(g: Graph, w: World) -> Prepared:
    return {"input": {"personId": gid("Person", w.resident), "notes": "了解近况"}}, None


async def service_item(g: Graph, w: World) -> Prepared:
    fields = {"groupId": gid("SpecialGroup", w.group), "name": "助浴", "frequency": "MONTHLY"}
    return {"input": fields}, None


async def service_activity(g: Graph, w: World) -> Prepared:
    fields = {"communityId": gid("Community", "jf"), "title": "集体生日会", "kind": "BIRTHDAY_PARTY"}
    return {"input": fields | {"heldOn": TODAY.isoformat()}}, None


async def attendance(g: Graph, w: World) -> Prepared:
    made = await services.record_activity(
        g,
        community_id="jf",
        title="四点半课堂",
        kind="AFTER_SCHOOL_CLASS",
        held_on=TODAY,
        service_item_id=None,
        actor_id=w.worker,
    )
    fields = {"activityId": gid("ServiceActivity", made.node.id), "personIds": [gid("Person", w.resident)]}
    return {"input": fields}, made.node.id


async def held_event(g: Graph, w: World) -> Prepared:
    event_id = await event_in(g, w, "IN_PROGRESS")
    await events.step(g, events.Step("hold", event_id, w.handler, note="等待配合"))
    return {"input": {"eventId": gid("Event", event_id)}}, event_id


ROWS: dict[str, Row] = {
    # Wishes: staff are the grid workers of the wish's community; the requester withdraws; helpers act for claims.
    "createWish": Row(create_wish, "R2", "R"),
    "verifyWish": Row(wish_step("SUBMITTED"), "R", "W"),
    "rejectWish": Row(wish_step("SUBMITTED", note="不属于微心愿"), "R", "W"),
    "publishWish": Row(wish_step("VERIFIED"), "R", "W"),
    "confirmWish": Row(wish_step("CLAIMED"), "H", "R"),
    "startWish": Row(wish_step("CLAIMED"), "R", "H"),
    "cancelWish": Row(wish_step("SUBMITTED"), "R", "W"),
    "withdrawWish": Row(wish_step("SUBMITTED"), "W", "R"),
    "expireWish": Row(overdue_wish, "R", "W"),
    "fulfilWish": Row(wish_step("IN_PROGRESS", evidence="修好了"), "R", "H"),
    "claimWish": Row(wish_claim("PUBLISHED"), "R2", "H"),
    "releaseWishClaim": Row(wish_claim("CLAIMED"), "R2", "H"),
    "declineWish": Row(wish_claim("PUBLISHED"), "R2", "H"),
    "applyMatchPlan": Row(match_plan, "R", "W"),
    "expireOverdueWishes": Row(nothing, "W", "ADMIN"),
    "releaseStaleClaims": Row(nothing, "W", "ADMIN"),
    # Events: anyone linked reports; staff verify and assign; the handler works; the grid reviews; the reporter rates.
    "reportEvent": Row(report_event, "NOBODY", "R"),
    "verifyEvent": Row(event_step("REPORTED"), "R", "W"),
    "invalidateEvent": Row(event_step("REPORTED", note="广告"), "R", "W"),
    "markEventDuplicate": Row(duplicate_event, "R", "W"),
    "assignEvent": Row(assign_event, "R", "W"),
    "requestEventReassignment": Row(event_step("ASSIGNED", note="不属于网格职责"), "R", "W2"),
    "startEvent": Row(event_step("ASSIGNED"), "R", "W2"),
    "holdEvent": Row(event_step("IN_PROGRESS", note="等待配合"), "R", "W2"),
    "resumeEvent": Row(held_event, "R", "W2"),
    "escalateEvent": Row(event_step("IN_PROGRESS", note="需执法"), "R", "W2"),
    "resolveEvent": Row(event_step("IN_PROGRESS", evidence="已清理"), "R", "W2"),
    "selfHandleEvent": Row(event_step("REPORTED", evidence="现场清走"), "R", "W"),
    "reviewEvent": Row(event_step("RESOLVED"), "W2", "W"),
    "reworkEvent": Row(event_step("RESOLVED", note="还有残留"), "R", "W"),
    "closeEvent": Row(event_step("REVIEWED"), "R", "W"),
    "rateEvent": Row(event_step("RESOLVED", rating=5), "W", "R"),
    "reopenEvent": Row(event_step("CLOSED", note="又堆上了"), "W", "R"),
    "addEventCategory": Row(add_category, "W", "ADMIN"),
    "addDepartment": Row(add_department, "W", "ADMIN"),
    # Disputes: staff only.
    "openDispute": Row(open_dispute, "R", "W"),
    "addDisputeParty": Row(
        dispute_step(False, 0, lambda w: {"partyId": gid("Person", w.neighbour), "role": "APPLICANT"}), "R", "W"
    ),
    "assignMediator": Row(dispute_step(False, 0, lambda w: {"mediatorId": gid("Organization", w.studio)}), "R", "W"),
    "recordMediationSession": Row(
        dispute_step(True, 0, lambda w: {"heldOn": TODAY.isoformat(), "notes": "背靠背调解"}), "R", "W"
    ),
    "closeDispute": Row(dispute_step(True, 1, lambda w: {"outcome": "NOT_REACHED"}), "R", "W"),
    # The council: anyone linked proposes; staff take every other step.
    "scheduleCouncilMeeting": Row(schedule_meeting, "R", "W"),
    "recordMeetingAttendance": Row(meeting_attendance, "R", "W"),
    "proposeTopic": Row(propose_topic, "NOBODY", "R"),
    "acceptTopic": Row(accept_topic, "R", "W"),
    "rejectTopic": Row(topic_step("PROPOSED", lambda w: {"note": "不属于议事范围"}), "R", "W"),
    "mergeTopic": Row(merge_topic, "R", "W"),
    "deliberateTopic": Row(
        topic_step(
            "ACCEPTED",
            lambda w: {
                "decision": "补种",
                "ownerId": gid("Person", w.worker),
                "deadline": (TODAY + timedelta(days=30)).isoformat(),
            },
        ),
        "R",
        "W",
    ),
    "superviseTopic": Row(topic_step("DELIBERATED", lambda w: {"progress": 50, "note": "补种一半"}), "R", "W"),
    "reviewTopic": Row(topic_step("SUPERVISED", lambda w: {"solved": True}), "R", "W"),
    # Special groups: staff of the person's (group's, activity's) community.
    "recordNeed": Row(record_need, "R2", "W"),
    "setNeedStatus": Row(need_status, "R2", "W"),
    "recordHomeVisit": Row(home_visit, "R2", "W"),
    "addServiceItem": Row(service_item, "R", "W"),
    "recordServiceActivity": Row(service_activity, "R", "W"),
    "recordAttendance": Row(attendance, "R", "W"),
}


SNAPSHOT = """
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
OPTIONAL MATCH (s) WHERE s.id = $subject
RETURN nodes, rels, properties(s) AS subject
"""


async def snapshot(g: Graph, subject: str | None) -> dict[str, Any]:
    row = await g.read_one(SNAPSHOT, subject=subject)
    assert row is not None
    return dict(row)


def document(name: str) -> str:
    """The mutation with its input (if it takes one), answering only `__typename`: no personal data read."""
    args = mutation_type().fields[name].args
    if "input" in args:
        return f"mutation($input: {args['input'].type}) {{ {name}(input: $input) {{ __typename }} }}"
    return f"mutation {{ {name} {{ __typename }} }}"


def code(body: dict[str, Any]) -> str | None:
    errors = body.get("errors") or [{}]
    found: str | None = errors[0].get("extensions", {}).get("code")
    return found


@pytest.mark.parametrize("name", MUTATIONS)
async def test_who_may_run_each_mutation(
    name: str, scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    row = ROWS.get(name)
    assert row is not None, f"{name} has no row in the access matrix"
    g = scratch_demo
    variables, subject = await row.prepare(g, world)
    query = document(name)
    before = await snapshot(g, subject)

    anonymous = gql_as(scratch_client, NO_TOKEN, query, **variables)
    assert (code(anonymous), anonymous.get("data")) == ("UNAUTHENTICATED", None), anonymous
    denied = gql_as(scratch_client, world.token(row.denied), query, **variables)
    assert code(denied) == "FORBIDDEN", denied
    assert (
        "you may not" in denied["errors"][0]["message"]
        or "reserved" in denied["errors"][0]["message"]
        or ("not linked" in denied["errors"][0]["message"])
    )
    assert await snapshot(g, subject) == before, "a refused mutation wrote nothing"

    allowed = gql_as(scratch_client, world.token(row.allowed), query, **variables)
    assert "errors" not in allowed, allowed
    assert allowed["data"][name] is not None
    assert await snapshot(g, subject) != before or name in SWEEPS, "the allowed mutation wrote"


# The sweeps may find nothing to do.
SWEEPS = frozenset({"expireOverdueWishes", "releaseStaleClaims"})


async def other_grids_worker(g: Graph, w: World) -> str:
    row = await g.read_one(
        """MATCH (o:GridWorker)-[:WORKS_GRID]->(:Grid) WHERE NOT (o)-[:WORKS_GRID]->(:Grid {id: $grid})
           RETURN o.id AS id ORDER BY id LIMIT 1""",
        grid=w.grid,
    )
    assert row is not None
    return str(row["id"])


async def test_matching_and_staff_reads_by_role(scratch_client: TestClient, scratch_demo: Graph, world: World) -> None:
    w, g = world, scratch_demo
    wish = gid("Wish", await wish_in(g, w, "PUBLISHED"))
    elsewhere = bearer(await other_grids_worker(g, w), GRID_WORKER)
    reads: list[tuple[str, dict[str, Any], tuple[dict[str, str], ...], tuple[dict[str, str], ...]]] = [
        (
            "query($id: ID!) { node(id: $id) { ... on Wish { candidates(first: 1) { score } } } }",
            {"id": wish},
            (w.token("R"),),
            (w.token("W"), ADMIN),
        ),
        (
            "query($w: ID!, $h: ID!) { explainExclusion(wishId: $w, helperId: $h) { excluded } }",
            {"w": wish, "h": gid("Person", w.helper)},
            (w.token("R"), w.token("H")),
            (w.token("W"), ADMIN),
        ),
        (
            "query($s: ID!) { matchPlan(scope: $s) { fingerprint } }",
            {"s": gid("Grid", w.grid)},
            (w.token("R"), elsewhere),
            (w.token("W"), ADMIN),
        ),
        (
            # A grid worker's row is visible to everyone signed in; their suggestions only to them and staff.
            "query($id: ID!) { node(id: $id) { ... on Person { suggestedWishes(first: 1) { score } } } }",
            {"id": gid("Person", w.worker)},
            (w.token("R"),),
            (w.token("W"), w.token("W2"), ADMIN),
        ),
        (
            "query($id: ID!) { node(id: $id) { ... on Unit { suggestedWishes(first: 1) { score } } } }",
            {"id": gid("Unit", w.unit)},
            (w.token("R"), bearer(w.resident, UNIT_CONTACT, unit="jf-u-none")),
            (bearer(w.resident, UNIT_CONTACT, unit=w.unit), w.token("W"), ADMIN),
        ),
        (
            "{ coverageGaps(days: 30, first: 1) { totalCount } }",
            {},
            (w.token("R"), w.token("H")),
            (w.token("W"), ADMIN),
        ),
        (
            "query($s: ID!) { suggestedTopics(scope: $s, first: 1) { size } }",
            {"s": gid("Community", "jf")},
            (w.token("R"),),
            (w.token("W"), ADMIN),
        ),
    ]
    for query, variables, denied, allowed in reads:
        for token in denied:
            body = gql_as(scratch_client, token, query, **variables)
            assert code(body) == "FORBIDDEN", (query, body)
        for token in allowed:
            body = gql_as(scratch_client, token, query, **variables)
            assert "errors" not in body, (query, body)


async def test_a_grid_worker_applies_plans_of_their_own_grid_only(
    scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    variables, _ = await match_plan(scratch_demo, world)
    query = document("applyMatchPlan")
    before = await snapshot(scratch_demo, None)
    elsewhere = bearer(await other_grids_worker(scratch_demo, world), GRID_WORKER)
    body = gql_as(scratch_client, elsewhere, query, **variables)
    assert code(body) == "FORBIDDEN"
    assert body["errors"][0]["message"] == (
        "you may not plan this grid's wishes: only a grid worker of it or an administrator may"
    )
    # An administrator's account that is no person of the graph cannot act: claims name who made them.
    assert code(gql_as(scratch_client, ADMIN, query, **variables)) == "FORBIDDEN"
    assert await snapshot(scratch_demo, None) == before
