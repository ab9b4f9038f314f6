"""One community plan measured in a process of its own: wall time by phase, the process's CPU and its peak memory.

`python -m benchmarks.plan --residents 100000` plans the synthetic community of that size already loaded into the
configured Neo4j (`--load` loads it first, as `python -m api seed --residents N` does) and prints one Markdown row.
The phases are those the plan times itself (`Plan.phases`): the pool's reads (and the process's CPU while they ran,
which is decoding their results), scoring in bulk, the solver (with the cut), greedy. Peak memory is the
process's maximum resident set (getrusage), the figure an API process would add while planning.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import time

from api.settings import Settings
from graph import matching
from graph.access.viewer import SYSTEM
from graph.core.db import Graph
from seeds.load import load_synthetic
from seeds.synthetic import community_id

HEADER = (
    "| residents | open wishes | pairs (objects built) | plan | reads (API CPU) | scoring | solver | greedy | peak RSS (before) "
    "| served / places | load average |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


async def measure(residents: int, load: bool) -> str:
    graph = Graph.connect(Settings().connection, timeout_s=1800)
    try:
        if load:
            await load_synthetic(graph, residents, progress=False, replace=True)
        before = peak_mb()
        t = time.perf_counter()
        plan = await matching.compute_plan(graph, "Community", community_id(residents), viewer=SYSTEM)
        total = time.perf_counter() - t
    finally:
        await graph.close()
    built = sum(len(found) for found in plan.candidates.values())
    w = {name: wall for name, (wall, _) in plan.phases.items()}
    c = {name: cpu for name, (_, cpu) in plan.phases.items()}
    return (
        f"| {residents:,} | {len(plan.wishes):,} | {plan.pairs:,} ({built:,} built) | {total:.2f} s "
        f"| {w.get('reads', 0):.2f} s ({c.get('reads', 0):.2f} s) | {w.get('scoring', 0):.2f} s "
        f"| {w.get('solver', 0):.2f} s | {w.get('greedy', 0):.2f} s | {peak_mb():,.0f} MB ({before:,.0f} MB) "
        f"| {plan.optimal.served:,} / {plan.optimal.slots_filled:,} (score {plan.optimal.total_score}) "
        f"| {os.getloadavg()[0]:.1f} |"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--load", action="store_true", help="load the synthetic community first")
    args = parser.parse_args()
    row = asyncio.run(measure(args.residents, args.load))
    print(HEADER)
    print(row)
