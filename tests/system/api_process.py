"""`python -m api serve` as a real process for the tests that need one: started, awaited, stopped."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from graph.core.db import Connection
from tests.auth import TEST_SECRET

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_env(conn: Connection, **extra: str) -> dict[str, str]:
    """This environment without the settings a developer's shell may carry (another Neo4j, an OIDC provider's
    keys, ...), pointed at `conn` with the tests' token secret, plus `extra`."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("NEO4J_", "PROMETHEUS_", "APP_", "AUTH_", "WORKERS", "REDIS_", "RATE_"))
    }
    # A test's steady load comes from one token: no rate limit unless the test sets one (in `extra`).
    env.update(RATE_LIMIT="", RATE_LIMIT_ANONYMOUS="")
    env.update(
        NEO4J_URI=conn.uri,
        NEO4J_USER=conn.user,
        NEO4J_PASSWORD=conn.password,
        NEO4J_DATABASE=conn.database,
        AUTH_SECRET=TEST_SECRET,
        APP_ENV="development",
        LOG_FORMAT="json",
        **extra,
    )
    return env


def start(env: dict[str, str], port: int, log_path: Path, *args: str) -> subprocess.Popen[bytes]:
    """The API on `port` with `env`, its output in `log_path` (a new file); `args` go to `serve` (e.g. --workers 2)."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "api", "serve", "--port", str(port), *args],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def wait_until_healthy(base: str, process: subprocess.Popen[bytes], log_path: Path, within_s: float = 60) -> None:
    deadline = time.monotonic() + within_s
    while True:
        if process.poll() is not None:
            raise AssertionError(f"the API exited during start-up:\n{log_path.read_text()[-3000:]}")
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"the API did not answer /health in {within_s:g} s:\n{log_path.read_text()[-3000:]}")
        time.sleep(0.2)


def stop(process: subprocess.Popen[bytes], within_s: float = 30) -> int:
    """SIGTERM, then SIGKILL after `within_s` (and the TimeoutExpired raised: a stop that hangs is a failure)."""
    process.terminate()
    try:
        return process.wait(within_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise
