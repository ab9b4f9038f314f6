"""Every handling step of an event (verify … close, rate, reopen): the event's lock, the rules, one write."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Forbidden, InvalidInput, NotFound
from graph.core.records import NodeRecord
from graph.events.flow import ACTIONS, FLOW, NEEDS_EVIDENCE, NEEDS_NOTE
from graph.events.sla import reopen_open_until, stage_clock
from graph.workflow import Actor, Change, StepResult, Target, run

DEFAULT_REOPEN_DAYS = 7

# The first write on the event: its exclusive lock serialises every step, so all read after it is current.
# A blind write takes it (as for wishes: an increment first reads before it locks, and queued steps deadlocked).
# Staff are administrators ($admin) and grid workers of the event's community, by token ($gridWorker) and by graph.
# The handler a step names is looked up here too (a grid worker, a unit or a department), and the event a
# duplicate names: the rules judge them once the table has judged the step.
LOCK_EVENT = """
MATCH (e:Event {id: $eventId})
SET e._lock = true
REMOVE e._lock
SET e.version = coalesce(e.version, 0) + 1
WITH e
OPTIONAL MATCH (a:Person {id: $actorId})
OPTIONAL MATCH (k:EventCategory {code: e.category})
CALL (e) {
  CALL () {
    MATCH (h:Person {id: $handlerId}) WHERE h:GridWorker RETURN h
    UNION
    MATCH (h:Unit {id: $handlerId}) RETURN h
    UNION
    MATCH (h:Department {id: $handlerId}) RETURN h
  }
  RETURN collect({ref: elementId(h), current: EXISTS { (e)-[:ASSIGNED_TO]->(h) }}) AS handlers
}
OPTIONAL MATCH (o:Event {id: $duplicateOfId})
RETURN e.id AS id, e.status AS status, e {.*} AS event, k {.*} AS category, handlers, elementId(a) AS actorRef,
       o {.status, originalId: head([(o)-[:DUPLICATE_OF]->(x:Event) | x.id])} AS original,
       a IS NOT NULL AS actorFound,
       a IS NOT NULL AND EXISTS { (a)-[:REPORTED]->(e) } AS isReporter,
       $admin OR ($gridWorker AND a IS NOT NULL AND a:GridWorker
         AND EXISTS {
           MATCH (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c:Community)
           MATCH (e)-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(c)
         }) AS isStaff,
       $gridWorker AND a IS NOT NULL AND a:GridWorker AND EXISTS { (a)-[:WORKS_GRID]->(:Grid)<-[:IN_GRID]-(e) }
         AS isGridWorker,
       (a IS NOT NULL AND EXISTS { (e)-[:ASSIGNED_TO]->(a) }) OR EXISTS { (e)-[:ASSIGNED_TO]->(:Unit {id: $actorUnit}) }
         AS isHandler
