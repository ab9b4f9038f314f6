"""GraphiQL served by the API itself: its page at GET /graphql (text/html) and its assets at /graphiql/, both built
by `make explorer` into api/static/graphiql/ (git-ignored), or a 503 saying how to build them. Development only."""

from __future__ import annotations

from pathlib import Path

from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Mount

from api.explorer import BuiltFiles

ASSETS = Path(__file__).parent / "static" / "graphiql"
PAGE = "graphiql.html"
NOT_BUILT = "GraphiQL assets not built: run make explorer"


def graphiql_page(directory: Path | None = None) -> Response:
    """The page Strawberry renders for GET /graphql: it loads graphiql/graphiql.js, relative to /graphql."""
    page = (directory or ASSETS) / PAGE
    if not page.is_file():
        return PlainTextResponse(NOT_BUILT, status_code=503)
    # Read per request: a rebuild shows up without a restart (development only; the page is small).
    return HTMLResponse(page.read_text(encoding="utf-8"), headers={"Cache-Control": "no-cache"})


def graphiql_routes(directory: Path | None = None) -> list[BaseRoute]:
    # No index: the page is served by /graphql (whose URL it posts to), not from this folder.
    files = BuiltFiles(directory or ASSETS, PAGE, NOT_BUILT, html=False)
    return [Mount("/graphiql", app=files, name="graphiql")]
