"""Residents' council meetings (居民议事会, monthly): scheduling, and who attended, people and organisations."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Forbidden, NotFound
from graph.council.flow import MEETINGS
from graph.workflow import Actor, Change, StepResult, Target, run, text

# Staff of a community: an administrator, or a grid worker (by token and by graph) of one of its grids.
COMMUNITY_STAFF = """
MATCH (c:Community {id: $communityId})
OPTIONAL MATCH (a:Person {id: $actorId})
RETURN a IS NOT NULL AS actorFound,
       ($admin OR ($gridWorker AND a IS NOT NULL AND a:GridWorker
                   AND EXISTS { (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c) })) AS isStaff
"""

SCHEDULE = """
MATCH (c:Community {id: $communityId})
CREATE (m:CouncilMeeting {id: $id, title: $title, heldOn: $heldOn, place: $place})-[:IN_COMMUNITY]->(c)
RETURN m.id AS id
"""

LOCK_MEETING = """
MATCH (m:CouncilMeeting {id: $meetingId})
SET m._lock = true
REMOVE m._lock
WITH m
OPTIONAL MATCH (m)-[:IN_COMMUNITY]->(c:Community)
OPTIONAL MATCH (a:Person {id: $actorId})
RETURN m.id AS id, a IS NOT NULL AS actorFound,
       ($admin OR ($gridWorker AND a IS NOT NULL AND a:GridWorker
                   AND EXISTS { (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c) })) AS isStaff,
       [x IN $personIds WHERE NOT EXISTS { MATCH (:Person {id: x}) }] AS unknownPeople,
       [x IN $organizationIds WHERE NOT EXISTS { MATCH (:Organization {id: x}) }] AS unknownOrganizations
"""

ATTEND = """
MATCH (m:CouncilMeeting {id: $id})
CALL (m) { UNWIND $personIds AS x MATCH (p:Person {id: x}) MERGE (p)-[:ATTENDED]->(m) }
CALL (m) { UNWIND $organizationIds AS x MATCH (o:Organization {id: x}) MERGE (o)-[:ATTENDED]->(m) }
RETURN m.id AS id
"""


def _staff_only(ctx: Row, what: str) -> None:
    if not ctx["isStaff"]:
        raise Forbidden(f"you may not {what}: only a grid worker of this community or an administrator may")


async def schedule_meeting(
    graph: Graph,
    actor: Actor,
    community_id: str,
    title: str,
    held_on: date,
    place: str | None = None,
    key: str | None = None,
) -> StepResult:
    """A council meeting of the community on a date (usually monthly)."""
    title = text(title, "title", "a meeting's title")

    async def read(tx: Tx) -> Row:
        rows = await tx.run(COMMUNITY_STAFF, communityId=community_id, **actor.params())
        if not rows:
            raise NotFound(f"no community {community_id!r}", "communityId")
        return rows[0]

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        _staff_only(ctx, "schedule a council meeting of this community")
        return {"id": f"{community_id}-cm-{uuid.uuid4().hex[:12]}"}

    params = {"communityId": community_id, "title": title, "heldOn": held_on, "place": place}
    request = {"action": "scheduleMeeting", "communityId": community_id, "title": title, "heldOn": held_on}
    change = Change("schedule", actor, read, SCHEDULE, params, rules, key, request)
    return await run(graph, MEETINGS, change)


async def record_attendance(
    graph: Graph,
    actor: Actor,
    meeting_id: str,
    person_ids: list[str],
    organization_ids: list[str],
    key: str | None = None,
) -> StepResult:
    """Who attended (residents, deputies) and which organisations took part; recording twice changes nothing."""
    people, bodies = sorted(set(person_ids)), sorted(set(organization_ids))
    params = {"personIds": people, "organizationIds": bodies}

    async def read(tx: Tx) -> Row:
        rows = await tx.run(LOCK_MEETING, meetingId=meeting_id, **params, **actor.params())
        if not rows:
            raise NotFound(f"no council meeting {meeting_id!r}", "meetingId")
        return rows[0]

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        _staff_only(ctx, "record attendance of this council meeting")
        if ctx["unknownPeople"]:
            raise NotFound(f"no person {', '.join(ctx['unknownPeople'])}", "personIds")
        if ctx["unknownOrganizations"]:
            raise NotFound(f"no organization {', '.join(ctx['unknownOrganizations'])}", "organizationIds")
        return {}

    request = {"action": "recordAttendance", "meetingId": meeting_id, "people": people, "organizations": bodies}
    targets = tuple(Target(("Person",), p, "personIds", f"no person {p}") for p in people)
    change = Change("attend", actor, read, ATTEND, params, rules, key, request, targets=targets)
    return await run(graph, MEETINGS, change)
