"""The event lifecycle through GraphQL on a scratch copy of the demo: every path, history, SLA lights, keys, races."""

from __future__ import annotations

import asyncio
import base64
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph import events
from graph.core.db import Graph
from graph.core.errors import InvalidInput
from tests.api.gql import data, gid, gql, gql_as
from tests.auth import bearer

INPUTS = {
    "reportEvent": "ReportEventInput",
    "assignEvent": "AssignEventInput",
    "markEventDuplicate": "MarkEventDuplicateInput",
    "resolveEvent": "ResolveEventInput",
    "selfHandleEvent": "ResolveEventInput",
    "rateEvent": "RateEventInput",
}
CHANGE = """replayed
  event { id dbId status category light stageStartedAt stageDueAt selfHandled rating ratingComment escalationLevel
          reopenCount holdReason resolution evidenceUrls closedAt resolvedAt photos
          handlerPerson { dbId } handlerUnit { dbId } handlerDepartment { dbId } duplicateOf { dbId }
          building { dbId } grid { dbId } reporter { dbId } }
  step { id action fromStatus toStatus actorId subjectId note at version }
  possibleDuplicates { dbId }"""
HISTORY = """query($id: ID!) { node(id: $id) { ... on Event { history(first: 50, orderBy: {field: version}) {
  edges { node { action fromStatus toStatus actorId subjectId note at version } } } } } }"""


@dataclass(frozen=True)
class Cast:
    staff: str  # a grid worker of the grid (verifies, assigns, closes)
    reviewer: str  # another grid worker of the grid
    handler: str  # a third grid worker, who handles
    outsider: str  # a grid worker of another grid
    reporter: str  # a resident
    grid: str
    building: str
    other_building: str
    unit: str
    department: str

    def token(self, person: str) -> dict[str, str]:
        """The Authorization header of `person`, with the role the demo gives them."""
        workers = (self.staff, self.reviewer, self.handler, self.outsider)
        return bearer(person, "grid_worker" if person in workers else "resident")


@pytest.fixture
async def cast(scratch_demo: Graph) -> Cast:
    row = await scratch_demo.read_one(
        """MATCH (g:Grid {kind: 'RESIDENTIAL'})<-[:WORKS_GRID]-(w:GridWorker)
           WITH g, w ORDER BY w.id
           WITH g, collect(w.id) AS ws WHERE size(ws) >= 3
           WITH g, ws ORDER BY g.id LIMIT 1
           MATCH (b:Building)-[:IN_GRID]->(g)
           WITH g, ws, b ORDER BY b.id
           WITH g, ws, collect(b.id) AS bs
           MATCH (o:GridWorker)-[:WORKS_GRID]->(og:Grid) WHERE og <> g AND NOT (o)-[:WORKS_GRID]->(g)
           WITH g, ws, bs, o ORDER BY o.id LIMIT 1
           MATCH (r:Resident) WHERE NOT r:GridWorker
           WITH g, ws, bs, o, r ORDER BY r.id LIMIT 1
           MATCH (u:Unit) WITH g, ws, bs, o, r, u ORDER BY u.id LIMIT 1
           MATCH (d:Department) WITH g, ws, bs, o, r, u, d ORDER BY d.id LIMIT 1
           RETURN g.id AS grid, ws, bs, o.id AS outsider, r.id AS reporter, u.id AS unit, d.id AS department"""
    )
    assert row is not None
    ws, bs = row["ws"], row["bs"]
    return Cast(
        ws[0],
        ws[1],
        ws[2],
        row["outsider"],
        row["reporter"],
        row["grid"],
        bs[0],
        bs[-1],
        row["unit"],
        row["department"],
    )


def call(client: TestClient, field: str, who: dict[str, str], **input: Any) -> dict[str, Any]:
    """The mutation as the person of the `who` header."""
    kind = INPUTS.get(field, "EventStepInput")
    return gql_as(client, who, f"mutation($input: {kind}!) {{ {field}(input: $input) {{ {CHANGE} }} }}", input=input)


def ok(client: TestClient, field: str, who: dict[str, str], **input: Any) -> dict[str, Any]:
    body = call(client, field, who, **input)
    assert "errors" not in body, body["errors"]
    result: dict[str, Any] = body["data"][field]
    return result


def refused(client: TestClient, field: str, who: dict[str, str], **input: Any) -> dict[str, Any]:
    body = call(client, field, who, **input)
    assert body.get("data") is None and body["errors"], body
    error: dict[str, Any] = body["errors"][0]
    return error


