"""Logs: one line per request with its id (never the query string, body or headers), as JSON or text."""

from __future__ import annotations

import logging
import re
import time
import uuid
from typing import Literal

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import metrics

log = logging.getLogger("api.requests")

# Handed to uvicorn by `serve`: its access log is off (it prints query strings); this logger takes its place.
LOG_LEVEL = "INFO"
LogFormat = Literal["json", "text"]

REQUEST_ID_HEADER = "X-Request-ID"
# A caller's id is kept only if it is short and plain (it lands in every log line: no spaces, quotes or newlines).
_SANE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
# Outside a request (start-up, shutdown, background work) log lines carry this instead of an id.
NO_REQUEST = "-"


def request_id_from(given: str | None) -> str:
    """The caller's X-Request-ID when sane, else a fresh one."""
    if given is not None and _SANE_ID.fullmatch(given):
        return given
    return uuid.uuid4().hex


class RequestIdFilter(logging.Filter):
    """Stamps every record with the current request's id, so lines from graph/ and schema/ carry it too."""

    def filter(self, record: logging.LogRecord) -> bool:
        observation = metrics.CURRENT.get()
        record.request_id = observation.request_id if observation is not None else NO_REQUEST
        return True


def formatter(log_format: LogFormat) -> logging.Formatter:
    """JSON: one object per line (time, level, logger, message, request_id and any `extra` fields)."""
    if log_format == "json":
        return JsonFormatter(
            ["levelname", "name", "process", "message", "request_id"],
            rename_fields={"levelname": "level", "name": "logger"},
            timestamp="time",
            # uvicorn adds an ANSI-coloured copy of some messages.
            reserved_attrs=[*RESERVED_ATTRS, "color_message"],
        )
    return logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")


class RequestLog:
    """Gives each HTTP request an id (X-Request-ID in and out), logs one line when it is answered
    (`GET /graphql 200 12.3 ms`, with its operation and Neo4j time), and records its metrics."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        observation = metrics.Observation(request_id_from(Headers(scope=scope).get(REQUEST_ID_HEADER)))
        token = metrics.CURRENT.set(observation)
        status = 500
        began = time.perf_counter()

        async def watched(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = observation.request_id
            await send(message)

        try:
            await self.app(scope, receive, watched)
        finally:
            seconds = time.perf_counter() - began
            metrics.observe_request(scope["path"], status, seconds, observation)
            log.info(
                "%s %s %d %.1f ms",
                scope["method"],
                scope["path"],
                status,
                seconds * 1000,
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status,
                    "duration_ms": round(seconds * 1000, 1),
                    "operation": observation.operation,
                    "neo4j_ms": round(observation.neo4j_seconds * 1000, 1),
                    "neo4j_queries": observation.neo4j_queries,
                },
            )
            metrics.CURRENT.reset(token)


def uvicorn_log_config(log_format: LogFormat = "text") -> dict[str, object]:
    """uvicorn's logging configuration: the request log and the app's own loggers on its console handler, every
    line in `log_format` and stamped with the request id."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["filters"] = {"request_id": {"()": RequestIdFilter}}
    for name in ("default", "access"):
        config["formatters"][name] = {"()": formatter, "log_format": log_format}
    for handler in config["handlers"].values():
        handler["filters"] = ["request_id"]
    loggers = config["loggers"]
    for name in ("api", "schema", "graph", "strawberry"):
        loggers[name] = {"handlers": ["default"], "level": LOG_LEVEL, "propagate": False}
    # The driver's DEBUG log prints every query's parameters (names, phone numbers): never below WARNING.
    loggers["neo4j"] = {"handlers": ["default"], "level": "WARNING", "propagate": False}
    return config
