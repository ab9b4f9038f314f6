"""One operation measured by the load process: side A at each concurrency, then side B at each (users, workers)."""

from __future__ import annotations

import json
import pickle
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.performance import ROOT
from benchmarks.performance.capture import Capture
from benchmarks.performance.operations import Operation
from benchmarks.performance.progress import say
from benchmarks.performance.results import Latency, Measured, OpResult
from benchmarks.performance.samples import summarise
from benchmarks.performance.server import Server
from graph.core.db import Connection


@dataclass(frozen=True)
class Knobs:
    # A's concurrencies, and B's (users, API worker processes) pairs.
    users: tuple[int, ...]
    b_runs: tuple[tuple[int, int], ...]
    duration_s: float
    warmup_s: float
    slow_ms: float
    slow_requests: int
    slow_budget_s: float
    slow_limit_s: float
    query_timeout_s: float

    @property
    def workers(self) -> list[int]:
        return sorted({w for _, w in self.b_runs})


class LoadFailed(RuntimeError):
    """The load process did not finish cleanly: the benchmark stops (a measurement is never taken again)."""


def run_load(workdir: Path, spec: dict[str, Any]) -> Latency:
    """One measurement in its own process (`python -m benchmarks.performance.load`); its figures."""
    spec_file = workdir / f"{spec['name']}.json"
    spec_file.touch(mode=0o600)  # it holds the Neo4j password and the token
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    log = workdir / f"{spec['name']}.log"
    samples = Path(spec["samples"])
    samples.unlink(missing_ok=True)
    with log.open("wb") as out:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.performance.load", str(spec_file)],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    if done.returncode != 0 or not samples.exists():
        how = f"signal {signal.Signals(-done.returncode).name}" if done.returncode < 0 else f"status {done.returncode}"
        raise LoadFailed(f"the load process of {spec['name']} ended with {how}: {log.read_text()[-3000:]}")
    return summarise(samples)


def measure(
    workdir: Path,
    conn: Connection,
    servers: dict[int, Server],
    token: str,
    op: Operation,
    cap: Capture,
    knobs: Knobs,
    size: int,
) -> OpResult:
    # A slow operation: a fixed count, fewer (down to one) when that many would take over the budget, at the lowest
    # concurrency only (one request takes seconds to minutes: it is its latency that is asked, not a throughput).
    fits = int(knobs.slow_budget_s * 1000 / max(cap.single_ms, 1e-3))
    fixed = max(1, min(knobs.slow_requests, fits)) if cap.single_ms > knobs.slow_ms else None
    a_users = [min(knobs.users)] if fixed else list(knobs.users)
    lowest = min(knobs.b_runs)
    b_runs = [lowest] if fixed else list(knobs.b_runs)
    queries = workdir / f"{size}-{op.name}.pickle"
    with queries.open("wb") as f:
        pickle.dump([tuple(q) for q in cap.queries], f)
    base = {
        "limit": fixed or 0,
        "limit_s": knobs.slow_limit_s,
        "warmup_s": knobs.warmup_s,
        "duration_s": knobs.duration_s,
        "timeout": knobs.query_timeout_s,
        "http_timeout": max(knobs.query_timeout_s, knobs.slow_limit_s),
        "cypher": {
            "uri": conn.uri,
            "user": conn.user,
            "password": conn.password,
            "database": conn.database,
            "queries": str(queries),
        },
    }
    how = f"{fixed} requests" if fixed else f"{knobs.warmup_s:g} + {knobs.duration_s:g} s"
    result = OpResult(op.name, op.query, op.variables, cap.round_trips, cap.db_hits, cap.single_ms, fixed)
    runs = [("A", u, 0) for u in a_users] + [("B", u, w) for u, w in b_runs]
    for side, users, workers in runs:
        label = f"{side} {users}u" + (f" W={workers}" if side == "B" else "")
        name = f"{size}-{op.name}-{side}-{users}u" + (f"-w{workers}" if side == "B" else "")
        spec = {**base, "name": name, "side": side, "users": users, "samples": str(workdir / f"{name}.samples.json")}
        if side == "B":
            server = servers[workers]
            spec["server_pids"] = [server.pid]
            spec["graphql"] = {"url": server.url, "query": op.query, "variables": op.variables, "token": token}
        lat = run_load(workdir, spec)
        result.runs.append(Measured(side, users, workers, lat))
        errors = f", {lat.errors} errors (first: {lat.first_error})" if lat.errors else ""
        cpu = f", API CPU {lat.cpu_ms:.1f} ms/request" if lat.cpu_ms == lat.cpu_ms else ""
        say(
            f"  {op.name} {label} ({how}): p50 {lat.p50_ms:.1f} ms, p99 {lat.p99_ms:.1f} ms, "
            f"{lat.rps:.1f} req/s over {lat.requests} requests{cpu}{errors}"
        )
    return result
