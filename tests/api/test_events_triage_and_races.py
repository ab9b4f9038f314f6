"""Around the event lifecycle through GraphQL on a scratch copy of the demo: possible duplicates offered on report
(only those the reporter may see) and marked, a new category and its SLA clock, traffic lights and the overdue filter,
idempotency keys replaying, racing steps with one winner."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph import events
from graph.core.db import Graph
from graph.core.errors import InvalidInput
from graph.workflow import Actor
from tests.api.event_cast import Cast, _own, find_cast, history, ok, p, refused, report
from tests.api.gql import data, gql
from tests.auth import bearer


@pytest.fixture
async def cast(scratch_demo: Graph) -> Cast:
    return await find_cast(scratch_demo)


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
    assert [s["action"] for s in history(scratch_client, eid)] == ["REPORT", "VERIFY"]
    misuse = refused(
        scratch_client, "invalidateEvent", c.token(c.staff), eventId=eid, note="x", idempotencyKey="ev-verify-1"
    )
    assert misuse["extensions"] == {"code": "IDEMPOTENCY_KEY_REUSED", "argument": "idempotencyKey"}


async def test_twenty_concurrent_starts_one_wins(scratch_client: TestClient, scratch_demo: Graph, cast: Cast) -> None:
    c = cast
    eid = _own(report(scratch_client, c)["event"]["id"])
    ok(scratch_client, "verifyEvent", c.token(c.staff), eventId=eid)
    ok(scratch_client, "assignEvent", c.token(c.staff), eventId=eid, handlerId=p(c.handler))

    async def start(i: int) -> str:
        try:
            await events.step(scratch_demo, events.Step("start", eid, Actor(c.handler if i % 2 else c.staff)))
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
