"""Residents' council meetings (居民议事会, monthly): scheduling, and who attended, people and organisations."""

from __future__ import annotations

import uuid
from datetime import date

from graph.core.db import Graph, Row, Tx
from graph.core.errors import NotFound
from graph.council import cypher as q
from graph.workflow.steps import GRAPH, Authority, StepResult, actor_checked, run_step, text

# A meeting's changes write no history entry: the step slot holds nothing.
MEETING_LABELS = ("CouncilMeeting", "CouncilMeeting")


async def schedule_meeting(
    graph: Graph,
    *,
    community_id: str,
    title: str,
    held_on: date,
    actor_id: str,
    place: str | None = None,
    idempotency_key: str | None = None,
    authority: Authority = GRAPH,
) -> StepResult:
    """A council meeting of the community on a date (usually monthly)."""
    title = text(title, "title", "a meeting's title")

    async def work(tx: Tx) -> Row:
        rows = await tx.run(
            q.COMMUNITY_CONTEXT, communityId=community_id, actorId=actor_id, eventIds=[], **authority.params()
        )
        if not rows:
            raise NotFound(f"no community {community_id!r}", "communityId")
        actor_checked(rows[0], "schedule a council meeting of this community")
        meeting_id = f"{community_id}-cm-{uuid.uuid4().hex[:12]}"
        found = await tx.run(
            q.SCHEDULE, communityId=community_id, meetingId=meeting_id, title=title, heldOn=held_on, place=place
        )
        return found[0]

    request = {"action": "scheduleMeeting", "communityId": community_id, "title": title, "heldOn": held_on}
    return await run_step(graph, idempotency_key, request, work, q.FETCH_MEETING, MEETING_LABELS)


async def record_attendance(
    graph: Graph,
    *,
    meeting_id: str,
    person_ids: list[str],
    organization_ids: list[str],
    actor_id: str,
    idempotency_key: str | None = None,
    authority: Authority = GRAPH,
) -> StepResult:
    """Who attended (residents, deputies) and which organisations took part; recording twice changes nothing."""
    people, bodies = sorted(set(person_ids)), sorted(set(organization_ids))

    async def work(tx: Tx) -> Row:
        params = {"meetingId": meeting_id, "personIds": people, "organizationIds": bodies}
        rows = await tx.run(q.LOCK_MEETING, actorId=actor_id, **params, **authority.params())
        if not rows:
            raise NotFound(f"no council meeting {meeting_id!r}", "meetingId")
        ctx = rows[0]
        actor_checked(ctx, "record attendance of this council meeting")
        if ctx["unknownPeople"]:
            raise NotFound(f"no person {', '.join(ctx['unknownPeople'])}", "personIds")
        if ctx["unknownOrganizations"]:
            raise NotFound(f"no organization {', '.join(ctx['unknownOrganizations'])}", "organizationIds")
        return (await tx.run(q.ATTEND, **params))[0]

    request = {"action": "recordAttendance", "meetingId": meeting_id, "people": people, "organizations": bodies}
    return await run_step(graph, idempotency_key, request, work, q.FETCH_MEETING, MEETING_LABELS)
