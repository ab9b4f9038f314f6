"""Limits at the HTTP edge: body size, JSON-only POSTs (CSRF), and every refusal a JSON error with a code."""

from __future__ import annotations

import json
from collections.abc import Mapping

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from schema.codes import ErrorCode
from schema.messages import ENGLISH, localise, negotiate

GRAPHQL_PATH = "/graphql"
# The one request body /graphql reads. Browsers cannot send it cross-origin without a CORS preflight, so a page
# elsewhere cannot make a signed-in user's browser post a mutation (text/plain, forms and multipart are refused).
JSON = "application/json"

# Codes of the refusals Strawberry and Starlette answer in plain text, by status.
STATUS_CODES = {
    400: ErrorCode.BAD_REQUEST,
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.METHOD_NOT_ALLOWED,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
    415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
}


def language_of(scope: Scope) -> str:
    """The language a refusal is worded in: the request's Accept-Language, negotiated (schema/messages.py)."""
    return negotiate(Headers(scope=scope).get("accept-language"))


def error_response(
    status: int,
    message: str,
    code: ErrorCode,
    headers: dict[str, str] | None = None,
    language: str = ENGLISH,
    **params: object,
) -> JSONResponse:
    """A GraphQL-shaped error body: `{"errors": [{"message", "extensions": {"code"}}]}`, the message in `language`
    (in Chinese the English text is kept as `extensions.detail`; `params` fill the Chinese text)."""
    extensions: dict[str, object] = {"code": code.name}
    worded = localise(code, language, message, params)
    if worded != message:
        extensions["detail"] = message
    body = {"errors": [{"message": worded, "extensions": extensions}]}
    return JSONResponse(body, status_code=status, headers=headers)


class _TooLarge(Exception):
    """The streamed body passed the limit."""


class BodySizeLimit:
    """Refuses a body over `max_bytes` with 413: by its Content-Length, or while it streams in without one. Paths
    under a prefix of `larger` (file uploads) have that prefix's limit instead."""

    def __init__(self, app: ASGIApp, max_bytes: int, larger: Mapping[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.larger = dict(larger or {})

    def limit(self, scope: Scope) -> int:
        path: str = scope.get("path", "")
        return next((n for prefix, n in self.larger.items() if path.startswith(prefix + "/")), self.max_bytes)

    def _too_large(self, scope: Scope) -> JSONResponse:
        limit = self.limit(scope)
        message = f"the request body exceeds the limit of {limit:,} bytes"
        return error_response(413, message, ErrorCode.PAYLOAD_TOO_LARGE, language=language_of(scope), limit=limit)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_bytes = self.limit(scope)
        declared = Headers(scope=scope).get("content-length")
        if declared is not None:
            if not declared.isdigit():
                refused = error_response(
                    400, "Content-Length is not a number", ErrorCode.BAD_REQUEST, language=language_of(scope)
                )
                await refused(scope, receive, send)
                return
            if int(declared) > max_bytes:
                await self._too_large(scope)(scope, receive, send)
                return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    raise _TooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _TooLarge:
            if started:
                raise
            await self._too_large(scope)(scope, receive, send)


class GraphQLPost:
    """POST /graphql takes application/json only (415 for text/plain, forms and multipart: CSRF), and its body must
    be a JSON object, or a batch (a list) of them: anything else is 400 BAD_REQUEST before Strawberry reads it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not (scope["type"] == "http" and scope["path"] == GRAPHQL_PATH and scope["method"] == "POST"):
            await self.app(scope, receive, send)
            return
        given = Headers(scope=scope).get("content-type", "")
        if given.split(";")[0].strip().lower() != JSON:
            message = f"POST {GRAPHQL_PATH} takes `Content-Type: {JSON}` only (got {given[:80]!r})"
            refused = error_response(415, message, ErrorCode.UNSUPPORTED_MEDIA_TYPE, language=language_of(scope))
            await refused(scope, receive, send)
            return
        # The body is bounded by BodySizeLimit (outside this middleware), so reading it whole here is safe.
        body, more = b"", True
        while more:
            part = await receive()
            if part["type"] != "http.request":
                return
            body += part.get("body", b"")
            more = part.get("more_body", False)
        problem = _body_problem(body)
        if problem is not None:
            await error_response(400, problem, ErrorCode.BAD_REQUEST, language=language_of(scope))(scope, receive, send)
            return
        replayed = False

        async def again() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, again, send)


def _body_problem(body: bytes) -> str | None:
    """What is wrong with a POST body's shape, or None: a GraphQL request is an object with a string `query`."""
    try:
        parsed = json.loads(body)
    except RecursionError:
        return "the request body is nested too deeply"
    except (ValueError, UnicodeDecodeError):
        return "the request body is not valid JSON"
    requests = parsed if isinstance(parsed, list) else [parsed]
    if not requests or not all(isinstance(r, dict) for r in requests):
        return "the request body must be a JSON object (or a list of objects, a batch)"
    for request in requests:
        for key, kind, name in MEMBERS:
            if request.get(key) is not None and not isinstance(request[key], kind):
                # Strawberry checks a single request's members but not a batch's: there a number as `query` ran
                # into Python ("object of type 'int' has no len()"), answered 200 without a code.
                return f"The GraphQL operation's `{key}` must be {name} or null, if provided."
    return None


# The members of a GraphQL request and the JSON type each must have.
MEMBERS = (
    ("query", str, "a string"),
    ("operationName", str, "a string"),
    ("variables", dict, "an object"),
    ("extensions", dict, "an object"),
)


class CodedErrors:
    """Turns /graphql's plain-text refusals (Strawberry's and Starlette's) into JSON errors with a code.

    A mutation over GET becomes 405 (GraphQL over HTTP), a batch over the limit QUERY_TOO_COMPLEX.
    """

    def __init__(self, app: ASGIApp, max_operations: int) -> None:
        self.app = app
        self.max_operations = max_operations

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != GRAPHQL_PATH:
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        body = b""

        async def recode(message: Message) -> None:
            nonlocal start, body
            if message["type"] == "http.response.start":
                content_type = Headers(raw=message.get("headers", [])).get("content-type", "")
                if message["status"] >= 400 and content_type.startswith("text/plain"):
                    start = message
                    return
            elif message["type"] == "http.response.body" and start is not None:
                body += message.get("body", b"")
                if not message.get("more_body", False):
                    coded = self._coded(start["status"], body.decode("utf-8", "replace"), language_of(scope))
                    await coded(scope, receive, send)
                return
            await send(message)

        await self.app(scope, receive, recode)

    def _coded(self, status: int, text: str, language: str) -> JSONResponse:
        if text.startswith("mutations are not allowed when using GET"):
            message, allow = "mutations are sent with POST only", {"Allow": "POST"}
            return error_response(405, message, ErrorCode.METHOD_NOT_ALLOWED, headers=allow, language=language)
        if text == "Too many operations":
            message = f"too many operations in one request: at most {self.max_operations}"
            return error_response(400, message, ErrorCode.QUERY_TOO_COMPLEX, language=language)
        return error_response(status, text, STATUS_CODES.get(status, ErrorCode.BAD_REQUEST), language=language)
