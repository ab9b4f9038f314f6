"""The Starlette application: one driver and one broker per process, opened and closed by the lifespan, and /graphql."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any, cast

import orjson
from cross_web import AsyncHTTPRequestAdapter
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route, Router, WebSocketRoute
from starlette.websockets import WebSocket
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult, SubscriptionExecutionResult
from strawberry.types.execution import PreExecutionError
from strawberry.types.unset import UNSET, UnsetType

from api import websockets
from api.auth import AuthError, TokenVerifier, resolved
from api.broker import open_broker
from api.documents import Documents, Refused, load
from api.explorer import explorer_routes
from api.graphiql import graphiql_page, graphiql_routes
from api.limits import BodySizeLimit, CodedErrors, GraphQLPost, error_response, language_of
from api.logs import REQUEST_ID_HEADER, RequestLog
from api.media import GRAPHQL_RESPONSE, MediaTypes, media_of
from api.metrics import MeteredGraphQL, metrics, observe_neo4j
from api.ratelimit import RateLimiter, rates
from api.readiness import health, ready_route
from api.registers.endpoints import PREFIX as REGISTERS
from api.registers.endpoints import routes as register_routes
from api.settings import Settings
from graph.core.db import Graph
from graph.core.errors import DatabaseUnavailable
from graph.core.migrations import migrate
from schema.codes import ErrorCode
from schema.context import Context
from schema.messages import negotiate
from schema.scalars import use_time_zone
from schema.served import build_schema

log = logging.getLogger(__name__)


class GraphQLApp(MeteredGraphQL):
    graphql_transport_ws_handler_class = websockets.Connection

    def encode_json(self, data: object) -> str:
        # orjson: several times faster than json.dumps on a page of nested rows, and UTF-8 text as it is (Chinese
        # names are not escaped to \uXXXX, a third of their bytes). Text, not bytes: websocket messages must be text
        # frames (graphql-transport-ws), and they are encoded here too.
        try:
            return orjson.dumps(data).decode()
        except TypeError:  # a lone surrogate a caller sent, echoed in an error: the standard library escapes it
            return json.dumps(data, separators=(",", ":"))

    def __init__(self, settings: Settings, verifier: TokenVerifier, documents: Documents) -> None:
        super().__init__(
            build_schema(settings.limits, settings.production, settings.compiled_reads),
            graphql_ide="graphiql" if settings.graphiql else None,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            allowed_origins=settings.cors_origins,
            max_subscriptions_per_connection=20,
        )
        self.settings = settings
        self.verifier = verifier
        self.documents = documents

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:
        graph = request.app.state.graph
        websocket = isinstance(request, WebSocket)
        return Context(
            graph=graph,
            viewer=await resolved(graph, request.state.viewer),
            max_page_size=self.settings.max_page_size,
            stale_claim_hours=self.settings.stale_claim_hours,
            event_reopen_days=self.settings.event_reopen_days,
            max_date_range_days=self.settings.max_date_range_days,
            broker=request.app.state.broker,
            websocket=websocket,
            expires_at=getattr(request.state, "expires_at", None) if websocket else None,
            language=negotiate(request.headers.get("accept-language")),
        )

    async def execute_operation(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        request_data: GraphQLRequestData | list[GraphQLRequestData],
        context: Context,
        root_value: None,
        sub_response: Response,
    ) -> ExecutionResult | list[ExecutionResult] | SubscriptionExecutionResult:
        result = await super().execute_operation(
            request, request_adapter, request_data, context, root_value, sub_response
        )
        # A batch keeps 200: its operations may fail and succeed side by side.
        failed = isinstance(result, ExecutionResult) and failed_before_execution(result)
        if failed and media_of(request.scope) == GRAPHQL_RESPONSE:
            sub_response.status_code = 400
        return result

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: Context,
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        try:
            query = self.documents.resolve(request_data.query, request_data.extensions)
        except Refused as refused:
            return PreExecutionError(data=None, errors=[refused.error(context.language)])
        resolved_data = replace(request_data, query=query)
        return await super().execute_single(request, request_adapter, sub_response, context, root_value, resolved_data)

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
        response = await super().process_result(request, result)
        if media_of(request.scope) == GRAPHQL_RESPONSE and failed_before_execution(result):
            response.pop("data", None)  # nothing executed: the spec's "no data entry"
        return response

    def is_websocket_origin_allowed(self, request: WebSocket, origin: str) -> bool:
        # Browsers apply no CORS to a WebSocket handshake: the same origins as over HTTP, checked here.
        pattern = self.settings.cors_origin_pattern
        local = pattern is not None and re.fullmatch(pattern, origin) is not None
        return local or super().is_websocket_origin_allowed(request, origin)

    async def render_graphql_ide(self, request: Request) -> Response:
        # GET /graphql asking for HTML (development only): our GraphiQL, built from npm, instead of Strawberry's CDN page.
        return graphiql_page()

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        await websockets.sign_in(context, self.verifier, context.graph)
        return cast(UnsetType, UNSET)  # no payload in connection_ack


def failed_before_execution(result: ExecutionResult) -> bool:
    """Whether a result is a request error: refused before anything executed (no parse, no validation, variables
    that did not coerce, a limit or a refused document): no data, and no error at a field's path."""
    if isinstance(result, PreExecutionError):
        return True
    errors = result.errors or []
    return result.data is None and bool(errors) and all(error.path is None for error in errors)


