"""The Markdown report (performance.md), written with the JSON and the plots, or redrawn from the JSON alone."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.performance import ROOT
from benchmarks.performance.formatting import factor, ms
from benchmarks.performance.plots import LATENCY_PNG, RATIO_PNG, plots
from benchmarks.performance.results import Latency, Run, SizeResult
from benchmarks.performance.targets import targets

OUT = ROOT / "docs" / "benchmarks"


def _side(lat: Latency) -> list[str]:
    errors = f" ({lat.errors} errors)" if lat.errors else ""
    return [ms(lat.p50_ms), ms(lat.p99_ms), f"{lat.rps:,.1f}{errors}"]


def op_table(size: SizeResult) -> list[str]:
    head = (
        "| operation | round trips | db hits | A p50 ms | A p99 ms | A req/s | B p50 ms | B p99 ms | B req/s "
        "| B÷A p50 | B÷A p99 |"
    )
    rows = [head, "|" + " --- |" * 11]
    for op in size.operations:
        name = f"{op.name} †{op.fixed_count}" if op.fixed_count else op.name
        cells = [
            name,
            str(op.round_trips),
            f"{op.db_hits:,}",
            *_side(op.a),
            *_side(op.b),
            factor(op.ratio("p50_ms")),
            factor(op.ratio("p99_ms")),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    failures = [
        (op.name, side, lat) for op in size.operations for side, lat in (("A", op.a), ("B", op.b)) if lat.errors
    ]
    if failures:
        rows.append("")
        rows += [f"- {name} {side}: {lat.errors} errors; first: {lat.first_error}" for name, side, lat in failures]
    return rows


def markdown(run: Run) -> str:
    m = run.machine
    lines = [
        "# Performance benchmark: the API against its own Cypher",
        "",
        f"Run {run.started} on {m.get('cpu', '?')} ({m.get('cores', '?')} cores), {m.get('ram', '?')} RAM, "
        f"{m.get('os', '?')}; Python {m.get('python', '?')}, Neo4j {m.get('neo4j', '?')} "
        f"(heap {m.get('heap', '?')}, page cache {m.get('pagecache', '?')}), neo4j driver {m.get('driver', '?')}, "
        f"uvicorn {m.get('uvicorn', '?')} (1 worker), locust {m.get('locust', '?')}. "
        f"The whole run took {run.seconds / 60:.1f} min.",
        "",
        "Written by `make bench` (`python -m benchmarks.performance`; `python -m benchmarks.performance.report` "
        "redraws the report and plots from `performance.json`). Single runs, not averages. Each size is a synthetic "
        "community from `seeds.load.load_synthetic` (the demo's shape scaled to its residents). Every operation is "
        "measured two ways, one after the other, on the same machine:",
        "",
        "- **A** — the Cypher the API ran for one request of the operation, captured by `graph.core.db.Graph.captured` "
        "(text and parameters, in order, from the real app in-process) and replayed through the neo4j **sync** "
        "driver: `execute_query` per query with the API's routing and timeout (queries the API ran in one "
        "transaction, in one). "
        + (
            "Locust users (`benchmarks/locustfile.py`, `CypherUser`) hand each replay to one native thread per "
            "user, each with its own driver, and fire locust request events timed inside the thread. Not in the "
            "users' greenlets: the driver works under gevent, but with the client's core saturated, gevent's "
            "cooperative scheduling starved some users for seconds (p50 at the unloaded latency, p99 up to 10x "
            "a thread pool's at the same throughput, varying from run to run)."
            if run.a_threads
            else "Run by locust users (`benchmarks/locustfile.py`, `CypherUser`) in their own greenlets "
            "(`--a-greenlets`): with the client's core saturated, gevent's cooperative scheduling can starve some "
            "users, which lowers A's p50 and raises its p99 at the same throughput."
        ),
        "- **B** — the GraphQL request posted as JSON over HTTP on loopback by a locust `FastHttpUser` to "
        "`python -m api serve` (uvicorn, one worker, `APP_ENV=production`) with an administrator's bearer token; "
        "an answer with `errors` counts as a failure.",
        "",
        f"Both sides: {run.users} concurrent users, no wait between requests, one locust process. Latencies are "
        f"those of the requests completed in the measured window ({run.duration_s:g} s after a {run.warmup_s:g} s "
        "warm-up); req/s is completed requests per second of that window; p99 is the nearest-rank percentile of "
        "every sample (not locust's rounded histogram). An operation whose single request took more than "
        f"{run.slow_ms:,.0f} ms in-process (marked †N) is instead measured as a fixed count of N requests from "
        f"{run.slow_users} concurrent users, without warm-up: N is {run.slow_requests}, or fewer, down to one per "
        "user, when "
        f"N single requests would take over {run.slow_budget_s:g} s; its p99 is then the maximum or close to it. "
        "Round trips and database hits are those of one request with every query under `PROFILE` (as in the CI "
        "guard, after `fresh_plans`); A sends the same queries, so they hold for both sides. Transactions may run "
        f"{run.query_timeout_s:g} s (`NEO4J_QUERY_TIMEOUT`, server and A alike). `node` reads a phone number "
        "whole, so each of its requests, on both sides, also writes an `AuditEntry`, as the API does.",
        "",
        "Locust, the API and Neo4j share the machine's cores: the figures are the whole stack's on this machine. "
        "B÷A is what the API adds over the bare driver calls: token check, GraphQL parsing, validation and cost "
        "check, resolvers, the async driver, result shaping, JSON and HTTP — and, as the API serves with one "
        "uvicorn worker, its requests' Python work queues on one core. For `candidates` and `matchPlan` it also "
        "includes the scoring and, for `matchPlan`, the OR-Tools solver: work with no Cypher to compare with.",
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
            "",
            *op_table(s),
        ]
    lines += [
        "",
        "## Plots",
        "",
        f"![p50 latency against community size]({LATENCY_PNG})",
        "",
        f"![B ÷ A per operation and size]({RATIO_PNG})",
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
