"""Dispute mediation (枫桥经验): open a case from an event, its parties and mediator, sessions, and the outcome."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from typing import Any, LiteralString

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Conflict, InvalidInput, NotFound
from graph.disputes import cypher as q
from graph.disputes import states as sm
from graph.workflow.steps import GRAPH, Authority, StepResult, actor_checked, run_step, text

LABELS = ("Dispute", "DisputeStep")

Check = Callable[[Tx, Row], Awaitable[None]]

# How a refusal names each step.
WHAT = {
    "add_party": "add a party to this dispute",
    "assign_mediator": "assign this dispute's mediator",
    "record_session": "record a mediation session of this dispute",
    "close": "close this dispute",
    "refer": "refer this dispute",
}


async def open_dispute(
    graph: Graph,
    *,
    event_id: str,
    actor_id: str,
    title: str | None = None,
    description: str | None = None,
    idempotency_key: str | None = None,
    authority: Authority = GRAPH,
) -> StepResult:
    """An OPEN case arising from an event (one case per event); the title defaults to the event's."""

    async def work(tx: Tx) -> Row:
        rows = await tx.run(q.OPEN_CONTEXT, eventId=event_id, actorId=actor_id, **authority.params())
        if not rows:
            raise NotFound(f"no event {event_id!r}", "eventId")
        ctx = rows[0]
        actor_checked(ctx, "open a dispute on this event")
        if ctx["existing"] is not None:
            raise Conflict(f"event {event_id} already has dispute {ctx['existing']}")
        prefix = f"{ctx['communityId']}-" if ctx["communityId"] else ""
        found = await tx.run(
            q.OPEN,
            eventId=event_id,
            disputeId=f"{prefix}dp-{uuid.uuid4().hex[:12]}",
            title=(title or "").strip() or ctx["title"],
            description=description if description is not None else ctx["description"],
            action="open",
            fromStatus=None,
            toStatus="OPEN",
            actorId=actor_id,
            note=None,
        )
        return found[0]

    request = {"action": "openDispute", "eventId": event_id, "actorId": actor_id}
    return await run_step(graph, idempotency_key, request, work, q.FETCH, LABELS)


async def _step(
    graph: Graph,
    dispute_id: str,
    action: str,
    actor_id: str,
    key: str | None,
    query: LiteralString,
    check: Check | None = None,
    note: str | None = None,
    authority: Authority = GRAPH,
    **params: Any,
) -> StepResult:
    """Lock the case, check the state machine (and `check`) on what the lock reads, write, append history."""

    async def work(tx: Tx) -> Row:
        rows = await tx.run(q.LOCK, disputeId=dispute_id, actorId=actor_id, **authority.params())
        if not rows:
            raise NotFound(f"no dispute {dispute_id!r}", "disputeId")
        case = rows[0]
        actor_checked(case, WHAT[action])
        if not sm.can(action, case["status"]):
            raise InvalidInput(sm.refusal(action, case["status"]), "disputeId")
        if check is not None:
            await check(tx, case)
        found = await tx.run(
            query,
            disputeId=dispute_id,
            action=action,
            fromStatus=case["status"],
            toStatus=sm.target(action, case["status"]),
            actorId=actor_id,
            note=note,
            **params,
        )
        return found[0]

    request = {"action": action, "disputeId": dispute_id, "actorId": actor_id} | {
        k: v for k, v in params.items() if k != "attendees"
    }
    return await run_step(graph, key, request, work, q.FETCH, LABELS)


