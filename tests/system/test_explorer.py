"""End to end: /explore in headless Chromium (playwright-core) over the demo, via tests/system/explore.mjs.

The page first has no token (it must ask the user to sign in), then an administrator's token minted with the
suite's secret, which the uvicorn subprocess verifies with the same AUTH_SECRET.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.core.db import Connection, Graph
from tests.auth import bearer
from tests.system.api_process import free_port, serve_env, start, stop, wait_until_healthy

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "tests" / "system" / "explore.mjs"
SCREENSHOT = REPO / "tests" / "artifacts" / "explorer.png"
ASSETS = REPO / "api" / "static" / "explorer" / "index.html"
PLAYWRIGHT = REPO / "explorer" / "node_modules" / "playwright-core"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _require(ok: bool, reason: str) -> None:
    """Skip locally when a tool is missing; in CI (CI=true) the tools are installed, so fail instead."""
    if ok:
        return
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture
def explorer_url(neo4j_connection: Connection, demo_graph: Graph, tmp_path: Path) -> Iterator[str]:
    """The real app (`python -m api serve`, a subprocess on a free port) over the demo."""
    port, log_path = free_port(), tmp_path / "serve.log"
    server = start(serve_env(neo4j_connection), port, log_path)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, server, log_path)
        yield url
    finally:
        stop(server, 10)


def test_explore_search_open_and_expand_in_chromium(explorer_url: str) -> None:
    node = shutil.which("node")
    _require(node is not None, "node not found: install Node.js 20+ to run the explorer's browser test")
    _require(Path(CHROMIUM).is_file(), f"{CHROMIUM} not found: apt-get install chromium (or set CHROMIUM)")
    assert ASSETS.is_file() and PLAYWRIGHT.is_dir(), "explorer not built: run make explorer"
    assert node is not None
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)

    # Through the environment, not argv (which any process may list); explore.mjs checks it never leaks.
    token = bearer("e2e-admin", "admin")["Authorization"].removeprefix("Bearer ")
    run = subprocess.run(
        [node, str(SCRIPT), explorer_url, str(SCREENSHOT)],
        cwd=REPO,
        env={**os.environ, "EXPLORER_TOKEN": token},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert run.returncode == 0, f"explore.mjs failed:\n{run.stdout}\n{run.stderr}"
    assert "e2e: ok" in run.stdout
    assert "e2e: sign-in message shown without a token" in run.stdout
    assert token not in run.stdout + run.stderr
    assert SCREENSHOT.stat().st_size > 10_000
