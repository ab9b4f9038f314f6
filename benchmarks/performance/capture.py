"""One operation's request to the app in-process: its Cypher captured and timed, then profiled for round trips."""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass

from starlette.testclient import TestClient

from benchmarks.performance.operations import Operation
from benchmarks.performance.progress import say
from benchmarks.performance.results import Latency, Measured, OpResult
from graph.core.db import Captured, Graph


@dataclass(frozen=True)
class Capture:
    queries: list[Captured]
    round_trips: int
    db_hits: int
    single_ms: float


def _post(client: TestClient, op: Operation) -> float:
    t = time.perf_counter()
    response = client.post("/graphql", json={"query": op.query, "variables": op.variables})
    elapsed = (time.perf_counter() - t) * 1000
    body = response.json()
    if response.status_code != 200 or "errors" in body:
        raise RuntimeError(f"{op.name} failed in-process: {response.status_code} {json.dumps(body)[:500]}")
    return elapsed


def _recorded(client: TestClient, graph: Graph, op: Operation) -> tuple[float, list[Captured]]:
    graph.captured = []
    try:
        return _post(client, op), graph.captured
    finally:
        graph.captured = None


def capture(client: TestClient, graph: Graph, op: Operation, slow_ms: float) -> Capture:
    """A request whose queries are captured (and timed) after a warm-up one, then one with every query under
    PROFILE. An operation whose cold request took over ten times `slow_ms` is captured from that one: its warm-up
    would add minutes at 1M (a cold first request of a fast one was seen to take 2 s on a loaded machine)."""
    single_ms, queries = _recorded(client, graph, op)
    if single_ms <= 10 * slow_ms:
        single_ms, queries = _recorded(client, graph, op)
    graph.profile, graph.round_trips, graph.db_hits = True, 0, 0
    try:
        _post(client, op)
    finally:
        graph.profile = False
    if graph.round_trips != len(queries):
        say(f"  {op.name}: {len(queries)} queries captured but {graph.round_trips} profiled (not deterministic?)")
    return Capture(queries, graph.round_trips, graph.db_hits, single_ms)


def not_measured(op: Operation, why: str, users: int, workers: int) -> OpResult:
    """An operation whose in-process request failed: no figures, the reason as one failed run of each side."""
    nothing = Latency(
        p50_ms=math.nan, p99_ms=math.nan, rps=0.0, requests=0, errors=1, seconds=0.0, first_error=why[:300]
    )
    runs = [Measured("A", users, 0, nothing), Measured("B", users, workers, nothing)]
    return OpResult(op.name, op.query, op.variables, 0, 0, math.nan, None, runs)