class Authenticated:
    """An endpoint behind the token check and the rate limit: a bad token is answered 401, a caller over its rate
    429, before any query runs. /graphql and /registers are (health, readiness and metrics are not)."""

    def __init__(self, app: GraphQLApp | Router, verifier: TokenVerifier, limiter: RateLimiter) -> None:
        self.app = app
        self.verifier = verifier
        self.limiter = limiter

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "websocket":
            if isinstance(self.app, GraphQLApp):
                await websockets.guard(self.app, self.verifier, scope, receive, send)
            else:  # no websocket routes: the router refuses it
                await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            viewer = self.verifier.viewer(request.headers.get("authorization"), request.headers.get("x-access-purpose"))
        except AuthError as exc:
            viewer, refused = None, exc
        # A bad token counts against its address, like no token: refusing it must not be free of the limit.
        subject = viewer.person_id if viewer is not None else None
        over = await self.limiter.hit(subject, request.client.host if request.client else "unknown")
        if over is not None:
            headers = {"Retry-After": str(over.retry_after)}
            limited = error_response(
                429, over.message, ErrorCode.RATE_LIMITED, headers, language_of(scope), retryAfter=over.retry_after
            )
            await limited(scope, receive, send)
            return
        if viewer is None:
            headers = {"WWW-Authenticate": 'Bearer error="invalid_token"'}
            unsigned = error_response(401, str(refused), ErrorCode.UNAUTHENTICATED, headers, language_of(scope))
            await unsigned(scope, receive, send)
            return
        request.state.viewer = viewer
        await self.app(scope, receive, send)


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings()
    use_time_zone(settings.community_timezone)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        graph = Graph.connect(
            settings.connection, settings.query_timeout_s, settings.retry_time_s, cursor_secret=settings.cursor_secret
        )
        graph.observer = observe_neo4j
        app.state.graph = graph
        # One broker (one Redis connection pool) per process, like the driver.
        app.state.broker, redis_broker = open_broker(settings.redis_url)
        # The step pipeline hands each committed status change to the broker, after the commit.
        graph.publisher = app.state.broker.publish
        if redis_broker is not None:
            await redis_broker.start()
        try:
            await migrate(graph)
        except DatabaseUnavailable:
            log.warning("Neo4j unreachable at start-up; serving, and migrations wait for `migrate`")
        try:
            yield
        finally:
            if redis_broker is not None:
                await redis_broker.close()
            await limiter.close()
            await graph.close()

    verifier = TokenVerifier(settings)
    limiter = RateLimiter(settings.redis_url, rates(settings.rate_limit), rates(settings.rate_limit_anonymous))
    documents = Documents(load(), settings.trusted_documents_only)
    graphql = Authenticated(GraphQLApp(settings, verifier, documents), verifier, limiter)
    routes = [
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        Route("/health", health),
        ready_route(settings.ready_timeout_s),
        Route("/metrics", metrics),
        Mount(
            REGISTERS,
            Authenticated(
                Router(register_routes(settings.max_upload_bytes, settings.import_timeout_s)), verifier, limiter
            ),
        ),
        *explorer_routes(),
        *(graphiql_routes() if settings.graphiql else []),
    ]
    middleware = [  # outermost first
        Middleware(RequestLog),
        Middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_origin_regex=settings.cors_origin_pattern,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "X-Access-Purpose", REQUEST_ID_HEADER],
            expose_headers=[REQUEST_ID_HEADER],
            max_age=600,
        ),
        Middleware(MediaTypes),
        Middleware(BodySizeLimit, max_bytes=settings.max_request_bytes, larger={REGISTERS: settings.max_upload_bytes}),
        Middleware(GraphQLPost),
        Middleware(CodedErrors, max_operations=settings.max_operations),
    ]
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
