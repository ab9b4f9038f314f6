"""A graphql-transport-ws client for the system tests: an API process's addresses, signing in, subscribing."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from subprocess import Popen
from typing import Any

import httpx
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

PROTOCOL = Subprotocol("graphql-transport-ws")
WAIT_S = 10.0  # any single wait: a message, a start-up step
# After `subscribe` the server starts the operation on its own task; nothing in the protocol says it is listening.
SETTLE_S = 0.5


@dataclass
class Api:
    port: int
    process: Popen[bytes]
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/graphql"

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}/graphql"


async def gql(api: Api, headers: dict[str, str], query: str, **variables: Any) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=WAIT_S) as client:
        response = await client.post(api.url, json={"query": query, "variables": variables}, headers=headers)
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    return body["data"]  # type: ignore[no-any-return]  # JSON


@asynccontextmanager
async def signed_in(api: Api, headers: dict[str, str]) -> AsyncIterator[ClientConnection]:
    """A graphql-transport-ws connection signed in with the token in connection_init, acknowledged."""
    async with connect(api.ws, subprotocols=[PROTOCOL], open_timeout=WAIT_S) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": headers["Authorization"]}}))
        assert json.loads(await asyncio.wait_for(ws.recv(), WAIT_S))["type"] == "connection_ack"
        yield ws


@asynccontextmanager
async def subscribed(
    api: Api, headers: dict[str, str], query: str, **variables: Any
) -> AsyncIterator[ClientConnection]:
    """A signed-in connection subscribed to `query` (operation id "1")."""
    async with signed_in(api, headers) as ws:
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": query, "variables": variables}}))
        await ws.send(json.dumps({"type": "ping"}))
        assert json.loads(await asyncio.wait_for(ws.recv(), WAIT_S))["type"] == "pong"
        await asyncio.sleep(SETTLE_S)
        yield ws


async def next_data(ws: ClientConnection) -> dict[str, Any]:
    """The next `next` message's data (an `error` or `complete` fails the test)."""
    message = json.loads(await asyncio.wait_for(ws.recv(), WAIT_S))
    assert message["type"] == "next", message
    assert "errors" not in message["payload"], message
    return message["payload"]["data"]  # type: ignore[no-any-return]  # JSON
