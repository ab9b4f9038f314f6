"""Requests per caller in a moving window: per token subject, per client address without one; counted in Redis
(shared by every API process) when REDIS_URL is set, else in this process."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass

from limits import RateLimitItem, parse_many
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError
from redis.asyncio import ConnectionPool

log = logging.getLogger(__name__)

# Keys in Redis start with this, apart from anything else the same Redis holds.
KEY_PREFIX = "grid-graph-rate"


def rates(text: str) -> tuple[RateLimitItem, ...]:
    """'10/second;600/minute' as limits' items; empty: no limit."""
    return tuple(parse_many(text)) if text.strip() else ()


def storage_for(redis_url: str | None) -> tuple[Storage, ConnectionPool | None]:
    """Redis through redis-py (the client the broker already uses) when a URL is given, with the pool to close at
    shutdown; else this process's memory."""
    if not redis_url:
        return MemoryStorage(), None
    pool = ConnectionPool.from_url(redis_url)
    storage = RedisStorage(
        f"async+{redis_url}",
        implementation="redispy",
        key_prefix=KEY_PREFIX,
        wrap_exceptions=True,
        connection_pool=pool,  # type: ignore[arg-type]  # limits types its options as scalars; redis-py takes a pool
    )
    return storage, pool


@dataclass(frozen=True)
class Refusal:
    """A request over a limit: which one, and the whole seconds until the window lets the next one in."""

    limit: RateLimitItem
    retry_after: int

    @property
    def message(self) -> str:
        return f"too many requests: at most {self.limit}; retry after {self.retry_after} s"


class RateLimiter:
    """A moving window per caller key: `signed_in` rates for token subjects, `anonymous` rates for addresses."""

    def __init__(self, redis_url: str | None, signed_in: Sequence[RateLimitItem], anonymous: Sequence[RateLimitItem]):
        storage, self._pool = storage_for(redis_url)
        self.strategy = MovingWindowRateLimiter(storage)
        self.signed_in = tuple(signed_in)
        self.anonymous = tuple(anonymous)

    async def close(self) -> None:
        """Closes the Redis connections (the lifespan's shutdown)."""
        if self._pool is not None:
            await self._pool.disconnect()

    async def hit(self, subject: str | None, address: str) -> Refusal | None:
        """Counts one request of the caller (its subject, else its address); a Refusal when it is over a limit.

        Each window is tested before any is counted, so a refused request spends nothing. If the store cannot be
        reached the request is let through (and logged): an outage of Redis must not take the API down with it.
        """
        items, key = (self.signed_in, f"sub:{subject}") if subject else (self.anonymous, f"addr:{address}")
        try:
            for item in items:
                if not await self.strategy.test(item, key):
                    stats = await self.strategy.get_window_stats(item, key)
                    return Refusal(item, max(1, math.ceil(stats.reset_time - time.time())))
            for item in items:
                await self.strategy.hit(item, key)
        except StorageError:
            log.warning("rate limit store unreachable: request let through", exc_info=True)
        return None
