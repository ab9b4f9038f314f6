"""Several workers of `python -m api serve` behind one port: both answer, and /metrics adds up every worker's requests."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx

from graph.core.db import Connection, Graph
from tests.api.test_api_metrics import STATS, samples, value
from tests.auth import ADMIN
from tests.system.api_process import free_port, serve_env, start, stop, wait_until_healthy


def test_several_workers_answer_on_one_port_and_metrics_add_up(
    neo4j_connection: Connection, demo_graph: Graph, redis_url: str, tmp_path: Path
) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = tmp_path / "serve.log"
    process = start(serve_env(neo4j_connection, REDIS_URL=redis_url), port, log_path, "--workers", "2")
    try:
        wait_until_healthy(base, process, log_path)
        sent = 0
        pids: set[int] = set()
        deadline = time.monotonic() + 30
        # New connections until both workers have answered some (the kernel picks which accepts each).
        while len(pids) < 2 and time.monotonic() < deadline:
            for _ in range(10):
                response = httpx.post(f"{base}/graphql", json={"query": STATS}, headers=ADMIN, timeout=10)
                assert response.status_code == 200 and "errors" not in response.json()
                sent += 1
            time.sleep(0.3)  # the log lines are flushed by now
            served = [json.loads(line) for line in log_path.read_text().splitlines() if line.startswith("{")]
            pids = {e["process"] for e in served if e.get("operation") == "OpsStats"}
        assert len(pids) == 2, "one worker answered every request"
        # Whichever worker answers /metrics reports every worker's requests.
        for _ in range(6):
            with httpx.Client(base_url=base, timeout=10) as fresh:
                metrics = samples(fresh)
            assert value(metrics, "graphql_request_duration_seconds_count", operation="OpsStats") == sent
            assert value(metrics, "neo4j_query_duration_seconds_count", routing="read") >= sent
    finally:
        code = stop(process)
    assert code == 0, log_path.read_text()[-2000:]
    for line in log_path.read_text().splitlines():
        json.loads(line)  # every line the server wrote is one JSON object
