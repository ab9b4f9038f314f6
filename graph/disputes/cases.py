"""Opening a dispute case (枫桥经验) from an event: one case per event, by staff of the event's community."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Conflict, NotFound
from graph.disputes.flow import FLOW
from graph.workflow import Actor, Change, StepResult, Target, run

# The event is locked first, so two requests cannot both open a case on it. Staff: an administrator ($admin), or a
# grid worker (by token, $gridWorker, and by graph) of the community the event happened in.
OPEN_CONTEXT = """
MATCH (e:Event {id: $eventId})
SET e._lock = true
REMOVE e._lock
WITH e
OPTIONAL MATCH (e)-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(c:Community)
OPTIONAL MATCH (a:Person {id: $actorId})
RETURN e.title AS title, e.description AS description, c.id AS communityId,
       head([(e)<-[:ARISES_FROM]-(d:Dispute) | d.id]) AS existing, a IS NOT NULL AS actorFound,
       $admin OR ($gridWorker AND a IS NOT NULL AND a:GridWorker AND EXISTS {
         MATCH (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(cc:Community)
         MATCH (e)-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(cc)
       }) AS isStaff
"""

OPEN = """
MATCH (e:Event {id: $eventId})
CREATE (d:Dispute {id: $id, title: $title, description: $description, status: $toStatus,
                   openedAt: datetime(), version: 1})-[:ARISES_FROM]->(e)
RETURN d.id AS id
"""


async def open_dispute(
    graph: Graph,
    actor: Actor,
    event_id: str,
    title: str | None = None,
    description: str | None = None,
    key: str | None = None,
) -> StepResult:
    """An OPEN case arising from an event (one case per event); the title defaults to the event's."""

    async def read(tx: Tx) -> Row:
        rows = await tx.run(OPEN_CONTEXT, eventId=event_id, **actor.params())
        if not rows:
            raise NotFound(f"no event {event_id!r}", "eventId")
        return rows[0]

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        if ctx["existing"] is not None:
            raise Conflict(f"event {event_id} already has dispute {ctx['existing']}")
        prefix = f"{ctx['communityId']}-" if ctx["communityId"] else ""
        return {
            "id": f"{prefix}dp-{uuid.uuid4().hex[:12]}",
            "title": (title or "").strip() or ctx["title"],
            "description": description if description is not None else ctx["description"],
        }

    request = {"action": "openDispute", "eventId": event_id, "actorId": actor.person_id}
    event = Target(("Event",), event_id, "eventId", f"no event {event_id!r}")
    change = Change("open", actor, read, OPEN, {"eventId": event_id}, rules, key, request, targets=(event,))
    return await run(graph, FLOW, change)
