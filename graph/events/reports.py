"""The event lifecycle (一事一报): report with duplicate suggestions, every handling step, categories, history."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from graph.core.db import Graph, Tx
from graph.core.errors import Forbidden, InvalidInput, NotFound
from graph.core.migrations import category_row
from graph.core.model import EVENT_SOURCES
from graph.core.records import NodeRecord
from graph.events import cypher as q
from graph.events import states as sm
from graph.events.handling import DEFAULT_REOPEN_DAYS, EventResult, Step, check_urls, history, result, stage, step
from graph.workflow.idempotency import once
from graph.workflow.steps import NOT_LINKED

__all__ = [
    "DEFAULT_REOPEN_DAYS",
    "EventResult",
    "Step",
    "add_category",
    "add_department",
    "history",
    "report",
    "step",
]

MAX_SUGGESTIONS = 10
CODE = re.compile(r"^[A-Z][A-Z0-9_]{1,39}$")


async def add_category(graph: Graph, *, code: str, name: str, limits: Mapping[str, float]) -> NodeRecord:
    """An administrator's new category; every stage limit is required and positive. A taken code is a Conflict."""
    if not CODE.match(code):
        raise InvalidInput("code is 2-40 capital letters, digits or underscores, starting with a letter", "code")
    if not name.strip():
        raise InvalidInput("a category needs a name", "name")
    missing = [limit for limit in sm.LIMITS if limits.get(limit) is None]
    if missing:
        raise InvalidInput(f"missing limits: {', '.join(missing)}", "limits")
    if any(limits[limit] <= 0 for limit in sm.LIMITS):
        raise InvalidInput("every limit must be more than 0 hours", "limits")
    row = category_row(code, name.strip(), [limits[limit] for limit in sm.LIMITS], False)
    limit_values = {k: v for k, v in row.items() if k in sm.LIMITS}
    rows = await graph.write(q.ADD_CATEGORY, id=row["id"], code=code, name=row["name"], limits=limit_values)
    return NodeRecord("EventCategory", row["id"], rows[0]["category"])


async def add_department(graph: Graph, *, community_id: str, name: str, phone: str | None = None) -> NodeRecord:
    """A government department or service that events can be assigned to (城管, 消防, 民政 …)."""
    if not name.strip():
        raise InvalidInput("a department needs a name", "name")
    dept_id = f"{community_id}-dept-{uuid.uuid4().hex[:10]}"
    rows = await graph.write(q.ADD_DEPARTMENT, communityId=community_id, id=dept_id, name=name.strip(), phone=phone)
    if not rows:
        raise NotFound(f"no community {community_id!r}", "communityId")
    return NodeRecord("Department", dept_id, rows[0]["department"])


async def report(
    graph: Graph,
    *,
    reporter_id: str,
    category: str,
    title: str,
    description: str = "",
    source: str = "RESIDENT",
    grid_id: str | None = None,
    building_id: str | None = None,
    photos: Sequence[str] = (),
    urgent: bool = False,
    idempotency_key: str | None = None,
    now: datetime | None = None,
) -> EventResult:
    """A REPORTED event in a grid (and building), with open events of its category nearby as possible duplicates.

    The reporter is the acting person: one the graph does not hold is Forbidden.
    """
    if not title.strip():
        raise InvalidInput("an event needs a title", "title")
    if source not in EVENT_SOURCES:
        raise InvalidInput(f"source is one of {', '.join(EVENT_SOURCES)}", "source")
    if grid_id is None and building_id is None:
        raise InvalidInput("name the grid or the building", "gridId")
    check_urls(photos, "photos")
    at = now or datetime.now(UTC)
    request = {"action": "report", "reporter": reporter_id, "title": title, "grid": grid_id, "building": building_id}

    async def work(tx: Tx) -> dict[str, Any]:
        ctx = (
            await tx.run(
                q.REPORT_CONTEXT, reporterId=reporter_id, buildingId=building_id, gridId=grid_id, category=category
            )
        )[0]
        if not ctx["reporterFound"]:
            raise Forbidden(NOT_LINKED)
        if building_id is not None and not ctx["buildingFound"]:
            raise NotFound(f"no building {building_id!r} in a grid", "buildingId")
        if ctx["gridId"] is None:
            raise NotFound(f"no grid {grid_id!r}", "gridId")
        if building_id is not None and ctx["buildingGridId"] != ctx["gridId"]:
            raise InvalidInput(f"building {building_id} is not in grid {grid_id}", "buildingId")
        if ctx["category"] is None:
            raise InvalidInput(f"unknown event category {category!r}", "category")
        prefix = f"{ctx['communityId']}-" if ctx["communityId"] else ""
        event_id = f"{prefix}e-{uuid.uuid4().hex[:12]}"
        suggested = await tx.run(
            q.SUGGEST_DUPLICATES,
            category=category,
            gridId=ctx["gridId"],
            buildingId=building_id,
            eventId=event_id,
            open=sorted(sm.OPEN),
            limit=MAX_SUGGESTIONS,
        )
        fields = {
            "title": title.strip(),
            "description": description,
            "category": category,
            "source": source,
            "urgent": urgent,
            "photos": list(photos),
            "reportedAt": at,
            "escalationLevel": 0,
            "reopenCount": 0,
        } | stage("REPORTED", ctx["category"], at)
        common = {"action": "report", "fromStatus": None, "toStatus": "REPORTED", "subjectId": None, "note": None}
        rows = await tx.run(
            q.REPORT,
            reporterId=reporter_id,
            gridId=ctx["gridId"],
            buildingId=building_id,
            eventId=event_id,
            fields=fields,
            actorId=reporter_id,
            now=at,
            **common,
        )
        return {"eventId": rows[0]["eventId"], "stepId": rows[0]["stepId"], "duplicates": [r["id"] for r in suggested]}

    done, replayed = await once(graph, idempotency_key, request, work)
    return await result(graph, done, replayed)
