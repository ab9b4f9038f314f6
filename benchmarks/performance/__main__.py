"""`python -m benchmarks.performance`: every size loaded, every operation captured and measured, the report written."""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import signal
import sys
import tempfile
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

from starlette.applications import Starlette
from starlette.testclient import TestClient

from api.app import create_app
from api.auth import mint
from api.settings import Settings
from benchmarks.performance import report
from benchmarks.performance.capture import capture, not_measured
from benchmarks.performance.community import prepare
from benchmarks.performance.machine import machine, server_facts
from benchmarks.performance.measurement import Knobs, measure
from benchmarks.performance.progress import elapsed, say
from benchmarks.performance.results import Run, SizeResult
from benchmarks.performance.server import api_server
from graph.core.db import Graph
from seeds.synthetic import community_id

DESCRIPTION = (
    "Performance benchmark: each key request as its own Cypher via the driver (A) and as GraphQL over HTTP (B), from "
    "threads of a load process, at 1 and 8 users and 1 and 2 API workers, on synthetic communities of several sizes; "
    "writes docs/benchmarks/performance.{md,json} and the plots."
)


def main(residents: list[int], knobs: Knobs, out: Path, only: list[str] | None, keep: Path | None) -> None:
    secret = secrets.token_urlsafe(48)
    overrides = {
        "APP_ENV": "production",
        "AUTH_SECRET": secret,
        "NEO4J_QUERY_TIMEOUT": str(knobs.query_timeout_s),
        # The load is one token at a fixed concurrency: measured, not rate limited.
        "RATE_LIMIT": "",
        # Workers importing on the shared, loaded machine were killed by uvicorn's 5 s ping and restarted forever.
        "WORKER_HEALTHCHECK_TIMEOUT": "120",
    }
    settings = Settings(**overrides)  # type: ignore[arg-type]  # by alias, like the environment
    conn = settings.connection
    token = mint(settings, "bench-admin", ["admin"], hours=48)
    run = Run(
        started=f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        machine={**machine(), **asyncio.run(server_facts(conn))},
        users=list(knobs.users),
        b_runs=list(knobs.b_runs),
        duration_s=knobs.duration_s,
        warmup_s=knobs.warmup_s,
        slow_ms=knobs.slow_ms,
        slow_requests=knobs.slow_requests,
        slow_budget_s=knobs.slow_budget_s,
        query_timeout_s=knobs.query_timeout_s,
    )
    say(f"machine: {run.machine}")
    app: Starlette = create_app(settings)
    with (
        tempfile.TemporaryDirectory(prefix="bench-") as tmp,
        TestClient(app, headers={"Authorization": f"Bearer {token}"}) as client,
        ExitStack() as stack,
    ):
        workdir = keep or Path(tmp)
        # One server per worker count, all up for the whole run: an idle one costs the measured one nothing.
        servers = {
            w: stack.enter_context(api_server({**os.environ, **overrides}, workdir / f"api-w{w}.log", w))
            for w in knobs.workers
        }
        graph: Graph = app.state.graph
        for n in residents:
            prepared = asyncio.run(prepare(conn, n))
            size = SizeResult(
                residents=n,
                community=community_id(n),
                nodes=prepared.nodes,
                relationships=prepared.relationships,
                load_s=prepared.load_s,
                others=prepared.others,
            )
            run.sizes.append(size)
            for op in prepared.operations:
                if only and op.name not in only:
                    continue
                try:
                    cap = capture(client, graph, op, knobs.slow_ms)
                except Exception as exc:  # recorded in the report; the run goes on with the next operation
                    say(f"{size.community} {op.name}: not measured: {exc}")
                    size.operations.append(not_measured(op, f"not measured: {exc}", *min(knobs.b_runs)))
                    continue
                say(
                    f"{size.community} {op.name}: {cap.round_trips} round trips, {cap.db_hits:,} db hits, "
                    f"one request {cap.single_ms:.0f} ms in-process"
                )
                size.operations.append(measure(workdir, conn, servers, token, op, cap, knobs, n))
                run.seconds = elapsed()
                report.write(run, out)  # after every operation: a failure later keeps what was measured
    run.seconds = elapsed()
    say(f"wrote {report.write(run, out)} in {run.seconds / 60:.1f} min")


def _pair(text: str) -> tuple[int, int]:
    users, _, workers = text.partition("x")
    return int(users), int(workers or 1)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.performance", description=DESCRIPTION)
    parser.add_argument("--residents", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--users", type=int, nargs="+", default=[1, 8], help="A's concurrent users, one run each")
    parser.add_argument(
        "--b-runs",
        type=_pair,
        nargs="+",
        default=[(1, 1), (8, 1), (8, 2)],
        help="B's runs as USERSxWORKERS (API worker processes), e.g. 1x1 8x1 8x2",
    )
    parser.add_argument("--duration", type=float, default=15.0, help="seconds measured per run")
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds run before the measured window")
    parser.add_argument(
        "--slow-ms", type=float, default=1000.0, help="an operation whose one request takes longer is counted"
    )
    parser.add_argument("--slow-requests", type=int, default=8, help="requests measured of a slow operation")
    parser.add_argument(
        "--slow-budget", type=float, default=300.0, help="fewer slow requests if one request times the count exceeds it"
    )
    parser.add_argument("--slow-limit", type=float, default=1800.0, help="seconds one side of a slow operation may run")
    parser.add_argument("--query-timeout", type=float, default=600.0, help="NEO4J_QUERY_TIMEOUT for server and A")
    parser.add_argument("--out", type=Path, default=report.OUT, help="folder of the report, JSON and plots")
    parser.add_argument("--only", nargs="+", help="measure only these operations (a partial report)")
    parser.add_argument(
        "--keep", type=Path, help="keep the load specs (with the Neo4j password), logs and samples here"
    )
    args = parser.parse_args()
    # A stopped run (SIGTERM) still stops its API servers and redis-server on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    main(
        args.residents,
        Knobs(
            users=tuple(args.users),
            b_runs=tuple(args.b_runs),
            duration_s=args.duration,
            warmup_s=args.warmup,
            slow_ms=args.slow_ms,
            slow_requests=args.slow_requests,
            slow_budget_s=args.slow_budget,
            slow_limit_s=args.slow_limit,
            query_timeout_s=args.query_timeout,
        ),
        args.out,
        args.only,
        args.keep,
    )
