"""A wish's own steps: create it, then verify, reject, publish, confirm, start, fulfil, cancel, withdraw or expire."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from graph.core.model import WISH_CATEGORIES
from graph.core.records import NodeRecord
from graph.wishes import loads
from graph.wishes.flow import FLOW, MACHINE, NEEDS_NOTE, TRANSITIONS, lock_wish, wish_target
from graph.workflow import SWEEP, Actor, Change, StepResult, Target, run

CREATE_CONTEXT = """
MATCH (r:Person {id: $requesterId})
OPTIONAL MATCH (r)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(g:Grid)
OPTIONAL MATCH (g)-[:IN_COMMUNITY]->(c:Community)
OPTIONAL MATCH (a:Person {id: $actorId})
RETURN g.id AS gridId, c.id AS communityId, a IS NOT NULL AS actorFound,
       a IS NOT NULL AND (a = r OR $admin OR ($gridWorker AND a:GridWorker AND EXISTS { (a)-[:WORKS_GRID]->(g) }))
         AS mayCreate,
       [s IN $skillIds WHERE NOT EXISTS { MATCH (k:Skill {id: s}) }] AS unknownSkills
ORDER BY gridId
LIMIT 1
"""

CREATE_WISH = """
MATCH (r:Person {id: $requesterId}), (g:Grid {id: $gridId})
CREATE (r)-[:MADE]->(w:Wish {id: $id, title: $title, description: $description, category: $category,
                             urgency: $urgency, status: $toStatus, headCount: $headCount, createdAt: datetime(),
                             deadline: $deadline, version: 0})-[:IN_GRID]->(g)
WITH w
CALL (w) { UNWIND $skillIds AS sid MATCH (s:Skill {id: sid}) CREATE (w)-[:REQUIRES]->(s) }
RETURN w.id AS id
"""

# Every step on the wish alone: its new status, on fulfilment who fulfilled it with what evidence, and the claimants'
# branch loads when the step moves the wish in or out of the occupying states (graph/wishes/loads.py).
APPLY = (
    """
MATCH (w:Wish {id: $id})
SET w.status = $toStatus,
    w.fulfilledAt = CASE WHEN $toStatus = 'FULFILLED' THEN datetime() ELSE w.fulfilledAt END