"""

# One write for every step: the properties the step sets, and the relationships it replaces or adds.
APPLY = """
MATCH (e:Event {id: $id})
SET e += $fields
WITH e
CALL (e) { MATCH (e)-[r:ASSIGNED_TO]->() WHERE $handlerRef IS NOT NULL DELETE r }
CALL (e) { MATCH (h) WHERE elementId(h) = $handlerRef CREATE (e)-[:ASSIGNED_TO {at: $at, by: $actorId}]->(h) }
CALL (e) { MATCH (o:Event {id: $duplicateOfId}) CREATE (e)-[:DUPLICATE_OF {at: $at, by: $actorId}]->(o) }
RETURN e.id AS id
"""

HISTORY = """
MATCH (s:EventStep)-[:OF_EVENT]->(:Event {id: $eventId})
RETURN s {.*} AS step
ORDER BY s.version
"""


@dataclass(frozen=True)
class Step:
    """A handling step someone asks for: the action, on which event, by whom, and what it names or carries."""

    action: str
    event_id: str
    actor: Actor
    note: str | None = None
    key: str | None = None
    handler_id: str | None = None
    duplicate_of: str | None = None
    evidence: str | None = None
    evidence_urls: tuple[str, ...] = field(default=())
    rating: int | None = None


def check_urls(urls: Sequence[str], argument: str) -> None:
    for url in urls:
        if not url.startswith(("https://", "http://")):
            raise InvalidInput(f"not an http(s) URL: {url!r}", argument)


def _validate(step: Step) -> None:
    if step.action not in ACTIONS:
        raise InvalidInput(f"unknown action {step.action!r}; one of {', '.join(ACTIONS)}", "action")
    if step.action in NEEDS_NOTE and not (step.note and step.note.strip()):
        raise InvalidInput(f"{step.action.replace('_', ' ')} needs a reason", "note")
    if step.action in NEEDS_EVIDENCE and not ((step.evidence and step.evidence.strip()) or step.evidence_urls):
        raise InvalidInput(f"{step.action.replace('_', ' ')} needs evidence: a text or URLs", "evidence")
    check_urls(step.evidence_urls, "evidenceUrls")
    if step.action == "rate" and not (step.rating is not None and 1 <= step.rating <= 5):
        raise InvalidInput("a rating runs from 1 to 5", "rating")
    if step.action == "assign" and not step.handler_id:
        raise InvalidInput("assign needs a handler", "handlerId")
    if step.action == "mark_duplicate" and not step.duplicate_of:
        raise InvalidInput("name the event this one duplicates", "duplicateOfId")
    if step.action == "mark_duplicate" and step.duplicate_of == step.event_id:
        raise InvalidInput("an event cannot duplicate itself", "duplicateOfId")


def _fields(step: Step, event: Row, now: datetime) -> dict[str, Any]:
    """What the step sets on the event besides status and stage clock (None removes a property)."""
    done = {"resolution": step.evidence, "evidenceUrls": list(step.evidence_urls), "resolvedAt": now}
    cleared = dict.fromkeys(("resolvedAt", "reviewedAt"))
    by_action: dict[str, dict[str, Any]] = {
        "verify": {"verifiedAt": now},
        "assign": {"assignedAt": now, "holdReason": None},
        "start": {"startedAt": event.get("startedAt") or now},
        "hold": {"holdReason": step.note},
        "resume": {"holdReason": None},
        "escalate": {"escalationLevel": (event.get("escalationLevel") or 0) + 1},
        "resolve": done,
        "review": {"reviewedAt": now},
        "rework": cleared,
        "close": {"closedAt": now},
        "rate": {"rating": step.rating, "ratingComment": step.note},
        "reopen": cleared
        | dict.fromkeys(("closedAt", "rating", "ratingComment"))
        | {"reopenedAt": now, "reopenCount": (event.get("reopenCount") or 0) + 1},
        "self_handle": done
        | {"verifiedAt": event.get("verifiedAt") or now, "assignedAt": now, "startedAt": now, "closedAt": now}
        | {"selfHandled": True},
    }
    return by_action.get(step.action, {})


def _handler(step: Step, ctx: Row) -> str | None:
    """The element id of the handler the step assigns (the actor, when they handle it themselves)."""
    if step.action == "self_handle":
        ref: str | None = ctx["actorRef"]
        return ref
    if step.action != "assign":
        return None
    if len(ctx["handlers"]) != 1:
        raise NotFound(f"no single grid worker, unit or department {step.handler_id!r}", "handlerId")
    if ctx["handlers"][0]["current"] and ctx["status"] == "ASSIGNED":
        raise InvalidInput(f"the event is already assigned to {step.handler_id}", "handlerId")
    found: str = ctx["handlers"][0]["ref"]
    return found


def _rules(step: Step, ctx: Row, to: str, now: datetime, reopen_days: int) -> dict[str, Any]:
    """The step's rules beyond the table, on what the lock read; the write's parameters."""
    event = ctx["event"]
    handler = _handler(step, ctx)
    original = ctx["original"]
    if step.action == "mark_duplicate":
        if original is None:
            raise NotFound(f"no event {step.duplicate_of!r}", "duplicateOfId")
        if original["status"] in ("DUPLICATE", "INVALID"):
            named = f": name {original['originalId']}" if original["originalId"] else ""
            raise InvalidInput(f"{step.duplicate_of} is {original['status']}{named}", "duplicateOfId")
    if step.action == "review" and ctx["isHandler"]:
        raise Forbidden("you may not review this event: a handler cannot review their own work")
    if step.action == "rate" and event.get("rating") is not None:
        raise InvalidInput("the reporter has already rated this event", "rating")
    if step.action == "reopen":
        closed = event.get("closedAt")
        if closed is None or now > reopen_open_until(closed, reopen_days):
            raise InvalidInput(f"an event can be reopened only within {reopen_days} days of closing", "eventId")
    fields = _fields(step, event, now)
    if to != event["status"]:
        fields |= stage_clock(to, ctx["category"], now)
    duplicate_of = step.duplicate_of if step.action == "mark_duplicate" else None
    return {"fields": fields, "handlerRef": handler, "duplicateOfId": duplicate_of}


async def step(
    graph: Graph, step: Step, *, now: datetime | None = None, reopen_days: int = DEFAULT_REOPEN_DAYS
) -> StepResult:
    """Take one step of the lifecycle in one transaction; invalid steps raise InvalidInput naming the state."""
    _validate(step)
    at = now or datetime.now(UTC)
    lookups = {"handlerId": step.handler_id, "duplicateOfId": step.duplicate_of}

    async def read(tx: Tx) -> Row:
        rows = await tx.run(LOCK_EVENT, eventId=step.event_id, **lookups, **step.actor.params())
        if not rows:
            raise NotFound(f"no event {step.event_id!r}", "eventId")
        return rows[0]

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        return _rules(step, ctx, to or ctx["status"], at, reopen_days)

    subjects = {"assign": step.handler_id, "self_handle": step.actor.person_id, "mark_duplicate": step.duplicate_of}
    request = {
        "action": step.action,
        "event": step.event_id,
        "actor": step.actor.person_id,
        "handler": step.handler_id,
        "duplicateOf": step.duplicate_of,
        "rating": step.rating,
    }
    change = Change(
        step.action,
        step.actor,
        read,
        APPLY,
        rules=rules,
        key=step.key,
        request=request,
        note=step.note,
        subject_id=subjects.get(step.action),
        at=at,
        targets=_targets(step),
    )
    return await run(graph, FLOW, change)


def _targets(step: Step) -> tuple[Target, ...]:
    """The event, and the event it is marked a duplicate of: both must be the actor's to see."""
    event = Target(("Event",), step.event_id, "eventId", f"no event {step.event_id!r}")
    if step.action != "mark_duplicate" or step.duplicate_of is None:
        return (event,)
    return event, Target(("Event",), step.duplicate_of, "duplicateOfId", f"no event {step.duplicate_of!r}")


async def history(graph: Graph, event_id: str) -> list[NodeRecord]:
    """Every step of the event, oldest first."""
    rows = await graph.read(HISTORY, eventId=event_id)
    return [NodeRecord("EventStep", r["step"]["id"], r["step"]) for r in rows]
