"""Websockets over a real API process: a token's lifetime ends its connection, and a subscription document is held
to the same limits as a query, refused with an `error` message for its operation (graphql-transport-ws)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from typing import Any

import jwt
import pytest
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from graph.core.db import Connection, Graph
from tests.auth import ADMIN, bearer
from tests.system.api_process import free_port, serve_env, start, stop, wait_until_healthy
from tests.system.graphql_ws import WAIT_S, Api, gql, next_data, signed_in, subscribed

# A short-lived token: long enough to sign in, subscribe and receive one message on a loaded machine.
SHORT_HOURS = 6 / 3600


@pytest.fixture(scope="module")
def api(neo4j_connection: Connection, scratch_demo: Graph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """One `python -m api serve` process (its broker in-process) over a demo this module may change."""
    log, port = tmp_path_factory.mktemp("api") / "api.log", free_port()
    process = start(serve_env(neo4j_connection), port, log)
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}", process, log)
        yield Api(port, process, log)
    finally:
        stop(process, WAIT_S)


def expires(headers: dict[str, str]) -> float:
    token = headers["Authorization"].partition(" ")[2]
    return float(jwt.decode(token, options={"verify_signature": False})["exp"])


async def closed_with(ws: ClientConnection) -> int | None:
    """Reads until the server closes the connection (failing on any message): the close code."""
    with pytest.raises(ConnectionClosed) as closed:
        message = await asyncio.wait_for(ws.recv(), WAIT_S)
        pytest.fail(f"received {message!r} instead of the close")
    return closed.value.rcvd.code if closed.value.rcvd else None


WISH = """subscription($wishId: ID) { wishStatusChanged(wishId: $wishId) { action toStatus } }"""
CREATE = """mutation($input: CreateWishInput!) { createWish(input: $input) { wish { id } } }"""
STEP = """mutation($input: WishStepInput!) { %s(input: $input) { wish { status } } }"""


async def test_an_idle_connection_closes_with_4403_when_its_token_expires(api: Api) -> None:
    token = bearer("admin-test", "admin", hours=SHORT_HOURS)
    async with subscribed(api, token, WISH) as ws:
        assert await closed_with(ws) == 4403  # nothing happened on it: a timer closed it
        assert time.time() >= expires(token)  # and not before the token's end


async def test_nothing_is_delivered_after_the_token_expires(api: Api, scratch_demo: Graph) -> None:
    rows = await scratch_demo.read(
        """MATCH (g:Grid {kind: 'RESIDENTIAL'})<-[:WORKS_GRID]-(w:GridWorker)
           MATCH (r:Resident)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(g)
           WHERE NOT r:GridWorker AND r.birthYear <= 1990
           RETURN w.id AS worker, r.id AS resident ORDER BY worker, resident LIMIT 1"""
    )
    worker, resident = bearer(rows[0]["worker"], "grid_worker"), rows[0]["resident"]
    made = await gql(
        api,
        bearer(resident, "resident"),
        CREATE,
        input={"requesterId": resident, "title": "websocket test: expiry", "category": "REPAIR"},
    )
    wish = made["createWish"]["wish"]["id"]
    token = bearer("admin-test", "admin", hours=SHORT_HOURS)
    async with subscribed(api, token, WISH, wishId=wish) as ws:
        await gql(api, worker, STEP % "verifyWish", input={"wishId": wish})
        assert (await next_data(ws))["wishStatusChanged"] == {"action": "VERIFY", "toStatus": "VERIFIED"}
        await asyncio.sleep(max(expires(token) - time.time(), 0))
        await gql(api, worker, STEP % "publishWish", input={"wishId": wish})
        # The change after the token's end is not delivered: the connection closes instead.
        assert await closed_with(ws) == 4403


DEEP = """subscription { wishStatusChanged { wish { grid { wishes(first: 1) { edges { node { grid {
  wishes(first: 1) { edges { node { grid { name } } } } } } } } } } } }"""
ALIASES = "subscription { wishStatusChanged { " + " ".join(f"a{i}: action" for i in range(31)) + " } }"
TOKENS = "subscription { wishStatusChanged { " + " ".join(["action"] * 2100) + " } }"
# The probe's document: every change would read 100 wishes with 50 candidates each.
COSTLY = """subscription { wishStatusChanged { wish { grid { wishes(first: 100) { edges { node {
  candidates(first: 50) { nodes { score } } } } } } } } }"""


@pytest.mark.parametrize("query", [DEEP, ALIASES, TOKENS, COSTLY], ids=["depth", "aliases", "tokens", "cost"])
async def test_a_subscription_beyond_a_query_limit_is_refused_with_an_error_message(api: Api, query: str) -> None:
    async with signed_in(api, ADMIN) as ws:
        await ws.send(json.dumps({"id": "too-much", "type": "subscribe", "payload": {"query": query}}))
        message: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), WAIT_S))
        assert (message["type"], message["id"]) == ("error", "too-much"), message
        assert [e["extensions"]["code"] for e in message["payload"]] == ["QUERY_TOO_COMPLEX"], message
        # Only that operation is refused: the connection stays open.
        await ws.send(json.dumps({"type": "ping"}))
        assert json.loads(await asyncio.wait_for(ws.recv(), WAIT_S))["type"] == "pong"
