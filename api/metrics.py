"""Prometheus metrics: request latency by GraphQL operation, GraphQL errors by code, Neo4j time; and /metrics."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from cross_web import AsyncHTTPRequestAdapter
from graphql import GraphQLError, OperationDefinitionNode, parse
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from starlette.requests import Request
from starlette.responses import Response
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.types import ExecutionResult

from schema.context import Context

# Seconds; GraphQL requests span a cached node read (ms) to a community's match plan (seconds).
_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

REQUEST_SECONDS = Histogram(
    "graphql_request_duration_seconds",
    "Time to answer a /graphql request, by operation name.",
    ["operation"],
    buckets=_BUCKETS,
)
ERRORS = Counter("graphql_errors", "Errors in GraphQL responses, by extensions.code.", ["code"])
NEO4J_SECONDS = Histogram(
    "neo4j_query_duration_seconds",
    "Time of each Cypher query as the graph layer waits for it (retries included), by how it ran.",
    ["routing"],
    buckets=_BUCKETS,
)
HTTP_REQUESTS = Counter("http_requests", "HTTP requests answered, by route and status.", ["path", "status"])

# A label value is a time series each: operation names are the client's, so only identifiers, and at most this many
# distinct ones per process; beyond that they share "other".
_OPERATION = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
MAX_OPERATION_LABELS = 200
_seen_operations: set[str] = set()
# Paths reported as themselves; any other (404s, static files) is "other", for the same reason.
KNOWN_PATHS = frozenset({"/graphql", "/health", "/ready", "/metrics", "/explore"})
# Documents longer than this are not parsed for their name here (the limits refuse them later anyway).
_MAX_TOKENS = 5000


@dataclass
class Observation:
    """What one request's handling learns for its log line and metrics: set by RequestLog, filled in below."""

    request_id: str
    operation: str | None = None
    neo4j_seconds: float = 0.0
    neo4j_queries: int = 0


CURRENT: ContextVar[Observation | None] = ContextVar("observation", default=None)


def observe_neo4j(how: str, seconds: float) -> None:
    """The graph's observer hook (graph.db.Graph.observer)."""
    NEO4J_SECONDS.labels(how).observe(seconds)
    observation = CURRENT.get()
    if observation is not None:
        observation.neo4j_seconds += seconds
        observation.neo4j_queries += 1


def observe_request(path: str, status: int, seconds: float, observation: Observation) -> None:
    HTTP_REQUESTS.labels(path if path in KNOWN_PATHS else "other", str(status)).inc()
    if path == "/graphql":
        # Refused before the body was read (401, 413, 415): no operation name to tell.
        REQUEST_SECONDS.labels(observation.operation or "unparsed").observe(seconds)


@lru_cache(maxsize=512)
def _first_operation_name(query: str) -> str | None:
    try:
        document = parse(query, no_location=True, max_lexical_tokens=_MAX_TOKENS, max_comments=_MAX_TOKENS)
    except GraphQLError:
        return None
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            return definition.name.value if definition.name else None
    return None


def operation_label(operation_name: object, query: object) -> str:
    """The request's operationName, else its first operation's name; "anonymous" without one; "other" for a name
    that is not a plain identifier or past the per-process cap."""
    name = operation_name if isinstance(operation_name, str) and operation_name else None
    if name is None and isinstance(query, str):
        name = _first_operation_name(query)
    if name is None:
        return "anonymous"
    if not _OPERATION.fullmatch(name):
        return "other"
    if name not in _seen_operations:
        if len(_seen_operations) >= MAX_OPERATION_LABELS:
            return "other"
        _seen_operations.add(name)
    return name


def count_errors(errors: Iterable[GraphQLError] | None) -> None:
    for error in errors or ():
        code = (error.extensions or {}).get("code")
        ERRORS.labels(code if isinstance(code, str) and _OPERATION.fullmatch(code) else "UNKNOWN").inc()


class MeteredGraphQL(GraphQL[Context, None]):
    """Strawberry's ASGI view that names the request's operation and counts the codes of the errors it answers."""

    async def parse_http_body(self, request: AsyncHTTPRequestAdapter) -> GraphQLRequestData | list[GraphQLRequestData]:
        data = await super().parse_http_body(request)
        observation = CURRENT.get()
        if observation is not None:
            if isinstance(data, list):
                observation.operation = "batch"
            else:
                observation.operation = operation_label(data.operation_name, data.query)
        return data

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
        count_errors(result.errors)
        return await super().process_result(request, result)


def metrics(request: Request) -> Response:
    """The text exposition; with several workers (PROMETHEUS_MULTIPROC_DIR) every worker's samples, merged."""
    registry: CollectorRegistry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]  # prometheus_client leaves it untyped
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_PLAIN_0_0_4)