async def add_party(
    graph: Graph,
    *,
    dispute_id: str,
    party_id: str,
    role: str,
    actor_id: str,
    idempotency_key: str | None = None,
    authority: Authority = GRAPH,
) -> StepResult:
    """A person or a unit joins the case on one side (applicant, respondent, third party)."""
    if role not in sm.ROLES:
        raise InvalidInput(f"role must be one of {', '.join(sm.ROLES)}", "role")

    async def check(tx: Tx, case: Row) -> None:
        rows = await tx.run(q.PARTY_STATE, disputeId=dispute_id, partyId=party_id)
        if len(rows) != 1:
            raise NotFound(f"no single person or unit {party_id!r}", "partyId")
        if rows[0]["already"]:
            raise Conflict(f"{party_id} is already a party to this dispute")

    return await _step(
        graph,
        dispute_id,
        "add_party",
        actor_id,
        idempotency_key,
        q.ADD_PARTY,
        check,
        role,
        authority=authority,
        partyId=party_id,
        role=role,
    )


async def assign_mediator(
    graph: Graph,
    *,
    dispute_id: str,
    mediator_id: str,
    actor_id: str,
    idempotency_key: str | None = None,
    authority: Authority = GRAPH,
) -> StepResult:
    """The organisation that mediates (e.g. the community's mediation studio); assigning again replaces it."""

    async def check(tx: Tx, case: Row) -> None:
        if not await tx.run(q.MEDIATOR_FOUND, mediatorId=mediator_id):
            raise NotFound(f"no organization {mediator_id!r}", "mediatorId")

    return await _step(
        graph,
        dispute_id,
        "assign_mediator",
        actor_id,
        idempotency_key,
        q.ASSIGN_MEDIATOR,
        check,
        mediator_id,
        authority=authority,
        mediatorId=mediator_id,
    )


async def record_session(
    graph: Graph,
    *,
    dispute_id: str,
    held_on: date,
    notes: str,
    attendees: list[str],
    actor_id: str,
    idempotency_key: str | None = None,
    authority: Authority = GRAPH,
) -> StepResult:
    """A mediation session: when, who was there (names), and what was said."""
    if held_on > datetime.now(UTC).date():
        raise InvalidInput("a session is recorded once held: heldOn lies in the future", "heldOn")
    notes = text(notes, "notes", "the session's notes")

    async def check(tx: Tx, case: Row) -> None:
        opened = case["openedAt"]
        if opened is not None and held_on < opened.date():
            raise InvalidInput(f"the dispute was opened on {opened.date()}, after heldOn", "heldOn")

    return await _step(
        graph,
        dispute_id,
        "record_session",
        actor_id,
        idempotency_key,
        q.RECORD_SESSION,
        check,
        authority=authority,
        heldOn=held_on,
        notes=notes,
        attendees=[a.strip() for a in attendees if a.strip()],
    )


async def close_dispute(
    graph: Graph,
    *,
    dispute_id: str,
    outcome: str,
    actor_id: str,
    agreement: str | None = None,
    referred_to: str | None = None,
    idempotency_key: str | None = None,
    authority: Authority = GRAPH,
) -> StepResult:
    """AGREEMENT_REACHED (with the agreement's text), NOT_REACHED, or REFERRED (to whom)."""
    if outcome not in sm.OUTCOMES:
        raise InvalidInput(f"outcome must be one of {', '.join(sm.OUTCOMES)}", "outcome")
    if outcome == "AGREEMENT_REACHED":
        agreement = text(agreement, "agreement", "the agreement's text")
    if outcome == "REFERRED":
        referred_to = text(referred_to, "referredTo", "where the case was referred")
    action = sm.closing_action(outcome)

    async def check(tx: Tx, case: Row) -> None:
        if case["sessions"] < sm.MIN_SESSIONS[outcome]:
            raise InvalidInput(f"record a mediation session before closing as {outcome}", "disputeId")
        if case["parties"] < sm.MIN_PARTIES[outcome]:
            raise InvalidInput(f"{outcome} needs at least {sm.MIN_PARTIES[outcome]} parties", "disputeId")

    return await _step(
        graph,
        dispute_id,
        action,
        actor_id,
        idempotency_key,
        q.CLOSE,
        check,
        outcome,
        authority=authority,
        outcome=outcome,
        agreement=agreement if outcome == "AGREEMENT_REACHED" else None,
        referredTo=referred_to if outcome == "REFERRED" else None,
    )
