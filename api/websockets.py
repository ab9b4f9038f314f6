"""Signing in on /graphql websockets (graphql-transport-ws): the Authorization header or connection_init's payload."""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.exceptions import ConnectionRejectionError

from api.auth import AuthError, TokenVerifier, resolved
from graph.core.db import Graph
from schema.context import Context

# graphql-transport-ws: the server closes with 4403 Forbidden when it rejects connection_init (Strawberry does, on
# ConnectionRejectionError); a handshake whose header token is bad is refused before it is accepted (HTTP 403).
PAYLOAD_KEYS = ("Authorization", "authorization")


async def guard(app: ASGIApp, verifier: TokenVerifier, scope: Scope, receive: Receive, send: Send) -> None:
    """Reads the header token, if any, into the connection's state; a bad one never reaches the GraphQL app."""
    websocket = WebSocket(scope, receive, send)
    try:
        websocket.state.viewer = verifier.viewer(
            websocket.headers.get("authorization"), websocket.headers.get("x-access-purpose")
        )
    except AuthError:
        await websocket.close(code=4403, reason="the token is not valid")
        return
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
    if context.viewer.anonymous:
        raise ConnectionRejectionError()
