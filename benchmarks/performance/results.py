"""The performance benchmark's result records and their JSON form (performance.json)."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Latency:
    """One run of one side of one operation: latencies of the requests completed in the measured window."""

    p50_ms: float
    p99_ms: float
    rps: float
    requests: int
    errors: int
    seconds: float
    first_error: str = ""
    # The API server processes' CPU time (every uvicorn process) over the window ÷ requests completed in it; B only.
    cpu_ms: float = math.nan


@dataclass
class Measured:
    """One side at one concurrency: A (the Cypher via the driver, workers 0) or B (GraphQL over HTTP to a server
    with `workers` uvicorn worker processes)."""

    side: str
    users: int
    workers: int
    latency: Latency


@dataclass
class OpResult:
    name: str
    graphql: str
    variables: dict[str, Any]
    round_trips: int
    db_hits: int
    # One request, unprofiled, in-process: decides whether the operation is measured for a duration or a count.
    single_ms: float
    # None: measured for the run's duration after its warm-up; else a fixed number of requests, no warm-up.
    fixed_count: int | None
    runs: list[Measured] = field(default_factory=list)

    def get(self, side: str, users: int, workers: int = 0) -> Latency | None:
        return next(
            (
                m.latency
                for m in self.runs
                if (m.side, m.users, m.workers) == (side, users, workers if side == "B" else 0)
            ),
            None,
        )

    def ratio(self, users: int, workers: int, q: str = "p50_ms") -> float:
        """B ÷ A of one figure at one concurrency (A does not depend on the API's workers)."""
        a, b = self.get("A", users), self.get("B", users, workers)
        if a is None or b is None or not getattr(a, q):
            return math.nan
        return float(getattr(b, q) / getattr(a, q))


@dataclass
class SizeResult:
    residents: int
    community: str
    nodes: int
    relationships: int
    load_s: float
    others: list[str]
    operations: list[OpResult] = field(default_factory=list)


@dataclass
class Run:
    started: str
    machine: dict[str, str]
    # A's concurrencies, and B's (users, workers) pairs.
    users: list[int]
    b_runs: list[tuple[int, int]]
    duration_s: float
    warmup_s: float
    slow_ms: float
    slow_requests: int
    slow_budget_s: float
    query_timeout_s: float
    sizes: list[SizeResult] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Run:
        data = json.loads(text)
        sizes = []
        for s in data.pop("sizes"):
            ops = []
            for o in s.pop("operations"):
                runs = [Measured(**{**m, "latency": Latency(**m["latency"])}) for m in o.pop("runs")]
                ops.append(OpResult(**o, runs=runs))
            sizes.append(SizeResult(**s, operations=ops))
        b_runs = [(int(u), int(w)) for u, w in data.pop("b_runs")]
        return cls(**data, b_runs=b_runs, sizes=sizes)