def _own(global_id: str) -> str:
    return base64.b64decode(global_id).decode().partition(":")[2]


def p(person: str) -> str:
    return gid("Person", person)


def report(
    client: TestClient,
    c: Cast,
    category: str = "ENVIRONMENT_SANITATION",
    who: dict[str, str] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A report by the cast's resident (or by `who`)."""
    fields = {"category": category, "title": "楼道堆放杂物", "buildingId": c.building}
    return ok(client, "reportEvent", who or c.token(c.reporter), **(fields | extra))


def history(client: TestClient, event: str) -> list[dict[str, Any]]:
    found = data(client, HISTORY, id=event)["node"]["history"]["edges"]
    return [e["node"] for e in found]


async def test_report_to_close_through_every_handling_step(scratch_client: TestClient, cast: Cast) -> None:
    c = cast
    made = report(scratch_client, c, description="纸箱堆满楼道", photos=["https://img.example/1.jpg"], source="PATROL")
    event = made["event"]
    assert (event["status"], event["light"], event["photos"]) == ("REPORTED", "GREEN", ["https://img.example/1.jpg"])
    assert (event["grid"]["dbId"], event["reporter"]["dbId"]) == (c.grid, c.reporter)
    assert made["step"] == {
        **made["step"],
        "action": "report",
        "fromStatus": None,
        "toStatus": "REPORTED",
        "actorId": c.reporter,
    }
    eid, staff, handler = event["id"], c.token(c.staff), c.token(c.handler)

    def go(field: str, actor: dict[str, str], **extra: Any) -> dict[str, Any]:
        return ok(scratch_client, field, actor, eventId=eid, **extra)

    assert go("verifyEvent", staff)["event"]["status"] == "VERIFIED"
    assigned = go("assignEvent", staff, handlerId=p(c.handler))
    assert (assigned["event"]["status"], assigned["event"]["handlerPerson"]) == ("ASSIGNED", {"dbId": c.handler})
    assert assigned["step"]["subjectId"] == c.handler
    assert go("startEvent", handler)["event"]["status"] == "IN_PROGRESS"
    no_reason = refused(scratch_client, "holdEvent", handler, eventId=eid)
    assert no_reason["extensions"] == {"code": "BAD_USER_INPUT", "argument": "note"}
    held = go("holdEvent", handler, note="等待物业配合")
    assert (held["event"]["status"], held["event"]["holdReason"]) == ("ON_HOLD", "等待物业配合")
    resumed = go("resumeEvent", handler)
    assert (resumed["event"]["status"], resumed["event"]["holdReason"]) == ("IN_PROGRESS", None)
    escalated = go("escalateEvent", handler, note="需城管执法")
    assert (escalated["event"]["status"], escalated["event"]["escalationLevel"]) == ("ESCALATED", 1)
    to_dept = go("assignEvent", staff, handlerId=gid("Department", c.department))
    assert to_dept["event"]["handlerDepartment"] == {"dbId": c.department}
    assert to_dept["event"]["handlerPerson"] is None
    # A department has no login: a grid worker of the community records its steps.
    assert go("startEvent", staff)["event"]["status"] == "IN_PROGRESS"
    no_evidence = refused(scratch_client, "resolveEvent", staff, eventId=eid)
    assert no_evidence["extensions"]["argument"] == "evidence"
    resolved = go("resolveEvent", staff, evidence="已清理", evidenceUrls=["https://img.example/after.jpg"])
    assert (resolved["event"]["status"], resolved["event"]["resolution"]) == ("RESOLVED", "已清理")
    assert resolved["event"]["resolvedAt"] is not None
    assert go("reviewEvent", c.token(c.reviewer))["event"]["status"] == "REVIEWED"
    rated = go("rateEvent", c.token(c.reporter), rating=5, comment="很及时")
    assert (rated["event"]["status"], rated["event"]["rating"], rated["event"]["ratingComment"]) == (
        "REVIEWED",
        5,
        "很及时",
    )
    closed = go("closeEvent", staff)
    assert (closed["event"]["status"], closed["event"]["light"]) == ("CLOSED", None)
    assert closed["event"]["closedAt"] is not None

    steps = history(scratch_client, eid)
    assert [(s["action"], s["fromStatus"], s["toStatus"]) for s in steps] == [
        ("report", None, "REPORTED"),
        ("verify", "REPORTED", "VERIFIED"),
        ("assign", "VERIFIED", "ASSIGNED"),
        ("start", "ASSIGNED", "IN_PROGRESS"),
        ("hold", "IN_PROGRESS", "ON_HOLD"),
        ("resume", "ON_HOLD", "IN_PROGRESS"),
        ("escalate", "IN_PROGRESS", "ESCALATED"),
        ("assign", "ESCALATED", "ASSIGNED"),
        ("start", "ASSIGNED", "IN_PROGRESS"),
        ("resolve", "IN_PROGRESS", "RESOLVED"),
        ("review", "RESOLVED", "REVIEWED"),
        ("rate", "REVIEWED", "REVIEWED"),
        ("close", "REVIEWED", "CLOSED"),
    ]
    assert [s["actorId"] for s in steps][:6] == [c.reporter, c.staff, c.staff, c.handler, c.handler, c.handler]
    assert [s["actorId"] for s in steps][10:] == [c.reviewer, c.reporter, c.staff]
    assert [s["version"] for s in steps] == list(range(1, 14))
    assert [s["note"] for s in steps][4:7] == ["等待物业配合", None, "需城管执法"]
    times = [datetime.fromisoformat(s["at"]) for s in steps]
    assert times == sorted(times) and times[-1] - times[0] < timedelta(minutes=5)


async def test_invalid_steps_are_refused_naming_the_state_and_the_actor(scratch_client: TestClient, cast: Cast) -> None:
    c = cast
    eid = report(scratch_client, c)["event"]["id"]
    early = refused(scratch_client, "startEvent", c.token(c.staff), eventId=eid)
    assert early["extensions"] == {"code": "BAD_USER_INPUT", "argument": "eventId"}
    assert "REPORTED" in early["message"]
    by_reporter = refused(scratch_client, "verifyEvent", c.token(c.reporter), eventId=eid)
    assert by_reporter["extensions"] == {"code": "FORBIDDEN"}
    assert by_reporter["message"] == (
        "you may not verify this event: only a grid worker of its community or an administrator may"
    )
    # A grid worker of the community whose token lacks the role acts as a resident.
    as_resident = refused(scratch_client, "verifyEvent", bearer(c.staff, "resident"), eventId=eid)
    assert as_resident["extensions"] == {"code": "FORBIDDEN"}
    unlinked = refused(scratch_client, "verifyEvent", bearer("jf-p-nobody", "admin"), eventId=eid)
    assert (unlinked["extensions"], unlinked["message"]) == (
        {"code": "FORBIDDEN"},
        "your account is not linked to a person of this community",
    )
    unknown = refused(scratch_client, "verifyEvent", c.token(c.staff), eventId=gid("Event", "jf-e-none"))
    assert unknown["extensions"]["code"] == "NOT_FOUND"
    assert refused(scratch_client, "invalidateEvent", c.token(c.staff), eventId=eid)["extensions"]["argument"] == "note"
    invalid = ok(scratch_client, "invalidateEvent", c.token(c.staff), eventId=eid, note="重复上报的广告")
    assert (invalid["event"]["status"], invalid["event"]["light"]) == ("INVALID", None)
    after = refused(scratch_client, "verifyEvent", c.token(c.staff), eventId=eid)
    assert "INVALID" in after["message"]
    assert refused(scratch_client, "reportEvent", c.token(c.reporter), category="NOPE", title="x", gridId=c.grid)[
        "extensions"
    ] == {"code": "BAD_USER_INPUT", "argument": "category"}


async def test_duplicates_are_suggested_on_report_and_marked(scratch_client: TestClient, cast: Cast) -> None:
    c = cast
    first = report(scratch_client, c, "FIRE_SAFETY", title="消防通道被占用")["event"]
    elsewhere = report(scratch_client, c, "FIRE_SAFETY", title="消防通道又被占用", buildingId=c.other_building)
    second = report(scratch_client, c, "FIRE_SAFETY", title="消防通道被车辆占用")
    suggested = [d["dbId"] for d in second["possibleDuplicates"]]
    # The same building comes before the rest of the grid.
    assert suggested[0] == first["dbId"]
    assert elsewhere["event"]["dbId"] in suggested
    other_category = report(scratch_client, c, "SOCIAL_SECURITY", title="低保咨询")
    assert first["dbId"] not in [d["dbId"] for d in other_category["possibleDuplicates"]]

    sid = second["event"]["id"]
    marked = ok(scratch_client, "markEventDuplicate", c.token(c.staff), eventId=sid, duplicateOfId=first["id"])
    assert (marked["event"]["status"], marked["event"]["duplicateOf"]) == ("DUPLICATE", {"dbId": first["dbId"]})
    assert marked["step"]["subjectId"] == first["dbId"]
    chained = refused(
        scratch_client, "markEventDuplicate", c.token(c.staff), eventId=elsewhere["event"]["id"], duplicateOfId=sid
    )
    assert chained["extensions"]["argument"] == "duplicateOfId" and first["dbId"] in chained["message"]
    later = report(scratch_client, c, "FIRE_SAFETY", title="消防通道")
    assert sid not in [d["dbId"] for d in later["possibleDuplicates"]]  # closed as duplicate: no longer open


async def test_the_handler_asks_for_reassignment(scratch_client: TestClient, cast: Cast) -> None:
    c = cast
    eid = report(scratch_client, c)["event"]["id"]
    ok(scratch_client, "verifyEvent", c.token(c.staff), eventId=eid)
    ok(scratch_client, "assignEvent", c.token(c.staff), eventId=eid, handlerId=p(c.handler))
    again = refused(scratch_client, "assignEvent", c.token(c.staff), eventId=eid, handlerId=p(c.handler))
    assert again["extensions"]["argument"] == "handlerId"
    stranger = refused(scratch_client, "requestEventReassignment", c.token(c.reporter), eventId=eid, note="不是我")
    assert stranger["extensions"] == {"code": "FORBIDDEN"}
    asked = ok(scratch_client, "requestEventReassignment", c.token(c.handler), eventId=eid, note="不属于网格职责")
    assert asked["event"]["status"] == "REASSIGNMENT_REQUESTED"
    to_unit = ok(scratch_client, "assignEvent", c.token(c.staff), eventId=eid, handlerId=gid("Unit", c.unit))
    assert to_unit["event"]["status"] == "ASSIGNED"
    assert (to_unit["event"]["handlerUnit"], to_unit["event"]["handlerPerson"]) == ({"dbId": c.unit}, None)
    nobody = refused(scratch_client, "assignEvent", c.token(c.staff), eventId=eid, handlerId=p(c.reporter))
    assert nobody["extensions"]["code"] == "NOT_FOUND"  # a resident who is no grid worker cannot handle
    # The unit's contact (by token) handles what is assigned to the unit; another unit's contact may not.
    other = refused(scratch_client, "startEvent", bearer(c.reporter, "unit_contact", unit="jf-u-none"), eventId=eid)
    assert other["extensions"] == {"code": "FORBIDDEN"}
    started = ok(scratch_client, "startEvent", bearer(c.reporter, "unit_contact", unit=c.unit), eventId=eid)
    assert started["event"]["status"] == "IN_PROGRESS"


async def test_rework_and_reopen_within_the_window_only(
    scratch_client: TestClient, scratch_demo: Graph, cast: Cast
) -> None:
    c = cast
    staff, handler, reviewer = c.token(c.staff), c.token(c.handler), c.token(c.reviewer)

    def to_resolved() -> str:
        eid: str = report(scratch_client, c)["event"]["id"]
        ok(scratch_client, "verifyEvent", staff, eventId=eid)
        ok(scratch_client, "assignEvent", staff, eventId=eid, handlerId=p(c.handler))
        ok(scratch_client, "startEvent", handler, eventId=eid)
        ok(scratch_client, "resolveEvent", handler, eventId=eid, evidence="已处理")
        return eid

    eid = to_resolved()
    rework = ok(scratch_client, "reworkEvent", reviewer, eventId=eid, note="还有残留")
    assert (rework["event"]["status"], rework["event"]["resolvedAt"]) == ("IN_PROGRESS", None)
    ok(scratch_client, "resolveEvent", handler, eventId=eid, evidenceUrls=["https://img.example/2.jpg"])
    own = refused(scratch_client, "reviewEvent", handler, eventId=eid)
    assert own["extensions"] == {"code": "FORBIDDEN"} and "their own work" in own["message"]
    ok(scratch_client, "reviewEvent", reviewer, eventId=eid)
    ok(scratch_client, "rateEvent", c.token(c.reporter), eventId=eid, rating=2)
    ok(scratch_client, "closeEvent", staff, eventId=eid)
    by_staff = refused(scratch_client, "reopenEvent", staff, eventId=eid, note="再看看")
    assert by_staff["extensions"] == {"code": "FORBIDDEN"}
    reopened = ok(scratch_client, "reopenEvent", c.token(c.reporter), eventId=eid, note="又堆上了")
    assert reopened["event"]["status"] == "REOPENED"
    assert (reopened["event"]["reopenCount"], reopened["event"]["rating"], reopened["event"]["closedAt"]) == (
        1,
        None,
        None,
    )
    assert ok(scratch_client, "assignEvent", staff, eventId=eid, handlerId=p(c.handler))["event"]["status"] == (
        "ASSIGNED"
    )

    late = to_resolved()
    ok(scratch_client, "reviewEvent", reviewer, eventId=late)
    ok(scratch_client, "closeEvent", staff, eventId=late)
    await scratch_demo.write(
        "MATCH (e:Event {id: $id}) SET e.closedAt = $at",
        id=_own(late),
        at=datetime.now(UTC) - timedelta(days=8),
    )
    too_late = refused(scratch_client, "reopenEvent", c.token(c.reporter), eventId=late, note="又坏了")
    assert too_late["extensions"] == {"code": "BAD_USER_INPUT", "argument": "eventId"}
    assert "7 days" in too_late["message"]


async def test_a_grid_worker_handles_a_small_event_on_the_spot(scratch_client: TestClient, cast: Cast) -> None:
    c = cast
    eid = report(scratch_client, c, who=c.token(c.staff), source="PATROL")["event"]["id"]
    elsewhere = refused(scratch_client, "selfHandleEvent", c.token(c.outsider), eventId=eid, evidence="清走了")
    assert elsewhere["extensions"] == {"code": "FORBIDDEN"}
    done = ok(scratch_client, "selfHandleEvent", c.token(c.staff), eventId=eid, evidence="现场清走了")
    event = done["event"]
    assert (event["status"], event["selfHandled"], event["handlerPerson"]) == ("CLOSED", True, {"dbId": c.staff})
    assert event["closedAt"] is not None and event["resolvedAt"] is not None
    assert [s["action"] for s in history(scratch_client, eid)] == ["report", "self_handle"]


async def test_an_administrator_adds_a_category(scratch_client: TestClient, cast: Cast) -> None:
    add = """mutation($input: AddEventCategoryInput!) { addEventCategory(input: $input) { code name verifyHours builtIn } }"""
    fields = {"code": "NOISE", "name": "噪声扰民", "verifyHours": 6, "assignHours": 12, "startHours": 12}
    fields |= {"resolveHours": 48, "holdHours": 72, "reviewHours": 24}
    created = data(scratch_client, add, input=fields)["addEventCategory"]
    assert created == {"code": "NOISE", "name": "噪声扰民", "verifyHours": 6.0, "builtIn": False}
    assert gql(scratch_client, add, input=fields)["errors"][0]["extensions"]["code"] == "CONFLICT"
    bad = gql(scratch_client, add, input=fields | {"code": "noise!"})["errors"][0]
    assert bad["extensions"] == {"code": "BAD_USER_INPUT", "argument": "code"}
    listed = data(scratch_client, "{ eventCategories(first: 100) { edges { node { code builtIn } } } }")
    built_in = {e["node"]["code"]: e["node"]["builtIn"] for e in listed["eventCategories"]["edges"]}
    assert built_in == {
        "DISPUTE": True,
        "ENVIRONMENT_SANITATION": True,
        "FIRE_SAFETY": True,
        "SOCIAL_SECURITY": True,
        "NOISE": False,
    }
    event = report(scratch_client, cast, "NOISE", title="夜间施工噪音")["event"]
    started, due = datetime.fromisoformat(event["stageStartedAt"]), datetime.fromisoformat(event["stageDueAt"])
    assert (event["category"], due - started) == ("NOISE", timedelta(hours=6))


async def test_traffic_lights_and_the_overdue_filter(
    scratch_client: TestClient, scratch_demo: Graph, cast: Cast
) -> None:
    c = cast
    ids = [_own(report(scratch_client, c, "DISPUTE", title=f"纠纷{i}")["event"]["id"]) for i in range(3)]
    now = datetime.now(UTC)
    limit = timedelta(hours=24)
    # Stage clocks started 10 %, 90 % and 150 % of the limit ago: green, yellow, red.
    for event_id, share in zip(ids, (0.1, 0.9, 1.5), strict=True):
        start = now - limit * share
        await scratch_demo.write(
            "MATCH (e:Event {id: $id}) SET e.stageStartedAt = $s, e.stageWarnAt = $w, e.stageDueAt = $d",
            id=event_id,
            s=start,
            w=start + limit * 0.8,
            d=start + limit,
        )
    q = """query($where: EventWhere) { events(where: $where, first: 100) { edges { node { dbId light } } } }"""

    def found(**where: Any) -> dict[str, str]:
        where |= {"id": {"in": ids}}
        return {e["node"]["dbId"]: e["node"]["light"] for e in data(scratch_client, q, where=where)["events"]["edges"]}

    assert found() == dict(zip(ids, ("GREEN", "YELLOW", "RED"), strict=True))
    assert found(light={"eq": "RED"}) == {ids[2]: "RED"}
    assert found(light={"in": ["GREEN", "YELLOW"]}) == {ids[0]: "GREEN", ids[1]: "YELLOW"}
    assert found(overdue=True) == {ids[2]: "RED"}
    assert set(found(overdue=False)) == set(ids[:2])
    assert set(found(OR=[{"light": {"eq": "GREEN"}}, {"overdue": True}])) == {ids[0], ids[2]}
    closed = data(scratch_client, q, where={"status": {"eq": "CLOSED"}, "light": {"in": ["GREEN", "YELLOW", "RED"]}})
    assert closed["events"]["edges"] == []  # nothing is due on a closed event


async def test_idempotency_keys_replay(scratch_client: TestClient, cast: Cast) -> None:
    c = cast
    first = report(scratch_client, c, idempotencyKey="ev-report-1")
    again = report(scratch_client, c, idempotencyKey="ev-report-1")
    assert (first["replayed"], again["replayed"]) == (False, True)
    assert again["event"]["id"] == first["event"]["id"] and again["step"]["id"] == first["step"]["id"]
    eid = first["event"]["id"]
    step = {"eventId": eid, "idempotencyKey": "ev-verify-1"}
    staff = c.token(c.staff)
    verified, replay = (
        ok(scratch_client, "verifyEvent", staff, **step),
        ok(scratch_client, "verifyEvent", staff, **step),
    )
    assert (verified["replayed"], replay["replayed"], replay["step"]["id"]) == (False, True, verified["step"]["id"])
    assert [s["action"] for s in history(scratch_client, eid)] == ["report", "verify"]
    misuse = refused(
        scratch_client, "invalidateEvent", c.token(c.staff), eventId=eid, note="x", idempotencyKey="ev-verify-1"
    )
    assert misuse["extensions"] == {"code": "BAD_USER_INPUT", "argument": "idempotencyKey"}


async def test_twenty_concurrent_starts_one_wins(scratch_client: TestClient, scratch_demo: Graph, cast: Cast) -> None:
    c = cast
    eid = _own(report(scratch_client, c)["event"]["id"])
    ok(scratch_client, "verifyEvent", c.token(c.staff), eventId=eid)
    ok(scratch_client, "assignEvent", c.token(c.staff), eventId=eid, handlerId=p(c.handler))

    async def start(i: int) -> str:
        try:
            await events.step(scratch_demo, events.Step("start", eid, c.handler if i % 2 else c.staff))
        except InvalidInput as exc:
            assert "IN_PROGRESS" in str(exc)
            return "refused"
        return "started"

    outcomes = await asyncio.gather(*(start(i) for i in range(20)))
    assert sorted(outcomes).count("started") == 1 and outcomes.count("refused") == 19
    steps = await events.history(scratch_demo, eid)
    assert [s.get("action") for s in steps] == ["report", "verify", "assign", "start"]
    assert [s.get("version") for s in steps] == [1, 2, 3, 4]


async def test_a_reporter_is_offered_only_duplicates_they_may_see(scratch_client: TestClient, cast: Cast) -> None:
    c = cast
    first = report(scratch_client, c, "DISPUTE", title="邻里噪音纠纷")["event"]
    # Someone else reporting as a resident must not learn of a neighbour's report; a grid worker of the grid does.
    stranger = report(scratch_client, c, "DISPUTE", who=bearer(c.outsider, "resident"), title="楼上噪音")
    assert first["dbId"] not in [d["dbId"] for d in stranger["possibleDuplicates"]]
    staff = report(scratch_client, c, "DISPUTE", who=c.token(c.staff), title="噪音扰民")
    assert first["dbId"] in [d["dbId"] for d in staff["possibleDuplicates"]]
