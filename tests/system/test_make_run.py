"""README's first command on a fresh clone, as a newcomer runs it: `make run` with nothing but README's prerequisites
(no redis-server anywhere on PATH) installs, starts Neo4j, loads the demo and serves it; `make stop` stops it all."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx

from seeds.jianfeng import SHAPE
from tests.system.api_process import REPO, free_port

# pip, Maven and npm fetch into their caches on a bare machine; a few minutes is normal, this is a generous bound.
READY_WITHIN_S = 20 * 60
STATS = "{ communityStats { partyBranches partyMembers gridWorkers coBuildingUnits wishesFulfilled councilProblemsSolved } }"


def _path_without_redis(shim: Path) -> str:
    """A PATH holding every command of this one but redis-server and redis-cli (a folder of links to them)."""
    shim.mkdir()
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if not folder or not Path(folder).is_dir():
            continue
        for entry in Path(folder).iterdir():
            link = shim / entry.name
            if entry.name.startswith("redis-") or link.exists() or not os.access(entry, os.X_OK):
                continue
            link.symlink_to(entry)
    return str(shim)


def _newcomer_env(shim: Path, port: int) -> dict[str, str]:
    """This environment without anything a developer's shell may have configured, on its own API port."""
    kept = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("NEO4J_", "REDIS_", "APP_", "AUTH_", "WORKERS", "PROMETHEUS_", "VIRTUAL_ENV", "PYTEST"))
    }
    return kept | {"PATH": _path_without_redis(shim), "APP_PORT": str(port)}


def _answers(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_make_run_serves_the_demo_without_redis_and_make_stop_stops_everything(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
    port = free_port()
    env = _newcomer_env(tmp_path / "bin", port)
    assert shutil.which("redis-server", path=env["PATH"]) is None and shutil.which("make", path=env["PATH"])
    log_path = tmp_path / "make-run.log"
    with log_path.open("wb") as log:
        run = subprocess.Popen(
            ["make", "run"], cwd=clone, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + READY_WITHIN_S
        ready = False
        while not ready and time.monotonic() < deadline:
            assert run.poll() is None, f"make run stopped ({run.returncode}):\n{log_path.read_text()[-4000:]}"
            try:
                ready = httpx.get(f"http://127.0.0.1:{port}/ready", timeout=5).status_code == 200
            except httpx.TransportError:
                time.sleep(2)
        assert ready, f"not ready after {READY_WITHIN_S} s:\n{log_path.read_text()[-4000:]}"

        answer = httpx.post(f"http://127.0.0.1:{port}/graphql", json={"query": STATS}, timeout=30).json()
        assert answer["data"]["communityStats"] == {
            "partyBranches": SHAPE.party_branches,
            "partyMembers": SHAPE.party_members,
            "gridWorkers": SHAPE.grid_workers,
            "coBuildingUnits": SHAPE.co_building_units,
            "wishesFulfilled": SHAPE.wishes_fulfilled,
            "councilProblemsSolved": SHAPE.council_problems_solved,
        }, answer
        output = log_path.read_text()
        assert "in-process broker" in output and not (clone / ".redis").exists(), output[-4000:]
        bolt = json.loads((clone / ".neo4j" / "connection.json").read_text())["bolt_port"]
        assert _answers(bolt)

        stopped = subprocess.run(["make", "stop"], cwd=clone, env=env, capture_output=True, text=True, timeout=300)
        assert stopped.returncode == 0, stopped.stdout + stopped.stderr
        assert run.wait(timeout=60) == 0, log_path.read_text()[-4000:]
        assert not _answers(port) and not _answers(bolt), stopped.stdout
    finally:
        if run.poll() is None:
            subprocess.run(["make", "stop"], cwd=clone, env=env, capture_output=True, timeout=300, check=False)
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
