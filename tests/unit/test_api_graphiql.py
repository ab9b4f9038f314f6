"""GraphiQL without a browser: production serves neither the page nor its assets; development serves the built page,
which loads only relative URLs; before `make explorer` both answer 503 saying how to build."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

import api.graphiql
from api.app import create_app
from api.graphiql import NOT_BUILT, PAGE
from api.settings import Settings
from tests.auth import TEST_SECRET
from tests.system.api_process import free_port

SOURCE = Path(__file__).resolve().parents[2] / "explorer" / "src" / "graphiql.html"
HTML = {"accept": "text/html"}


def app_in(env: str) -> TestClient:
    settings = Settings(
        APP_ENV=env,
        NEO4J_URI=f"bolt://127.0.0.1:{free_port()}",  # the page needs no database
        NEO4J_PASSWORD="irrelevant",
        NEO4J_MAX_RETRY_TIME=0.5,
        AUTH_SECRET=TEST_SECRET,
    )
    return TestClient(create_app(settings))


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """What `make explorer` writes, in a temporary folder the app serves instead of api/static/graphiql/."""
    shutil.copy(SOURCE, tmp_path / PAGE)
    (tmp_path / "graphiql.js").write_text("console.log(1)")
    monkeypatch.setattr(api.graphiql, "ASSETS", tmp_path)
    yield tmp_path


def test_production_serves_neither_the_page_nor_the_assets(built: Path) -> None:
    with app_in("production") as client:
        page = client.get("/graphql", headers=HTML)
        assets = [client.get(path) for path in ("/graphiql/graphiql.js", f"/graphiql/{PAGE}", "/graphiql/")]

    assert page.status_code == 404
    assert [e["extensions"]["code"] for e in page.json()["errors"]] == ["NOT_FOUND"]
    assert [a.status_code for a in assets] == [404, 404, 404]


def test_development_serves_the_built_page_with_no_external_url(built: Path) -> None:
    with app_in("development") as client:
        page = client.get("/graphql", headers=HTML)
        script = client.get("/graphiql/graphiql.js")

    assert page.status_code == 200
    assert page.text == SOURCE.read_text(encoding="utf-8")
    urls = re.findall(r'(?:src|href)="([^"]*)"', page.text)
    assert {"graphiql/graphiql.js", "graphiql/graphiql.css"} <= set(urls)
    assert not [u for u in urls if "//" in u or u.startswith("/")], urls  # relative: same origin, any path prefix
    assert not re.search(r"https?://", page.text)
    assert script.status_code == 200
    assert "javascript" in script.headers["content-type"]


def test_unbuilt_graphiql_answers_503_with_how_to_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api.graphiql, "ASSETS", tmp_path / "missing")
    with app_in("development") as client:
        page = client.get("/graphql", headers=HTML)
        script = client.get("/graphiql/graphiql.js")

    assert page.status_code == 503
    assert NOT_BUILT in page.text  # as /graphql's coded JSON error (api.limits.CodedErrors)
    assert (script.status_code, script.text) == (503, NOT_BUILT)
