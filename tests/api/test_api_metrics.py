"""Prometheus /metrics of one app: requests timed by operation, Neo4j time by routing, errors counted by code
(several workers adding up: tests/system/test_api_metrics.py)."""

from __future__ import annotations

import httpx
from prometheus_client.parser import text_string_to_metric_families
from starlette.testclient import TestClient

from schema.relay import to_global_id
from tests.auth import bearer

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
