"""Graceful shutdown: on SIGTERM `serve` stops accepting, finishes the request in flight, closes the app, exits 0."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

from graph.core.db import Connection, Graph
from schema.relay import to_global_id
from tests.auth import ADMIN
from tests.system.api_process import free_port, serve_env, start, stop, wait_until_healthy

# A community's match plan: every open wish scored against its candidates and solved (the demo's slowest request).
PLAN = "query Plan($s: ID!) { matchPlan(scope: $s) { openWishes served totalScore fingerprint } }"


def refuses_connections(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return False
    except OSError:
        return True


def test_sigterm_finishes_the_request_in_flight(
    neo4j_connection: Connection, demo_graph: Graph, tmp_path: Path
) -> None:
    port = free_port()
    log_path = tmp_path / "serve.log"
    body = json.dumps({"query": PLAN, "variables": {"s": to_global_id("Community", "jf")}}).encode()
    head = (
        f"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
        f"Authorization: {ADMIN['Authorization']}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    process = start(serve_env(neo4j_connection, GRACEFUL_SHUTDOWN_TIMEOUT="30"), port, log_path)
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}", process, log_path)
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            # The request is in flight from its first bytes: the server holds it open until the body is complete.
            conn.sendall(head + body[:10])
            time.sleep(0.5)
            began = time.monotonic()
            process.terminate()  # SIGTERM
            while not refuses_connections(port):
                assert time.monotonic() - began < 5, "still accepting connections after SIGTERM"
                time.sleep(0.05)
            assert process.poll() is None, "exited with a request in flight"
            conn.sendall(body[10:])
            answer = b""
            while chunk := conn.recv(65536):
                answer += chunk
        code = process.wait(30)
    finally:
        if process.poll() is None:
            stop(process)
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line == b"HTTP/1.1 200 OK", answer[:300]
    payload = json.loads(rest.partition(b"\r\n\r\n")[2])
    assert "errors" not in payload, payload
    assert payload["data"]["matchPlan"]["openWishes"] > 0
    log = [json.loads(line) for line in log_path.read_text().splitlines()]
    messages = [entry["message"] for entry in log]
    assert code == 0, messages[-5:]
    # The answer was logged before the app (and its driver) shut down.
    answered = next(i for i, e in enumerate(log) if e.get("operation") == "Plan" and e.get("status") == 200)
    assert answered < messages.index("Application shutdown complete.")
