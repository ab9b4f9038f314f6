"""How every wish change runs: idempotency key first, the wish's lock next, the state machine's check, one write."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, LiteralString

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Conflict, DuplicateKey, Forbidden, InvalidInput, NotFound
from graph.core.records import NodeRecord
from graph.wishes import cypher as q
from graph.wishes import states as sm
from graph.workflow.idempotency import check_key
from graph.workflow.steps import GRAPH, NOT_LINKED, Authority

CLAIMANT_LABELS = ("Person", "PartyBranch", "Unit")
# Open claims a helper may hold when the node sets no `capacity`; a party branch team has no limit.
DEFAULT_CAPACITY = {"Person": 3, "Unit": 5}
SYSTEM_ACTOR = "system"
# Who may take a step, as a refusal says it.
WHO = {
    sm.REQUESTER: "its requester",
    sm.STAFF: "a grid worker of its community or an administrator",
    sm.HELPER: "one of its helpers",
    sm.SELF: "the claimant (a member of the claiming branch, the contact of the claiming unit)",
    sm.SYSTEM: "the scheduled sweep",
}


@dataclass(frozen=True)
class TransitionResult:
    """The wish after the change and its history entry; `replayed` when an idempotency key had been used before.

    A replay returns the first request's history entry and the wish as it is now.
    """

    wish: NodeRecord
    transition: NodeRecord
    replayed: bool = False


@dataclass(frozen=True)
class Change:
    action: str
    wish_id: str | None
    actor_id: str
    key: str | None = None
    subject_id: str | None = None  # the claimant or declining helper; the requester of a new wish
    note: str | None = None
    system: bool = False  # the sweeps act as the system, which no caller can claim to be
    authority: Authority = GRAPH


Body = Callable[[Tx], Awaitable[TransitionResult]]


def result_of(row: Row, replayed: bool = False) -> TransitionResult:
    wish, step = row["wish"], row["transition"]
    return TransitionResult(
        NodeRecord("Wish", wish["id"], wish), NodeRecord("WishTransition", step["id"], step), replayed
    )


async def _replay(tx: Tx, change: Change, old: Row) -> TransitionResult:
    same_wish = change.action == "create" or old.get("wishId") == change.wish_id
    if old.get("action") != change.action or old.get("subjectId") != change.subject_id or not same_wish:
        raise InvalidInput("idempotencyKey was used for another request", "idempotencyKey")
    rows = await tx.run(q.REPLAY, wishId=old.get("wishId"), transitionId=old.get("transitionId"))
    if not rows or rows[0]["transition"] is None:
        raise NotFound(f"the wish of idempotencyKey {change.key!r} no longer exists", "idempotencyKey")
    return result_of(rows[0], replayed=True)


async def mutate(graph: Graph, change: Change, body: Body) -> TransitionResult:
    """Run `body` once per idempotency key: the key is the transaction's first write, the result its last."""
    if change.actor_id == SYSTEM_ACTOR and not change.system:
        raise Forbidden(f"{SYSTEM_ACTOR!r} is reserved for scheduled sweeps")
    check_key(change.key)

    async def work(tx: Tx) -> TransitionResult:
        if change.key is not None:
            rows = await tx.run(
                q.KEY_CLAIM, key=change.key, action=change.action, wishId=change.wish_id, subjectId=change.subject_id
            )
            if rows[0]["old"] is not None:
                return await _replay(tx, change, rows[0]["old"])
        done = await body(tx)
        if change.key is not None:
            step = done.transition
            await tx.run(
                q.KEY_STORE,
                key=change.key,
                wishId=done.wish.id,
                transitionId=step.id,
                fromStatus=step.get("fromStatus"),
                toStatus=step.get("toStatus"),
            )
        return done

    async def replay(tx: Tx) -> TransitionResult:
        rows = await tx.run(q.KEY_READ, key=change.key)
        if not rows:
            raise Conflict("a concurrent request with the same idempotencyKey failed; try again")
        return await _replay(tx, change, rows[0]["old"])

    try:
        return await graph.transaction(work)
    except DuplicateKey:
        if change.key is None:
            raise
        # The same key committed by a concurrent request while this one waited: answer with its result.
        return await graph.transaction(replay)


async def lock(tx: Tx, change: Change) -> Row:
    """Lock the wish and read it as it now is, with the actor's relations to it; unknown ids raise NotFound."""
    rows = await tx.run(q.LOCK_WISH, wishId=change.wish_id, actorId=change.actor_id, **change.authority.params())
    if not rows:
        raise NotFound(f"no wish {change.wish_id!r}", "wishId")
    if not rows[0]["actorFound"] and not change.system:
        raise Forbidden(NOT_LINKED)
    return rows[0]


async def lock_claimant(tx: Tx, change: Change, argument: str) -> Row:
    """Lock the claimant (always after the wish) and read its claims; `argument` names it in errors."""
    rows = await tx.run(
        q.LOCK_CLAIMANT,
        wishId=change.wish_id,
        claimantId=change.subject_id,
        actorId=change.actor_id,
        claimantLabels=list(CLAIMANT_LABELS),
        occupying=sorted(sm.OCCUPYING),
        **change.authority.params(),
    )
    if len(rows) != 1 or rows[0]["label"] is None:
        raise NotFound(f"no single person, party branch or unit {change.subject_id!r}", argument)
    return rows[0]


def check(change: Change, wish: Row, claimant: Row | None = None) -> None:
    """The state machine's verdict and the actor's right to act, both on the state read under the lock."""
    if not sm.can(change.action, wish["status"]):
        raise InvalidInput(sm.refusal(change.action, wish["status"]), "wishId")
    roles = {
        sm.REQUESTER: wish["isRequester"],
        sm.STAFF: wish["isStaff"],
        sm.HELPER: wish["isHelper"],
        sm.SELF: claimant is not None and claimant["actsFor"],
        sm.SYSTEM: change.system,
    }
    if not sm.may(change.action, frozenset(role for role, held in roles.items() if held)):
        who = " or ".join(WHO[role] for role in sorted(sm.actors(change.action)) if role != sm.SYSTEM)
        whom = " for this claimant" if claimant is not None else ""
        raise Forbidden(f"you may not {change.action} this wish{whom}: only {who} may")


async def write(tx: Tx, query: LiteralString, change: Change, wish: Row, to: str, **params: Any) -> TransitionResult:
    """Run one of the write queries with the parameters every one of them takes."""
    common = {
        "wishId": change.wish_id,
        "action": change.action,
        "actorId": change.actor_id,
        "note": change.note,
        "fromStatus": wish["status"],
        "toStatus": to,
    }
    rows = await tx.run(query, **(common | params))
    return result_of(rows[0])
