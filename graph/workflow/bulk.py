"""A change too large for one step (a register import): one transaction, all or nothing, its lock taken first."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, LiteralString, TypeVar

from graph.core.db import Graph, Tx

T = TypeVar("T")


async def locked(
    graph: Graph,
    lock: LiteralString,
    params: dict[str, Any],
    work: Callable[[Tx], Awaitable[T]],
    timeout_s: float | None = None,
) -> T:
    """Take `lock` (a write to the node everything else hangs on), then run `work`, in ONE transaction.

    Changes that take the same lock run one after the other, each seeing what the one before committed, so `work`
    reads what it compares under the lock. Retried as a whole on transient errors: `work` must be repeatable.
    """

    async def body(tx: Tx) -> T:
        await tx.run(lock, **params)
        return await work(tx)

    return await graph.transaction(body, timeout_s)
