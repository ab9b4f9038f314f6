"""A resident's casework: needs on their needs list, and grid workers' home visits.

What these records say about a person is sensitive (PIPL Art. 28): nothing here logs it, error messages name
ids only, and idempotency keys store a digest of the free text instead of the text.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Forbidden, InvalidInput, NotFound
from graph.core.model import NEED_SOURCES, NEED_STATUSES
from graph.workflow import Actor, Change, Flow, StepResult, Target, run

NEEDS = Flow("Need", "needId")
VISITS = Flow("HomeVisit", "visitId")

# Who the actor is to the person a change is about: found, and staff of the person's community (an administrator,
# or a grid worker by token and by graph).
PERSON_CONTEXT = """
OPTIONAL MATCH (p:Person {id: $personId})
OPTIONAL MATCH (a:Person {id: $actorId})
OPTIONAL MATCH (w:Person {id: $workerId})
WITH p, a, w,
     COLLECT { MATCH (p)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)
                     -[:IN_COMMUNITY]->(c:Community) RETURN c.id AS id
               UNION
               MATCH (p)-[:IN_SPECIAL_GROUP]->(:SpecialGroup)-[:IN_COMMUNITY]->(c:Community) RETURN c.id AS id } AS cids
RETURN p IS NOT NULL AS personFound, a IS NOT NULL AS actorFound, w IS NOT NULL AS workerFound,
       cids[0] AS communityId,
       $admin OR coalesce($gridWorker AND a:GridWorker
                          AND EXISTS { MATCH (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c:Community)
                                       WHERE c.id IN cids }, false) AS isStaff,
       // The visiting worker works the grid the person lives in (grid workers' rights are their grids').
       coalesce(w:GridWorker AND EXISTS { (w)-[:WORKS_GRID]->(:Grid)<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-
                                          (:Household)<-[:IN_HOUSEHOLD]-(p) }, false) AS workerIsStaff
"""

NEED_PERSON = "MATCH (p:Person)-[:HAS_NEED]->(n:Need {id: $needId}) RETURN n.id AS id, p.id AS personId"

CREATE_NEED = """
MATCH (p:Person {id: $personId})
CREATE (p)-[:HAS_NEED]->(n:Need {id: $id, description: $description, source: $source, status: $status,
                                 recordedAt: datetime()})
RETURN n.id AS id
"""

SET_NEED_STATUS = "MATCH (n:Need {id: $id}) SET n.status = $status RETURN n.id AS id"

CREATE_VISIT = """
MATCH (p:Person {id: $personId}), (w:Person {id: $workerId})
CREATE (v:HomeVisit {id: $id, visitedOn: $visitedOn, notes: $notes})
CREATE (v)-[:BY]->(w), (v)-[:TO]->(p)
RETURN v.id AS id
"""


def digest(text: str | None) -> str | None:
    """What an idempotency key keeps of a free text: never the text."""
    return hashlib.sha256(text.encode()).hexdigest() if text else None


def new_id(community_id: str | None, kind: str) -> str:
    prefix = f"{community_id}-" if community_id else ""
    return f"{prefix}{kind}-{uuid.uuid4().hex[:12]}"


def one_of(value: str, allowed: tuple[str, ...], argument: str) -> None:
    if value not in allowed:
        raise InvalidInput(f"{argument} must be one of {', '.join(allowed)}", argument)


async def _person(tx: Tx, person_id: str, actor: Actor, worker_id: str | None = None) -> Row:
    return (await tx.run(PERSON_CONTEXT, personId=person_id, workerId=worker_id, **actor.params()))[0]


def _person_target(person_id: str, argument: str = "personId") -> Target:
    return Target(("Person",), person_id, argument, f"no person {person_id!r}")


def _staff_of_person(ctx: Row, person_id: str, what: str) -> None:
    if not ctx["personFound"]:
        raise NotFound(f"no person {person_id!r}", "personId")
    if not ctx["isStaff"]:
        raise Forbidden(f"you may not {what}: only a grid worker of their community or an administrator may")


async def record_need(
    graph: Graph,
    actor: Actor,
    person_id: str,
    description: str,
    source: str,
    key: str | None = None,
) -> StepResult:
    """An OPEN need on a resident's needs list, as heard on a home visit, in a WeChat group or on patrol."""
    if not description.strip():
        raise InvalidInput("a need needs a description", "description")
    one_of(source, NEED_SOURCES, "source")

    async def read(tx: Tx) -> Row:
        return await _person(tx, person_id, actor)

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        _staff_of_person(ctx, person_id, "record a need of this person")
        return {"id": new_id(ctx["communityId"], "nd")}

    params = {"personId": person_id, "description": description.strip(), "source": source, "status": "OPEN"}
    request = {"action": "recordNeed", "personId": person_id, "source": source, "text": digest(description)}
    change = Change(
        "recordNeed", actor, read, CREATE_NEED, params, rules, key, request, targets=(_person_target(person_id),)
    )
    return await run(graph, NEEDS, change)


async def set_need_status(graph: Graph, actor: Actor, need_id: str, status: str, key: str | None = None) -> StepResult:
    """Mark a need MET or CLOSED (or OPEN again)."""
    one_of(status, NEED_STATUSES, "status")

    async def read(tx: Tx) -> Row:
        rows = await tx.run(NEED_PERSON, needId=need_id)
        if not rows:
            raise NotFound(f"no need {need_id!r}", "needId")
        return rows[0] | await _person(tx, rows[0]["personId"], actor)

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        _staff_of_person(ctx, ctx["personId"], "change the status of this need")
        return {}

    request = {"action": "setNeedStatus", "needId": need_id, "status": status}
    need = Target(("Need",), need_id, "needId", f"no need {need_id!r}")
    params = {"status": status}
    change = Change("setNeedStatus", actor, read, SET_NEED_STATUS, params, rules, key, request, targets=(need,))
    return await run(graph, NEEDS, change)


async def record_home_visit(
    graph: Graph,
    actor: Actor,
    person_id: str,
    worker_id: str | None,
    visited_on: date,
    notes: str,
    today: date,
    key: str | None = None,
) -> StepResult:
    """A grid worker's visit to a resident at home (the worker defaults to the actor)."""
    if visited_on > today:
        raise InvalidInput("visitedOn lies in the future", "visitedOn")
    worker = worker_id or actor.person_id

    async def read(tx: Tx) -> Row:
        return await _person(tx, person_id, actor, worker)

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        _staff_of_person(ctx, person_id, "record a home visit to this person")
        if not ctx["workerFound"]:
            raise NotFound(f"no person {worker!r}", "workerId")
        if not ctx["workerIsStaff"]:
            raise InvalidInput(f"{worker} is not a grid worker of this person's grid", "workerId")
        return {"id": new_id(ctx["communityId"], "hv")}

    params = {"personId": person_id, "workerId": worker, "visitedOn": visited_on, "notes": notes}
    request: dict[str, str | None] = {"action": "recordHomeVisit", "personId": person_id, "workerId": worker}
    request |= {"on": visited_on.isoformat(), "notes": digest(notes)}
    targets = (_person_target(person_id), _person_target(worker, "workerId"))
    change = Change("recordHomeVisit", actor, read, CREATE_VISIT, params, rules, key, request, targets=targets)
    return await run(graph, VISITS, change)
