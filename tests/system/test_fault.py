"""Faults under a keyed write load — Neo4j stopped, Neo4j killed, an API worker killed — and what must hold after
each on any machine: every acknowledged write stored exactly once, every refusal coded, the API recovering alone."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from api.managed import ManagedNeo4j
from graph.core.db import Connection
from tests.auth import ADMIN
from tests.neo4j_provider import REPO, managed_server, provider_kind
from tests.system.api_process import free_port, serve_env, start, stop, wait_until_healthy
from tests.system.fault_load import STATS, Load, check_answers, not_online, post, prepare, retry_and_count

needs_managed = pytest.mark.skipif(
    provider_kind() != "managed", reason="restarts a managed Neo4j; tests use another one here"
)

WARM_UP_S, OUTAGE_LOAD_S = 3.0, 6.0
# The API's retry window (NEO4J_MAX_RETRY_TIME), shorter than the outage: a restart within the window is absorbed by
# the driver's retries and clients see no error at all, so the test would see no outage to check the refusals of.
RETRY_S = 2.0
KILLS = 10
# Kept after the run (git-ignored): the API's log says what the driver saw during the faults.
ARTIFACTS = REPO / "tests" / "artifacts"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ManagedNeo4j, Connection]]:
    managed = managed_server(tmp_path_factory.mktemp("fault") / "neo4j")
    conn = managed.start()
    try:
        asyncio.run(prepare(conn))
        yield managed, conn
    finally:
        managed.stop()


def _serve(conn: Connection, log: Path, *args: str, **env: str) -> tuple[str, subprocess.Popen[bytes]]:
    port = free_port()
    process = start(serve_env(conn, NEO4J_MAX_RETRY_TIME=str(RETRY_S), **env), port, log, *args)
    base = f"http://127.0.0.1:{port}"
    wait_until_healthy(base, process, log, within_s=60)
    return base, process


@pytest.fixture(scope="module")
def api(server: tuple[ManagedNeo4j, Connection]) -> Iterator[str]:
    """`python -m api serve` on a free port: a real server process the Neo4j faults must not touch."""
    base, process = _serve(server[1], ARTIFACTS / "fault-api.log")
    try:
        yield base
        assert process.poll() is None, "the API process exited"
    finally:
        stop(process, 10)


def _workers(supervisor: int) -> list[int]:
    """uvicorn's worker processes under `supervisor` (multiprocessing's spawned children, not its resource tracker)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
        if ppid == supervisor and b"spawn_main" in cmdline:
            found.append(int(stat.parent.name))
    return sorted(found)


def _wait_for_workers(supervisor: int, count: int) -> None:
    deadline = time.monotonic() + 120
    while len(_workers(supervisor)) != count:
        assert time.monotonic() < deadline, f"uvicorn did not bring back {count} workers"
        time.sleep(0.2)


def _stats(base: str) -> object:
    with httpx.Client(base_url=base, timeout=60) as client:
        answer = post(client, STATS, ADMIN)
    assert answer.status == 200 and not answer.codes, answer.text
    return answer.data


def _report(name: str, load: Load, refused: int, acknowledged: int, retried: int) -> None:
    print(
        f"\n{name}: writes={len(load.writes)} (unanswered={len(load.broken_writes())}) reads={len(load.reads)} "
        f"acknowledged={acknowledged} "
        f"refused (coded)={refused} retried with their key={retried} lost=0 duplicated=0"
    )


def _outage(managed: ManagedNeo4j, conn: Connection, api: str, take_down: Callable[[], None]) -> tuple[Load, float]:
    """The keyed load through an outage: `take_down` stops Neo4j mid-load, the load goes on against the stopped
    database, Neo4j starts again and the load runs until the API serves writes again. (The load, when it went down.)"""
    load = Load(api)
    load.start()
    try:
        time.sleep(WARM_UP_S)
        down = time.monotonic()
        take_down()
        time.sleep(OUTAGE_LOAD_S)
        assert managed.start().uri == conn.uri, "the restart moved Neo4j to another port"
        load.wait_for_recovery(time.monotonic())
    finally:
        load.finish()
    return load, down


@pytest.mark.neo4j_server
@needs_managed
def test_a_neo4j_restart_under_load_loses_and_doubles_nothing(
    server: tuple[ManagedNeo4j, Connection], api: str
) -> None:
    managed, conn = server

    def stop_politely() -> None:
        assert managed.stop(), "the managed Neo4j was not running"

    load, down = _outage(managed, conn, api, stop_politely)
    refused = check_answers(load)
    assert refused, "no request was refused while Neo4j was down: the test saw no outage"
    # Refused only once the outage began (an answer before the stop could not have been refused for it).
    assert all(down <= a.answered for a in refused)
    acknowledged, retried = retry_and_count(load, conn)
    _report("restart", load, len(refused), acknowledged, retried)


@pytest.mark.neo4j_server
@needs_managed
def test_a_neo4j_crash_under_load_loses_and_doubles_nothing_and_leaves_a_consistent_store(
    server: tuple[ManagedNeo4j, Connection], api: str
) -> None:
    managed, conn = server
    before = _stats(api)

    def kill() -> None:
        pid = managed.status().pid
        assert pid is not None, "the managed Neo4j was not running"
        os.kill(pid, signal.SIGKILL)  # mid-write: three writers are sending all the time

    load, down = _outage(managed, conn, api, kill)
    refused = check_answers(load)
    assert refused, "no request was refused while Neo4j was down: the test saw no outage"
    assert all(down <= a.answered for a in refused)
    acknowledged, retried = retry_and_count(load, conn)
    assert asyncio.run(not_online(conn)) == []
    # The load only adds submitted wishes: the community's figures are those of before the crash.
    assert _stats(api) == before
    # The recovered store, stopped cleanly, passes neo4j-admin's consistency check.
    assert managed.stop()
    managed.admin("consistency check", ["database", "check", "neo4j"], timeout=600)
    managed.start()
    _report("crash", load, len(refused), acknowledged, retried)


@pytest.mark.neo4j_server
@needs_managed
def test_an_api_worker_killed_mid_mutation_loses_and_doubles_nothing(
    server: tuple[ManagedNeo4j, Connection], redis_url: str
) -> None:
    _, conn = server
    base, process = _serve(conn, ARTIFACTS / "fault-workers.log", "--workers", "2", REDIS_URL=redis_url)
    load = Load(base)
    try:
        load.start()
        load.wait_for_recovery(0.0)  # the load is being served
        # Kill a worker until one dies with a write in flight (three writers keep both busy: most kills do).
        for _ in range(KILLS):
            workers = _workers(process.pid)
            assert len(workers) == 2, workers
            killed = time.monotonic()
            os.kill(workers[0], signal.SIGKILL)
            # uvicorn's supervisor replaces the worker; the other answers meanwhile.
            load.wait_for_recovery(killed + 1.0)
            _wait_for_workers(process.pid, 2)
            if load.broken_writes():
                break
    finally:
        load.finish()
    assert process.poll() is None, "the API server exited"
    stop(process, 30)
    # A request in flight on the killed worker has no answer; every other answer is as always.
    refused = check_answers(load, broken_allowed=True)
    assert load.broken_writes(), f"none of {KILLS} kills caught a write in flight"
    base_after, process_after = _serve(conn, ARTIFACTS / "fault-workers-after.log")
    try:
        load.base = base_after
        acknowledged, retried = retry_and_count(load, conn)
    finally:
        stop(process_after, 10)
    _report("worker killed", load, len(refused), acknowledged, retried)
