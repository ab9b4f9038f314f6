"""The API servers that side B's requests go to: `python -m api serve --workers N` as subprocesses on free loopback
ports, with a Redis of their own when several workers need one (or the REDIS_URL given)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import psutil
import redis

from benchmarks.performance import ROOT
from benchmarks.performance.progress import say


@dataclass(frozen=True)
class Server:
    url: str
    # `python -m api serve`: uvicorn itself with one worker, else the supervisor of the worker processes.
    pid: int
    workers: int


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextmanager
def local_redis(folder: Path) -> Iterator[str]:
    """A redis-server of this run's own (no persistence, loopback only), as `make broker` would start one."""
    if shutil.which("redis-server") is None:
        raise RuntimeError(
            "several API workers share subscriptions through Redis: install redis-server or set REDIS_URL"
        )
    port = _free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    with (folder / "redis.log").open("wb") as out:
        proc = subprocess.Popen([*command, "--dir", str(folder)], stdout=out, stderr=subprocess.STDOUT)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url)
        deadline = time.monotonic() + 30
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not answer on {url}") from None
                time.sleep(0.1)
        client.close()
        say(f"redis-server pid {proc.pid} at {url}")
        yield url
    finally:
        _stop(proc)


@contextmanager
def api_server(env: dict[str, str], log: Path, workers: int) -> Iterator[Server]:
    """`python -m api serve --workers N` on a free loopback port, once every worker answers; stopped after."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with ExitStack() as stack:
        if workers > 1 and not env.get("REDIS_URL"):
            env = {**env, "REDIS_URL": stack.enter_context(local_redis(log.parent))}
        out = stack.enter_context(log.open("wb"))
        command = [sys.executable, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port)]
        proc = subprocess.Popen(
            [*command, "--workers", str(workers)], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
        stack.callback(_stop, proc)
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the API server exited ({proc.returncode}): {log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                    # uvicorn's supervisor spawns the workers (and multiprocessing a resource tracker) as children.
                    if r.status == 200 and (workers == 1 or len(psutil.Process(proc.pid).children()) >= workers):
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the API server did not answer /health in 120 s: {log.read_text()[-2000:]}")
            time.sleep(0.3)
        say(f"API server ({workers} worker{'s' if workers > 1 else ''}) pid {proc.pid} at {url} (log {log})")
        yield Server(url, proc.pid, workers)
