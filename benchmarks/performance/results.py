"""The performance benchmark's result records and their JSON form (performance.json)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Latency:
    """One side of one operation under locust: latencies of the requests completed in the measured window."""

    p50_ms: float
    p99_ms: float
    rps: float
    requests: int
    errors: int
    seconds: float
    first_error: str = ""


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
    a: Latency
    b: Latency

    def ratio(self, q: str) -> float:
        a, b = getattr(self.a, q), getattr(self.b, q)
        return float(b / a) if a else float("nan")


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
    users: int
    duration_s: float
    warmup_s: float
    slow_ms: float
    slow_requests: int
    slow_budget_s: float
    query_timeout_s: float
    slow_users: int = 2
    # A's driver calls on native threads (the default) or in locust's greenlets (--a-greenlets).
    a_threads: bool = True
    sizes: list[SizeResult] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Run:
        data = json.loads(text)
        sizes = []
        for s in data.pop("sizes"):
            ops = [OpResult(**{**o, "a": Latency(**o["a"]), "b": Latency(**o["b"])}) for o in s.pop("operations")]
            sizes.append(SizeResult(**s, operations=ops))
        return cls(**data, sizes=sizes)
