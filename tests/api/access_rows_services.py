"""Rows of the mutation access matrix for special groups: needs, home visits, service items and activities."""

from __future__ import annotations

from graph import services
from graph.core.db import Graph
from graph.workflow import Actor
from tests.api.access_world import TODAY, Prepared, Row, World
from tests.api.gql import gid


async def record_need(g: Graph, w: World) -> Prepared:
    fields = {"personId": gid("Person", w.resident), "description": "需要助餐", "source": "HOME_VISIT"}
    return {"input": fields}, None


async def need_status(g: Graph, w: World) -> Prepared:
    made = await services.record_need(
        g, Actor(w.worker), person_id=w.resident, description="需要陪诊", source="HOME_VISIT"
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
        Actor(w.worker),
        community_id="jf",
        title="四点半课堂",
        kind="AFTER_SCHOOL_CLASS",
        held_on=TODAY,
        service_item_id=None,
    )
    fields = {"activityId": gid("ServiceActivity", made.node.id), "personIds": [gid("Person", w.resident)]}
    return {"input": fields}, made.node.id


SERVICE_ROWS: dict[str, Row] = {
    # Special groups: staff of the person's (group's, activity's) community.
    "recordNeed": Row(record_need, "R2", "W"),
    "setNeedStatus": Row(need_status, "R2", "W"),
    "recordHomeVisit": Row(home_visit, "R2", "W"),
    "addServiceItem": Row(service_item, "R", "W"),
    "recordServiceActivity": Row(service_activity, "R", "W"),
    "recordAttendance": Row(attendance, "R", "W"),
}
