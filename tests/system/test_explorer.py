"""End to end: /explore in headless Chromium (playwright-core) over the demo, via tests/system/explore.mjs.

The page first has no token (it must ask the user to sign in), then an administrator's token minted with the
suite's secret, which the uvicorn subprocess verifies with the same AUTH_SECRET.
"""

from __future__ import annotations

from tests.auth import bearer
from tests.system.browser import REPO, run_script

SCRIPT = REPO / "tests" / "system" / "explore.mjs"
SCREENSHOT = REPO / "tests" / "artifacts" / "explorer.png"
ASSETS = REPO / "api" / "static" / "explorer" / "index.html"


def test_explore_search_open_and_expand_in_chromium(demo_api_url: str) -> None:
    token = bearer("e2e-admin", "admin")["Authorization"].removeprefix("Bearer ")

    run = run_script(SCRIPT, demo_api_url, SCREENSHOT, token, ASSETS)

    assert run.returncode == 0, f"explore.mjs failed:\n{run.stdout}\n{run.stderr}"
    assert "e2e: ok" in run.stdout
    assert "e2e: sign-in message shown without a token" in run.stdout
    assert token not in run.stdout + run.stderr
    assert SCREENSHOT.stat().st_size > 10_000
