"""The websocket handler without Neo4j: nothing leaves after the token's end, the query limits refuse one operation
(not the connection), each operation has its own context. Over a real process: tests/system/test_api_websockets.py."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any, cast

from graphql import GraphQLError, GraphQLSyntaxError, Source
from strawberry.schema import BaseSchema

from api.websockets import Connection, OwnContexts
from graph.access.viewer import Viewer
from graph.core.db import Graph
from schema.context import Context
from schema.errors import QUERY_TOO_COMPLEX

NEXT: Any = {"id": "1", "type": "next", "payload": {"data": {"wishStatusChanged": None}}}


class Socket:
    """What the handler sends and closes with."""

    def __init__(self) -> None:
        self.sent: list[object] = []
        self.closed: list[int] = []

    async def send_json(self, message: object) -> None:
        self.sent.append(message)

    async def close(self, code: int, reason: str) -> None:
        self.closed.append(code)


def connection(expires_at: float | None) -> tuple[Connection, Socket]:
    socket = Socket()
    handler = Connection(
        view=cast(Any, None),
        websocket=cast(Any, socket),
        context=Context(graph=cast(Graph, None), expires_at=expires_at),
        root_value=None,
        schema=cast(BaseSchema, None),
        connection_init_wait_timeout=timedelta(minutes=1),
    )
    return handler, socket


async def test_a_message_due_after_the_tokens_end_is_not_sent_and_the_connection_closes_with_4403() -> None:
    handler, socket = connection(expires_at=time.time() - 1)
    await handler.send_message(NEXT)
    await handler.send_message(NEXT)
    assert socket.sent == []
    assert socket.closed == [4403]  # once


async def test_before_the_tokens_end_messages_go_out() -> None:
    handler, socket = connection(expires_at=time.time() + 3600)
    await handler.send_message(NEXT)
    assert (socket.sent, socket.closed) == ([NEXT], [])


def test_past_the_token_limit_only_the_operation_is_refused() -> None:
    coded = GraphQLSyntaxError(Source("{ a }"), 0, "Document contains more than 3 tokens. Parsing aborted.")
    coded.extensions = {"code": QUERY_TOO_COMPLEX}
    assert Connection._get_pre_execution_close_reason(coded) is None
    # Any other syntax error still closes the connection (Strawberry's 4400).
    assert Connection._get_pre_execution_close_reason(GraphQLSyntaxError(Source("{"), 1, "Expected Name")) is not None
    assert Connection._get_pre_execution_close_reason(GraphQLError("other")) is None


class Streams:
    def __init__(self) -> None:
        self.contexts: list[Context] = []

    async def stream(self, query: str, **kwargs: Any) -> None:
        self.contexts.append(kwargs["context_value"])


async def test_each_operation_on_a_connection_has_its_own_context_with_the_connections_viewer() -> None:
    viewer = Viewer(person_id="p1", roles=frozenset({"grid_worker"}), grids=frozenset({"g1"}))
    shared = Context(graph=cast(Graph, None), viewer=viewer)
    shared.record_full_read("Person", "p2", "phone")
    streams = Streams()
    schema = OwnContexts(cast(BaseSchema, streams))
    await schema.stream("subscription { a }", context_value=shared)
    await schema.stream("subscription { b }", context_value=shared)
    first, second = streams.contexts
    assert first is not shared and second is not shared and first is not second
    assert first.viewer == second.viewer == viewer
    first.record_full_read("Person", "p3", "idNumber")
    assert second.full_reads == {} and shared.full_reads == {("Person", "p2"): {"phone"}}
