"""One operation measured under locust, side A then side B, for a duration or, when slow, a fixed count."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.performance import ROOT
from benchmarks.performance.capture import Capture
from benchmarks.performance.operations import Operation
from benchmarks.performance.progress import say
from benchmarks.performance.results import Latency, OpResult
from benchmarks.performance.samples import summarise
from graph.core.db import Connection

LOCUSTFILE = ROOT / "benchmarks" / "locustfile.py"


@dataclass(frozen=True)
class Knobs:
    users: int
    duration_s: float
    warmup_s: float
    slow_ms: float
    slow_requests: int
    slow_budget_s: float
    slow_limit_s: float
    query_timeout_s: float
    # Concurrent users for a slow operation (a community's matchPlan at 1M takes minutes per request).
    slow_users: int = 2
    # A's driver calls on native threads (see locustfile.CypherUser); False: in locust's greenlets.
    a_threads: bool = True


def run_locust(
    workdir: Path, spec: dict[str, Any], user_class: str, users: int, run_time_s: float, host: str | None
) -> None:
    spec_file = workdir / f"{spec['name']}-{user_class}.json"
    spec_file.touch(mode=0o600)  # it holds the Neo4j password and the token
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "locust",
        "-f",
        str(LOCUSTFILE),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(users),
        "--run-time",
        f"{max(1, round(run_time_s))}s",
        "--only-summary",
        "--loglevel",
        "WARNING",
        "--exit-code-on-error",
        "0",
        *(["--host", host] if host else []),
        user_class,
    ]
    log = workdir / f"{spec['name']}-{user_class}.log"
    for attempt in (1, 2, 3):
        Path(spec["samples"]).unlink(missing_ok=True)
        with log.open("wb") as out:
            done = subprocess.run(
                command,
                cwd=ROOT,
                env={**os.environ, "BENCH_SPEC": str(spec_file)},
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        if done.returncode == 0 and Path(spec["samples"]).exists():
            return
        # Seen in 5 of the 20 A-side runs of one full run (4 SIGSEGV in libgcc_s, 1 SIGABRT): locust under gevent with
        # the driver's Rust extension loaded. Its samples are incomplete: the measurement is taken again.
        say(f"  locust exited with {done.returncode} (attempt {attempt}); {'retrying' if attempt < 3 else 'giving up'}")
    raise RuntimeError(f"locust failed ({done.returncode}): {log.read_text()[-3000:]}")


def measure(
    workdir: Path, conn: Connection, url: str, token: str, op: Operation, cap: Capture, knobs: Knobs, size: int
) -> OpResult:
    # A slow operation: a fixed count, fewer (down to one per user) when that many would take over the budget.
    fits = int(knobs.slow_budget_s * 1000 / max(cap.single_ms, 1e-3))
    fixed = max(knobs.slow_users, min(knobs.slow_requests, fits)) if cap.single_ms > knobs.slow_ms else None
    users = knobs.slow_users if fixed else knobs.users
    run_time = knobs.slow_limit_s if fixed else knobs.warmup_s + knobs.duration_s
    base = {
        "limit": fixed or 0,
        "timeout": knobs.query_timeout_s,
        "http_timeout": max(knobs.query_timeout_s, knobs.slow_limit_s),
        "users": users,
        "threads": knobs.a_threads,
    }
    queries = workdir / f"{size}-{op.name}.pickle"
    with queries.open("wb") as f:
        pickle.dump([tuple(q) for q in cap.queries], f)
    how = f"{fixed} requests" if fixed else f"{knobs.warmup_s:g} + {knobs.duration_s:g} s"
    results: dict[str, Latency] = {}
    for side, user_class in (("A", "CypherUser"), ("B", "GraphQLUser")):
        samples = workdir / f"{size}-{op.name}-{side}.samples.json"
        spec = {
            **base,
            "name": f"{size}-{op.name}-{side}",
            "samples": str(samples),
            "cypher": {
                "uri": conn.uri,
                "user": conn.user,
                "password": conn.password,
                "database": conn.database,
                "queries": str(queries),
            },
            "graphql": {"query": op.query, "variables": op.variables, "token": token},
        }
        run_locust(workdir, spec, user_class, users, run_time, url if side == "B" else None)
        results[side] = lat = summarise(samples, knobs.warmup_s, fixed is not None)
        errors = f", {lat.errors} errors (first: {lat.first_error})" if lat.errors else ""
        say(
            f"  {op.name} {side} ({how}): p50 {lat.p50_ms:.1f} ms, p99 {lat.p99_ms:.1f} ms, "
            f"{lat.rps:.1f} req/s over {lat.requests} requests{errors}"
        )
    return OpResult(
        name=op.name,
        graphql=op.query,
        variables=op.variables,
        round_trips=cap.round_trips,
        db_hits=cap.db_hits,
        single_ms=cap.single_ms,
        fixed_count=fixed,
        a=results["A"],
        b=results["B"],
    )