WITH w
CALL (w) {
  MATCH (w)<-[:CLAIMED]-(x)
  WHERE $toStatus = 'FULFILLED'
  CREATE (x)-[:FULFILLED {at: datetime(), evidence: $evidence, evidenceUrl: $evidenceUrl,
                          acknowledged: $acknowledged}]->(w)
}
"""
    + loads.KEEP
    + "RETURN w.id AS id"
)

OVERDUE = """
MATCH (w:Wish)
WHERE w.status IN $expirable AND w.deadline < $today
RETURN w.id AS id
ORDER BY id
"""

NO_EVIDENCE = {"evidence": None, "evidenceUrl": None, "acknowledged": False}

HISTORY = """
MATCH (t:WishTransition)-[:OF_WISH]->(:Wish {id: $wishId})
RETURN t {.*} AS transition
ORDER BY t.version
"""


async def create_wish(
    graph: Graph,
    actor: Actor,
    *,
    requester_id: str,
    title: str,
    category: str,
    description: str = "",
    urgency: int = 2,
    head_count: int = 1,
    required_skill_ids: Sequence[str] = (),
    deadline: date | None = None,
    key: str | None = None,
) -> StepResult:
    """A SUBMITTED wish in the requester's home grid, made by the requester (the actor) or a grid worker of that
    grid."""
    if not title.strip():
        raise InvalidInput("a wish needs a title", "title")
    if category not in WISH_CATEGORIES:
        raise InvalidInput(f"category is one of {', '.join(WISH_CATEGORIES)}", "category")
    if not 1 <= urgency <= 4:
        raise InvalidInput("urgency runs from 1 to 4", "urgency")
    if head_count < 1:
        raise InvalidInput("headCount must be at least 1", "headCount")
    skills = sorted(set(required_skill_ids))

    async def read(tx: Tx) -> Row:
        rows = await tx.run(CREATE_CONTEXT, requesterId=requester_id, skillIds=skills, **actor.params())
        if not rows:
            raise NotFound(f"no person {requester_id!r}", "requesterId")
        return rows[0]

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        if ctx["gridId"] is None:
            raise InvalidInput("the requester lives in no grid", "requesterId")
        if not ctx["mayCreate"]:
            raise Forbidden(
                "you may not make a wish for this person: only they, a grid worker of their grid or an administrator may"
            )
        if ctx["unknownSkills"]:
            raise InvalidInput(f"unknown skills: {', '.join(ctx['unknownSkills'])}", "requiredSkillIds")
        prefix = f"{ctx['communityId']}-" if ctx["communityId"] else ""
        return {"id": f"{prefix}w-{uuid.uuid4().hex[:12]}", "gridId": ctx["gridId"]}

    fields = {"title": title.strip(), "description": description, "category": category, "urgency": urgency}
    fields |= {"requesterId": requester_id, "headCount": head_count, "deadline": deadline, "skillIds": skills}
    request = {"action": "create", "subjectId": requester_id}
    requester = Target(("Person",), requester_id, "requesterId", f"no person {requester_id!r}")
    change = Change("create", actor, read, CREATE_WISH, fields, rules, key, request, targets=(requester,))
    return await run(graph, FLOW, change)


async def transition(
    graph: Graph,
    actor: Actor,
    wish_id: str,
    action: str,
    note: str | None = None,
    key: str | None = None,
    evidence: str | None = None,
    evidence_url: str | None = None,
    acknowledged: bool | None = None,
) -> StepResult:
    """verify, reject (a reason in `note`), publish, confirm, start, fulfil (evidence), cancel, withdraw or expire."""
    evidence_of = {"evidence": evidence, "evidenceUrl": evidence_url, "acknowledged": bool(acknowledged)}
    return await _transition(graph, actor, wish_id, action, note, key, evidence_of, None)


async def _transition(
    graph: Graph,
    actor: Actor,
    wish_id: str,
    action: str,
    note: str | None,
    key: str | None,
    evidence_of: Mapping[str, Any],
    today: date | None,
) -> StepResult:
    """`today` is the expiry sweep's: it acts as the system, on the day it runs for."""
    evidence, evidence_url = evidence_of.get("evidence"), evidence_of.get("evidenceUrl")
    if action not in TRANSITIONS:
        raise InvalidInput(f"unknown action {action!r}; one of {', '.join(TRANSITIONS)}", "action")
    if action in NEEDS_NOTE and not (note and note.strip()):
        raise InvalidInput(f"{action} needs a reason", "note")
    if action == "fulfil" and not (evidence or evidence_url):
        raise InvalidInput("fulfil needs evidence: a text or a URL", "evidence")
    day = today or datetime.now(UTC).date()
    system = today is not None

    async def read(tx: Tx) -> Row:
        return await lock_wish(tx, wish_id, actor, system)

    def rules(wish: Row, to: str | None) -> Mapping[str, Any]:
        if action == "expire" and not (wish["deadline"] is not None and wish["deadline"] < day):
            raise InvalidInput(f"the wish's deadline ({wish['deadline']}) has not passed", "wishId")
        return {"claimantRef": None} | loads.deltas(wish["status"], to)

    request = {"action": action, "wishId": wish_id, "subjectId": None}
    targets = (wish_target(wish_id),)
    change = Change(action, actor, read, APPLY, evidence_of, rules, key, request, note, system=system, targets=targets)
    return await run(graph, FLOW, change)


async def expire_overdue(graph: Graph, now: datetime) -> list[StepResult]:
    """Expire every wish whose deadline lies before `now`'s date and that work has not started on."""
    today = now.date()
    rows = await graph.read(OVERDUE, expirable=sorted(MACHINE.allowed_from("expire")), today=today)
    done = []
    for row in rows:
        try:
            done.append(
                await _transition(graph, SWEEP, row["id"], "expire", "deadline passed", None, NO_EVIDENCE, today)
            )
        except (InvalidInput, Conflict, NotFound):
            continue  # changed since it was found; the transaction re-checked and refused
    return done


async def history(graph: Graph, wish_id: str) -> list[NodeRecord]:
    """Every transition of the wish, oldest first."""
    rows = await graph.read(HISTORY, wishId=wish_id)
    return [NodeRecord("WishTransition", r["transition"]["id"], r["transition"]) for r in rows]
