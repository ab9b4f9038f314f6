"""Committed status changes for subscribers: the message, the brokers' protocol, and the in-process broker."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import asdict, dataclass
from typing import Literal, Protocol

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
