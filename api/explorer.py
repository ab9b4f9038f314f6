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


class BuiltFiles(StaticFiles):
    """StaticFiles that answers 503 (saying how to build) while `make explorer` has not written `marker`."""

    def __init__(self, directory: Path, marker: str, not_built: str, html: bool) -> None:
        super().__init__(directory=directory, html=html, check_dir=False)
        self.marker = directory / marker
        self.not_built = not_built

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.marker.is_file():
            await PlainTextResponse(self.not_built, status_code=503)(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


async def _to_slash(request: Request) -> Response:
    # Relative, so the page's relative asset and ../graphql URLs also work behind a path prefix.
    return RedirectResponse("explore/", status_code=308)


def explorer_routes(directory: Path = ASSETS) -> list[BaseRoute]:
    return [
        Route("/explore", _to_slash),
        Mount("/explore", app=BuiltFiles(directory, "index.html", NOT_BUILT, html=True), name="explorer"),
    ]
