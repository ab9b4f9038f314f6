"""One community plan measured in a process of its own: wall time by phase, the process's CPU and its peak memory.

`python -m benchmarks.plan --residents 100000` plans the synthetic community of that size already loaded into the
configured Neo4j (`--load` loads it first, as `python -m api seed --residents N` does) and prints one Markdown row.
The phases are the plan's own functions, timed by wrapping them: the pool's reads (and the API's CPU while they
ran, which is decoding their results), scoring in bulk, the solver (with the cut), greedy. Peak memory is the
process's maximum resident set (getrusage), the figure an API process would add while planning.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import resource
import time
from collections.abc import Callable
from typing import Any

from api.settings import Settings
from graph import matching
from graph.access.viewer import SYSTEM
from graph.core.db import Graph
from graph.matching import bulk, cut, plans
from seeds.load import load_synthetic
from seeds.synthetic import community_id

HEADER = (
    "| residents | open wishes | pairs (objects built) | plan | reads (API CPU) | scoring | solver | greedy | peak RSS (before) "
    "| served / places | load average |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
)


class Phases:
    """Wall seconds (and CPU seconds) spent in each wrapped function."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    def add(self, name: str, wall: float, cpu: float) -> None:
        self.wall[name] = self.wall.get(name, 0.0) + wall
        self.cpu[name] = self.cpu.get(name, 0.0) + cpu

    def wrap(self, module: Any, attr: str, name: str) -> None:
        f: Callable[..., Any] = getattr(module, attr)
        if asyncio.iscoroutinefunction(f):

            @functools.wraps(f)
            async def timed_async(*args: Any, **kwargs: Any) -> Any:
                t, c = time.perf_counter(), time.process_time()
                try:
                    return await f(*args, **kwargs)
                finally:
                    self.add(name, time.perf_counter() - t, time.process_time() - c)

            setattr(module, attr, timed_async)
        else:

            @functools.wraps(f)
            def timed(*args: Any, **kwargs: Any) -> Any:
                t, c = time.perf_counter(), time.process_time()
                try:
                    return f(*args, **kwargs)
                finally:
                    self.add(name, time.perf_counter() - t, time.process_time() - c)

            setattr(module, attr, timed)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


async def measure(residents: int, load: bool) -> str:
    graph = Graph.connect(Settings().connection, timeout_s=1800)
    try:
        if load:
            await load_synthetic(graph, residents, progress=False, replace=True)
        phases = Phases()
        scored = bulk.score_pairs
        pairs: list[int] = []

        def counted(*args: Any) -> bulk.Scores:
            found = scored(*args)
            pairs.append(len(found.score))
            return found

        setattr(plans, "score_pairs", counted)  # noqa: B010 (plans imported the function by name)
        phases.wrap(plans, "read_all", "reads")
        phases.wrap(plans, "score_pairs", "scoring")
        phases.wrap(cut, "optimal", "solver")
        phases.wrap(plans, "greedy", "greedy")
        before = peak_mb()
        t = time.perf_counter()
        plan = await matching.compute_plan(graph, "Community", community_id(residents), viewer=SYSTEM)
        total = time.perf_counter() - t
    finally:
        await graph.close()
    built = sum(len(found) for found in plan.candidates.values())
    w, c = phases.wall, phases.cpu
    return (
        f"| {residents:,} | {len(plan.wishes):,} | {sum(pairs):,} ({built:,} built) | {total:.2f} s "
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
