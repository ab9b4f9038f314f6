"""The report's targets table: issue 19's targets, each judged met or missed from one run's figures."""

from __future__ import annotations

import math

from benchmarks.performance.formatting import factor, ms
from benchmarks.performance.results import OpResult, Run, SizeResult


def _op(size: SizeResult, name: str) -> OpResult | None:
    return next((op for op in size.operations if op.name == name), None)


def _verdict(value: float, limit: float) -> str:
    if value != value:
        return "not measured"
    return "met" if value <= limit else "**missed**"


def _ratio_row(run: Run, size: SizeResult, name: str, users: int, workers: int, limit: float) -> str | None:
    op = _op(size, name)
    a, b = (None, None) if op is None else (op.get("A", users), op.get("B", users, workers))
    if op is None or a is None or b is None:
        return None
    value = op.ratio(users, workers)
    return (
        f"| {name} B ÷ A p50, {users} user{'s' if users > 1 else ''}, WORKERS={workers}, {size.residents:,} "
        f"residents ≤ {limit:g} | {factor(value)} (A {ms(a.p50_ms)} ms, B {ms(b.p50_ms)} ms) "
        f"| {_verdict(value, limit)} |"
    )


def targets(run: Run) -> list[str]:
    """Each target with the figure it is judged on; a figure this run did not measure says so."""
    lines = ["## Targets", "", "| target | measured | verdict |", "| --- | --- | --- |"]
    one = min(run.users)
    one_w = min(w for u, w in run.b_runs if u == one) if any(u == one for u, _ in run.b_runs) else 1
    many = max(run.users)
    rows: list[str | None] = []
    rows += [_ratio_row(run, s, "nested-20", one, one_w, 1.5) for s in run.sizes]
    rows += [_ratio_row(run, s, "nested-100", one, one_w, 1.5) for s in run.sizes]
    rows += [_ratio_row(run, s, "nested-20", many, 2, 2.0) for s in run.sizes]
    lines += [r for r in rows if r is not None]
    for size in run.sizes:
        nested = _op(size, "nested-20")
        if nested is None:
            continue
        cpu = [(m, m.latency.cpu_ms) for m in nested.runs if m.side == "B" and m.latency.cpu_ms == m.latency.cpu_ms]
        worst = max((c for _, c in cpu), default=math.nan)
        figures = ", ".join(f"{m.users} user{'s' if m.users > 1 else ''} W={m.workers}: {c:.2f} ms" for m, c in cpu)
        lines.append(
            f"| API CPU per nested-20 request ≤ 3 ms, {size.residents:,} residents | {figures or '–'} "
            f"| {_verdict(worst, 3.0)} |"
        )
    if len(run.sizes) > 1:
        small, large = run.sizes[0], run.sizes[-1]
        lo_op, hi_op = _op(small, "candidates"), _op(large, "candidates")
        for side in ("A", "B"):
            lo = lo_op.get(side, one, one_w) if lo_op else None
            hi = hi_op.get(side, one, one_w) if hi_op else None
            if lo_op is None or hi_op is None or lo is None or hi is None:
                continue
            growth = hi.p50_ms / lo.p50_ms if lo.p50_ms else math.nan
            lines.append(
                f"| candidates p50 at {large.residents:,} ÷ at {small.residents:,} ≤ 1.5 ({side}, {one} user) "
                f"| {factor(growth)} ({ms(lo.p50_ms)} → {ms(hi.p50_ms)} ms; db hits {lo_op.db_hits:,} → "
                f"{hi_op.db_hits:,}) | {_verdict(growth, 1.5)} |"
            )
    for size in run.sizes:
        limit_s = {100_000: 3.0, 1_000_000: 30.0}.get(size.residents)
        plan = _op(size, "matchPlan-community")
        b = plan.get("B", one, one_w) if plan else None
        if limit_s is not None and b is not None:
            lines.append(
                f"| community matchPlan B p50, {size.residents:,} residents, {one} user ≤ {limit_s:g} s "
                f"| {b.p50_ms / 1000:,.1f} s | {_verdict(b.p50_ms / 1000, limit_s)} |"
            )
    lines.append(
        "| matchPlan served places vs exact solver, instances ≤ 3,000 pairs: equal | not measured by this "
        "benchmark | not measured |"
    )
    if run.sizes:
        # Per operation, its round trips at each size (a large community's plan reads its pool in chunks).
        counts: dict[str, list[str]] = {}
        for size in run.sizes:
            for op in size.operations:
                counts.setdefault(op.name, []).append(str(op.round_trips))
        trips = ", ".join(f"{name} {' / '.join(found)}" for name, found in counts.items())
        lines.append(f"| one Cypher round trip per root field | {trips} | see below |")
    for size in run.sizes:
        if size.residents >= 1_000_000:
            lines.append(
                f"| {size.residents:,} residents load in ≤ 5 min | {size.load_s:,.0f} s "
                f"| {_verdict(size.load_s, 300)} |"
            )
    lines += ["", "Where the time goes, and what would close each miss: [profiles.md](profiles.md).", ""]
    return lines
