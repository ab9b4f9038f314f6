"""Run a change at most once per client-supplied key, in the change's own transaction; a repeat replays the result."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from graph.core.db import Graph, Tx
from graph.core.errors import Conflict, DuplicateKey, InvalidInput

Result = dict[str, Any]
# Keys are indexed: Neo4j refuses index entries over ~8 kB, and no client needs more than a UUID or two.
MAX_KEY_LENGTH = 200

# CREATEd, never MERGEd: a concurrent request with the same key blocks on the unique constraint until the
# first commits, then fails instead of acting twice (and is answered with the stored result).
KEY_TAKE = """
OPTIONAL MATCH (old:IdempotencyKey {key: $key})
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
  CREATE (:IdempotencyKey {key: $key, request: $request, at: datetime()}))
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
        raise InvalidInput("idempotencyKey was used for another request", "idempotencyKey")
    if old.get("result") is None:
        raise Conflict("a concurrent request with the same idempotencyKey failed; try again")
    result: Result = json.loads(old["result"])
    return result, True


async def once(
    graph: Graph, key: str | None, request: Result, work: Callable[[Tx], Awaitable[Result]]
) -> tuple[Result, bool]:
    """`work`'s JSON-able result and False; or, when `key` was used before for the same request, its result and True.

    `request` names what is asked (action and ids): the same key with another request is the caller's error.
    """
    check_key(key)
    asked = json.dumps(request, sort_keys=True, default=str)

    async def run(tx: Tx) -> tuple[Result, bool]:
        if key is not None:
            old = (await tx.run(KEY_TAKE, key=key, request=asked))[0]["old"]
            if old is not None:
                return _replay(old, asked)
        result = await work(tx)
        if key is not None:
            await tx.run(KEY_STORE, key=key, result=json.dumps(result, default=str))
        return result, False

    async def read(tx: Tx) -> tuple[Result, bool]:
        rows = await tx.run(KEY_READ, key=key)
        if not rows:
            raise Conflict("a concurrent request with the same idempotencyKey failed; try again")
        return _replay(rows[0]["old"], asked)

    try:
        return await graph.transaction(run)
    except DuplicateKey:
        if key is None:
            raise
        return await graph.transaction(read)
