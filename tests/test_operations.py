"""Operating it: /ready, JSON logs with a request id, Prometheus /metrics, and several workers behind one port."""

from __future__ import annotations

import io
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from starlette.testclient import TestClient

from api.app import create_app
from api.logs import RequestIdFilter, formatter
from api.settings import Settings
from graph.core.db import Connection, Graph
from graph.core.migrations import migrate
from schema.relay import to_global_id
from tests.api_process import free_port, serve_env, start, stop, wait_until_healthy
from tests.auth import ADMIN, TEST_SECRET, bearer

STATS = 'query OpsStats { communityStats(communityId: "jf") { partyMembers wishesFulfilled } }'


def samples(client: TestClient | httpx.Client) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """/metrics as {(sample name, labels): value}."""
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(response.text)
        for s in family.samples
    }


def value(metrics: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str) -> float:
    return metrics.get((name, frozenset(labels.items())), 0.0)


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    """What the app's loggers write, through the JSON formatter and request-id filter `serve` configures."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(formatter("json"))
    handler.addFilter(RequestIdFilter())
    loggers = [logging.getLogger(name) for name in ("api", "schema", "graph")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    try:
        yield out
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)


def lines(out: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


# --- /health and /ready ------------------------------------------------------------------------------------------


def test_ready_on_a_migrated_database(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    response = client.get("/ready")
    assert response.status_code == 200, response.text
    assert response.json() == {"status": "ready"}


async def test_not_ready_while_a_constraint_or_index_is_missing(client: TestClient, demo_graph: Graph) -> None:
    await demo_graph.write("DROP CONSTRAINT wish_id IF EXISTS")
    await demo_graph.write("DROP INDEX event_status IF EXISTS")
    try:
        response = client.get("/ready")
        assert response.status_code == 503
        body = response.json()
        assert body["code"] == "NOT_MIGRATED"
        assert body["missing"] == ["event_status", "wish_id"]
    finally:
        await migrate(demo_graph)
    assert client.get("/ready").status_code == 200


def test_not_ready_when_neo4j_is_unreachable() -> None:
    settings = Settings(
        NEO4J_URI=f"bolt://127.0.0.1:{free_port()}",
        NEO4J_PASSWORD="irrelevant",
        NEO4J_MAX_RETRY_TIME=0.5,
        READY_TIMEOUT=2,
        AUTH_SECRET=TEST_SECRET,
    )
    with TestClient(create_app(settings)) as client:
        began = time.monotonic()
        response = client.get("/ready")
        assert time.monotonic() - began < 10
        assert client.get("/health").status_code == 200
    assert response.status_code == 503
    assert response.json()["code"] == "SERVICE_UNAVAILABLE"
    assert "bolt://" not in response.text


# --- logs ----------------------------------------------------------------------------------------------------------


def test_json_log_lines_carry_the_request_id_of_the_response(client: TestClient, json_log: io.StringIO) -> None:
    secret = "13800138000-not-to-be-logged"
    response = client.post(
        "/graphql",
        json={
            "query": "query Lookup($q: String!) { search(text: $q, first: 1) { label score } }",
            "variables": {"q": secret},
        },
        headers={"X-Request-ID": "trace-42.a:b"},
    )
    assert response.status_code == 200 and "errors" not in response.json(), response.text
    assert response.headers["x-request-id"] == "trace-42.a:b"
    [line] = [entry for entry in lines(json_log) if entry["logger"] == "api.requests"]
    assert line["request_id"] == "trace-42.a:b"
    assert line["level"] == "INFO" and line["path"] == "/graphql" and line["status"] == 200
    assert line["operation"] == "Lookup"
    assert line["neo4j_queries"] >= 1 and line["neo4j_ms"] > 0
    assert secret not in json_log.getvalue()


@pytest.mark.parametrize("given", [None, "has space", "x" * 200, "new\nline", "ünï".encode(), "-leading"])
def test_an_absent_or_odd_request_id_is_replaced(
    client: TestClient, json_log: io.StringIO, given: str | bytes | None
) -> None:
    headers = {} if given is None else {"X-Request-ID": given}
    response = client.get("/health", headers=headers)
    made = response.headers["x-request-id"]
    assert made != given and len(made) == 32 and int(made, 16) >= 0
    assert [entry["request_id"] for entry in lines(json_log) if entry["logger"] == "api.requests"] == [made]


async def test_a_masked_error_is_logged_with_the_request_id(
    client: TestClient, demo_graph: Graph, json_log: io.StringIO
) -> None:
    # A stored value of the wrong type (a date written as text by another tool) is an unexpected error: masked in
    # the answer, logged with its traceback.
    [row] = await demo_graph.read("MATCH (w:Wish {id: 'jf-w1'}) RETURN w.createdAt AS createdAt")
    await demo_graph.write("MATCH (w:Wish {id: 'jf-w1'}) SET w.createdAt = 'last tuesday'")
    try:
        response = client.post(
            "/graphql",
            json={"query": '{ wishes(first: 1, where: {id: {eq: "jf-w1"}}) { edges { node { createdAt } } } }'},
            headers={"X-Request-ID": "masked-1"},
        )
    finally:
        await demo_graph.write("MATCH (w:Wish {id: 'jf-w1'}) SET w.createdAt = $at", at=row["createdAt"])
    assert [e["extensions"]["code"] for e in response.json()["errors"]] == ["INTERNAL_SERVER_ERROR"]
    masked = [entry for entry in lines(json_log) if entry["logger"] == "schema.errors"]
    assert masked and all(entry["request_id"] == "masked-1" for entry in masked)
    assert masked[0]["level"] == "ERROR" and "exc_info" in masked[0]


# --- metrics -------------------------------------------------------------------------------------------------------


def test_metrics_time_requests_by_operation_and_count_neo4j_time(client: TestClient) -> None:
    before = samples(client)
    for _ in range(3):
        assert "errors" not in client.post("/graphql", json={"query": STATS}).json()
    client.post("/graphql", json={"query": '{ communityStats(communityId: "jf") { partyMembers } }'})
    client.post("/graphql", json={"query": STATS, "operationName": "OpsStats"})
    client.post("/graphql", json={"query": STATS, "operationName": "no such name!"})
    after = samples(client)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("graphql_request_duration_seconds_count", operation="OpsStats") == 4
    assert grew("graphql_request_duration_seconds_bucket", operation="OpsStats", le="+Inf") == 4
    assert grew("graphql_request_duration_seconds_sum", operation="OpsStats") > 0
    assert grew("graphql_request_duration_seconds_count", operation="anonymous") == 1
    assert grew("graphql_request_duration_seconds_count", operation="other") == 1
    assert grew("neo4j_query_duration_seconds_count", routing="read") >= 5
    assert grew("neo4j_query_duration_seconds_sum", routing="read") > 0
    assert grew("http_requests_total", path="/graphql", status="200") == 5
    # An operationName the document lacks is refused with 400, and still timed (as "other").
    assert grew("http_requests_total", path="/graphql", status="400") == 1


def test_metrics_count_errors_by_code(client: TestClient) -> None:
    before = samples(client)
    client.post("/graphql", json={"query": "{ noSuchField }"})
    client.post("/graphql", json={"query": "{ grids(first: 1) { totalCount } }"}, headers={"Authorization": ""})
    client.post("/graphql", json={"query": '{ grids(first: 1, after: "not a cursor") { totalCount } }'})
    after = samples(client)
    for code in ("GRAPHQL_VALIDATION_FAILED", "UNAUTHENTICATED", "BAD_USER_INPUT"):
        grown = value(after, "graphql_errors_total", code=code) - value(before, "graphql_errors_total", code=code)
        assert grown == 1, code


# --- several workers -------------------------------------------------------------------------------------------------


def test_several_workers_answer_on_one_port_and_metrics_add_up(
    neo4j_connection: Connection, demo_graph: Graph, tmp_path: Path
) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = tmp_path / "serve.log"
    process = start(serve_env(neo4j_connection), port, log_path, "--workers", "2")
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


# Last: it changes the demo (scratch), so a module after it reloads the pristine one.
def test_mutations_are_timed_as_transactions(scratch_client: TestClient) -> None:
    before = samples(scratch_client)
    body = scratch_client.post(
        "/graphql",
        json={
            "query": "mutation Ask($input: CreateWishInput!) { createWish(input: $input) { wish { status } } }",
            "variables": {
                "input": {"requesterId": to_global_id("Person", "jf-p1"), "title": "换灯泡", "category": "REPAIR"}
            },
        },
        headers=bearer("jf-p1", "resident"),
    ).json()
    assert body.get("data") == {"createWish": {"wish": {"status": "SUBMITTED"}}}, body
    after = samples(scratch_client)
    grown = value(after, "neo4j_query_duration_seconds_count", routing="tx") - value(
        before, "neo4j_query_duration_seconds_count", routing="tx"
    )
    assert grown >= 1
    assert (
        value(after, "graphql_request_duration_seconds_count", operation="Ask")
        - value(before, "graphql_request_duration_seconds_count", operation="Ask")
        == 1
    )
