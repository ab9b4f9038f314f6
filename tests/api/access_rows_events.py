"""Rows of the mutation access matrix for events and disputes: events handled up to a status, categories,
departments, disputes opened from an event and mediated."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph import disputes, events
from graph.core.db import Graph
from graph.workflow import Actor
from tests.api.access_world import TODAY, Prepare, Prepared, Row, World
from tests.api.gql import gid

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
        g, Actor(w.resident), category="ENVIRONMENT_SANITATION", title="楼道堆放杂物", grid_id=w.grid
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
            Actor(actors[who]),
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


async def held_event(g: Graph, w: World) -> Prepared:
    event_id = await event_in(g, w, "IN_PROGRESS")
    await events.step(g, events.Step("hold", event_id, Actor(w.handler), note="等待配合"))
    return {"input": {"eventId": gid("Event", event_id)}}, event_id


# Disputes ---------------------------------------------------------------------------------------------------------


async def dispute_in(g: Graph, w: World, mediating: bool) -> str:
    event_id = await event_in(g, w, "REPORTED")
    dispute_id = (await disputes.open_dispute(g, Actor(w.worker), event_id=event_id)).node.id
    if mediating:
        await disputes.add_party(g, Actor(w.worker), dispute_id=dispute_id, party_id=w.neighbour, role="APPLICANT")
        await disputes.assign_mediator(g, Actor(w.worker), dispute_id=dispute_id, mediator_id=w.studio)
    return dispute_id


def dispute_step(mediating: bool, sessions: int, fields: Callable[[World], dict[str, Any]]) -> Prepare:
    async def prepare(g: Graph, w: World) -> Prepared:
        dispute_id = await dispute_in(g, w, mediating)
        for _ in range(sessions):
            await disputes.record_session(
                g, Actor(w.worker), dispute_id=dispute_id, held_on=TODAY, notes="调解", attendees=[]
            )
        return {"input": {"disputeId": gid("Dispute", dispute_id), **fields(w)}}, dispute_id

    return prepare


async def open_dispute(g: Graph, w: World) -> Prepared:
    event_id = await event_in(g, w, "REPORTED")
    return {"input": {"eventId": gid("Event", event_id)}}, event_id


EVENT_ROWS: dict[str, Row] = {
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
}
