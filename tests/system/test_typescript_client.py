"""End to end: the TypeScript client package (clients/typescript) builds and passes its own tests, the integration
tests included, against `python -m api serve` over a demo they change (a wish created, verified, subscribed to)."""

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
PACKAGE = REPO / "clients" / "typescript"
# npm's own copy of the installed tree; touched after `npm ci`, so it is newer than the lock file until the lock changes.
INSTALLED = PACKAGE / "node_modules" / ".package-lock.json"
NPM_TIMEOUT_S = 600
# The integration suite's name in the TAP output (test/integration.test.ts).
SUITE = "integration: the API over the demo"


def npm(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`npm <args>` in the package; a failure shows npm's output."""
    executable = shutil.which("npm")
    assert executable is not None, "npm not found: install Node.js 20+ and npm to build clients/typescript"
    run = subprocess.run(
        [executable, *args],
        cwd=PACKAGE,
        env=env or dict(os.environ),
        capture_output=True,
        text=True,
        timeout=NPM_TIMEOUT_S,
    )
    assert run.returncode == 0, f"npm {' '.join(args)} exited {run.returncode}:\n{run.stdout}\n{run.stderr}"
    return run


def installed() -> None:
    """node_modules from the lock file, reinstalled when package.json or the lock is newer than the install."""
    newest = max((PACKAGE / name).stat().st_mtime for name in ("package.json", "package-lock.json"))
    if not INSTALLED.is_file() or INSTALLED.stat().st_mtime < newest:
        npm("ci", "--no-audit", "--no-fund")
        INSTALLED.touch()


@pytest.fixture(scope="module")
async def admin_token(scratch_demo: Graph) -> str:
    """An administrator's token for a grid worker of the demo: the package's mutations act as a person it holds."""
    rows = await scratch_demo.read("MATCH (w:GridWorker) RETURN min(w.id) AS id")
    assert rows and rows[0]["id"], rows
    return bearer(rows[0]["id"], "admin")["Authorization"].removeprefix("Bearer ")


@pytest.fixture(scope="module")
def scratch_api_url(
    neo4j_connection: Connection, scratch_demo: Graph, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The real app on a free port over a demo this module may change."""
    port, log_path = free_port(), tmp_path_factory.mktemp("api") / "serve.log"
    server = start(serve_env(neo4j_connection), port, log_path)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, server, log_path)
        yield f"{base}/graphql"
    finally:
        stop(server, 10)


def test_the_typescript_client_builds_and_passes_its_tests_against_the_api(
    scratch_api_url: str, admin_token: str
) -> None:
    installed()
    build = npm("run", "build")  # the generated code's drift check, then tsc --strict
    assert "generated files up to date" in build.stdout

    run = npm("test", env={**os.environ, "GRID_API_URL": scratch_api_url, "GRID_API_TOKEN": admin_token})

    output = run.stdout
    assert "# fail 0" in output and "# skipped 0" in output, output
    suite = [line.strip() for line in output.splitlines() if line.strip().endswith(f"- {SUITE}")]
    assert suite and suite[0].startswith("ok ") and "# SKIP" not in suite[0], output
