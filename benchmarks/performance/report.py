"""The Markdown report (performance.md), written with the JSON and the plots, or redrawn from the JSON alone."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.performance import ROOT
from benchmarks.performance.formatting import factor, ms
from benchmarks.performance.plots import CPU_PNG, LATENCY_PNG, RATIO_PNG, plots
from benchmarks.performance.results import Latency, Run, SizeResult
from benchmarks.performance.targets import targets

OUT = ROOT / "docs" / "benchmarks"


def _side(lat: Latency | None) -> list[str]:
    if lat is None:
        return ["–", "–", "–"]
    errors = f" ({lat.errors} errors)" if lat.errors else ""
    return [ms(lat.p50_ms), ms(lat.p99_ms), f"{lat.rps:,.1f}{errors}"]


def _cpu(lat: Latency | None) -> str:
    return "–" if lat is None or lat.cpu_ms != lat.cpu_ms else f"{lat.cpu_ms:.2f}"


def op_table(size: SizeResult, users: int, workers: list[int], first: bool) -> list[str]:
    """One concurrency's table: A, then B per API worker count, B ÷ A and the API's CPU per request."""
    head = ["operation", *(["round trips", "db hits"] if first else []), "A p50 ms", "A p99 ms", "A req/s"]
    for w in workers:
        tag = f" W={w}" if len(workers) > 1 else ""
        head += [f"B{tag} p50 ms", f"B{tag} p99 ms", f"B{tag} req/s", f"B÷A{tag} p50", f"API CPU ms/req{tag}"]
    rows = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for op in size.operations:
        if op.get("A", users) is None and all(op.get("B", users, w) is None for w in workers):
            rows.append(f"| {op.name} | " + " | ".join(["–"] * (len(head) - 1)) + " |")
            continue
        name = f"{op.name} †{op.fixed_count}" if op.fixed_count else op.name
        cells = [name, *([str(op.round_trips), f"{op.db_hits:,}"] if first else []), *_side(op.get("A", users))]
        for w in workers:
            b = op.get("B", users, w)
            cells += [*_side(b), factor(op.ratio(users, w)), _cpu(b)]
        rows.append("| " + " | ".join(cells) + " |")
    if any(op.fixed_count and op.get("A", users) is None for op in size.operations):
        rows += ["", "–: a slow operation (†), measured at the lowest concurrency only."]
    failures = [
        (op.name, m.side, m.workers, m.latency)
        for op in size.operations
        for m in op.runs
        if m.users == users and m.latency.errors
    ]
    if failures:
        rows.append("")
        rows += [
            f"- {name} {side}{f' W={w}' if side == 'B' else ''}: {lat.errors} errors; first: {lat.first_error}"
            for name, side, w, lat in failures
        ]
    return rows


def _users(n: int) -> str:
    return f"{n} user" if n == 1 else f"{n} users"


def markdown(run: Run) -> str:
    m = run.machine
    workers = sorted({w for _, w in run.b_runs})
    b_runs = ", ".join(f"{_users(u)} with WORKERS={w}" for u, w in run.b_runs)
    lines = [
        "# Performance benchmark: the API against its own Cypher",
        "",
        f"Run {run.started} on {m.get('cpu', '?')} ({m.get('cores', '?')} cores), {m.get('ram', '?')} RAM, "
        f"{m.get('os', '?')}; Python {m.get('python', '?')}, Neo4j {m.get('neo4j', '?')} "
        f"(heap {m.get('heap', '?')}, page cache {m.get('pagecache', '?')}), neo4j driver {m.get('driver', '?')}, "
        f"uvicorn {m.get('uvicorn', '?')}, urllib3 {m.get('urllib3', '?')}. "
        f"The whole run took {run.seconds / 60:.1f} min.",
        "",
        "Written by `make bench` (`python -m benchmarks.performance`, options through `BENCH_ARGS`; "
        "`python -m benchmarks.performance.report` redraws the report and plots from `performance.json`). Single "
        "runs, not averages, none repeated: a load process that does not finish cleanly stops the benchmark. Each "
        "size is a synthetic community from `seeds.load.load_synthetic` (the demo's shape scaled to its residents). "
        "Every operation is measured two ways, one after the other, on the same machine:",
        "",
        "- **A** — the Cypher the API ran for one request of the operation, captured by `graph.core.db.Graph.captured` "
        "(text and parameters, in order, from the real app in-process) and replayed through the neo4j **sync** "
        "driver: `execute_query` per query with the API's routing and timeout (queries the API ran in one "
        "transaction, in one).",
        "- **B** — the GraphQL request posted as JSON over HTTP on loopback to `python -m api serve --workers N` "
        "(uvicorn, `APP_ENV=production`; with several workers, a Redis of the run's own carries subscriptions as "
        "`make run WORKERS=2` needs) with an administrator's bearer token; an answer with `errors` counts as a "
        "failure.",
        "",
        f"Each measurement is its own load process (`benchmarks/performance/load.py`): A at {', '.join(_users(u) for u in run.users)}; "
        f"B at {b_runs}. Each user is a plain thread with its own client — for A its own driver, for B its own "
        "kept-alive urllib3 connection — sending the next request as soon as the last one answered, and timing "
        "it inside the thread. No gevent: the earlier locust runs handed A's driver calls to gevent's native "
        "thread pool, and when locust quit with those threads still inside a request, the finalising interpreter "
        "crashed in a greenlet switch on such a thread (SIGSEGV; reproduced with and without the driver's Rust "
        "extension), so those runs were retried. Here every thread finishes its request and is joined before the "
        "process exits. B uses the same harness so both sides are timed alike; urllib3 is a light client, so B's "
        "client costs the shared cores little.",
        "",
        "1 user is the latency table: what one front-end request costs, nothing queued. 8 users is the throughput "
        "table: the stack saturated, with the API on one worker process and on two. Latencies are those of the "
        f"requests completed in the measured window ({run.duration_s:g} s after a {run.warmup_s:g} s warm-up); "
        "req/s is completed requests per second of that window; p99 is the nearest-rank percentile of every "
        "sample. **API CPU ms/req** is the user + system CPU time of every process of the API server (uvicorn and "
        "its workers, read with psutil at the window's start and end) over the window, divided by the requests "
        "completed in it. An operation whose single request took more than "
        f"{run.slow_ms:,.0f} ms in-process (marked †N) is instead measured as a fixed count of N requests from "
        f"one user, without warm-up, at the lowest concurrency only: N is {run.slow_requests}, or fewer, down to "
        f"one, when N single requests would take over {run.slow_budget_s:g} s. "
        "Round trips and database hits are those of one request with every query under `PROFILE` (as in the CI "
        "guard, after `fresh_plans`); A sends the same queries, so they hold for both sides. Transactions may run "
        f"{run.query_timeout_s:g} s (`NEO4J_QUERY_TIMEOUT`, server and A alike). `node` reads a phone number "
        "whole, so each of its requests, on both sides, also writes an `AuditEntry`, as the API does.",
        "",
        "The load process, the API and Neo4j share the machine's cores: the figures are the whole stack's on this "
        "machine. B÷A is what the API adds over the bare driver calls: token check, GraphQL parsing, validation "
        "and cost check, resolvers, the async driver, result shaping, JSON and HTTP. For `candidates` and "
        "`matchPlan` it also includes the scoring and, for `matchPlan`, the OR-Tools solver: work with no Cypher "
        "to compare with.",
        "",
        *targets(run),
        "## Loading",
        "",
        "| residents | community | nodes | relationships | generate + load | target ≤ 5 min |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for s in run.sizes:
        ok = "yes" if s.load_s <= 300 else "**no**"
        lines.append(
            f"| {s.residents:,} | `{s.community}` | {s.nodes:,} | {s.relationships:,} | {s.load_s:,.1f} s | {ok} |"
        )
    lines += [
        "",
        "Generation (Python) and the batched `UNWIND` load together, into a database that held the community "
        "before (deleted first, not timed) and the other communities named below.",
    ]
    for s in run.sizes:
        lines += [
            "",
            f"## {s.residents:,} residents (`{s.community}`)",
            "",
            f"Also in the database: {', '.join(f'`{c}`' for c in s.others) or 'nothing else'}.",
        ]
        for i, u in enumerate(run.users):
            shown = [w for w in workers if (u, w) in run.b_runs]
            kind = "latency" if u == min(run.users) else "throughput"
            lines += ["", f"### {_users(u)} ({kind})", "", *op_table(s, u, shown, i == 0)]

    lines += [
        "",
        "## Plots",
        "",
        f"![p50 latency against community size]({LATENCY_PNG})",
        "",
        f"![B ÷ A per operation and size]({RATIO_PNG})",
        "",
        f"![API CPU per request]({CPU_PNG})",
        "",
        "## The operations",
        "",
        "The requests of the CI guard (`tests/api/test_query_budget.py`), pointed at the synthetic community: the "
        "nested lists are limited to its residents (`where: {id: {startsWith: …}}`), the candidates to one of "
        "its PUBLISHED wishes.",
        "",
    ]
    if run.sizes:
        for op in run.sizes[-1].operations:
            lines += [
                f"**{op.name}** `{json.dumps(op.variables, ensure_ascii=False)}`",
                "",
                "```graphql",
                op.graphql,
                "```",
                "",
            ]
    return "\n".join(lines)


def write(run: Run, out: Path = OUT) -> Path:
    """The JSON results, the markdown report and both plots into `out`; returns the report's path."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "performance.json").write_text(run.to_json(), encoding="utf-8")
    plots(run, out)
    report = out / "performance.md"
    report.write_text(markdown(run), encoding="utf-8")
    return report


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Rewrite the report and plots from a performance.json.")
    parser.add_argument("results", type=Path, nargs="?", default=OUT / "performance.json")
    args = parser.parse_args()
    print(write(Run.from_json(args.results.read_text(encoding="utf-8")), args.results.parent))
