"""The one way every workflow mutation runs: key → transaction → scope → lock → state check → write → history → publish.

A domain supplies data and small functions, never control (graph/workflow/parts.py): its `Flow` (the case's label,
table and history) and, per request, a `Change` (how to lock and read the case, its pure rules, the write's Cypher).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, LiteralString, cast

from graph.access import scopes
from graph.core.db import Graph, Row, Tx
from graph.core.errors import Conflict, DuplicateKey, Forbidden, InvalidInput, KeyReused, NotFound
from graph.core.records import NodeRecord
from graph.workflow.changes import Kind, StatusChange
from graph.workflow.machine import NEW
from graph.workflow.parts import NOT_LINKED, SYSTEM, SYSTEM_ACTOR, Change, Flow, History, StepResult

log = logging.getLogger(__name__)

# The only Cypher that writes a history entry (a layer test checks), run by `advance` after every step's write:
# the case as the step left it and the entry it appended. The names come from a Flow, checked against the model.
APPEND = """
MATCH (c:{label} {{id: $id}})
CREATE (s:{history} {{id: c.id + '{suffix}' + toString(c.version), version: c.version, action: $action,
                     {before}: $fromStatus, {after}: $toStatus, actorId: $actorId, subjectId: $subjectId,
                     note: $note, at: coalesce($at, datetime())}})-[:{of}]->(c)
RETURN c {{.*}} AS node, s {{.*}} AS step
"""
# The case (and, for a replayed key, the history entry the first request wrote) as it is now.
FETCH = """
MATCH (c:{label} {{id: $id}})
OPTIONAL MATCH (s:{history} {{id: $stepId}})
RETURN c {{.*}} AS node, s {{.*}} AS step
"""
FETCH_CASE = "MATCH (c:{label} {{id: $id}}) RETURN c {{.*}} AS node, null AS step"


def _append(history: History, label: str) -> LiteralString:
    before, after = history.states
    text = APPEND.format(
        label=label, history=history.label, of=history.of, suffix=history.suffix, before=before, after=after
    )
    return cast(LiteralString, text)


def _fetch(flow: Flow) -> LiteralString:
    if flow.history is None:
        return cast(LiteralString, FETCH_CASE.format(label=flow.label))
    return cast(LiteralString, FETCH.format(label=flow.label, history=flow.history.label))


def _result(flow: Flow, row: Row, replayed: bool, extra: Mapping[str, Any]) -> StepResult:
    node, step = row["node"], row.get("step")
    entry = NodeRecord(flow.history.label, step["id"], step) if step and flow.history else None
    return StepResult(NodeRecord(flow.label, node["id"], node), entry, replayed, extra)


# One target seen by the viewer under one of its labels (names from a Target, checked against the model).
IN_SCOPE = "MATCH (n:{label} {{id: $id}}) WHERE {visible} RETURN n.id AS id"


async def in_scope(tx: Tx, change: Change) -> None:
    """Every target the actor may see, or NotFound worded as for an id that names nothing (administrators and
    graph-level callers see everything). The same rules as every read: graph/access/scopes.py."""
    viewer = change.actor.viewer
    if viewer is None or viewer.admin:
        return
    for target in change.targets:
        for label in target.labels:
            query = IN_SCOPE.format(label=label, visible=scopes.visible(label, "n", viewer))
            if await tx.run(cast(LiteralString, query), id=target.id, **scopes.params(viewer)):
                break
        else:
            raise NotFound(target.missing, target.argument)


async def advance(tx: Tx, flow: Flow, change: Change) -> StepResult:
    """Scope → lock → state check → write → history, inside the caller's transaction."""
    await in_scope(tx, change)
    locked = await change.read(tx)
    if not locked.get("actorFound", True) and not change.system:
        raise Forbidden(NOT_LINKED)
    state: str | None = locked.get(flow.state)
    to: str | None = None
    if flow.machine is not None:
        roles = frozenset(r for r in flow.machine.roles if locked.get(r)) | ({SYSTEM} if change.system else set())
        to = flow.machine.verdict(change.action, state or NEW, roles, flow.argument, change.whom)
    more = change.rules(locked, to) if change.rules is not None else {}
    to = more.get("toStatus", to)
    common = {"id": locked.get("id"), "action": change.action, "actorId": change.actor.person_id, "note": change.note}
    params = common | {"fromStatus": state, "toStatus": to, "at": change.at} | dict(change.params) | dict(more)
    written = (await tx.run(change.write, **params))[0]
    case_id = written["id"]
    extra = {k: v for k, v in written.items() if k != "id"}
    if flow.history is not None:
        entry = {"subjectId": change.subject_id, "fromStatus": state, "toStatus": to, "at": change.at}
        row = (await tx.run(_append(flow.history, flow.label), **(common | entry | {"id": case_id})))[0]
    else:
        row = (await tx.run(_fetch(flow), id=case_id, stepId=None))[0]
    return _result(flow, row, False, extra)


