"""What the dispute and council workflows share: one step per transaction, run once per key, answered as records."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, LiteralString

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Forbidden, InvalidInput, NotFound
from graph.core.records import NodeRecord
from graph.workflow.idempotency import once

# The actor's token names a person the graph does not hold.
NOT_LINKED = "your account is not linked to a person of this community"


@dataclass(frozen=True)
class Authority:
    """What the actor's token grants besides who they are in the graph (the graph layer never sees a token).

    `admin`: a community administrator, who counts as staff of the community for every step. `grid_worker`: the
    token holds the grid-worker role; which grids the person works is still the graph's to say, and False withholds
    a grid worker's rights. `unit_id`: the unit a unit contact speaks for (claims for it, handles its events).
    The default is what the graph alone says (seeds, sweeps, graph-level callers).
    """

    admin: bool = False
    grid_worker: bool = True
    unit_id: str | None = None

    def params(self) -> dict[str, bool | str | None]:
        """The Cypher parameters `$admin`, `$gridWorker` and `$actorUnit` of every query that judges the actor."""
        return {"admin": self.admin, "gridWorker": self.grid_worker, "actorUnit": self.unit_id}


GRAPH = Authority()


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


def actor_found(row: Row) -> None:
    """The acting person must exist in the graph."""
    if not row["actorFound"]:
        raise Forbidden(NOT_LINKED)


def actor_checked(row: Row, what: str) -> None:
    """The actor must exist and be staff (a grid worker, or an administrator) of the case's community."""
    actor_found(row)
    if not row["isStaff"]:
        raise Forbidden(f"you may not {what}: only a grid worker of this community or an administrator may")


def text(value: str | None, argument: str, what: str) -> str:
    """A required free text, trimmed; blank is the caller's error."""
    if value is None or not value.strip():
        raise InvalidInput(f"{what} is required", argument)
    return value.strip()
