"""The CI guard of issue 7: Cypher round trips and Neo4j database hits (PROFILE) of the key requests on the demo
must not grow beyond the committed baseline (tests/query_budget.json). Deterministic figures only, no timings.

`UPDATE_QUERY_BUDGET=1 pytest tests/api/test_query_budget.py` rewrites the baseline after a deliberate change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.core.db import Graph
from graph.core.loading import fresh_plans
from schema.relay import to_global_id

BASELINE = Path(__file__).resolve().parents[1] / "query_budget.json"
# Plans may shift a little with the planner's statistics; a real regression is far larger.
DB_HITS_SLACK = 0.10

NESTED = """query($n: Int!) { residents(first: $n, orderBy: {field: id}) { edges { node { name
  building { name grid { name gridWorkers(first: 3) { edges { node { name gridRole } } } } } } } } }"""
# Aggregates on three lists: one query for each list's page, one for each aggregate's figures, one per groupBy.
AGGREGATES = """{ events(first: 0) { aggregate { count min { reportedAt } groupBy(by: [GRID, CATEGORY, STATUS]) {
    count grid { name } category status } } }
  wishes(first: 0) { aggregate { count sum { urgency } groupBy(by: [STATUS, CLAIMING_BRANCHES]) { count } } }
  people(first: 0) { aggregate { count max { birthYear } } } }"""
# Each grid's events aggregated: batched over the grids, so the round trips do not grow with the page.
NESTED_AGGREGATES = """query($n: Int!) { grids(first: $n, orderBy: {field: id}) { nodes { name
  events(first: 0) { aggregate { count groupBy(by: [STATUS]) { count status } } } } } }"""
OPERATIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "node": (
        "query($id: ID!) { node(id: $id) { id ... on Person { name phone } } }",
        {"id": to_global_id("Person", "jf-p1")},
    ),
    "nested-20": (NESTED, {"n": 20}),
    "nested-100": (NESTED, {"n": 100}),
    "candidates": (
        "{ wishes(first: 1, orderBy: {field: id}, where: {status: {eq: PUBLISHED}}) { edges { node {"
        " candidates(first: 10) { nodes { score helper { id } } } } } } }",
        {},
    ),
    "aggregates": (AGGREGATES, {}),
    "aggregates-nested-2": (NESTED_AGGREGATES, {"n": 2}),
    "aggregates-nested-20": (NESTED_AGGREGATES, {"n": 20}),
    "communityStats": ('{ communityStats(communityId: "jf") { partyMembers wishesFulfilled } }', {}),
    "matchPlan-grid": (
        "query($s: ID!) { matchPlan(scope: $s) { openWishes served totalScore } }",
        {"s": to_global_id("Grid", "jf-g01")},
    ),
    "matchPlan-community": (
        "query($s: ID!) { matchPlan(scope: $s) { openWishes served totalScore } }",
        {"s": to_global_id("Community", "jf")},
    ),
}


def measure(client: TestClient, query: str, variables: dict[str, Any]) -> dict[str, int]:
    graph: Graph = client.app.state.graph  # type: ignore[attr-defined]  # TestClient.app is any ASGI app; ours has .state
    graph.profile, graph.round_trips, graph.db_hits = True, 0, 0
    try:
        body = client.post("/graphql", json={"query": query, "variables": variables}).json()
    finally:
        graph.profile = False
    assert "errors" not in body, body["errors"]
    return {"roundTrips": graph.round_trips, "dbHits": graph.db_hits}


async def test_round_trips_and_db_hits_stay_within_the_baseline(
    scratch_client: TestClient, scratch_demo: Graph
) -> None:
    # A freshly loaded demo (scratch_client) and freshly compiled plans: plans cached while earlier tests held
    # other data (an empty database) tripled and more the database hits of the same requests.
    await fresh_plans(scratch_demo)
    measured = {name: measure(scratch_client, *operation) for name, operation in OPERATIONS.items()}
    if os.environ.get("UPDATE_QUERY_BUDGET") == "1":
        BASELINE.write_text(json.dumps(measured, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        pytest.skip(f"baseline rewritten: {BASELINE}")
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert set(baseline) == set(measured), "an operation was added or removed: rewrite the baseline"
    over = {
        name: (figures, baseline[name])
        for name, figures in measured.items()
        if figures["roundTrips"] > baseline[name]["roundTrips"]
        or figures["dbHits"] > baseline[name]["dbHits"] * (1 + DB_HITS_SLACK)
    }
    assert not over, f"grew beyond the baseline (measured, baseline): {over}"
    # The same page size costs the same round trips: nesting is batched, never a query per row.
    assert measured["nested-20"]["roundTrips"] == measured["nested-100"]["roundTrips"]
    assert measured["aggregates-nested-2"]["roundTrips"] == measured["aggregates-nested-20"]["roundTrips"] == 3
    assert measured["aggregates"]["roundTrips"] == 3 + 3 + 2


def test_profiling_counts_what_neo4j_reports(scratch_client: TestClient) -> None:
    small = measure(scratch_client, *OPERATIONS["nested-20"])
    large = measure(scratch_client, *OPERATIONS["nested-100"])
    assert 0 < small["dbHits"] < large["dbHits"]
