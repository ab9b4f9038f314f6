"""The request log: method, path, status and duration, never the query string (it may carry personal data)."""

from __future__ import annotations

import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("api.requests")

# Handed to uvicorn by `serve`: its access log is off (it prints query strings); this logger takes its place.
LOG_LEVEL = "INFO"


class RequestLog:
    """Logs one line per HTTP request: `GET /graphql 200 12.3 ms` (no query string, no headers, no body)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500
        began = time.perf_counter()

        async def watched(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watched)
        finally:
            elapsed_ms = (time.perf_counter() - began) * 1000
            log.info("%s %s %d %.1f ms", scope["method"], scope["path"], status, elapsed_ms)


def uvicorn_log_config() -> dict[str, object]:
    """uvicorn's logging configuration with the request log (and the app's own loggers) on its console handler."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    loggers = config["loggers"]
    for name in ("api", "schema", "graph"):
        loggers[name] = {"handlers": ["default"], "level": LOG_LEVEL, "propagate": False}
    # The driver's DEBUG log prints every query's parameters (names, phone numbers): never below WARNING.
    loggers["neo4j"] = {"handlers": ["default"], "level": "WARNING", "propagate": False}
    return config
