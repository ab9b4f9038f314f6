"""GraphQL over HTTP's media types: which one a request's Accept asks for, and /graphql answering in it.

`application/graphql-response+json` (the current spec) says more with the status: a request that fails before it
executes (does not parse, does not validate, variables that do not coerce, a refused document) is 400, without
`data`. `application/json` (for older clients) keeps 200 for those. Without Accept, or with only `*/*`, a client
gets application/json, as the spec advises for clients that predate the new type.
"""

from __future__ import annotations

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.limits import GRAPHQL_PATH, JSON, error_response, language_of
from schema.codes import ErrorCode
from schema.messages import quality

GRAPHQL_RESPONSE = "application/graphql-response+json"
# How exactly a media range names a type: a wildcard matches, a named type matches better.
_EXACT, _SUBTYPE_WILDCARD, _WILDCARD = 2, 1, 0


def negotiate(accept: str | None) -> str | None:
    """The response's media type for an Accept header, or None when it accepts neither (then 406).

    The higher q wins; at equal q, the type the header names more exactly; at a tie, graphql-response+json if the
    header names it exactly, else application/json (so `*/*` and a missing header keep the older type)."""
    if accept is None or not accept.strip():
        return JSON
    new_q, new_exactness = _rank(accept, GRAPHQL_RESPONSE)
    old_q, old_exactness = _rank(accept, JSON)
    if max(new_q, old_q) <= 0:
        return None
    named = new_exactness == _EXACT
    return GRAPHQL_RESPONSE if (new_q, new_exactness, named) >= (old_q, old_exactness, True) else JSON


def _rank(accept: str, media: str) -> tuple[float, int]:
    """The q and exactness of the most exact range in `accept` that matches `media` ((0, -1) if none does)."""
    kind = media.split("/")[0]
    best: tuple[int, float] = (-1, 0.0)
    for part in accept.split(","):
        given, _, params = part.strip().partition(";")
        given = given.strip().lower()
        if given == media:
            exactness = _EXACT
        elif given == f"{kind}/*":
            exactness = _SUBTYPE_WILDCARD
        elif given == "*/*":
            exactness = _WILDCARD
        else:
            continue
        if exactness > best[0]:
            best = (exactness, quality(params))
    return best[1], best[0]


def media_of(scope: Scope) -> str:
    """The media type /graphql answers this request in (application/json where nothing negotiated it)."""
    return str(scope.get("state", {}).get("media", JSON))


class MediaTypes:
    """Negotiates /graphql's response type from Accept (406 NOT_ACCEPTABLE for neither JSON type), keeps it in the
    request's state for the GraphQL view, and labels every JSON answer of /graphql with it: results and refusals."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != GRAPHQL_PATH:
            await self.app(scope, receive, send)
            return
        accept = Headers(scope=scope).get("accept")
        media = negotiate(accept)
        if media is None:
            # A browser asking for the GraphiQL page (HTML only) is the view's to answer.
            if scope["method"] == "GET" and "text/html" in (accept or ""):
                await self.app(scope, receive, send)
                return
            message = f"Accept must include {GRAPHQL_RESPONSE} or {JSON} (got {(accept or '')[:80]!r})"
            refused = error_response(406, message, ErrorCode.NOT_ACCEPTABLE, language=language_of(scope))
            await refused(scope, receive, send)
            return
        scope.setdefault("state", {})["media"] = media

        async def labelled(message: Message) -> None:
            if message["type"] == "http.response.start" and media != JSON:
                headers = MutableHeaders(scope=message)
                if headers.get("content-type", "").startswith(JSON):
                    headers["content-type"] = media
            await send(message)

        await self.app(scope, receive, labelled)