async def run(graph: Graph, flow: Flow, change: Change) -> StepResult:
    """Run one step once per idempotency key in one transaction; publish its status change after the commit."""
    if change.actor.person_id == SYSTEM_ACTOR and not change.system:
        raise Forbidden(f"{SYSTEM_ACTOR!r} is reserved for scheduled sweeps")
    done: list[StepResult] = []

    async def body(tx: Tx) -> dict[str, Any]:
        result = await advance(tx, flow, change)
        done[:] = [result]
        return {"id": result.node.id, "stepId": result.step.id if result.step else None, "extra": result.extra}

    ids, replayed = await once(graph, change.actor.person_id, change.key, dict(change.request), body)
    if not replayed:
        await publish(graph, flow.announce, [(r.node, r.step) for r in done])
        return done[0]
    rows = await graph.read(_fetch(flow), id=ids["id"], stepId=ids["stepId"])
    if not rows:
        raise NotFound(f"what idempotencyKey {change.key!r} changed no longer exists", "idempotencyKey")
    return _result(flow, rows[0], True, ids.get("extra") or {})


async def run_all(graph: Graph, flow: Flow, changes: Sequence[Change]) -> list[StepResult]:
    """Several steps in ONE transaction, all or none (a match plan's claims); no keys; published after the commit."""

    async def body(tx: Tx) -> list[StepResult]:
        return [await advance(tx, flow, change) for change in changes]

    done = await graph.transaction(body)
    await publish(graph, flow.announce, [(r.node, r.step) for r in done])
    return done


def change_of(kind: Kind, subject: NodeRecord, step: NodeRecord) -> StatusChange:
    at = step.get("at")
    return StatusChange(
        kind=kind,
        id=subject.id,
        action=str(step.get("action") or ""),
        from_status=step.get("fromStatus"),
        to_status=str(step.get("toStatus") or subject.get("status")),
        at=at.isoformat() if isinstance(at, datetime) else str(at),
    )


async def publish(graph: Graph, kind: Kind | None, steps: Sequence[tuple[NodeRecord, NodeRecord | None]]) -> None:
    """Hand committed steps' status changes to the process's publisher (its broker); steps that keep the status
    publish nothing, nor do workflows without subscribers (`kind` None).

    The steps have committed whatever happens here, so a broker failure is logged, never raised.
    """
    if kind is None or graph.publisher is None:
        return
    for subject, step in steps:
        if step is None:
            continue
        change = change_of(kind, subject, step)
        if change.from_status == change.to_status:
            continue
        try:
            await graph.publisher(change)
        except Exception:
            log.exception("publishing %s %s %s failed; subscribers miss this change", kind, change.id, change.action)


# The key stage: a change runs at most once per client-supplied key, in the change's own transaction; a repeat
# replays the first result.
Result = dict[str, Any]
# Keys are indexed: Neo4j refuses index entries over ~8 kB, and no client needs more than a UUID or two.
MAX_KEY_LENGTH = 200

# CREATEd, never MERGEd: a concurrent request with the same key blocks on the unique constraint until the
# first commits, then fails instead of acting twice (and is answered with the stored result).
# Stored under the owner's id and the client's key together: each person's keys are their own, so one person's key
# can neither replay nor block another's request.
KEY_TAKE = """
OPTIONAL MATCH (old:IdempotencyKey {key: $key})
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
  CREATE (:IdempotencyKey {key: $key, owner: $owner, request: $request, at: datetime()}))
RETURN old {.*} AS old
"""
KEY_STORE = "MATCH (k:IdempotencyKey {key: $key}) SET k.result = $result"
KEY_READ = "MATCH (k:IdempotencyKey {key: $key}) RETURN k {.*} AS old"


def check_key(key: str | None) -> None:
    """A key is 1 to MAX_KEY_LENGTH characters; anything else is the caller's mistake, said as such."""
    if key is not None and not 0 < len(key) <= MAX_KEY_LENGTH:
        raise InvalidInput(f"idempotencyKey must be 1 to {MAX_KEY_LENGTH} characters", "idempotencyKey")


def _replay(old: Result, request: str) -> tuple[Result, bool]:
    if old.get("request") != request:
        raise KeyReused("idempotencyKey was used for another request: send a new key with a new request")
    if old.get("result") is None:
        raise Conflict("a concurrent request with the same idempotencyKey failed; try again")
    result: Result = json.loads(old["result"])
    return result, True


async def once(
    graph: Graph, owner: str, key: str | None, request: Result, work: Callable[[Tx], Awaitable[Result]]
) -> tuple[Result, bool]:
    """`work`'s JSON-able result and False; or, when `owner` used `key` before for the same request, its result and
    True. `request` names what is asked (action and ids): the same key with another request is refused (KeyReused).
    """
    check_key(key)
    asked = json.dumps(request, sort_keys=True, default=str)
    # The unit separator cannot occur in a person id nor matter in a client's key: `owner` and `key` stay apart.
    scoped = None if key is None else f"{owner}\x1f{key}"

    async def run(tx: Tx) -> tuple[Result, bool]:
        if key is not None:
            old = (await tx.run(KEY_TAKE, key=scoped, owner=owner, request=asked))[0]["old"]
            if old is not None:
                return _replay(old, asked)
        result = await work(tx)
        if key is not None:
            await tx.run(KEY_STORE, key=scoped, result=json.dumps(result, default=str))
        return result, False

    async def read(tx: Tx) -> tuple[Result, bool]:
        rows = await tx.run(KEY_READ, key=scoped)
        if not rows:
            raise Conflict("a concurrent request with the same idempotencyKey failed; try again")
        return _replay(rows[0]["old"], asked)

    try:
        return await graph.transaction(run)
    except DuplicateKey:
        if key is None:
            raise
        return await graph.transaction(read)
