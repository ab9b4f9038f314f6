"""The Redis pub/sub broker: status changes published by any API process reach subscribers connected to every one."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager

import redis.asyncio as redis
from redis.exceptions import RedisError

from graph.workflow import KINDS, Broker, Kind, LocalBroker, StatusChange

log = logging.getLogger(__name__)

CHANNEL_PREFIX = "grid-graph:status:"
# A broker that does not answer must not hold a committed mutation's answer for long.
SOCKET_TIMEOUT_S = 2.0
RECONNECT_DELAY_S = 1.0


def channel(kind: Kind) -> str:
    return CHANNEL_PREFIX + kind


class RedisBroker:
    """One connection pool per process; ONE pub/sub connection listens to both channels and fans messages out to
    this process's subscribers, so a thousand subscribers cost Redis one connection, not a thousand."""

    def __init__(self, url: str) -> None:
        self._client = redis.Redis.from_url(url, socket_connect_timeout=SOCKET_TIMEOUT_S, socket_timeout=None)
        self._local = LocalBroker()
        self._listening = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self, wait_s: float = SOCKET_TIMEOUT_S) -> None:
        """Starts the listener and waits (briefly) until it is subscribed; an unreachable Redis is retried behind."""
        self._task = asyncio.create_task(self._listen(), name="redis-broker")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._listening.wait(), wait_s)
        if not self._listening.is_set():
            log.warning("Redis broker not reachable yet; subscriptions receive changes once it is")

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._client.aclose()

    async def publish(self, change: StatusChange) -> None:
        await asyncio.wait_for(self._client.publish(channel(change.kind), change.to_json()), SOCKET_TIMEOUT_S)

    def subscribe(self, kind: Kind) -> AbstractAsyncContextManager[AsyncIterator[list[StatusChange]]]:
        return self._local.subscribe(kind)

    async def _listen(self) -> None:
        kinds = {channel(k): k for k in KINDS}
        while True:
            try:
                async with self._client.pubsub(ignore_subscribe_messages=True) as pubsub:
                    await pubsub.subscribe(*kinds)
                    self._listening.set()
                    async for message in pubsub.listen():
                        change = StatusChange.from_json(message["data"])
                        if change is None:
                            log.warning("ignored a malformed message on %s", message.get("channel"))
                            continue
                        await self._local.publish(change)
            except (RedisError, OSError) as exc:
                self._listening.clear()
                log.warning("Redis broker connection lost (%s); reconnecting", type(exc).__name__)
                await asyncio.sleep(RECONNECT_DELAY_S)


def open_broker(redis_url: str | None) -> tuple[Broker, RedisBroker | None]:
    """The broker the settings ask for: Redis when REDIS_URL is set, else in-process (one API process only)."""
    if redis_url:
        broker = RedisBroker(redis_url)
        return broker, broker
    log.warning("REDIS_URL is not set: subscriptions see only this process's changes (run one API process)")
    return LocalBroker(), None
