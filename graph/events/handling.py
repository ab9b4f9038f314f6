"""One step of an event's lifecycle: idempotency key, the event's lock, the state machine's verdict, one write."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Forbidden, InvalidInput, NotFound
from graph.core.records import NodeRecord
from graph.events import cypher as q
from graph.events import states as sm
from graph.workflow.idempotency import once
from graph.workflow.steps import GRAPH, Authority, actor_found

DEFAULT_REOPEN_DAYS = 7

# Who may take a step, as a refusal says it.
WHO = {
    sm.REPORTER: "its reporter",
    sm.STAFF: "a grid worker of its community or an administrator",
    sm.GRID: "a grid worker of its grid",
    sm.HANDLER: "its handler",
}


@dataclass(frozen=True)
class EventResult:
    """The event after the step, the history entry it wrote, and (on report) open events it may repeat.

    A replay (`replayed`) returns the first request's step and the event as it is now.
    """

    event: NodeRecord
    step: NodeRecord
    replayed: bool = False
    possible_duplicates: tuple[NodeRecord, ...] = ()


@dataclass(frozen=True)
class Step:
    action: str
    event_id: str
    actor_id: str
    note: str | None = None
    key: str | None = None
    handler_id: str | None = None
    duplicate_of: str | None = None
    evidence: str | None = None
    evidence_urls: tuple[str, ...] = field(default=())
    rating: int | None = None
    authority: Authority = GRAPH


def stage(status: str, category: Row | None, now: datetime) -> dict[str, Any]:
    """The SLA clock of the stage `status` opens: warn and due times from the category's limit, none if terminal."""
    limit = sm.stage_limit(status)
    hours = category.get(limit) if category is not None and limit is not None else None
    warn, due = sm.stage_times(now, hours)
    return {"status": status, "stageStartedAt": now if hours else None, "stageWarnAt": warn, "stageDueAt": due}


def check_urls(urls: Sequence[str], argument: str) -> None:
    for url in urls:
        if not url.startswith(("https://", "http://")):
            raise InvalidInput(f"not an http(s) URL: {url!r}", argument)


async def result(graph: Graph, done: Mapping[str, Any], replayed: bool) -> EventResult:
    dup_ids = list(done.get("duplicates", []))
    row = await graph.read_one(q.RESULT, eventId=done["eventId"], stepId=done["stepId"], duplicateIds=dup_ids)
    if row is None or row["step"] is None:
        raise NotFound("the event of this idempotencyKey no longer exists", "idempotencyKey")
    found = {d["id"]: d for d in row["duplicates"]}
    dups = tuple(NodeRecord("Event", i, found[i]) for i in dup_ids if i in found)
    event, step = row["event"], row["step"]
    return EventResult(
        NodeRecord("Event", event["id"], event), NodeRecord("EventStep", step["id"], step), replayed, dups
    )


def _check(step: Step, ctx: Row) -> str:
    """The state machine's verdict and the actor's right to act, on the state read under the lock; the target."""
    status = ctx["event"]["status"]
    if not sm.can(step.action, status):
        raise InvalidInput(sm.refusal(step.action, status), "eventId")
    roles = {
        sm.REPORTER: ctx["isReporter"],
        sm.STAFF: ctx["isStaff"],
        sm.GRID: ctx["isGridWorker"],
        sm.HANDLER: ctx["isHandler"],
    }
    if not sm.may(step.action, frozenset(role for role, held in roles.items() if held)):
        who = " or ".join(WHO[role] for role in sorted(sm.actors(step.action)))
        raise Forbidden(f"you may not {step.action.replace('_', ' ')} this event: only {who} may")
    return sm.target(step.action, status)


def _validate(step: Step) -> None:
    if step.action not in sm.ACTIONS:
        raise InvalidInput(f"unknown action {step.action!r}; one of {', '.join(sm.ACTIONS)}", "action")
    if step.action in sm.NEEDS_NOTE and not (step.note and step.note.strip()):
        raise InvalidInput(f"{step.action.replace('_', ' ')} needs a reason", "note")
    if step.action in sm.NEEDS_EVIDENCE and not ((step.evidence and step.evidence.strip()) or step.evidence_urls):
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


