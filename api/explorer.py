"""The /explore page: the built explorer (api/static/explorer/), or a 503 saying how to build it."""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

ASSETS = Path(__file__).parent / "static" / "explorer"
NOT_BUILT = "explorer assets not built: run make explorer"


class ExplorerFiles(StaticFiles):
    """StaticFiles (index.html at /explore/) that answers 503 while the bundle has not been built."""

    def __init__(self, directory: Path = ASSETS) -> None:
        super().__init__(directory=directory, html=True, check_dir=False)
        self.index = directory / "index.html"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.index.is_file():
            await PlainTextResponse(NOT_BUILT, status_code=503)(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


async def _to_slash(request: Request) -> Response:
    # Relative, so the page's relative asset and ../graphql URLs also work behind a path prefix.
    return RedirectResponse("explore/", status_code=308)


def explorer_routes(directory: Path = ASSETS) -> list[BaseRoute]:
    return [Route("/explore", _to_slash), Mount("/explore", app=ExplorerFiles(directory), name="explorer")]
