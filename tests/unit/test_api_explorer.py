"""/explore without a browser: the redirect to /explore/, the built page, and the 503 before `make explorer`."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.testclient import TestClient

from api.explorer import NOT_BUILT, explorer_routes


def test_unbuilt_explorer_answers_503_with_how_to_build(tmp_path: Path) -> None:
    client = TestClient(Starlette(routes=explorer_routes(tmp_path / "missing")))

    response = client.get("/explore/")

    assert response.status_code == 503
    assert response.text == NOT_BUILT


def test_built_explorer_is_served_under_explore(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<!doctype html><title>explorer</title>")
    (tmp_path / "explorer.js").write_text("console.log(1)")
    client = TestClient(Starlette(routes=explorer_routes(tmp_path)))

    redirect = client.get("/explore", follow_redirects=False)
    page = client.get("/explore")
    script = client.get("/explore/explorer.js")

    assert redirect.status_code == 308
    assert redirect.headers["location"] == "explore/"
    assert page.status_code == 200
    assert "<title>explorer</title>" in page.text
    assert script.status_code == 200
    assert "javascript" in script.headers["content-type"]
