"""Committed status changes for subscribers: the message, publishing it after the commit, the brokers' protocol."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Literal, Protocol

from graph.core.db import Graph
from graph.core.records import NodeRecord

log = logging.getLogger(__name__)

Kind = Literal["Wish", "Event"]
KINDS: tuple[Kind, ...] = ("Wish", "Event")
# Messages a slow subscriber may fall behind by before the oldest are dropped.
QUEUE_SIZE = 1000
# Most changes handed to a subscriber at once (its visibility check reads them in one query).
BATCH = 100


@dataclass(frozen=True)
class StatusChange:
    """One committed step: which wish or event, what the step was, the status before and after, and when."""

    kind: Kind
    id: str
    action: str
    from_status: str | None
    to_status: str
    at: str

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes) -> StatusChange | None:
        """The message, or None for anything malformed (a broker channel is not trusted input)."""
        try:
            data = json.loads(text)
            if data.get("kind") not in KINDS:
                return None
            return cls(
                kind=data["kind"],
                id=str(data["id"]),
                action=str(data["action"]),
                from_status=None if data["from_status"] is None else str(data["from_status"]),
                to_status=str(data["to_status"]),
                at=str(data["at"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


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


class Broker(Protocol):
    """Publish-subscribe between API processes. `subscribe` yields the changes of one kind published after it, in
    batches: everything that arrived since the previous batch (at most BATCH), in order."""

    async def publish(self, change: StatusChange) -> None: ...

    def subscribe(self, kind: Kind) -> AbstractAsyncContextManager[AsyncIterator[list[StatusChange]]]: ...


class LocalBroker:
    """Delivers within this process only: enough for one API process, wrong for several (logged at start)."""

    def __init__(self) -> None:
        self._queues: dict[Kind, set[asyncio.Queue[StatusChange]]] = {kind: set() for kind in KINDS}

    async def publish(self, change: StatusChange) -> None:
        for queue in self._queues[change.kind]:
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(change)

    @asynccontextmanager
    async def subscribe(self, kind: Kind) -> AsyncIterator[AsyncIterator[list[StatusChange]]]:
        queue: asyncio.Queue[StatusChange] = asyncio.Queue(QUEUE_SIZE)
        self._queues[kind].add(queue)

        async def changes() -> AsyncIterator[list[StatusChange]]:
            while True:
                batch = [await queue.get()]
                while len(batch) < BATCH and not queue.empty():
                    batch.append(queue.get_nowait())
                yield batch

        try:
            yield changes()
        finally:
            self._queues[kind].discard(queue)


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
