"""/health (the process answers) and /ready (Neo4j answers and the schema the migrations declare is in place)."""

from __future__ import annotations

import asyncio
import logging

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from graph.core.errors import GraphError
from graph.core.migrations import schema_state

log = logging.getLogger(__name__)

SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
NOT_MIGRATED = "NOT_MIGRATED"


async def health(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


def _unready(code: str, message: str, **details: object) -> JSONResponse:
    return JSONResponse({"status": "unavailable", "code": code, "message": message, **details}, status_code=503)


def ready_route(timeout_s: float) -> Route:
    """GET /ready: 200 when ready; 503 with `code` SERVICE_UNAVAILABLE (Neo4j did not answer within `timeout_s`)
    or NOT_MIGRATED (a declared constraint or index is missing or not ONLINE: run `python -m api migrate`)."""

    async def ready(request: Request) -> JSONResponse:
        try:
            # A probe must answer quickly: the driver would otherwise retry an unreachable server for its whole window.
            state = await asyncio.wait_for(schema_state(request.app.state.graph), timeout_s)
        except (GraphError, TimeoutError) as exc:
            log.warning("not ready: Neo4j did not answer (%s)", type(exc).__name__)
            return _unready(SERVICE_UNAVAILABLE, "Neo4j did not answer")
        if not state.ready:
            log.warning("not ready: schema missing %s, not online %s", list(state.missing), list(state.not_online))
            return _unready(
                NOT_MIGRATED,
                "constraints or indexes are missing or not online",
                missing=list(state.missing),
                notOnline=list(state.not_online),
            )
        return JSONResponse({"status": "ready"})

    return Route("/ready", ready, methods=["GET"])
