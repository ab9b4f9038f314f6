"""What the dispute and council workflows share: one step per transaction, run once per key, answered as records."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, LiteralString

from graph.db import Graph, Row, Tx
from graph.errors import InvalidInput, NotFound
from graph.idempotency import once
from graph.records import NodeRecord


@dataclass(frozen=True)
class StepResult:
    """The case (dispute, topic or meeting) after the step, the history entry it wrote, and whether it replayed.

    A replay returns the first request's history entry and the case as it is now.
    """

    node: NodeRecord
    step: NodeRecord | None
    replayed: bool = False


Work = Callable[[Tx], Awaitable[Row]]


async def run_step(
    graph: Graph, key: str | None, request: dict[str, Any], work: Work, fetch: LiteralString, labels: tuple[str, str]
) -> StepResult:
    """Run `work` (which returns a row `{node, step}`) once per key; a replay reads the stored ids back with `fetch`."""
    done: list[Row] = []

    async def body(tx: Tx) -> dict[str, Any]:
        row = await work(tx)
        done[:] = [row]
        step = row.get("step")
        return {"id": row["node"]["id"], "stepId": step["id"] if step else None}

    ids, replayed = await once(graph, key, request, body)
    if replayed:
        rows = await graph.read(fetch, id=ids["id"], stepId=ids["stepId"])
        if not rows:
            raise NotFound(f"what idempotencyKey {key!r} changed no longer exists", "idempotencyKey")
        done[:] = rows
    row = done[0]
    step = row.get("step")
    return StepResult(
        NodeRecord(labels[0], row["node"]["id"], row["node"]),
        NodeRecord(labels[1], step["id"], step) if step else None,
        replayed,
    )


def actor_checked(row: Row, actor_id: str) -> None:
    """The actor named must exist and be a grid worker of the case's community (until authentication exists)."""
    if not row["actorFound"]:
        raise NotFound(f"no person {actor_id!r}", "actorId")
    if not row["isStaff"]:
        raise InvalidInput(f"{actor_id} is not a grid worker of this community", "actorId")


def text(value: str | None, argument: str, what: str) -> str:
    """A required free text, trimmed; blank is the caller's error."""
    if value is None or not value.strip():
        raise InvalidInput(f"{what} is required", argument)
    return value.strip()
