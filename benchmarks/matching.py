"""Matching benchmark: candidates latency and matchPlan time on synthetic communities; writes docs/benchmarks/matching.md."""

from __future__ import annotations

import argparse
import asyncio
import platform
import random
import statistics
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from api.settings import Settings
from graph import matching
from graph.access.viewer import SYSTEM
from graph.core.db import Graph
from graph.matching import Features, Need, greedy, optimal, score
from seeds.load import load_synthetic
from seeds.synthetic import community_id

OUT = Path(__file__).resolve().parents[1] / "docs" / "benchmarks" / "matching.md"
TEMPLATE = Features("w", "h", "PUBLISHED", 2, True, "GRID", False, False, False, (3,), 0, 3, 1, 0, False, 0.5)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def solver_instance(wishes: int, helpers: int, per_wish: int, seed: int = 1) -> tuple[list[Need], dict[str, int]]:
    """A plan input of the given size: each wish with `per_wish` scored candidates drawn at random."""
    rng = random.Random(seed)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    distances = ("BUILDING", "GRID", "ADJACENT_GRID", "COMMUNITY")
    needs = []
    for w in range(wishes):
        found = []
        for h in rng.sample(range(helpers), per_wish):
            f = replace(
                TEMPLATE,
                wish_id=f"w{w}",
                helper_id=f"h{h}",
                urgency=rng.randint(1, 4),
                distance=rng.choice(distances),
                skill_levels=(rng.randint(1, 5),),
                fulfilled=rng.randint(0, 8),
            )
            found.append(score(f))
        found.sort(key=lambda s: -s.score)
        needs.append(Need(f"w{w}", rng.choice((1, 1, 1, 2)), start + timedelta(minutes=w), tuple(found)))
    return needs, {f"h{h}": rng.randint(1, 3) for h in range(helpers)}


def bench_solver(wishes: int, helpers: int, per_wish: int) -> str:
    needs, capacity = solver_instance(wishes, helpers, per_wish)
    t0 = time.perf_counter()
    best = optimal(needs, capacity)
    t1 = time.perf_counter()
    first_come = greedy(needs, capacity)
    t2 = time.perf_counter()
    return (
        f"| {wishes:,} × {helpers:,} ({per_wish} candidates each) | {t1 - t0:.2f} s | {t2 - t1:.2f} s "
        f"| {best.served:,} / {best.slots_filled:,} | {first_come.served:,} / {first_come.slots_filled:,} |"
    )


async def bench_graph(graph: Graph, residents: int, samples: int) -> str:
    await load_synthetic(graph, residents, progress=False, replace=True)
    cid = community_id(residents)
    rows = await graph.read(
        "MATCH (w:Wish {status: 'PUBLISHED'})-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(:Community {id: $c}) "
        "RETURN w.id AS id ORDER BY id",
        c=cid,
    )
    wish_ids = [r["id"] for r in rows]
    helpers = await graph.read_one(
        "MATCH (p:Person) WHERE p.id STARTS WITH $prefix AND (p:PartyMember OR p:Volunteer OR p:GridWorker) "
        "RETURN count(p) AS n",
        prefix=f"{cid}-",
    )
    latencies = []
    for wish_id in random.Random(3).sample(wish_ids, min(samples, len(wish_ids))):
        t = time.perf_counter()
        await matching.wish_pool(graph, [wish_id], viewer=SYSTEM)
        latencies.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    plan = await matching.compute_plan(graph, "Community", cid, viewer=SYSTEM)
    plan_s = time.perf_counter() - t
    return (
        f"| {residents:,} | {len(wish_ids):,} | {helpers['n'] if helpers else 0:,} "
        f"| {statistics.median(latencies):.0f} ms | {percentile(latencies, 0.99):.0f} ms | {plan_s:.2f} s "
        f"| {plan.optimal.served:,} / {plan.greedy.served:,} |"
    )


async def main(residents: list[int], samples: int) -> None:
    settings = Settings()
    graph = Graph.connect(settings.connection, timeout_s=600)
    try:
        graph_rows = [await bench_graph(graph, n, samples) for n in residents]
    finally:
        await graph.close()
    solver_rows = [bench_solver(w, h, 20) for w, h in ((1_000, 500), (10_000, 5_000))]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        "\n".join(
            [
                "# Matching benchmark",
                "",
                f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.node()} ({platform.machine()}, "
                f"{platform.processor() or 'cpu'}), Python {platform.python_version()}, Neo4j from `Settings()`.",
                "Written by `make bench` (`python -m benchmarks.matching`); figures are single runs, not averages.",
                "",
                "## On Neo4j: synthetic communities",
                "",
                "`candidates` is one wish's ranked helpers (`graph.matching.wish_pool`, warm cache); `matchPlan` is "
                "the whole community (Cypher + scoring + solver).",
                "",
                "| residents | open wishes | helpers | candidates p50 | candidates p99 | matchPlan | served: plan / greedy |",
                "| --- | --- | --- | --- | --- | --- | --- |",
                *graph_rows,
                "",
                "## The solver alone (OR-Tools: min-cost flow, CP-SAT for small scopes)",
                "",
                "Random instances of the issue's size; served is wishes fully staffed / helper places filled.",
                "",
                "| open wishes × helpers | plan | greedy | plan served / places | greedy served / places |",
                "| --- | --- | --- | --- | --- |",
                *solver_rows,
                "",
            ]
        ),
        encoding="utf-8",
    )
    print(OUT.read_text(encoding="utf-8"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--residents", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--samples", type=int, default=50)
    args = parser.parse_args()
    asyncio.run(main(args.residents, args.samples))
