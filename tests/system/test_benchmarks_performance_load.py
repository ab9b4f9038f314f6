"""The benchmark's load process: both sides timed from plain threads in a process of their own, the API's CPU counted,
and a process that does not finish cleanly failing the measurement instead of being retried."""

from __future__ import annotations

import json
import os
import pickle
import urllib.request
from pathlib import Path
from typing import Any

import neo4j
import psutil
import pytest

from benchmarks.performance.measurement import LoadFailed, run_load
from graph.core.db import Connection
from tests.auth import ADMIN

COUNT = "query { residents(first: 2) { edges { node { name } } } }"


QUERY = "UNWIND range(1, $n) AS i RETURN i"


def _spec(tmp_path: Path, conn: Connection, side: str, **extra: Any) -> dict[str, Any]:
    queries = tmp_path / "queries.pickle"
    with queries.open("wb") as f:
        pickle.dump([(QUERY, {"n": 50}, "read")], f)
    return {
        "name": f"test-{side}",
        "side": side,
        "users": 2,
        "limit": 0,
        "limit_s": 30.0,
        "warmup_s": 0.5,
        "duration_s": 1.5,
        "timeout": 30.0,
        "http_timeout": 30.0,
        "samples": str(tmp_path / f"{side}.samples.json"),
        "cypher": {
            "uri": conn.uri,
            "user": conn.user,
            "password": conn.password,
            "database": conn.database,
            "queries": str(queries),
        },
        **extra,
    }


def test_side_a_counts_the_requests_of_its_window_from_every_user(neo4j_connection: Connection, tmp_path: Path) -> None:
    # A Neo4j just started answers its first queries slowly: warmed here, so the short window sees requests end.
    conn = neo4j_connection
    with neo4j.GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password)) as driver:
        for _ in range(20):
            driver.execute_query(QUERY, {"n": 50}, database_=conn.database)
    spec = _spec(tmp_path, conn, "A")
    lat = run_load(tmp_path, spec)
    data = json.loads(Path(spec["samples"]).read_text(encoding="utf-8"))
    times = data["times"]
    assert times["window_start"] - times["start"] >= spec["warmup_s"]
    assert lat.errors == 0
    assert 0 < lat.requests < len(data["samples"])  # the warm-up's requests are left out
    assert lat.p50_ms <= lat.p99_ms
    assert abs(lat.seconds - spec["duration_s"]) < 0.5
    assert lat.cpu_ms != lat.cpu_ms  # A names no API process: no CPU figure


def test_side_b_posts_graphql_and_counts_the_server_cpu(
    neo4j_connection: Connection, api_url: str, tmp_path: Path
) -> None:
    # The fixture's `python -m api serve` is a child of this process.
    servers = [p.pid for p in psutil.Process(os.getpid()).children() if "serve" in p.cmdline()]
    assert len(servers) == 1
    token = ADMIN["Authorization"].removeprefix("Bearer ")
    graphql = {"url": api_url, "query": COUNT, "variables": {}, "token": token}
    # The server's first requests (plans, caches) are slow: warmed here, so the short window sees requests end.
    body = json.dumps({"query": COUNT}).encode()
    for _ in range(5):
        request = urllib.request.Request(f"{api_url}/graphql", body, {**ADMIN, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            assert "errors" not in json.loads(response.read())
    lat = run_load(tmp_path, _spec(tmp_path, neo4j_connection, "B", graphql=graphql, server_pids=servers))
    assert lat.errors == 0, lat.first_error
    assert lat.requests > 0
    assert lat.cpu_ms > 0  # the server worked for every request

    wrong = {**graphql, "query": "query { nosuchfield }"}
    failed = run_load(tmp_path, _spec(tmp_path, neo4j_connection, "B", graphql=wrong, limit=3))
    assert (failed.requests, failed.errors) == (0, 3)
    assert "GraphQL errors" in failed.first_error


def test_a_load_process_that_fails_stops_the_measurement(neo4j_connection: Connection, tmp_path: Path) -> None:
    spec = _spec(tmp_path, neo4j_connection, "A")
    spec["cypher"]["queries"] = str(tmp_path / "missing.pickle")
    with pytest.raises(LoadFailed, match="status 1"):
        run_load(tmp_path, spec)
