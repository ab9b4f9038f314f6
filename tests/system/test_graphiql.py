"""End to end: the API's own GraphiQL (GET /graphql as HTML) in headless Chromium over the demo, via
tests/system/graphiql.mjs: offline (every request to the API itself), the schema, a query with a pasted token, and
the explorer's link prefilling a query."""

from __future__ import annotations

from tests.auth import bearer
from tests.system.browser import REPO, run_script

SCRIPT = REPO / "tests" / "system" / "graphiql.mjs"
SCREENSHOT = REPO / "tests" / "artifacts" / "graphiql.png"
ASSETS = REPO / "api" / "static" / "graphiql" / "graphiql.html"


def test_graphiql_loads_offline_runs_a_query_and_opens_explorer_links(demo_api_url: str) -> None:
    token = bearer("e2e-admin", "admin")["Authorization"].removeprefix("Bearer ")

    run = run_script(SCRIPT, demo_api_url, SCREENSHOT, token, ASSETS)

    assert run.returncode == 0, f"graphiql.mjs failed:\n{run.stdout}\n{run.stderr}"
    assert "e2e: ok" in run.stdout
    assert "e2e: the response pane shows the viewer" in run.stdout
    assert "e2e: the linked query and variables are prefilled" in run.stdout
    assert token not in run.stdout + run.stderr
    assert SCREENSHOT.stat().st_size > 10_000
