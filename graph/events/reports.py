"""Reporting an event (一事一报): where and what, the SLA clock it starts, and open events it may repeat."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from graph.core.db import Graph, Row, Tx
from graph.core.errors import InvalidInput, NotFound
from graph.core.model import EVENT_SOURCES
from graph.core.records import NodeRecord
from graph.events.flow import FLOW, OPEN
from graph.events.handling import check_urls
from graph.events.sla import stage_clock
from graph.workflow import Actor, Change, StepResult, run

MAX_SUGGESTIONS = 10

# Everything a report needs to know, read before anything is written: who, where, which category.
REPORT_CONTEXT = """
OPTIONAL MATCH (r:Person {id: $reporterId})
OPTIONAL MATCH (b:Building {id: $buildingId})-[:IN_GRID]->(bg:Grid)
OPTIONAL MATCH (g:Grid {id: coalesce($gridId, bg.id)})
OPTIONAL MATCH (g)-[:IN_COMMUNITY]->(c:Community)
OPTIONAL MATCH (k:EventCategory {code: $category})
RETURN r IS NOT NULL AS actorFound, b IS NOT NULL AS buildingFound, bg.id AS buildingGridId,
       g.id AS gridId, c.id AS communityId, k {.*} AS category,
       COLLECT { MATCH (x:EventCategory) RETURN x.code ORDER BY x.code } AS knownCategories
LIMIT 1
"""

# Open events of the same category in the grid, the same building first: what the new report may repeat.
SUGGEST_DUPLICATES = """
MATCH (o:Event {category: $category})-[:IN_GRID]->(:Grid {id: $gridId})
WHERE o.status IN $open
WITH o, $buildingId IS NOT NULL AND EXISTS { (o)-[:AT_BUILDING]->(:Building {id: $buildingId}) } AS sameBuilding
ORDER BY sameBuilding DESC, o.reportedAt DESC, o.id
LIMIT $limit
RETURN o.id AS id
"""

REPORT = """
MATCH (r:Person {id: $reporterId}), (g:Grid {id: $gridId})
CREATE (r)-[:REPORTED]->(e:Event {id: $id, version: 1})-[:IN_GRID]->(g)
SET e += $fields
WITH e
CALL (e) { MATCH (b:Building {id: $buildingId}) CREATE (e)-[:AT_BUILDING]->(b) }
RETURN e.id AS id, $duplicates AS duplicates
"""

DUPLICATES = "MATCH (o:Event) WHERE o.id IN $ids RETURN o {.*} AS event"


async def report(
    graph: Graph,
    actor: Actor,
    *,
    category: str,
    title: str,
    description: str = "",
    source: str = "RESIDENT",
    grid_id: str | None = None,
    building_id: str | None = None,
    photos: Sequence[str] = (),
    urgent: bool = False,
    key: str | None = None,
    now: datetime | None = None,
) -> StepResult:
    """A REPORTED event in a grid (and building), with open events of its category nearby as possible duplicates.

    The reporter is the acting person: one the graph does not hold is Forbidden.
    """
    reporter_id = actor.person_id
    if not title.strip():
        raise InvalidInput("an event needs a title", "title")
    if source not in EVENT_SOURCES:
        raise InvalidInput(f"source is one of {', '.join(EVENT_SOURCES)}", "source")
    if grid_id is None and building_id is None:
        raise InvalidInput("name the grid or the building", "gridId")
    check_urls(photos, "photos")
    at = now or datetime.now(UTC)

    async def read(tx: Tx) -> Row:
        where = {"reporterId": reporter_id, "buildingId": building_id, "gridId": grid_id, "category": category}
        ctx = (await tx.run(REPORT_CONTEXT, **where))[0]
        suggested = []
        if ctx["gridId"] is not None and ctx["category"] is not None:
            params = {"gridId": ctx["gridId"], "buildingId": building_id, "category": category}
            suggested = await tx.run(SUGGEST_DUPLICATES, **params, open=sorted(OPEN), limit=MAX_SUGGESTIONS)
        return ctx | {"duplicates": [r["id"] for r in suggested]}

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        if building_id is not None and not ctx["buildingFound"]:
            raise NotFound(f"no building {building_id!r} in a grid", "buildingId")
        if ctx["gridId"] is None:
            raise NotFound(f"no grid {grid_id!r}", "gridId")
        if building_id is not None and ctx["buildingGridId"] != ctx["gridId"]:
            raise InvalidInput(f"building {building_id} is not in grid {grid_id}", "buildingId")
        if ctx["category"] is None:
            known = ", ".join(ctx["knownCategories"])
            raise InvalidInput(f"unknown event category {category!r}: one of {known}", "category")
        prefix = f"{ctx['communityId']}-" if ctx["communityId"] else ""
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
        } | stage_clock("REPORTED", ctx["category"], at)
        event_id = f"{prefix}e-{uuid.uuid4().hex[:12]}"
        return {"id": event_id, "gridId": ctx["gridId"], "fields": fields, "duplicates": ctx["duplicates"]}

    request = {"action": "report", "reporter": reporter_id, "title": title, "grid": grid_id, "building": building_id}
    params = {"reporterId": reporter_id, "buildingId": building_id}
    change = Change("report", actor, read, REPORT, params, rules, key, request, at=at)
    done = await run(graph, FLOW, change)
    return await _with_duplicates(graph, done)


async def _with_duplicates(graph: Graph, done: StepResult) -> StepResult:
    ids: list[str] = list(done.extra.get("duplicates") or [])
    if not ids:
        return done
    found = {r["event"]["id"]: r["event"] for r in await graph.read(DUPLICATES, ids=ids)}
    return replace(done, related=tuple(NodeRecord("Event", i, found[i]) for i in ids if i in found))