async def _subject(tx: Tx, step: Step, ctx: Row, now: datetime, reopen_days: int) -> tuple[str | None, str | None]:
    """Checks that need more than the lock's read; (handler label, handler id) when the step assigns one."""
    event = ctx["event"]
    if step.action == "assign":
        rows = await tx.run(q.HANDLER, handlerId=step.handler_id, eventId=step.event_id)
        if len(rows) != 1:
            raise NotFound(f"no single grid worker, unit or department {step.handler_id!r}", "handlerId")
        if rows[0]["current"] and event["status"] == "ASSIGNED":
            raise InvalidInput(f"the event is already assigned to {step.handler_id}", "handlerId")
        return rows[0]["label"], step.handler_id
    if step.action == "self_handle":
        return "Person", step.actor_id
    if step.action == "mark_duplicate":
        rows = await tx.run(q.ORIGINAL, otherId=step.duplicate_of)
        if not rows:
            raise NotFound(f"no event {step.duplicate_of!r}", "duplicateOfId")
        if rows[0]["status"] in ("DUPLICATE", "INVALID"):
            original = f": name {rows[0]['originalId']}" if rows[0]["originalId"] else ""
            raise InvalidInput(f"{step.duplicate_of} is {rows[0]['status']}{original}", "duplicateOfId")
    if step.action == "review" and ctx["isHandler"]:
        raise Forbidden("you may not review this event: a handler cannot review their own work")
    if step.action == "rate" and event.get("rating") is not None:
        raise InvalidInput("the reporter has already rated this event", "rating")
    if step.action == "reopen":
        closed = event.get("closedAt")
        if closed is None or now > sm.reopen_open_until(closed, reopen_days):
            raise InvalidInput(f"an event can be reopened only within {reopen_days} days of closing", "eventId")
    return None, None


async def step(
    graph: Graph, step: Step, *, now: datetime | None = None, reopen_days: int = DEFAULT_REOPEN_DAYS
) -> EventResult:
    """Take one step of the lifecycle in one transaction; invalid steps raise InvalidInput naming the state."""
    _validate(step)
    at = now or datetime.now(UTC)
    request = {
        "action": step.action,
        "event": step.event_id,
        "actor": step.actor_id,
        "handler": step.handler_id,
        "duplicateOf": step.duplicate_of,
        "rating": step.rating,
    }

    async def work(tx: Tx) -> dict[str, Any]:
        rows = await tx.run(q.LOCK_EVENT, eventId=step.event_id, actorId=step.actor_id, **step.authority.params())
        if not rows:
            raise NotFound(f"no event {step.event_id!r}", "eventId")
        ctx = rows[0]
        actor_found(ctx)
        to = _check(step, ctx)
        label, handler = await _subject(tx, step, ctx, at, reopen_days)
        event = ctx["event"]
        fields = _fields(step, event, at)
        if to != event["status"]:
            fields |= stage(to, ctx["category"], at)
        done = await tx.run(
            q.APPLY,
            eventId=step.event_id,
            fields=fields,
            handlerLabel=label,
            handlerId=handler,
            duplicateOfId=step.duplicate_of if step.action == "mark_duplicate" else None,
            action=step.action,
            fromStatus=event["status"],
            toStatus=to,
            actorId=step.actor_id,
            subjectId=handler or (step.duplicate_of if step.action == "mark_duplicate" else None),
            note=step.note,
            now=at,
        )
        return {"eventId": done[0]["eventId"], "stepId": done[0]["stepId"]}

    done, replayed = await once(graph, step.key, request, work)
    return await result(graph, done, replayed)


async def history(graph: Graph, event_id: str) -> list[NodeRecord]:
    """Every step of the event, oldest first."""
    rows = await graph.read(q.HISTORY, eventId=event_id)
    return [NodeRecord("EventStep", r["step"]["id"], r["step"]) for r in rows]
