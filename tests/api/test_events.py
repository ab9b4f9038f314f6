"""The event lifecycle through GraphQL on a scratch copy of the demo: every path and its history, refused steps,
reassignment, rework and reopening, handling on the spot (duplicates, categories, SLA lights, keys and races:
tests/api/test_events_triage_and_races.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.core.db import Graph
from graph.core.model import BUILT_IN_CATEGORIES
from tests.api.event_cast import Cast, _own, find_cast, history, ok, p, refused, report
from tests.api.gql import gid
from tests.auth import bearer


@pytest.fixture
async def cast(scratch_demo: Graph) -> Cast:
    return await find_cast(scratch_demo)


async def test_report_to_close_through_every_handling_step(scratch_client: TestClient, cast: Cast) -> None:
    c = cast
    made = report(scratch_client, c, description="纸箱堆满楼道", photos=["https://img.example/1.jpg"], source="PATROL")
    event = made["event"]
    assert (event["status"], event["light"], event["photos"]) == ("REPORTED", "GREEN", ["https://img.example/1.jpg"])
    assert (event["grid"]["dbId"], event["reporter"]["dbId"]) == (c.grid, c.reporter)
    assert made["step"] == {
        **made["step"],
        "action": "REPORT",
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
        ("REPORT", None, "REPORTED"),
        ("VERIFY", "REPORTED", "VERIFIED"),
        ("ASSIGN", "VERIFIED", "ASSIGNED"),
        ("START", "ASSIGNED", "IN_PROGRESS"),
        ("HOLD", "IN_PROGRESS", "ON_HOLD"),
        ("RESUME", "ON_HOLD", "IN_PROGRESS"),
        ("ESCALATE", "IN_PROGRESS", "ESCALATED"),
        ("ASSIGN", "ESCALATED", "ASSIGNED"),
        ("START", "ASSIGNED", "IN_PROGRESS"),
        ("RESOLVE", "IN_PROGRESS", "RESOLVED"),
        ("REVIEW", "RESOLVED", "REVIEWED"),
        ("RATE", "REVIEWED", "REVIEWED"),
        ("CLOSE", "REVIEWED", "CLOSED"),
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
    assert early["extensions"] == {
        "code": "INVALID_STATE",
        "argument": "eventId",
        "currentStatus": "REPORTED",
        "action": "START",
        "allowedActions": ["VERIFY", "INVALIDATE", "MARK_DUPLICATE", "SELF_HANDLE"],
    }
    assert "REPORTED" in early["message"]
    by_reporter = refused(scratch_client, "verifyEvent", c.token(c.reporter), eventId=eid)
    assert by_reporter["extensions"] == {"code": "FORBIDDEN"}
    assert by_reporter["message"] == (
        "you may not verify this event: only a grid worker of its community or an administrator may"
    )
    # A grid worker whose token lacks the role acts as a resident, who does not see another's event: it is missing.
    as_resident = refused(scratch_client, "verifyEvent", bearer(c.staff, "resident"), eventId=eid)
    assert as_resident["extensions"] == {"code": "NOT_FOUND", "argument": "eventId"}
    unlinked = refused(scratch_client, "verifyEvent", bearer("jf-p-nobody", "admin"), eventId=eid)
    assert (unlinked["extensions"], unlinked["message"]) == (
        {"code": "FORBIDDEN"},
        "your account is not linked to a person of this community",
    )
    unknown = refused(scratch_client, "verifyEvent", c.token(c.staff), eventId=gid("Event", "jf-e-none"))
    assert unknown["extensions"] == as_resident["extensions"]
    assert refused(scratch_client, "invalidateEvent", c.token(c.staff), eventId=eid)["extensions"]["argument"] == "note"
    invalid = ok(scratch_client, "invalidateEvent", c.token(c.staff), eventId=eid, note="重复上报的广告")
    assert (invalid["event"]["status"], invalid["event"]["light"]) == ("INVALID", None)
    after = refused(scratch_client, "verifyEvent", c.token(c.staff), eventId=eid)
    assert "INVALID" in after["message"]
    nope = refused(scratch_client, "reportEvent", c.token(c.reporter), category="NOPE", title="x", gridId=c.grid)
    assert nope["extensions"] == {"code": "BAD_USER_INPUT", "argument": "category"}
    # The refusal names the categories there are, so a client can correct itself.
    assert all(code in nope["message"] for code, _, _ in BUILT_IN_CATEGORIES)


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
    # A grid worker of another grid does not see the event: it is answered as a missing one is.
    elsewhere = refused(scratch_client, "selfHandleEvent", c.token(c.outsider), eventId=eid, evidence="清走了")
    assert elsewhere["extensions"] == {"code": "NOT_FOUND", "argument": "eventId"}
    done = ok(scratch_client, "selfHandleEvent", c.token(c.staff), eventId=eid, evidence="现场清走了")
    event = done["event"]
    assert (event["status"], event["selfHandled"], event["handlerPerson"]) == ("CLOSED", True, {"dbId": c.staff})
    assert event["closedAt"] is not None and event["resolvedAt"] is not None
    assert [s["action"] for s in history(scratch_client, eid)] == ["REPORT", "SELF_HANDLE"]
