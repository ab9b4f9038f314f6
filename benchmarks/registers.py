"""`python -m benchmarks.registers`: a synthetic community's registers exported, then imported into an empty
community (read, check, write), imported again (nothing to change), timed; writes docs/benchmarks/registers.md."""

from __future__ import annotations

import argparse
import asyncio
import resource
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from api.registers import read
from api.registers.runs import export_registers
from api.settings import Settings
from graph import registers
from graph.access.viewer import Viewer
from graph.core.db import Graph
from graph.core.loading import count_community, delete_community
from seeds.load import load_synthetic
from seeds.synthetic import community_id

T = TypeVar("T")
ADMIN = Viewer(person_id=None, roles=frozenset({"admin"}), purpose="benchmark")
OUT = Path("docs/benchmarks/registers.md")


async def timed(what: str, work: Callable[[], Awaitable[T]], figures: dict[str, float]) -> T:
    began = time.perf_counter()
    result = await work()
    figures[what] = time.perf_counter() - began
    print(f"  {what}: {figures[what]:.1f} s", flush=True)
    return result


async def one(graph: Graph, residents: int, timeout_s: float) -> dict[str, float]:
    cid = community_id(residents)
    figures: dict[str, float] = {}
    print(f"{cid}: loading {residents:,} residents", flush=True)
    await load_synthetic(graph, residents, progress=False, replace=True)
    nodes, _ = await count_community(graph, cid)
    data = await timed("export", lambda: export_registers(graph, ADMIN, cid), figures)
    figures["file MB"] = len(data) / 1e6
    await delete_community(graph, cid)
    began = time.perf_counter()
    upload = read(data, f"{cid}.xlsx", max_bytes=len(data) + 1)
    figures["read"] = time.perf_counter() - began
    figures["rows"] = sum(len(r) for r in upload.sheets.values())
    existing = await timed(
        "graph keys",
        lambda: registers.existing(graph, cid, {k: [r.values for r in v] for k, v in upload.sheets.items()}),
        figures,
    )
    began = time.perf_counter()
    checked = registers.check(upload, existing, None)
    figures["check"] = time.perf_counter() - began
    assert checked.ok, checked.problems[:5]
    first = await timed(
        "import (empty)", lambda: registers.apply(graph, cid, checked.rows, timeout_s=timeout_s), figures
    )
    figures["written"] = first.writes
    second = await timed(
        "import again", lambda: registers.apply(graph, cid, checked.rows, timeout_s=timeout_s), figures
    )
    figures["rewritten"] = second.writes
    figures["nodes before"], (figures["nodes after"], _) = nodes, await count_community(graph, cid)
    figures["peak RSS MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


COLUMNS = (
    "rows",
    "file MB",
    "export",
    "read",
    "graph keys",
    "check",
    "import (empty)",
    "written",
    "import again",
    "rewritten",
    "nodes before",
    "nodes after",
    "peak RSS MB",
)


def render(results: dict[int, dict[str, float]]) -> str:
    lines = [
        "# Registers benchmark",
        "",
        "A synthetic community exported as the registers' workbook (administrator), deleted, imported into the empty "
        "community (read, graph keys, check, one transaction), then imported again: nothing to write. Seconds unless "
        "named; `written` counts rows of the plan's writes; `nodes` are the community's before the export and after "
        "the import (registers do not hold events, disputes, council topics or histories, so fewer). "
        "`python -m benchmarks.registers` (part of `make bench`).",
        "",
        "| residents | " + " | ".join(COLUMNS) + " |",
        "| --- | " + " | ".join("---" for _ in COLUMNS) + " |",
    ]
    for residents, f in results.items():
        cells = [f"{f[c]:,.1f}" if isinstance(f.get(c), float) and f[c] % 1 else f"{f.get(c, 0):,.0f}" for c in COLUMNS]
        lines.append(f"| {residents:,} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


async def measure(sizes: list[int]) -> dict[int, dict[str, float]]:
    settings = Settings()
    graph = Graph.connect(settings.connection, timeout_s=1800)
    try:
        return {n: await one(graph, n, settings.import_timeout_s) for n in sizes}
    finally:
        await graph.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.registers", description=__doc__)
    parser.add_argument("--residents", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.write_text(render(asyncio.run(measure(args.residents))), encoding="utf-8")
    print(f"wrote {args.out}")
