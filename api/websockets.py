"""/graphql websockets (graphql-transport-ws): signing in, the token's lifetime, and one context per operation."""

from __future__ import annotations

import asyncio
import time
from typing import Any, cast

import jwt
from graphql import GraphQLError
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.exceptions import ConnectionRejectionError
from strawberry.schema import BaseSchema
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ConnectionInitMessage,
    Message,
    SubscribeMessage,
)

from api.auth import AuthError, TokenVerifier, resolved
from api.documents import Refused
from graph.core.db import Graph
from schema.context import Context
from schema.errors import QUERY_TOO_COMPLEX

# graphql-transport-ws: the server closes with 4403 Forbidden when it rejects connection_init (Strawberry does, on
# ConnectionRejectionError); a handshake whose header token is bad is refused before it is accepted (HTTP 403).
PAYLOAD_KEYS = ("Authorization", "authorization")
FORBIDDEN = 4403
EXPIRED = "the token has expired"


def expiry(authorization: str) -> float | None:
    """The `exp` of a token the verifier has just accepted (so its signature and claims are already checked)."""
    token = authorization.partition(" ")[2].strip()
    exp = jwt.decode(token, options={"verify_signature": False}).get("exp")
    return float(exp) if isinstance(exp, int | float) else None


async def guard(app: ASGIApp, verifier: TokenVerifier, scope: Scope, receive: Receive, send: Send) -> None:
    """Reads the header token, if any, into the connection's state; a bad one never reaches the GraphQL app."""
    websocket = WebSocket(scope, receive, send)
    header = websocket.headers.get("authorization")
    try:
        websocket.state.viewer = verifier.viewer(header, websocket.headers.get("x-access-purpose"))
    except AuthError:
        await websocket.close(code=FORBIDDEN, reason="the token is not valid")
        return
    websocket.state.expires_at = expiry(header) if header else None
    await app(scope, receive, send)


async def sign_in(context: Context, verifier: TokenVerifier, graph: Graph) -> None:
    """On connection_init: a token in the payload wins over the header's; without either the connection is refused
    (every subscription shows rows about people, which only signed-in viewers may read)."""
    params: dict[str, Any] = context.connection_params or {}
    authorization = next((params[k] for k in PAYLOAD_KEYS if k in params), None)
    if authorization is not None:
        try:
            viewer = verifier.viewer(str(authorization), context.viewer.purpose)
        except AuthError:
            raise ConnectionRejectionError() from None
        context.viewer = await resolved(graph, viewer)
        context.expires_at = expiry(str(authorization))
    if context.viewer.anonymous:
        raise ConnectionRejectionError()


class OwnContexts:
    """The served schema as the handler sees it, except that each operation runs on its own copy of the
    connection's context (`Context.for_operation`), so no operation audits or caches another's reads."""

    def __init__(self, schema: BaseSchema) -> None:
        self._schema = schema

    async def stream(self, query: str, **kwargs: Any) -> Any:
        kwargs["context_value"] = cast(Context, kwargs["context_value"]).for_operation()
        return await self._schema.stream(query, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._schema, name)


class Connection(BaseGraphQLTransportWSHandler[Context, None]):
    """Strawberry's graphql-transport-ws handler, held to the token's lifetime: the connection closes with 4403 at
    the token's `exp` (a timer, so an idle connection closes too) and nothing is sent after it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.schema = cast(BaseSchema, OwnContexts(self.schema))
        self._expiry: asyncio.Task[None] | None = None
        self._closed = False

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        await super().handle_connection_init(message)
        at = self.context.expires_at
        if self.connection_acknowledged and at is not None and self._expiry is None:
            self._expiry = asyncio.create_task(self._close_at(at))
            self._expiry.add_done_callback(self._task_done)

    async def _close_at(self, at: float) -> None:
        await asyncio.sleep(max(at - time.time(), 0))
        try:
            await self._close_expired()
        except Exception as error:  # logged like Strawberry's own timeout task's failures
            await self.handle_task_exception(error)

    async def _close_expired(self) -> None:
        if not self._closed:
            self._closed = True
            await self.websocket.close(code=FORBIDDEN, reason=EXPIRED)

    async def send_message(self, message: Message) -> None:
        # The one way out for every message: past `exp` (the timer not yet run) the message is dropped and the
        # connection closed, so a delivery resolved just before `exp` never leaves after it.
        at = self.context.expires_at
        if at is not None and time.time() >= at:
            await self._close_expired()
            return
        await super().send_message(message)

    async def shutdown(self) -> None:
        if self._expiry is not None:
            self._expiry.cancel()
        await super().shutdown()

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        # The same documents rule as over HTTP: by hash, and in trusted mode only the manifest's.
        payload = message["payload"]
        documents = cast("Any", self.view).documents
        try:
            query = documents.resolve(payload.get("query"), payload.get("extensions"))
        except Refused as refused:
            if self.connection_acknowledged:
                error = refused.error(self.context.language)
                await self.send_message({"id": message["id"], "type": "error", "payload": [error.formatted]})
                return
            query = None  # Strawberry closes an unacknowledged connection (4401) whatever the payload
        await super().handle_subscribe({**message, "payload": {**payload, "query": query or ""}})

    @staticmethod
    def _get_pre_execution_close_reason(error: GraphQLError) -> str | None:
        # Past the token limit graphql-core stops parsing with a syntax error, on which Strawberry would close the
        # connection (4400); like every other limit, it refuses only that operation with an `error` message.
        if (error.extensions or {}).get("code") == QUERY_TOO_COMPLEX:
            return None
        return BaseGraphQLTransportWSHandler._get_pre_execution_close_reason(error)
